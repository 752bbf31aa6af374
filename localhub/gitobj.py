"""Git object ids, computed the way git computes them, so ids look and compare like the Hub's."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping


def blob_id(data: bytes) -> str:
    return _object_id(b"blob", data)


def tree_id(files: Mapping[str, str]) -> str:
    """Id of the root tree holding `files` (path -> blob id), nested folders included."""
    root: dict = {}
    for path, oid in files.items():
        node = root
        *folders, name = path.split("/")
        for folder in folders:
            node = node.setdefault(folder, {})
        node[name] = oid
    return _tree_of(root)


def commit_id(*, tree: str, parent: str | None, author: str, timestamp: int, message: str) -> str:
    lines = [f"tree {tree}"]
    if parent:
        lines.append(f"parent {parent}")
    signature = f"{author} <{author}@users.noreply.localhub> {timestamp} +0000"
    lines += [f"author {signature}", f"committer {signature}", "", message]
    return _object_id(b"commit", ("\n".join(lines) + "\n").encode())


def _tree_of(node: dict) -> str:
    entries = []
    for name, value in node.items():
        if isinstance(value, dict):
            entries.append((name + "/", b"40000 " + name.encode(), _tree_of(value)))
        else:
            entries.append((name, b"100644 " + name.encode(), value))
    # git sorts folders as if their name ended with "/"
    entries.sort(key=lambda entry: entry[0])
    body = b"".join(mode_name + b"\0" + bytes.fromhex(oid) for _, mode_name, oid in entries)
    return _object_id(b"tree", body)


def _object_id(kind: bytes, body: bytes) -> str:
    return hashlib.sha1(kind + b" " + str(len(body)).encode() + b"\0" + body).hexdigest()  # noqa: S324

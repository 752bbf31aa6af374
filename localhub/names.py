"""The Hub's rules for what a request may name and say: repo and bucket names, visibility, paths,
required text fields. Each check raises the Hub's 400 with a message that says what is allowed."""

from __future__ import annotations

import json
import re
from typing import Any

from localhub import errors

NAME_RULE = re.compile(r"^(?![-.])(?!.*[-.]$)(?!.*--)(?!.*\.\.)[A-Za-z0-9_.-]{1,96}$")


def text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise errors.bad_request(f"{key} is required and must be a string")
    return value


def check_name(name: str, *, what: str = "repo name") -> None:
    if not NAME_RULE.match(name):
        raise errors.bad_request(
            f"Invalid {what} {name[:100]!r}: use letters, digits, '-', '_' and '.', at most 96 characters,"
            " without '--' or '..' and not starting or ending with '-' or '.'"
        )


def private(body: dict[str, Any], *, default: bool) -> bool:
    """Visibility as the client sends it: `visibility` (public, private, protected) or `private`."""
    visibility = body.get("visibility")
    if visibility is not None:
        if visibility not in ("public", "private", "protected"):
            raise errors.bad_request("visibility must be public, private or protected")
        return visibility != "public"
    value = body.get("private")
    return default if value is None else bool(value)


def file_path(path: Any, *, where: str = "repo") -> str:
    """A relative path inside a repo or bucket: no absolute paths, `..`, empty parts or `.git`."""
    if (
        not isinstance(path, str)
        or not path
        or path.startswith("/")
        or "\\" in path
        or "\0" in path
    ):
        raise errors.bad_request(f"Invalid path in {where}: {str(path)[:200]!r}")
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts) or parts[0] == ".git":
        raise errors.bad_request(f"Invalid path in {where}: {path[:200]!r}")
    return path


def subdomain(repo_id: str) -> str:
    """A Space's host name on the Hub: `{namespace}-{name}` lower-cased, `_` and `.` as `-`."""
    return repo_id.replace("/", "-").lower().replace("_", "-").replace(".", "-")


def ndjson_objects(body: bytes, *, what: str) -> list[dict[str, Any]]:
    """The lines of an NDJSON body (a commit, a bucket batch), each a JSON object."""
    lines = []
    for raw in body.splitlines():
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            line = None
        if not isinstance(line, dict):
            raise errors.bad_request(f"Each {what} line must be a JSON object")
        lines.append(line)
    return lines

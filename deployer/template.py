"""The Trackio Space's files (`templates/trackio`) and how a Space on the Hub compares to them."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from deployer.versions import trackio_pin

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "trackio"

# Paths an earlier template had and the current one does not. An update removes these, and only
# these: files a user added to their Space stay.
FORMER_TEMPLATE_FILES: frozenset[str] = frozenset()

# Files the Hub writes into every new repo; never part of the comparison.
HUB_FILES = frozenset({".gitattributes"})


@cache
def template_files() -> dict[str, bytes]:
    """Every file of the template, by its path in the repo."""
    return {
        path.relative_to(TEMPLATE_DIR).as_posix(): path.read_bytes()
        for path in sorted(TEMPLATE_DIR.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def blob_id(data: bytes) -> str:
    """The git blob id the Hub gives a file (`sha1("blob <size>\\0" + data)`)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()  # noqa: S324 - git's id, not security


@cache
def template_blob_ids() -> dict[str, str]:
    return {path: blob_id(data) for path, data in template_files().items()}


def drift(remote: Mapping[str, str | None], *, partial: bool = False) -> list[str]:
    """How a Space's files (path -> blob id) differ from the template; empty when identical.

    `partial=True` allows files of the Space's own beside the template's (an updated Space keeps
    what its owner added), but not the files an earlier template had."""
    local = template_blob_ids()
    differences = [f"{path} is missing" for path in local if path not in remote]
    differences += [
        f"{path} differs" for path in local if path in remote and remote[path] != local[path]
    ]
    differences += [
        f"{path} is extra"
        for path in remote
        if path not in local
        and path not in HUB_FILES
        and (not partial or path in FORMER_TEMPLATE_FILES)
    ]
    return differences


def pinned_trackio_version() -> str:
    """The trackio version `requirements.txt` pins, e.g. "0.43.0"."""
    pinned = trackio_pin(template_files()["requirements.txt"].decode())
    if pinned is None:
        raise ValueError("templates/trackio/requirements.txt does not pin trackio")
    return pinned

"""The files of each kind of Trackio Space (`templates/trackio` for a live dashboard,
`templates/trackio-static` for a static one) and how a Space on the Hub compares to them.

The static template carries trackio's built frontend (`trackio/frontend/dist`) and its images
(`trackio/assets`, served under `static/trackio`), copied from the trackio version the live
template pins (`scripts/vendor_static_template.py`; a test holds them equal to that version's):
the page's own Space installs no trackio, and a deploy that cannot duplicate the template Space
uploads these files, as an update of a static dashboard does."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from huggingface_hub.hf_api import RepoSibling

from deployer.request import Kind

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE_DIRS = {Kind.LIVE: TEMPLATES / "trackio", Kind.STATIC: TEMPLATES / "trackio-static"}

# Paths an earlier live template had and the current one does not. An update removes these, and
# only these: files a user added to their Space stay. (An update of a static dashboard removes
# nothing: its frontend's files are named by their content, and trackio's own sync keeps old ones.)
FORMER_TEMPLATE_FILES: frozenset[str] = frozenset()
FORMER_FILES = {Kind.LIVE: FORMER_TEMPLATE_FILES, Kind.STATIC: frozenset()}

# Files the Hub writes into every new repo; never part of the comparison.
HUB_FILES = frozenset({".gitattributes"})
# Where trackio's own static deploy puts its images in the Space (`deploy_as_static_space`).
STATIC_ASSETS = "static/trackio"


@cache
def template_files(kind: Kind = Kind.LIVE) -> dict[str, bytes]:
    """Every file of the kind's template, by its path in the repo."""
    folder = TEMPLATE_DIRS[kind]
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def blob_id(data: bytes) -> str:
    """The git blob id the Hub gives a file (`sha1("blob <size>\\0" + data)`)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()  # noqa: S324 - git's id, not security


@cache
def template_blob_ids(kind: Kind = Kind.LIVE) -> dict[str, str]:
    return {path: blob_id(data) for path, data in template_files(kind).items()}


def remote_blob_ids(
    siblings: Iterable[RepoSibling] | None, files: Mapping[str, bytes]
) -> dict[str, str | None]:
    """A Space's files (`space_info(files_metadata=True).siblings`) by git blob id, comparable
    with `files`' own. The Hub keeps a binary file (the static template's images) in LFS or Xet
    storage and lists the blob id of its pointer: such a file counts as the file of the same path
    in `files` when its sha256 is that file's."""
    remote: dict[str, str | None] = {}
    for sibling in siblings or []:
        path, lfs = sibling.rfilename, sibling.lfs
        if lfs is not None and path in files:
            same = hashlib.sha256(files[path]).hexdigest() == lfs.sha256
            remote[path] = blob_id(files[path]) if same else lfs.sha256
        else:
            remote[path] = sibling.blob_id
    return remote


def drift(
    remote: Mapping[str, str | None], *, partial: bool = False, kind: Kind = Kind.LIVE
) -> list[str]:
    """How a Space's files (path -> blob id) differ from the kind's template; empty when identical.

    `partial=True` allows files of the Space's own beside the template's (an updated Space keeps
    what its owner added), but not the files an earlier template had."""
    local = template_blob_ids(kind)
    differences = [f"{path} is missing" for path in local if path not in remote]
    differences += [
        f"{path} differs" for path in local if path in remote and remote[path] != local[path]
    ]
    differences += [
        f"{path} is extra"
        for path in remote
        if path not in local
        and path not in HUB_FILES
        and (not partial or path in FORMER_FILES[kind])
    ]
    return differences


def summary(differences: list[str] | tuple[str, ...], *, most: int = 3) -> str:
    """Differences in a line: the first few, then how many more (a new trackio changes hundreds of
    the static template's files)."""
    shown = ", ".join(differences[:most])
    more = len(differences) - most
    return f"{shown} and {more} more" if more > 0 else shown


def pinned_trackio_version() -> str:
    """The trackio version `requirements.txt` pins, e.g. "0.43.0"."""
    for line in template_files()["requirements.txt"].decode().splitlines():
        if line.startswith("trackio"):
            return line.split("==", 1)[1].strip()
    raise ValueError("templates/trackio/requirements.txt does not pin trackio")


def trackio_static_files(package: Path) -> dict[str, bytes]:
    """The files trackio's own static deploy puts in a Space, from an installed trackio package
    (`package` is its folder): its built frontend at the root, its images under `static/trackio`."""
    folders = {package / "frontend" / "dist": "", package / "assets": f"{STATIC_ASSETS}/"}
    return {
        prefix + path.relative_to(folder).as_posix(): path.read_bytes()
        for folder, prefix in folders.items()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }

"""Refresh `templates/trackio-static` from the installed trackio: its built frontend and images,
as trackio's own static deploy puts them in a Space. Run it whenever `templates/trackio` pins a new
trackio version (after installing that version):

    .venv/bin/python scripts/vendor_static_template.py

The template's `README.md` (the card trackio's static deploy writes, byte for byte) stays; every
other file is replaced. `tests/test_static.py` holds the result equal to the pinned version's files,
and shows that trackio's own static sync finds nothing to change in a Space deployed from it."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deployer.request import Kind  # noqa: E402
from deployer.template import (  # noqa: E402
    TEMPLATE_DIRS,
    pinned_trackio_version,
    trackio_static_files,
)

OWN_FILES = frozenset({"README.md"})


def main() -> int:
    pinned, installed = pinned_trackio_version(), importlib.metadata.version("trackio")
    if installed != pinned:
        print(
            f"trackio {installed} is installed but templates/trackio pins {pinned}: install it first"
        )
        return 1
    import trackio

    files = trackio_static_files(Path(trackio.__file__).parent)
    folder = TEMPLATE_DIRS[Kind.STATIC]
    for old in sorted(folder.rglob("*"), reverse=True):
        relative = old.relative_to(folder).as_posix()
        if old.is_file() and relative not in OWN_FILES:
            old.unlink()
        elif old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    for path, data in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    print(f"templates/trackio-static: {len(files)} files of trackio {installed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

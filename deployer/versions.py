"""Trackio versions: the pin in a Space's `requirements.txt`, and how two versions compare.

The pin is read as `trackio bump` reads it (trackio 0.43, `bump.py`): a line
`trackio[extras]==X.Y.Z`; only final releases compare.
"""

from __future__ import annotations

import re

# The oldest trackio an upgrade in place carries over, as for `trackio bump` (its
# MIN_BUMPABLE_VERSION): older dashboards keep their runs where a bucket backup cannot reach.
MIN_UPGRADABLE = "0.21.0"

_PIN = re.compile(r"^\s*trackio(?:\[[^\]]*\])?\s*==\s*([0-9][0-9A-Za-z.+\-]*)\s*$")
_FINAL = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def trackio_pin(requirements: str) -> str | None:
    """The trackio version a `requirements.txt` pins, e.g. "0.43.0"; None when it pins none.

    Example:
        >>> trackio_pin("trackio[spaces,mcp]==0.43.0\\n")
        '0.43.0'
    """
    for line in requirements.splitlines():
        if match := _PIN.match(line):
            return match.group(1)
    return None


def release(version: str | None) -> tuple[int, int, int] | None:
    """A final release as numbers; None for anything else (a pre-release, a source install)."""
    match = _FINAL.match(version or "")
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def is_older(version: str | None, than: str) -> bool:
    """Whether `version` is a final release older than `than`; unknown versions are not."""
    mine, theirs = release(version), release(than)
    return mine is not None and theirs is not None and mine < theirs

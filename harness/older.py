"""A dashboard as an earlier template left it: what the upgrade tests, the listing tests and the
upgrade benchmark start from."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the caller, after `harness.isolate`
    from huggingface_hub import HfApi

OLDER_TRACKIO = "0.42.0"  # a release an earlier template pinned, recent enough to upgrade in place


def pin_trackio(api: HfApi, space_id: str, version: str = OLDER_TRACKIO) -> None:
    """Commit a `requirements.txt` that pins `version` (one commit, so one restart)."""
    api.upload_file(
        path_or_fileobj=f"trackio[spaces,mcp]=={version}\n".encode(),
        path_in_repo="requirements.txt",
        repo_id=space_id,
        repo_type="space",
        commit_message=f"Deploy the Trackio dashboard (trackio {version})",
    )

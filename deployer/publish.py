"""Publishing a template (`templates/trackio`, or `templates/trackio-static` for static dashboards)
as the template Space that deploys duplicate."""

from __future__ import annotations

from dataclasses import dataclass

from huggingface_hub import CommitOperationAdd, CommitOperationDelete

from deployer import template
from deployer.client import HubClient
from deployer.request import Kind


@dataclass(frozen=True)
class Published:
    space_id: str
    url: str
    commit: str | None  # None: the template Space already matched
    changes: tuple[str, ...]


def publish_template(client: HubClient, space_id: str, *, kind: Kind = Kind.LIVE) -> Published:
    """Create or refresh the public template Space in one commit, touching only what differs."""
    owner = space_id.split("/", 1)[0]
    api = client.api
    url = client.call(
        "create the template Space",
        owner,
        lambda: api.create_repo(
            space_id, repo_type="space", space_sdk=kind.sdk, private=False, exist_ok=True
        ),
    )
    info = client.call(
        "read the template Space", owner, lambda: client.space_info(space_id, files_metadata=True)
    )
    files = template.template_files(kind)
    remote = template.remote_blob_ids(info.siblings, files)
    changes = tuple(template.drift(remote, kind=kind))
    if not changes:
        return Published(space_id=space_id, url=str(url), commit=None, changes=())
    local = template.template_blob_ids(kind)
    operations: list = [
        CommitOperationAdd(path, files[path]) for path in local if remote.get(path) != local[path]
    ]
    operations += [
        CommitOperationDelete(path)
        for path in remote
        if path not in local and path not in template.HUB_FILES
    ]
    commit = client.call(
        "publish the template",
        owner,
        lambda: api.create_commit(
            space_id,
            operations,
            commit_message=f"Publish the {kind.value} Trackio dashboard template",
            repo_type="space",
            parent_commit=info.sha,
        ),
        idempotent=False,
    )
    return Published(space_id=space_id, url=str(url), commit=commit.oid, changes=changes)

"""Deviations from the Hub's behaviour, switched on through the control API to test a client
against a Hub that behaves otherwise than documented, and faults that answer in the Hub's stead.
Each is off until set, and setting none brings back the Hub's own behaviour."""

from __future__ import annotations

import io

import httpx
import pytest
from huggingface_hub import CommitOperationAdd, Volume
from huggingface_hub.errors import HfHubHTTPError

from localhub.control import Deviation, Fault
from localhub.testing import api, unique

CARD = "---\ntitle: Demo\nemoji: 📈\nsdk: gradio\napp_file: app.py\n---\n"


@pytest.fixture
def deviating(hub):
    """The control client; every deviation is switched off again after the test."""
    yield hub.control
    hub.control.set_deviations()


def source_space(hub) -> str:
    space_id = f"alice/{unique()}"
    client = api(hub)
    client.create_repo(space_id, repo_type="space", space_sdk="gradio")
    client.create_commit(
        space_id,
        [CommitOperationAdd("README.md", io.BytesIO(CARD.encode()))],
        commit_message="card",
        repo_type="space",
    )
    client.add_space_variable(space_id, "SHARED", "from the source")
    return space_id


def duplicate(hub, source: str, bucket: str) -> str:
    target = f"alice/{unique()}"
    api(hub).duplicate_repo(
        source,
        target,
        repo_type="space",
        space_variables=[{"key": "SHARED", "value": "the duplicate's own"}],
        space_volumes=[Volume(type="bucket", source=bucket, mount_path="/data")],
    )
    return target


def test_deviations_are_off_until_set_and_listed_while_on(hub, deviating):
    assert deviating.deviations() == frozenset()
    deviating.set_deviations(Deviation.RUNTIME_WITHOUT_SHA)
    assert deviating.deviations() == {Deviation.RUNTIME_WITHOUT_SHA}
    deviating.set_deviations()
    assert deviating.deviations() == frozenset()
    refused = httpx.put(f"{hub.url}/_localhub/deviations", json=["no-such-deviation"])
    assert refused.status_code == 400
    assert "duplicate-ignores-volumes" in refused.json()["error"]


def test_a_duplicate_mounts_its_volumes_and_its_own_variables_win_unless_told_otherwise(
    hub, deviating
):
    bucket = f"alice/{unique('bucket')}"
    api(hub).create_bucket(bucket)
    source = source_space(hub)

    def outcome(target: str) -> tuple[list[str], str]:
        volumes = api(hub).get_space_runtime(target).volumes or []
        return [v.source for v in volumes], api(hub).get_space_variables(target)["SHARED"].value

    assert outcome(duplicate(hub, source, bucket)) == ([bucket], "the duplicate's own")
    deviating.set_deviations(Deviation.DUPLICATE_IGNORES_VOLUMES)
    assert outcome(duplicate(hub, source, bucket)) == ([], "the duplicate's own")
    deviating.set_deviations(Deviation.DUPLICATE_KEEPS_SOURCE_VARIABLES)
    assert outcome(duplicate(hub, source, bucket)) == ([bucket], "from the source")


def test_a_runtime_names_its_commit_unless_told_otherwise(hub, deviating):
    space_id = source_space(hub)
    sha = api(hub).space_info(space_id).sha
    assert api(hub).get_space_runtime(space_id).raw["sha"] == sha
    deviating.set_deviations(Deviation.RUNTIME_WITHOUT_SHA)
    assert "sha" not in api(hub).get_space_runtime(space_id).raw


def test_a_stale_parent_commit_is_refused_unless_told_otherwise(hub, deviating):
    space_id = source_space(hub)
    stale = api(hub).space_info(space_id).sha

    def commit(path: str):
        return api(hub).create_commit(
            space_id,
            [CommitOperationAdd(path, b"x")],
            commit_message=path,
            repo_type="space",
            parent_commit=stale,
        )

    commit("first.txt")
    with pytest.raises(HfHubHTTPError) as refused:
        commit("second.txt")
    assert refused.value.response.status_code == 412
    deviating.set_deviations(Deviation.PARENT_COMMIT_IGNORED)
    assert len(commit("third.txt").oid) == 40


def test_a_fault_can_answer_json_in_the_hubs_stead(hub):
    hub.control.add_fault(Fault(method="GET", path="/api/whoami-v2", json={"name": "someone"}))
    assert api(hub).whoami() == {"name": "someone"}
    assert api(hub).whoami()["name"] == "alice", "the fault met its one request"
    hub.control.add_fault(Fault(path="/api/whoami-v2", json={"error": "busy"}, status=503))
    answer = httpx.get(f"{hub.url}/api/whoami-v2", headers={"authorization": "Bearer hf_alice"})
    assert (answer.status_code, answer.json()) == (503, {"error": "busy"})

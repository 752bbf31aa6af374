"""Trackio on localhub: a Trackio Space, set up as trackio expects it, builds once, runs, shows a
user's metrics without another build, refuses a writer the Hub refuses, and keeps its data in its
bucket across restarts. Driven with the unmodified huggingface_hub client and trackio's own."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from huggingface_hub import Volume

from localhub.control import RepoStats
from localhub.service import LocalHub
from localhub.testing import (
    STARTS,
    api,
    build_and_run_logs,
    eventually,
    processes_under,
    unique,
    watch_stages,
)
from sandbox import make_localhub
from tests.trackio_user import LOSSES, call_space, log_with_trackio, logged_losses

TRACKIO_REQUIREMENT = "trackio[spaces,mcp]==0.43.0"
TRACKIO_CARD = """---
title: Trackio Dashboard
emoji: 📈
sdk: gradio
app_file: app.py
tags: [trackio]
hf_oauth: true
hf_oauth_scopes: [write-repos]
---
"""


@pytest.fixture(scope="module")
def hub_data(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hubdata")


@pytest.fixture(scope="module")
def localhub_running_own_data(hub_data: Path) -> Iterator[LocalHub]:
    """One localhub for this module that really builds and runs Spaces, its data in `hub_data`."""
    with make_localhub(spaces="run", data=hub_data) as running:
        yield running


@pytest.fixture
def trackio_folder(tmp_path: Path) -> Path:
    """The three files of a Trackio Space, as trackio's own deploy writes them."""
    folder = tmp_path / "trackio-space"
    folder.mkdir()
    (folder / "app.py").write_text("import trackio\ntrackio.show()\n")
    (folder / "requirements.txt").write_text(TRACKIO_REQUIREMENT + "\n")
    (folder / "README.md").write_text(TRACKIO_CARD)
    return folder


def create_trackio_space(localhub: LocalHub, *, namespace: str = "alice") -> str:
    """A Space set up as trackio expects to find it, so a user's `trackio.init` changes nothing:
    the bucket `<space_id>-bucket` mounted at /data, TRACKIO_DIR and TRACKIO_BUCKET_ID set, and a
    token of the Space's own as the HF_TOKEN secret."""
    space_id = f"{namespace}/{unique('trackio')}"
    bucket_id = f"{space_id}-bucket"
    client = api(localhub)
    client.create_bucket(bucket_id)
    client.create_repo(
        space_id,
        repo_type="space",
        space_sdk="gradio",
        space_volumes=[Volume(type="bucket", source=bucket_id, mount_path="/data")],
        space_variables=[
            {"key": "TRACKIO_DIR", "value": "/data/trackio"},
            {"key": "TRACKIO_BUCKET_ID", "value": bucket_id},
        ],
        space_secrets=[
            {
                "key": "HF_TOKEN",
                "value": localhub.control.mint_token(
                    namespace, scopes=["openid", "profile", "write-repos"]
                ),
            }
        ],
    )
    return space_id


def deploy_trackio_space(localhub: LocalHub, folder: Path) -> tuple[str, str]:
    """Create, upload and wait until RUNNING; returns the Space id and its host."""
    client = api(localhub)
    space_id = create_trackio_space(localhub)
    client.upload_folder(folder_path=folder, repo_id=space_id, repo_type="space")
    assert watch_stages(client, space_id)[-1] == "RUNNING", build_and_run_logs(client, space_id)
    return space_id, client.space_info(space_id).host


def test_trackio_space_builds_once_runs_and_shows_a_users_metrics_without_another_build(
    localhub_running_own_data, trackio_folder, tmp_path
):
    client = api(localhub_running_own_data)
    space_id = create_trackio_space(localhub_running_own_data)
    client.upload_folder(folder_path=trackio_folder, repo_id=space_id, repo_type="space")
    with ThreadPoolExecutor(1) as pool:
        stages = pool.submit(watch_stages, client, space_id)
        # Followed from right after the upload; the stream ends by itself once the app runs.
        build_log = "".join(client.fetch_space_logs(space_id, build=True, follow=True))
        assert client.get_space_runtime(space_id).stage == "RUNNING"
        assert stages.result() in STARTS, build_log
    steps = [line for line in build_log.splitlines() if line.startswith("=====")]
    assert steps[0].startswith("===== Build queued (commit ")
    assert steps[-1] == "===== Build finished; starting the app ====="
    assert f"Requirement satisfied: {TRACKIO_REQUIREMENT}" in build_log
    assert localhub_running_own_data.control.stats(space_id) == RepoStats(commits=1, builds=1)
    host = client.space_info(space_id).host
    assert host.startswith("http://127.0.0.1:")
    assert httpx.get(f"{host}/version").json()["api_version"] == 1

    project = unique("project")
    seen = len(localhub_running_own_data.control.requests())
    log_with_trackio(localhub_running_own_data, tmp_path, space_id=space_id, project=project)

    assert localhub_running_own_data.control.stats(space_id) == RepoStats(commits=1, builds=1), (
        "the user's run rebuilt it"
    )
    hub_calls = localhub_running_own_data.control.requests()[seen:]
    assert {
        f"/api/spaces/{space_id}/runtime",
        f"/api/spaces/{space_id}/variables",
    } <= {entry.path for entry in hub_calls}, "trackio.init checks the volume and variables"
    assert [
        (entry.method, entry.path, entry.status)
        for entry in hub_calls
        if entry.status >= 400 and space_id in entry.path
    ] == [("POST", f"/api/buckets/{space_id}-bucket", 409)], "only create_bucket(exist_ok) fails"
    assert project in call_space(host, "get_all_projects").json()["data"]
    assert logged_losses(host, project) == pytest.approx(LOSSES)
    auth_checks = [
        (entry.user, entry.status)
        for entry in localhub_running_own_data.control.requests()
        if entry.path == f"/api/spaces/{space_id}/auth-check/write"
    ]
    assert auth_checks == [("alice", 200)], (
        "the Space asks the Hub once whether the writer may write"
    )


def test_trackio_space_refuses_a_writer_the_hub_says_cannot_write(
    localhub_running_own_data, trackio_folder
):
    space_id, host = deploy_trackio_space(localhub_running_own_data, trackio_folder)
    refused = call_space(
        host,
        "log",
        token="hf_bob",
        project="not-bobs",
        run="run-1",
        metrics={"loss": 1.0},
        step=None,
    )
    assert refused.status_code >= 400
    assert "write access" in refused.json()["error"]
    assert "not-bobs" not in call_space(host, "get_all_projects").json()["data"]
    assert [
        (entry.user, entry.status)
        for entry in localhub_running_own_data.control.requests()
        if entry.path == f"/api/spaces/{space_id}/auth-check/write"
    ] == [("bob", 403)]


def test_restart_keeps_the_bucket_so_logged_projects_are_still_listed(
    localhub_running_own_data, hub_data, trackio_folder, tmp_path
):
    client = api(localhub_running_own_data)
    space_id, host = deploy_trackio_space(localhub_running_own_data, trackio_folder)
    project = unique("project")
    log_with_trackio(localhub_running_own_data, tmp_path, space_id=space_id, project=project)
    eventually(lambda: len(logged_losses(host, project)) == 3, what="metrics stored")
    checkout = hub_data / "spaces" / space_id
    before = processes_under(checkout)
    assert len(before) == 1
    seen = len(localhub_running_own_data.control.requests())

    client.restart_space(space_id)
    assert watch_stages(client, space_id) in STARTS

    assert localhub_running_own_data.control.stats(space_id) == RepoStats(commits=1, builds=2)
    after = processes_under(checkout)
    assert len(after) == 1
    assert after != before, "a restart starts a new process"
    assert project in call_space(host, "get_all_projects").json()["data"]
    assert logged_losses(host, project) == pytest.approx(LOSSES)
    failed = [
        entry
        for entry in localhub_running_own_data.control.requests()[seen:]
        if space_id in entry.path and entry.status >= 400
    ]
    assert failed == [], "the Space reads its bucket through the Hub as it starts"
    stored = {item.path for item in client.list_bucket_tree(f"{space_id}-bucket", recursive=True)}
    assert f"trackio/{project}.db" in stored


# -- failures and their logs -------------------------------------------------------------------------

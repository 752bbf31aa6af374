"""Trackio's own paths through a dashboard's bucket, end to end on localhub, with trackio unchanged:
dashboards deployed by the deployer (as `test_deployer.py` does), and a person's scripts run with
`python -m localhub run`, as the README tells them to in sandbox mode."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from deployer import Deployer, DeployRequest, Done
from localhub.service import LocalHub
from localhub.testing import api, eventually, free_port, unique, watch_stages
from sandbox import make_localhub, publish_template
from tests.trackio_user import (
    LOSSES,
    call_space,
    log_with_trackio,
    logged_losses,
    run_as_user,
)

# What trackio says of a Space it finds asleep: it cannot reach it, and sends the run to the inbox.
ASLEEP = ("could not create a remote client", "could not be sent to the Space directly")
# A person's project, logged on their machine with no Space, then synced (`sync` or `static`).
LOG_THEN_SYNC = """\
import sys

import trackio

project, space_id, sdk, *runs = sys.argv[1:]
for run in runs:
    trackio.init(project=project, name=run, auto_log_cpu=False, auto_log_gpu=False)
    for step in range(3):
        trackio.log({"loss": 1 / (step + 1)})
    trackio.finish()
if sdk == "static":
    trackio.sync(project=project, space_id=space_id, sdk="static")
else:
    trackio.sync(project=project, space_id=space_id, force=True)
"""


def deploy_dashboard(localhub: LocalHub, name: str | None = None) -> tuple[str, str]:
    """A dashboard deployed as the page deploys it; its Space id and host."""
    request = DeployRequest(owner="alice", name=name or unique("trackio"))
    done = list(Deployer("hf_alice", endpoint=localhub.url).deploy(request))[-1]
    assert isinstance(done, Done), done
    return request.space_id, done.result.app_url


def bucket_files(localhub: LocalHub, bucket: str, prefix: str | None = None) -> set[str]:
    return {f.path for f in api(localhub).list_bucket_tree(bucket, prefix=prefix, recursive=True)}


def runs_of(host: str, project: str) -> list[str]:
    answer = call_space(host, "get_runs_for_project", project=project)
    return sorted(run["name"] for run in answer.json()["data"])


def test_a_run_logged_while_the_dashboard_sleeps_reaches_it_through_the_bucket_inbox(
    localhub_running, tmp_path
):
    space_id, host = deploy_dashboard(localhub_running)
    api(localhub_running).pause_space(space_id)
    result = log_with_trackio(
        localhub_running, tmp_path, space_id=space_id, project="asleep", warnings=ASLEEP
    )
    assert ASLEEP[1] in result.stdout
    inbox = bucket_files(localhub_running, f"{space_id}-bucket", prefix="trackio/inbox")
    assert inbox, "the buffered run went to the bucket's inbox"

    api(localhub_running).restart_space(space_id)
    assert watch_stages(api(localhub_running), space_id)[-1] == "RUNNING"
    eventually(lambda: logged_losses(host, "asleep") == LOSSES, timeout=60, what="imported")
    answer = call_space(
        host, "get_metric_values", project="asleep", run="run-1", metric_name="loss"
    )
    assert [point["step"] for point in answer.json()["data"]] == [0, 1, 2]
    eventually(
        lambda: not bucket_files(localhub_running, f"{space_id}-bucket", prefix="trackio/inbox"),
        what="the imported fragments leave the inbox",
    )


def test_sync_of_a_local_project_to_a_deployed_dashboard_shows_every_run(
    localhub_running, tmp_path
):
    space_id, host = deploy_dashboard(localhub_running)
    run_as_user(
        localhub_running, tmp_path, LOG_THEN_SYNC, "local-project", space_id, "gradio", "a", "b"
    )
    assert "local-project" in call_space(host, "get_all_projects").json()["data"]
    assert runs_of(host, "local-project") == ["a", "b"]
    for run in ("a", "b"):
        assert logged_losses(host, "local-project", run) == pytest.approx(LOSSES)
    assert "trackio/local-project.db" in bucket_files(localhub_running, f"{space_id}-bucket")


def test_static_sync_feeds_a_static_dashboard_from_its_bucket_and_a_second_sync_adds_to_it(
    localhub_running, tmp_path
):
    space_id = f"alice/{unique('static')}"
    run_as_user(
        localhub_running, tmp_path, LOG_THEN_SYNC, "static-project", space_id, "static", "r1"
    )
    info = api(localhub_running).space_info(space_id)
    assert info.sdk == "static"
    config = json.loads(
        Path(
            api(localhub_running).hf_hub_download(space_id, "config.json", repo_type="space")
        ).read_text()
    )
    assert (config["mode"], config["project"]) == ("static", "static-project")
    bucket = config["bucket_id"]
    assert {"metrics.parquet", "runs.json"} <= bucket_files(localhub_running, bucket)
    assert api(localhub_running).bucket_info(bucket).private is False, "the browser reads it"

    def runs_in_bucket() -> list[str]:  # as the static page reads it, from the browser
        url = f"{localhub_running.url}/buckets/{bucket}/resolve/runs.json"
        answer = httpx.get(url, headers={"origin": info.host})
        assert answer.headers["access-control-allow-origin"] == "*"
        return sorted(run["name"] if isinstance(run, dict) else run for run in answer.json())

    assert runs_in_bucket() == ["r1"]
    run_as_user(
        localhub_running, tmp_path, LOG_THEN_SYNC, "static-project", space_id, "static", "r2"
    )
    assert runs_in_bucket() == ["r1", "r2"]
    assert api(localhub_running).space_info(space_id).sdk == "static"


def test_freeze_makes_a_static_snapshot_of_a_live_dashboards_project(localhub_running, tmp_path):
    space_id, _ = deploy_dashboard(localhub_running)
    log_with_trackio(
        localhub_running, tmp_path / "training", space_id=space_id, project="to-freeze"
    )
    frozen = f"{space_id}_static"
    freeze = "import sys, trackio\ntrackio.freeze(space_id=sys.argv[1], project=sys.argv[2])\n"
    run_as_user(localhub_running, tmp_path / "freezing", freeze, space_id, "to-freeze")
    assert api(localhub_running).space_info(frozen).sdk == "static"
    config = json.loads(
        Path(
            api(localhub_running).hf_hub_download(frozen, "config.json", repo_type="space")
        ).read_text()
    )
    assert config["project"] == "to-freeze"
    assert "metrics.parquet" in bucket_files(localhub_running, config["bucket_id"])


def test_a_registry_in_a_bucket_is_seen_from_another_machine(localhub_running, tmp_path):
    bucket = f"alice/{unique('registry')}"
    create = (
        "import sys, trackio\n"
        "trackio.Api().create_registry('models', description='Our models', bucket_id=sys.argv[1])\n"
    )
    read = (
        "import sys, trackio\n"
        "print(trackio.Api().registry('models', bucket_id=sys.argv[1]).description)\n"
    )
    run_as_user(localhub_running, tmp_path / "one-machine", create, bucket)
    seen = run_as_user(localhub_running, tmp_path / "another-machine", read, bucket)
    assert seen.stdout.strip().splitlines()[-1] == "Our models"
    assert api(localhub_running).bucket_info(bucket).private is True


def test_restarts_of_the_dashboard_and_of_localhub_lose_nothing_acknowledged(tmp_path):
    options = {"spaces": "run", "data": tmp_path / "localhub", "port": free_port()}
    localhub = make_localhub(**options).start()
    try:
        publish_template(localhub.url)
        space_id, host = deploy_dashboard(localhub)
        log_with_trackio(localhub, tmp_path / "first", space_id=space_id, project="kept")
        api(localhub).pause_space(space_id)
        log_with_trackio(
            localhub,
            tmp_path / "second",
            space_id=space_id,
            project="kept",
            run="run-2",
            warnings=ASLEEP,
        )
        api(localhub).restart_space(space_id)
        assert watch_stages(api(localhub), space_id)[-1] == "RUNNING"
        eventually(lambda: runs_of(host, "kept") == ["run-1", "run-2"], timeout=60, what="inbox")

        localhub.kill()  # a crash: nothing gets the chance to flush
        localhub = make_localhub(**options).start()
        assert watch_stages(api(localhub), space_id)[-1] == "RUNNING"
        assert runs_of(host, "kept") == ["run-1", "run-2"]
        for run in ("run-1", "run-2"):
            assert logged_losses(host, "kept", run) == pytest.approx(LOSSES)
    finally:
        localhub.stop()


def test_an_image_logged_while_the_dashboard_sleeps_is_uploaded_to_its_bucket(
    localhub_running, tmp_path
):
    space_id, host = deploy_dashboard(localhub_running)
    api(localhub_running).pause_space(space_id)
    script = (
        "import sys, numpy, trackio\n"
        "trackio.init(project=sys.argv[1], space_id=sys.argv[2], name='run-1',"
        " auto_log_cpu=False, auto_log_gpu=False)\n"
        "trackio.log({'sample': trackio.Image(numpy.zeros((8, 8, 3), dtype='uint8'))})\n"
        "trackio.finish()\n"
    )
    output = run_as_user(localhub_running, tmp_path, script, "pictures", space_id)
    assert ASLEEP[1] in output.stdout
    bucket = f"{space_id}-bucket"
    [media] = bucket_files(localhub_running, bucket, prefix="trackio/media/")
    assert media.startswith("trackio/media/pictures/run-1/")
    api(localhub_running).download_bucket_files(bucket, [(media, tmp_path / "sample")])
    assert (tmp_path / "sample").read_bytes()[:4] in (b"\x89PNG", b"RIFF")

    api(localhub_running).restart_space(space_id)
    assert watch_stages(api(localhub_running), space_id)[-1] == "RUNNING"
    values = lambda: call_space(  # noqa: E731
        host, "get_metric_values", project="pictures", run="run-1", metric_name="sample"
    ).json()["data"]
    eventually(lambda: len(values()) == 1, timeout=60, what="the image's row imported")


def test_bump_into_a_new_space_copies_the_bucket_and_serves_every_run(localhub_running, tmp_path):
    """`trackio bump --new-space`: a server-side copy of the whole bucket, its databases read back
    for an inventory, a new Space deployed by trackio itself, and the inventory checked against
    what the new Space serves. (In place, bump needs an older Space than the trackio here.)"""
    space_id, _ = deploy_dashboard(localhub_running)
    log_with_trackio(localhub_running, tmp_path / "training", space_id=space_id, project="bumped")
    new_space = f"alice/{unique('bumped')}"
    bump = (
        "import sys\nfrom trackio.bump import bump\nbump(sys.argv[1], new_space_id=sys.argv[2])\n"
    )
    run_as_user(localhub_running, tmp_path / "bumping", bump, space_id, new_space)
    assert bucket_files(localhub_running, f"{new_space}-bucket") >= {"trackio/bumped.db"}
    host = api(localhub_running).space_info(new_space).host
    assert logged_losses(host, "bumped") == pytest.approx(LOSSES)


def test_an_artifact_logged_to_the_dashboard_is_stored_in_its_bucket(localhub_running, tmp_path):
    """The Space writes the artifact's blob under /data; the bucket's API lists and serves it.
    (trackio logs artifacts only to a Space that answers: asleep, it waits, then gives up.)"""
    space_id, _ = deploy_dashboard(localhub_running)
    script = (
        "import sys, pathlib, trackio\n"
        "pathlib.Path('weights.bin').write_bytes(b'model weights' * 100)\n"
        "trackio.init(project=sys.argv[1], space_id=sys.argv[2], name='run-1',"
        " auto_log_cpu=False, auto_log_gpu=False)\n"
        "trackio.log_artifact('weights.bin', name='model', type='model')\n"
        "trackio.finish()\n"
    )
    run_as_user(localhub_running, tmp_path, script, "artifacts", space_id)
    blobs = bucket_files(localhub_running, f"{space_id}-bucket", prefix="trackio/artifacts/")
    assert len(blobs) == 1, blobs
    api(localhub_running).download_bucket_files(
        f"{space_id}-bucket", [(blobs.pop(), tmp_path / "blob")]
    )
    assert (tmp_path / "blob").read_bytes() == b"model weights" * 100

"""Static dashboards, deployed with the real huggingface_hub client against localhub: free on every
plan, three writes and no build, the Space trackio's own static deploy makes (so that
`trackio.sync(..., sdk="static")`, run unmodified afterwards, finds its bucket), the runs in
headless Chromium, and what a deploy must never do (a live dashboard turned static, or back; a
private static one; a live one for a free plan)."""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
import trackio
from huggingface_hub import CommitOperationAdd
from huggingface_hub.errors import BucketNotFoundError
from huggingface_hub.hf_api import BlobLfsInfo, RepoSibling

from deployer import Deployer, DeployPath, DeployRequest, Done, Failed, Problem, Visibility
from deployer.events import DeployWarning
from deployer.request import DEFAULT_STATIC_TEMPLATE, Kind, validate
from deployer.static import CONFIG, static_config
from deployer.template import (
    blob_id,
    drift,
    pinned_trackio_version,
    remote_blob_ids,
    template_blob_ids,
    template_files,
    trackio_static_files,
)
from localhub.control import Fault, RepoStats
from localhub.service import LocalHub
from localhub.testing import browser_through_localhub
from sandbox import publish_template
from tests.conftest import ARTIFACTS, api, unique
from tests.guards import Precious, spaces_of
from tests.test_deployer import deploy, outcome, run_cli, writes
from tests.trackio_user import log_with_trackio, run_as_user

# A person's project logged on their machine, then synced to a static dashboard exactly as the
# result card says (without naming the bucket: trackio finds it in the Space's config.json).
LOG_THEN_SYNC = """\
import sys

import trackio

project, space_id, *runs = sys.argv[1:]
for run in runs:
    trackio.init(project=project, name=run, auto_log_cpu=False, auto_log_gpu=False)
    for step in range(3):
        trackio.log({"loss": 1 / (step + 1), "accuracy": step / 3})
    trackio.finish()
trackio.sync(project=project, space_id=space_id, sdk="static")
"""


def static(owner: str, name: str | None = None, **changes: Any) -> DeployRequest:
    return DeployRequest(
        owner=owner,
        name=name or unique("static"),
        kind=Kind.STATIC,
        **{"project": "mnist", **changes},
    )


def config_of(localhub: LocalHub, space_id: str) -> dict[str, Any]:
    return json.loads(
        Path(api(localhub).hf_hub_download(space_id, CONFIG, repo_type="space")).read_text()
    )


def files_of(localhub: LocalHub, space_id: str) -> dict[str, str]:
    info = api(localhub).space_info(space_id, files_metadata=True)
    return {s.rfilename: s.blob_id for s in info.siblings or []}


def bucket_files(localhub: LocalHub, bucket: str) -> set[str]:
    return {f.path for f in api(localhub).list_bucket_tree(bucket, recursive=True)}


# -- what a static dashboard is -------------------------------------------------------------------


def test_the_static_template_is_the_frontend_of_the_pinned_trackio():
    """`templates/trackio-static` holds exactly what trackio's own static deploy uploads, from the
    version the live template pins (`scripts/vendor_static_template.py` refreshes it)."""
    assert version("trackio") == pinned_trackio_version()
    vendored = {p: d for p, d in template_files(Kind.STATIC).items() if p != "README.md"}
    assert vendored == trackio_static_files(Path(trackio.__file__).parent)
    card = template_files(Kind.STATIC)["README.md"].decode()
    assert "sdk: static" in card
    assert "tags:\n - trackio" in card


def test_images_the_hub_keeps_in_lfs_or_xet_storage_count_as_the_templates_own():
    """On the Hub a binary file's listed blob id is its pointer's (localhub keeps every file in
    git, so this is the one comparison checked without it): its sha256 decides."""
    files = template_files(Kind.STATIC)

    def listed(path: str, data: bytes) -> RepoSibling:
        if not path.endswith(".png"):
            return RepoSibling(rfilename=path, blob_id=blob_id(data))
        lfs = BlobLfsInfo(size=len(data), sha256=hashlib.sha256(data).hexdigest(), pointer_size=1)
        return RepoSibling(rfilename=path, blob_id=blob_id(b"a pointer"), lfs=lfs)

    siblings = [listed(path, data) for path, data in files.items()]
    assert drift(remote_blob_ids(siblings, files), kind=Kind.STATIC) == []
    logo = "static/trackio/trackio_logo_light.png"
    siblings = [listed(p, b"another image" if p == logo else d) for p, d in files.items()]
    assert drift(remote_blob_ids(siblings, files), kind=Kind.STATIC) == [f"{logo} differs"]


@pytest.mark.parametrize("path", [DeployPath.DUPLICATE, DeployPath.UPLOAD])
def test_a_free_account_gets_a_static_dashboard_in_three_writes_and_no_build(
    localhub_simulated, path
):
    name = unique("static")
    template = None if path is DeployPath.DUPLICATE else "trackio-deployer/no-such-template"
    localhub_simulated.control.clear_requests()
    done = outcome(
        deploy(localhub_simulated, static("bob", name, template=template), token="hf_bob")
    )
    assert isinstance(done, Done), done
    assert (done.result.path, done.result.ready, done.result.kind) == (path, True, Kind.STATIC)
    space_id, bucket = f"bob/{name}", f"bob/{name}-bucket"
    create = (
        ("POST", f"/api/spaces/{DEFAULT_STATIC_TEMPLATE}/duplicate")
        if path is DeployPath.DUPLICATE
        else ("POST", "/api/repos/create")
    )
    assert writes(localhub_simulated, "bob") == [
        ("POST", f"/api/buckets/{bucket}"),
        create,
        ("POST", f"/api/spaces/{space_id}/commit/main"),
    ]
    assert localhub_simulated.control.stats(space_id) == RepoStats(commits=1, builds=0)

    info = api(localhub_simulated).space_info(space_id)
    assert (info.sdk, info.private, "trackio" in info.tags) == ("static", False, True)
    assert api(localhub_simulated).bucket_info(bucket).private is False, "the browser reads it"
    assert config_of(localhub_simulated, space_id) == {
        "mode": "static",
        "project": "mnist",
        "private": False,
        "version": pinned_trackio_version(),
        "bucket_id": bucket,
    }
    expected = {
        path: blob
        for path, blob in files_of(localhub_simulated, space_id).items()
        if path != ".gitattributes"
    }
    assert set(expected) == {*template_files(Kind.STATIC), CONFIG}
    assert f'trackio.sync(project="mnist", space_id="{space_id}", sdk="static"' in (
        done.result.snippet
    )
    assert done.result.sync_command == (
        f"trackio sync --project mnist --space-id {space_id} --sdk static"
    )


def test_config_json_is_what_trackio_itself_writes():
    """Byte for byte, so a sync of the same project with the same trackio leaves it as it is."""
    config = {
        "mode": "static",
        "project": "p",
        "private": False,
        "version": trackio.__version__,
        "bucket_id": "ns/b",
    }
    assert static_config(project="p", bucket_id="ns/b", version=trackio.__version__) == (
        json.dumps(config).encode()
    )


def test_a_stale_static_template_is_not_duplicated_and_the_maintainer_is_told(localhub_simulated):
    stale = f"trackio-deployer/{unique('stale-static')}"
    publish_template(localhub_simulated.url, to=stale, kind="static")
    api(localhub_simulated, "hf_maintainer").create_commit(
        stale,
        [CommitOperationAdd("index.html", b"<p>an older frontend</p>")],
        commit_message="old",
        repo_type="space",
    )
    events = deploy(localhub_simulated, static("alice", template=stale))
    done = outcome(events)
    assert isinstance(done, Done), done
    assert done.result.path is DeployPath.UPLOAD
    assert "stale (index.html differs)" in done.result.path_reason
    warnings = [e.message for e in events if isinstance(e, DeployWarning)]
    assert any(f"publish-template --kind static --to {stale}" in w for w in warnings)


# -- trackio's own sync afterwards, and the dashboard in a browser ------------------------------


@pytest.mark.browser
def test_trackio_sync_fills_the_deployed_bucket_and_the_browser_shows_every_run(
    localhub_simulated, playwright_session, tmp_path
):
    """The dashboard names a bucket of its own choosing (not trackio's default name), so a plain
    `trackio.sync(..., sdk="static")` that fills it has read the Space's config.json; and the sync
    finds nothing to change in the Space itself: card, frontend, images and config.json are what
    trackio writes. Chromium opens the dashboard at its address and reads the bucket from
    huggingface.co, both through localhub's run proxy."""
    name = unique("static")
    space_id, bucket = f"bob/{name}", f"bob/{name}-runs"
    request = static("bob", name, bucket=f"{name}-runs")
    assert isinstance(outcome(deploy(localhub_simulated, request, token="hf_bob")), Done)
    deployed = localhub_simulated.control.stats(space_id)

    run_as_user(localhub_simulated, tmp_path, LOG_THEN_SYNC, "mnist", space_id, "r1", user="bob")
    assert {"metrics.parquet", "runs.json"} <= bucket_files(localhub_simulated, bucket)
    with pytest.raises(BucketNotFoundError):
        api(localhub_simulated).bucket_info(f"{space_id}-bucket")  # no second bucket
    assert localhub_simulated.control.stats(space_id) == deployed, "nothing in it to change"
    assert api(localhub_simulated).space_info(space_id).sdk == "static"

    subdomain = api(localhub_simulated).space_info(space_id).subdomain
    with browser_through_localhub(
        playwright_session, localhub_simulated.url, user="bob", folder=tmp_path / "browser"
    ) as page:

        def shows(*texts: str) -> None:
            page.goto(f"https://{subdomain}.static.hf.space/")
            for text in texts:
                page.get_by_text(text, exact=True).first.wait_for(timeout=30_000)

        shows("r1", "loss", "accuracy")
        page.screenshot(path=ARTIFACTS / "static-dashboard.png", full_page=True)

        run_as_user(
            localhub_simulated, tmp_path, LOG_THEN_SYNC, "mnist", space_id, "r2", user="bob"
        )
        shows("r1", "r2", "loss")

        update = request.with_changes(allow_update=True)
        done = outcome(deploy(localhub_simulated, update, token="hf_bob"))
        assert isinstance(done, Done), done
        assert (done.result.path, done.result.bucket_id) == (DeployPath.UPDATE, bucket)
        assert localhub_simulated.control.stats(space_id) == deployed, "already up to date"
        shows("r1", "r2", "loss")


def test_trackio_freeze_fills_a_deployed_static_dashboard_it_recognises(localhub_running, tmp_path):
    """`trackio.freeze(..., new_space_id=<our static dashboard>)` accepts it as a static Trackio
    Space and exports the live dashboard's project into the bucket its config.json names."""
    live = DeployRequest(owner="alice", name=unique("live"))
    assert isinstance(outcome(deploy(localhub_running, live)), Done)
    log_with_trackio(localhub_running, tmp_path / "training", space_id=live.space_id, project="p")
    request = static("alice", bucket=unique("frozen-runs"), project="p")
    assert isinstance(outcome(deploy(localhub_running, request)), Done)
    freeze = (
        "import sys, trackio\n"
        "trackio.freeze(space_id=sys.argv[1], project=sys.argv[2], new_space_id=sys.argv[3])\n"
    )
    run_as_user(
        localhub_running, tmp_path / "freezing", freeze, live.space_id, "p", request.space_id
    )
    assert "metrics.parquet" in bucket_files(localhub_running, request.bucket_id)
    assert config_of(localhub_running, request.space_id)["bucket_id"] == request.bucket_id
    assert localhub_running.control.stats(request.space_id).builds == 0


# -- updates, and deploys that did not finish -----------------------------------------------------


def test_an_update_brings_an_older_frontend_to_the_pinned_one_in_one_commit_and_keeps_the_bucket(
    localhub_simulated,
):
    request = static("alice", bucket=f"{unique('kept')}")
    assert isinstance(outcome(deploy(localhub_simulated, request)), Done)
    space_id = request.space_id
    client = api(localhub_simulated)
    client.batch_bucket_files(request.bucket_id, add=[(b'["old-run"]', "runs.json")])
    older = json.loads(
        static_config(project="mnist", bucket_id=request.bucket_id, version="0.42.0")
    )
    client.create_commit(
        space_id,
        [
            CommitOperationAdd("index.html", b"<p>the frontend of trackio 0.42</p>"),
            CommitOperationAdd(CONFIG, json.dumps(older).encode()),
            CommitOperationAdd("notes.md", b"the owner's own file"),
        ],
        commit_message="an older dashboard",
        repo_type="space",
    )
    before = localhub_simulated.control.stats(space_id)

    events = deploy(localhub_simulated, request.with_changes(project="other", allow_update=True))
    done = outcome(events)
    assert isinstance(done, Done), done
    assert done.result.path is DeployPath.UPDATE
    after = localhub_simulated.control.stats(space_id)
    assert (after.commits - before.commits, after.builds) == (1, 0)
    files = files_of(localhub_simulated, space_id)
    assert files["index.html"] == template_blob_ids(Kind.STATIC)["index.html"]
    assert "notes.md" in files, "the owner's own files stay"
    config = config_of(localhub_simulated, space_id)
    assert config["version"] == pinned_trackio_version()
    assert (config["project"], config["bucket_id"]) == ("mnist", request.bucket_id)
    assert any(
        "keeps showing the project mnist" in e.message
        for e in events
        if isinstance(e, DeployWarning)
    )
    assert bucket_files(localhub_simulated, request.bucket_id) == {"runs.json"}


def test_a_dashboard_a_newer_trackio_synced_is_not_taken_back(localhub_simulated):
    request = static("alice")
    assert isinstance(outcome(deploy(localhub_simulated, request)), Done)
    newer = static_config(project="mnist", bucket_id=request.bucket_id, version="99.0.0")
    api(localhub_simulated).upload_file(
        path_or_fileobj=newer, path_in_repo=CONFIG, repo_id=request.space_id, repo_type="space"
    )
    localhub_simulated.control.clear_requests()
    failed = outcome(deploy(localhub_simulated, request.with_changes(allow_update=True)))
    assert isinstance(failed, Failed)
    assert failed.problem is Problem.NEWER_TRACKIO
    assert "trackio 99.0.0" in failed.message
    assert writes(localhub_simulated, "alice") == []


@pytest.mark.parametrize("path", [DeployPath.DUPLICATE, DeployPath.UPLOAD])
def test_a_static_deploy_stopped_before_its_commit_is_finished_by_the_next_one(
    localhub_simulated, path
):
    template = None if path is DeployPath.DUPLICATE else "trackio-deployer/no-such-template"
    request = static("bob", template=template)
    localhub_simulated.control.add_fault(
        Fault(
            method="POST", path=f"/api/spaces/{request.space_id}/commit/*", status=500, times=None
        )
    )
    try:
        failed = outcome(deploy(localhub_simulated, request, token="hf_bob"))
    finally:
        localhub_simulated.control.clear_faults()
    assert isinstance(failed, Failed), failed
    assert failed.update_needed
    assert "deploy again with updating allowed" in failed.message

    refused = outcome(deploy(localhub_simulated, request, token="hf_bob"))
    assert isinstance(refused, Failed)
    assert refused.problem is Problem.SPACE_EXISTS

    done = outcome(
        deploy(localhub_simulated, request.with_changes(allow_update=True), token="hf_bob")
    )
    assert isinstance(done, Done), done
    assert config_of(localhub_simulated, request.space_id)["bucket_id"] == request.bucket_id
    assert localhub_simulated.control.stats(request.space_id).builds == 0


# Each write and read of a static deploy, failing once (a dropped connection) or until cleared
# (HTTP 500): the deploy succeeds or stops with what to do, and deploying again finishes the job,
# with no second Space and nothing else of the owner's touched.
STATIC_STEPS = {
    "create the bucket": (DeployPath.DUPLICATE, "POST", "/api/buckets/{bucket}"),
    "duplicate the template": (DeployPath.DUPLICATE, "POST", "/api/spaces/{template}/duplicate"),
    "read the new Space": (DeployPath.DUPLICATE, "GET", "/api/spaces/{space}"),
    "commit config.json": (DeployPath.DUPLICATE, "POST", "/api/spaces/{space}/commit/*"),
    "create the Space (upload)": (DeployPath.UPLOAD, "POST", "/api/repos/create"),
    "commit every file (upload)": (DeployPath.UPLOAD, "POST", "/api/spaces/{space}/commit/*"),
}
STATIC_FAULTS = {"dropped once": {"drop": True, "times": 1}, "500 until cleared": {"status": 500}}


@pytest.fixture(scope="module")
def precious(localhub_simulated) -> Precious:
    return Precious(localhub_simulated, "alice", "hf_alice", prefix=unique("precious")).create()


@pytest.mark.parametrize("fault", list(STATIC_FAULTS))
@pytest.mark.parametrize("step", list(STATIC_STEPS))
def test_a_static_deploy_that_fails_at_any_step_is_finished_by_deploying_again(
    localhub_simulated, precious, step, fault
):
    path, method, glob = STATIC_STEPS[step]
    template = None if path is DeployPath.DUPLICATE else "trackio-deployer/no-such-template"
    request = static("alice", template=template)
    before = precious.state()
    spaces_before = spaces_of(localhub_simulated, "alice", "hf_alice")
    where = glob.format(
        space=request.space_id, bucket=request.bucket_id, template=request.template_id
    )
    spec = {"times": None, **STATIC_FAULTS[fault]}
    localhub_simulated.control.add_fault(Fault(method=method, path=where, **spec))
    deployer = Deployer("hf_alice", endpoint=localhub_simulated.url, retry_budget=2)
    try:
        first = outcome(list(deployer.deploy(request)))
    finally:
        localhub_simulated.control.clear_faults()
    if isinstance(first, Failed):
        assert first.problem is not Problem.UNEXPECTED, first
        exists = request.space_id in spaces_of(localhub_simulated, "alice", "hf_alice")
        assert first.update_needed == exists, first
        again = request.with_changes(allow_update=exists)
        done = outcome(deploy(localhub_simulated, again))
        assert isinstance(done, Done), done
    assert config_of(localhub_simulated, request.space_id)["bucket_id"] == request.bucket_id
    assert localhub_simulated.control.stats(request.space_id).builds == 0
    made = spaces_of(localhub_simulated, "alice", "hf_alice") - spaces_before
    assert made == {request.space_id}, "no second Space"
    assert precious.state() == before, "nothing else of the owner's changed"


# -- what a deploy never does ---------------------------------------------------------------------


def test_a_deploy_never_turns_a_live_dashboard_static_or_back(localhub_simulated):
    live = DeployRequest(owner="alice", name=unique("live"))
    made_static = static("alice")
    for request in (live, made_static):
        assert isinstance(outcome(deploy(localhub_simulated, request)), Done)
    for existing, other_kind in (
        (live, static("alice", live.name, allow_update=True)),
        (made_static, DeployRequest(owner="alice", name=made_static.name, allow_update=True)),
    ):
        before = localhub_simulated.control.stats(existing.space_id)
        localhub_simulated.control.clear_requests()
        failed = outcome(deploy(localhub_simulated, other_kind))
        assert isinstance(failed, Failed)
        assert failed.problem is Problem.OTHER_KIND
        assert "never turns it" in failed.message
        assert writes(localhub_simulated, "alice") == []
        assert localhub_simulated.control.stats(existing.space_id) == before


def test_the_pro_account_may_choose_static(localhub_simulated):
    done = outcome(deploy(localhub_simulated, static("alice")))
    assert isinstance(done, Done), done
    assert done.result.kind is Kind.STATIC


def test_a_free_account_cannot_get_a_live_dashboard_from_the_cli_and_is_offered_static(
    localhub_simulated,
):
    """(The deployer's own refusal: `test_deployer.py`; the page's: `test_page.py`.)"""
    localhub_simulated.control.clear_requests()
    cli = run_cli(
        localhub_simulated, "deploy", "--owner", "bob", "--name", unique(), token="hf_bob"
    )
    assert cli.returncode == 1
    assert "static dashboard instead" in cli.stdout
    assert writes(localhub_simulated, "bob") == []


def test_a_static_dashboard_refuses_what_it_cannot_have_before_any_request(localhub_simulated):
    problems = {
        p.field: p.message
        for p in validate(
            static(
                "alice",
                visibility=Visibility.PRIVATE,
                hardware="cpu-upgrade",
                sleep_time=3600,
                write_token="hf_" + "w" * 20,
            )
        )
    }
    assert "the browser reads its runs straight from a public bucket" in problems["visibility"]
    assert set(problems) == {"visibility", "hardware", "sleep_time", "write_token"}
    assert validate(static("alice", storage=False))[0].field == "storage"
    assert [p.field for p in validate(static("alice", project=None))] == ["project"]
    for project in ("registry-models", "model_system", "bad name", "-x", "ü"):
        assert [p.field for p in validate(static("alice", project=project))] == ["project"]

    localhub_simulated.control.clear_requests()
    cli = run_cli(
        localhub_simulated,
        *("deploy", "--owner", "alice", "--kind", "static", "--project", "p", "--private"),
    )
    assert cli.returncode == 2
    assert "visibility: a static dashboard is public" in cli.stderr
    missing = run_cli(localhub_simulated, "deploy", "--owner", "alice", "--kind", "static")
    assert missing.returncode == 2
    assert "project: name the project" in missing.stderr
    assert localhub_simulated.control.requests() == []


# -- the CLI and the template Space -------------------------------------------------------------


def test_cli_deploys_a_static_dashboard_and_says_how_to_fill_it(localhub_simulated):
    name = unique("static")
    result = run_cli(
        localhub_simulated,
        *("deploy", "--owner", "bob", "--name", name, "--kind", "static", "--project", "mnist"),
        token="hf_bob",
    )
    assert result.returncode == 0, result.stderr
    assert "It shows the project mnist once your first sync lands" in result.stdout
    assert f"trackio sync --project mnist --space-id bob/{name} --sdk static" in result.stdout
    plan = run_cli(
        localhub_simulated,
        *("plan", "--owner", "bob", "--kind", "static", "--project", "mnist", "--json"),
    )
    assert json.loads(plan.stdout)["kind"] == "static"


def test_publish_template_publishes_the_static_template_once(localhub_simulated):
    space = f"trackio-deployer/{unique('static-template')}"
    args = ("publish-template", "--kind", "static", "--to", space)
    first = run_cli(localhub_simulated, *args, token="hf_maintainer")
    assert first.returncode == 0, first.stderr
    assert "in one commit" in first.stdout
    again = run_cli(localhub_simulated, *args, token="hf_maintainer")
    assert "already matches trackio-static: nothing to publish" in again.stdout
    assert localhub_simulated.control.stats(space) == RepoStats(commits=1, builds=0)
    assert api(localhub_simulated).space_info(space).sdk == "static"

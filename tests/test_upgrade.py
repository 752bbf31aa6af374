"""Upgrading a dashboard in place, as safely as `trackio bump`: every point logged with trackio is
there afterwards, read back through the dashboard's API; a fault at each step ends rolled back with
what the dashboard held before; a log made meanwhile reaches it; refusals change nothing. Real
Spaces on localhub, trackio's own client logging to them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from huggingface_hub import CommitOperationAdd

from deployer import (
    Deployer,
    DeployError,
    DeployRequest,
    Done,
    Failed,
    HubClient,
    Problem,
    RunningDeploy,
    RunningDeploys,
    SignIn,
)
from deployer.dashboards import Listed, list_dashboards
from deployer.events import UPGRADE_STEPS, Step, StepFinished, StepStarted, Upgraded
from deployer.template import pinned_trackio_version, template_blob_ids
from deployer.upgrade import BACKUP_PREFIX, PAUSE_WRITES
from harness.older import OLDER_TRACKIO, pin_trackio
from localhub.control import Fault
from localhub.service import LocalHub
from localhub.testing import eventually, watch_stages
from sandbox import free_port, make_localhub, publish_template
from tests import guards
from tests.conftest import api, unique
from tests.test_trackio_buckets import ASLEEP, bucket_files
from tests.trackio_user import LOSSES, call_space, log_with_trackio, logged_losses, run_as_user

# Several projects and runs, logged by one training script with trackio.
RUNS = {"vision": ("run-a", "run-b"), "language": ("run-c",)}
SEVERAL_RUNS = f"""\
import sys

import trackio

for project, runs in {RUNS!r}.items():
    for run in runs:
        trackio.init(
            project=project, space_id=sys.argv[1], name=run, auto_log_cpu=False, auto_log_gpu=False
        )
        for step in range(3):
            trackio.log({{"loss": 1 / (step + 1)}})
        trackio.finish()
"""
DRIFTED_APP = b"import trackio\n\ntrackio.show()  # an older template\n"
LATER = ("later", "run-1")  # a run logged while the upgrade runs
ALL_LOGGED = {(project, run): LOSSES for project, runs in RUNS.items() for run in runs}


def every_point(host: str) -> dict[tuple[str, str], list[float]]:
    return {
        (project, run): logged_losses(host, project, run)
        for project, runs in RUNS.items()
        for run in runs
    }


def behind_dashboard(localhub: LocalHub, tmp_path: Path, *, drift: bool = True) -> str:
    """A dashboard with several projects and runs, whose app.py an older template wrote."""
    request = DeployRequest(owner="alice", name=unique("upgrade"))
    done = list(Deployer("hf_alice", endpoint=localhub.url).deploy(request))[-1]
    assert isinstance(done, Done), done
    run_as_user(localhub, tmp_path / "training", SEVERAL_RUNS, request.space_id)
    assert every_point(done.result.app_url) == ALL_LOGGED
    if drift:
        api(localhub).create_commit(
            request.space_id,
            [CommitOperationAdd("app.py", DRIFTED_APP)],
            commit_message="Deploy the Trackio dashboard (an older template)",
            repo_type="space",
        )
        assert watch_stages(api(localhub), request.space_id)[-1] == "RUNNING"
    return request.space_id


def upgrade(
    localhub: LocalHub,
    space_id: str,
    *,
    token: str = "hf_alice",
    on: dict[tuple[type, Step], Callable[[], Any]] | None = None,
    sign_in: SignIn | None = None,
    **options: float,
) -> list:
    """The upgrade's events; `on` runs an action as an event passes, e.g. on
    `(StepFinished, Step.PAUSE)`."""
    options = {"retry_budget": 5, "wait_timeout": 120, **options}
    events = []
    for event in Deployer(token, endpoint=localhub.url, **options).upgrade(
        space_id, sign_in=sign_in
    ):
        events.append(event)
        action = (on or {}).get((type(event), getattr(event, "step", None)))
        if action is not None:
            action()
    return events


def files_and_variables(localhub: LocalHub, space_id: str) -> tuple[dict, dict]:
    client = api(localhub)
    info = client.space_info(space_id, files_metadata=True)
    variables = {k: v.value for k, v in client.get_space_variables(space_id).items()}
    return {s.rfilename: s.blob_id for s in info.siblings or []}, variables


def log_later(localhub: LocalHub, tmp_path: Path, space_id: str) -> Callable[[], Any]:
    """A run logged while the upgrade has the dashboard paused: it goes to the bucket's inbox."""
    return lambda: log_with_trackio(
        localhub,
        tmp_path / "later",
        space_id=space_id,
        project=LATER[0],
        run=LATER[1],
        warnings=ASLEEP,
    )


def arrives(host: str) -> None:
    eventually(lambda: _losses_or_none(host) == LOSSES, timeout=90, what="the run logged meanwhile")


def _losses_or_none(host: str) -> list[float] | None:
    try:
        return logged_losses(host, *LATER)
    except httpx.HTTPError:
        return None


# -- an upgrade that works ---------------------------------------------------------------------------


def test_an_upgrade_keeps_every_point_of_several_projects_and_runs_for_six_writes_and_two_builds(
    localhub_running, tmp_path
):
    space = behind_dashboard(localhub_running, tmp_path)
    control = localhub_running.control
    control.clear_requests()
    builds = control.stats(space).builds
    training: list[int] = []  # where the training script's own requests start and end in the log

    def log_meanwhile() -> None:
        training.append(len(control.requests()))
        log_later(localhub_running, tmp_path, space)()
        training.append(len(control.requests()))

    events = upgrade(localhub_running, space, on={(StepFinished, Step.PAUSE): log_meanwhile})

    done = events[-1]
    assert isinstance(done, Done), done
    assert [e.step for e in events if isinstance(e, StepStarted)] == [
        s for s in UPGRADE_STEPS if s is not Step.STORAGE
    ]
    [upgraded] = [e for e in events if isinstance(e, Upgraded)]
    assert upgraded.checked == "2 projects, 3 runs, " + upgraded.checked.split(", ")[2]
    assert upgraded.to_version == pinned_trackio_version()
    host = done.result.app_url
    assert every_point(host) == ALL_LOGGED
    arrives(host)
    version = httpx.get(f"{host}/version").json()
    assert (version["version"], version["writes_paused"]) == (pinned_trackio_version(), False)
    files, variables = files_and_variables(localhub_running, space)
    assert files["app.py"] == template_blob_ids()["app.py"]
    assert PAUSE_WRITES not in variables
    backups = bucket_files(localhub_running, f"{space}-bucket", prefix=BACKUP_PREFIX)
    assert {path.rsplit("/", 1)[1] for path in backups} >= {"vision.db", "language.db"}
    requests = control.requests()
    writes = guards.writes(requests[: training[0]] + requests[training[1] :], "alice")
    assert [path.split("/")[-1] if "/spaces/" in path else path for _, path in writes] == [
        "pause",
        f"/api/buckets/{space}-bucket/batch",
        "variables",
        "main",
        "restart",
        "variables",
    ], "pause, one batch backup, the pause flag, one commit, restart, the flag removed"
    assert control.stats(space).builds == builds + 2


def test_a_dashboard_already_up_to_date_is_left_alone_without_a_write(localhub_running, tmp_path):
    space = behind_dashboard(localhub_running, tmp_path, drift=False)
    localhub_running.control.clear_requests()
    done = upgrade(localhub_running, space)[-1]
    assert isinstance(done, Done), done
    assert "already runs trackio" in done.result.path_reason
    assert guards.writes(localhub_running.control.requests(), "alice") == []


def test_never_two_upgrades_of_one_space_at_once(localhub_running, tmp_path):
    """The page (each Upgrade, "Upgrade all", a deploy that updates) starts every upgrade through
    one registry of what runs."""
    space = behind_dashboard(localhub_running, tmp_path)
    deploys = RunningDeploys()
    slow_pause = Fault(method="POST", path=f"/api/spaces/{space}/pause", delay_ms=1500)
    localhub_running.control.add_fault(slow_pause)

    def upgrading(running: RunningDeploy) -> Iterator:
        return Deployer("hf_alice", endpoint=localhub_running.url, cancel=running.cancel).upgrade(
            space
        )

    first = deploys.start_or_join(user="alice", space_id=space, session="a", deploy=upgrading)
    with pytest.raises(DeployError) as second:
        deploys.start_or_join(user="alice", space_id=space, session="b", deploy=upgrading)
    assert second.value.problem is Problem.DEPLOY_RUNNING
    with pytest.raises(DeployError) as other:  # another member of the organization, say
        deploys.start_or_join(user="bob", space_id=space.upper(), session="c", deploy=upgrading)
    assert other.value.problem is Problem.DEPLOY_RUNNING
    events = [event for batch in first.follow() for event in batch]
    assert isinstance(events[-1], Done), events[-1]


# -- refused before any change -----------------------------------------------------------------------


def refused(localhub: LocalHub, space: str, problem: Problem, **kwargs: Any) -> Failed:
    before = files_and_variables(localhub, space)
    localhub.control.clear_requests()
    failed = upgrade(localhub, space, **kwargs)[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is problem, failed
    assert guards.writes(localhub.control.requests()) == []
    assert files_and_variables(localhub, space) == before
    return failed


def test_a_space_that_is_not_trackio_is_refused_and_untouched(localhub_running):
    space = f"alice/{unique('plain')}"
    api(localhub_running).create_repo(space, repo_type="space", space_sdk="gradio")
    refused(localhub_running, space, Problem.NOT_TRACKIO)


def test_a_dashboard_this_person_may_not_write_is_refused_and_untouched(localhub_running, tmp_path):
    space = behind_dashboard(localhub_running, tmp_path)
    # This app's sign-in reaches only what the app made; the dashboard was made with a token.
    scopes = ("openid", "profile", "contribute-repos")
    token = localhub_running.control.mint_token("alice", scopes=list(scopes))
    failed = refused(
        localhub_running,
        space,
        Problem.NOT_CREATED_HERE,
        token=token,
        sign_in=SignIn(scopes=scopes, granted_orgs=()),
    )
    assert "Space was made elsewhere" in failed.message


def test_a_trackio_too_old_to_carry_over_is_refused_with_what_to_do(localhub_running):
    space = f"alice/{unique('ancient')}"
    client = api(localhub_running)
    client.create_repo(space, repo_type="space", space_sdk="gradio")
    card = "---\nsdk: gradio\napp_file: app.py\ntags: [trackio]\n---\n"
    client.create_commit(
        space,
        [
            CommitOperationAdd("README.md", card.encode()),
            CommitOperationAdd("app.py", b"import trackio\n\ntrackio.show()\n"),
            CommitOperationAdd("requirements.txt", b"trackio==0.20.0\n"),
        ],
        commit_message="A dashboard from long ago",
        repo_type="space",
    )
    failed = refused(localhub_running, space, Problem.CANNOT_UPGRADE)
    assert "older than 0.21.0" in failed.message
    assert "Deploy a new dashboard" in failed.message


def test_a_static_dashboard_is_not_upgraded_as_a_live_one(localhub_running):
    """(Upgraded as what it is, it gets its frontend in one commit: tests/test_dashboards.py.)"""
    space = f"alice/{unique('static')}"
    client = api(localhub_running)
    client.create_repo(space, repo_type="space", space_sdk="static")
    client.create_commit(
        space,
        [
            CommitOperationAdd("README.md", b"---\nsdk: static\ntags: [trackio]\n---\n"),
            CommitOperationAdd("config.json", json.dumps({"mode": "static"}).encode()),
        ],
        commit_message="A static dashboard",
        repo_type="space",
    )
    failed = refused(localhub_running, space, Problem.OTHER_KIND)
    assert "static" in failed.message


# -- faults at each step: rolled back, nothing lost ---------------------------------------------------


def rolled_back(
    localhub: LocalHub, tmp_path: Path, space: str, on: dict, **options: float
) -> Failed:
    """The upgrade with `on`'s faults fails, rolls back to what was there, and the run logged
    meanwhile still reaches the dashboard."""
    before = files_and_variables(localhub, space)
    host = api(localhub).space_info(space).host
    points = every_point(host)
    on = {(StepFinished, Step.PAUSE): log_later(localhub, tmp_path, space), **on}
    on.setdefault((StepStarted, Step.ROLLBACK), localhub.control.clear_faults)
    events = upgrade(localhub, space, on=on, **options)
    failed = events[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is Problem.ROLLED_BACK, failed
    assert "rolled back" in failed.message
    assert "Nothing was lost" in failed.message
    assert [e for e in events if isinstance(e, StepFinished) and e.step is Step.ROLLBACK]
    assert files_and_variables(localhub, space) == before
    assert every_point(host) == points
    assert str(api(localhub).get_space_runtime(space).stage) == "RUNNING"
    arrives(host)
    return failed


@pytest.mark.parametrize(
    ("step", "method", "path"),
    [
        (Step.BACKUP, "POST", "/api/buckets/{space}-bucket/batch"),
        (Step.COMMIT, "POST", "/api/spaces/{space}/commit/*"),
    ],
    ids=["the backup copy", "the commit"],
)
def test_a_hub_call_failing_past_its_retries_is_rolled_back(
    localhub_running, tmp_path, step, method, path
):
    space = behind_dashboard(localhub_running, tmp_path)
    fault = Fault(method=method, path=path.format(space=space), status=500, times=None)
    failed = rolled_back(
        localhub_running,
        tmp_path,
        space,
        {(StepStarted, step): lambda: localhub_running.control.add_fault(fault)},
    )
    assert failed.step is step
    assert "HTTP 500" in failed.message


def test_new_files_that_fail_to_start_are_rolled_back(localhub_running, tmp_path):
    space = behind_dashboard(localhub_running, tmp_path)
    failed = rolled_back(
        localhub_running,
        tmp_path,
        space,
        {
            (StepStarted, Step.COMMIT): lambda: localhub_running.control.fail_builds(
                space, message="ImportError: a broken release"
            )
        },
    )
    assert failed.step is Step.BUILD
    assert "ImportError: a broken release" in failed.message


def test_an_inventory_the_new_version_does_not_serve_is_rolled_back(localhub_running, tmp_path):
    space = behind_dashboard(localhub_running, tmp_path)

    def lose_a_project() -> None:
        api(localhub_running).batch_bucket_files(f"{space}-bucket", delete=["trackio/language.db"])

    failed = rolled_back(
        localhub_running, tmp_path, space, {(StepStarted, Step.COMMIT): lose_a_project}
    )
    assert failed.step is Step.VERIFY
    assert "the project language is not served" in failed.message


# -- localhub restarting mid-upgrade ------------------------------------------------------------------


class Restartable:
    """A localhub of the test's own, on fixed data and port, that the test kills and starts."""

    def __init__(self, folder: Path) -> None:
        self.options = {"spaces": "run", "data": folder, "port": free_port()}
        self.now = make_localhub(**self.options).start()
        publish_template(self.now.url)

    def kill(self) -> None:
        self.now.kill()  # a crash: nothing gets the chance to flush

    def start(self) -> None:
        self.now = make_localhub(**self.options).start()

    def restart(self) -> None:
        self.kill()
        self.start()


@pytest.fixture
def restartable(tmp_path) -> Iterator[Restartable]:
    hub = Restartable(tmp_path / "localhub")
    yield hub
    hub.now.stop()


def test_a_restart_of_the_hub_mid_upgrade_is_ridden_out_and_nothing_is_lost(restartable, tmp_path):
    space = behind_dashboard(restartable.now, tmp_path)
    events = upgrade(
        restartable.now,
        space,
        retry_budget=60,
        on={
            (StepFinished, Step.PAUSE): log_later(restartable.now, tmp_path, space),
            (StepStarted, Step.BUILD): restartable.restart,
        },
    )
    done = events[-1]
    assert isinstance(done, Done), done
    host = done.result.app_url
    assert every_point(host) == ALL_LOGGED
    arrives(host)


def test_an_upgrade_cut_off_from_the_hub_says_so_and_upgrading_again_finishes_it(
    restartable, tmp_path
):
    space = behind_dashboard(restartable.now, tmp_path)
    events = upgrade(
        restartable.now,
        space,
        retry_budget=2,
        health_timeout=5,
        on={
            (StepFinished, Step.PAUSE): log_later(restartable.now, tmp_path, space),
            (StepStarted, Step.VERIFY): restartable.kill,
        },
    )
    failed = events[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is Problem.UPGRADE_INTERRUPTED, failed
    assert "Upgrade it again" in failed.message
    assert f"hf://buckets/{space}-bucket/{BACKUP_PREFIX}/" in failed.message

    restartable.start()
    done = upgrade(restartable.now, space)[-1]
    assert isinstance(done, Done), done
    host = done.result.app_url
    assert every_point(host) == ALL_LOGGED
    arrives(host)
    assert PAUSE_WRITES not in files_and_variables(restartable.now, space)[1]


# -- a real version change ------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_dashboard_on_an_older_trackio_is_upgraded_to_the_pinned_one(tmp_path):
    """localhub installs each Space's requirements (`--install-requirements`): the dashboard really
    runs trackio 0.42.0 from PyPI, then the pinned one, and keeps every point."""
    older = OLDER_TRACKIO
    with make_localhub(spaces="run", install_requirements=True, data=tmp_path / "hub") as hub:
        publish_template(hub.url)
        request = DeployRequest(owner="alice", name=unique("older"))
        done = list(Deployer("hf_alice", endpoint=hub.url, wait_timeout=600).deploy(request))[-1]
        assert isinstance(done, Done), done
        space, host = request.space_id, done.result.app_url
        pin_trackio(api(hub), space, older)
        assert watch_stages(api(hub), space, timeout=600)[-1] == "RUNNING"
        assert httpx.get(f"{host}/version").json()["version"] == older
        run_as_user(hub, tmp_path / "training", SEVERAL_RUNS, space)
        listed = list(list_dashboards(HubClient("hf_alice", endpoint=hub.url)))[-1]
        assert isinstance(listed, Listed)
        [dashboard] = [d for d in listed.dashboards if d.space_id == space]
        assert (dashboard.trackio_version, dashboard.behind) == (older, True)

        events = upgrade(
            hub,
            space,
            wait_timeout=600,
            on={(StepFinished, Step.PAUSE): log_later(hub, tmp_path, space)},
        )
        done = events[-1]
        assert isinstance(done, Done), done
        [upgraded] = [e for e in events if isinstance(e, Upgraded)]
        assert (upgraded.from_version, upgraded.to_version) == (older, pinned_trackio_version())
        assert httpx.get(f"{host}/version").json()["version"] == pinned_trackio_version()
        assert every_point(host) == ALL_LOGGED
        arrives(host)
        assert call_space(host, "get_all_projects").json()["data"] == sorted([*RUNS, LATER[0]])

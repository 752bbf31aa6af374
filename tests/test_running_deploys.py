"""The registry of running deploys (`deployer.running`), without a browser: one deploy per person
and per Space, a second click of the same tab joins it (and takes over following it: one tab, one
follower), and a finished or crashed deploy frees both.

Most tests run a deploy whose pace the test sets (it waits on a gate between its events), so that
"while it runs" is certain; the last runs the real deployer against localhub."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from deployer import (
    Deployer,
    DeployError,
    DeployPath,
    DeployRequest,
    Done,
    Event,
    Problem,
    Result,
    RunningDeploys,
)
from deployer.events import STEP_TITLES, Step, StepStarted
from tests.conftest import api, unique

STARTED = StepStarted(step=Step.CHECK, title=STEP_TITLES[Step.CHECK])
FINISHED = Done(
    Result(
        space_id="alice/trackio",
        space_url="http://hub/spaces/alice/trackio",
        app_url="http://alice-trackio.hub",
        path=DeployPath.DUPLICATE,
        path_reason="the template Space matches this app's template",
        stage="RUNNING",
        ready=True,
    )
)
WAIT = 30  # seconds: a generous bound on a thread's next step, never reached when all is well


class Paced:
    """A deploy that sends one event, then waits for `release` before it ends (or raises)."""

    def __init__(self, *, crash: bool = False) -> None:
        self.release = threading.Event()
        self.calls = 0
        self.crash = crash

    def __call__(self, _running=None) -> Iterator[Event]:
        self.calls += 1
        yield STARTED
        assert self.release.wait(WAIT)
        if self.crash:
            raise RuntimeError("the deploy broke")
        yield FINISHED


def start(deploys: RunningDeploys, deploy, *, user="alice", space="alice/trackio", session="tab-1"):
    return deploys.start_or_join(user=user, space_id=space, session=session, deploy=deploy)


def refused(deploys: RunningDeploys, deploy, **who: str) -> DeployError:
    with pytest.raises(DeployError) as raised:
        start(deploys, deploy, **who)
    assert raised.value.problem is Problem.DEPLOY_RUNNING
    return raised.value


def followed(running) -> list:
    return [event for batch in running.follow() for event in batch]


def test_a_second_click_in_the_same_tab_joins_the_deploy_and_follows_it_from_the_start():
    deploys, deploy = RunningDeploys(), Paced()
    first = start(deploys, deploy)
    second = start(deploys, deploy)
    assert second.deploy is first.deploy
    deploy.release.set()
    assert followed(second) == [STARTED, FINISHED]
    assert deploy.calls == 1, "one deploy ran"


def test_one_tab_has_one_follower_whatever_its_clicks():
    """As found: each repeated click of one tab followed the deploy too, holding one of the page's
    deploy slots; 64 of them stalled everyone else's deploys and page loads. Now a later click
    takes over, and the earlier follower ends at once, without waiting for the deploy."""
    deploys, deploy = RunningDeploys(), Paced()
    clicks = [start(deploys, deploy) for _ in range(100)]
    streams = [click.follow() for click in clicks]
    ended = [list(stream) for stream in streams[:-1]]  # returns at once: no deploy event needed
    assert ended == [[] for _ in ended]
    deploy.release.set()
    assert [e for batch in streams[-1] for e in batch] == [STARTED, FINISHED]
    assert deploy.calls == 1


def test_a_follower_overtaken_mid_deploy_stops_and_the_new_one_sees_everything():
    deploys, deploy = RunningDeploys(), Paced()
    first = start(deploys, deploy)
    stream = first.follow()
    assert next(stream) == [STARTED]
    second = start(deploys, deploy)
    assert list(stream) == [], "the first click stops following"
    deploy.release.set()
    assert followed(second) == [STARTED, FINISHED]


def test_the_same_person_in_another_tab_is_told_their_deploy_runs():
    deploys, deploy = RunningDeploys(), Paced()
    running = start(deploys, deploy)
    other_tab = refused(deploys, Paced(), session="tab-2")
    assert other_tab.message == (
        "You already have a deploy of alice/trackio running; wait for it to finish."
    )
    another_space = refused(deploys, Paced(), space="alice/other")
    assert "alice/trackio" in another_space.message
    deploy.release.set()
    followed(running)


def test_another_person_deploying_the_same_space_is_refused_whatever_its_case():
    deploys, deploy = RunningDeploys(), Paced()
    running = start(deploys, deploy)
    stranger = refused(deploys, Paced(), user="bob", space="Alice/Trackio", session="tab-9")
    assert stranger.message == (
        "Someone is deploying Alice/Trackio right now; try again when it is done."
    )
    deploy.release.set()
    followed(running)


# A crashed deploy's traceback goes to the server log, as a thread's does.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
@pytest.mark.parametrize("crash", [False, True], ids=["finished", "crashed"])
def test_a_deploy_that_ends_frees_the_person_and_the_space(crash):
    deploys, deploy = RunningDeploys(), Paced(crash=crash)
    running = start(deploys, deploy)
    deploy.release.set()
    assert followed(running)[0] == STARTED, "its followers get what it sent, then the end"
    for thread in threading.enumerate():  # its traceback is reported here, not in the next test
        if thread.name == "deploy alice/trackio":
            thread.join(WAIT)
    again = Paced()
    again.release.set()
    assert followed(start(deploys, again, session="tab-2")) == [STARTED, FINISHED]
    bob = Paced()
    bob.release.set()
    assert followed(start(deploys, bob, user="bob")) == [STARTED, FINISHED]


def test_a_follower_that_joins_late_gets_everything_from_the_start():
    deploys, deploy = RunningDeploys(), Paced()
    running = start(deploys, deploy)
    deploy.release.set()
    followed(running)
    assert followed(running) == [STARTED, FINISHED]


def test_the_real_deployer_runs_to_a_dashboard_in_a_thread_of_its_own(localhub_simulated):
    name = unique("registry")
    request = DeployRequest(owner="alice", name=name)
    deploys = RunningDeploys()
    running = deploys.start_or_join(
        user="alice",
        space_id=request.space_id,
        session="tab-1",
        deploy=lambda _running: Deployer("hf_alice", endpoint=localhub_simulated.url).deploy(
            request
        ),
    )
    events = followed(running)
    assert isinstance(events[-1], Done), events[-1]
    assert events[-1].result.space_id == f"alice/{name}"
    assert running.deploy.finished


def test_a_retry_is_reported_as_it_waits_and_cancel_stops_the_deploy_saying_what_exists(
    localhub_simulated,
):
    """The Hub answers 503 to the duplicate: followers hear each retry before its wait, and a
    cancel from the tab that started the deploy ends it at once, with no Space made."""
    from deployer.events import Failed, Retrying
    from localhub.control import Fault

    request = DeployRequest(owner="alice", name=unique("cancel"))
    deploys = RunningDeploys()
    localhub_simulated.control.add_fault(
        Fault(method="POST", path="/api/spaces/*/duplicate", status=503, times=None)
    )
    try:
        following = start(
            deploys,
            lambda running: Deployer(
                "hf_alice",
                endpoint=localhub_simulated.url,
                on_retry=running.report,
                cancel=running.cancel,
            ).deploy(request),
            space=request.space_id,
        )
        seen = []
        for batch in following.follow():
            seen += batch
            if any(isinstance(e, Retrying) for e in batch):
                assert not deploys.cancel(user="alice", session="another tab")
                assert deploys.cancel(user="alice", session="tab-1")
    finally:
        localhub_simulated.control.clear_faults()
    retry = next(e for e in seen if isinstance(e, Retrying))
    assert (retry.attempt, retry.reason) == (2, "HTTP 503")
    assert retry.wait > 0
    last = seen[-1]
    assert isinstance(last, Failed)
    assert last.problem is Problem.CANCELLED
    assert last.message.startswith("Cancelled before any Space was created.")
    assert f"The bucket {request.bucket_id} exists and is kept" in last.message
    assert not api(localhub_simulated).repo_exists(request.space_id, repo_type="space")

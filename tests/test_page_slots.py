"""One person's repeated clicks cannot stall Deploy for everyone (issue 16, finding 3), through the
real page: each click that follows a deploy holds one of the page's deploy slots
(`DEPLOY_CONCURRENCY`), and one tab clicking Deploy over and over used to hold them all (64 clicks
slowed another person's deploy from 0.6 s to 22.8 s, and with a Space that keeps building, held
them for its whole wait). One tab, one follower: its earlier clicks stop following at once."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from harness.driver import PageDriver
from harness.servers import sandbox_page
from localhub.signin import sign_in
from page.form import Form
from page.ids import ElementId
from sandbox import make_localhub
from tests.conftest import unique

DEPLOY_SLOTS = 64  # app.DEPLOY_CONCURRENCY: importing app.py would build the page here
CLICKS = DEPLOY_SLOTS + 6


@pytest.fixture(scope="module")
def localhub_off_slots():
    """Spaces stay BUILDING: a deploy runs (and its followers follow) as long as the test needs."""
    with make_localhub(spaces="off") as running:
        yield running


@pytest.fixture(scope="module")
def page_url(localhub_off_slots, tmp_path_factory):
    log = tmp_path_factory.mktemp("app") / "app.log"
    with sandbox_page(localhub_off_slots.url, log=log) as page:
        yield page.url


def signed_in(page_url: str, user: str) -> PageDriver:
    tab = PageDriver(page_url, sign_in(page_url, user).cookie)
    assert f'data-user="{user}"' in tab.load().value(ElementId.SIGNED_IN_AS)
    return tab


def eventually(condition: Callable[[], bool], *, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting: {what}"
        time.sleep(0.1)


def test_one_tab_clicking_deploy_over_and_over_leaves_the_deploy_slots_to_everyone_else(
    page_url,
):
    alice, carol = signed_in(page_url, "alice"), signed_in(page_url, "carol")
    answered = len(alice.responses)  # the queue's answers so far: to her page load
    clicks = alice.start(
        [alice.deploy_call(Form(owner="alice", name=unique("clicked"), storage=False))] * CLICKS
    )
    eventually(
        lambda: len(alice.responses) == answered + CLICKS, what="alice's clicks are all queued"
    )

    theirs = carol.start_deploy(Form(owner="carol", name=unique("waiting"), storage=False))
    eventually(
        lambda: 'data-step="check" data-state="done"' in theirs.value(ElementId.STEPS),
        what="carol's deploy gets a slot and passes its checks",
    )
    eventually(
        lambda: sum(not click.ended.is_set() for click in clicks) <= 1,
        what="alice's earlier clicks stop following her deploy",
    )

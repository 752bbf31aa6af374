"""Opening the page while the Hub is slow: page loads do not wait for each other (no eight at a
time), everyone gets signed in, and nobody's page load shortens the time-out of someone else's
deploy (the finding behind a shared HTTP client's time-out set by every session)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.concurrency import bench_users, write_seed
from harness.driver import PageDriver
from harness.servers import sandbox_page
from localhub.control import Fault
from localhub.signin import sign_in
from page.form import Form
from page.ids import ElementId
from sandbox import make_localhub, publish_template
from tests.conftest import unique

SLOW_SECONDS = 20  # what the Hub takes to answer, longer than a lookup's 15 s time-out
PEOPLE = 24


@pytest.fixture(scope="module")
def slow_hub(tmp_path_factory):
    scratch: Path = tmp_path_factory.mktemp("slow")
    seed = write_seed(scratch / "seed.json", bench_users(PEOPLE))
    with make_localhub(spaces="simulate", seed=seed, log_path=scratch / "hub.log") as hub:
        publish_template(hub.url)
        with sandbox_page(hub.url, log=scratch / "app.log") as page:
            yield hub, page


def test_24_people_opening_the_page_at_once_with_a_slow_whoami_are_all_signed_in(slow_hub):
    hub, page = slow_hub
    users = bench_users(PEOPLE)
    with ThreadPoolExecutor(max_workers=8) as pool:
        cookies = list(pool.map(lambda user: sign_in(page.url, user).cookie, users))
    hub.control.add_fault(
        Fault(method="GET", path="/api/whoami-v2", delay_ms=SLOW_SECONDS * 1000, times=None)
    )
    try:

        def open_page(user_cookie: tuple[str, str]) -> tuple[str, float, str]:
            user, cookie = user_cookie
            started = time.monotonic()
            loaded = PageDriver(page.url, cookie).load(Form(owner=user))
            assert loaded.error is None, loaded.error
            return user, time.monotonic() - started, loaded.value(ElementId.OWNER)

        with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
            opened = list(pool.map(open_page, zip(users, cookies, strict=True)))
    finally:
        hub.control.clear_faults()
    assert [owner for _, _, owner in opened] == users, "each person's account was read"
    slowest = max(seconds for _, seconds, _ in opened)
    # Eight at a time would take three rounds of the slow answer.
    assert slowest < 2 * SLOW_SECONDS, f"the last page load took {slowest:.0f} s"


def test_a_slow_hub_does_not_fail_a_deploy_while_another_person_loads_the_page(slow_hub):
    """Each runtime read takes 20 s: a deploy (30 s per call) copes; the page loads alongside
    (15 s per lookup) must not shorten the deploy's time-out."""
    hub, page = slow_hub
    deployer, visitor = bench_users(2)
    name = unique("slow")
    hub.control.add_fault(
        Fault(
            method="GET",
            path=f"/api/spaces/{deployer}/{name}/runtime",
            delay_ms=SLOW_SECONDS * 1000,
            times=None,
        )
    )
    stop = threading.Event()
    loads = []

    def load_in_a_loop() -> None:
        tab = PageDriver(page.url, sign_in(page.url, visitor).cookie)
        while not stop.is_set():
            loads.append(tab.load(Form(owner=visitor)))

    looping = threading.Thread(target=load_in_a_loop, daemon=True)
    looping.start()
    try:
        tab = PageDriver(page.url, sign_in(page.url, deployer).cookie)
        tab.load(Form(owner=deployer))
        finished = tab.deploy(Form(owner=deployer, name=name))
    finally:
        stop.set()
        hub.control.clear_faults()
        looping.join(timeout=60)
    assert 'data-outcome="done"' in finished.value(ElementId.STEPS), finished.value(
        ElementId.SUMMARY
    )
    assert len(loads) >= 3, "the other person kept loading the page meanwhile"

"""Time from Deploy to a dashboard that answers, on the page in sandbox mode (localhub really runs
the Space), split into the deployer's own time and localhub's build and start time.

The split comes from outside both: the click and the page's updates are timed where the page
driver receives them, and the Space's `/version` is probed every 20 ms from the moment it exists.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench.concurrency import Person, signed_in
from bench.figures import BenchError, Figure
from bench.hubcost import answers
from bench.watch import Watch
from harness.servers import sandbox_page
from localhub.service import LocalHub
from page.form import Form


@dataclass(frozen=True)
class DashboardRun:
    total: float  # click to the deploy's end: the page says the dashboard is running
    before_build: float  # click to the Space created: checks, bucket, duplicate (the deployer)
    build_and_start: float  # created to /version answering: localhub builds and starts it
    notice_and_verify: float  # answering to the page's last update: polling, verify (the deployer)

    @property
    def deployer(self) -> float:
        return self.before_build + self.notice_and_verify


def deploy_and_time(
    person: Person, *, hub_url: str, token: str, name: str, timeout: float = 300
) -> DashboardRun:
    space_id = f"{person.user}/{name}"
    watch = Watch(person.tab.start_deploy(Form(owner=person.user, name=name)))
    clicked = watch.clicked
    host: str | None = None
    answered: float | None = None
    next_probe = 0.0
    deadline = clicked + timeout
    with httpx.Client(timeout=2) as client:
        while not watch.poll():
            now = time.perf_counter()
            if now > deadline:
                raise BenchError(f"the deploy of {space_id} did not end within {timeout:.0f} s")
            if watch.created is not None and host is None:
                info = client.get(
                    f"{hub_url}/api/spaces/{space_id}",
                    headers={"authorization": f"Bearer {token}"},
                )
                host = info.json().get("host")
            if host and answered is None and now >= next_probe:
                if answers(client, host):
                    answered = time.perf_counter()
                next_probe = now + 0.02
            time.sleep(0.005)
    if not watch.succeeded or watch.done is None:
        raise BenchError(f"the deploy of {space_id} did not succeed: {watch.summary[:300]!r}")
    if watch.created is None or answered is None:
        raise BenchError(f"the deploy of {space_id} ended before its dashboard was seen answering")
    return DashboardRun(
        total=watch.done - clicked,
        before_build=watch.created - clicked,
        build_and_start=answered - watch.created,
        notice_and_verify=watch.done - answered,
    )


def measure(
    localhub: LocalHub, *, owner: str, token: str, runs: int, scratch: Path
) -> list[DashboardRun]:
    """`runs` deploys by one signed-in person on the page in sandbox mode against `localhub`."""
    with sandbox_page(localhub.url, log=scratch / "dashboard-page.log") as page:
        person = signed_in(page.url, owner)
        try:
            return [
                deploy_and_time(
                    person,
                    hub_url=localhub.url,
                    token=token,
                    name=f"ttd-{n}-{uuid.uuid4().hex[:6]}",
                )
                for n in range(runs)
            ]
        finally:
            person.tab.close()


def summary(runs: list[DashboardRun]) -> dict[str, Any]:
    def figure(values: list[float]) -> dict[str, float | int]:
        return Figure.of(values).to_dict()

    return {
        "total_s": figure([r.total for r in runs]),
        "deployer_s": figure([r.deployer for r in runs]),
        "localhub_build_and_start_s": figure([r.build_and_start for r in runs]),
        "before_build_s": figure([r.before_build for r in runs]),
        "notice_and_verify_s": figure([r.notice_and_verify for r in runs]),
    }

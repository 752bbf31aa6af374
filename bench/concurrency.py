"""Many people deploying at once through the page's queue: each a signed-in tab of its own (the
page driver with the page's session cookie), localhub adding latency to every Hub request and
simulating Spaces (RUNNING without a process), so the figures are the deployer's and the page's,
not trackio's start-up."""

from __future__ import annotations

import json
import sys
import tomllib
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.figures import BenchError, Figure, percentile
from bench.watch import Watch, follow
from harness.driver import PageDriver
from harness.servers import ChildServer, sandbox_page
from localhub.signin import sign_in
from page.form import Form
from page.ids import ElementId
from sandbox import SEED, free_port, make_localhub

USERS = 32
LATENCY_MS = 150
TIMEOUT_SECONDS = 600


def bench_users(count: int) -> list[str]:
    return [f"bench{n:02d}" for n in range(1, count + 1)]


def write_seed(path: Path, users: list[str]) -> Path:
    """This project's seed (the template's maintainer among them) plus PRO bench users."""
    data = tomllib.loads(SEED.read_text(encoding="utf-8"))
    data["users"] += [{"name": u, "fullname": f"Bench {u}", "plan": "pro"} for u in users]
    data["tokens"] += [{"value": f"hf_{u}", "user": u, "role": "write"} for u in users]
    path.write_text(json.dumps(data, indent=2))
    return path


@dataclass(frozen=True)
class Deploy:
    """One click, in seconds from the round's first click."""

    user: str
    clicked: float
    first: float
    done: float
    succeeded: bool


@dataclass(frozen=True)
class Round:
    deploys: tuple[Deploy, ...]

    @property
    def makespan(self) -> float:
        return max(d.done for d in self.deploys)

    @property
    def first_progress_ms(self) -> list[float]:
        return [(d.first - d.clicked) * 1000 for d in self.deploys]

    @property
    def click_to_done(self) -> list[float]:
        return [d.done - d.clicked for d in self.deploys]

    @property
    def failed(self) -> list[str]:
        return [d.user for d in self.deploys if not d.succeeded]


@dataclass
class Concurrency:
    users: int
    latency_ms: int
    singles: list[float] = field(default_factory=list)  # one deploy alone, click to done
    rounds: list[Round] = field(default_factory=list)
    floor: list[Round] = field(default_factory=list)  # the same clicks on a page that does nothing

    @property
    def single(self) -> Figure:
        return Figure.of(self.singles)

    @property
    def makespan(self) -> Figure:
        return Figure.of([r.makespan for r in self.rounds])

    def to_dict(self) -> dict[str, Any]:
        """Percentiles are taken within each round; each figure is their median over rounds."""
        deploys = sum(len(r.deploys) for r in self.rounds)
        middle = sorted(self.rounds, key=lambda r: r.makespan)[len(self.rounds) // 2]
        return {
            "users": self.users,
            "latency_ms": self.latency_ms,
            "rounds": len(self.rounds),
            "deploys": deploys,
            "succeeded": deploys - sum(len(r.failed) for r in self.rounds),
            "single_deploy_s": self.single.to_dict(),
            "makespan_s": self.makespan.to_dict(),
            "makespan_over_single": round(self.makespan.median / self.single.median, 2),
            "first_progress_ms": _percentiles([r.first_progress_ms for r in self.rounds], 1),
            "click_to_done_s": _percentiles([r.click_to_done for r in self.rounds], 3),
            "floor_first_progress_ms": _percentiles([r.first_progress_ms for r in self.floor], 1),
            # Each page round against the floor round right after it, p95 over p95.
            "first_progress_p95_over_floor": Figure.of(
                [
                    percentile(r.first_progress_ms, 95) / percentile(f.first_progress_ms, 95)
                    for r, f in zip(self.rounds, self.floor, strict=True)
                ]
            ).to_dict(2),
            "timeline": [  # the round with the median makespan, for the plot
                {
                    "user": d.user,
                    "clicked": round(d.clicked, 3),
                    "first": round(d.first, 3),
                    "done": round(d.done, 3),
                    "succeeded": d.succeeded,
                }
                for d in sorted(middle.deploys, key=lambda d: d.clicked)
            ],
        }


def _percentiles(rounds: list[list[float]], digits: int) -> dict[str, dict]:
    return {
        name: Figure.of([percentile(values, q) for values in rounds]).to_dict(digits)
        for name, q in (("p50", 50), ("p95", 95), ("max", 100))
    }


@dataclass
class Person:
    """Someone with the page open in a tab: signed in on the page, anyone on the echo page."""

    user: str
    tab: PageDriver


def signed_in(page_url: str, user: str) -> Person:
    tab = PageDriver(page_url, sign_in(page_url, user).cookie)
    if f'data-user="{user}"' not in tab.load(Form(owner=user)).value(ElementId.SIGNED_IN_AS):
        raise BenchError(f"the page does not see {user} as signed in")
    return Person(user=user, tab=tab)


def deploy_all(people: list[Person], *, tag: str) -> Round:
    """Everyone clicks Deploy at once; each click and update is timed where it happens."""
    watches = [
        Watch(p.tab.start_deploy(Form(owner=p.user, name=f"{tag}-{uuid.uuid4().hex[:6]}")))
        for p in people
    ]
    follow(watches, timeout=TIMEOUT_SECONDS)
    start = min(w.clicked for w in watches)
    return Round(
        deploys=tuple(
            Deploy(
                user=p.user,
                clicked=w.clicked - start,
                first=(w.first if w.first is not None else w.done) - start,
                done=w.done - start,
                succeeded=w.succeeded,
            )
            for p, w in zip(people, watches, strict=True)
            if w.done is not None
        )
    )


def measure(*, scratch: Path, singles: int, rounds: int, users: int = USERS) -> Concurrency:
    """The page's rounds and the floor's take turns (a page round, then an echo round), so that
    both meet the machine in the same state: the ratio between them is what the target holds."""
    names = bench_users(users)
    seed = write_seed(scratch / "concurrency-seed.json", names)
    result = Concurrency(users=users, latency_ms=LATENCY_MS)
    port = free_port()
    echo_command = [sys.executable, "-m", "bench.echo_page", str(port)]
    # Simulated Spaces cost nothing, so none is paused to make room while the rounds run.
    with (
        make_localhub(
            spaces="simulate",
            latency_ms=LATENCY_MS,
            seed=seed,
            max_running=users * (rounds + 2) + 8,
            log_path=scratch / "concurrency-localhub.log",
        ) as localhub,
        sandbox_page(localhub.url, log=scratch / "concurrency-page.log") as page,
        ChildServer(command=echo_command, port=port, log=scratch / "echo-page.log") as echo,
    ):
        with ThreadPoolExecutor(max_workers=8) as pool:
            people = list(pool.map(lambda user: signed_in(page.url, user), names))
        # The floor: what Gradio's queue and the driver take for the same clicks when the
        # handler does nothing, the part of click-to-first-update no change to the page removes.
        echoes = [Person(user=u, tab=PageDriver(echo.url)) for u in names]
        try:
            # Unmeasured: the first burst also starts the pages' worker threads and connections.
            deploy_all(people, tag="warmup")
            deploy_all(echoes, tag="warmup")
            for n in range(singles):
                alone = deploy_all(people[:1], tag=f"single{n}")
                if alone.failed:
                    raise BenchError(f"a single deploy failed under {LATENCY_MS} ms latency")
                result.singles.append(alone.makespan)
            for n in range(rounds):
                result.rounds.append(deploy_all(people, tag=f"round{n}"))
                result.floor.append(deploy_all(echoes, tag=f"echo{n}"))
        finally:
            for person in people + echoes:
                person.tab.close()
    return result

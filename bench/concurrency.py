"""Many people deploying at once through the page's queue: each a signed-in session of its own
(gradio_client with the page's session cookie), localhub adding latency to every Hub request and
simulating Spaces (RUNNING without a process), so the figures are the deployer's and the page's,
not trackio's start-up."""

from __future__ import annotations

import json
import sys
import time
import tomllib
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bench.harness import (
    BenchError,
    Figure,
    PageSession,
    Server,
    Watch,
    follow,
    free_port,
    gradio_client,
    page_server,
    percentile,
)
from localhub.service import LocalHub
from localhub.signin import sign_in
from sandbox import SEED, SIMULATED_TRACKIO

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


class Clicker(Protocol):
    user: str

    def deploy(self, *, name: str) -> Any: ...


@dataclass
class EchoSession:
    """A person on the echo page (bench/echo_page.py): no sign-in, a Deploy that does no work."""

    user: str
    client: Any

    def deploy(self, *, name: str) -> Any:
        return self.client.submit(*[name] * 12, api_name="/deploy")

    def close(self) -> None:
        self.client.close()


def deploy_all(sessions: list[Clicker], *, tag: str) -> Round:
    """Everyone clicks Deploy at once; each click and update is timed where it happens."""
    watches = []
    for session in sessions:
        job_name = f"{tag}-{uuid.uuid4().hex[:6]}"
        clicked = time.perf_counter()
        watches.append(Watch(session.deploy(name=job_name), clicked))
    follow(watches, timeout=TIMEOUT_SECONDS)
    start = min(w.clicked for w in watches)
    return Round(
        deploys=tuple(
            Deploy(
                user=s.user,
                clicked=w.clicked - start,
                first=(w.first if w.first is not None else w.done) - start,
                done=w.done - start,
                succeeded=w.succeeded,
            )
            for s, w in zip(sessions, watches, strict=True)
            if w.done is not None
        )
    )


def measure(*, scratch: Path, singles: int, rounds: int, users: int = USERS) -> Concurrency:
    names = bench_users(users)
    seed = write_seed(scratch / "concurrency-seed.json", names)
    result = Concurrency(users=users, latency_ms=LATENCY_MS)
    # Simulated Spaces cost nothing, so none is paused to make room while the rounds run.
    with (
        LocalHub(
            spaces="simulate",
            simulated_space=SIMULATED_TRACKIO,
            latency_ms=LATENCY_MS,
            seed=seed,
            max_running=users * (rounds + 2) + 8,
            log_path=scratch / "concurrency-localhub.log",
        ) as hub,
        page_server(hub.url, log=scratch / "concurrency-page.log") as page,
    ):
        with ThreadPoolExecutor(max_workers=8) as pool:
            sessions = list(
                pool.map(
                    lambda user: PageSession.open(
                        page.url, user=user, cookie=sign_in(page.url, user).cookie
                    ),
                    names,
                )
            )
        try:
            # Unmeasured: the first burst also starts the page's worker threads and connections.
            deploy_all(sessions, tag="warmup")
            for n in range(singles):
                alone = deploy_all(sessions[:1], tag=f"single{n}")
                if alone.failed:
                    raise BenchError(f"a single deploy failed under {LATENCY_MS} ms latency")
                result.singles.append(alone.makespan)
            for n in range(rounds):
                result.rounds.append(deploy_all(sessions, tag=f"round{n}"))
        finally:
            for session in sessions:
                session.close()
    result.floor = floor(users=names, rounds=rounds, scratch=scratch)
    return result


def floor(*, users: list[str], rounds: int, scratch: Path) -> list[Round]:
    """What Gradio's queue and gradio_client take for the same clicks when the handler does
    nothing: the part of click-to-first-update that no change to the page can remove."""
    port = free_port()
    command = [sys.executable, "bench/echo_page.py", str(port)]
    with Server(command=command, port=port, log=scratch / "echo-page.log") as echo:
        sessions = [EchoSession(user=u, client=gradio_client(echo.url)) for u in users]
        try:
            deploy_all(sessions, tag="warmup")
            return [deploy_all(sessions, tag=f"echo{n}") for n in range(rounds)]
        finally:
            for session in sessions:
                session.close()

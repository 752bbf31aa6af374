"""The Hub cost of one deploy, read from localhub's request log and counters: our duplicate path
(bucket + one duplicate), our upload path (bucket + create + one commit), and trackio's own
`trackio.deploy.deploy_as_space` deploying an equivalent Space on the same localhub."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.figures import BenchError, Figure
from harness import LOCAL
from localhub.service import LocalHub
from sandbox import ROOT

PATHS = ("duplicate", "upload", "trackio")  # ours by the deployer's path, then trackio's own
COUNTS = ("requests", "writes", "commits", "builds")
# What the running dashboard itself reads with its HF_TOKEN secret (the deploying user's token, as
# trackio sets it): its bucket's inbox, writers' tokens. Not the deploy's cost; counted apart.
DASHBOARD_READS = ("/api/buckets/", "/auth-check")
WAITING = ("/runtime", "/logs/build", "/logs/run")
MISSING_TEMPLATE = "trackio-deployer/no-such-template"  # sends our deploy down the upload path
SETTLE_SECONDS = 1.0  # a log stream is logged when it ends, just after the deploy does


@dataclass(frozen=True)
class Cost:
    """What one deploy asked of the Hub."""

    requests: int
    writes: int
    commits: int
    builds: int
    waiting: int  # of `requests`: runtime reads and log streams
    dashboard: int  # not in `requests`: the running dashboard's own reads as the same user
    write_calls: tuple[str, ...]


@dataclass(frozen=True)
class Settings:
    """What makes two deploys equivalent: the Space's variables, secret names and volumes, with
    the Space's own name written `{space}`."""

    variables: dict[str, str]
    secrets: tuple[str, ...]
    volumes: tuple[tuple[str, str, str], ...]  # (type, source, mount path)


@dataclass(frozen=True)
class Deploy:
    path: str
    cost: Cost
    settings: Settings
    seconds: float  # ours: Deploy to a dashboard that answers; trackio: deploy_as_space's call
    answered: float  # Deploy to a dashboard that answers /version


@dataclass
class Costs:
    deploys: dict[str, list[Deploy]] = field(default_factory=lambda: {p: [] for p in PATHS})
    baseline: str = "trackio"  # the path of trackio's own deploy, which the others compare to

    def to_dict(self) -> dict[str, Any]:
        """`hub_cost` (medians), `hub_cost_vs_trackio` (ratios) and `hub_cost_detail`."""
        cost = {p: _medians(d) for p, d in self.deploys.items()}
        base = cost[self.baseline]
        return {
            "hub_cost": cost,
            "hub_cost_vs_trackio": {
                p: {k: round(cost[p][k] / (base[k] or 1), 2) for k in COUNTS}
                for p in cost
                if p != self.baseline
            },
            "hub_cost_detail": {p: _detail(d) for p, d in self.deploys.items()},
        }

    def seconds(self, path: str) -> Figure:
        return Figure.of([d.seconds for d in self.deploys[path]])

    def answered(self, path: str) -> Figure:
        return Figure.of([d.answered for d in self.deploys[path]])


def measure(localhub: LocalHub, *, owner: str, token: str, runs: int, scratch: Path) -> Costs:
    """The three deploys of the same Space, taking turns, each with a fresh name."""
    costs = Costs()
    for n in range(runs):
        for path in PATHS:
            name = f"cost-{path}-{n}-{uuid.uuid4().hex[:6]}"
            if path == "trackio":
                deploy = deploy_trackio(
                    localhub, token=token, owner=owner, name=name, scratch=scratch
                )
            else:
                deploy = deploy_ours(localhub, token=token, owner=owner, name=name, path=path)
            costs.deploys[path].append(deploy)
    kinds = {p: d[0].settings for p, d in costs.deploys.items()}
    if len({repr(s) for s in kinds.values()}) != 1:
        raise BenchError(f"the three deploys made different Spaces, not a comparison: {kinds}")
    return costs


def _medians(deploys: list[Deploy]) -> dict[str, float | int]:
    def median(values: list[int]) -> float | int:
        middle = statistics.median(values)
        return int(middle) if float(middle).is_integer() else middle

    return {k: median([getattr(d.cost, k) for d in deploys]) for k in COUNTS}


def _detail(deploys: list[Deploy]) -> dict[str, Any]:
    first = deploys[0]
    return {
        "runs": len(deploys),
        "requests": Figure.of([d.cost.requests for d in deploys]).to_dict(),
        "waiting_requests": Figure.of([d.cost.waiting for d in deploys]).to_dict(),
        "dashboard_requests": Figure.of([d.cost.dashboard for d in deploys]).to_dict(),
        "write_calls": list(first.cost.write_calls),
        "space": {
            "variables": first.settings.variables,
            "secrets": list(first.settings.secrets),
            "volumes": [list(v) for v in first.settings.volumes],
        },
    }


# -- reading localhub --------------------------------------------------------------------------


def cost_of(localhub: LocalHub, *, user: str, space_id: str) -> Cost:
    """The user's requests since the log was cleared, leaving out those that name another of
    their repos (a stream of an earlier deploy is logged only when it ends)."""
    owner = space_id.split("/", maxsplit=1)[0]
    mine = [
        r
        for r in localhub.control.requests()
        if r.user == user and (f"/{owner}/" not in r.path or f"/{space_id}" in r.path)
    ]
    dashboard = [r for r in mine if r.method == "GET" and any(p in r.path for p in DASHBOARD_READS)]
    own = [r for r in mine if r not in dashboard]
    writes = [f"{r.method} {r.path}" for r in own if r.write]
    stats = localhub.control.stats(space_id)
    return Cost(
        requests=len(own),
        writes=len(writes),
        commits=stats.commits,
        builds=stats.builds,
        waiting=sum(r.path.endswith(WAITING) for r in own),
        dashboard=len(dashboard),
        write_calls=tuple(w.replace(space_id, "{space}") for w in writes),
    )


def settings_of(localhub: LocalHub, *, token: str, space_id: str) -> Settings:
    from huggingface_hub import HfApi

    api = HfApi(endpoint=localhub.url, token=token)
    runtime = api.get_space_runtime(space_id)
    return Settings(
        variables={
            k: v.value.replace(space_id, "{space}")
            for k, v in sorted(api.get_space_variables(space_id).items())
        },
        secrets=tuple(sorted(api.get_space_secrets(space_id))),
        volumes=tuple(
            (v.type, v.source.replace(space_id, "{space}"), v.mount_path)
            for v in runtime.volumes or []
        ),
    )


# -- the deploys -------------------------------------------------------------------------------


def deploy_ours(localhub: LocalHub, *, token: str, owner: str, name: str, path: str) -> Deploy:
    """One deploy with the deployer itself; the upload path is reached by naming a missing
    template."""
    from deployer import Deployer, DeployPath, DeployRequest, Done
    from deployer.request import DEFAULT_TEMPLATE

    request = DeployRequest(
        owner=owner,
        name=name,
        template=MISSING_TEMPLATE if path == DeployPath.UPLOAD else DEFAULT_TEMPLATE,
        # trackio's deploy stores the deploying token as the Space's HF_TOKEN: so does this one.
        write_token=token,
    )
    localhub.control.clear_requests()
    started = time.perf_counter()
    events = list(Deployer(token, endpoint=localhub.url, wait_timeout=300).deploy(request))
    seconds = time.perf_counter() - started
    last = events[-1]
    if not isinstance(last, Done) or not last.result.ready:
        raise BenchError(f"our deploy of {request.space_id} did not finish: {last}")
    if last.result.path != path:
        raise BenchError(f"the {path} deploy went down the {last.result.path} path")
    time.sleep(SETTLE_SECONDS)
    return Deploy(
        path=path,
        cost=cost_of(localhub, user=owner, space_id=request.space_id),
        settings=settings_of(localhub, token=token, space_id=request.space_id),
        seconds=seconds,
        answered=seconds,
    )


TRACKIO_SCRIPT = """
import sys, time
import trackio.deploy
started = time.perf_counter()
trackio.deploy.deploy_as_space(sys.argv[1], bucket_id=sys.argv[2], private=False)
print("BENCH_SECONDS", time.perf_counter() - started, flush=True)
"""


def deploy_trackio(
    localhub: LocalHub, *, token: str, owner: str, name: str, scratch: Path
) -> Deploy:
    """trackio's own deploy of the same Space (a bucket at /data, its variables), unpatched, in a
    child process pointed at localhub; then wait for its dashboard as a user would."""
    space_id, bucket_id = f"{owner}/{name}", f"{owner}/{name}-bucket"
    call = run_trackio(
        localhub,
        TRACKIO_SCRIPT,
        space_id,
        bucket_id,
        token=token,
        home=scratch / f"trackio-home-{name}",
        what="trackio's deploy_as_space",
    )
    returned = time.perf_counter()
    cost = cost_of(localhub, user=owner, space_id=space_id)  # before this process adds requests
    answered = _wait_for_dashboard(localhub, token=token, space_id=space_id) - returned
    return Deploy(
        path="trackio",
        cost=cost,
        settings=settings_of(localhub, token=token, space_id=space_id),
        seconds=call,
        answered=call + answered,
    )


def run_trackio(
    localhub: LocalHub, script: str, *args: str, token: str, home: Path, what: str
) -> float:
    """A script using trackio, unpatched, in a child process of its own (home, token, Hub:
    localhub), after the request log is cleared; the seconds it prints as `BENCH_SECONDS`."""
    home.mkdir(parents=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "HF_HOME": str(home / "hf"),
        "TRACKIO_DIR": str(home / "trackio"),
        "HF_ENDPOINT": localhub.url,
        "HF_TOKEN": token,
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "NO_PROXY": LOCAL,
    }
    localhub.control.clear_requests()
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    marks = [line for line in done.stdout.splitlines() if line.startswith("BENCH_SECONDS ")]
    if done.returncode != 0 or not marks:
        raise BenchError(f"{what} failed:\n{done.stdout}\n{done.stderr[-3000:]}")
    return float(marks[-1].split()[1])


def _wait_for_dashboard(
    localhub: LocalHub, *, token: str, space_id: str, timeout: float = 300
) -> float:
    """When the Space is RUNNING and its /version answers; polled every 50 ms."""
    headers = {"authorization": f"Bearer {token}"}
    deadline = time.perf_counter() + timeout
    with httpx.Client(timeout=5) as client:
        while time.perf_counter() < deadline:
            runtime = client.get(f"{localhub.url}/api/spaces/{space_id}/runtime", headers=headers)
            if runtime.json().get("stage") == "RUNNING":
                host = client.get(f"{localhub.url}/api/spaces/{space_id}", headers=headers).json()
                if answers(client, host["host"]):
                    return time.perf_counter()
            time.sleep(0.05)
    raise BenchError(f"{space_id} did not answer within {timeout:.0f} s")


def answers(client: httpx.Client, host: str) -> bool:
    try:
        return "api_version" in client.get(f"{host.rstrip('/')}/version").json()
    except (httpx.HTTPError, ValueError):
        return False

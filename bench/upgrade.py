"""The cost of upgrading a dashboard in place: ours (`Deployer.upgrade`) against `trackio bump`
(trackio's own CLI, unpatched, run as a person runs it), on identical dashboards in the same run.

Each dashboard is deployed by this app, then moved to an older trackio (`OLDER_TRACKIO`) as an earlier
template would have left it, and holds the same runs; localhub installs every Space's
requirements (`--install-requirements`), so the change of version is real. Counted: the Hub
requests and writes of the upgrading person, the Space's builds, and the downtime: how long the
dashboard accepted no write (its `/version`, polled every 0.2 s, did not answer, or said writes were
paused), from the start of the upgrade until it accepts them again.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from bench.figures import BenchError, Figure
from harness import LOCAL
from harness.older import OLDER_TRACKIO, pin_trackio
from localhub.service import LocalHub
from sandbox import run_command

WHO = ("ours", "trackio_bump")
PROBE_SECONDS = 0.2
# The runs every dashboard holds before it is upgraded: two projects, three runs.
TRAINING = """\
import sys

import trackio

for project, runs in {"vision": ["run-a", "run-b"], "language": ["run-c"]}.items():
    for run in runs:
        trackio.init(
            project=project, space_id=sys.argv[1], name=run, auto_log_cpu=False, auto_log_gpu=False
        )
        for step in range(20):
            trackio.log({"loss": 1 / (step + 1)})
        trackio.finish()
"""


@dataclass(frozen=True)
class UpgradeCost:
    requests: int
    writes: int
    builds: int
    downtime_s: float
    seconds: float  # the upgrade from start to end, as its caller waits for it
    write_calls: tuple[str, ...]


def measure(localhub: LocalHub, *, owner: str, token: str, runs: int, scratch: Path) -> dict:
    """`runs` upgrades each way, taking turns, each on a fresh dashboard at `OLDER_TRACKIO`."""
    costs: dict[str, list[UpgradeCost]] = {who: [] for who in WHO}
    for n in range(runs):
        for who in WHO:
            space_id = _older_dashboard(
                localhub,
                owner=owner,
                token=token,
                name=f"up-{who.split('_')[0]}-{n}",
                scratch=scratch,
            )
            upgrade = _ours if who == "ours" else _trackio_bump
            costs[who].append(
                _measured(
                    localhub,
                    owner=owner,
                    token=token,
                    space_id=space_id,
                    upgrade=upgrade,
                    scratch=scratch,
                )
            )
    return {
        "upgrade_cost": {who: _medians(c) for who, c in costs.items()},
        "upgrade_detail": {
            who: {
                "runs": len(c),
                "from": OLDER_TRACKIO,
                "downtime_s": Figure.of([x.downtime_s for x in c]).to_dict(),
                "seconds": Figure.of([x.seconds for x in c]).to_dict(),
                "write_calls": list(c[0].write_calls),
            }
            for who, c in costs.items()
        },
    }


def _medians(costs: list[UpgradeCost]) -> dict[str, float]:
    return {
        key: statistics.median([getattr(c, key) for c in costs])
        for key in ("requests", "writes", "builds", "downtime_s", "seconds")
    }


# -- the dashboards --------------------------------------------------------------------------------


def _older_dashboard(
    localhub: LocalHub, *, owner: str, token: str, name: str, scratch: Path
) -> str:
    from huggingface_hub import HfApi

    from deployer import Deployer, DeployRequest, Done

    request = DeployRequest(owner=owner, name=f"{name}-{uuid.uuid4().hex[:6]}")
    deployer = Deployer(token, endpoint=localhub.url, wait_timeout=900)
    done = list(deployer.deploy(request))[-1]
    if not isinstance(done, Done) or not done.result.ready:
        raise BenchError(f"the dashboard {request.space_id} was not deployed: {done}")
    api = HfApi(endpoint=localhub.url, token=token)
    pin_trackio(api, request.space_id)
    _wait_for_version(done.result.app_url, OLDER_TRACKIO)
    _as_user(
        localhub,
        scratch / f"train-{request.name}",
        "python",
        "train.py",
        request.space_id,
        script=TRAINING,
    )
    return request.space_id


def _wait_for_version(host: str, version: str, timeout: float = 900) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{host}/version", timeout=5).json().get("version") == version:
                return
        except (httpx.HTTPError, ValueError):
            pass
        time.sleep(0.5)
    raise BenchError(f"{host} did not come up on trackio {version}")


def _as_user(
    localhub: LocalHub, home: Path, *program: str, script: str | None = None
) -> subprocess.CompletedProcess:
    """A program run as the person runs it against localhub (`python -m localhub run`)."""
    home.mkdir(parents=True, exist_ok=True)
    if script is not None:
        (home / "train.py").write_text(script)
    env = {
        "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '/usr/bin:/bin')}",
        "HOME": str(home),
        "HF_HOME": str(home / "hf"),
        "TRACKIO_DIR": str(home / "trackio"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "NO_PROXY": LOCAL,
    }
    command = [
        sys.executable if p == "python" else p for p in run_command(localhub.url, "alice", *program)
    ]
    done = subprocess.run(
        command, cwd=home, env=env, capture_output=True, text=True, timeout=1800, check=False
    )
    if done.returncode != 0:
        raise BenchError(
            f"{' '.join(program)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    return done


# -- the two upgrades -------------------------------------------------------------------------------


def _ours(localhub: LocalHub, *, token: str, space_id: str, scratch: Path) -> None:
    from deployer import Deployer, Done

    events = list(Deployer(token, endpoint=localhub.url, wait_timeout=900).upgrade(space_id))
    if not isinstance(events[-1], Done):
        raise BenchError(f"our upgrade of {space_id} failed: {events[-1]}")


def _trackio_bump(localhub: LocalHub, *, token: str, space_id: str, scratch: Path) -> None:
    trackio = str(Path(sys.executable).parent / "trackio")
    _as_user(localhub, scratch / f"bump-{space_id.replace('/', '-')}", trackio, "bump", space_id)


def _measured(
    localhub: LocalHub, *, owner: str, token: str, space_id: str, upgrade: Any, scratch: Path
) -> UpgradeCost:
    from huggingface_hub import HfApi

    host = (HfApi(endpoint=localhub.url, token=token).space_info(space_id).host or "").rstrip("/")
    builds = localhub.control.stats(space_id).builds
    localhub.control.clear_requests()
    probe = _Probe(host).start()
    started = time.perf_counter()
    upgrade(localhub, token=token, space_id=space_id, scratch=scratch)
    seconds = time.perf_counter() - started
    downtime = probe.stop()
    mine = [r for r in localhub.control.requests() if r.user == owner]
    writes = [f"{r.method} {r.path}".replace(space_id, "{space}") for r in mine if r.write]
    return UpgradeCost(
        requests=len(mine),
        writes=len(writes),
        builds=localhub.control.stats(space_id).builds - builds,
        downtime_s=round(downtime, 2),
        seconds=round(seconds, 2),
        write_calls=tuple(writes),
    )


class _Probe:
    """Polls the dashboard's `/version` as a training script would find it: accepting writes, or
    not (not answering, or answering that writes are paused)."""

    def __init__(self, host: str) -> None:
        self.host = host
        self.closed: list[tuple[float, float]] = []  # spans with writes not accepted
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="downtime probe", daemon=True)

    def start(self) -> _Probe:
        self._thread.start()
        return self

    def stop(self, timeout: float = 300) -> float:
        """Once the upgrade has returned: the seconds writes were not accepted, counted until
        the dashboard accepts them again."""
        self._stopping.set()
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise BenchError(f"{self.host} did not accept writes {timeout:.0f} s after its upgrade")
        return sum(end - start for start, end in self.closed)

    def _accepting(self, client: httpx.Client) -> bool:
        try:
            return client.get(f"{self.host}/version").json().get("writes_paused") is False
        except (httpx.HTTPError, ValueError):
            return False

    def _run(self) -> None:
        closed_since: float | None = None
        with httpx.Client(timeout=2) as client:
            while True:
                now, accepting = time.perf_counter(), self._accepting(client)
                if not accepting and closed_since is None:
                    closed_since = now
                if accepting and closed_since is not None:
                    self.closed.append((closed_since, now))
                    closed_since = None
                if accepting and self._stopping.is_set():
                    return
                time.sleep(PROBE_SECONDS)

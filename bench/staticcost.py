"""The Hub cost of one static dashboard, read from localhub's request log and counters: ours by the
duplicate path (bucket + 1 duplicate + 1 commit of config.json) and the upload path (bucket +
create + 1 commit), beside trackio's own first static deploy, `trackio.sync(project, space_id,
sdk="static")` of a small project, unpatched, in a child process on the same localhub.

trackio's first deploy also uploads the project into the bucket (ours leaves that to the person's
first sync): its bucket writes are counted in its figures and named in the detail. The Spaces are
compared file by file: ours must hold exactly what trackio's holds."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from bench.figures import BenchError
from bench.hubcost import SETTLE_SECONDS, Costs, Deploy, cost_of, run_trackio, settings_of
from localhub.service import LocalHub

PATHS = ("static", "static_upload", "trackio_static")
MISSING_TEMPLATE = "trackio-deployer/no-such-static-template"  # our upload path
PROJECT = "bench"

TRACKIO_SCRIPT = """
import sys, time
import trackio
space_id = sys.argv[1]
trackio.init(project="bench", name="run-1", auto_log_cpu=False, auto_log_gpu=False)
for step in range(3):
    trackio.log({"loss": 1 / (step + 1)})
trackio.finish()
started = time.perf_counter()
trackio.sync(project="bench", space_id=space_id, sdk="static")
print("BENCH_SECONDS", time.perf_counter() - started, flush=True)
"""


def measure(localhub: LocalHub, *, owner: str, token: str, runs: int, scratch: Path) -> Costs:
    """The three deploys of a static dashboard, taking turns, each with a fresh name; `owner`
    may be on the free plan."""
    costs = Costs(deploys={p: [] for p in PATHS}, baseline="trackio_static")
    files: dict[str, dict[str, str]] = {}
    for n in range(runs):
        for path in PATHS:
            name = f"cost-{path.replace('_', '-')}-{n}-{uuid.uuid4().hex[:6]}"
            space_id = f"{owner}/{name}"
            if path == "trackio_static":
                deploy = deploy_trackio(localhub, token=token, space_id=space_id, scratch=scratch)
            else:
                deploy = deploy_ours(localhub, token=token, space_id=space_id, path=path)
            costs.deploys[path].append(deploy)
            files[path] = files_of(localhub, token=token, space_id=space_id)
    if len({repr(sorted(f.items())) for f in files.values()}) != 1:
        raise BenchError(f"the static deploys made different Spaces, not a comparison: {files}")
    return costs


def files_of(localhub: LocalHub, *, token: str, space_id: str) -> dict[str, str]:
    """The Space's files by blob id, but for config.json (its names differ by deploy)."""
    from huggingface_hub import HfApi

    info = HfApi(endpoint=localhub.url, token=token).space_info(space_id, files_metadata=True)
    return {
        s.rfilename: str(s.blob_id) for s in info.siblings or [] if s.rfilename != "config.json"
    }


def deploy_ours(localhub: LocalHub, *, token: str, space_id: str, path: str) -> Deploy:
    from deployer import Deployer, DeployPath, DeployRequest, Done
    from deployer.request import Kind

    owner, name = space_id.split("/")
    upload = path == "static_upload"
    request = DeployRequest(
        owner=owner,
        name=name,
        kind=Kind.STATIC,
        project=PROJECT,
        template=MISSING_TEMPLATE if upload else None,
    )
    localhub.control.clear_requests()
    started = time.perf_counter()
    events = list(Deployer(token, endpoint=localhub.url).deploy(request))
    seconds = time.perf_counter() - started
    last = events[-1]
    if not isinstance(last, Done) or not last.result.ready:
        raise BenchError(f"our static deploy of {space_id} did not finish: {last}")
    expected = DeployPath.UPLOAD if upload else DeployPath.DUPLICATE
    if last.result.path is not expected:
        raise BenchError(f"the {path} deploy went down the {last.result.path} path")
    time.sleep(SETTLE_SECONDS)
    return Deploy(
        path=path,
        cost=cost_of(localhub, user=owner, space_id=space_id),
        settings=settings_of(localhub, token=token, space_id=space_id),
        seconds=seconds,
        answered=seconds,  # verified: the page is served and config.json names the bucket
    )


def deploy_trackio(localhub: LocalHub, *, token: str, space_id: str, scratch: Path) -> Deploy:
    """trackio logs a small project, then its own `sync(..., sdk="static")` deploys it."""
    owner = space_id.split("/", maxsplit=1)[0]
    seconds = run_trackio(
        localhub,
        TRACKIO_SCRIPT,
        space_id,
        token=token,
        home=scratch / f"trackio-static-home-{uuid.uuid4().hex[:6]}",
        what="trackio's static sync",
    )
    time.sleep(SETTLE_SECONDS)
    return Deploy(
        path="trackio_static",
        cost=cost_of(localhub, user=owner, space_id=space_id),
        settings=settings_of(localhub, token=token, space_id=space_id),
        seconds=seconds,
        answered=seconds,  # a static Space serves its files once they land
    )

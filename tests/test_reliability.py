"""The deployer keeps working when the Hub misbehaves: every request it makes, times every fault,
first once and then persistently. Each cell ends in a success (after a retry, by uploading the
template's files when duplicating fails, or without what the Hub refused, said so), or in an
actionable error; in every cell the user's other repos are unchanged, no second Space appears, no
token leaks, and deploying the same request again finishes the job.

The run writes RELIABILITY.md's outcome table (see `test_reliability_md_is_generated_from_the_matrix`).
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from huggingface_hub import CommitOperationAdd, HfApi

from deployer import (
    DashboardSettings,
    Deployer,
    DeployPath,
    DeployRequest,
    Done,
    Failed,
    Problem,
    SignIn,
    Visibility,
)
from deployer.events import LogLine, Step, StepFinished
from deployer.request import DEFAULT_TEMPLATE
from deployer.template import drift
from localhub import control
from localhub.service import LocalHub
from sandbox import ROOT, free_port, make_localhub, publish_template
from tests.conftest import cli_env, unique
from tests.guards import Precious, dump, leaks, spaces_of

RELIABILITY_MD = ROOT / "RELIABILITY.md"
OWNER = "alice"
SCOPES = ("openid", "profile", "manage-repos")
WRITE_TOKEN = "hf_matrixSpaceWriteToken0123456789abcd"  # the one secret the user asks to store
MISSING_TEMPLATE = f"{OWNER}/no-such-template"
# Short client time-outs and budgets keep the matrix to minutes; the latency fault is just past them.
CLIENT = {"timeout": 1.0, "retry_budget": 4.0, "health_timeout": 5.0, "wait_timeout": 30.0}
LATENCY_MS = 1500
WORKERS = 4  # localhubs run side by side; faults are per localhub, so cells on one run in turn


# -- the matrix ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One request the deployer makes, on the path where it makes it."""

    label: str
    scenario: str  # the path it is on: "duplicate", "upload" or "update"
    targets: tuple[tuple[str, str], ...]  # (method, path glob); {space}, {bucket}, {template}
    cost: float = 1.0  # how slow its cells are, to spread rows over the workers
    private: bool = False  # deploy a private dashboard


@dataclass(frozen=True)
class Fault:
    label: str
    spec: dict


ROWS = (
    Row("whoami", "duplicate", (("GET", "/api/whoami-v2"),)),
    Row("look up the Space", "duplicate", (("GET", "/api/spaces/{space}"),)),
    Row("read the template Space", "duplicate", (("GET", "/api/spaces/{template}"),)),
    Row("create the bucket", "duplicate", (("POST", "/api/buckets/{bucket}"),)),
    Row(
        "duplicate (variables, secret, volume)",
        "duplicate",
        (("POST", "/api/spaces/{template}/duplicate"),),
        cost=1.5,
    ),
    Row("create (upload)", "upload", (("POST", "/api/repos/create"),)),
    Row("validate README (upload)", "upload", (("POST", "/api/validate-yaml"),)),
    Row("preupload (upload)", "upload", (("POST", "/api/spaces/{space}/preupload/*"),), cost=4),
    Row("commit (upload)", "upload", (("POST", "/api/spaces/{space}/commit/*"),), cost=4),
    Row("commit (update)", "update", (("POST", "/api/spaces/{space}/commit/*"),), cost=4),
    Row("read variables (update)", "update", (("GET", "/api/spaces/{space}/variables"),)),
    Row("set a variable (update)", "update", (("POST", "/api/spaces/{space}/variables"),)),
    Row("set the secret (update)", "update", (("POST", "/api/spaces/{space}/secrets"),)),
    Row("mount the bucket (update)", "update", (("PUT", "/api/spaces/{space}/volumes"),)),
    Row(
        "pause and restart (update)",
        "update",
        (("POST", "/api/spaces/{space}/pause"), ("POST", "/api/spaces/{space}/restart")),
    ),
    Row("runtime polling", "duplicate", (("GET", "/api/spaces/{space}/runtime"),), cost=1.5),
    Row("build and run logs", "duplicate", (("GET", "/api/spaces/{space}/logs/*"),)),
    Row("health check", "duplicate", (("GET", "/_spaces/{space}/version"),), cost=1.5),
    Row(
        "Space token (private)",
        "duplicate",
        (("GET", "/api/spaces/{space}/jwt"),),
        cost=1.5,
        private=True,
    ),
)
FAULTS = (
    Fault("429 + Retry-After", {"status": 429, "retry_after": 1}),
    Fault("500", {"status": 500}),
    Fault("503", {"status": 503}),
    Fault("dropped", {"drop": True}),
    Fault("latency", {"delay_ms": LATENCY_MS}),
    Fault("refused (403)", {"status": 403}),
)
MODES = {"once": 1, "persistent": None}
SCENARIOS = {
    DeployPath.DUPLICATE: "a new Space, duplicated from the template Space in one call that carries"
    " its variables, secret and volume",
    DeployPath.UPLOAD: f"a new Space from a missing template (`{MISSING_TEMPLATE}`): created, then"
    " the template's files in one commit (validate, preupload, commit)",
    DeployPath.UPDATE: "an existing dashboard with an older `app.py` and no bucket, deployed again"
    " with a bucket, a new plot order and a write token, updating allowed: read its variables,"
    " create the bucket, pause the Space, set the variables and the secret, mount the bucket, one"
    " commit, restart it",
}
UPLOAD_INSTEAD = (
    "upload instead"  # the outcome when duplicating failed and the upload path finished
)
# Outcomes of a deploy that finished without what the Hub refused, and said so (then deploying
# again with updating allowed adds it).
DONE_WITHOUT = "done without"  # e.g. "done without bucket": the result lists what was refused
ONE_BY_ONE = "settings one by one"  # the create or duplicate call refused them: set separately
NOT_ASKED = "done, not asked"  # private, and no Space token: the dashboard was not asked
SOFT = (DONE_WITHOUT, ONE_BY_ONE, NOT_ASKED)


@dataclass(frozen=True)
class Cell:
    row: Row
    fault: Fault
    mode: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.row.label, self.fault.label, self.mode)

    @property
    def cost(self) -> float:
        return self.row.cost * (3 if self.mode == "persistent" else 1)

    @property
    def id(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", " ".join(self.key).lower()).strip("-")


CELLS = [Cell(row, fault, mode) for row in ROWS for fault in FAULTS for mode in MODES]


@dataclass
class Outcome:
    label: str  # what the table shows
    seconds: float
    message: str = ""  # the first deploy's failure message, if any
    violations: list[str] = field(default_factory=list)


# -- one worker: its own localhub, template, precious repos and token ------------------------------


class Worker:
    def __init__(self) -> None:
        self.localhub = make_localhub(spaces="simulate").start()
        publish_template(self.localhub.url)
        self.token = self.localhub.control.mint_token(OWNER, scopes=list(SCOPES), lifetime=6 * 3600)
        self.api = HfApi(endpoint=self.localhub.url, token=self.token)
        self.precious = Precious(self.localhub, OWNER, "hf_alice").create()
        self.template_sha = self.api.space_info(DEFAULT_TEMPLATE).sha

    def close(self) -> None:
        self.localhub.stop()

    def deployer(self) -> Deployer:
        return Deployer(self.token, endpoint=self.localhub.url, **CLIENT)

    def deploy(self, request: DeployRequest) -> list:
        sign_in = SignIn(scopes=SCOPES, granted_orgs=())
        return list(self.deployer().deploy(request, sign_in=sign_in))

    def run(self, cell: Cell) -> Outcome:
        started = time.monotonic()
        name = unique("cell")
        request = DeployRequest(
            owner=OWNER,
            name=name,
            write_token=WRITE_TOKEN,
            dashboard=DashboardSettings(plot_order="loss,acc*"),
            template=MISSING_TEMPLATE if cell.row.scenario == "upload" else DEFAULT_TEMPLATE,
            visibility=Visibility.PRIVATE if cell.row.private else Visibility.PUBLIC,
        )
        violations: list[str] = []
        if cell.row.scenario == "update":
            # The user's dashboard, deployed earlier; now they change a setting and add a token.
            earlier = self.deploy(DeployRequest(owner=OWNER, name=name, storage=False))
            assert isinstance(earlier[-1], Done), earlier[-1]
            self.api.create_commit(
                request.space_id,
                [
                    CommitOperationAdd(
                        "app.py", b"import trackio\n\ntrackio.show()  # an older template\n"
                    )
                ],
                commit_message="Deploy the Trackio dashboard (an older template)",
                repo_type="space",
            )
            request = request.with_changes(allow_update=True)
        before, spaces_before = self.precious.state(), spaces_of(self.localhub, OWNER, self.token)
        self.localhub.control.clear_requests()
        for method, glob in cell.row.targets:
            path = glob.format(
                space=request.space_id, bucket=request.bucket_id, template=request.template
            )
            self.localhub.control.add_fault(
                control.Fault(method=method, path=path, times=MODES[cell.mode], **cell.fault.spec)
            )
        try:
            first = self.deploy(request)
        finally:
            self.localhub.control.clear_faults()
        if "delay_ms" in cell.fault.spec:
            # A request the client gave up on is still carried out: let those land before judging.
            time.sleep(LATENCY_MS / 1000 + 0.5)
        last = first[-1]
        label, message = self._label(cell, first)
        rerun: list = []
        if label.startswith(SOFT):  # what was refused is added by deploying again, updating
            rerun = self.deploy(request.with_changes(allow_update=True))
            if not (isinstance(rerun[-1], Done) and rerun[-1].result.refused == ()):
                violations.append(f"deploying again did not add what was refused: {rerun[-1]}")
        elif isinstance(last, Failed):
            exists = request.space_id in spaces_of(self.localhub, OWNER, self.token)
            if last.update_needed != (exists and not request.allow_update):
                violations.append(
                    f"update_needed is {last.update_needed}, the Space exists: {exists}"
                )
            if last.update_needed:
                label += " †"  # the deploy made the Space: the next one is allowed to update it
            rerun = self.deploy(request.with_changes(allow_update=request.allow_update or exists))
            if not (isinstance(rerun[-1], Done) and rerun[-1].result.ready):
                violations.append(f"the rerun did not finish the job: {rerun[-1]}")
        violations += self._check(request, before, spaces_before, first + rerun)
        return Outcome(label, round(time.monotonic() - started, 1), message, violations)

    @staticmethod
    def _label(cell: Cell, events: list) -> tuple[str, str]:
        last = events[-1]
        if isinstance(last, Failed):
            return f"error: {last.problem}", last.message
        assert isinstance(last, Done), last
        if not last.result.ready:
            return f"not ready: {last.result.stage}", ""
        if last.result.refused:
            return f"{DONE_WITHOUT} {', '.join(sorted(set(last.result.refused)))}", ""
        if last.result.settings_separately:
            return ONE_BY_ONE, ""
        verified = [e for e in events if isinstance(e, StepFinished) and e.step is Step.VERIFY]
        if verified and verified[-1].detail.startswith("not asked"):
            return NOT_ASKED, ""
        if last.result.path is not DeployPath(cell.row.scenario):
            assert last.result.path is DeployPath.UPLOAD, last.result
            return UPLOAD_INSTEAD, ""
        build_log = [e for e in events if isinstance(e, LogLine) and e.source == "build"]
        return ("retried" if build_log else "done, no build log"), ""

    def _check(
        self, request: DeployRequest, before: dict, spaces_before: set[str], events: list
    ) -> list[str]:
        violations = []
        if self.precious.state() != before:
            violations.append("a repo the user had before changed")
        if self.api.space_info(DEFAULT_TEMPLATE).sha != self.template_sha:
            violations.append("the template Space changed")
        new = spaces_of(self.localhub, OWNER, self.token) - spaces_before
        if new - {request.space_id}:
            violations.append(f"other Spaces appeared: {sorted(new - {request.space_id})}")
        for event in events:
            if isinstance(event, Failed) and (
                event.problem is Problem.UNEXPECTED or "again" not in event.message.lower()
            ):
                violations.append(f"not an actionable error: {event.problem}: {event.message}")
        secrets = (self.token, WRITE_TOKEN, "hf_alice")
        found = leaks(
            dump([repr(e) for e in events]) + dump(self.localhub.control.requests()), secrets
        )
        variables = self.api.get_space_variables(request.space_id)
        found += leaks(dump({k: v.value for k, v in variables.items()}), secrets)
        if found:
            violations.append(f"secrets leaked: {sorted(set(found))}")
        if "HF_TOKEN" not in self.api.get_space_secrets(request.space_id):
            violations.append("the write token is not stored as the Space's HF_TOKEN secret")
        volumes = self.api.get_space_runtime(request.space_id).volumes or []
        if [(v.source, v.mount_path) for v in volumes] != [(request.bucket_id, "/data")]:
            violations.append(f"the Space does not mount its bucket at /data: {volumes}")
        if variables.get("TRACKIO_PLOT_ORDER") is None or (
            variables["TRACKIO_PLOT_ORDER"].value != "loss,acc*"
        ):
            violations.append("the Space does not have the settings asked for")
        info = self.api.space_info(request.space_id, files_metadata=True)
        if "trackio" not in (info.tags or []) or drift(
            {s.rfilename: s.blob_id for s in info.siblings or []}, partial=True
        ):
            violations.append("the Space does not hold the template's files")
        return violations


def run_cells(cells: list[Cell]) -> dict[tuple[str, str, str], Outcome]:
    """Run the cells on `WORKERS` localhubs side by side, each worker's cells one after another."""
    groups: list[list[Cell]] = [[] for _ in range(WORKERS)]
    loads = [0.0] * WORKERS
    for cell in sorted(cells, key=lambda c: -c.row.cost):
        slot = loads.index(min(loads))
        groups[slot].append(cell)
        loads[slot] += cell.cost
    results: dict[tuple[str, str, str], Outcome] = {}
    errors: list[BaseException] = []

    def work(group: list[Cell]) -> None:
        if not group:
            return
        try:
            worker = Worker()
        except BaseException as error:
            errors.append(error)
            return
        try:
            for cell in group:
                try:
                    results[cell.key] = worker.run(cell)
                except Exception as error:
                    results[cell.key] = Outcome("crashed", 0, violations=[repr(error)])
        finally:
            worker.close()

    threads = [threading.Thread(target=work, args=(g,)) for g in groups]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results


@pytest.fixture(scope="module")
def matrix(request) -> dict[tuple[str, str, str], Outcome]:
    """The outcome of every selected cell (all of them in a full run)."""
    selected = {
        item.callspec.params["cell"].key
        for item in request.session.items
        if item.originalname == "test_matrix_cell" and hasattr(item, "callspec")
    }
    return run_cells([c for c in CELLS if c.key in selected])


@pytest.mark.parametrize("cell", CELLS, ids=[c.id for c in CELLS])
def test_matrix_cell(matrix, cell: Cell):
    """Success after retry, success by uploading instead, success without what the Hub refused
    (said so, and added by deploying again), or an actionable error; never damage."""
    outcome = matrix[cell.key]
    assert outcome.violations == [], outcome
    assert outcome.label.startswith(
        ("retried", UPLOAD_INSTEAD, "done, no build log", "error: ", *SOFT)
    ), outcome


# -- RELIABILITY.md --------------------------------------------------------------------------------

TABLE_START = "<!-- matrix:start (generated by tests/test_reliability.py: do not edit) -->"
TABLE_END = "<!-- matrix:end -->"


def matrix_table(results: dict[tuple[str, str, str], Outcome]) -> str:
    """The generated part of RELIABILITY.md: how each row is exercised, then the outcomes."""
    lines = [f"- **{path}** path: {what}" for path, what in SCENARIOS.items()]
    lines += ["", "| Request | Path | Faults injected on |", "|---|---|---|"]
    for row in ROWS:
        targets = "<br>".join(f"`{method} {glob}`" for method, glob in row.targets)
        lines.append(f"| {row.label} | {row.scenario} | {targets} |")
    header = ["Request"] + [f"{f.label}, {mode}" for f in FAULTS for mode in MODES]
    lines += ["", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in ROWS:
        cells = [results[(row.label, f.label, mode)].label for f in FAULTS for mode in MODES]
        lines.append("| " + " | ".join([row.label, *cells]) + " |")
    return "\n".join(lines)


def test_reliability_md_is_generated_from_the_matrix(matrix):
    """RELIABILITY.md's table is what this run measured. The test rewrites the table in place, then
    fails if that changed the file, so a stale document fails CI and a local run leaves the fresh
    one to commit."""
    if len(matrix) != len(CELLS):
        pytest.skip("only part of the matrix ran")
    text = RELIABILITY_MD.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    fresh = text[:start] + "\n" + matrix_table(matrix) + "\n" + text[end:]
    if fresh != text:
        RELIABILITY_MD.write_text(fresh, encoding="utf-8")
    assert fresh == text, "RELIABILITY.md was stale and has been regenerated: review and commit it"


# -- restarts --------------------------------------------------------------------------------------


def wait_until(condition, *, timeout: float = 30, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        time.sleep(0.05)


def logged(localhub: LocalHub, method: str, suffix: str) -> bool:
    return any(r.method == method and r.path.endswith(suffix) for r in localhub.control.requests())


@pytest.mark.parametrize("moment", ["duplicate in flight", "runtime polled"])
def test_localhub_killed_mid_deploy_and_restarted_on_its_data(tmp_path: Path, moment: str):
    """A crash of the Hub mid-deploy: the running deploy rides it out on its retries, the next
    deploy of the same request has nothing left to do, one Space, one build, nothing else touched."""
    options = {"spaces": "simulate", "data": tmp_path / "localhub", "port": free_port()}
    localhub = make_localhub(**options).start()
    try:
        publish_template(localhub.url)
        precious = Precious(localhub, OWNER, "hf_alice").create()
        before = precious.state()
        token = localhub.control.mint_token(OWNER, scopes=list(SCOPES), lifetime=3600)
        request = DeployRequest(owner=OWNER, name=unique("restart"))
        if moment == "duplicate in flight":
            localhub.control.add_fault(
                control.Fault(
                    method="POST", path=f"/api/spaces/{DEFAULT_TEMPLATE}/duplicate", delay_ms=3000
                )
            )
            reached = lambda: logged(localhub, "POST", f"/api/buckets/{request.bucket_id}")  # noqa: E731
        else:
            path = f"/api/spaces/{request.space_id}/runtime"
            localhub.control.add_fault(
                control.Fault(method="GET", path=path, delay_ms=3000, times=None)
            )
            reached = lambda: logged(localhub, "POST", "/duplicate")  # noqa: E731
        deployer = Deployer(
            token, endpoint=localhub.url, timeout=10, retry_budget=30, wait_timeout=60
        )
        events: list = []
        running = threading.Thread(target=lambda: events.extend(deployer.deploy(request)))
        running.start()
        wait_until(reached, what=moment)
        time.sleep(0.5)  # the next request is on its way and held by the fault
        localhub.kill()
        localhub = make_localhub(**options).start()  # same data, same address; faults are gone
        running.join(timeout=90)
        assert isinstance(events[-1], Done), events[-1]

        again = list(deployer.deploy(request.with_changes(allow_update=True)))
        assert isinstance(again[-1], Done), again[-1]
        assert again[-1].result.path is DeployPath.UPDATE
        assert spaces_of(localhub, OWNER, token) == {
            precious.space,
            request.space_id,
        }, "one new Space"
        assert localhub.control.stats(request.space_id).builds == 1
        assert precious.state() == before
    finally:
        localhub.stop()


def cli(localhub: LocalHub, token: str, *args: str) -> subprocess.Popen:
    env = cli_env(localhub, token)
    return subprocess.Popen(
        [sys.executable, "-m", "deployer", "deploy", "--json", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when(process: subprocess.Popen, condition) -> list[dict]:
    """Read the CLI's events until `condition(event)`, then kill it as a crash would."""
    assert process.stdout is not None
    seen = []
    for line in process.stdout:
        seen.append(json.loads(line))
        if condition(seen[-1]):
            break
    time.sleep(0.5)  # its next request is on its way and held by the fault
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    return seen


KILLS = {
    # moment: (fault, the event after which the app is killed, extra arguments)
    "duplicate in flight": (
        {"method": "POST", "path": f"/api/spaces/{DEFAULT_TEMPLATE}/duplicate", "delay_ms": 3000},
        {"kind": "step_started", "step": "create"},
        (),
    ),
    "runtime polled": (
        {"method": "GET", "path": "/api/spaces/*/runtime", "delay_ms": 3000, "times": None},
        {"kind": "step_started", "step": "build"},
        (),
    ),
    "between create and commit (upload)": (
        {"method": "POST", "path": "/api/validate-yaml", "delay_ms": 3000},
        {"kind": "step_started", "step": "create"},
        ("--template", MISSING_TEMPLATE),
    ),
}


@pytest.mark.parametrize("moment", list(KILLS))
def test_app_killed_mid_deploy_then_the_same_deploy_finishes_the_job(
    localhub_simulated, moment: str
):
    localhub = localhub_simulated
    fault, after, extra = KILLS[moment]
    token = localhub.control.mint_token(OWNER, scopes=list(SCOPES), lifetime=3600)
    precious = Precious(localhub, OWNER, "hf_alice", prefix=unique("kept")).create()
    before, spaces_before = precious.state(), spaces_of(localhub, OWNER, token)
    name = unique("killed")
    args = ("--owner", OWNER, "--name", name, *extra)
    localhub.control.add_fault(control.Fault(**fault))
    try:
        seen = kill_when(
            cli(localhub, token, *args), lambda e: all(e.get(k) == v for k, v in after.items())
        )
        time.sleep(3.5)  # what the Hub was carrying out when the app died lands now
    finally:
        localhub.control.clear_faults()
    assert not any(e["kind"] in ("done", "failed") for e in seen), "killed mid-deploy"

    same = cli(localhub, token, *args)
    out, err = same.communicate(timeout=120)
    assert same.returncode == 1, (out, err)
    assert re.search(
        r"allow(ed)? updating|updating allowed", json.loads(out.splitlines()[-1])["message"]
    )

    finish = cli(localhub, token, *args, "--update")
    out, err = finish.communicate(timeout=120)
    events = [json.loads(line) for line in out.splitlines()]
    assert finish.returncode == 0, (out, err)
    assert events[-1]["kind"] == "done", events[-1]
    assert events[-1]["result"]["ready"], events[-1]
    assert events[-1]["result"]["path"] == "update"
    if extra:
        assert "did not finish" in events[-1]["result"]["path_reason"]
    assert spaces_of(localhub, OWNER, token) - spaces_before == {f"{OWNER}/{name}"}
    info = HfApi(endpoint=localhub.url, token=token).space_info(
        f"{OWNER}/{name}", files_metadata=True
    )
    assert drift({s.rfilename: s.blob_id for s in info.siblings or []}, partial=True) == []
    assert precious.state() == before
    assert token not in out + err

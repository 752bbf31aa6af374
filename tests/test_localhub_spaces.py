"""Spaces that really run on localhub, driven with the unmodified huggingface_hub client: a Trackio
dashboard from upload to a user's logged metrics, build and run failures with their logs, restarts
that keep the bucket, pauses, the running limit, clean stops of localhub and the simulated mode."""

from __future__ import annotations

import importlib.metadata
import io
import os
import socket
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from huggingface_hub import CommitOperationAdd, HfApi, Volume

from localhub.control import RepoStats
from localhub.service import LocalHub
from tests.conftest import api, unique
from tests.trackio_user import LOSSES, call_space, log_with_trackio, logged_losses

TRACKIO_REQUIREMENT = "trackio[spaces,mcp]==0.43.0"
TRACKIO_CARD = """---
title: Trackio Dashboard
emoji: 📈
sdk: gradio
app_file: app.py
tags: [trackio]
hf_oauth: true
hf_oauth_scopes: [write-repos]
---
"""
PLAIN_CARD = "---\ntitle: Hello\nemoji: 👋\nsdk: gradio\napp_file: app.py\n---\n"
HELLO_APP = """\
import http.server
import json
import os
import sys


class Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"space": os.environ["SPACE_ID"], "python": sys.prefix}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


print("serving", os.environ["SPACE_ID"], flush=True)
address = (os.environ["GRADIO_SERVER_NAME"], int(os.environ["GRADIO_SERVER_PORT"]))
http.server.HTTPServer(address, Hello).serve_forever()
"""

SETTLED = ("RUNNING", "BUILD_ERROR", "RUNTIME_ERROR", "CONFIG_ERROR", "NO_APP_FILE", "PAUSED")
# BUILDING lasts only as long as the checkout and the requirements check (about 10 ms here), so a
# poller may miss it; the build log shows that build. APP_STARTING lasts until the app answers.
STARTS = (["BUILDING", "APP_STARTING", "RUNNING"], ["APP_STARTING", "RUNNING"])


# -- helpers ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hub_data(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hubdata")


@pytest.fixture(scope="module")
def spaces_hub(hub_data: Path) -> Iterator[LocalHub]:
    """One localhub for this module that really builds and runs Spaces, its data in `hub_data`."""
    with LocalHub(spaces="run", data=hub_data) as running:
        yield running


@pytest.fixture
def trackio_folder(tmp_path: Path) -> Path:
    """The three files of a Trackio Space, as trackio's own deploy writes them."""
    folder = tmp_path / "trackio-space"
    folder.mkdir()
    (folder / "app.py").write_text("import trackio\ntrackio.show()\n")
    (folder / "requirements.txt").write_text(TRACKIO_REQUIREMENT + "\n")
    (folder / "README.md").write_text(TRACKIO_CARD)
    return folder


def create_trackio_space(hub: LocalHub, *, namespace: str = "alice") -> str:
    """A Space set up as trackio expects to find it, so a user's `trackio.init` changes nothing:
    the bucket `<space_id>-bucket` mounted at /data, TRACKIO_DIR and TRACKIO_BUCKET_ID set, and a
    token of the Space's own as the HF_TOKEN secret."""
    space_id = f"{namespace}/{unique('trackio')}"
    bucket_id = f"{space_id}-bucket"
    client = api(hub)
    client.create_bucket(bucket_id)
    client.create_repo(
        space_id,
        repo_type="space",
        space_sdk="gradio",
        space_volumes=[Volume(type="bucket", source=bucket_id, mount_path="/data")],
        space_variables=[
            {"key": "TRACKIO_DIR", "value": "/data/trackio"},
            {"key": "TRACKIO_BUCKET_ID", "value": bucket_id},
        ],
        space_secrets=[
            {
                "key": "HF_TOKEN",
                "value": hub.control.mint_token(
                    namespace, scopes=["openid", "profile", "write-repos"]
                ),
            }
        ],
    )
    return space_id


def deploy_trackio_space(hub: LocalHub, folder: Path) -> tuple[str, str]:
    """Create, upload and wait until RUNNING; returns the Space id and its host."""
    client = api(hub)
    space_id = create_trackio_space(hub)
    client.upload_folder(folder_path=folder, repo_id=space_id, repo_type="space")
    assert watch_stages(client, space_id)[-1] == "RUNNING", build_and_run_logs(client, space_id)
    return space_id, client.space_info(space_id).host


def create_space(hub: LocalHub, files: dict[str, str]) -> str:
    """A Space of alice's with these files, in one commit (its first build)."""
    client = api(hub)
    space_id = f"alice/{unique()}"
    client.create_repo(space_id, repo_type="space", space_sdk="gradio")
    client.create_commit(
        space_id,
        [CommitOperationAdd(path, io.BytesIO(content.encode())) for path, content in files.items()],
        commit_message="Add the app",
        repo_type="space",
    )
    return space_id


def watch_stages(client: HfApi, space_id: str, *, timeout: float = 120) -> list[str]:
    """Each stage the Space passes through, polled every 20 ms until it settles."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stage = str(client.get_space_runtime(space_id).stage)
        if not seen or seen[-1] != stage:
            seen.append(stage)
        if stage in SETTLED:
            return seen
        time.sleep(0.02)
    raise TimeoutError(f"{space_id} did not settle within {timeout} s: {seen}")


def ended_log(client: HfApi, space_id: str, *, build: bool = False) -> str:
    """A log that has ended (the build once the app runs; the run log after a crash or a pause),
    read to its end. Read without following, the client keeps only what was logged before the
    server's Date header plus one second, and uvicorn refreshes that header once a second."""
    return "".join(client.fetch_space_logs(space_id, build=build, follow=True))


def build_and_run_logs(client: HfApi, space_id: str) -> str:
    build = "".join(client.fetch_space_logs(space_id, build=True))
    run = "".join(client.fetch_space_logs(space_id))
    return f"--- build log ---\n{build}--- run log ---\n{run}"


def eventually(check: Callable[[], bool], *, timeout: float = 15, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"not true within {timeout} s: {what}")
        time.sleep(0.05)


def processes_under(folder: Path) -> list[int]:
    """Live processes whose working directory lies inside `folder` (a Space's checkout)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = Path(os.readlink(entry / "cwd"))
        except OSError:  # gone, or a zombie: neither runs anything
            continue
        if cwd.is_relative_to(folder):
            pids.append(int(entry.name))
    return pids


def alive(pid: int) -> bool:
    """Whether any thread of the process still runs: a process that dies keeps its sockets until
    its last thread has exited, and shows no working directory once its first thread has."""
    try:
        threads = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return False
    for thread in threads:
        try:
            state = (thread / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X"):
            return True
    return False


def answers(host: str) -> bool:
    port = int(host.rsplit(":", 1)[1])
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


# -- a Trackio Space, from upload to a user's metrics ----------------------------------------------


def test_trackio_space_builds_once_runs_and_shows_a_users_metrics_without_another_build(
    spaces_hub, trackio_folder, tmp_path
):
    client = api(spaces_hub)
    space_id = create_trackio_space(spaces_hub)
    client.upload_folder(folder_path=trackio_folder, repo_id=space_id, repo_type="space")
    with ThreadPoolExecutor(1) as pool:
        stages = pool.submit(watch_stages, client, space_id)
        # Followed from right after the upload; the stream ends by itself once the app runs.
        build_log = "".join(client.fetch_space_logs(space_id, build=True, follow=True))
        assert client.get_space_runtime(space_id).stage == "RUNNING"
        assert stages.result() in STARTS, build_log
    steps = [line for line in build_log.splitlines() if line.startswith("=====")]
    assert steps[0].startswith("===== Build queued (commit ")
    assert steps[-1] == "===== Build finished; starting the app ====="
    assert f"Requirement satisfied: {TRACKIO_REQUIREMENT}" in build_log
    assert spaces_hub.control.stats(space_id) == RepoStats(commits=1, builds=1)
    host = client.space_info(space_id).host
    assert host.startswith("http://127.0.0.1:")
    assert httpx.get(f"{host}/version").json()["api_version"] == 1

    project = unique("project")
    seen = len(spaces_hub.control.requests())
    log_with_trackio(spaces_hub, tmp_path, space_id=space_id, host=host, project=project)

    assert spaces_hub.control.stats(space_id) == RepoStats(commits=1, builds=1), (
        "the user's run rebuilt it"
    )
    hub_calls = spaces_hub.control.requests()[seen:]
    assert {
        f"/api/spaces/{space_id}/runtime",
        f"/api/spaces/{space_id}/variables",
    } <= {entry.path for entry in hub_calls}, "trackio.init checks the volume and variables"
    assert [
        (entry.method, entry.path, entry.status)
        for entry in hub_calls
        if entry.status >= 400 and space_id in entry.path
    ] == [("POST", f"/api/buckets/{space_id}-bucket", 409)], "only create_bucket(exist_ok) fails"
    assert project in call_space(host, "get_all_projects").json()["data"]
    assert logged_losses(host, project) == pytest.approx(LOSSES)
    auth_checks = [
        (entry.user, entry.status)
        for entry in spaces_hub.control.requests()
        if entry.path == f"/api/spaces/{space_id}/auth-check/write"
    ]
    assert auth_checks == [("alice", 200)], (
        "the Space asks the Hub once whether the writer may write"
    )


def test_trackio_space_refuses_a_writer_the_hub_says_cannot_write(spaces_hub, trackio_folder):
    space_id, host = deploy_trackio_space(spaces_hub, trackio_folder)
    refused = call_space(
        host,
        "log",
        token="hf_bob",
        project="not-bobs",
        run="run-1",
        metrics={"loss": 1.0},
        step=None,
    )
    assert refused.status_code >= 400
    assert "write access" in refused.json()["error"]
    assert "not-bobs" not in call_space(host, "get_all_projects").json()["data"]
    assert [
        (entry.user, entry.status)
        for entry in spaces_hub.control.requests()
        if entry.path == f"/api/spaces/{space_id}/auth-check/write"
    ] == [("bob", 403)]


def test_restart_keeps_the_bucket_so_logged_projects_are_still_listed(
    spaces_hub, hub_data, trackio_folder, tmp_path
):
    client = api(spaces_hub)
    space_id, host = deploy_trackio_space(spaces_hub, trackio_folder)
    project = unique("project")
    log_with_trackio(spaces_hub, tmp_path, space_id=space_id, host=host, project=project)
    eventually(lambda: len(logged_losses(host, project)) == 3, what="metrics stored")
    checkout = hub_data / "spaces" / space_id
    before = processes_under(checkout)
    assert len(before) == 1
    seen = len(spaces_hub.control.requests())

    client.restart_space(space_id)
    assert watch_stages(client, space_id) in STARTS

    assert spaces_hub.control.stats(space_id) == RepoStats(commits=1, builds=2)
    after = processes_under(checkout)
    assert len(after) == 1
    assert after != before, "a restart starts a new process"
    assert project in call_space(host, "get_all_projects").json()["data"]
    assert logged_losses(host, project) == pytest.approx(LOSSES)
    failed = [
        entry
        for entry in spaces_hub.control.requests()[seen:]
        if space_id in entry.path and entry.status >= 400
    ]
    assert failed == [], "the Space reads its bucket through the Hub as it starts"
    stored = {item.path for item in client.list_bucket_tree(f"{space_id}-bucket", recursive=True)}
    assert f"trackio/{project}.db" in stored


# -- failures and their logs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requirement", "reason"),
    [
        ("definitely-not-installed-pkg==1.0", "is not installed"),
        ("trackio==0.0.1", "trackio 0.43.0 is installed"),
    ],
)
def test_an_unsatisfiable_requirement_is_a_build_error_named_in_the_build_log(
    spaces_hub, hub_data, requirement, reason
):
    client = api(spaces_hub)
    space_id = create_space(
        spaces_hub,
        {"README.md": PLAIN_CARD, "app.py": HELLO_APP, "requirements.txt": requirement + "\n"},
    )
    assert watch_stages(client, space_id)[-1] == "BUILD_ERROR"
    build_log = ended_log(client, space_id, build=True)
    [named] = [line for line in build_log.splitlines() if requirement in line]
    assert named.startswith("ERROR:")
    assert reason in named
    assert requirement in client.get_space_runtime(space_id).raw["errorMessage"]
    assert ended_log(client, space_id) == ""
    assert processes_under(hub_data / "spaces" / space_id) == []


def test_a_crashing_app_is_a_runtime_error_with_its_exit_code_and_last_words_in_the_run_log(
    spaces_hub,
):
    client = api(spaces_hub)
    crash = 'print("Loading the model failed", flush=True)\nraise SystemExit(3)\n'
    space_id = create_space(spaces_hub, {"README.md": PLAIN_CARD, "app.py": crash})
    # The run log is followed from before the app starts until the Hub closes it at the crash.
    run_log = list(client.fetch_space_logs(space_id, follow=True))
    assert run_log[-2:] == [
        "Loading the model failed\n",
        "===== Application exited with code 3 =====\n",
    ]
    runtime = client.get_space_runtime(space_id)
    assert runtime.stage == "RUNTIME_ERROR"
    assert runtime.raw["errorMessage"] == "Exit code: 3. Reason: Loading the model failed"
    build_log = ended_log(client, space_id, build=True)
    assert "===== Build finished; starting the app =====" in build_log


def test_a_followed_run_log_goes_on_with_the_next_build_until_that_one_ends(spaces_hub):
    client = api(spaces_hub)
    space_id = create_space(spaces_hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
    assert watch_stages(client, space_id)[-1] == "RUNNING"
    followed = iter(client.fetch_space_logs(space_id, follow=True))
    assert next(followed) == f"serving {space_id}\n"

    crash = 'print("Loading the model failed", flush=True)\nraise SystemExit(3)\n'
    client.upload_file(
        path_or_fileobj=crash.encode(), path_in_repo="app.py", repo_id=space_id, repo_type="space"
    )

    assert list(followed)[-2:] == [
        "Loading the model failed\n",
        "===== Application exited with code 3 =====\n",
    ]


# -- pausing and the running limit -------------------------------------------------------------------


def test_pause_stops_the_process_and_restart_wakes_it(spaces_hub, hub_data):
    client = api(spaces_hub)
    space_id = create_space(spaces_hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
    assert watch_stages(client, space_id)[-1] == "RUNNING"
    host = client.space_info(space_id).host
    assert httpx.get(host).json()["space"] == space_id
    checkout = hub_data / "spaces" / space_id
    [pid] = processes_under(checkout)

    assert client.pause_space(space_id).stage == "PAUSED"
    eventually(lambda: not alive(pid), what="the app process is gone")
    assert processes_under(checkout) == []
    assert not answers(host)
    assert client.get_space_runtime(space_id).stage == "PAUSED"

    client.restart_space(space_id)
    assert watch_stages(client, space_id)[-1] == "RUNNING"
    assert httpx.get(host).json()["space"] == space_id


def test_starting_a_space_beyond_max_running_pauses_the_longest_idle_one(tmp_path):
    data = tmp_path / "hubdata"
    with LocalHub(spaces="run", data=data, max_running=2) as hub:
        client = api(hub)
        first = create_space(hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
        assert watch_stages(client, first)[-1] == "RUNNING"
        second = create_space(hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
        assert watch_stages(client, second)[-1] == "RUNNING"
        second_pids = processes_under(data / "spaces" / second)
        client.space_info(first)  # someone looks at the first: now the second is the longest idle

        third = create_space(hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})

        assert client.get_space_runtime(second).stage == "PAUSED"
        assert watch_stages(client, third)[-1] == "RUNNING"
        assert client.get_space_runtime(first).stage == "RUNNING"
        eventually(lambda: not any(map(alive, second_pids)), what="the second one stopped")
        assert len(processes_under(data / "spaces" / first)) == 1
        assert "at most 2 Spaces run at once" in ended_log(client, second)


# -- localhub going away -----------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["stop", "kill"])
def test_no_space_process_outlives_localhub(tmp_path, trackio_folder, how):
    """`stop` is SIGTERM, after which localhub stops every Space; `kill` is SIGKILL, a crash,
    after which each Space dies of its parent's death (PR_SET_PDEATHSIG)."""
    data = tmp_path / "hubdata"
    hub = LocalHub(spaces="run", data=data, log_path=tmp_path / "localhub.log").start()
    try:
        _, trackio_host = deploy_trackio_space(hub, trackio_folder)
        hello = create_space(hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
        assert watch_stages(api(hub), hello)[-1] == "RUNNING"
        hosts = [trackio_host, api(hub).space_info(hello).host]
        pids = processes_under(data / "spaces")
        assert len(pids) == 2
    finally:
        if how == "kill":
            hub.kill()
        else:
            hub.stop()
    eventually(lambda: not any(alive(pid) for pid in pids), timeout=10, what="Spaces stopped")
    assert processes_under(data / "spaces") == []
    assert not any(answers(host) for host in hosts)


# -- other modes -----------------------------------------------------------------------------------


def test_simulated_space_reaches_running_without_a_process_and_answers_version(
    tmp_path, trackio_folder
):
    data = tmp_path / "hubdata"
    with LocalHub(spaces="simulate", data=data) as hub:
        client = api(hub)
        space_id = create_trackio_space(hub)
        client.upload_folder(folder_path=trackio_folder, repo_id=space_id, repo_type="space")
        assert watch_stages(client, space_id) == ["BUILDING", "APP_STARTING", "RUNNING"]
        host = client.space_info(space_id).host
        assert host.startswith(hub.url)
        assert httpx.get(f"{host}/version").json()["api_version"] == 1
        assert hub.control.stats(space_id) == RepoStats(commits=1, builds=1)
        assert not (data / "spaces").exists()
        assert processes_under(data) == []


def test_install_requirements_builds_a_virtual_environment_per_space_and_reuses_it(tmp_path):
    """`--install-requirements`: each Space gets gradio and its requirements in a virtual
    environment of its own. termcolor, which localhub's interpreter lacks, proves it."""
    with pytest.raises(importlib.metadata.PackageNotFoundError):
        importlib.metadata.version("termcolor")
    data = tmp_path / "hubdata"
    with LocalHub(spaces="run", data=data, install_requirements=True) as hub:
        client = api(hub)
        space_id = create_space(
            hub,
            {
                "README.md": PLAIN_CARD,
                "app.py": "import termcolor\n" + HELLO_APP,
                "requirements.txt": "termcolor==3.3.0\n",
            },
        )
        stages = watch_stages(client, space_id, timeout=300)
        assert stages[-1] == "RUNNING", build_and_run_logs(client, space_id)
        build_log = ended_log(client, space_id, build=True)
        assert "termcolor-3.3.0" in build_log
        host = client.space_info(space_id).host
        assert httpx.get(host).json()["python"] == str(data / "spaces" / space_id / "venv")

        client.restart_space(space_id)
        assert watch_stages(client, space_id)[-1] == "RUNNING"
        build_log = ended_log(client, space_id, build=True)
        assert "Requirements unchanged: reusing the virtual environment" in build_log


def test_static_space_serves_its_files(spaces_hub):
    page = "<!doctype html><title>static</title><p>hello from a static Space</p>"
    space_id = create_space(
        spaces_hub, {"README.md": "---\ntitle: s\nsdk: static\n---\n", "index.html": page}
    )
    client = api(spaces_hub)
    assert watch_stages(client, space_id)[-1] == "RUNNING"
    assert (
        "hello from a static Space" in httpx.get(client.space_info(space_id).host, timeout=10).text
    )

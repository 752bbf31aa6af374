"""Spaces that really run on localhub, driven with the unmodified huggingface_hub client: build and
run failures with their logs, pauses, the running limit, clean stops of localhub, the simulated
mode, installed requirements and static Spaces."""

from __future__ import annotations

import importlib.metadata
import io
import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hf_xet import hash_files
from huggingface_hub import CommitOperationAdd, HfApi, Volume

from localhub.control import RepoStats
from localhub.service import LocalHub
from localhub.testing import (
    api,
    browser_through_localhub,
    build_and_run_logs,
    eventually,
    processes_under,
    unique,
    watch_stages,
)

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

# -- helpers ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hub_data(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hubdata")


@pytest.fixture(scope="module")
def spaces_hub(hub_data: Path) -> Iterator[LocalHub]:
    """One localhub for this module that really builds and runs Spaces, its data in `hub_data`."""
    with LocalHub(spaces="run", data=hub_data) as running:
        yield running


# A Space that reads and writes files under DATA_DIR, which points at its bucket's mount.
DATA_APP = """\
import http.server
import os
import urllib.parse
from pathlib import Path

root = Path(os.environ["DATA_DIR"])


class Files(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        target = root / query.get("path", ".")
        if url.path == "/write":
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(query["text"].encode())
            body = b"written"
        else:
            body = target.read_bytes() if target.is_file() else b"<missing>"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


address = (os.environ["GRADIO_SERVER_NAME"], int(os.environ["GRADIO_SERVER_PORT"]))
http.server.HTTPServer(address, Files).serve_forever()
"""


def create_space(hub: LocalHub, files: dict[str, str], **settings) -> str:
    """A Space of alice's with these files, in one commit (its first build)."""
    client = api(hub)
    space_id = f"alice/{unique()}"
    client.create_repo(space_id, repo_type="space", space_sdk="gradio", **settings)
    client.create_commit(
        space_id,
        [CommitOperationAdd(path, io.BytesIO(content.encode())) for path, content in files.items()],
        commit_message="Add the app",
        repo_type="space",
    )
    return space_id


def ended_log(client: HfApi, space_id: str, *, build: bool = False) -> str:
    """A log that has ended (the build once the app runs; the run log after a crash or a pause),
    read to its end. Read without following, the client keeps only what was logged before the
    server's Date header plus one second, and uvicorn refreshes that header once a second."""
    return "".join(client.fetch_space_logs(space_id, build=build, follow=True))


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


# -- failures and their logs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requirement", "reason"),
    [
        ("definitely-not-installed-pkg==1.0", "is not installed"),
        ("httpx==0.0.1", f"httpx {importlib.metadata.version('httpx')} is installed"),
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
def test_no_space_process_outlives_localhub(tmp_path, how):
    """`stop` is SIGTERM, after which localhub stops every Space; `kill` is SIGKILL, a crash,
    after which each Space dies of its parent's death (PR_SET_PDEATHSIG)."""
    data = tmp_path / "hubdata"
    hub = LocalHub(spaces="run", data=data, log_path=tmp_path / "localhub.log").start()
    try:
        spaces = [create_space(hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP}) for _ in "ab"]
        for space_id in spaces:
            assert watch_stages(api(hub), space_id)[-1] == "RUNNING"
        hosts = [api(hub).space_info(space_id).host for space_id in spaces]
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


def test_simulated_space_reaches_running_without_a_process_and_answers_what_it_was_given(
    tmp_path,
):
    data = tmp_path / "hubdata"
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps({"/version": {"json": {"version": "7"}}}))
    with LocalHub(spaces="simulate", data=data, simulated_space=answers_file) as hub:
        client = api(hub)
        space_id = create_space(hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
        assert watch_stages(client, space_id) == ["BUILDING", "APP_STARTING", "RUNNING"]
        host = client.space_info(space_id).host
        assert host.startswith(hub.url)
        assert httpx.get(f"{host}/version").json() == {"version": "7"}
        assert httpx.get(f"{host}/other").status_code == 404
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


STATIC_CARD = "---\ntitle: s\nsdk: static\n---\n"
STATIC_PAGE = (
    '<!doctype html><title>static</title><script type="module" src="/assets/app.js"></script>'
)


@pytest.mark.parametrize("mode", ["run", "simulate", "off"])
def test_a_static_space_is_served_from_its_files_with_no_build_in_every_mode(tmp_path, mode):
    """As on the Hub: no build, no process, RUNNING as soon as its files land, each commit served
    at once, builders (or their absence) irrelevant, and never paused to make room for others."""
    data = tmp_path / "hubdata"
    with LocalHub(spaces=mode, data=data, max_running=1) as hub:
        client = api(hub)
        space_id = f"alice/{unique('static')}"
        client.create_repo(space_id, repo_type="space", space_sdk="static")
        files = {
            "README.md": STATIC_CARD,
            "index.html": STATIC_PAGE,
            "assets/app.js": "export const answer = 42;",
            "config.json": '{"mode": "static"}',
        }
        client.create_commit(
            space_id,
            [CommitOperationAdd(p, io.BytesIO(c.encode())) for p, c in files.items()],
            commit_message="Add the site",
            repo_type="space",
        )
        assert watch_stages(client, space_id) == ["RUNNING"]
        host = client.space_info(space_id).host
        assert host.startswith("http://127.0.0.1:"), "its own origin, as {sub}.static.hf.space"
        assert httpx.get(host).text == STATIC_PAGE
        script = httpx.get(f"{host}/assets/app.js")
        assert (script.text, script.headers["content-type"]) == (
            files["assets/app.js"],
            "text/javascript",
        )
        assert httpx.get(f"{host}/config.json").json() == {"mode": "static"}
        assert httpx.get(f"{host}/missing.js").status_code == 404

        client.upload_file(
            path_or_fileobj=b"<p>second</p>",
            path_in_repo="index.html",
            repo_id=space_id,
            repo_type="space",
        )
        assert httpx.get(host).text == "<p>second</p>", "a commit is served the moment it lands"
        assert hub.control.stats(space_id) == RepoStats(commits=2, builds=0)
        assert "nothing is built" in ended_log(client, space_id, build=True)

        other = create_space(hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
        assert str(client.get_space_runtime(other).stage) in ("BUILDING", "APP_STARTING", "RUNNING")
        assert client.get_space_runtime(space_id).stage == "RUNNING", "not paused for room"

        client.pause_space(space_id)
        assert httpx.get(host).status_code == 503
        client.restart_space(space_id)
        assert httpx.get(host).text == "<p>second</p>"
        assert processes_under(data / "spaces" / space_id) == []


# -- a bucket mounted in a Space: one truth ---------------------------------------------------------


def test_a_space_sees_uploaded_files_at_its_mount_and_the_api_lists_what_it_writes(
    spaces_hub, tmp_path
):
    client = api(spaces_hub)
    bucket = f"alice/{unique('bucket')}"
    client.create_bucket(bucket)
    space_id = create_space(
        spaces_hub,
        {"README.md": PLAIN_CARD, "app.py": DATA_APP},
        space_volumes=[Volume(type="bucket", source=bucket, mount_path="/data")],
        space_variables=[{"key": "DATA_DIR", "value": "/data"}],
    )
    assert watch_stages(client, space_id)[-1] == "RUNNING", build_and_run_logs(client, space_id)
    host = client.space_info(space_id).host

    client.batch_bucket_files(bucket, add=[(b"from the API", "in/api.txt")])
    assert httpx.get(f"{host}/read", params={"path": "in/api.txt"}).content == b"from the API"

    httpx.get(f"{host}/write", params={"path": "out/space.txt", "text": "from the Space"})
    written = tmp_path / "space.txt"
    written.write_bytes(b"from the Space")
    [listed] = client.get_bucket_paths_info(bucket, ["out/space.txt"])
    assert (listed.size, listed.xet_hash) == (14, hash_files([str(written)])[0].hash)
    client.download_bucket_files(bucket, [("out/space.txt", tmp_path / "back.txt")])
    assert (tmp_path / "back.txt").read_bytes() == b"from the Space"

    httpx.get(f"{host}/write", params={"path": "out/space.txt", "text": "changed"})
    [changed] = client.get_bucket_paths_info(bucket, ["out/space.txt"])
    assert changed.size == 7, "a file the Space changed is hashed again"
    client.batch_bucket_files(bucket, delete=["in/api.txt"])
    assert httpx.get(f"{host}/read", params={"path": "in/api.txt"}).content == b"<missing>"


# -- a person's own program ---------------------------------------------------------------------------

PROGRAM = """\
import json
import os
import sys

import httpx
from huggingface_hub import whoami

space_url = f"https://{sys.argv[1]}.hf.space/"
hub_whoami = "https://huggingface.co/api/whoami-v2"
print(json.dumps({
    "space": httpx.get(space_url).json()["space"],
    "huggingface.co": httpx.get(hub_whoami, headers={"authorization": "Bearer " + os.environ["HF_TOKEN"]}).json()["name"],
    "HF_ENDPOINT": whoami()["name"],
}))
"""


def test_a_program_run_through_localhub_reaches_spaces_and_the_hub_by_their_real_names(
    spaces_hub, tmp_path
):
    """`python -m localhub run`: https://{ns}-{name}.hf.space is the Space's app on localhub,
    https://huggingface.co is localhub, and the token is the chosen user's."""
    space_id = create_space(spaces_hub, {"README.md": PLAIN_CARD, "app.py": HELLO_APP})
    assert watch_stages(api(spaces_hub), space_id)[-1] == "RUNNING"
    (tmp_path / "program.py").write_text(PROGRAM)
    subdomain = api(spaces_hub).space_info(space_id).subdomain
    command = [sys.executable, "-m", "localhub", "run", "--hub", spaces_hub.url, "--user", "bob"]
    result = subprocess.run(
        [*command, "--", sys.executable, str(tmp_path / "program.py"), subdomain],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "space": space_id,
        "huggingface.co": "bob",
        "HF_ENDPOINT": "bob",
    }
    missing = subprocess.run(
        [*command, "--", sys.executable, str(tmp_path / "program.py"), "nobody-nothing"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert missing.returncode != 0
    assert "502" in missing.stderr


BUCKET_PAGE = """<!doctype html><title>reads a bucket</title><p id="out">waiting</p><script>
fetch("https://huggingface.co/buckets/BUCKET/resolve/runs.json")
  .then((answer) => answer.json())
  .then((runs) => { document.getElementById("out").textContent = runs.join(", "); });
</script>"""


def test_a_browser_through_localhub_opens_a_static_space_that_reads_its_bucket_from_the_hub(
    spaces_hub, playwright_session, tmp_path
):
    """A static page that fetches https://huggingface.co/buckets/... (as trackio's static
    dashboard does), opened by its real address: both reach localhub, across origins (CORS)."""
    client = api(spaces_hub)
    bucket = f"alice/{unique('bucket')}"
    client.create_bucket(bucket)
    client.batch_bucket_files(bucket, add=[(b'["run-a", "run-b"]', "runs.json")])
    space_id = f"alice/{unique('static')}"
    client.create_repo(space_id, repo_type="space", space_sdk="static")
    page_html = BUCKET_PAGE.replace("BUCKET", bucket)
    client.create_commit(
        space_id,
        [
            CommitOperationAdd("README.md", io.BytesIO(STATIC_CARD.encode())),
            CommitOperationAdd("index.html", io.BytesIO(page_html.encode())),
        ],
        commit_message="Add the page",
        repo_type="space",
    )
    subdomain = client.space_info(space_id).subdomain
    with browser_through_localhub(
        playwright_session, spaces_hub.url, user="bob", folder=tmp_path
    ) as page:
        page.goto(f"https://{subdomain}.static.hf.space/")
        page.wait_for_function("document.getElementById('out').textContent !== 'waiting'")
        assert page.text_content("#out") == "run-a, run-b"

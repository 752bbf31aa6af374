"""What an adversarial pass found (issue 16), each reproduced against localhub: the person's token
never reaches the Space's own code, a dashboard never keeps its runs in a bucket of the other
visibility unless asked to, a deploy stops waiting for a commit it no longer matches, a Space
deleted mid-deploy ends with a clear message, errors name the namespace the refused call was for,
and the CLI prints no terminal control sequence that came from the Hub or a Space.

(One session, one follower of a running deploy is in `test_running_deploys.py`, with the page-level
check in `test_page_slots.py`.)"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import httpx
import pytest
from huggingface_hub import CommitOperationAdd, HfApi
from huggingface_hub.errors import HfHubHTTPError

from deployer import Deployer, DeployRequest, Done, Failed, Problem, SignIn, Visibility
from deployer.events import DeployWarning, Step, StepStarted
from deployer.request import DEFAULT_TEMPLATE
from deployer.scrub import for_terminal
from localhub.control import Fault
from localhub.service import LocalHub
from sandbox import ROOT
from tests import guards
from tests.conftest import api, cli_env, unique

MANAGE = ("openid", "profile", "manage-repos")
CONTRIBUTE = ("openid", "profile", "contribute-repos")


def deploy(localhub: LocalHub, request: DeployRequest, token: str = "hf_alice", **kwargs) -> list:
    deployer = Deployer(token, endpoint=localhub.url, retry_budget=5, wait_timeout=60)
    return list(deployer.deploy(request, **kwargs))


def planted_dashboard(localhub: LocalHub, space_id: str, trackio_py: str, *, private: bool) -> None:
    """A Trackio Space in which someone who may write to it (another member of the organization)
    planted a `trackio.py` beside `app.py`: the template's `import trackio` then runs it, and an
    update keeps it, as it keeps every file of the person's own."""
    client = api(localhub)
    client.create_repo(space_id, repo_type="space", space_sdk="gradio", private=private)
    card = "---\ntitle: Dashboard\nemoji: 📈\nsdk: gradio\napp_file: app.py\ntags: [trackio]\n---\n"
    client.create_commit(
        space_id,
        [
            CommitOperationAdd("README.md", io.BytesIO(card.encode())),
            CommitOperationAdd("app.py", b"import trackio\n\ntrackio.show()\n"),
            CommitOperationAdd("trackio.py", io.BytesIO(trackio_py.encode())),
        ],
        commit_message="a dashboard, and a planted trackio.py",
        repo_type="space",
    )


# -- 1: the person's token is never handed to the Space's own code --------------------------------

RECORDER = """\
import http.server
import json
import os

RECORD = {record!r}


class Recorder(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(RECORD, "a") as out:
            out.write(json.dumps({{"path": self.path, "headers": dict(self.headers)}}) + "\\n")
        body = json.dumps({{"api_version": 1}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def show(*args, **kwargs):
    address = (os.environ.get("GRADIO_SERVER_NAME", "127.0.0.1"), int(os.environ["GRADIO_SERVER_PORT"]))
    http.server.HTTPServer(address, Recorder).serve_forever()
"""


def test_verifying_a_private_dashboard_never_hands_the_sign_in_token_to_the_space(
    localhub_running, tmp_path: Path
):
    """A planted module records every request the Space receives: the deploy's check reaches it
    without the person's token, and whatever credential it carries opens nothing on the Hub."""
    record = tmp_path / "received.jsonl"
    space_id = f"alice/{unique('planted')}"
    planted_dashboard(localhub_running, space_id, RECORDER.format(record=str(record)), private=True)
    token = localhub_running.control.mint_token("alice", scopes=list(MANAGE))
    request = DeployRequest(
        owner="alice", name=space_id.split("/")[1], visibility=Visibility.PRIVATE, allow_update=True
    )
    events = deploy(
        localhub_running, request, token, sign_in=SignIn(scopes=MANAGE, granted_orgs=())
    )
    assert isinstance(events[-1], Done), events[-1]
    assert events[-1].result.ready
    received = [json.loads(line) for line in record.read_text().splitlines()]
    assert received, "the check reached the Space"
    assert guards.leaks(json.dumps(received), (token, "hf_alice")) == []
    for seen in received:
        lowered = {k.lower(): v for k, v in seen["headers"].items()}
        assert "authorization" not in lowered, seen
        assert "cookie" not in lowered, seen
        for value in httpx.URL(seen["path"]).params.values():
            with pytest.raises(HfHubHTTPError):  # what the Space saw is no Hub token
                HfApi(endpoint=localhub_running.url, token=value).whoami()


# -- 2: a bucket's visibility matches its dashboard's, unless the person chooses otherwise ---------


@pytest.mark.parametrize(
    ("space_private", "named"),
    [(True, False), (True, True), (False, False), (False, True)],
    ids=[
        "private-space-public-bucket",
        "private-space-named-public-bucket",
        "public-space-private-bucket",
        "public-space-named-private-bucket",
    ],
)
def test_a_bucket_of_the_other_visibility_is_refused_before_any_write(
    localhub_simulated, space_private: bool, named: bool
):
    """As found: deploy alice/vis2 public, delete the Space, deploy it private; the plan promised
    a private dashboard, and an anonymous request listed its runs. Both directions, and a bucket
    named in the request as well as the default one."""
    name = unique("vis")
    bucket = f"alice/{unique('runs')}" if named else f"alice/{name}-bucket"
    api(localhub_simulated).create_bucket(bucket, private=not space_private)
    request = DeployRequest(
        owner="alice",
        name=name,
        visibility=Visibility.PRIVATE if space_private else Visibility.PUBLIC,
        bucket=bucket if named else None,
    )
    localhub_simulated.control.clear_requests()
    failed = deploy(localhub_simulated, request)[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is Problem.VISIBILITY_MISMATCH
    assert bucket in failed.message
    assert "--allow-visibility-mismatch" in failed.message
    assert guards.writes(localhub_simulated.control.requests(), "alice") == []


def test_the_vis2_sequence_refuses_the_private_redeploy_then_deploys_when_the_person_chooses(
    localhub_simulated,
):
    name = unique("vis2")
    public = DeployRequest(owner="alice", name=name)
    assert isinstance(deploy(localhub_simulated, public)[-1], Done)
    api(localhub_simulated).delete_repo(public.space_id, repo_type="space")
    private = public.with_changes(visibility=Visibility.PRIVATE)
    refused = deploy(localhub_simulated, private)[-1]
    assert isinstance(refused, Failed), refused
    assert refused.problem is Problem.VISIBILITY_MISMATCH
    assert "public" in refused.message
    assert "private" in refused.message

    chosen = deploy(localhub_simulated, private.with_changes(allow_visibility_mismatch=True))
    assert isinstance(chosen[-1], Done), chosen[-1]
    warned = [e.message for e in chosen if isinstance(e, DeployWarning)]
    assert any("public" in w and f"{name}-bucket" in w for w in warned), warned


# -- 3: a deploy stops waiting for a commit it no longer matches -----------------------------------


def when_it_builds(localhub: LocalHub, request: DeployRequest, meanwhile) -> list:
    """Deploy on a localhub whose Spaces stay BUILDING; `meanwhile()` once the build step starts."""
    deployer = Deployer("hf_alice", endpoint=localhub.url, retry_budget=5, wait_timeout=30)
    events = []
    for event in deployer.deploy(request):
        events.append(event)
        if isinstance(event, StepStarted) and event.step is Step.BUILD:
            meanwhile()
    return events


def test_a_push_during_the_build_stops_the_wait_and_says_so(localhub_off):
    """Someone pushes to the new Space while it builds: the runtime will never run this deploy's
    commit, so the deploy stops at once (before: it held its slot for the whole wait)."""
    request = DeployRequest(owner="alice", name=unique("pushed"), storage=False)
    failed = when_it_builds(
        localhub_off,
        request,
        lambda: api(localhub_off).create_commit(
            request.space_id,
            [CommitOperationAdd("notes.md", b"mine\n")],
            commit_message="my own change",
            repo_type="space",
        ),
    )[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is Problem.SPACE_CHANGED
    assert "newer commit" in failed.message
    assert "updating allowed" in failed.message


# -- 6: a Space deleted while its deploy waits ----------------------------------------------------


def test_a_space_deleted_while_its_deploy_waits_ends_with_a_clear_message(localhub_off):
    request = DeployRequest(owner="alice", name=unique("deleted"), storage=False)
    delete = lambda: api(localhub_off).delete_repo(request.space_id, repo_type="space")  # noqa: E731
    failed = when_it_builds(localhub_off, request, delete)[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is Problem.SPACE_DELETED
    assert f"{request.space_id} was deleted" in failed.message
    assert "again" in failed.message


# -- 7: errors name the namespace the refused call was for -----------------------------------------


@pytest.mark.parametrize(
    "page_knows_the_grant", [True, False], ids=["checked-first", "hub-refuses"]
)
def test_a_bucket_in_an_organization_not_granted_names_that_organization(
    localhub_simulated, page_knows_the_grant: bool
):
    """alice signs in without granting trackio-lab and keeps her runs in a bucket there."""
    token = localhub_simulated.control.mint_token("alice", scopes=list(CONTRIBUTE))
    sign_in = SignIn(scopes=CONTRIBUTE, granted_orgs=()) if page_knows_the_grant else SignIn()
    request = DeployRequest(
        owner="alice", name=unique("lab"), bucket=f"trackio-lab/{unique('runs')}"
    )
    failed = deploy(localhub_simulated, request, token, sign_in=sign_in)[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is Problem.ORG_NOT_GRANTED
    assert "organization trackio-lab" in failed.message
    assert "organization alice" not in failed.message


def test_a_template_space_the_hub_will_not_show_is_named_with_its_own_namespace(
    localhub_simulated,
):
    template = DEFAULT_TEMPLATE
    localhub_simulated.control.add_fault(
        Fault(method="GET", path=f"/api/spaces/{template}", status=403)
    )
    try:
        done = deploy(localhub_simulated, DeployRequest(owner="alice", name=unique("tmpl")))[-1]
    finally:
        localhub_simulated.control.clear_faults()
    assert isinstance(done, Done), done
    assert f"in {template.split('/')[0]} (" in done.result.path_reason
    assert " in alice " not in done.result.path_reason


# -- 5: the CLI prints no terminal control sequence from the Hub or a Space -----------------------

HOSTILE_OUTPUT = (
    "\x1b]0;a new window title\x07"  # OSC 0
    "\x1b]8;;http://127.0.0.1:9999/login\x1b\\Sign in again\x1b]8;;\x1b\\"  # OSC 8 hyperlink
    "\x1b]52;c;cGFzdGUgbWU=\x07"  # OSC 52: write the clipboard
    "\x1bP+q544e\x1b\\"  # DCS
    "\x1b[2J\x1b[31mred\x1b[0m"  # CSI
    "\x9b31m\x9d0;title\x9c"  # the same as 8-bit C1 controls
    "\rover\bwritten"
)
CRASHING = f"""\
import sys


def show(*args, **kwargs):
    print({HOSTILE_OUTPUT!r}, flush=True)
    sys.exit(1)
"""


def control_characters(text: str) -> list[str]:
    return sorted({repr(c) for c in text if unicodedata.category(c) == "Cc" and c not in "\n"})


def test_for_terminal_strips_every_control_sequence_and_keeps_the_text():
    assert for_terminal(HOSTILE_OUTPUT) == "Sign in againredoverwritten"
    assert for_terminal("plain ✓ text\twith a tab") == "plain ✓ text\twith a tab"


def test_the_cli_prints_a_spaces_output_without_its_terminal_control_sequences(localhub_running):
    space_id = f"alice/{unique('hostile')}"
    planted_dashboard(localhub_running, space_id, CRASHING, private=False)
    name = space_id.split("/")[1]
    command = ["deploy", "--owner", "alice", "--name", name, "--update", "--no-bucket"]
    run = subprocess.run(
        [sys.executable, "-m", "deployer", *command, "--timeout", "120"],
        cwd=ROOT,
        env=cli_env(localhub_running, "hf_alice"),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Sign in again" in run.stdout, "the Space's words are shown, as text"
    assert control_characters(run.stdout + run.stderr) == []

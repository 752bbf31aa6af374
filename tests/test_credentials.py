"""No credential leaks: every flow (the page, the CLI, success and each failure) runs with
recognisable tokens, then everything observable is searched for them: the page's HTML and API
answers, the event streams, CLI output, error messages, the page's and localhub's logs, localhub's
request log, and every Space's variables and files. The one secret a user asks to store (the
Space's write token) may appear in exactly one place: the Space's `HF_TOKEN` secret."""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import httpx
import pytest
from huggingface_hub import HfApi
from huggingface_hub.errors import HfHubHTTPError

from deployer import Deployer, DeployRequest, Done, Failed, SignIn, Visibility
from deployer.hub import HubSession
from deployer.publish import publish_template
from deployer.request import DEFAULT_TEMPLATE
from localhub.control import Fault
from localhub.signin import sign_in
from sandbox import SIMULATED_TRACKIO
from tests.conftest import ROOT, cli_env, unique
from tests.guards import leaks, writes
from tests.page_session import PageSession, page_process

ALICE = "hf_aliceSweepPersonalToken0123456789AB"
BOB = "hf_bobSweepPersonalToken0123456789ABCD"
CAROL_READ = "hf_carolSweepReadOnlyToken0123456789AB"
MAINTAINER = "hf_maintainer"  # sandbox mode publishes the template with it
WRITE_TOKEN = "hf_sweepSpaceWriteSecret0123456789abcd"  # the secret users ask the Space to keep
PLANTED = "hf_plantedInADeployLink0123456789abcdef"  # a token a hostile deploy link carries
SEED = {
    "users": [
        {"name": "alice", "plan": "pro"},
        {"name": "bob", "plan": "free"},
        {"name": "carol", "plan": "pro"},
        {"name": "maintainer", "plan": "pro"},
    ],
    "orgs": [
        {"name": "trackio-lab", "plan": "team", "members": {"alice": "admin", "bob": "read"}},
        {"name": "trackio-deployer", "plan": "team", "members": {"maintainer": "admin"}},
    ],
    "tokens": [
        {"value": ALICE, "user": "alice", "role": "write"},
        {"value": BOB, "user": "bob", "role": "write"},
        {"value": CAROL_READ, "user": "carol", "role": "read"},
        {"value": MAINTAINER, "user": "maintainer", "role": "write"},
    ],
}


class Sweep:
    """The tokens in play and everything a person or another process could see."""

    def __init__(self) -> None:
        self.tokens: set[str] = {ALICE, BOB, CAROL_READ, MAINTAINER, PLANTED}
        self.seen: list[tuple[str, str]] = []

    def add(self, where: str, text: str) -> None:
        self.seen.append((where, text))

    def found(self, texts: list[tuple[str, str]] | None = None) -> list[tuple[str, list[str]]]:
        secrets = (*sorted(self.tokens), WRITE_TOKEN)
        return [
            (where, hits) for where, text in (texts or self.seen) if (hits := leaks(text, secrets))
        ]


@pytest.fixture(scope="module")
def sweep() -> Sweep:
    return Sweep()


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    from localhub.service import LocalHub

    folder = tmp_path_factory.mktemp("sweep")
    seed = folder / "seed.json"
    seed.write_text(json.dumps(SEED))
    with LocalHub(
        spaces="simulate",
        simulated_space=SIMULATED_TRACKIO,
        data=folder / "hub",
        seed=seed,
        log_path=folder / "localhub.log",
    ) as running:
        # Published here, not only by the page's sandbox start: every test deploys by duplicate.
        publish_template(HubSession(MAINTAINER, endpoint=running.url), DEFAULT_TEMPLATE)
        yield running


@pytest.fixture(scope="module")
def app_log(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("app") / "app.log"


@pytest.fixture(scope="module")
def page_url(hub, app_log):
    with page_process(hub, app_log) as url:
        yield url


def oauth_token(cookie: str) -> str:
    """The access token gradio keeps in its signed (not encrypted) session cookie."""
    payload = cookie.split(".", 1)[0]
    session = json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))
    return session["oauth_info"]["access_token"]


def signed_in(page_url: str, hub, sweep: Sweep, user: str, orgs=()) -> PageSession:
    person = sign_in(page_url, user, orgs=orgs)
    sweep.tokens.add(oauth_token(person.cookie))
    for number, response in enumerate(person.answers):
        sweep.add(f"sign-in of {user}, answer {number}", response)
    session = PageSession(page_url, person.cookie)
    sweep.add(f"config for {user}", json.dumps(session.config))
    loaded = session.load()
    assert f"Signed in as **{user}**" in loaded.text
    sweep.add(f"page load for {user}", loaded.text)
    return session


# -- the page ---------------------------------------------------------------------------------------


def test_the_page_never_shows_a_token_through_sign_in_success_and_each_failure(
    hub, page_url, sweep
):
    for path in ("/", "/config", "/gradio_api/info", f"/?template=evil/x&write_token={PLANTED}"):
        sweep.add(f"GET {path}", httpx.get(page_url + path, timeout=30).text)

    alice = signed_in(page_url, hub, sweep, "alice", orgs=("trackio-lab",))
    name = unique("sweep")
    flows = {
        "success with a write token": alice.deploy(
            owner="alice", name=name, write_token=WRITE_TOKEN, plot_order="loss"
        ),
        "the same name again": alice.deploy(owner="alice", name=name, write_token=WRITE_TOKEN),
        "invalid input": alice.deploy(owner="alice", name="../etc", write_token=WRITE_TOKEN),
        "a bad write token": alice.deploy(
            owner="alice", name=unique("sweep"), write_token=f"{WRITE_TOKEN}\r\nX: 1"
        ),
        "an owner alice is not in": alice.deploy(
            owner="trackio-deployer", name=unique("sweep"), write_token=WRITE_TOKEN
        ),
    }
    hub.control.add_fault(
        Fault(method="POST", path="/api/spaces/*/duplicate", status=429, retry_after=600)
    )
    try:
        flows["the Hub refusing"] = alice.deploy(
            owner="trackio-lab", name=unique("sweep"), write_token=WRITE_TOKEN
        )
    finally:
        hub.control.clear_faults()
    late = unique("sweep")
    hub.control.add_fault(
        Fault(
            method="GET",
            path=f"/api/spaces/alice/{late}/runtime",
            status=429,
            retry_after=600,
            times=None,
        )
    )
    try:
        made_then_refused = alice.deploy(owner="alice", name=late, write_token=WRITE_TOKEN)
    finally:
        hub.control.clear_faults()
    assert "Tick **Update it if it is already a Trackio dashboard**" in made_then_refused.value(2)
    assert f"alice/{late} was created: deploy again with updating allowed" in (
        made_then_refused.value(2)
    )
    finished = alice.deploy(owner="alice", name=late, update=True, write_token=WRITE_TOKEN)
    assert "is running" in finished.value(2), finished.value(2)
    sweep.add("page: refused once the Space was made", made_then_refused.text)
    sweep.add("page: finished with updating allowed", finished.text)
    bob = signed_in(page_url, hub, sweep, "bob", orgs=("trackio-lab",))
    flows["a free plan"] = bob.deploy(owner="bob", name=unique("sweep"), write_token=WRITE_TOKEN)
    flows["a read-only role"] = bob.deploy(owner="trackio-lab", name=unique("sweep"))
    stranger = PageSession(page_url, cookie=None)
    flows["a token sent without a sign-in"] = stranger.run(
        stranger.dependency(api_name="deploy"),
        [
            "alice",
            unique("sweep"),
            "public",
            "cpu-basic",
            True,
            "",
            False,
            "default",
            WRITE_TOKEN,
            "",
            "",
            "",
        ],
    )

    for what, run in flows.items():
        sweep.add(f"page: {what}", run.text)
    assert "is running" in flows.pop("success with a write token").value(2)
    for what, run in flows.items():
        # Stopped by the deployer, or refused by gradio: an owner outside the session's choices.
        refused = "The deploy stopped" in run.value(2) or "not in the list of choices" in str(
            run.error
        )
        assert refused, (what, run.value(2), run.error)
    made = {s.id for s in HfApi(endpoint=hub.url, token=ALICE).list_spaces(author="alice")}
    made |= {s.id for s in HfApi(endpoint=hub.url, token=BOB).list_spaces(author="bob")}
    made |= {s.id for s in HfApi(endpoint=hub.url, token=ALICE).list_spaces(author="trackio-lab")}
    assert made == {f"alice/{name}", f"alice/{late}"}, "no other failure made a Space"
    for session in (alice, bob, stranger):
        sweep.add("join answers", "\n".join(session.responses))
    assert sweep.found() == []


# -- the CLI ----------------------------------------------------------------------------------------


def run_cli(hub, token: str, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deployer", *args],
        cwd=ROOT,
        env=cli_env(hub, token, SPACE_TOKEN=WRITE_TOKEN, **(env or {})),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_cli_never_prints_a_token_in_success_or_any_failure(hub, sweep):
    expired = hub.control.mint_token("alice", scopes=["openid", "contribute-repos"], lifetime=-1)
    no_scope = hub.control.mint_token("alice", scopes=["openid", "profile"])
    sweep.tokens |= {expired, no_scope}
    store = ("--write-token-env", "SPACE_TOKEN")
    runs = {
        "success": run_cli(hub, ALICE, "deploy", "--owner", "alice", "--name", unique(), *store),
        "success, JSON": run_cli(
            hub, ALICE, "deploy", "--owner", "alice", "--name", unique(), "--json", *store
        ),
        "plan": run_cli(hub, ALICE, "plan", "--owner", "alice", "--json", *store),
        "invalid input": run_cli(hub, ALICE, "deploy", "--owner", "alice", "--name", "-x", *store),
        "a free plan": run_cli(hub, BOB, "deploy", "--owner", "bob", "--name", unique(), *store),
        "a read-only token": run_cli(
            hub, CAROL_READ, "deploy", "--owner", "carol", "--name", unique(), "--json", *store
        ),
        "an expired sign-in": run_cli(
            hub, expired, "deploy", "--owner", "alice", "--name", unique(), *store
        ),
        "a missing scope": run_cli(
            hub, no_scope, "deploy", "--owner", "alice", "--name", unique(), *store
        ),
        "an unknown token": run_cli(
            hub, "hf_" + "z" * 34, "deploy", "--owner", "alice", "--name", unique(), *store
        ),
        "publishing without rights": run_cli(
            hub, ALICE, "publish-template", "--to", "trackio-deployer/not-alices"
        ),
    }
    hub.control.add_fault(
        Fault(method="POST", path="/api/spaces/*/duplicate", status=429, retry_after=600)
    )
    try:
        runs["the Hub refusing"] = run_cli(
            hub, ALICE, "deploy", "--owner", "alice", "--name", unique(), "--json", *store
        )
    finally:
        hub.control.clear_faults()
    sweep.tokens.add("hf_" + "z" * 34)
    for what, run in runs.items():
        sweep.add(f"CLI: {what}", run.stdout + run.stderr)
    codes = {what: run.returncode for what, run in runs.items()}
    assert codes == {
        "success": 0,
        "success, JSON": 0,
        "plan": 0,
        "invalid input": 2,
        "a free plan": 1,
        "a read-only token": 1,
        "an expired sign-in": 1,
        "a missing scope": 1,
        "an unknown token": 1,
        "publishing without rights": 1,
        "the Hub refusing": 1,
    }
    assert sweep.found() == []


# -- the deployer as a library ------------------------------------------------------------------------


def test_each_sign_in_problem_gets_its_own_message_and_no_write(hub, sweep):
    """Expired OAuth token, missing scope, organization not granted, read-only token."""
    granted = ("openid", "profile", "contribute-repos")
    cases = {
        "sign_in_again": (
            hub.control.mint_token("alice", scopes=list(granted), lifetime=-1),
            "alice",
            SignIn(scopes=granted, granted_orgs=()),
        ),
        "missing_scope": (
            hub.control.mint_token("alice", scopes=["openid", "profile"]),
            "alice",
            SignIn(scopes=("openid", "profile"), granted_orgs=()),
        ),
        "org_not_granted": (
            hub.control.mint_token("alice", scopes=list(granted)),
            "trackio-lab",
            SignIn(scopes=granted, granted_orgs=()),
        ),
        "read_only_token": (CAROL_READ, "carol", SignIn()),
    }
    messages = {}
    hub.control.clear_requests()
    for problem, (token, owner, signed) in cases.items():
        sweep.tokens.add(token)
        events = list(
            Deployer(token, endpoint=hub.url, retry_budget=2).deploy(
                DeployRequest(owner=owner, name=unique(), write_token=WRITE_TOKEN), sign_in=signed
            )
        )
        failed = events[-1]
        assert isinstance(failed, Failed), failed
        assert failed.problem == problem
        messages[problem] = failed.message
        sweep.add(f"library: {problem}", repr(events))
    assert len(set(messages.values())) == len(cases), "each problem has its own message"
    assert "Sign in again" in messages["sign_in_again"]
    assert "sign in again and accept every permission" in messages["missing_scope"]
    assert "tick trackio-lab" in messages["org_not_granted"]
    assert "write access" in messages["read_only_token"]
    assert writes(hub.control.requests()) == [], "refused before any write"
    assert sweep.found() == []


def test_a_contribute_repos_sign_in_deploys_privately_and_reads_only_buckets_its_app_made(hub):
    """The page's scope creates a private bucket and mounts it; another app's private bucket stays
    out of its reach."""
    granted = ("openid", "profile", "contribute-repos")
    token = hub.control.mint_token("alice", client_id="deploy-page", scopes=list(granted))
    name = unique("private")
    request = DeployRequest(owner="alice", name=name, visibility=Visibility.PRIVATE)
    done = list(
        Deployer(token, endpoint=hub.url, retry_budget=2).deploy(
            request, sign_in=SignIn(scopes=granted, granted_orgs=())
        )
    )[-1]
    assert isinstance(done, Done), done
    app = HfApi(endpoint=hub.url, token=token)
    assert app.space_info(f"alice/{name}").private
    assert app.bucket_info(f"alice/{name}-bucket").private
    theirs = HfApi(endpoint=hub.url, token=ALICE).create_bucket(
        f"alice/{unique('mine')}", private=True
    )
    with pytest.raises(HfHubHTTPError):
        app.bucket_info(theirs.bucket_id)


# -- what stays behind --------------------------------------------------------------------------------


def test_nothing_left_behind_holds_a_token_and_the_write_token_is_only_a_secret(
    hub, page_url, app_log, sweep
):
    """Runs last: the logs, the request log, every Space's variables and files, and the Hub's own
    database, after every flow above."""
    api = HfApi(endpoint=hub.url, token=MAINTAINER)
    behind = [
        ("the page's log", app_log.read_text(errors="replace")),
        ("localhub's log", hub.log_text()),
        ("localhub's request log", json.dumps([asdict(r) for r in hub.control.requests()])),
    ]
    spaces = [
        s.id
        for owner in ("alice", "bob", "carol", "trackio-lab")
        for s in HfApi(endpoint=hub.url, token=ALICE if owner != "bob" else BOB).list_spaces(
            author=owner
        )
    ]
    assert spaces, "the flows above made Spaces"
    for space in spaces:
        owner_token = BOB if space.startswith("bob/") else ALICE
        owned = HfApi(endpoint=hub.url, token=owner_token)
        variables = {k: v.value for k, v in owned.get_space_variables(space).items()}
        behind.append((f"variables of {space}", json.dumps(variables)))
        for sibling in owned.space_info(space).siblings or []:
            data = httpx.get(
                f"{hub.url}/spaces/{space}/resolve/main/{sibling.rfilename}",
                headers={"authorization": f"Bearer {owner_token}"},
                timeout=30,
            )
            behind.append((f"{space}/{sibling.rfilename}", data.text))
    assert api.space_info("trackio-deployer/trackio-dashboard")
    assert sweep.found(behind) == []

    # The Hub's database: user tokens are kept only as hashes, the write token only as a secret.
    with sqlite3.connect(hub.options.data / "hub.sqlite3") as database:
        dump = list(database.iterdump())
    assert not [line for line in dump if any(t in line for t in sweep.tokens)]
    holding = [line for line in dump if WRITE_TOKEN in line]
    assert holding, "the write token was stored"
    assert all(
        line.startswith('INSERT INTO "space_values"') and "'secret','HF_TOKEN'" in line
        for line in holding
    ), holding

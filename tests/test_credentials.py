"""No credential leaks: every flow (the page, the CLI, success and each failure) runs with
recognisable tokens, then everything observable is searched for them: the page's HTML and API
answers, the event streams, CLI output, error messages, the page's and localhub's logs, localhub's
request log, and every Space's variables and files. The one secret a user asks to store (the
Space's write token) may appear in exactly one place: the Space's `HF_TOKEN` secret."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import asdict
from functools import partial
from pathlib import Path

import httpx
import pytest
from huggingface_hub import HfApi
from huggingface_hub.errors import HfHubHTTPError

from deployer import Deployer, DeployRequest, Done, Failed, SignIn, Visibility
from harness.driver import PageDriver, oauth_token
from harness.servers import sandbox_page
from localhub.control import Fault
from localhub.service import LocalHub
from localhub.signin import sign_in
from page.form import Form
from page.ids import ElementId
from sandbox import ROOT, make_localhub, publish_template
from tests.conftest import cli_env, unique
from tests.guards import leaks, writes

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
def localhub_simulated_sweep(tmp_path_factory):
    """Spaces simulated, and the sweep's own seed: every token in it is recognisable."""
    folder = tmp_path_factory.mktemp("sweep")
    seed = folder / "seed.json"
    seed.write_text(json.dumps(SEED))
    with make_localhub(
        spaces="simulate",
        data=folder / "hub",
        seed=seed,
        log_path=folder / "localhub.log",
    ) as running:
        # Published here, not only by the page's sandbox start: every test deploys by duplicate.
        publish_template(running.url)
        yield running


@pytest.fixture(scope="module")
def app_log(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("app") / "app.log"


@pytest.fixture(scope="module")
def page_url(localhub_simulated_sweep, app_log):
    with sandbox_page(localhub_simulated_sweep.url, log=app_log) as page:
        yield page.url


def signed_in(page_url: str, sweep: Sweep, user: str, orgs=()) -> PageDriver:
    person = sign_in(page_url, user, orgs=orgs)
    sweep.tokens.add(oauth_token(person.cookie))
    for number, response in enumerate(person.answers):
        sweep.add(f"sign-in of {user}, answer {number}", response)
    session = PageDriver(page_url, person.cookie)
    sweep.add(f"config for {user}", json.dumps(session.config))
    loaded = session.load()
    assert f'data-user="{user}"' in loaded.value(ElementId.SIGNED_IN_AS)
    sweep.add(f"page load for {user}", loaded.text)
    return session


# -- the page ---------------------------------------------------------------------------------------


def test_the_page_never_shows_a_token_through_sign_in_success_and_each_failure(
    localhub_simulated_sweep, page_url, sweep
):
    for path in ("/", "/config", "/gradio_api/info", f"/?template=evil/x&write_token={PLANTED}"):
        sweep.add(f"GET {path}", httpx.get(page_url + path, timeout=30).text)

    alice = signed_in(page_url, sweep, "alice", orgs=("trackio-lab",))
    name = unique("sweep")
    flows = {
        "success with a write token": alice.deploy(
            Form(owner="alice", name=name, write_token=WRITE_TOKEN, plot_order="loss")
        ),
        "the same name again": alice.deploy(
            Form(owner="alice", name=name, write_token=WRITE_TOKEN)
        ),
        "invalid input": alice.deploy(Form(owner="alice", name="../etc", write_token=WRITE_TOKEN)),
        "a bad write token": alice.deploy(
            Form(owner="alice", name=unique("sweep"), write_token=f"{WRITE_TOKEN}\r\nX: 1")
        ),
        "an owner alice is not in": alice.deploy(
            Form(owner="trackio-deployer", name=unique("sweep"), write_token=WRITE_TOKEN)
        ),
    }
    localhub_simulated_sweep.control.add_fault(
        Fault(method="POST", path="/api/spaces/*/duplicate", status=429, retry_after=600)
    )
    try:
        flows["the Hub refusing"] = alice.deploy(
            Form(owner="trackio-lab", name=unique("sweep"), write_token=WRITE_TOKEN)
        )
    finally:
        localhub_simulated_sweep.control.clear_faults()
    late = unique("sweep")
    localhub_simulated_sweep.control.add_fault(
        Fault(
            method="GET",
            path=f"/api/spaces/alice/{late}/runtime",
            status=429,
            retry_after=600,
            times=None,
        )
    )
    try:
        made_then_refused = alice.deploy(Form(owner="alice", name=late, write_token=WRITE_TOKEN))
    finally:
        localhub_simulated_sweep.control.clear_faults()
    refusal = made_then_refused.value(ElementId.SUMMARY)
    assert 'data-action="update"' in refusal, "the failure offers to finish it"
    assert f"alice/{late} was created: deploy again with updating allowed" in refusal
    finished = alice.deploy(Form(owner="alice", name=late, update=True, write_token=WRITE_TOKEN))
    assert "is running" in finished.value(ElementId.SUMMARY), finished.value(ElementId.SUMMARY)
    sweep.add("page: refused once the Space was made", made_then_refused.text)
    sweep.add("page: finished with updating allowed", finished.text)
    bob = signed_in(page_url, sweep, "bob", orgs=("trackio-lab",))
    flows["a free plan"] = bob.deploy(
        Form(owner="bob", name=unique("sweep"), write_token=WRITE_TOKEN)
    )
    flows["a read-only role"] = bob.deploy(Form(owner="trackio-lab", name=unique("sweep")))
    static = unique("sweep")
    flows["a static dashboard, a write token typed in and hidden"] = bob.deploy(
        Form(owner="bob", name=static, kind="static", project="sweep", write_token=WRITE_TOKEN)
    )
    stranger = PageDriver(page_url, cookie=None)
    flows["a token sent without a sign-in"] = stranger.deploy(
        Form(owner="alice", name=unique("sweep"), write_token=WRITE_TOKEN)
    )

    for what, run in flows.items():
        sweep.add(f"page: {what}", run.text)
    assert "is running" in flows.pop("success with a write token").value(ElementId.SUMMARY)
    static_run = flows.pop("a static dashboard, a write token typed in and hidden")
    assert "Your static Trackio dashboard is ready" in static_run.value(ElementId.SUMMARY)
    for what, run in flows.items():
        # Stopped by the deployer, or refused by gradio: an owner outside the session's choices.
        summary = run.value(ElementId.SUMMARY)
        refused = (
            'data-phase="failed"' in summary
            or 'data-phase="refused"' in summary
            or "not in the list of choices" in str(run.error)
        )
        assert refused, (what, summary, run.error)
    made = {
        s.id
        for s in HfApi(endpoint=localhub_simulated_sweep.url, token=ALICE).list_spaces(
            author="alice"
        )
    }
    made |= {
        s.id
        for s in HfApi(endpoint=localhub_simulated_sweep.url, token=BOB).list_spaces(author="bob")
    }
    made |= {
        s.id
        for s in HfApi(endpoint=localhub_simulated_sweep.url, token=ALICE).list_spaces(
            author="trackio-lab"
        )
    }
    assert made == {f"alice/{name}", f"alice/{late}", f"bob/{static}"}, (
        "no other failure made a Space"
    )
    for session in (alice, bob, stranger):
        sweep.add("join answers", "\n".join(session.responses))
    assert sweep.found() == []


# -- the CLI ----------------------------------------------------------------------------------------


def run_cli(
    localhub: LocalHub, token: str, *args: str, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deployer", *args],
        cwd=ROOT,
        env=cli_env(localhub, token, SPACE_TOKEN=WRITE_TOKEN, **(env or {})),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_the_cli_never_prints_a_token_in_success_or_any_failure(localhub_simulated_sweep, sweep):
    expired = localhub_simulated_sweep.control.mint_token(
        "alice", scopes=["openid", "contribute-repos"], lifetime=-1
    )
    no_scope = localhub_simulated_sweep.control.mint_token("alice", scopes=["openid", "profile"])
    sweep.tokens |= {expired, no_scope}
    store = ("--write-token-env", "SPACE_TOKEN")
    static = ("--kind", "static", "--project", "sweep")
    cli = partial(run_cli, localhub_simulated_sweep)
    runs = {
        "success": cli(ALICE, "deploy", "--owner", "alice", "--name", unique(), *store),
        "success, JSON": cli(
            ALICE, "deploy", "--owner", "alice", "--name", unique(), "--json", *store
        ),
        "plan": cli(ALICE, "plan", "--owner", "alice", "--json", *store),
        "invalid input": cli(ALICE, "deploy", "--owner", "alice", "--name", "-x", *store),
        "a free plan": cli(BOB, "deploy", "--owner", "bob", "--name", unique(), *store),
        "a read-only token": cli(
            CAROL_READ, "deploy", "--owner", "carol", "--name", unique(), "--json", *store
        ),
        "an expired sign-in": cli(
            expired, "deploy", "--owner", "alice", "--name", unique(), *store
        ),
        "a missing scope": cli(no_scope, "deploy", "--owner", "alice", "--name", unique(), *store),
        "an unknown token": cli(
            "hf_" + "z" * 34, "deploy", "--owner", "alice", "--name", unique(), *store
        ),
        "publishing without rights": cli(
            ALICE, "publish-template", "--to", "trackio-deployer/not-alices"
        ),
        "a static dashboard": cli(
            BOB, "deploy", "--owner", "bob", "--name", unique(), *static, "--json"
        ),
        "a static dashboard given a write token": cli(
            BOB, "deploy", "--owner", "bob", "--name", unique(), *static, *store
        ),
        "publishing the static template without rights": cli(
            BOB, "publish-template", "--kind", "static", "--to", "trackio-deployer/not-bobs"
        ),
    }
    localhub_simulated_sweep.control.add_fault(
        Fault(method="POST", path="/api/spaces/*/duplicate", status=429, retry_after=600)
    )
    try:
        runs["the Hub refusing"] = cli(
            ALICE, "deploy", "--owner", "alice", "--name", unique(), "--json", *store
        )
    finally:
        localhub_simulated_sweep.control.clear_faults()
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
        "a static dashboard": 0,
        "a static dashboard given a write token": 2,
        "publishing the static template without rights": 1,
        "the Hub refusing": 1,
    }
    assert sweep.found() == []


# -- the deployer as a library ------------------------------------------------------------------------


def test_each_sign_in_problem_gets_its_own_message_and_no_write(localhub_simulated_sweep, sweep):
    """Expired OAuth token, missing scope, organization not granted, read-only token."""
    granted = ("openid", "profile", "contribute-repos")
    cases = {
        "sign_in_again": (
            localhub_simulated_sweep.control.mint_token("alice", scopes=list(granted), lifetime=-1),
            "alice",
            SignIn(scopes=granted, granted_orgs=()),
        ),
        "missing_scope": (
            localhub_simulated_sweep.control.mint_token("alice", scopes=["openid", "profile"]),
            "alice",
            SignIn(scopes=("openid", "profile"), granted_orgs=()),
        ),
        "org_not_granted": (
            localhub_simulated_sweep.control.mint_token("alice", scopes=list(granted)),
            "trackio-lab",
            SignIn(scopes=granted, granted_orgs=()),
        ),
        "read_only_token": (CAROL_READ, "carol", SignIn()),
    }
    messages = {}
    localhub_simulated_sweep.control.clear_requests()
    for problem, (token, owner, signed) in cases.items():
        sweep.tokens.add(token)
        events = list(
            Deployer(token, endpoint=localhub_simulated_sweep.url, retry_budget=2).deploy(
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
    assert writes(localhub_simulated_sweep.control.requests()) == [], "refused before any write"
    assert sweep.found() == []


def test_a_contribute_repos_sign_in_deploys_privately_and_reads_only_buckets_its_app_made(
    localhub_simulated_sweep,
):
    """The page's scope creates a private bucket and mounts it; another app's private bucket stays
    out of its reach."""
    granted = ("openid", "profile", "contribute-repos")
    token = localhub_simulated_sweep.control.mint_token(
        "alice", client_id="deploy-page", scopes=list(granted)
    )
    name = unique("private")
    request = DeployRequest(owner="alice", name=name, visibility=Visibility.PRIVATE)
    done = list(
        Deployer(token, endpoint=localhub_simulated_sweep.url, retry_budget=2).deploy(
            request, sign_in=SignIn(scopes=granted, granted_orgs=())
        )
    )[-1]
    assert isinstance(done, Done), done
    app = HfApi(endpoint=localhub_simulated_sweep.url, token=token)
    assert app.space_info(f"alice/{name}").private
    assert app.bucket_info(f"alice/{name}-bucket").private
    theirs = HfApi(endpoint=localhub_simulated_sweep.url, token=ALICE).create_bucket(
        f"alice/{unique('mine')}", private=True
    )
    with pytest.raises(HfHubHTTPError):
        app.bucket_info(theirs.bucket_id)


# -- what stays behind --------------------------------------------------------------------------------


def test_nothing_left_behind_holds_a_token_and_the_write_token_is_only_a_secret(
    localhub_simulated_sweep, page_url, app_log, sweep
):
    """Runs last: the logs, the request log, every Space's variables and files, and the Hub's own
    database, after every flow above."""
    api = HfApi(endpoint=localhub_simulated_sweep.url, token=MAINTAINER)
    behind = [
        ("the page's log", app_log.read_text(errors="replace")),
        ("localhub's log", localhub_simulated_sweep.log_text()),
        (
            "localhub's request log",
            json.dumps([asdict(r) for r in localhub_simulated_sweep.control.requests()]),
        ),
    ]
    spaces = [
        s.id
        for owner in ("alice", "bob", "carol", "trackio-lab")
        for s in HfApi(
            endpoint=localhub_simulated_sweep.url, token=ALICE if owner != "bob" else BOB
        ).list_spaces(author=owner)
    ]
    assert spaces, "the flows above made Spaces"
    for space in spaces:
        owner_token = BOB if space.startswith("bob/") else ALICE
        owned = HfApi(endpoint=localhub_simulated_sweep.url, token=owner_token)
        variables = {k: v.value for k, v in owned.get_space_variables(space).items()}
        behind.append((f"variables of {space}", json.dumps(variables)))
        for sibling in owned.space_info(space).siblings or []:
            data = httpx.get(
                f"{localhub_simulated_sweep.url}/spaces/{space}/resolve/main/{sibling.rfilename}",
                headers={"authorization": f"Bearer {owner_token}"},
                timeout=30,
            )
            behind.append((f"{space}/{sibling.rfilename}", data.text))
    assert api.space_info("trackio-deployer/trackio-dashboard")
    assert sweep.found(behind) == []

    # The Hub's database: user tokens are kept only as hashes, the write token only as a secret.
    with sqlite3.connect(localhub_simulated_sweep.options.data / "hub.sqlite3") as database:
        dump = list(database.iterdump())
    assert not [line for line in dump if any(t in line for t in sweep.tokens)]
    holding = [line for line in dump if WRITE_TOKEN in line]
    assert holding, "the write token was stored"
    assert all(
        line.startswith('INSERT INTO "space_values"') and "'secret','HF_TOKEN'" in line
        for line in holding
    ), holding

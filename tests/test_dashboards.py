"""Your dashboards: the listing shows exactly the Trackio Spaces of the person and of the
organizations they granted, what each runs, for a bounded number of Hub requests; and the CLI's
`list`. A localhub of this module's own, so that "exactly" can be asserted."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from huggingface_hub import CommitOperationAdd

from deployer import Deployer, DeployRequest, Done, HubClient, SignIn, Visibility
from deployer.dashboards import Action, Dashboard, Listed, Progress, VersionSource
from deployer.dashboards import list_dashboards as listing
from deployer.request import Kind
from deployer.template import pinned_trackio_version
from deployer.versions import is_older, trackio_pin
from harness.older import OLDER_TRACKIO, pin_trackio
from localhub.service import LocalHub
from tests import guards
from tests.conftest import api
from tests.test_deployer import run_cli

STATIC_CARD = "---\nsdk: static\nemoji: 🎯\ntags:\n - trackio\n---\n"


@pytest.fixture(scope="module")
def made(localhub_simulated_own) -> dict[str, str]:
    """The Spaces the listing is asked about, by role."""
    hub = localhub_simulated_own

    def dashboard(owner: str, name: str, *, token: str = "hf_alice", private: bool = False) -> str:
        request = DeployRequest(
            owner=owner,
            name=name,
            visibility=Visibility.PRIVATE if private else Visibility.PUBLIC,
        )
        done = list(Deployer(token, endpoint=hub.url).deploy(request))[-1]
        assert isinstance(done, Done), done
        return request.space_id

    spaces = {
        "public": dashboard("alice", "public-dashboard"),
        "private": dashboard("alice", "private-dashboard", private=True),
        "older": dashboard("alice", "older-dashboard"),
        "lab public": dashboard("trackio-lab", "lab-dashboard"),
        "lab private": dashboard("trackio-lab", "lab-private", private=True),
        "someone else's": dashboard("maintainer", "theirs", token="hf_maintainer"),
        "not trackio": "alice/not-a-dashboard",
        "static": "alice/static-dashboard",
    }
    client = api(hub)
    client.create_repo(spaces["not trackio"], repo_type="space", space_sdk="gradio")
    client.upload_file(
        path_or_fileobj=b"print('hello')\n",
        path_in_repo="app.py",
        repo_id=spaces["not trackio"],
        repo_type="space",
    )
    # A dashboard deployed on an older trackio, paused since.
    pin_trackio(client, spaces["older"])
    client.pause_space(spaces["older"])
    # A static dashboard as trackio.sync(..., sdk="static") makes it.
    config = {
        "mode": "static",
        "project": "p",
        "version": OLDER_TRACKIO,
        "bucket_id": "alice/static-b",
    }
    client.create_repo(spaces["static"], repo_type="space", space_sdk="static")
    client.create_commit(
        spaces["static"],
        [
            CommitOperationAdd("README.md", STATIC_CARD.encode()),
            CommitOperationAdd("config.json", json.dumps(config).encode()),
            CommitOperationAdd("index.html", b"<html></html>"),
        ],
        commit_message="A static dashboard",
        repo_type="space",
    )
    return spaces


def list_dashboards(hub: LocalHub, token: str, sign_in: SignIn | None = None) -> Listed:
    events = list(listing(HubClient(token, endpoint=hub.url), sign_in=sign_in))
    assert all(isinstance(e, Progress) for e in events[:-1])
    assert isinstance(events[-1], Listed), events[-1]
    return events[-1]


def by_id(listed: Listed) -> dict[str, Dashboard]:
    return {d.space_id: d for d in listed.dashboards}


def test_the_list_shows_exactly_the_trackio_spaces_of_the_account_and_granted_organizations(
    localhub_simulated_own, made
):
    hub = localhub_simulated_own
    alice = set(by_id(list_dashboards(hub, "hf_alice")))
    mine = {made["public"], made["private"], made["older"], made["static"]}
    lab = {made["lab public"], made["lab private"]}
    assert alice == mine | lab, "not someone else's, not a Space that is not Trackio"

    # This app's sign-in: contribute-repos reaches only what the app made, and the organizations
    # ticked on the consent page.
    token = hub.control.mint_token("alice", scopes=["openid", "profile", "contribute-repos"])
    granted_none = list_dashboards(hub, token, SignIn(granted_orgs=()))
    assert granted_none.owners == ("alice",), "an organization not granted is not listed"
    assert set(by_id(granted_none)) == mine - {made["private"]}, (
        "a private dashboard made elsewhere is not this app's to see"
    )

    bob = by_id(list_dashboards(hub, "hf_bob"))
    assert set(bob) == lab, "a read role in the organization sees its private dashboards"
    assert all(d.actions == (Action.OPEN,) for d in bob.values()), "and may change none"
    assert by_id(list_dashboards(hub, "hf_carol_read")) == {}, "a stranger sees none of them"


def test_each_dashboard_says_what_it_runs_and_whether_it_is_behind(localhub_simulated_own, made):
    listed = list_dashboards(localhub_simulated_own, "hf_alice")
    dashboards = by_id(listed)
    pinned = pinned_trackio_version()
    assert listed.template_version == pinned

    public = dashboards[made["public"]]
    assert (public.kind, public.stage, public.hardware, public.private) == (
        Kind.LIVE,
        "RUNNING",
        "cpu-basic",
        False,
    )
    assert (public.trackio_version, public.version_source) == (pinned, VersionSource.DASHBOARD)
    assert public.bucket_id == f"{made['public']}-bucket"
    assert (public.behind, public.actions) == (False, (Action.OPEN,))
    assert httpx.get(f"{public.app_url}/version").json()["version"] == pinned
    assert public.space_url.endswith(f"/spaces/{made['public']}")
    assert public.last_modified

    private = dashboards[made["private"]]
    assert private.private
    assert (private.trackio_version, private.version_source) == (
        pinned,
        VersionSource.REQUIREMENTS,
    ), "a private dashboard's version is read from its pinned requirements, never asked of it"

    older = dashboards[made["older"]]
    assert (older.stage, older.trackio_version, older.version_source) == (
        "PAUSED",
        OLDER_TRACKIO,
        VersionSource.REQUIREMENTS,
    )
    assert older.behind
    assert older.actions == (Action.OPEN, Action.WAKE, Action.UPGRADE)
    assert set(listed.behind) == {older, dashboards[made["static"]]}

    static = dashboards[made["static"]]
    assert (static.kind, static.trackio_version, static.version_source, static.bucket_id) == (
        Kind.STATIC,
        OLDER_TRACKIO,
        VersionSource.CONFIG,
        "alice/static-b",
    )
    assert static.behind
    assert static.actions == (Action.OPEN, Action.UPGRADE), "a static one's frontend is updated"


def test_listing_asks_the_hub_once_plus_once_per_owner_plus_once_per_dashboard_that_cannot_tell_its_version(
    localhub_simulated_own, made
):
    hub = localhub_simulated_own
    hub.control.clear_requests()
    listed = list_dashboards(hub, "hf_alice")
    requests = hub.control.requests()
    to_the_hub = [r for r in requests if r.user == "alice"]
    silent = [d for d in listed.dashboards if d.version_source is not VersionSource.DASHBOARD]
    assert {d.space_id for d in silent} == {
        made[key] for key in ("private", "older", "static", "lab private")
    }
    assert len(to_the_hub) == 1 + len(listed.owners) + len(silent), [r.path for r in to_the_hub]
    assert guards.writes(requests) == []
    assert not [r for r in requests if r.path.endswith(("/runtime", "/logs/build", "/logs/run"))]


def test_the_cli_lists_dashboards_as_json_events_and_as_a_table(localhub_simulated_own, made):
    hub = localhub_simulated_own
    as_json = run_cli(hub, "list", "--json")
    assert as_json.returncode == 0, as_json.stderr
    events = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert {e["kind"] for e in events[:-1]} == {"progress"}
    assert events[-1]["kind"] == "listed"
    older = next(d for d in events[-1]["dashboards"] if d["space_id"] == made["older"])
    assert (older["trackio_version"], older["behind"], older["actions"]) == (
        OLDER_TRACKIO,
        True,
        ["open", "wake", "upgrade"],
    )

    table = run_cli(hub, "list")
    assert table.returncode == 0, table.stderr
    [line] = [line for line in table.stdout.splitlines() if line.startswith(made["older"] + " ")]
    assert f"trackio {OLDER_TRACKIO} (requirements)" in line
    assert f"behind {pinned_trackio_version()}" in line
    assert "hf_alice" not in table.stdout + table.stderr + as_json.stdout


def test_versions_are_read_as_trackio_bump_reads_them():
    assert trackio_pin("gradio\ntrackio[spaces,mcp]==0.43.0\n") == "0.43.0"
    assert trackio_pin(" trackio == 0.21.0 \n") == "0.21.0"
    assert trackio_pin("trackio>=0.40\n") is None
    assert is_older("0.42.0", "0.43.0")
    assert not is_older("0.43.0", "0.43.0")
    assert not is_older("0.44.0.dev1", "0.43.0"), "what cannot be compared is not behind"


def test_the_cli_upgrades_every_dashboard_that_is_behind_live_and_static(
    localhub_simulated_own, made
):
    hub = localhub_simulated_own
    upgraded = run_cli(hub, "upgrade", "--behind", "--json")
    assert upgraded.returncode == 0, upgraded.stdout + upgraded.stderr
    events = [json.loads(line) for line in upgraded.stdout.splitlines()]
    [listed] = [e for e in events if e["kind"] == "listed"]
    behind = {made["older"], made["static"]}
    assert {d["space_id"] for d in listed["dashboards"] if "upgrade" in d["actions"]} == behind
    by_space = {space: [e for e in events if e.get("space_id") == space] for space in behind}
    assert [e["kind"] for e in by_space[made["older"]]][-2:] == ["upgraded", "done"]
    assert by_space[made["static"]][-1]["kind"] == "done", by_space[made["static"]][-1]
    after = by_id(list_dashboards(hub, "hf_alice"))
    assert (after[made["older"]].trackio_version, after[made["older"]].behind) == (
        pinned_trackio_version(),
        False,
    )
    static = after[made["static"]]
    assert (static.trackio_version, static.behind, static.bucket_id) == (
        pinned_trackio_version(),
        False,
        "alice/static-b",
    ), "the static dashboard's frontend and config.json follow the template; its bucket stays"
    downloaded = api(hub).hf_hub_download(made["static"], "config.json", repo_type="space")
    config = json.loads(Path(downloaded).read_text())
    assert config["project"] == "p", "and it shows the project it showed"

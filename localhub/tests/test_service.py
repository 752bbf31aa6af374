"""localhub as a service: seeds, roles and tokens, persistence, clean stops, the CLI."""

from __future__ import annotations

import inspect
import json
import signal
import subprocess
import sys

import pytest
from huggingface_hub.errors import HfHubHTTPError, RepositoryNotFoundError

from localhub.control import RepoStats
from localhub.service import LocalHub
from localhub.testing import api, unique

SEED_TOML = """
[[users]]
name = "dana"
plan = "pro"

[[users]]
name = "erin"
plan = "pro"

[[orgs]]
name = "lab"
plan = "team"
members = { dana = "contributor", erin = "write" }

[[orgs]]
name = "hobby"
plan = "free"
members = { dana = "admin" }

[[tokens]]
value = "hf_dana"
user = "dana"
role = "write"

[[tokens]]
value = "hf_erin"
user = "erin"
role = "write"

[[tokens]]
value = "hf_dana_scoped"
user = "dana"
role = "fineGrained"
scoped = [{ target = "dana", permissions = ["repo.content.read", "repo.write"] }]
"""


@pytest.fixture(scope="module")
def seeded_hub(tmp_path_factory):
    seed = tmp_path_factory.mktemp("seed") / "seed.toml"
    seed.write_text(SEED_TOML)
    with LocalHub(spaces="off", seed=seed) as running:
        yield running


def test_contributor_creates_in_the_org_and_writes_only_what_they_created(seeded_hub):
    mine = f"lab/{unique()}"
    api(seeded_hub, "hf_dana").create_repo(mine, repo_type="space", space_sdk="gradio")
    api(seeded_hub, "hf_dana").add_space_variable(mine, "A", "1")
    theirs = f"lab/{unique()}"
    api(seeded_hub, "hf_erin").create_repo(theirs, repo_type="space", space_sdk="gradio")
    with pytest.raises(HfHubHTTPError, match="contributor") as refused:
        api(seeded_hub, "hf_dana").add_space_variable(theirs, "A", "1")
    assert refused.value.response.status_code == 403
    api(seeded_hub, "hf_erin").add_space_variable(mine, "B", "2")  # write role: every repo


def test_free_organization_gets_402_for_a_gradio_space(seeded_hub):
    with pytest.raises(HfHubHTTPError) as refused:
        api(seeded_hub, "hf_dana").create_repo(
            f"hobby/{unique()}", repo_type="space", space_sdk="gradio"
        )
    assert refused.value.response.status_code == 402


def test_fine_grained_token_writes_only_where_it_is_scoped(seeded_hub):
    api(seeded_hub, "hf_dana_scoped").create_repo(
        f"dana/{unique()}", repo_type="space", space_sdk="gradio"
    )
    with pytest.raises(HfHubHTTPError, match="fine-grained") as refused:
        api(seeded_hub, "hf_dana_scoped").create_repo(
            f"lab/{unique()}", repo_type="space", space_sdk="gradio"
        )
    assert refused.value.response.status_code == 403


def test_oauth_scopes_and_granted_organizations_are_enforced(hub):
    no_scope = hub.control.mint_token("alice", scopes=["openid", "profile"])
    with pytest.raises(HfHubHTTPError, match="contribute-repos") as refused:
        api(hub, no_scope).create_repo(f"alice/{unique()}", repo_type="space", space_sdk="gradio")
    assert refused.value.response.status_code == 403

    contribute = hub.control.mint_token(
        "alice", client_id="deployer", scopes=["openid", "profile", "contribute-repos"]
    )
    created = f"alice/{unique()}"
    api(hub, contribute).create_repo(created, repo_type="space", space_sdk="gradio")
    api(hub, contribute).add_space_variable(created, "A", "1")
    made_elsewhere = f"alice/{unique()}"
    api(hub).create_repo(made_elsewhere, repo_type="space", space_sdk="gradio")
    with pytest.raises(HfHubHTTPError, match="only write repos it created") as refused:
        api(hub, contribute).add_space_variable(made_elsewhere, "A", "1")

    with pytest.raises(HfHubHTTPError, match="not granted access to the organization") as refused:
        api(hub, contribute).create_repo(f"acme/{unique()}", repo_type="space", space_sdk="gradio")
    assert refused.value.response.status_code == 403
    granted = hub.control.mint_token(
        "alice", client_id="deployer", scopes=["openid", "contribute-repos"], orgs=["acme"]
    )
    api(hub, granted).create_repo(f"acme/{unique()}", repo_type="space", space_sdk="gradio")


def test_expired_oauth_token_is_a_401(hub):
    expired = hub.control.mint_token("alice", scopes=["openid", "manage-repos"], lifetime=-1)
    with pytest.raises(HfHubHTTPError, match="Invalid user token") as refused:
        api(hub, expired).whoami()
    assert refused.value.response.status_code == 401


def test_state_survives_a_restart_with_data_and_tokens_never_reach_the_disk(tmp_path):
    data = tmp_path / "hubdata"
    repo_id = f"alice/{unique()}"
    with LocalHub(spaces="off", data=data) as first:
        client = api(first)
        client.create_repo(repo_id, repo_type="space", space_sdk="gradio", private=True)
        client.upload_file(
            path_or_fileobj=b"print(1)\n", path_in_repo="app.py", repo_id=repo_id, repo_type="space"
        )
        client.add_space_variable(repo_id, "KEPT", "yes")
        client.create_bucket("alice/kept-bucket")
        sha = client.space_info(repo_id).sha
    with LocalHub(spaces="off", data=data) as second:
        client = api(second)
        assert client.space_info(repo_id).sha == sha
        assert client.get_space_variables(repo_id)["KEPT"].value == "yes"
        assert client.bucket_info("alice/kept-bucket").id == "alice/kept-bucket"
        assert second.control.stats(repo_id) == RepoStats(commits=1, builds=2), (
            "localhub's restart is no build"
        )
        with pytest.raises(RepositoryNotFoundError):
            api(second, "hf_bob").space_info(repo_id)
    for path in data.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            for token in (b"hf_alice", b"hf_bob", b"hf_carol_read"):
                assert token not in content, f"{token!r} written in clear to {path}"


def test_serve_prints_its_ready_line_and_stops_cleanly_on_sigterm(tmp_path):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "localhub",
            "serve",
            "--port",
            "0",
            "--spaces",
            "off",
            "--data",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line.startswith("localhub ready at http://127.0.0.1:")
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0


def test_a_seed_naming_an_unknown_member_is_refused_with_the_reason(tmp_path):
    seed = tmp_path / "seed.json"
    seed.write_text(
        json.dumps({"users": [], "orgs": [{"name": "x", "members": {"ghost": "admin"}}]})
    )
    result = subprocess.run(
        [sys.executable, "-m", "localhub", "serve", "--port", "0", "--seed", str(seed)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "unknown user 'ghost'" in result.stderr


def test_the_client_side_imports_without_linux_or_the_server():
    """`LocalHub` and `Control` are used from any platform: importing them loads no libc and
    none of the server."""
    check = """
import ctypes, sys
sys.platform = "freebsd14"
def refuse(*args, **kwargs):
    raise OSError("no libc here")
ctypes.CDLL = refuse
from localhub.control import Control
from localhub.lifetime import dies_with_parent
from localhub.service import LocalHub
assert dies_with_parent() is None
assert not {"localhub.runner", "localhub.server", "uvicorn", "starlette"} & set(sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_every_handler_is_a_plain_function_so_the_store_never_blocks_the_event_loop():
    """starlette runs plain `def` endpoints in its thread pool; an `async def` one would run the
    store's SQLite calls on the event loop and hold up every other request."""
    from starlette.routing import Mount, Route

    from localhub.routes import accounts, buckets, control, oauth, pages, repos, simulated, spaces

    modules = (accounts, buckets, control, oauth, pages, repos, simulated, spaces)
    routes = [
        route
        for module in modules
        for name in ("ROUTES", "DOWNLOADS", "DISCOVERY")
        for route in getattr(module, name, [])
    ]
    assert len(routes) > 40
    assert all(isinstance(route, Route) and not isinstance(route, Mount) for route in routes)
    coroutines = [route.path for route in routes if inspect.iscoroutinefunction(route.endpoint)]
    assert coroutines == []

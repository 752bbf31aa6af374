"""The deployer against localhub with the real huggingface_hub client: one call, one build, a
dashboard that answers, and nothing touched that should not be."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version

import httpx
import pytest
from huggingface_hub import CommitOperationAdd

from deployer import (
    DashboardSettings,
    Deployer,
    DeployError,
    DeployPath,
    DeployRequest,
    Done,
    Failed,
    HubClient,
    Problem,
    SignIn,
    Visibility,
)
from deployer.events import UPGRADE_STEPS, DeployWarning, LogLine, StepFinished, StepStarted
from deployer.request import DEFAULT_TEMPLATE
from deployer.template import pinned_trackio_version, template_files
from localhub.control import Fault, RepoStats
from localhub.service import LocalHub
from sandbox import ROOT, SIMULATED_TRACKIO, publish_template
from tests import guards
from tests.conftest import api, cli_env, unique
from tests.trackio_user import LOSSES, log_with_trackio, logged_losses


def deploy(
    localhub: LocalHub, request: DeployRequest, *, token: str = "hf_alice", **kwargs
) -> list:
    deployer = Deployer(token, endpoint=localhub.url, retry_budget=5, wait_timeout=120)
    return list(deployer.deploy(request, **kwargs))


def outcome(events: list):
    assert isinstance(events[-1], Done | Failed), events[-1]
    return events[-1]


def writes(localhub: LocalHub, user: str) -> list[tuple[str, str]]:
    """Requests by `user` that change state on the Hub."""
    return guards.writes(localhub.control.requests(), user)


def test_each_client_keeps_its_own_time_out_whatever_clients_are_made_later(localhub_off):
    """A deploy's time-out is its own: a client made afterwards (the page answering a keystroke,
    another person's deploy) does not change it, as setting huggingface_hub's shared client did."""
    localhub_off.control.add_fault(
        Fault(method="GET", path="/api/whoami-v2", delay_ms=1500, times=None)
    )
    try:
        hasty = HubClient("hf_alice", endpoint=localhub_off.url, timeout=1, retry_budget=0)
        patient = HubClient("hf_alice", endpoint=localhub_off.url, timeout=30, retry_budget=0)
        with pytest.raises(DeployError) as gave_up:
            hasty.call("check your sign-in", "alice", hasty.api.whoami)
        assert gave_up.value.problem is Problem.HUB_UNREACHABLE
        assert patient.call("check your sign-in", "alice", patient.api.whoami)["name"] == "alice"
    finally:
        localhub_off.control.clear_faults()


def test_template_pins_the_trackio_version_the_tests_run():
    assert pinned_trackio_version() == version("trackio")
    assert (
        template_files()["requirements.txt"].decode().strip()
        == f"trackio[spaces,mcp]=={version('trackio')}"
    )
    simulated = json.loads(SIMULATED_TRACKIO.read_text())["/version"]
    assert {simulated["json"]["version"]} | {
        variant["json"]["version"] for variant in simulated["when"]
    } == {version("trackio")}, "a simulated dashboard runs the pinned trackio"


def test_duplicate_path_is_two_writes_one_build_and_a_dashboard_that_answers(localhub_running):
    name = unique("trackio")
    localhub_running.control.clear_requests()
    events = deploy(localhub_running, DeployRequest(owner="alice", name=name))
    done = outcome(events)
    assert isinstance(done, Done), done
    result = done.result
    assert (result.path, result.ready, result.stage) == (DeployPath.DUPLICATE, True, "RUNNING")
    assert writes(localhub_running, "alice") == [
        ("POST", f"/api/buckets/alice/{name}-bucket"),
        ("POST", f"/api/spaces/{DEFAULT_TEMPLATE}/duplicate"),
    ]
    assert localhub_running.control.stats(f"alice/{name}") == RepoStats(commits=0, builds=1)
    assert httpx.get(f"{result.app_url}/version").json()["api_version"] == 1
    variables = {
        k: v.value for k, v in api(localhub_running).get_space_variables(f"alice/{name}").items()
    }
    assert variables == {
        "TRACKIO_DIR": "/data/trackio",
        "TRACKIO_BUCKET_ID": f"alice/{name}-bucket",
        "GRADIO_MCP_SERVER": "True",
    }
    volumes = api(localhub_running).get_space_runtime(f"alice/{name}").volumes
    assert [(v.type, v.source, v.mount_path) for v in volumes] == [
        ("bucket", f"alice/{name}-bucket", "/data")
    ]
    assert result.snippet.endswith(f'trackio.init(project="my-project", space_id="alice/{name}")')


def test_a_users_first_trackio_run_logs_to_the_dashboard_without_a_new_build(
    localhub_running, tmp_path
):
    name = unique("trackio")
    done = outcome(deploy(localhub_running, DeployRequest(owner="alice", name=name)))
    assert isinstance(done, Done), done
    builds = localhub_running.control.stats(f"alice/{name}").builds
    log_with_trackio(
        localhub_running,
        tmp_path,
        space_id=f"alice/{name}",
        project="first-run",
    )
    assert logged_losses(done.result.app_url, "first-run") == LOSSES
    assert localhub_running.control.stats(f"alice/{name}").builds == builds == 1, (
        "trackio.init found everything in place"
    )


def test_events_stream_steps_with_durations_and_the_build_log(localhub_running):
    events = deploy(localhub_running, DeployRequest(owner="alice", name=unique("trackio")))
    started = [e.step.value for e in events if isinstance(e, StepStarted)]
    finished = [e for e in events if isinstance(e, StepFinished)]
    assert started == ["check", "storage", "create", "build", "verify"]
    assert [e.step.value for e in finished] == started
    assert all(e.seconds >= 0 for e in finished)
    build_lines = [e.text for e in events if isinstance(e, LogLine) and e.source == "build"]
    assert any("Requirement satisfied: trackio[spaces,mcp]" in line for line in build_lines)


def test_settings_travel_in_the_one_duplicate_call(localhub_running):
    name = unique("trackio")
    request = DeployRequest(
        owner="alice",
        name=name,
        visibility=Visibility.PRIVATE,
        hardware="cpu-upgrade",
        sleep_time=3600,
        write_token="hf_space_write_token_for_test",
        dashboard=DashboardSettings(
            logo_light_url="https://example.org/logo.png", plot_order="loss,acc*"
        ),
    )
    done = outcome(deploy(localhub_running, request))
    assert isinstance(done, Done), done
    space = f"alice/{name}"
    client = api(localhub_running)
    assert client.space_info(space).private is True
    assert client.bucket_info(f"alice/{name}-bucket").private is True
    runtime = client.get_space_runtime(space)
    assert (runtime.requested_hardware, runtime.sleep_time) == ("cpu-upgrade", 3600)
    assert list(client.get_space_secrets(space)) == ["HF_TOKEN"]
    variables = {k: v.value for k, v in client.get_space_variables(space).items()}
    assert variables["TRACKIO_LOGO_LIGHT_URL"] == "https://example.org/logo.png"
    assert variables["TRACKIO_PLOT_ORDER"] == "loss,acc*"
    assert localhub_running.control.stats(space).builds == 1


def test_missing_template_falls_back_to_create_and_one_commit(localhub_running):
    name = unique("trackio")
    localhub_running.control.clear_requests()
    done = outcome(
        deploy(
            localhub_running,
            DeployRequest(owner="alice", name=name, template="alice/no-such-template"),
        )
    )
    assert isinstance(done, Done), done
    assert done.result.path is DeployPath.UPLOAD
    assert "alice/no-such-template was not found" in done.result.path_reason
    assert writes(localhub_running, "alice") == [
        ("POST", f"/api/buckets/alice/{name}-bucket"),
        ("POST", "/api/repos/create"),
        ("POST", f"/api/spaces/alice/{name}/commit/main"),
    ]
    assert localhub_running.control.stats(f"alice/{name}") == RepoStats(commits=1, builds=1)
    files = {s.rfilename for s in api(localhub_running).space_info(f"alice/{name}").siblings}
    assert files == {".gitattributes", *template_files()}


def test_stale_template_space_is_not_duplicated_and_the_user_is_told(localhub_running):
    stale = f"trackio-deployer/{unique('stale')}"
    publish_template(localhub_running.url, to=stale)
    api(localhub_running, "hf_maintainer").create_commit(
        stale,
        [CommitOperationAdd("app.py", b"print('old')\n")],
        commit_message="old",
        repo_type="space",
    )
    name = unique("trackio")
    events = deploy(localhub_running, DeployRequest(owner="alice", name=name, template=stale))
    done = outcome(events)
    assert isinstance(done, Done), done
    assert done.result.path is DeployPath.UPLOAD
    assert "stale (app.py differs)" in done.result.path_reason
    warnings = [e.message for e in events if isinstance(e, DeployWarning)]
    assert any(f"publish-template --to {stale}" in w for w in warnings)
    assert (
        api(localhub_running).hf_hub_download(f"alice/{name}", "app.py", repo_type="space")
        is not None
    )
    assert localhub_running.control.stats(f"alice/{name}").builds == 1


def test_duplicate_failing_past_retries_falls_back_without_a_second_space(localhub_running):
    name = unique("trackio")
    localhub_running.control.add_fault(
        Fault(
            method="POST", path=f"/api/spaces/{DEFAULT_TEMPLATE}/duplicate", status=500, times=None
        )
    )
    try:
        events = deploy(localhub_running, DeployRequest(owner="alice", name=name))
    finally:
        localhub_running.control.clear_faults()
    done = outcome(events)
    assert isinstance(done, Done), done
    assert done.result.path is DeployPath.UPLOAD
    assert "duplicating the template failed" in done.result.path_reason
    assert localhub_running.control.stats(f"alice/{name}").builds == 1


def test_update_that_changes_files_is_an_upgrade_in_two_builds_and_keeps_data(
    localhub_running, tmp_path
):
    """The one way to change a dashboard's files is the upgrade (deployer.upgrade): the new files
    start with writes paused, then writes resume: two builds, whatever settings change with them."""
    name = unique("trackio")
    space = f"alice/{name}"
    first = outcome(deploy(localhub_running, DeployRequest(owner="alice", name=name)))
    assert isinstance(first, Done), first
    log_with_trackio(localhub_running, tmp_path, space_id=space, project="kept")
    client = api(localhub_running)
    # The user's own additions and data: a file, a variable, and a run in the bucket.
    client.create_commit(
        space,
        [
            CommitOperationAdd("notes.md", b"mine\n"),
            CommitOperationAdd("app.py", b"print('drifted')\n"),
        ],
        commit_message="user edits",
        repo_type="space",
    )
    client.add_space_variable(space, "MY_SETTING", "kept")
    builds_before = localhub_running.control.stats(space).builds

    events = deploy(
        localhub_running,
        DeployRequest(
            owner="alice",
            name=name,
            allow_update=True,
            dashboard=DashboardSettings(plot_order="loss"),
            bucket="other",
        ),
    )
    done = outcome(events)
    assert isinstance(done, Done), done
    assert done.result.path is DeployPath.UPDATE
    assert [e.step for e in events if isinstance(e, StepStarted)] == list(UPGRADE_STEPS)
    assert localhub_running.control.stats(space).builds == builds_before + 2, (
        "an update that changes files settles with two builds"
    )
    files = {s.rfilename for s in client.space_info(space).siblings}
    assert "notes.md" in files
    assert client.hf_hub_download(space, "app.py", repo_type="space", force_download=True)
    variables = {k: v.value for k, v in client.get_space_variables(space).items()}
    assert variables["MY_SETTING"] == "kept"
    assert variables["TRACKIO_PLOT_ORDER"] == "loss"
    assert variables["TRACKIO_BUCKET_ID"] == f"alice/{name}-bucket", "the mounted bucket stays"
    assert done.result.bucket_id == f"alice/{name}-bucket"
    assert logged_losses(done.result.app_url, "kept") == LOSSES, (
        "the runs logged before are still there"
    )


def test_update_of_an_up_to_date_space_changes_nothing(localhub_running):
    name = unique("trackio")
    assert isinstance(
        outcome(deploy(localhub_running, DeployRequest(owner="alice", name=name))), Done
    )
    localhub_running.control.clear_requests()
    done = outcome(
        deploy(localhub_running, DeployRequest(owner="alice", name=name, allow_update=True))
    )
    assert isinstance(done, Done), done
    assert writes(localhub_running, "alice") == []
    assert localhub_running.control.stats(f"alice/{name}").builds == 1


def test_existing_trackio_space_is_not_updated_unless_allowed(localhub_running):
    name = unique("trackio")
    assert isinstance(
        outcome(deploy(localhub_running, DeployRequest(owner="alice", name=name))), Done
    )
    localhub_running.control.clear_requests()
    failed = outcome(deploy(localhub_running, DeployRequest(owner="alice", name=name)))
    assert isinstance(failed, Failed)
    assert failed.problem is Problem.SPACE_EXISTS
    assert "allow updating" in failed.message
    assert writes(localhub_running, "alice") == []


def test_a_space_that_is_not_trackio_is_refused_and_left_untouched(localhub_running):
    space = f"alice/{unique('other')}"
    client = api(localhub_running)
    client.create_repo(space, repo_type="space", space_sdk="gradio")
    client.create_commit(
        space,
        [CommitOperationAdd("app.py", b"print('mine')\n")],
        commit_message="mine",
        repo_type="space",
    )
    client.add_space_variable(space, "KEEP", "1")
    before = (
        client.space_info(space, files_metadata=True).sha,
        localhub_running.control.stats(space),
    )
    localhub_running.control.clear_requests()
    failed = outcome(
        deploy(
            localhub_running,
            DeployRequest(owner="alice", name=space.split("/")[1], allow_update=True),
        )
    )
    assert isinstance(failed, Failed)
    assert failed.problem is Problem.NOT_TRACKIO
    assert writes(localhub_running, "alice") == []
    assert (client.space_info(space).sha, localhub_running.control.stats(space)) == before
    assert {k: v.value for k, v in client.get_space_variables(space).items()} == {"KEEP": "1"}


def test_free_plan_user_gets_the_plan_message_and_no_write(localhub_running):
    localhub_running.control.clear_requests()
    failed = outcome(
        deploy(localhub_running, DeployRequest(owner="bob", name=unique()), token="hf_bob")
    )
    assert isinstance(failed, Failed)
    assert failed.problem is Problem.PLAN_REQUIRED
    assert "PRO" in failed.message
    assert "static dashboard instead: free on every plan" in failed.message
    assert writes(localhub_running, "bob") == []


def test_read_only_token_gets_its_own_message_and_no_write(localhub_running):
    localhub_running.control.clear_requests()
    failed = outcome(
        deploy(localhub_running, DeployRequest(owner="carol", name=unique()), token="hf_carol_read")
    )
    assert isinstance(failed, Failed)
    assert failed.problem is Problem.READ_ONLY_TOKEN
    assert writes(localhub_running, "carol") == []


def test_organization_deploy_lands_in_the_organization(localhub_running):
    name = unique("trackio")
    done = outcome(deploy(localhub_running, DeployRequest(owner="trackio-lab", name=name)))
    assert isinstance(done, Done), done
    assert api(localhub_running).space_info(f"trackio-lab/{name}").author == "trackio-lab"
    assert (
        api(localhub_running).bucket_info(f"trackio-lab/{name}-bucket").id
        == f"trackio-lab/{name}-bucket"
    )


def test_oauth_sign_in_problems_each_get_their_own_message_before_any_write(localhub_running):
    localhub_running.control.clear_requests()
    granted = localhub_running.control.mint_token(
        "alice", scopes=["openid", "profile", "contribute-repos"], orgs=[]
    )
    not_granted = outcome(
        deploy(
            localhub_running,
            DeployRequest(owner="trackio-lab", name=unique()),
            token=granted,
            sign_in=SignIn(scopes=("openid", "profile", "contribute-repos"), granted_orgs=()),
        )
    )
    assert (not_granted.problem, "tick trackio-lab" in not_granted.message) == (
        Problem.ORG_NOT_GRANTED,
        True,
    )
    no_scope = localhub_running.control.mint_token("alice", scopes=["openid", "profile"])
    missing = outcome(
        deploy(
            localhub_running,
            DeployRequest(owner="alice", name=unique()),
            token=no_scope,
            sign_in=SignIn(scopes=("openid", "profile")),
        )
    )
    assert missing.problem is Problem.MISSING_SCOPE
    expired = localhub_running.control.mint_token(
        "alice", scopes=["openid", "contribute-repos"], lifetime=-1
    )
    signed_out = outcome(
        deploy(localhub_running, DeployRequest(owner="alice", name=unique()), token=expired)
    )
    assert signed_out.problem is Problem.SIGN_IN_AGAIN
    bob_in_lab = outcome(
        deploy(localhub_running, DeployRequest(owner="trackio-lab", name=unique()), token="hf_bob")
    )
    assert bob_in_lab.problem is Problem.ROLE_CANNOT_CREATE
    stranger = outcome(
        deploy(localhub_running, DeployRequest(owner="trackio-deployer", name=unique()))
    )
    assert stranger.problem is Problem.NOT_A_MEMBER
    assert [w for user in ("alice", "bob") for w in writes(localhub_running, user)] == []


def test_oauth_token_with_contribute_repos_deploys(localhub_running):
    token = localhub_running.control.mint_token(
        "alice", client_id="deployer", scopes=["openid", "profile", "contribute-repos"]
    )
    done = outcome(
        deploy(
            localhub_running,
            DeployRequest(owner="alice", name=unique("trackio")),
            token=token,
            sign_in=SignIn(scopes=("openid", "profile", "contribute-repos"), granted_orgs=()),
        )
    )
    assert isinstance(done, Done), done


def test_invalid_input_sends_nothing_to_the_hub(localhub_running):
    localhub_running.control.clear_requests()
    failed = outcome(deploy(localhub_running, DeployRequest(owner="alice", name="../etc")))
    assert isinstance(failed, Failed)
    assert failed.problem is Problem.INVALID_REQUEST
    assert "name:" in failed.message
    assert guards.calls_by_people(localhub_running.control.requests()) == []


def test_no_token_reaches_events_errors_or_the_space_variables(localhub_running):
    user_token = localhub_running.control.mint_token(
        "alice", scopes=["openid", "contribute-repos", "manage-repos"]
    )
    write_token = "hf_" + "w" * 36
    name = unique("trackio")
    events = deploy(
        localhub_running,
        DeployRequest(owner="alice", name=name, write_token=write_token),
        token=user_token,
    )
    assert isinstance(outcome(events), Done)
    failed = deploy(
        localhub_running,
        DeployRequest(owner="alice", name=name, write_token=write_token),
        token=user_token,
    )
    text = json.dumps([repr(e) for e in events + failed])
    assert user_token not in text
    assert write_token not in text
    variables = json.dumps(
        {k: v.value for k, v in api(localhub_running).get_space_variables(f"alice/{name}").items()}
    )
    assert write_token not in variables
    assert user_token not in variables


# -- the CLI --------------------------------------------------------------------------------------


def run_cli(
    localhub: LocalHub, *args: str, token: str | None = "hf_alice", env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deployer", *args],
        cwd=ROOT,
        env=cli_env(localhub, token, **(env or {})),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_cli_deploys_with_json_events_and_exit_0(localhub_running):
    name = unique("trackio")
    secret = "hf_" + "c" * 36
    result = run_cli(
        localhub_running,
        "deploy",
        "--owner",
        "alice",
        "--name",
        name,
        "--json",
        "--write-token-env",
        "MY_TOKEN",
        env={"MY_TOKEN": secret},
    )
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events[0]["kind"] == "step_started"
    assert events[-1]["kind"] == "done"
    assert events[-1]["result"]["space_id"] == f"alice/{name}"
    assert secret not in result.stdout + result.stderr
    assert "hf_alice" not in result.stdout + result.stderr


def test_cli_human_output_ends_with_the_space_url(localhub_running):
    name = unique("trackio")
    result = run_cli(localhub_running, "deploy", "--owner", "alice", "--name", name)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].endswith(f"/spaces/alice/{name}")
    assert f'space_id="alice/{name}"' in result.stdout


def test_cli_exit_codes_for_failure_and_invalid_input(localhub_running):
    localhub_running.control.clear_requests()
    invalid = run_cli(localhub_running, "deploy", "--owner", "alice", "--name", "-bad")
    assert invalid.returncode == 2
    assert "name:" in invalid.stderr
    invalid_logo = run_cli(
        localhub_running,
        "deploy",
        "--owner",
        "alice",
        "--logo-light-url",
        "http://insecure.example/logo.png",
    )
    assert invalid_logo.returncode == 2
    assert guards.calls_by_people(localhub_running.control.requests()) == [], (
        "invalid input sends nothing"
    )
    failed = run_cli(
        localhub_running, "deploy", "--owner", "bob", "--name", unique(), token="hf_bob"
    )
    assert failed.returncode == 1
    assert "PRO" in failed.stdout
    no_token = run_cli(localhub_running, "deploy", "--owner", "alice", token=None)
    assert no_token.returncode == 2
    assert "hf auth login" in no_token.stderr


def test_cli_plan_prints_the_plan_without_calling_the_hub(localhub_running):
    localhub_running.control.clear_requests()
    result = run_cli(
        localhub_running,
        "plan",
        "--owner",
        "alice",
        "--name",
        "dash",
        "--json",
        "--write-token-env",
        "T",
        env={"T": "hf_" + "p" * 36},
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["space_id"] == "alice/dash"
    assert plan["secret_names"] == ["HF_TOKEN"]
    assert "p" * 36 not in result.stdout
    assert guards.calls_by_people(localhub_running.control.requests()) == []


def test_publish_template_publishes_in_one_commit_and_then_has_nothing_to_do(localhub_running):
    space = f"trackio-deployer/{unique('template')}"
    first = run_cli(localhub_running, "publish-template", "--to", space, token="hf_maintainer")
    assert first.returncode == 0, first.stderr
    assert "in one commit" in first.stdout
    again = run_cli(localhub_running, "publish-template", "--to", space, token="hf_maintainer")
    assert "nothing to publish" in again.stdout
    assert localhub_running.control.stats(space).commits == 1

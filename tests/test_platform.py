"""Ready for the real Hub: where the platform's rules are uncertain (PLATFORM.md), a deploy fails
soft, and `python -m deployer doctor` settles each assumption against a Hub. Both run against
localhub: with the refusals a real Hub might answer injected, and with localhub set up to break
each assumption in turn (a fault, or a deviation from the Hub's behaviour)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from huggingface_hub import HfApi

from deployer import DashboardSettings, Deployer, DeployRequest, Done, SignIn, Visibility
from deployer.doctor import PREFIX, Assumption, Verdict
from deployer.events import DeployWarning, Setting, Step, StepFinished
from deployer.request import DEFAULT_TEMPLATE
from localhub.control import Deviation, Fault
from localhub.service import LocalHub
from sandbox import ROOT, make_localhub, publish_template
from tests.conftest import api, cli_env, unique

PLATFORM_MD = ROOT / "PLATFORM.md"
CONTRIBUTE = ("openid", "profile", "contribute-repos")


@pytest.fixture(scope="module")
def localhub_simulated_platform(tmp_path_factory) -> Iterator[LocalHub]:
    """A localhub of this module's own: its faults and deviations touch no other test."""
    data = tmp_path_factory.mktemp("hubdata")
    with make_localhub(spaces="simulate", data=data) as running:
        publish_template(running.url)
        yield running


@pytest.fixture
def localhub(localhub_simulated_platform) -> Iterator[LocalHub]:
    """The module's localhub, behaving as the Hub again after each test."""
    yield localhub_simulated_platform
    localhub_simulated_platform.control.clear_faults()
    localhub_simulated_platform.control.set_deviations()


def deploy(localhub: LocalHub, request: DeployRequest, token: str = "hf_alice") -> list:
    deployer = Deployer(token, endpoint=localhub.url, retry_budget=3, wait_timeout=60)
    return list(deployer.deploy(request, sign_in=SignIn()))


def warnings_of(events: list) -> str:
    return "\n".join(e.message for e in events if isinstance(e, DeployWarning))


# -- failing soft ------------------------------------------------------------------------------------


def test_a_refused_bucket_leaves_a_dashboard_without_one_that_says_what_that_means(localhub):
    """A sign-in whose scopes do not cover buckets, as the Hub may say it."""
    name = unique("nobucket")
    localhub.control.add_fault(
        Fault(
            method="POST",
            path=f"/api/buckets/alice/{name}-bucket",
            status=403,
            json={"error": "This token does not have the scopes to create a bucket"},
        )
    )
    request = DeployRequest(owner="alice", name=name)
    events = deploy(localhub, request)
    done = events[-1]
    assert isinstance(done, Done), done
    assert done.result.refused == (Setting.BUCKET,)
    assert done.result.bucket_id is None
    said = warnings_of(events)
    assert f'trackio.init(space_id="alice/{name}")' in said
    assert "one restart" in said
    assert "deploy again with updating allowed" in said
    variables = api(localhub).get_space_variables(request.space_id)
    assert "TRACKIO_DIR" not in variables, "no variable points at a bucket that is not there"

    again = deploy(localhub, request.with_changes(allow_update=True))[-1]
    assert isinstance(again, Done), again
    assert again.result.refused == ()
    volumes = api(localhub).get_space_runtime(request.space_id).volumes
    assert [(v.source, v.mount_path) for v in volumes] == [(request.bucket_id, "/data")]


def test_settings_the_duplicate_call_refuses_are_set_one_by_one(localhub):
    name = unique("onebyone")
    localhub.control.add_fault(Fault(method="POST", path="/api/spaces/*/duplicate", status=400))
    request = DeployRequest(
        owner="alice", name=name, write_token="hf_onebyoneSpaceWriteToken0123456789"
    )
    events = deploy(localhub, request)
    done = events[-1]
    assert isinstance(done, Done), done
    assert done.result.settings_separately
    assert done.result.refused == ()
    assert "set one by one" in warnings_of(events)
    client = api(localhub)
    assert client.get_space_variables(request.space_id)["TRACKIO_DIR"].value == "/data/trackio"
    assert list(client.get_space_secrets(request.space_id)) == ["HF_TOKEN"]
    volumes = client.get_space_runtime(request.space_id).volumes
    assert [(v.source, v.mount_path) for v in volumes] == [(request.bucket_id, "/data")]


def test_a_volume_refused_both_ways_leaves_the_bucket_unmounted_and_says_so(localhub):
    name = unique("nomount")
    localhub.control.add_fault(Fault(method="POST", path="/api/spaces/*/duplicate", status=403))
    localhub.control.add_fault(
        Fault(method="PUT", path=f"/api/spaces/alice/{name}/volumes", status=403, times=None)
    )
    events = deploy(localhub, DeployRequest(owner="alice", name=name))
    done = events[-1]
    assert isinstance(done, Done), done
    assert done.result.refused == (Setting.VOLUME,)
    assert f"refused to mount alice/{name}-bucket" in warnings_of(events)


def test_a_private_dashboard_without_a_space_token_is_not_asked_and_said_so(localhub):
    localhub.control.add_fault(
        Fault(method="GET", path="/api/spaces/*/jwt", status=404, times=None)
    )
    request = DeployRequest(owner="alice", name=unique("notasked"), visibility=Visibility.PRIVATE)
    events = deploy(localhub, request)
    assert isinstance(events[-1], Done), events[-1]
    verified = [e for e in events if isinstance(e, StepFinished) and e.step is Step.VERIFY]
    assert verified[-1].detail.startswith("not asked")
    assert "your own is never sent to a Space" in warnings_of(events)


def test_a_private_host_that_refuses_the_space_token_leaves_the_dashboard_not_asked(localhub):
    request = DeployRequest(owner="alice", name=unique("refusing"), visibility=Visibility.PRIVATE)
    localhub.control.add_fault(
        Fault(method="GET", path=f"/_spaces/{request.space_id}/*", status=404, times=None)
    )
    deployer = Deployer("hf_alice", endpoint=localhub.url, retry_budget=3, health_timeout=3)
    events = list(deployer.deploy(request))
    assert isinstance(events[-1], Done), events[-1]
    verified = [e for e in events if isinstance(e, StepFinished) and e.step is Step.VERIFY]
    assert verified[-1].detail == "not asked: the private host refused the Space token"
    assert "refused the Space token (HTTP 404)" in warnings_of(events)


def test_a_duplicate_that_ignores_its_volume_gets_it_mounted_the_second_way(localhub):
    localhub.control.set_deviations(Deviation.DUPLICATE_IGNORES_VOLUMES)
    request = DeployRequest(owner="alice", name=unique("novolume"))
    events = deploy(localhub, request)
    done = events[-1]
    assert isinstance(done, Done), done
    assert done.result.settings_separately
    assert "made without the volume" in warnings_of(events)
    volumes = api(localhub).get_space_runtime(request.space_id).volumes
    assert [(v.source, v.mount_path) for v in volumes] == [(request.bucket_id, "/data")]


def test_a_duplicate_that_keeps_the_templates_variables_gets_its_own_the_second_way(localhub):
    """The Hub's duplicate dialog copies the template's public variables; a variable the deploy
    sets must win, whatever the Hub does with the two."""
    template = f"alice/{unique('template')}"
    client = api(localhub)
    client.duplicate_repo(DEFAULT_TEMPLATE, template, repo_type="space")
    client.add_space_variable(template, "TRACKIO_PLOT_ORDER", "the template's")
    localhub.control.set_deviations(Deviation.DUPLICATE_KEEPS_SOURCE_VARIABLES)
    request = DeployRequest(
        owner="alice",
        name=unique("ownvars"),
        template=template,
        dashboard=DashboardSettings(plot_order="loss"),
    )
    events = deploy(localhub, request)
    assert isinstance(events[-1], Done), events[-1]
    assert "made without the variable TRACKIO_PLOT_ORDER" in warnings_of(events)
    variables = client.get_space_variables(request.space_id)
    assert variables["TRACKIO_PLOT_ORDER"].value == "loss"


# -- doctor --------------------------------------------------------------------------------------


def doctor(localhub: LocalHub, *args: str, token: str = "hf_alice") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "deployer", "doctor", "--owner", "alice", *args],
        cwd=ROOT,
        env=cli_env(localhub, token),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def verdicts(run: subprocess.CompletedProcess) -> dict[Assumption, Verdict]:
    report = json.loads(run.stdout)
    return {Assumption(f["assumption"]): Verdict(f["verdict"]) for f in report["findings"]}


def throwaways(localhub: LocalHub) -> set[str]:
    client = api(localhub)
    found = {s.id for s in client.list_spaces(author="alice")}
    found |= {b.id for b in client.list_buckets("alice")}
    return {repo_id for repo_id in found if repo_id.startswith(f"alice/{PREFIX}-")}


def test_platform_md_names_every_assumption_doctor_checks():
    text = PLATFORM_MD.read_text(encoding="utf-8")
    assert [a.value for a in Assumption if f"`{a.value}`" not in text] == []


def test_doctor_finds_every_assumption_held_on_localhub_and_leaves_nothing_behind(localhub):
    before = throwaways(localhub)
    run = doctor(localhub, "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    assert verdicts(run) == dict.fromkeys(Assumption, Verdict.HELD)
    report = json.loads(run.stdout)
    assert report["holds"] is True
    assert report["left_behind"] == []
    assert report["token_role"] == "write"
    assert all(f["seen"] for f in report["findings"]), "each says what was sent and answered"
    assert throwaways(localhub) == before


def test_doctor_prints_a_table_of_plain_text(localhub):
    run = doctor(localhub)
    assert run.returncode == 0, run.stderr
    for assumption in Assumption:
        assert f"{assumption.value} " in run.stdout
    assert "12 held" in run.stdout
    assert "\x1b" not in run.stdout + run.stderr


# Each assumption, broken on localhub in a way the Hub might break it.
BREAKS = {
    Assumption.WHOAMI: Fault(
        method="GET", path="/api/whoami-v2", json={"name": "alice", "orgs": []}
    ),
    Assumption.BUCKET_VISIBILITY: Fault(
        method="POST", path=f"/api/buckets/alice/{PREFIX}-*-bucket", status=403
    ),
    Assumption.TEMPLATE_FILES: Fault(
        method="GET",
        path=f"/api/spaces/alice/{PREFIX}-*-template",
        json={"id": "alice/a-space", "siblings": [], "tags": []},
    ),
    Assumption.SETTINGS_ONE_BY_ONE: Fault(
        method="PUT", path="/api/spaces/*/volumes", status=403, times=None
    ),
    Assumption.DUPLICATE_SETTINGS: Deviation.DUPLICATE_IGNORES_VOLUMES,
    Assumption.DUPLICATE_VARIABLES: Deviation.DUPLICATE_KEEPS_SOURCE_VARIABLES,
    Assumption.STALE_PARENT: Deviation.PARENT_COMMIT_IGNORED,
    Assumption.RUNTIME_SHA: Deviation.RUNTIME_WITHOUT_SHA,
    Assumption.LOG_STREAM: Fault(
        method="GET", path="/api/spaces/*/logs/build", status=403, times=None
    ),
    Assumption.SPACE_TOKEN: Fault(method="GET", path="/api/spaces/*/jwt", status=403, times=None),
    Assumption.PRIVATE_HOST: Fault(method="GET", path="/_spaces/*", status=404, times=None),
    Assumption.PAUSE_RESTART: Fault(
        method="POST", path="/api/spaces/*/restart", status=403, times=None
    ),
}


def test_every_assumption_has_a_way_to_break_it():
    assert set(BREAKS) == set(Assumption)


@pytest.mark.parametrize("broken", list(Assumption), ids=[a.value for a in Assumption])
def test_doctor_reports_exactly_the_assumption_localhub_breaks(localhub, broken: Assumption):
    breaking = BREAKS[broken]
    if isinstance(breaking, Deviation):
        localhub.control.set_deviations(breaking)
    else:
        localhub.control.add_fault(breaking)
    before = throwaways(localhub)
    run = doctor(localhub, "--json")
    found = verdicts(run)
    assert run.returncode == 1, run.stdout + run.stderr
    assert [a for a, v in found.items() if v is Verdict.NOT_HELD] == [broken], found
    assert throwaways(localhub) == before


def test_a_hub_that_fails_now_and_then_still_settles_every_assumption(localhub):
    for path in ("/api/whoami-v2", "/api/repos/create", "/api/spaces/*/duplicate"):
        localhub.control.add_fault(Fault(path=path, status=503))
    localhub.control.add_fault(Fault(path="/api/spaces/*/variables", status=429, retry_after=1))
    run = doctor(localhub, "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    assert set(verdicts(run).values()) == {Verdict.HELD}


def test_a_hub_that_keeps_failing_one_call_leaves_it_unchecked_not_broken(localhub):
    localhub.control.add_fault(Fault(path="/api/spaces/*/jwt", status=503, times=None))
    run = doctor(localhub, "--json")
    found = verdicts(run)
    assert run.returncode == 0, run.stdout + run.stderr
    assert found[Assumption.SPACE_TOKEN] is Verdict.UNCHECKED
    assert found[Assumption.PRIVATE_HOST] is Verdict.UNCHECKED, "it needs a Space token"
    assert {
        v for a, v in found.items() if a not in (Assumption.SPACE_TOKEN, Assumption.PRIVATE_HOST)
    } == {Verdict.HELD}


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_doctor_interrupted_deletes_what_it_made(localhub, how: signal.Signals, tmp_path: Path):
    before = throwaways(localhub)
    # The mounted volume is read slowly: the doctor is caught there, with a bucket and a Space made.
    localhub.control.add_fault(
        Fault(method="GET", path="/api/spaces/*/runtime", delay_ms=2000, times=None)
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "deployer", "doctor", "--owner", "alice"],
        cwd=ROOT,
        env=cli_env(localhub, "hf_alice"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith(f"checking {Assumption.SETTINGS_ONE_BY_ONE.value}"):
            break
    deadline = time.monotonic() + 30
    while len(throwaways(localhub) - before) < 3:  # two buckets and the template Space
        assert time.monotonic() < deadline, "the doctor made its throwaways"
        time.sleep(0.2)
    process.send_signal(how)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, out + err
    assert "Interrupted" in out
    assert throwaways(localhub) == before


def test_a_contribute_repos_sign_in_settles_what_the_page_may_do_and_says_what_it_left(localhub):
    """The page's own kind of token: every assumption holds on localhub, but such a sign-in may
    not delete, so the throwaways stay, each named with where to delete it."""
    token = localhub.control.mint_token("alice", scopes=list(CONTRIBUTE))
    run = doctor(localhub, "--json", token=token)
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(run.stdout)
    assert report["token_role"] == "oauth"
    assert set(verdicts(run).values()) == {Verdict.HELD}
    left = "\n".join(report["left_behind"])
    assert len(report["left_behind"]) == 4
    assert f"{PREFIX}-" in left
    assert "/settings" in left
    for repo_id in throwaways(localhub):  # tidy up with a token that may delete
        client = HfApi(endpoint=localhub.url, token="hf_alice")
        if repo_id.endswith(("-bucket", "-bucket-2")):
            client.delete_bucket(repo_id, missing_ok=True)
        else:
            client.delete_repo(repo_id, repo_type="space", missing_ok=True)


def test_doctor_refuses_an_invalid_owner_a_missing_token_and_a_token_the_hub_does_not_know(
    localhub,
):
    bad_owner = subprocess.run(
        [sys.executable, "-m", "deployer", "doctor", "--owner", "no--such"],
        cwd=ROOT,
        env=cli_env(localhub, "hf_alice"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad_owner.returncode == 2
    assert "--owner" in bad_owner.stderr
    no_token = doctor(localhub, token="")
    assert no_token.returncode == 2
    assert "HF_TOKEN" in no_token.stderr
    unknown = doctor(localhub, token="hf_nobodyKnowsThisToken0123456789abcdef")
    assert unknown.returncode == 2
    assert "refused the token" in unknown.stderr
    assert "hf_nobodyKnowsThisToken0123456789abcdef" not in unknown.stdout + unknown.stderr

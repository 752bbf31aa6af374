"""Bad input is refused before it costs anything: every invalid value is refused with a message
naming its field and nothing reaches the Hub; every valid one is accepted. Property-based over
names, owners, projects, kinds, hardware, sleep times, variable values, logo URLs and deploy-link
parameters, then hostile values one by one."""

from __future__ import annotations

import string
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trackio.sqlite_storage import SQLiteStorage

from deployer import (
    DashboardSettings,
    Deployer,
    DeployRequest,
    Failed,
    Problem,
    SignIn,
    Visibility,
    validate,
)
from deployer.request import HARDWARE, Kind
from localhub.service import LocalHub
from page.form import prefill
from tests.conftest import unique
from tests.guards import writes

PURE = settings(max_examples=200, deadline=None)
WITH_HUB = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME_CHARACTERS = string.ascii_letters + string.digits + "-_."
# The line boundaries of Python's str.splitlines(): every one a newline to some reader.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def hub_name_ok(value: str) -> bool:
    """The Hub's repo-name rule, written out independently of the deployer's regular expression."""
    return (
        1 <= len(value) <= 96
        and set(value) <= set(NAME_CHARACTERS)
        and value[0] not in "-."
        and value[-1] not in "-."
        and "--" not in value
        and ".." not in value
    )


def project_ok(value: str) -> bool:
    """A project name that stays one plain word everywhere (a Python string, a shell word), and
    that trackio itself accepts (`SQLiteStorage.validate_project_name`, trackio as installed)."""
    plain = (
        1 <= len(value) <= 96
        and set(value) <= set(NAME_CHARACTERS)
        and value[0] in string.ascii_letters + string.digits
    )
    if not plain:
        return False
    try:
        SQLiteStorage.validate_project_name(value)
    except ValueError:
        return False
    return True


def refused_fields(request: DeployRequest) -> set[str]:
    return {problem.field for problem in validate(request)}


names = st.one_of(
    st.text(alphabet=NAME_CHARACTERS, max_size=110),
    st.text(max_size=110),
    st.text(alphabet=NAME_CHARACTERS + "/\\ \n\t\0аоеΑ０ａＫ", max_size=30),
)
valid_names = st.text(alphabet=NAME_CHARACTERS, min_size=1, max_size=96).filter(hub_name_ok)
one_line = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn")),
    max_size=200,
)
hosts = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z]{2,10}){1,3}", fullmatch=True)
url_paths = st.text(alphabet=string.ascii_letters + string.digits + "-._~/%?=&#+", max_size=80)


# -- properties of the request's rules, no Hub involved ---------------------------------------------


@PURE
@given(name=names)
def test_a_space_name_is_accepted_exactly_when_the_hub_would_accept_it(name):
    refused = "name" in refused_fields(DeployRequest(owner="alice", name=name))
    assert refused == (not hub_name_ok(name)), name


@PURE
@given(owner=names)
def test_an_owner_is_accepted_exactly_when_it_is_a_valid_hub_name(owner):
    refused = "owner" in refused_fields(DeployRequest(owner=owner))
    assert refused == (not hub_name_ok(owner)), owner


@PURE
@given(owner=valid_names, name=valid_names)
def test_every_valid_owner_and_name_make_a_valid_request(owner, name):
    assert validate(DeployRequest(owner=owner, name=name)) == []


@PURE
@given(bucket=st.one_of(names, st.tuples(names, names).map("/".join)))
def test_a_bucket_is_a_name_or_an_owner_and_a_name(bucket):
    parts = bucket.split("/")
    valid = len(parts) <= 2 and all(hub_name_ok(p) for p in parts)
    assert ("bucket" in refused_fields(DeployRequest(owner="alice", bucket=bucket))) == (not valid)


projects = st.one_of(
    names,
    st.builds(
        "{}{}".format,
        st.sampled_from(["registry-", "", "m"]),
        st.sampled_from(["x", "_system", "_configs", "_artifacts", ".run_artifact_links", "-1"]),
    ),
)


@PURE
@given(project=projects, kind=st.sampled_from(Kind))
def test_a_project_is_accepted_exactly_when_it_is_one_plain_word_trackio_accepts(project, kind):
    request = DeployRequest(owner="alice", kind=kind, project=project)
    assert ("project" in refused_fields(request)) == (not project_ok(project)), project


@PURE
@given(kind=st.one_of(st.sampled_from(Kind), st.text(max_size=20)))
def test_a_kind_is_live_or_static(kind):
    request = DeployRequest(owner="alice", kind=kind, project="p")
    assert ("kind" in refused_fields(request)) == (not isinstance(kind, Kind))


@PURE
@given(visibility=st.sampled_from(Visibility), kind=st.sampled_from(Kind))
def test_only_a_live_dashboard_may_be_private(visibility, kind):
    request = DeployRequest(owner="alice", kind=kind, project="p", visibility=visibility)
    refused = "visibility" in refused_fields(request)
    assert refused == (kind is Kind.STATIC and visibility is Visibility.PRIVATE)


@PURE
@given(hardware=st.one_of(st.sampled_from(HARDWARE), st.text(max_size=30)))
def test_hardware_is_one_of_the_hubs_flavors(hardware):
    refused = "hardware" in refused_fields(DeployRequest(owner="alice", hardware=hardware))
    assert refused == (hardware not in HARDWARE)


@PURE
@given(
    sleep_time=st.one_of(
        st.integers(-(10**9), 10**9), st.sampled_from([-1, 0, 299, 300, 2592000, 2592001])
    ),
    hardware=st.sampled_from(["cpu-basic", "cpu-upgrade", "t4-small"]),
)
def test_sleep_time_is_never_or_five_minutes_to_thirty_days_on_upgraded_hardware(
    sleep_time, hardware
):
    request = DeployRequest(owner="alice", hardware=hardware, sleep_time=sleep_time)
    in_range = sleep_time == -1 or 300 <= sleep_time <= 30 * 24 * 3600
    assert ("sleep_time" in refused_fields(request)) == (not in_range or hardware == "cpu-basic")


@PURE
@given(value=st.text(max_size=300), extra=st.sampled_from(list(LINE_BREAKS)))
def test_a_variable_value_with_any_line_break_is_refused(value, extra):
    cut = len(value) // 2
    plot_order = value[:cut] + extra + value[cut:]
    request = DeployRequest(owner="alice", dashboard=DashboardSettings(plot_order=plot_order))
    assert "plot_order" in refused_fields(request)


@PURE
@given(value=one_line.filter(str.isprintable))
def test_a_printable_one_line_variable_value_is_accepted(value):
    request = DeployRequest(owner="alice", dashboard=DashboardSettings(plot_order=value or None))
    assert validate(request) == []


@PURE
@given(host=hosts, path=url_paths)
def test_an_https_logo_url_is_accepted(host, path):
    url = f"https://{host}/{path}"
    request = DeployRequest(
        owner="alice", dashboard=DashboardSettings(logo_light_url=url, logo_dark_url=url)
    )
    assert validate(request) == [], url


@PURE
@given(url=st.one_of(st.text(max_size=120), st.builds("https://{}".format, st.text(max_size=60))))
def test_an_accepted_logo_url_is_always_plain_https_with_a_host(url):
    from urllib.parse import urlparse

    request = DeployRequest(owner="alice", dashboard=DashboardSettings(logo_dark_url=url))
    if "logo_dark_url" not in refused_fields(request):
        parsed = urlparse(url)
        assert parsed.scheme == "https"
        assert parsed.hostname
        assert url.isascii()
        assert url.isprintable()
        assert " " not in url
        assert "@" not in parsed.netloc


@PURE
@given(token=st.one_of(st.text(max_size=300), st.text(alphabet=NAME_CHARACTERS, max_size=300)))
def test_a_write_token_is_one_word_of_token_characters(token):
    valid = 8 <= len(token) <= 256 and set(token) <= set(NAME_CHARACTERS)
    request = DeployRequest(owner="alice", write_token=token)
    assert ("write_token" in refused_fields(request)) == (not valid)


@PURE
@given(
    query=st.dictionaries(
        st.one_of(
            st.sampled_from(
                [
                    "owner",
                    "name",
                    "private",
                    "hardware",
                    "template",
                    "write_token",
                    "secret",
                    "HF_TOKEN",
                    "bucket",
                    "sleep_time",
                    "allow_update",
                    "allow_visibility_mismatch",
                    "kind",
                    "project",
                ]
            ),
            st.text(max_size=20),
        ),
        st.one_of(
            names,
            st.sampled_from(["true", "false", "cpu-upgrade", "evil/template", "live", "static"]),
        ),
        max_size=12,
    )
)
def test_a_deploy_link_sets_only_the_fields_it_may_and_only_valid_values(query):
    values = prefill(query)
    assert set(values) <= {"owner", "name", "kind", "project", "visibility", "hardware"}
    assert all(hub_name_ok(values[k]) for k in ("owner", "name") if k in values)
    assert values.get("kind", "live") in ("live", "static")
    project = values.get("project", "p")
    assert set(project) <= set(NAME_CHARACTERS), "one plain word, safe in a snippet and a shell"
    assert values.get("visibility", "public") in ("public", "private")
    assert values.get("hardware", "cpu-basic") in HARDWARE


# -- nothing reaches the Hub for invalid input ------------------------------------------------------


def deploy(localhub: LocalHub, request: DeployRequest, token: str = "hf_alice") -> list:
    return list(Deployer(token, endpoint=localhub.url, retry_budget=2).deploy(request))


invalid_requests = st.one_of(
    names.filter(lambda n: not hub_name_ok(n)).map(lambda n: ("name", {"name": n})),
    names.filter(lambda n: not hub_name_ok(n)).map(lambda n: ("owner", {"owner": n})),
    st.text(max_size=20)
    .filter(lambda h: h not in HARDWARE)
    .map(lambda h: ("hardware", {"hardware": h})),
    st.integers(-(10**6), 299)
    .filter(lambda t: t != -1)
    .map(lambda t: ("sleep_time", {"sleep_time": t, "hardware": "cpu-upgrade"})),
    st.tuples(st.text(max_size=40), st.sampled_from(list(LINE_BREAKS))).map(
        lambda t: ("plot_order", {"dashboard": DashboardSettings(plot_order=t[0] + t[1])})
    ),
    st.text(max_size=60)
    .filter(lambda u: not u.startswith("https://"))
    .map(lambda u: ("logo_light_url", {"dashboard": DashboardSettings(logo_light_url=u)})),
    projects.filter(lambda p: not project_ok(p)).map(
        lambda p: ("project", {"kind": Kind.STATIC, "project": p})
    ),
)


@WITH_HUB
@given(case=invalid_requests)
def test_an_invalid_request_is_refused_naming_its_field_and_the_hub_sees_no_request(
    localhub_off, case
):
    field, changes = case
    localhub_off.control.clear_requests()
    request = DeployRequest(owner="alice", name=unique("valid")).with_changes(**changes)
    failed = deploy(localhub_off, request)[-1]
    assert isinstance(failed, Failed), failed
    assert failed.problem is Problem.INVALID_REQUEST
    assert f"{field}:" in failed.message
    assert localhub_off.control.requests() == [], "refused before any request"


# -- hostile values, one by one ----------------------------------------------------------------------

HOSTILE = {
    "path traversal in the name": ("name", {"name": "../../etc/passwd"}),
    "path traversal as the whole name": ("name", {"name": ".."}),
    "a slash in the name": ("name", {"name": "trackio/../../bob/x"}),
    "an encoded traversal": ("name", {"name": "%2e%2e%2fbob"}),
    "path traversal in the owner": ("owner", {"owner": "alice/../bob"}),
    "path traversal in the bucket": ("bucket", {"bucket": "alice/../../bob/data"}),
    "a traversing template": ("template", {"template": "../trackio-deployer/x"}),
    "a header in the plot order": (
        "plot_order",
        {"dashboard": DashboardSettings(plot_order="loss\r\nX-Injected: 1")},
    ),
    "a NUL in the palette": (
        "color_palette",
        {"dashboard": DashboardSettings(color_palette="#fff\0,#000")},
    ),
    "a line separator in the plot order": (
        "plot_order",
        {"dashboard": DashboardSettings(plot_order="loss\u2028acc")},
    ),
    "a bidirectional override in the plot order": (
        "plot_order",
        {"dashboard": DashboardSettings(plot_order="loss\u202eccA")},
    ),
    "a header in the write token": ("write_token", {"write_token": "hf_abcdefgh\r\nX-Evil: 1"}),
    "a newline in a logo URL": (
        "logo_light_url",
        {"dashboard": DashboardSettings(logo_light_url="https://a.example/x.png\nSet-Cookie: a=b")},
    ),
    "a javascript: logo": (
        "logo_dark_url",
        {"dashboard": DashboardSettings(logo_dark_url="javascript:alert(1)")},
    ),
    "credentials in a logo URL": (
        "logo_light_url",
        {
            "dashboard": DashboardSettings(
                logo_light_url="https://huggingface.co@evil.example/x.png"
            )
        },
    ),
    "a backslash in a logo URL": (
        "logo_light_url",
        {"dashboard": DashboardSettings(logo_light_url="https://evil.example\\@huggingface.co/x")},
    ),
    "a look-alike host in a logo URL": (
        "logo_light_url",
        {"dashboard": DashboardSettings(logo_light_url="https://huggingfаce.co/logo.png")},
    ),
    "an unclosed IPv6 host in a logo URL": (
        "logo_light_url",
        {"dashboard": DashboardSettings(logo_light_url="https://[::1/logo.png")},
    ),
    "a Cyrillic a in the owner": ("owner", {"owner": "аlice"}),
    "a Cyrillic o in the name": ("name", {"name": "trackiо"}),
    "fullwidth letters in the owner": ("owner", {"owner": "ａｌｉｃｅ"}),
    "a Kelvin sign in the name": ("name", {"name": "\u212aelvin"}),
    "a zero-width space in the name": ("name", {"name": "track\u200bio"}),
    "a huge name": ("name", {"name": "a" * 1_000_000}),
    "a huge owner": ("owner", {"owner": "b" * 1_000_000}),
    "a huge plot order": ("plot_order", {"dashboard": DashboardSettings(plot_order="x" * 10**7)}),
    "a huge logo URL": (
        "logo_light_url",
        {"dashboard": DashboardSettings(logo_light_url="https://a.example/" + "x" * 10**6)},
    ),
    "a huge write token": ("write_token", {"write_token": "hf_" + "x" * 10**6}),
    "a huge bucket": ("bucket", {"bucket": "c" * 10**6}),
    "code in the project": ("project", {"project": 'p", space_id="bob/x'}),
    "a shell command in the project": ("project", {"project": "p; rm -rf ~"}),
    "a newline in the project": ("project", {"project": "p\nimport os"}),
    "markup in the project": ("project", {"project": "<img src=x onerror=alert(1)>"}),
    "a huge project": ("project", {"project": "p" * 10**6}),
    "a kind that is no kind": ("kind", {"kind": "gradio"}),
    "a static dashboard without a project": ("project", {"kind": Kind.STATIC}),
    "a private static dashboard": (
        "visibility",
        {"kind": Kind.STATIC, "project": "p", "visibility": Visibility.PRIVATE},
    ),
    "a static dashboard with a write token": (
        "write_token",
        {"kind": Kind.STATIC, "project": "p", "write_token": "hf_" + "w" * 30},
    ),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_value_is_refused_naming_its_field_before_any_request(localhub_off, case):
    field, changes = HOSTILE[case]
    request = DeployRequest(owner="alice", name=unique("valid")).with_changes(**changes)
    localhub_off.control.clear_requests()
    started = time.monotonic()
    events = deploy(localhub_off, request)
    assert time.monotonic() - started < 2, "refused at once, whatever the size"
    failed = events[-1]
    assert isinstance(failed, Failed), failed
    assert (failed.problem, failed.step) == (Problem.INVALID_REQUEST, None)
    assert f"{field}:" in failed.message
    assert len(failed.message) < 2000, "the message names the rule, it does not echo the input"
    assert localhub_off.control.requests() == []


@pytest.mark.parametrize(
    ("owner", "token", "problem"),
    [
        ("trackio-deployer", "hf_alice", Problem.NOT_A_MEMBER),  # an organization alice is not in
        ("bob", "hf_alice", Problem.NOT_A_MEMBER),  # another user's namespace
        ("no-such-owner", "hf_alice", Problem.NOT_A_MEMBER),
        ("trackio-lab", "hf_bob", Problem.ROLE_CANNOT_CREATE),  # bob only reads there
        ("ALICE", "hf_bob", Problem.NOT_A_MEMBER),  # a case variant of someone else
    ],
)
def test_an_owner_the_user_may_not_deploy_to_is_refused_without_a_write(
    localhub_off, owner, token, problem
):
    localhub_off.control.clear_requests()
    failed = deploy(localhub_off, DeployRequest(owner=owner, name=unique("theirs")), token=token)[
        -1
    ]
    assert isinstance(failed, Failed), failed
    assert failed.problem == problem
    assert owner in failed.message
    assert writes(localhub_off.control.requests()) == []


def test_a_granted_sign_in_cannot_reach_an_organization_it_did_not_grant(localhub_off):
    token = localhub_off.control.mint_token(
        "alice", scopes=["openid", "profile", "contribute-repos"], orgs=["trackio-lab"]
    )
    localhub_off.control.clear_requests()
    failed = list(
        Deployer(token, endpoint=localhub_off.url, retry_budget=2).deploy(
            DeployRequest(owner="trackio-deployer", name=unique()),
            sign_in=SignIn(scopes=("openid", "profile", "contribute-repos"), granted_orgs=()),
        )
    )[-1]
    assert isinstance(failed, Failed)
    assert failed.problem is Problem.NOT_A_MEMBER
    assert writes(localhub_off.control.requests()) == []

"""Twenty signed-in people deploying at once through the page: each Space lands in its owner's
namespace with its own settings, no event or result reaches another session, and double submits
(a double click, a second tab) make one Space."""

from __future__ import annotations

import json
import re
import threading

import pytest
from huggingface_hub import HfApi

from harness.driver import PageDriver, Reply
from harness.servers import sandbox_page
from localhub.control import RepoStats
from localhub.signin import sign_in
from page.form import Form
from page.ids import ElementId
from sandbox import make_localhub

USERS = [f"user{n:02d}" for n in range(1, 21)]
SECOND_TAB = set(USERS[::4])  # these also press Deploy in a second tab of the same sign-in
SEED = {
    "users": [{"name": u, "plan": "pro"} for u in USERS] + [{"name": "maintainer", "plan": "pro"}],
    "orgs": [
        {"name": "trackio-deployer", "plan": "team", "members": {"maintainer": "admin"}},
    ],
    "tokens": [
        {"value": f"hf_{u}", "user": u, "role": "write"} for u in USERS
    ]  # to check the results with
    + [{"value": "hf_maintainer", "user": "maintainer", "role": "write"}],
}


def settings_of(user: str) -> Form:
    n = int(user[-2:])
    return Form(
        owner=user,
        name=f"dash-{user}",
        visibility="private" if n % 2 == 0 else "public",
        hardware="cpu-upgrade" if n % 3 == 0 else "cpu-basic",
        sleep_time="3600" if n % 3 == 0 else "default",
        plot_order=f"{user}-loss",
        write_token=f"hf_{user}SpaceWriteToken0123456789",
    )


@pytest.fixture(scope="module")
def localhub_simulated_twenty(tmp_path_factory):
    """Spaces simulated, and twenty PRO users of their own."""
    seed = tmp_path_factory.mktemp("seed") / "twenty.json"
    seed.write_text(json.dumps(SEED))
    with make_localhub(spaces="simulate", seed=seed, max_running=32) as running:
        yield running


@pytest.fixture(scope="module")
def page_url(localhub_simulated_twenty, tmp_path_factory):
    log = tmp_path_factory.mktemp("app") / "app.log"
    with sandbox_page(localhub_simulated_twenty.url, log=log) as page:
        yield page.url


def test_twenty_people_deploy_at_once_each_to_their_own_space_with_their_own_settings(
    localhub_simulated_twenty, page_url
):
    tabs: dict[str, list[PageDriver]] = {}
    for user in USERS:
        person = sign_in(page_url, user)
        tabs[user] = [PageDriver(page_url, person.cookie)]
        if user in SECOND_TAB:
            tabs[user].append(PageDriver(page_url, person.cookie))
        for tab in tabs[user]:
            assert f'data-user="{user}"' in tab.load().value(ElementId.SIGNED_IN_AS)
    localhub_simulated_twenty.control.clear_requests()

    runs: dict[str, list[Reply]] = {}
    failures: list[BaseException] = []

    def click(user: str, tab: int, times: int) -> None:
        try:
            session = tabs[user][tab]
            call = session.deploy_call(settings_of(user))
            runs[f"{user}/{tab}"] = session.run_together([call] * times)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=click, args=(user, 0, 2)) for user in USERS]
    threads += [threading.Thread(target=click, args=(user, 1, 1)) for user in SECOND_TAB]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert failures == []

    for user in USERS:
        wanted = settings_of(user)
        space = f"{user}/dash-{user}"
        # One deploy per person, and one follower per tab: the tab that started it follows it to
        # its end with its last click (a double click joins it, and the earlier click stops
        # following); any other tab is told that it runs, or once it finished, that the Space
        # exists.
        finals = {
            tab: [
                "running"
                if "is running" in run.value(ElementId.SUMMARY)
                else run.value(ElementId.SUMMARY)
                for run in runs[f"{user}/{tab}"]
            ]
            for tab in range(len(tabs[user]))
        }
        winners = [tab for tab, seen in finals.items() if "running" in seen]
        errors = [run.error for key in runs if key.startswith(f"{user}/") for run in runs[key]]
        assert len(winners) == 1, (finals, errors)
        assert finals[winners[0]].count("running") == 1, finals
        told = r"already have a deploy of .* running|already a Trackio dashboard"
        ended = re.compile(r'data-phase="(done|failed|cancelled|refused)"')
        for tab, seen in finals.items():
            for summary in seen:
                overtaken = tab in winners and not ended.search(summary)  # no result, no failure
                assert summary == "running" or overtaken or re.search(told, summary), finals
        winner = runs[f"{user}/{winners[0]}"][finals[winners[0]].index("running")]
        assert f"TRACKIO_SPACE_ID={space}" in winner.value(ElementId.SUMMARY)
        # No other session's events or results.
        for key in (k for k in runs if k.startswith(f"{user}/")):
            text = "\n".join(r.text for r in runs[key])
            strangers = [u for u in USERS if u != user and re.search(rf"\b{u}\b", text)]
            assert strangers == [], (key, strangers)

        api = HfApi(endpoint=localhub_simulated_twenty.url, token=f"hf_{user}")
        assert {s.id for s in api.list_spaces(author=user)} == {space}, "one Space each"
        info = api.space_info(space)
        assert info.author == user
        assert info.private == (wanted.visibility == "private")
        runtime = api.get_space_runtime(space)
        assert runtime.requested_hardware == wanted.hardware
        if wanted.sleep_time != "default":
            assert runtime.sleep_time == int(wanted.sleep_time)
        variables = {k: v.value for k, v in api.get_space_variables(space).items()}
        assert variables["TRACKIO_PLOT_ORDER"] == wanted.plot_order
        assert variables["TRACKIO_BUCKET_ID"] == f"{user}/dash-{user}-bucket"
        assert list(api.get_space_secrets(space)) == ["HF_TOKEN"]
        assert localhub_simulated_twenty.control.stats(space) == RepoStats(commits=0, builds=1)
        duplicates = [
            r
            for r in localhub_simulated_twenty.control.requests()
            if r.user == user and r.path.endswith("/duplicate") and r.status == 200
        ]
        assert len(duplicates) == 1, duplicates

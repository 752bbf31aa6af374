"""The page's "Your dashboards" view in headless Chromium: the listing with its progress, each
action asked about before it changes anything, Wake, Upgrade, and "Upgrade all that are behind"
with progress for each. Spaces simulated: the upgrade's steps run against what a Trackio dashboard
answers (`sandbox/simulated-trackio.json`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from huggingface_hub import HfApi

from deployer import Deployer, DeployRequest, Done, Visibility
from deployer.dashboards import Action, Dashboard, Listed, VersionSource
from deployer.request import Kind
from deployer.template import pinned_trackio_version
from harness import servers
from harness.older import OLDER_TRACKIO, pin_trackio
from localhub.service import LocalHub
from page import dashboards
from page.ids import ElementId
from tests.a11y import check_state
from tests.conftest import ARTIFACTS, unique
from tests.test_page import sign_in


@pytest.fixture(scope="module")
def page_url(localhub_simulated_own, tmp_path_factory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("app") / "app.log"
    with servers.sandbox_page(localhub_simulated_own.url, log=log) as running:
        yield running.url


def older_dashboard(hub: LocalHub, page_url: str, *, private: bool, paused: bool = False) -> str:
    """A dashboard this page deployed (with a sign-in token of its own OAuth app, as a click
    would), on an older trackio."""
    port = page_url.rsplit(":", 1)[1].strip("/")
    token = hub.control.mint_token(
        "alice",
        scopes=["openid", "profile", "contribute-repos"],
        client_id=f"trackio-deployer-deploy-{port}",
    )
    request = DeployRequest(
        owner="alice",
        name=unique("older"),
        visibility=Visibility.PRIVATE if private else Visibility.PUBLIC,
    )
    done = list(Deployer(token, endpoint=hub.url).deploy(request))[-1]
    assert isinstance(done, Done), done
    api = HfApi(endpoint=hub.url, token=token)
    pin_trackio(api, request.space_id)
    if paused:
        api.pause_space(request.space_id)
    return request.space_id


def row(page, space_id: str):
    return page.locator(f'#{ElementId.DASHBOARDS} tr[data-space="{space_id}"]')


@pytest.mark.browser
def test_your_dashboards_lists_them_and_acts_only_once_asked(
    localhub_simulated_own, page_url, browser_page
):
    from playwright.sync_api import expect

    hub, page = localhub_simulated_own, browser_page
    private_a = older_dashboard(hub, page_url, private=True)
    private_b = older_dashboard(hub, page_url, private=True)
    paused = older_dashboard(hub, page_url, private=False, paused=True)
    sign_in(page, page_url)
    page.get_by_role("tab", name="Your dashboards").click()
    expect(page.locator(f'#{ElementId.LISTING} [data-state="listed"]')).to_be_visible(
        timeout=30_000
    )
    for space in (private_a, private_b, paused):
        expect(row(page, space)).to_have_attribute("data-behind", "true")
    expect(row(page, private_a)).to_contain_text(f"{OLDER_TRACKIO} (from its requirements)")
    expect(row(page, private_a)).to_contain_text(f"behind {pinned_trackio_version()}")
    expect(row(page, paused)).to_contain_text("PAUSED")
    expect(row(page, paused).get_by_role("link", name=f"Open {paused}")).to_have_attribute(
        "href", re.compile(rf"/_spaces/{paused}$")
    )
    upgrade_all = page.locator(f"#{ElementId.UPGRADE_ALL}")
    expect(upgrade_all).to_have_text("Upgrade all that are behind (3)")
    check_state(page, "dashboards-listed", ARTIFACTS)

    # Asked first; Cancel changes nothing.
    commits = hub.control.stats(private_a).commits
    row(page, private_a).get_by_role("button", name=f"Upgrade {private_a}").click()
    asked = page.locator(f"#{ElementId.QUESTION}")
    expect(asked).to_contain_text(
        f"Upgrade {private_a} from trackio {OLDER_TRACKIO} to {pinned_trackio_version()}?"
    )
    check_state(page, "dashboards-asked", ARTIFACTS)
    page.locator(f"#{ElementId.CANCEL}").click()
    expect(asked).to_be_hidden()
    assert hub.control.stats(private_a).commits == commits

    # Wake the paused one.
    row(page, paused).get_by_role("button", name=f"Wake {paused}").click()
    expect(asked).to_contain_text(f"Wake {paused}?")
    page.locator(f"#{ElementId.CONFIRM}").click()
    woken = page.locator(f'#{ElementId.ACTIONS} section[data-space="{paused}"]')
    expect(woken).to_have_attribute("data-outcome", "done", timeout=60_000)
    expect(row(page, paused)).to_contain_text("RUNNING", timeout=30_000)

    # Every one still behind, one after the other, each with its progress.
    expect(upgrade_all).to_have_text(re.compile(r"Upgrade all that are behind \(\d\)"))
    upgrade_all.click()
    expect(asked).to_contain_text("that are behind")
    page.locator(f"#{ElementId.CONFIRM}").click()
    for space in (private_a, private_b):
        section = page.locator(f'#{ElementId.ACTIONS} section[data-space="{space}"]')
        expect(section).to_have_attribute("data-outcome", "done", timeout=120_000)
        resumed = section.locator('.steps li[data-step="resume"]')
        expect(resumed).to_have_attribute("data-state", "done")
        expect(section).to_contain_text(f"upgraded in place from trackio {OLDER_TRACKIO}")
    expect(row(page, private_a)).to_have_attribute("data-behind", "false", timeout=30_000)
    expect(row(page, private_b)).to_have_attribute("data-behind", "false")
    expect(upgrade_all).to_be_disabled()
    check_state(page, "dashboards-upgraded", ARTIFACTS)


def test_a_click_acts_only_on_what_the_listing_offers():
    """What the table sends is data from the browser: a Space or an action it did not offer is
    ignored."""
    behind = Dashboard(
        space_id="alice/old",
        kind=Kind.LIVE,
        stage="RUNNING",
        hardware="cpu-basic",
        private=False,
        trackio_version=OLDER_TRACKIO,
        version_source=VersionSource.DASHBOARD,
        bucket_id="alice/old-bucket",
        last_modified=None,
        space_url="https://huggingface.co/spaces/alice/old",
        app_url="https://alice-old.hf.space",
        may_change=True,
        behind=True,
    )
    listed = Listed(dashboards=(behind,), owners=("alice",), template_version="0.43.0")
    assert dashboards.offered(listed, "upgrade", "alice/old") == behind
    assert dashboards.offered(listed, "upgrade", "alice/other") is None
    assert dashboards.offered(listed, "wake", "alice/old") is None, "it is running"
    assert dashboards.offered(None, "upgrade", "alice/old") is None
    assert Action.UPGRADE in behind.actions

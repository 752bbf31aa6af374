"""The page in sandbox mode, driven in headless Chromium: sign in, choose, Deploy, watch it come up."""

from __future__ import annotations

import os
import re
import time

import httpx
import pytest
from huggingface_hub.errors import RepositoryNotFoundError

from deployer.request import DEFAULT_TEMPLATE
from harness import servers
from localhub.control import RepoStats
from localhub.testing import browser_through_localhub
from page.ids import ElementId
from tests.conftest import ARTIFACTS, api, unique
from tests.trackio_user import run_as_user

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def page_url(localhub_running, tmp_path_factory):
    """`python app.py` in sandbox mode against the session's localhub that runs Spaces."""
    log = tmp_path_factory.mktemp("app") / "app.log"
    with servers.sandbox_page(localhub_running.url, log=log) as running:
        yield running.url


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / name, full_page=True)


def sign_in(page, url: str, *, user: str = "alice", orgs: tuple[str, ...] = ()) -> None:
    from playwright.sync_api import expect

    page.goto(url)
    page.get_by_role("button", name="Sign in with Hugging Face").click()
    page.get_by_role("button", name=f"Continue as {user}").click()
    for org in orgs:
        page.get_by_role("checkbox", name=re.compile(org, re.IGNORECASE)).check()
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_text(f"Signed in as {user}")).to_be_visible(timeout=30_000)


def choose_owner(page, owner: str) -> None:
    page.get_by_role("combobox", name="Owner").click()
    page.get_by_role("option", name=re.compile(rf"^{re.escape(owner)} ")).click()


def name_a_new_space(page, prefix: str, *, owner: str = "alice") -> str:
    """Type a fresh Space name and wait until the page says it is free."""
    from playwright.sync_api import expect

    name = unique(prefix)
    page.get_by_label("Space name").fill(name)
    expect(page.get_by_text(f"{owner}/{name} is free.")).to_be_visible(timeout=30_000)
    return name


def deploy_button(page):
    return page.get_by_role("button", name=re.compile(r"^(Deploy|Try again|Deploy another)$"))


def test_sign_in_deploy_and_open_the_dashboard(localhub_running, page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    name = name_a_new_space(page, "dash")
    expect(page.get_by_text(f"Plan for alice/{name}")).to_be_visible()
    deploy_button(page).click()
    expect(page.get_by_text("Your Trackio dashboard is running")).to_be_visible(timeout=120_000)
    for title in (
        "Check your account and the Space name",
        "Build and start the Space",
        "Check that the dashboard answers",
    ):
        expect(page.locator(".steps li.done", has_text=title)).to_be_visible()
    expect(page.get_by_text(f'space_id="alice/{name}"')).to_be_visible()
    run_command = (
        f"python -m localhub run --hub {localhub_running.url} --user alice -- python train.py"
    )
    expect(page.locator("code", has_text=run_command)).to_have_text(run_command)
    page.get_by_text("Build log").click()
    build_log = page.locator(f"#{ElementId.BUILD_LOG} textarea")
    expect(build_log).to_have_value(re.compile("Requirement satisfied: trackio"))
    expect(build_log).to_have_value(re.compile(r"\[run\] .*Trackio"))
    assert "\x1b" not in build_log.input_value(), "terminal colours stripped"
    screenshot(page, "page-deployed.png")
    assert localhub_running.control.stats(f"alice/{name}") == RepoStats(commits=0, builds=1)

    dashboard = page.get_by_role("link", name=re.compile(r"127\.0\.0\.1:\d+$"))
    href = dashboard.get_attribute("href")
    assert href == api(localhub_running).space_info(f"alice/{name}").host
    page.goto(href)
    expect(page).to_have_title(re.compile("trackio", re.IGNORECASE), timeout=30_000)
    screenshot(page, "page-dashboard.png")


def test_deploy_to_an_organization_granted_at_consent(localhub_running, page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url, orgs=("trackio-lab",))
    choose_owner(page, "trackio-lab")
    name = name_a_new_space(page, "lab", owner="trackio-lab")
    deploy_button(page).click()
    expect(page.get_by_text("Your Trackio dashboard is running")).to_be_visible(timeout=120_000)
    screenshot(page, "page-organization.png")
    assert api(localhub_running).space_info(f"trackio-lab/{name}").author == "trackio-lab"


def test_a_free_account_is_offered_static_deploys_it_and_sees_the_runs_it_syncs(
    localhub_running, page_url, browser_page, playwright_session, tmp_path
):
    """bob (free plan) is offered a static dashboard, preselected with why; deploys it; runs the
    result card's own snippet, unchanged, through the card's `python -m localhub run`; and the
    dashboard, opened in Chromium at its address, shows the project's runs and metrics."""
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url, user="bob")
    expect(page.get_by_label("Static: free, public, shows the runs you sync")).to_be_checked()
    expect(page.get_by_text("bob is on the free plan, where the Hub hosts static")).to_be_visible()
    expect(page.get_by_label("Hardware")).to_be_hidden()
    name = name_a_new_space(page, "static", owner="bob")
    page.get_by_label("Project").fill("mnist")
    expect(page.get_by_text(f"Plan for bob/{name}")).to_be_visible()
    deploy_button(page).click()
    expect(page.get_by_text("Your static Trackio dashboard is ready")).to_be_visible(timeout=60_000)
    expect(page.locator(".steps li", has_text="Build and start the Space")).to_have_count(0)
    expect(page.get_by_text("it shows runs once your first sync lands")).to_be_visible()
    sync_command = f"trackio sync --project mnist --space-id bob/{name} --sdk static"
    expect(page.locator("code", has_text=sync_command)).to_be_visible()
    screenshot(page, "page-static-deployed.png")
    space_id, bucket = f"bob/{name}", f"bob/{name}-bucket"
    assert localhub_running.control.stats(space_id) == RepoStats(commits=1, builds=0)

    snippet = page.locator(f"#{ElementId.SNIPPET} .cm-content").inner_text()
    assert f'sdk="static", bucket_id="{bucket}"' in snippet
    run_command = (
        f"python -m localhub run --hub {localhub_running.url} --user bob -- python train.py"
    )
    expect(page.locator("code", has_text=run_command)).to_have_text(run_command)
    run_as_user(localhub_running, tmp_path / "bob", snippet, user="bob")
    runs = httpx.get(f"{localhub_running.url}/buckets/{bucket}/resolve/runs.json").json()
    names = [run["name"] if isinstance(run, dict) else run for run in runs]
    assert names, "the snippet logged a run and synced it"

    subdomain = api(localhub_running).space_info(space_id).subdomain
    with browser_through_localhub(
        playwright_session, localhub_running.url, user="bob", folder=tmp_path / "browser"
    ) as dashboard:
        dashboard.goto(f"https://{subdomain}.static.hf.space/")
        for text in (*names, "loss"):
            expect(dashboard.get_by_text(text, exact=True).first).to_be_visible(timeout=30_000)
        screenshot(dashboard, "static-dashboard-from-the-page.png")


def test_a_free_account_gets_no_live_dashboard_from_the_page_or_a_deploy_link(
    localhub_running, page_url, browser_page
):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(f"{page_url}/?owner=bob&kind=live&name=linked-live")
    sign_in(page, page.url, user="bob")
    expect(page.get_by_label("Static: free, public, shows the runs you sync")).to_be_checked()
    page.get_by_label("Live: runs appear as they are logged (paid plan)").check()
    expect(page.get_by_text("needs a PRO subscription").first).to_be_visible(timeout=30_000)
    name = unique("bob")
    page.get_by_label("Space name").fill(name)
    localhub_running.control.clear_requests()
    deploy_button(page).click()
    expect(page.get_by_text("The deploy stopped")).to_be_visible(timeout=60_000)
    expect(page.locator(".problem", has_text="PRO subscription").last).to_be_visible()
    expect(page.locator(".problem", has_text="static dashboard instead").last).to_be_visible()
    expect(deploy_button(page)).to_have_text("Try again")
    screenshot(page, "page-free-plan.png")
    assert [r for r in localhub_running.control.requests() if r.write and r.user == "bob"] == []
    with pytest.raises(RepositoryNotFoundError):
        api(localhub_running).space_info(f"bob/{name}")


def test_cancel_at_consent_leaves_the_page_signed_out(page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(page_url)
    page.get_by_role("button", name="Sign in with Hugging Face").click()
    page.get_by_role("button", name="Continue as alice").click()
    page.get_by_role("button", name="Cancel").click()
    page.wait_for_url(re.compile(r"signin=cancelled"))
    expect(page.get_by_text("You cancelled the sign-in")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Sign in with Hugging Face")).to_be_visible()
    expect(page.get_by_text("Signed in as")).to_have_count(0)
    expect(page.get_by_role("button", name="Deploy", exact=True)).to_have_count(0)
    screenshot(page, "page-cancelled.png")


def test_deploy_link_prefills_the_form_but_never_the_template_or_a_token(page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    query = "owner=trackio-lab&name=linked-dash&private=true&hardware=cpu-upgrade&template=evil/x&write_token=hf_planted"
    page.goto(f"{page_url}/?{query}")
    page.get_by_role("button", name="Sign in with Hugging Face").click()
    page.get_by_role("button", name="Continue as alice").click()
    page.get_by_role("checkbox", name=re.compile("trackio-lab", re.IGNORECASE)).check()
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_text("Plan for trackio-lab/linked-dash")).to_be_visible(timeout=30_000)
    expect(page.get_by_label("Space name")).to_have_value("linked-dash")
    expect(page.get_by_label("private")).to_be_checked()
    expect(page.get_by_label("Hardware")).to_have_value("cpu-upgrade")
    expect(page.get_by_text(f"Duplicate the template Space {DEFAULT_TEMPLATE}")).to_be_visible()
    expect(page.get_by_text("evil/x")).to_have_count(0)
    assert "hf_planted" not in page.content()
    page.get_by_text("Share a deploy link").click()
    expect(
        page.get_by_text(
            "owner=trackio-lab&name=linked-dash&kind=live&private=true&hardware=cpu-upgrade"
        )
    ).to_be_visible()
    screenshot(page, "page-prefilled.png")


def test_a_deploy_link_offers_a_static_dashboard_of_its_project_to_a_pro_account(
    page_url, browser_page
):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(f"{page_url}/?owner=alice&name=linked-static&kind=static&project=mnist")
    sign_in(page, page.url)
    expect(page.get_by_label("Static: free, public, shows the runs you sync")).to_be_checked()
    expect(page.get_by_label("Project")).to_have_value("mnist")
    expect(page.get_by_text("Plan for alice/linked-static")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("trackio-deployer/trackio-static-dashboard").first).to_be_visible()
    page.get_by_label("Live: runs appear as they are logged (paid plan)").check()
    expect(page.get_by_label("Hardware")).to_be_visible()
    page.get_by_label("Static: free, public, shows the runs you sync").check()
    page.get_by_text("Share a deploy link").click()
    expect(
        page.get_by_text("owner=alice&name=linked-static&kind=static&project=mnist")
    ).to_be_visible()


def test_a_second_click_does_not_start_a_second_deploy(localhub_running, page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    name = name_a_new_space(page, "twice")
    localhub_running.control.clear_requests()
    deploy_button(page).dblclick()
    expect(page.get_by_text("Your Trackio dashboard is running")).to_be_visible(timeout=120_000)
    duplicates = [r for r in localhub_running.control.requests() if r.path.endswith("/duplicate")]
    assert len(duplicates) == 1
    assert localhub_running.control.stats(f"alice/{name}") == RepoStats(commits=0, builds=1)


def test_works_at_phone_width_with_the_keyboard(localhub_running, page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, page_url)
    name_a_new_space(page, "phone")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "no sideways scrolling"
    )
    button = page.get_by_role("button", name="Deploy", exact=True)
    for _ in range(40):
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    else:
        raise AssertionError("Deploy is not reachable with Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Your Trackio dashboard is running")).to_be_visible(timeout=120_000)
    screenshot(page, "page-phone.png")


def test_readme_first_command_starts_localhub_and_the_page(tmp_path):
    """`python app.py --local-hub`: localhub's ready line, then the page; SIGTERM stops both."""
    log = tmp_path / "app.log"
    with servers.page("--local-hub", "--local-hub-data", str(tmp_path / "hub"), log=log):
        ready = log.read_text().splitlines(keepends=True)[0]
        assert re.fullmatch(r"localhub ready at http://127\.0\.0\.1:\d+\n", ready), ready
        hub_url = ready.split(" at ")[1].strip()
        assert httpx.get(f"{hub_url}/api/spaces/{DEFAULT_TEMPLATE}").status_code == 200
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            httpx.get(hub_url, timeout=1)
        except httpx.HTTPError:
            break
        time.sleep(0.2)
    else:
        raise AssertionError("localhub still answers after the page stopped")


def test_run_locally_the_mocked_sign_in_deploys_with_the_machines_own_token(
    localhub_running, browser_page, tmp_path
):
    """Outside a Space gradio mocks the sign-in; the page then uses the local token and says so.
    Here "the Hub" is localhub, reached through HF_ENDPOINT as huggingface_hub would reach the Hub."""
    from playwright.sync_api import expect

    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in (
            "SYSTEM",
            "SPACE_ID",
            "OAUTH_CLIENT_ID",
            "OAUTH_CLIENT_SECRET",
            "OPENID_PROVIDER_URL",
        )
    }
    env.update(HF_ENDPOINT=localhub_running.url, HF_TOKEN="hf_alice")
    with servers.page(log=tmp_path / "app.log", env=env) as local:
        browser_page.goto(local.url)
        browser_page.get_by_role("button", name="Sign in with Hugging Face").click()
        expect(browser_page.get_by_text("Signed in as alice")).to_be_visible(timeout=30_000)
        expect(
            browser_page.get_by_text("gradio mocks the sign-in, so deploys use your local token")
        ).to_be_visible()
        name = name_a_new_space(browser_page, "local")
        deploy_button(browser_page).click()
        expect(browser_page.get_by_text("Your Trackio dashboard is running")).to_be_visible(
            timeout=120_000
        )
        screenshot(browser_page, "page-local-token.png")
    assert api(localhub_running).space_info(f"alice/{name}").author == "alice"

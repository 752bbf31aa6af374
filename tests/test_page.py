"""The page in sandbox mode, driven in headless Chromium as a person uses it: sign in, choose,
Deploy, watch it come up, and every other state (refusals, retries, Cancel, failures and their
fixes), each checked with axe-core in light and dark at desktop and phone size and captured in
`tests/artifacts/`."""

from __future__ import annotations

import os
import re
import time

import httpx
import pytest
from huggingface_hub.errors import RepositoryNotFoundError

from deployer.request import DEFAULT_STATIC_TEMPLATE, DEFAULT_TEMPLATE
from harness import servers
from harness.driver import PageDriver
from localhub import signin
from localhub.control import Fault, RepoStats
from localhub.testing import browser_through_localhub
from page.form import Form
from page.ids import ElementId
from tests.a11y import check_state
from tests.conftest import ARTIFACTS, api, unique
from tests.trackio_user import run_as_user

pytestmark = pytest.mark.browser
FOLD = 900  # the desktop window's height: what a person sees without scrolling
LIVE = "Live: runs appear as they are logged (paid plan)"
STATIC = "Static: free, public, shows the runs you sync"


@pytest.fixture(scope="module")
def page_log(tmp_path_factory):
    return tmp_path_factory.mktemp("app") / "app.log"


@pytest.fixture(scope="module")
def page_url(localhub_running, page_log):
    """`python app.py` in sandbox mode against the session's localhub that runs Spaces."""
    with servers.sandbox_page(localhub_running.url, log=page_log) as running:
        yield running.url


def sign_in(page, url: str, *, user: str = "alice", orgs: tuple[str, ...] = ()) -> None:
    from playwright.sync_api import expect

    page.goto(url)
    page.get_by_role("button", name="Sign in with Hugging Face").click()
    page.get_by_role("button", name=f"Continue as {user}").click()
    for org in orgs:
        page.get_by_role("checkbox", name=re.compile(org, re.IGNORECASE)).check()
    page.get_by_role("button", name="Authorize").click()
    expect(page.locator(f'#{ElementId.SIGNED_IN_AS} [data-user="{user}"]')).to_be_visible(
        timeout=30_000
    )
    # Then the account: the owners on offer replace the placeholder reason ("Reading your account").
    expect(page.locator(f"#{ElementId.DEPLOY_REASON}")).not_to_contain_text(
        "Reading your account", timeout=30_000
    )


def name_state(page):
    return page.locator(f"#{ElementId.NAME_STATE} [data-state]")


def type_name(page, name: str, *, expect_state: str = "free") -> str:
    from playwright.sync_api import expect

    page.get_by_label("Space name").fill(name)
    if expect_state != "invalid":  # the state of this name, not the one before it
        expect(name_state(page)).to_contain_text(f"/{name} ", timeout=30_000)
    expect(name_state(page)).to_have_attribute("data-state", expect_state, timeout=30_000)
    return name


def deploy_button(page):
    return page.locator(f"#{ElementId.DEPLOY}")


def reason(page):
    return page.locator(f"#{ElementId.DEPLOY_REASON}")


def more_options(page) -> None:
    page.get_by_role("button", name=re.compile("^More options")).click()


def card(page):
    return page.locator(f"#{ElementId.SUMMARY} [data-phase]")


def wait_for_phase(page, phase: str, timeout: float = 120_000) -> None:
    from playwright.sync_api import expect

    expect(card(page)).to_have_attribute("data-phase", phase, timeout=timeout)


def test_sign_in_deploy_and_open_the_dashboard(localhub_running, page_url, browser_page):
    """The whole flow without scrolling: the click answered on the client at once, the deploy
    view at the top, the result card with its buttons in view, the dashboard running."""
    from playwright.sync_api import expect

    page = browser_page
    page.set_viewport_size({"width": 1280, "height": FOLD})
    page.goto(page_url)
    expect(page.get_by_role("button", name="Sign in with Hugging Face")).to_be_visible()
    check_state(page, "signed-out", ARTIFACTS)
    sign_in(page, page_url)
    name = type_name(page, unique("dash"))
    expect(page.locator(".plan")).to_contain_text(f"Create alice/{name}")
    box = deploy_button(page).bounding_box()
    assert box["y"] + box["height"] < FOLD, f"Deploy is in view at once: {box}"
    check_state(page, "form", ARTIFACTS)

    answered_ms = page.evaluate(
        """() => new Promise((done) => {
            const start = performance.now();
            const shown = () => document.querySelector('#deploy-view').offsetParent !== null
                && document.querySelector('#deploy-form').offsetParent === null;
            const look = () => shown() ? done(performance.now() - start) : requestAnimationFrame(look);
            document.querySelector('#deploy-button').click();
            look();
        })"""
    )
    # The form gives way to the deploy view in the click's own frame; its content follows.
    assert answered_ms < 50, f"the click was answered on the client after {answered_ms:.0f} ms"
    expect(page.locator(f"#{ElementId.STEPS} [data-outcome]")).to_be_visible()
    assert card(page).bounding_box()["y"] < FOLD / 3, "the deploy view is at the top"
    expect(page.locator(f"#{ElementId.BUILD_LOG} textarea")).to_be_visible()  # open, following
    wait_for_phase(page, "done")
    heading = card(page).get_by_role("heading")
    expect(heading).to_have_text(re.compile("Your Trackio dashboard is running"))
    expect(heading).to_be_focused()
    for step in ("check", "create", "build", "verify"):
        expect(page.locator(f'[data-step="{step}"]')).to_have_attribute("data-state", "done")
    host = api(localhub_running).space_info(f"alice/{name}").host
    opened = card(page).get_by_role("link", name="Open dashboard")
    assert opened.get_attribute("href") == host
    assert opened.bounding_box()["y"] + 40 < FOLD, "Open dashboard is in view without scrolling"
    expect(card(page).locator("iframe.preview")).to_have_attribute("src", host)
    expect(card(page).get_by_role("link", name="Space page")).to_be_visible()
    expect(card(page).locator(".snippet").first).to_contain_text(f'space_id="alice/{name}"')
    run_command = (
        f"python -m localhub run --hub {localhub_running.url} --user alice -- python train.py"
    )
    expect(card(page).locator("code", has_text=run_command)).to_have_text(run_command)
    build_log = page.locator(f"#{ElementId.BUILD_LOG} textarea")
    expect(build_log).to_have_value(re.compile("Requirement satisfied: trackio"))
    assert "\x1b" not in build_log.input_value(), "terminal colours stripped"
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    card(page).get_by_role("button", name="Copy snippet").click()
    expect(card(page).get_by_role("button", name="Copied")).to_be_visible()
    assert f'space_id="alice/{name}"' in page.evaluate("navigator.clipboard.readText()")
    check_state(page, "deployed", ARTIFACTS)
    assert localhub_running.control.stats(f"alice/{name}") == RepoStats(commits=0, builds=1)

    card(page).get_by_role("button", name="Deploy another").click()
    expect(page.get_by_label("Space name")).to_have_value("")
    expect(page.get_by_label("Space name")).to_be_focused()
    expect(deploy_button(page)).to_be_disabled()
    expect(reason(page)).to_have_text("Type a name for the Space.")
    page.goto(host)
    expect(page).to_have_title(re.compile("trackio", re.IGNORECASE), timeout=30_000)


def test_deploy_is_off_with_its_reason_whenever_the_form_cannot_succeed(
    localhub_running, page_url, browser_page
):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    hub = api(localhub_running)
    other = unique("other")
    hub.create_repo(f"alice/{other}", repo_type="space", space_sdk="static")
    type_name(page, other, expect_state="taken")
    expect(deploy_button(page)).to_be_disabled()
    expect(reason(page)).to_contain_text("is taken by a Space that is not Trackio")
    check_state(page, "name-taken", ARTIFACTS)

    type_name(page, "my dash!", expect_state="invalid")
    expect(name_state(page)).to_contain_text("cannot contain ' ' '!'")
    expect(name_state(page)).to_contain_text("Try my-dash")
    expect(deploy_button(page)).to_be_disabled()
    check_state(page, "name-invalid", ARTIFACTS)
    page.get_by_label("Space name").press("Enter")  # Deploy is off: nothing happens, no error
    page.wait_for_timeout(500)
    expect(page.locator(f"#{ElementId.FORM}")).to_be_visible()
    expect(page.locator(f"#{ElementId.FORM} .error")).to_have_count(0)
    expect(page.get_by_text("Error", exact=True)).to_have_count(0)

    page.get_by_label("Space name").fill("")
    expect(reason(page)).to_have_text("Type a name for the Space.", timeout=10_000)

    dashboard = unique("again")
    hub.duplicate_repo(DEFAULT_TEMPLATE, f"alice/{dashboard}", repo_type="space")
    type_name(page, dashboard, expect_state="trackio")
    expect(reason(page)).to_contain_text("is already a Trackio dashboard")
    expect(deploy_button(page)).to_be_disabled()
    more_options(page)
    page.get_by_label("Update it if it is already a Trackio dashboard").check()
    expect(deploy_button(page)).to_be_enabled()
    expect(page.locator(".plan")).to_contain_text(f"Update alice/{dashboard} in place")


def test_a_free_account_is_offered_static_deploys_it_and_sees_the_runs_it_syncs(
    localhub_running, page_url, browser_page, playwright_session, tmp_path
):
    """bob (free plan) is offered a static dashboard, preselected with why; deploys it; runs the
    result card's own snippet, unchanged, through the card's `python -m localhub run`; and the
    dashboard, opened in Chromium at its address, shows the project's runs and metrics."""
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url, user="bob")
    expect(page.get_by_label(STATIC)).to_be_checked(timeout=30_000)
    expect(page.locator(f"#{ElementId.KIND_NOTE}")).to_contain_text(
        "bob is on the free plan, where the Hub hosts static dashboards only"
    )
    expect(page.locator(f"#{ElementId.KIND_NOTE}")).to_contain_text("upgrading to PRO adds live")
    more_options(page)
    for live_only in ("Write token for the Space (optional)", "Metrics to show first"):
        expect(page.get_by_label(live_only)).to_be_hidden()
    expect(page.get_by_role("combobox", name="Hardware", exact=True)).to_be_hidden()
    expect(page.get_by_label("Update it if it is already a Trackio dashboard")).to_be_visible()
    name = type_name(page, unique("static"))
    expect(reason(page)).to_contain_text("Project: name the project the dashboard shows")
    page.get_by_label("Project").fill("mnist")
    expect(page.locator(".plan")).to_contain_text(f"Create bob/{name} (public, static)")
    expect(deploy_button(page)).to_be_enabled()
    check_state(page, "static-form", ARTIFACTS)

    deploy_button(page).click()
    wait_for_phase(page, "done", timeout=60_000)
    heading = card(page).get_by_role("heading")
    expect(heading).to_have_text(re.compile("Your static Trackio dashboard is ready"))
    expect(page.locator('[data-step="build"]')).to_have_count(0)
    expect(page.locator(f"#{ElementId.BUILD_LOG}")).to_be_hidden()
    expect(card(page)).to_contain_text("it shows runs once your first sync lands")
    sync_command = f"trackio sync --project mnist --space-id bob/{name} --sdk static"
    expect(card(page).locator("code", has_text=sync_command)).to_have_text(sync_command)
    run_command = (
        f"python -m localhub run --hub {localhub_running.url} --user bob -- python train.py"
    )
    expect(card(page).locator("code", has_text=run_command)).to_have_text(run_command)
    check_state(page, "static-deployed", ARTIFACTS)
    space_id, bucket = f"bob/{name}", f"bob/{name}-bucket"
    assert localhub_running.control.stats(space_id) == RepoStats(commits=1, builds=0)

    snippet = card(page).locator(".snippet code").first.inner_text()
    assert f'sdk="static", bucket_id="{bucket}"' in snippet
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
        dashboard.screenshot(path=ARTIFACTS / "static-dashboard-from-the-page.png")


def test_a_free_account_gets_no_live_dashboard_from_the_page_or_a_deploy_link(
    localhub_running, page_url, browser_page
):
    """A link asking for live still offers bob static; choosing live turns Deploy off with what to
    do; and the page's deploy event sent with live anyway (Deploy bypassed) gets the plan message,
    with nothing written."""
    from playwright.sync_api import expect

    page = browser_page
    page.goto(f"{page_url}/?owner=bob&kind=live&name=linked-live")
    sign_in(page, page.url, user="bob")
    expect(page.get_by_label(STATIC)).to_be_checked(timeout=30_000)
    page.get_by_label(LIVE).check()
    expect(page.get_by_text("needs a PRO subscription").first).to_be_visible(timeout=30_000)
    expect(page.locator(f"#{ElementId.KIND_NOTE} .problem")).to_contain_text(
        "static dashboard instead"
    )
    expect(deploy_button(page)).to_be_disabled()
    expect(reason(page)).to_contain_text("bob cannot host a live dashboard: choose Static")
    expect(page.get_by_text("trackio-lab is not offered: you did not grant it")).to_be_visible()
    expect(page.get_by_role("link", name="Add an organization")).to_be_visible()
    check_state(page, "free-plan", ARTIFACTS)

    name = unique("bob")
    tab = PageDriver(page_url, signin.sign_in(page_url, "bob").cookie)
    assert 'data-user="bob"' in tab.load().value(ElementId.SIGNED_IN_AS)
    localhub_running.control.clear_requests()
    run = tab.deploy(Form(owner="bob", name=name, kind="live"))
    summary = run.value(ElementId.SUMMARY)
    assert 'data-phase="failed"' in summary, summary
    assert "PRO subscription" in summary, summary
    assert "static dashboard instead" in summary, summary
    assert [r for r in localhub_running.control.requests() if r.write and r.user == "bob"] == []
    with pytest.raises(RepositoryNotFoundError):
        api(localhub_running).space_info(f"bob/{name}")


def test_name_feedback_costs_one_hub_lookup_per_pause_in_typing(
    localhub_running, page_url, browser_page
):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    expect(name_state(page)).to_have_attribute("data-state", re.compile(r"\w+"), timeout=30_000)
    box = page.get_by_label("Space name")
    box.fill("")
    page.wait_for_timeout(800)
    localhub_running.control.clear_requests()
    name = unique("typed")[:14]
    box.press_sequentially(name, delay=60)  # 14 keys, no pause long enough to look one up
    expect(name_state(page)).to_contain_text(f"alice/{name} is free", timeout=10_000)
    page.wait_for_timeout(1000)
    lookups = [
        r
        for r in localhub_running.control.requests()
        if r.method == "GET" and r.path.startswith("/api/spaces/alice/")
    ]
    assert [r.path for r in lookups] == [f"/api/spaces/alice/{name}"], lookups


def test_paid_hardware_is_offered_after_cpu_with_its_cost_and_a_confirmation(
    page_url, browser_page
):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    type_name(page, unique("hw"))
    more_options(page)
    hardware = page.get_by_role("combobox", name="Hardware", exact=True)
    hardware.click()
    options = [o.removeprefix("✓").strip() for o in page.get_by_role("option").all_inner_texts()]
    assert options[0].startswith("CPU basic"), options
    assert "included" in options[0], options
    assert options[1].startswith("CPU upgrade"), options
    page.get_by_role("option", name=re.compile("^CPU upgrade")).click()
    expect(page.get_by_text(re.compile(r"cpu-upgrade costs \$\d+\.\d\d per hour"))).to_be_visible()
    expect(deploy_button(page)).to_be_disabled()
    expect(reason(page)).to_contain_text("Accept the cost of cpu-upgrade")
    expect(page.get_by_label("Sleep time (upgraded hardware only)")).to_be_enabled()
    check_state(page, "hardware-cost", ARTIFACTS)
    page.get_by_label("I accept what this hardware costs").check()
    expect(deploy_button(page)).to_be_enabled()


def test_retries_are_shown_as_they_wait_and_cancel_says_what_exists(
    localhub_running, page_url, browser_page
):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    name = type_name(page, unique("unwell"))
    localhub_running.control.add_fault(
        Fault(
            method="POST", path=f"/api/spaces/{DEFAULT_TEMPLATE}/duplicate", status=503, times=None
        )
    )
    try:
        deploy_button(page).click()
        retry = page.locator(".retry")
        expect(retry).to_contain_text(
            re.compile(r"retrying in \d+ s \(attempt [2-9]\)"), timeout=30_000
        )
        expect(page.locator('[data-step="create"] .timer')).to_be_visible()
        check_state(page, "retrying", ARTIFACTS)
        card(page).get_by_role("button", name="Cancel").click()
        wait_for_phase(page, "cancelled", timeout=30_000)
    finally:
        localhub_running.control.clear_faults()
    expect(card(page)).to_contain_text("Cancelled before any Space was created")
    expect(card(page)).to_contain_text(f"The bucket alice/{name}-bucket exists and is kept")
    expect(page.locator(f"#{ElementId.STEPS} ol")).to_have_attribute("data-outcome", "cancelled")
    expect(page.locator('[data-step="create"]')).to_have_attribute("data-state", "cancelled")
    check_state(page, "cancelled", ARTIFACTS)
    with pytest.raises(RepositoryNotFoundError):
        api(localhub_running).space_info(f"alice/{name}")
    card(page).get_by_role("button", name="Back to the form").click()
    expect(page.get_by_label("Space name")).to_have_value(name)


def test_a_failure_offers_the_fix_it_names_and_the_button_does_it(
    localhub_running, page_url, browser_page
):
    """The name is taken between the check and the click: the failure offers a free name, and
    its button deploys there."""
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    name = type_name(page, unique("race"))
    api(localhub_running).create_repo(f"alice/{name}", repo_type="space", space_sdk="static")
    deploy_button(page).click()
    wait_for_phase(page, "failed", timeout=60_000)
    expect(card(page).locator(".problem")).to_contain_text("is not a Trackio Space")
    check_state(page, "failed", ARTIFACTS)
    card(page).get_by_role("button", name="Use a free name").click()
    wait_for_phase(page, "done")
    expect(card(page)).to_contain_text(f"alice/{name}-2, duplicated from the template")
    assert api(localhub_running).space_info(f"alice/{name}-2").author == "alice"


def test_a_spaces_output_is_shown_as_text_never_as_links_or_images(
    localhub_running, page_url, browser_page
):
    """A Trackio Space whose own `trackio.py` (kept by an update) prints Markdown and crashes:
    the page shows the Markdown as text, with no link and no image fetched."""
    from playwright.sync_api import expect

    page = browser_page
    planted = "[Sign in again](http://127.0.0.1:9/login) ![x](http://127.0.0.1:9/pixel.png)"
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    sign_in(page, page_url)
    name = type_name(page, unique("crash"))
    deploy_button(page).click()
    wait_for_phase(page, "done")
    api(localhub_running).upload_file(
        path_or_fileobj=f"import sys\nprint({planted!r}, flush=True)\nsys.exit(1)\n".encode(),
        path_in_repo="trackio.py",
        repo_id=f"alice/{name}",
        repo_type="space",
    )
    card(page).get_by_role("button", name="Deploy another").click()
    type_name(page, name, expect_state="trackio")
    more_options(page)
    page.get_by_label("Update it if it is already a Trackio dashboard").check()
    deploy_button(page).click()
    wait_for_phase(page, "failed")
    expect(card(page).locator(".problem")).to_contain_text(planted)
    assert page.locator('a[href*="127.0.0.1:9/"], img[src*="127.0.0.1:9/"]').count() == 0
    assert not [url for url in fetched if "127.0.0.1:9/" in url]


def test_deploy_to_an_organization_granted_at_consent(localhub_running, page_url, browser_page):
    page = browser_page
    sign_in(page, page_url, orgs=("trackio-lab",))
    page.get_by_role("combobox", name="Owner").click()
    page.get_by_role("option", name=re.compile(r"^trackio-lab ")).click()
    name = type_name(page, unique("lab"))
    deploy_button(page).click()
    wait_for_phase(page, "done")
    assert api(localhub_running).space_info(f"trackio-lab/{name}").author == "trackio-lab"


def test_keyboard_only_from_sign_in_to_the_dashboard(localhub_running, page_url, browser_page):
    """Tab to each control, Enter in the name deploys, and the focus follows the deploy view
    (never dropped on the page's body)."""
    from playwright.sync_api import expect

    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, page_url)
    page.get_by_role("combobox", name="Owner").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("listbox")).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_role("listbox")).to_have_count(0)  # tabbing away closes the options
    expect(page.get_by_label("Space name")).to_be_focused()
    more_options(page)
    hardware = page.get_by_role("combobox", name="Hardware", exact=True)
    hardware.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("CPU basic")  # the options narrow to it as one types
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(hardware).to_be_focused()  # the focus stays where the choice was made
    expect(hardware).to_have_attribute("aria-expanded", "false")
    expect(hardware).to_have_value(re.compile("^CPU basic"))
    box = page.get_by_label("Space name")
    box.focus()
    page.keyboard.press("Control+A")
    name = unique("keys")
    page.keyboard.type(name)
    expect(name_state(page)).to_have_attribute("data-state", "free", timeout=30_000)
    box = deploy_button(page).bounding_box()
    assert box["y"] + box["height"] < 844, f"Deploy is in view at once on a phone: {box}"
    focused = page.evaluate("document.activeElement.closest('#space-name') !== null")
    assert focused, "the focus stays in the name while it is checked"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "no sideways scrolling on a phone"
    )
    expect(deploy_button(page)).to_be_enabled()  # the form drawn for the name as it is now
    page.keyboard.press("Enter")
    wait_for_phase(page, "done")
    expect(card(page).get_by_role("heading")).to_be_focused()
    for _ in range(3):  # the card's first buttons, one Tab each
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement !== document.body")
    expect(page.get_by_role("link", name="Open dashboard")).to_be_visible()
    page.get_by_role("link", name="Open dashboard").focus()
    assert page.evaluate("document.activeElement.textContent") == "Open dashboard"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert api(localhub_running).space_info(f"alice/{name}").author == "alice"


def test_sign_out_stays_in_the_same_tab(page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, page_url)
    pages_before = len(page.context.pages)
    page.get_by_role("link", name="Sign out").click()
    expect(page.get_by_role("button", name="Sign in with Hugging Face")).to_be_visible(
        timeout=30_000
    )
    expect(page.locator(f"#{ElementId.SIGNED_IN_AS} [data-user]")).to_have_count(0)
    assert len(page.context.pages) == pages_before


def test_sandbox_page_never_contacts_anything_off_this_machine(page_url, browser_page):
    """Every request that leaves 127.0.0.1 is blocked and recorded: signing in, the form and a
    deploy make none (gradio's frontend asks huggingface.co about the Space it runs as, unless
    the page is told it is not on a Space)."""
    from playwright.sync_api import expect

    page = browser_page
    off_machine: list[str] = []

    def block(route):
        off_machine.append(route.request.url)
        route.abort()

    page.context.route(re.compile(r"^(?!https?://(127\.0\.0\.1|localhost)[:/]).*"), block)
    sign_in(page, page_url)
    type_name(page, unique("offline"))
    deploy_button(page).click()
    wait_for_phase(page, "done")
    expect(card(page).locator("iframe.preview")).to_be_visible()
    page.wait_for_timeout(1500)
    assert [u for u in off_machine if not u.startswith("data:")] == []


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
    expect(page.locator(f"#{ElementId.SIGNED_IN_AS} [data-user]")).to_have_count(0)
    check_state(page, "sign-in-cancelled", ARTIFACTS)


def test_deploy_link_prefills_the_form_but_never_the_template_or_a_token(page_url, browser_page):
    from playwright.sync_api import expect

    page = browser_page
    query = "owner=trackio-lab&name=linked-dash&private=true&hardware=cpu-upgrade&template=evil/x&write_token=hf_planted"
    page.goto(f"{page_url}/?{query}")
    page.get_by_role("button", name="Sign in with Hugging Face").click()
    page.get_by_role("button", name="Continue as alice").click()
    page.get_by_role("checkbox", name=re.compile("trackio-lab", re.IGNORECASE)).check()
    page.get_by_role("button", name="Authorize").click()
    expect(page.get_by_label("Space name")).to_have_value("linked-dash", timeout=30_000)
    expect(name_state(page)).to_contain_text("trackio-lab/linked-dash", timeout=30_000)
    expect(page.get_by_label("private")).to_be_checked()
    more_options(page)
    expect(page.get_by_role("combobox", name="Hardware", exact=True)).to_have_value(
        re.compile("^CPU upgrade")
    )
    expect(page.get_by_text("evil/x")).to_have_count(0)
    assert "hf_planted" not in page.content()
    expect(
        page.get_by_text(
            "owner=trackio-lab&name=linked-dash&kind=live&private=true&hardware=cpu-upgrade"
        )
    ).to_be_visible()


def test_a_deploy_link_offers_a_static_dashboard_of_its_project_to_a_pro_account(
    page_url, browser_page
):
    from playwright.sync_api import expect

    page = browser_page
    page.goto(f"{page_url}/?owner=alice&name=linked-static&kind=static&project=mnist")
    sign_in(page, page.url)
    expect(page.get_by_label(STATIC)).to_be_checked(timeout=30_000)
    expect(page.get_by_label("Project")).to_have_value("mnist")
    expect(page.locator(".plan")).to_contain_text(
        "Create alice/linked-static (public, static)", timeout=30_000
    )
    expect(page.locator(f"#{ElementId.KIND_NOTE}")).to_be_empty()
    expect(page.get_by_text(DEFAULT_STATIC_TEMPLATE)).to_have_count(0)  # no internals
    page.get_by_label(LIVE).check()
    expect(page.get_by_label("Project")).to_be_hidden()
    more_options(page)
    expect(page.get_by_role("combobox", name="Hardware", exact=True)).to_be_visible()
    page.get_by_label(STATIC).check()
    expect(page.get_by_role("combobox", name="Hardware", exact=True)).to_be_hidden()
    expect(
        page.get_by_text("owner=alice&name=linked-static&kind=static&project=mnist")
    ).to_be_visible()


def test_a_second_click_does_not_start_a_second_deploy(localhub_running, page_url, browser_page):
    page = browser_page
    sign_in(page, page_url)
    name = type_name(page, unique("twice"))
    localhub_running.control.clear_requests()
    deploy_button(page).dblclick()
    wait_for_phase(page, "done")
    duplicates = [r for r in localhub_running.control.requests() if r.path.endswith("/duplicate")]
    assert len(duplicates) == 1
    assert localhub_running.control.stats(f"alice/{name}") == RepoStats(commits=0, builds=1)


def test_normal_use_writes_no_traceback_to_the_server_log(page_log, page_url):
    """Runs after the tests above (same page process): sign-ins with the Hub's `orgs` claim,
    deploys, refusals, retries and Cancel, and not one traceback."""
    log = page_log.read_text(errors="replace")
    assert "Traceback" not in log, log[-3000:]


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
    page = browser_page
    with servers.page(log=tmp_path / "app.log", env=env) as local:
        page.goto(local.url)
        page.get_by_role("button", name="Sign in with Hugging Face").click()
        expect(page.locator(f'#{ElementId.SIGNED_IN_AS} [data-user="alice"]')).to_be_visible(
            timeout=30_000
        )
        expect(
            page.get_by_text("gradio mocks the sign-in, so deploys use your local token")
        ).to_be_visible()
        name = type_name(page, unique("local"))
        deploy_button(page).click()
        wait_for_phase(page, "done")
    assert api(localhub_running).space_info(f"alice/{name}").author == "alice"

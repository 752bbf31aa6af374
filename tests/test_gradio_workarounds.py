"""The gradio 6.31 defects the page works around (`page/gradio_workarounds.py`), checked on gradio
as installed, with a bare page that has nothing but gradio's own `gr.LoginButton`
(`harness/bare_page.py`) against localhub.

Each test asserts the defect. When one fails, gradio has fixed (or changed) it: delete the
workaround its docstring names, then this test. The page's own tests check that the workarounds
do their job."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from huggingface_hub.errors import HfHubHTTPError

from harness.driver import PageDriver, oauth_token
from harness.servers import bare_page
from localhub.signin import sign_in
from page.gradio_workarounds import MOCK_TOKEN, RELOADER_FAILURE
from sandbox import free_port
from tests.conftest import api


@pytest.fixture(scope="module")
def space_bare_page(localhub_off, tmp_path_factory):
    """The bare page as a Space with `hf_oauth: true` (real OAuth against localhub)."""
    log = tmp_path_factory.mktemp("bare") / "bare.log"
    with bare_page(localhub_off.url, log=log) as page:
        yield page


@pytest.mark.browser
def test_gradio_login_button_drops_every_deploy_link_parameter_after_the_first(
    space_bare_page, browser_page
):
    """Workaround: `SignInFixes` folds them back into `_target_url`."""
    from playwright.sync_api import expect

    browser_page.goto(f"{space_bare_page.url}/?owner=trackio-lab&name=linked")
    browser_page.get_by_role("button", name="Sign in with Hugging Face").click()
    browser_page.wait_for_url(re.compile(r"/oauth/authorize"))
    expect(browser_page.get_by_role("button", name="Continue as alice")).to_be_visible()
    redirect = parse_qs(urlsplit(browser_page.url).query)["redirect_uri"][0]
    target = parse_qs(urlsplit(redirect).query)["_target_url"]
    assert target == ["/?owner=trackio-lab"], "gradio keeps every parameter: drop the fold"


def test_gradio_answers_a_cancelled_consent_with_a_bare_500(space_bare_page):
    """Workaround: `SignInFixes` sends the person home, `?signin=cancelled`. The callback is
    called as localhub's consent page calls it after Cancel."""
    with httpx.Client(timeout=30) as browser:
        login = browser.get(f"{space_bare_page.url}/login/huggingface")
        cookie = login.cookies["session"]
        state = parse_qs(urlsplit(login.headers["location"]).query)["state"][0]
        cancelled = browser.get(
            f"{space_bare_page.url}/login/callback",
            params={
                "error": "access_denied",
                "error_description": "The user cancelled the sign-in",
                "state": state,
            },
            headers={"Cookie": f"session={cookie}"},
        )
    assert cancelled.status_code == 500, "gradio handles a cancelled sign-in: drop the redirect"


def test_gradio_mocked_sign_in_hands_handlers_a_token_the_hub_refuses(localhub_off, tmp_path):
    """Workaround: `is_mocked_sign_in`, and the page deploys with the machine's own token. Run
    outside a Space (no `SYSTEM=spaces`), gradio signs in with the machine's token but keeps a
    made-up one in the session, which is what handlers receive as `gr.OAuthToken`."""
    with bare_page(localhub_off.url, log=tmp_path / "bare.log", local_token="hf_alice") as local:
        answer = httpx.get(f"{local.url}/login/huggingface", follow_redirects=True, timeout=30)
        cookie = next(r.cookies["session"] for r in answer.history if "session" in r.cookies)
    token = oauth_token(cookie)
    assert token == MOCK_TOKEN, "gradio hands handlers another token: check is_mocked_sign_in"
    with pytest.raises(HfHubHTTPError):
        api(localhub_off, token).whoami()


def test_gradio_spaces_reloader_dies_with_a_traceback_without_the_spaces_package(space_bare_page):
    """Workaround: `quiet_spaces_reloader` drops this traceback in sandbox mode."""
    deadline = time.monotonic() + 10
    while RELOADER_FAILURE not in (log := space_bare_page.log.read_text(errors="replace")):
        assert time.monotonic() < deadline, f"gradio no longer fails this way:\n{log[-2000:]}"
        time.sleep(0.1)
    assert "Traceback" in log


def test_gradio_login_button_check_writes_a_traceback_on_each_signed_in_page_load(space_bare_page):
    """Workaround: `login_button` drops the button's page-load check. The session holds the
    Hub's `orgs` claim (a list), which the check's `gr.Request.session` cannot wrap."""
    cookie = sign_in(space_bare_page.url, "alice", orgs=("trackio-lab",)).cookie
    before = space_bare_page.log.read_text(errors="replace").count("Traceback")
    tab = PageDriver(space_bare_page.url, cookie)
    tab.run(tab.dependency(trigger="load"), [])
    log = space_bare_page.log.read_text(errors="replace")
    assert log.count("Traceback") > before, "gradio reads the session safely: drop login_button"
    assert "route_utils.py" in log.split("Traceback")[-1]


@pytest.fixture(scope="module")
def dropdown_page():
    """A gradio page with a dropdown and a textbox after it, in this process."""
    import gradio as gr

    with gr.Blocks() as demo:
        gr.Dropdown(["one", "two"], label="Choice", interactive=True)
        gr.Textbox(label="Next", interactive=True)
    demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True)
    try:
        yield demo.local_url
    finally:
        demo.close()


def open_choices(page, url: str) -> None:
    """The dropdown's options, opened with the keyboard."""
    from playwright.sync_api import expect

    page.goto(url)
    page.get_by_role("combobox", name="Choice").focus()
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("listbox")).to_be_visible()


@pytest.mark.browser
def test_gradio_dropdown_left_with_tab_keeps_its_options_open(dropdown_page, browser_page):
    """Workaround: `DROPDOWN_KEYBOARD` closes them before the focus moves on."""
    open_choices(browser_page, dropdown_page)
    browser_page.keyboard.press("Tab")
    browser_page.wait_for_timeout(300)
    assert browser_page.get_by_role("listbox").count() == 1, "gradio closes them: drop the fix"


@pytest.mark.browser
def test_gradio_dropdown_chosen_with_enter_drops_the_focus_to_the_body(dropdown_page, browser_page):
    """Workaround: `DROPDOWN_KEYBOARD` gives the focus back to the dropdown."""
    open_choices(browser_page, dropdown_page)
    browser_page.keyboard.press("ArrowDown")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_timeout(300)
    assert browser_page.evaluate("document.activeElement === document.body"), (
        "gradio keeps the focus: drop the fix"
    )


@pytest.fixture(scope="module")
def textbox_page():
    """A gradio page with a textbox, and what its `input` and `change` events heard."""
    import gradio as gr

    with gr.Blocks() as demo:
        typed = gr.Textbox(label="Typed", interactive=True)
        heard_input = gr.Textbox(label="Input heard")
        heard_change = gr.Textbox(label="Change heard")
        typed.input(lambda value: value, typed, heard_input)
        typed.change(lambda value: value, typed, heard_change)
    demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True)
    try:
        yield demo.local_url
    finally:
        demo.close()


@pytest.mark.browser
def test_gradio_textbox_input_misses_a_pasted_value(textbox_page, browser_page):
    """Workaround: `edited` listens to a textbox's `change`."""
    from playwright.sync_api import expect

    page = browser_page
    page.goto(textbox_page)
    page.get_by_role("textbox", name="Typed", exact=True).click()
    page.keyboard.insert_text("pasted")  # as a paste or a drop enters text: no key pressed
    heard = page.get_by_role("textbox", name="Change heard", exact=True)
    expect(heard).to_have_value("pasted", timeout=10_000)
    page.wait_for_timeout(500)
    assert page.get_by_role("textbox", name="Input heard", exact=True).input_value() == "", (
        "gradio hears a pasted value as input: drop `edited`"
    )

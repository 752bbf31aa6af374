"""The harness itself: the project's declared set-up is consistent, and the page opens in Chromium."""

import re

import pytest

from harness import servers
from sandbox import ROOT


def test_space_requirements_are_gradio_oauth_and_huggingface_hub_only():
    lines = [
        line.strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    names = sorted(re.split(r"[\[<>=~!]", line)[0].lower() for line in lines)
    assert names == ["gradio", "huggingface_hub"]
    assert any(line.startswith("gradio[oauth]") for line in lines)


@pytest.fixture
def page_without_a_token(tmp_path):
    """`python app.py` on a machine without a Hugging Face token: gradio mocks the sign-in."""
    with servers.page(log=tmp_path / "app.log") as running:
        yield running.url


@pytest.mark.browser
def test_page_title_is_read_in_headless_chromium(page_without_a_token, browser_page):
    from playwright.sync_api import expect

    browser_page.goto(page_without_a_token)
    expect(browser_page).to_have_title("Deploy Trackio")


@pytest.mark.browser
def test_without_a_local_token_the_page_starts_and_says_how_to_get_one(
    page_without_a_token, browser_page
):
    from playwright.sync_api import expect

    browser_page.goto(page_without_a_token)
    expect(browser_page.get_by_text("without a Hugging Face token")).to_be_visible()
    expect(browser_page.get_by_text("hf auth login")).to_be_visible()
    expect(browser_page.get_by_role("button", name="Sign in with Hugging Face")).to_have_count(0)

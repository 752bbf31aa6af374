"""Shared fixtures: this project's localhub in each Spaces mode, and headless Chromium.

Every localhub fixture says its mode in its name: `localhub_off` (Spaces stay BUILDING, no
process), `localhub_simulated` (Spaces reach RUNNING without a process; a stand-in answers
`/version`) and `localhub_running` (Spaces really build and run). The last two have the template
Space published. Tests use unique names (`unique`), so one localhub serves the whole session.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from harness import isolate

# huggingface_hub reads these at import: the suite never talks to huggingface.co, never sends
# telemetry, and never reads the developer's own token or cache.
isolate(Path(tempfile.mkdtemp(prefix="tests-")))

import os
import uuid
from collections.abc import Iterator

import pytest
from huggingface_hub import HfApi

from deployer import configure_http
from localhub.service import LocalHub
from sandbox import ROOT, make_localhub, publish_template

configure_http()  # before any test, and any thread of one, uses huggingface_hub

ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def unique(prefix: str = "space") -> str:
    """A repo name no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def localhub_off() -> Iterator[LocalHub]:
    """Spaces are left BUILDING (no processes): for what happens before and around a build."""
    with make_localhub(spaces="off") as running:
        yield running


@pytest.fixture(scope="session")
def localhub_simulated() -> Iterator[LocalHub]:
    """Spaces reach RUNNING without a process; the template Space is published."""
    with make_localhub(spaces="simulate") as running:
        publish_template(running.url)
        yield running


@pytest.fixture(scope="session")
def localhub_running() -> Iterator[LocalHub]:
    """Spaces really build and run Trackio; the template Space is published."""
    with make_localhub(spaces="run") as running:
        publish_template(running.url)
        yield running


def api(localhub: LocalHub, token: str | None = "hf_alice") -> HfApi:
    return HfApi(endpoint=localhub.url, token=token if token is not None else False)


def cli_env(localhub: LocalHub, token: str | None, **extra: str) -> dict[str, str]:
    """The environment of `python -m deployer` as a user runs it against localhub: nothing else."""
    env = {
        "HF_ENDPOINT": localhub.url,
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "NO_PROXY": "127.0.0.1,localhost",
        "HF_HOME": os.environ["HF_HOME"],
        "PATH": "/usr/bin:/bin",
        **extra,
    }
    if token:
        env["HF_TOKEN"] = token
    return env


@pytest.fixture(scope="session")
def playwright_session():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture
def browser_page(playwright_session, tmp_path: Path):
    """A page in headless Debian Chromium with a fresh user-data directory."""
    context = playwright_session.chromium.launch_persistent_context(
        user_data_dir=str(tmp_path / "chromium-profile"),
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        headless=True,
    )
    page = context.pages[0] if context.pages else context.new_page()
    try:
        yield page
    finally:
        context.close()

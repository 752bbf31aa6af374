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
from collections.abc import Iterator

import pytest

from deployer import configure_http
from localhub.service import LocalHub
from localhub.testing import api, browser_page, playwright_session, unique
from sandbox import ROOT, make_localhub, publish_template

configure_http()  # before any test, and any thread of one, uses huggingface_hub

# Shared with the test modules; the browser fixtures are found by pytest here.
__all__ = ["api", "browser_page", "playwright_session", "unique"]

ARTIFACTS = ROOT / "tests" / "artifacts"


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


@pytest.fixture(scope="module")
def localhub_simulated_own() -> Iterator[LocalHub]:
    """As `localhub_simulated`, but the module's own: for tests that count all a person has."""
    with make_localhub(spaces="simulate") as running:
        publish_template(running.url)
        yield running


@pytest.fixture(scope="session")
def localhub_running() -> Iterator[LocalHub]:
    """Spaces really build and run Trackio; the template Space is published."""
    with make_localhub(spaces="run") as running:
        publish_template(running.url)
        yield running


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

"""Shared fixtures: localhub, free ports, the app as a child process, and headless Chromium."""

from __future__ import annotations

import os
import tempfile

# huggingface_hub reads these at import: the suite never talks to huggingface.co, never sends
# telemetry, and never reads the developer's own token or cache.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="hf-home-tests-")
os.environ.pop("HF_TOKEN", None)
os.environ.pop("HF_ENDPOINT", None)

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from localhub.service import LocalHub
from localhub.testing import (
    api,
    browser_page,
    free_port,
    playwright_session,
    serving,
    unique,
    wait_for_http,
)
from sandbox import SEED

# Shared with the test modules; the fixtures are found by pytest here.
__all__ = [
    "api",
    "browser_page",
    "free_port",
    "playwright_session",
    "unique",
    "wait_for_http",
]

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def hub() -> Iterator[LocalHub]:
    """One localhub for API tests; Spaces are left BUILDING (no processes), tests use unique names."""
    with LocalHub(seed=SEED, spaces="off") as running:
        yield running


@pytest.fixture(scope="session")
def running_hub() -> Iterator[LocalHub]:
    """A localhub that really builds and runs Spaces."""
    with LocalHub(seed=SEED, spaces="run") as running:
        yield running


def cli_env(hub: LocalHub, token: str | None, **extra: str) -> dict[str, str]:
    """The environment of `python -m deployer` as a user runs it against localhub: nothing else."""
    env = {
        "HF_ENDPOINT": hub.url,
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "NO_PROXY": "127.0.0.1,localhost",
        "HF_HOME": os.environ["HF_HOME"],
        "PATH": "/usr/bin:/bin",
        **extra,
    }
    if token:
        env["HF_TOKEN"] = token
    return env


@pytest.fixture
def app_server(tmp_path: Path) -> Iterator[str]:
    """The page, started as `python app.py` would be; yields its URL."""
    port = free_port()
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    with serving(
        [sys.executable, "app.py"],
        url=f"http://127.0.0.1:{port}",
        cwd=ROOT,
        env=env,
        log=tmp_path / "app.log",
    ) as url:
        yield url

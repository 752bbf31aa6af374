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

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from huggingface_hub import HfApi

from localhub.service import LocalHub
from sandbox import SEED

ROOT = Path(__file__).resolve().parent.parent
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
def hub() -> Iterator[LocalHub]:
    """One localhub for API tests; Spaces are left BUILDING (no processes), tests use unique names."""
    with LocalHub(seed=SEED, spaces="off") as running:
        yield running


@pytest.fixture(scope="session")
def running_hub() -> Iterator[LocalHub]:
    """A localhub that really builds and runs Spaces."""
    with LocalHub(seed=SEED, spaces="run") as running:
        yield running


def api(hub: LocalHub, token: str | None = "hf_alice") -> HfApi:
    return HfApi(endpoint=hub.url, token=token if token is not None else False)


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(
    url: str, *, timeout: float = 60, process: subprocess.Popen | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(
                f"{process.args} exited with {process.returncode} before {url} answered"
            )
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@pytest.fixture
def app_server(tmp_path: Path) -> Iterator[str]:
    """The page, started as `python app.py` would be; yields its URL."""
    port = free_port()
    env = {**os.environ, "GRADIO_SERVER_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    log = (tmp_path / "app.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url, process=process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


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

"""Helpers for tests that drive localhub with the real clients: names no other test uses, free
ports, a server process for the length of a test, Spaces settling, processes a Space left behind,
and headless Chromium (Debian's `/usr/bin/chromium` through Playwright; a browser is never
downloaded) as the fixtures `playwright_session` and `browser_page` (import them into a conftest),
or behind the proxy of `python -m localhub run` (`browser_through_localhub`).

Needs the test extras (`pip install localhub[test]`)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from huggingface_hub import HfApi

from localhub.control import Control
from localhub.proxy import Authority, SpaceProxy
from localhub.run import space_address
from localhub.service import LocalHub

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
# Stages a Space stays in until something changes it.
SETTLED = ("RUNNING", "BUILD_ERROR", "RUNTIME_ERROR", "CONFIG_ERROR", "NO_APP_FILE", "PAUSED")
# BUILDING lasts only as long as the checkout and the requirements check (about 10 ms here), so a
# poller may miss it; the build log shows that build. APP_STARTING lasts until the app answers.
STARTS = (["BUILDING", "APP_STARTING", "RUNNING"], ["APP_STARTING", "RUNNING"])


def unique(prefix: str = "space") -> str:
    """A repo name no other test uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def api(hub: LocalHub, token: str | None = "hf_alice") -> HfApi:  # noqa: S107 - a seed token
    """The unmodified client against `hub`, with `token` (`None`: anonymous)."""
    return HfApi(endpoint=hub.url, token=token if token is not None else False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(
    url: str, *, timeout: float = 60, process: subprocess.Popen | None = None
) -> None:
    """Until `url` answers below 500; fails early when `process` exits first."""
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


@contextlib.contextmanager
def serving(
    command: list[str], *, url: str, cwd: Path, env: dict[str, str], log: Path
) -> Iterator[str]:
    """`command` running until the block ends, once `url` answers; its output goes to `log`."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=output)
        try:
            wait_for_http(url, process=process)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=20)


def eventually(check: Callable[[], bool], *, timeout: float = 15, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"not true within {timeout} s: {what}")
        time.sleep(0.05)


def watch_stages(client: HfApi, space_id: str, *, timeout: float = 120) -> list[str]:
    """Each stage the Space passes through, polled every 20 ms until it settles."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stage = str(client.get_space_runtime(space_id).stage)
        if not seen or seen[-1] != stage:
            seen.append(stage)
        if stage in SETTLED:
            return seen
        time.sleep(0.02)
    raise TimeoutError(f"{space_id} did not settle within {timeout} s: {seen}")


def build_and_run_logs(client: HfApi, space_id: str) -> str:
    """Both logs as read without following, to explain a failure."""
    build = "".join(client.fetch_space_logs(space_id, build=True))
    run = "".join(client.fetch_space_logs(space_id))
    return f"--- build log ---\n{build}--- run log ---\n{run}"


def processes_under(folder: Path) -> list[int]:
    """Live processes whose working directory lies inside `folder` (a Space's checkout)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = Path(os.readlink(entry / "cwd"))
        except OSError:  # gone, or a zombie: neither runs anything
            continue
        if cwd.is_relative_to(folder):
            pids.append(int(entry.name))
    return pids


class _SharedPlaywright:
    """One Playwright per test process: a suite that imports these fixtures into two conftests
    (this project's tests and localhub's, run together) gets two session fixtures, and Playwright's
    sync API refuses to start twice in one process."""

    def __init__(self) -> None:
        self._manager: Any = None
        self._playwright: Any = None
        self._users = 0

    def enter(self) -> Any:
        if self._users == 0:
            from playwright.sync_api import sync_playwright

            self._manager = sync_playwright()
            self._playwright = self._manager.__enter__()
        self._users += 1
        return self._playwright

    def leave(self) -> None:
        self._users -= 1
        if self._users == 0:
            self._manager.__exit__(None, None, None)
            self._manager = self._playwright = None


_PLAYWRIGHT = _SharedPlaywright()


@pytest.fixture(scope="session")
def playwright_session() -> Iterator[Any]:
    playwright = _PLAYWRIGHT.enter()
    try:
        yield playwright
    finally:
        _PLAYWRIGHT.leave()


@pytest.fixture
def browser_page(playwright_session: Any, tmp_path: Path) -> Iterator[Any]:
    """A page in headless Debian Chromium with a fresh user-data directory."""
    context = playwright_session.chromium.launch_persistent_context(
        user_data_dir=str(tmp_path / "chromium-profile"),
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        headless=True,
    )
    try:
        yield context.pages[0] if context.pages else context.new_page()
    finally:
        context.close()


@contextlib.contextmanager
def browser_through_localhub(
    playwright: Any, hub_url: str, *, user: str, folder: Path
) -> Iterator[Any]:
    """A page in headless Chromium whose `https://huggingface.co` and `https://{ns}-{name}.hf.space`
    (and `.static.hf.space`) are localhub, as for a program run with `python -m localhub run`:
    through the same proxy, as `user`, with its data in `folder`. Pages that hard-code the Hub's
    address (a static Trackio dashboard reading its bucket) work unmodified. The browser accepts
    the proxy's certificates (`ignore_https_errors`): they are the only https it meets here."""
    token = Control(hub_url).user_token(user)
    folder.mkdir(parents=True, exist_ok=True)
    proxy = SpaceProxy(
        hub_url=hub_url,
        authority=Authority(folder),
        space_address=lambda subdomain: space_address(hub_url, token, subdomain),
    )
    try:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=str(folder / "chromium-profile"),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            proxy={"server": proxy.url},
            ignore_https_errors=True,
        )
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()
    finally:
        proxy.close()

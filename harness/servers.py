"""Web servers as child processes, each timed from its start to its first HTTP 200: the page
(`python app.py ...`) as a person starts it, and the bare sign-in page beside it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from sandbox import ROOT, free_port, oauth_space_environment


class ServerFailed(RuntimeError):
    """The server exited or never answered; the message points at its log."""


@dataclass
class ChildServer:
    """A web server as a child process. `env` is its whole environment (default: this one's)."""

    command: list[str]
    port: int
    log: Path
    env: dict[str, str] | None = None
    process: subprocess.Popen | None = None
    ready_seconds: float = 0.0  # from its start to its first HTTP 200

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 120) -> ChildServer:
        with self.log.open("ab") as log:
            started = time.perf_counter()
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                env=os.environ if self.env is None else self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = started + timeout
        with httpx.Client(timeout=2) as client:
            while time.perf_counter() < deadline:
                if self.process.poll() is not None:
                    raise ServerFailed(
                        f"{' '.join(self.command[-4:])} exited with {self.process.returncode}; see {self.log}"
                    )
                try:
                    if client.get(self.url).status_code == 200:
                        self.ready_seconds = time.perf_counter() - started
                        return self
                except httpx.HTTPError:
                    pass
                time.sleep(0.02)
        self.stop()
        raise ServerFailed(f"{self.url} did not answer within {timeout:.0f} s; see {self.log}")

    def rss_mib(self) -> float:
        """Resident memory now, from /proc (VmRSS)."""
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise ServerFailed("no VmRSS in /proc: resident memory is measured on Linux only")

    def stop(self) -> None:
        """SIGTERM, as a person's Ctrl-C or a Space's stop; SIGKILL after 30 s."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> ChildServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


def page(*args: str, log: Path, env: dict[str, str] | None = None) -> ChildServer:
    """`python app.py ARGS --port P`: the page as a person starts it."""
    port = free_port()
    command = [sys.executable, "app.py", *args, "--port", str(port)]
    return ChildServer(command=command, port=port, log=log, env=env)


def sandbox_page(hub_url: str, *, log: Path) -> ChildServer:
    """`python app.py --local-hub-url URL --port P`: the page in sandbox mode against `hub_url`."""
    return page("--local-hub-url", hub_url, log=log)


def bare_page(hub_url: str, *, log: Path, local_token: str | None = None) -> ChildServer:
    """`harness/bare_page.py` against localhub: as a Space with `hf_oauth: true`, as sandbox mode
    sets the page up; or, given `local_token`, as on a developer's machine logged in with it,
    where gradio mocks the sign-in."""
    port = free_port()
    if local_token is None:
        env = oauth_space_environment(
            hub_url, port=port, space_id="harness/bare-login-page", name="Bare login page"
        )
    else:
        env = {"HF_ENDPOINT": hub_url, "HF_TOKEN": local_token}
    command = [sys.executable, "harness/bare_page.py", str(port)]
    return ChildServer(command=command, port=port, log=log, env={**os.environ, **env})

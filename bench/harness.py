"""What every benchmark shares: an isolated environment, figures with their spread, child servers
timed to their first answer, and the page in sandbox mode with real signed-in sessions."""

from __future__ import annotations

import html
import json
import math
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
LOCAL = "127.0.0.1,localhost"


class BenchError(RuntimeError):
    """A benchmark could not produce its figure; the message says what went wrong."""


def isolate(scratch: Path) -> None:
    """huggingface_hub and gradio read these at import: never huggingface.co, no telemetry, and
    neither the developer's token nor their cache."""
    os.environ.update(
        HF_HUB_DISABLE_TELEMETRY="1",
        NO_PROXY=LOCAL,
        HF_HOME=str(scratch / "hf-home"),
        GRADIO_ANALYTICS_ENABLED="False",
    )
    for name in ("HF_TOKEN", "HF_ENDPOINT", "SYSTEM", "SPACE_ID", "SPACE_HOST"):
        os.environ.pop(name, None)


# -- figures -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """The median of repeated runs, with the spread (lowest and highest)."""

    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Figure:
        if not values:
            raise BenchError("no runs to summarise")
        return cls(
            median=statistics.median(values), low=min(values), high=max(values), runs=len(values)
        )

    def to_dict(self, digits: int = 3) -> dict[str, float | int]:
        return {
            "median": round(self.median, digits),
            "min": round(self.low, digits),
            "max": round(self.high, digits),
            "runs": self.runs,
        }

    def text(self, unit: str = "", digits: int = 2) -> str:
        spread = f" ({self.low:.{digits}f}–{self.high:.{digits}f})" if self.runs > 1 else ""
        return f"{self.median:.{digits}f}{unit}{spread}"


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile: the smallest value with at least q% of the values at or below."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


# -- servers -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A web server as a child process, timed from its start to its first HTTP 200."""

    command: list[str]
    port: int
    log: Path
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    ready_seconds: float = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 120) -> Server:
        with self.log.open("ab") as log:
            started = time.perf_counter()
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = started + timeout
        with httpx.Client(timeout=2) as client:
            while time.perf_counter() < deadline:
                if self.process.poll() is not None:
                    raise BenchError(
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
        raise BenchError(f"{self.url} did not answer within {timeout:.0f} s; see {self.log}")

    def rss_mib(self) -> float:
        """Resident memory now, from /proc (VmRSS)."""
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise BenchError("no VmRSS in /proc: resident memory is measured on Linux only")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


def page_server(hub_url: str, *, log: Path) -> Server:
    """`python app.py --local-hub-url URL --port P`: the page in sandbox mode."""
    port = free_port()
    command = [sys.executable, "app.py", "--local-hub-url", hub_url, "--port", str(port)]
    return Server(command=command, port=port, log=log)


# -- the page through gradio_client ------------------------------------------------------------


def gradio_client(url: str, *, headers: dict[str, str] | None = None) -> Any:
    from gradio_client import Client

    return Client(
        url,
        headers=headers,
        verbose=False,
        download_files=False,
        analytics_enabled=False,
        # gradio_client opens a new httpx client per request; with verification on, each loads the
        # CA bundle (~25 ms of CPU), which under 32 clicks at once becomes the client's own delay,
        # not the page's. The pages here are plain http on 127.0.0.1: nothing to verify.
        ssl_verify=False,
    )


@dataclass
class PageSession:
    """One signed-in person on the page: a gradio_client `Client` carrying their session cookie.

    gradio_client refuses the page's private events (`api_visibility="private"`), among them the
    page load that fills the Owner choices for the session; `open` runs that load itself over the
    queue, as a browser does when it opens the page, so the deploy's Owner is a valid choice."""

    user: str
    cookie: str
    client: Any

    @classmethod
    def open(cls, page_url: str, *, user: str, cookie: str) -> PageSession:
        client = gradio_client(page_url, headers={"Cookie": f"session={cookie}"})
        session = cls(user=user, cookie=cookie, client=client)
        signed = session._load()
        if f"Signed in as **{user}**" not in signed:
            raise BenchError(f"the page does not see {user} as signed in: {signed[:200]!r}")
        return session

    def _load(self) -> str:
        """Run the page's own load events in this session; returns what the status line says."""
        client = self.client
        loads = [
            d["id"]
            for d in client.config["dependencies"]
            if any(t[1] == "load" for t in d["targets"])
            and d.get("backend_fn")
            and not str(d.get("api_name") or "").startswith("_")
        ]
        headers = {"Cookie": f"session={self.cookie}"}
        status = ""
        with httpx.Client(timeout=60, headers=headers) as http:
            for fn_index in loads:
                joined = http.post(
                    f"{client.src_prefixed}queue/join",
                    json={
                        "data": [],
                        "event_data": None,
                        "fn_index": fn_index,
                        "trigger_id": None,
                        "session_hash": client.session_hash,
                    },
                )
                joined.raise_for_status()
                event = joined.json()["event_id"]
                with http.stream(
                    "GET",
                    f"{client.src_prefixed}queue/data",
                    params={"session_hash": client.session_hash},
                ) as stream:
                    for line in stream.iter_lines():
                        if not line.startswith("data:"):
                            continue
                        message = json.loads(line[5:])
                        if (
                            message.get("event_id") == event
                            and message["msg"] == "process_completed"
                        ):
                            data = (message.get("output") or {}).get("data") or []
                            status = next((d for d in data if isinstance(d, str)), status)
                            break
        return status

    def deploy(self, *, name: str, owner: str | None = None) -> Any:
        """Click Deploy with the form's defaults: returns gradio_client's `Job`."""
        return self.client.submit(
            owner=owner or self.user,
            name=name,
            visibility="public",
            hardware="cpu-basic",
            storage=True,
            bucket="",
            update=False,
            sleep_time="default",
            write_token="",
            logo_light_url="",
            logo_dark_url="",
            plot_order="",
            api_name="/deploy",
        )

    def close(self) -> None:
        self.client.close()


def _value(output: Any) -> str:
    if isinstance(output, dict):
        return str(output.get("value") or "")
    return "" if output is None else str(output)


@dataclass
class Watch:
    """One click of Deploy as the person sees it: when it was clicked, when the first update
    arrived, when the Space was created (its step turned done), and when the deploy ended."""

    job: Any
    clicked: float
    create_title: str = field(default_factory=lambda: _step_title("create"))
    first: float | None = None
    created: float | None = None
    done: float | None = None
    summary: str = ""
    seen: int = 0

    @property
    def succeeded(self) -> bool:
        return "Your Trackio dashboard is running" in self.summary

    def poll(self, now: float) -> bool:
        """Look at the updates that arrived since the last poll; True once the deploy has ended."""
        outputs = self.job.outputs()
        fresh, self.seen = outputs[self.seen :], len(outputs)
        for output in fresh:
            if self.first is None:
                self.first = now
            steps, summary = _value(output[0]), _value(output[2])
            if self.created is None and _step_done(steps, self.create_title):
                self.created = now
            if summary.startswith(("### ✓", "### The deploy stopped")) or "problem" in summary:
                self.summary = summary
                self.done = now
        if self.done is None and self.job.done():
            self.done = now
            if not self.summary:
                try:
                    self.summary = _value(self.job.result()[2])
                except Exception as error:  # the page's answer is the figure: keep it
                    self.summary = f"error: {error}"
        return self.done is not None


def _step_title(step: str) -> str:
    from deployer.events import STEP_TITLES, Step  # imports huggingface_hub: only once isolated

    return STEP_TITLES[Step(step)]


def _step_done(steps_html: str, title: str) -> bool:
    pattern = rf'<li class="done">(?:(?!</li>).)*<strong>{re.escape(html.escape(title))}</strong>'
    return re.search(pattern, steps_html) is not None


def follow(watches: Sequence[Watch], *, timeout: float, interval: float = 0.005) -> None:
    """Poll every watch from one thread (not one busy thread per deploy, which would steal the
    CPU the page and localhub run on) until all have ended."""
    deadline = time.perf_counter() + timeout
    pending = list(watches)
    while pending:
        now = time.perf_counter()
        pending = [w for w in pending if not w.poll(now)]
        if now > deadline:
            raise BenchError(f"{len(pending)} deploy(s) did not end within {timeout:.0f} s")
        time.sleep(interval)

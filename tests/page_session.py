"""The page in sandbox mode, driven over HTTP without a browser: signing in through localhub's
consent form, then gradio's queue API, keeping every byte the page sends back.

The page's `session` cookie is `Secure`, so no Python client sends it back over plain http by
itself: it is forwarded by hand in a `Cookie` header."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from localhub.service import LocalHub
from tests.conftest import ROOT, free_port, wait_for_http

FORM = (
    "owner",
    "name",
    "visibility",
    "hardware",
    "storage",
    "bucket",
    "update",
    "sleep_time",
    "write_token",
    "logo_light_url",
    "logo_dark_url",
    "plot_order",
)
DEFAULTS = {
    "visibility": "public",
    "hardware": "cpu-basic",
    "storage": True,
    "bucket": "",
    "update": False,
    "sleep_time": "default",
    "write_token": "",
    "logo_light_url": "",
    "logo_dark_url": "",
    "plot_order": "",
}


@contextlib.contextmanager
def page_process(hub: LocalHub, log: Path) -> Iterator[str]:
    """`python app.py --local-hub-url URL --port P`; yields the page's URL. Its output goes to `log`."""
    port = free_port()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "app.py", "--local-hub-url", hub.url, "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for_http(url, timeout=120, process=process)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=30)


@dataclass
class Run:
    """One event of the page: every raw line the queue sent, and the outputs it ended with."""

    lines: list[str]
    output: list[Any] | None
    error: str | None = None  # gradio's own refusal, before the handler ran

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def value(self, index: int) -> str:
        item = (self.output or [None] * (index + 1))[index]
        if isinstance(item, dict):
            return str(item.get("value") or "")
        return "" if item is None else str(item)


class PageSession:
    """One browser tab: a gradio session (`session_hash`) carrying a person's sign-in cookie."""

    def __init__(self, page_url: str, cookie: str | None) -> None:
        self.url = page_url
        self.headers = {"Cookie": f"session={cookie}"} if cookie else {}
        self.session_hash = uuid.uuid4().hex[:11]
        self.http = httpx.Client(timeout=120, headers=self.headers)
        self.config = self.http.get(f"{page_url}/config").json()
        self.responses: list[str] = []

    def close(self) -> None:
        self.http.close()

    def dependency(self, *, api_name: str | None = None, trigger: str | None = None) -> int:
        for d in self.config["dependencies"]:
            if api_name is not None and d.get("api_name") == api_name:
                return d["id"]
            if trigger is not None and any(t[1] == trigger for t in d["targets"]):
                return d["id"]
        raise KeyError(api_name or trigger)

    def run(self, fn_index: int, data: list[Any]) -> Run:
        return self.run_together([(fn_index, data)])[0]

    def run_together(self, calls: list[tuple[int, list[Any]]]) -> list[Run]:
        """Start every call at once in this session (as quick clicks do), then follow them all on
        the session's one stream: gradio sends a session's messages to a single reader."""
        events: list[str] = []
        for fn_index, data in calls:
            joined = self.http.post(
                f"{self.url}/gradio_api/queue/join",
                json={
                    "data": data,
                    "event_data": None,
                    "fn_index": fn_index,
                    "trigger_id": None,
                    "session_hash": self.session_hash,
                },
            )
            self.responses.append(joined.text)
            joined.raise_for_status()
            events.append(joined.json()["event_id"])
        runs = {event: Run([], None) for event in events}
        pending = set(events)
        with self.http.stream(
            "GET", f"{self.url}/gradio_api/queue/data", params={"session_hash": self.session_hash}
        ) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                run = runs.get(message.get("event_id"))
                if run is None:
                    continue
                run.lines.append(line)
                if message["msg"] == "process_completed":
                    run.output = (message.get("output") or {}).get("data")
                    run.error = (message.get("output") or {}).get("error")
                    pending.discard(message["event_id"])
                    if not pending:
                        break
        return [runs[event] for event in events]

    def load(self) -> Run:
        """The page's load event, as a browser runs it on opening the page: who is signed in, and
        the owners they may choose (which the Owner dropdown then accepts in this session)."""
        return self.run(self.dependency(trigger="load"), [])

    def deploy(self, **form: Any) -> Run:
        return self.run(*self.deploy_call(**form))

    def deploy_call(self, **form: Any) -> tuple[int, list[Any]]:
        """A click of Deploy with the form filled in (defaults for what `form` leaves out)."""
        values = {**DEFAULTS, **form}
        return self.dependency(api_name="deploy"), [values[k] for k in FORM]

"""The page driven over HTTP as a browser tab drives it, without a browser: gradio's queue
(`/gradio_api/queue/join`, then the tab's one event stream), with a person's sign-in cookie.

Every line the page sends back is kept (the credential sweep searches them), each update is timed
as it arrives (the benchmarks measure with it), and outputs are read by the page's element ids
(`page.ids.ElementId`), never by their position or visible text.

The page's `session` cookie is `Secure`, so no Python client sends it back over plain http by
itself: it is forwarded by hand in a `Cookie` header.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

import httpx
from gradio_client.utils import apply_diff

from page.form import Form
from page.ids import ElementId, PageEvent


@dataclass(frozen=True)
class Update:
    at: float  # time.perf_counter() when it arrived
    outputs: dict[str, Any]  # by element id: a value, or an update dict with the new properties

    def value(self, element: str) -> str:
        """An output's value, as text."""
        output = self.outputs.get(element)
        if isinstance(output, dict):
            return str(output.get("value") or "")
        return "" if output is None else str(output)


@dataclass
class Reply:
    """One event of the page (a click, the page load): every raw line the queue sent for it, its
    updates as they arrived, and how it ended."""

    output_ids: list[str]
    sent: float  # time.perf_counter() when it was clicked, just before it was sent
    lines: list[str] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    error: str | None = None  # gradio's own refusal, before the handler ran
    ended: threading.Event = field(default_factory=threading.Event)
    broken: Exception | None = None  # the driver could not talk to the page

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @classmethod
    def chained(cls, first: Reply, then: Reply) -> Reply:
        """Two events run one after the other (as `.then` runs them), as one reply."""
        chained = cls(output_ids=[], sent=first.sent, lines=first.lines + then.lines)
        chained.updates = first.updates + then.updates
        chained.error = first.error or then.error
        chained.ended.set()
        return chained

    def value(self, element: str) -> str:
        """The value an output ended with (or has now, while it runs), as text: from the last
        update that gave it one (an update may leave an output as it was)."""
        for update in reversed(self.updates):
            output = update.outputs.get(element)
            if output is None or (isinstance(output, dict) and "value" not in output):
                continue
            return update.value(element)
        return ""

    def wait(self, timeout: float = 600) -> Reply:
        if not self.ended.wait(timeout):
            raise TimeoutError(f"the page did not finish this event within {timeout:.0f} s")
        if self.broken is not None:
            raise self.broken
        return self


def oauth_token(cookie: str) -> str:
    """The access token gradio keeps in the page's signed (not encrypted) session cookie."""
    payload = cookie.split(".", 1)[0]
    session = json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)))
    return session["oauth_info"]["access_token"]


class PageDriver:
    """One browser tab: a gradio session (`session_hash`) carrying a person's sign-in cookie."""

    def __init__(self, page_url: str, cookie: str | None = None) -> None:
        self.url = page_url
        self.session_hash = uuid.uuid4().hex[:11]
        headers = {"Cookie": f"session={cookie}"} if cookie else {}
        self.http = httpx.Client(timeout=120, headers=headers)
        self.config = self.http.get(f"{page_url}/config").json()
        self.element_ids = {
            c["id"]: c.get("props", {}).get("elem_id") or str(c["id"])
            for c in self.config["components"]
        }
        self.states = {c["id"] for c in self.config["components"] if c.get("type") == "state"}
        self.responses: list[str] = []  # the queue's answers to each join

    def close(self) -> None:
        self.http.close()

    def dependency(self, *, api_name: str | None = None, trigger: str | None = None) -> int:
        for d in self.config["dependencies"]:
            if api_name is not None and d.get("api_name") == api_name:
                return d["id"]
            if trigger is not None and any(t[1] == trigger for t in d["targets"]):
                return d["id"]
        raise KeyError(api_name or trigger)

    # -- what a person does ---------------------------------------------------------------------

    def load(self, form: Form | None = None) -> Reply:
        """The page's load events, as a browser runs them on opening the page: who is signed in,
        then the account (the owners they may choose, which the Owner dropdown then accepts in
        this session) and the name's state."""
        opened = self.run(self.dependency(api_name=PageEvent.OPEN), [])
        # The browser sends the form as the first event left it: the owner is the person.
        form = replace(form or Form(), owner=opened.value(ElementId.OWNER))
        account_index = self.dependency(api_name=PageEvent.ACCOUNT)
        account = self.run(account_index, self.inputs(account_index, form.values()))
        return Reply.chained(opened, account)

    def deploy(self, form: Form) -> Reply:
        """Click Deploy with the form filled in, and wait for the deploy to end."""
        return self.start_deploy(form).wait()

    def start_deploy(self, form: Form) -> Reply:
        """Click Deploy with the form filled in; the reply fills in as the deploy goes."""
        return self.start([self.deploy_call(form)])[0]

    def deploy_call(self, form: Form) -> tuple[int, list[Any]]:
        return self.dependency(api_name=PageEvent.DEPLOY), form.values()

    def action(self, action: str, form: Form) -> Reply:
        """Click a button of the deploy view (`data-action`), and wait for what it does."""
        fn_index = self.dependency(api_name=PageEvent.ACTION)
        return self.start([(fn_index, form.values())], event_data={"action": action})[0].wait()

    # -- gradio's queue ---------------------------------------------------------------------------

    def inputs(self, fn_index: int, values: list[Any]) -> list[Any]:
        """An event's inputs as a browser sends them: `values` in order, and nothing (the server
        keeps it) for each of the page's states among them."""
        given = iter(values)
        wanted = next(d["inputs"] for d in self.config["dependencies"] if d["id"] == fn_index)
        return [None if i in self.states else next(given) for i in wanted]

    def run(self, fn_index: int, data: list[Any]) -> Reply:
        return self.run_together([(fn_index, data)])[0]

    def run_together(self, calls: list[tuple[int, list[Any]]]) -> list[Reply]:
        """Start every call at once in this tab (as quick clicks do) and wait for all."""
        return [reply.wait() for reply in self.start(calls)]

    def start(
        self, calls: list[tuple[int, list[Any]]], *, event_data: dict | None = None
    ) -> list[Reply]:
        """Send the calls and return at once; a thread follows them on the tab's one stream
        (gradio sends a session's messages to a single reader)."""
        outputs = {d["id"]: d["outputs"] for d in self.config["dependencies"]}
        clicked = time.perf_counter()
        replies = [
            Reply(output_ids=[self.element_ids[o] for o in outputs[fn_index]], sent=clicked)
            for fn_index, _ in calls
        ]
        threading.Thread(
            target=self._follow, args=(calls, replies, event_data), name="page driver", daemon=True
        ).start()
        return replies

    def _follow(
        self, calls: list[tuple[int, list[Any]]], replies: list[Reply], event_data: dict | None
    ) -> None:
        try:
            by_event: dict[str, Reply] = {}
            for (fn_index, data), reply in zip(calls, replies, strict=True):
                joined = self.http.post(
                    f"{self.url}/gradio_api/queue/join",
                    json={
                        "data": data,
                        "event_data": event_data,
                        "fn_index": fn_index,
                        "trigger_id": None,
                        "session_hash": self.session_hash,
                    },
                )
                self.responses.append(joined.text)
                joined.raise_for_status()
                by_event[joined.json()["event_id"]] = reply
            self._stream(by_event)
        except Exception as error:  # raised where the caller waits, not lost with this thread
            for reply in replies:
                reply.broken = error
        finally:
            for reply in replies:
                reply.ended.set()

    def _stream(self, by_event: dict[str, Reply]) -> None:
        pending = set(by_event)
        latest: dict[str, list[Any]] = {}  # each event's outputs so far: later updates are diffs
        with self.http.stream(
            "GET", f"{self.url}/gradio_api/queue/data", params={"session_hash": self.session_hash}
        ) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                event = message.get("event_id")
                reply = by_event.get(event)
                if reply is None:
                    continue
                reply.lines.append(line)
                if message["msg"] not in ("process_generating", "process_completed"):
                    continue
                output = message.get("output") or {}
                data = output.get("data")
                if message["msg"] == "process_generating" and event in latest and data:
                    data = [
                        apply_diff(old, diff) for old, diff in zip(latest[event], data, strict=True)
                    ]
                if data is not None:
                    latest[event] = data
                outputs = dict(zip(reply.output_ids, data or [], strict=False))
                reply.updates.append(Update(at=time.perf_counter(), outputs=outputs))
                if message["msg"] == "process_completed":
                    failed = not message.get("success", True)
                    reply.error = output.get("error") or ("the event failed" if failed else None)
                    pending.discard(event)
                    reply.ended.set()
                    if not pending:
                        return

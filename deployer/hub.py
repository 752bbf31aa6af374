"""The deployer's line to the Hub: one `HfApi` per deploy, bounded retries, and log streams.

Retries follow the Hub's signals: a 429 waits `Retry-After`; 5xx answers, dropped connections and
time-outs back off, but only for steps that are safe to repeat; everything stays within a budget.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from huggingface_hub import HfApi, SpaceInfo
from huggingface_hub.errors import BucketNotFoundError, HfHubHTTPError, RepositoryNotFoundError
from huggingface_hub.utils import build_hf_headers, get_session

from deployer.errors import from_hub_error, retry_after_seconds, unreachable

try:
    import httpx2 as http  # huggingface_hub 2.x
except ImportError:  # pragma: no cover - huggingface_hub 1.x
    import httpx as http

T = TypeVar("T")

RETRY_STATUSES = frozenset({500, 502, 503, 504})
LOG_RETRY_STATUSES = frozenset({408, 429, *RETRY_STATUSES})
LOG_ATTEMPTS = 3
# Answers that are facts about the Hub, not failures: the caller decides what they mean.
ANSWERS = (RepositoryNotFoundError, BucketNotFoundError)


class HubSession:
    def __init__(
        self,
        token: str,
        *,
        endpoint: str | None = None,
        timeout: float = 30.0,
        retry_budget: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.api = HfApi(endpoint=endpoint, token=token)
        self.token = token
        self.timeout = timeout
        self.retry_budget = retry_budget
        self.sleep = sleep
        # huggingface_hub's shared client waits forever by default; a deploy must not.
        get_session().timeout = http.Timeout(timeout, connect=min(10.0, timeout))

    @property
    def endpoint(self) -> str:
        return self.api.endpoint

    def call(self, action: str, owner: str, fn: Callable[[], T], *, idempotent: bool = True) -> T:
        """Run one Hub call, retrying what may be retried; other failures become `DeployError`."""
        deadline = time.monotonic() + self.retry_budget
        backoff = 1.0
        while True:
            try:
                return fn()
            except ANSWERS:
                raise
            except HfHubHTTPError as error:
                status = error.response.status_code if error.response is not None else None
                failure = from_hub_error(error, action=action, owner=owner)
                if status == 429:
                    wait = failure.retry_after if failure.retry_after is not None else backoff
                elif status in RETRY_STATUSES and idempotent:
                    wait = backoff
                else:
                    raise failure from None
            except http.TransportError:
                if not idempotent:
                    raise unreachable(action) from None
                failure, wait = unreachable(action), backoff
            if time.monotonic() + wait > deadline:
                raise failure
            self.sleep(wait)
            backoff = min(backoff * 2, 8.0)

    def space_info(self, space_id: str, *, files_metadata: bool = False) -> SpaceInfo:
        """`HfApi.space_info` within this session's time-out: the client passes `timeout=None`
        through to the HTTP client, which would otherwise wait for a hung Hub forever."""
        return self.api.space_info(space_id, files_metadata=files_metadata, timeout=self.timeout)

    def get_json(self, url: str, *, private: bool) -> Any:
        """GET a URL of the running Space (its own API, not the Hub's)."""
        headers = build_hf_headers(token=self.token) if private else {}
        response = get_session().get(url, headers=headers, timeout=self.timeout)
        response.raise_for_status()
        return response.json()


class LogFollower:
    """Follows one of a Space's logs (`build` or `run`) in a thread; lines land in `lines`."""

    def __init__(self, session: HubSession, space_id: str, source: str, lines: queue.Queue) -> None:
        self.session = session
        self.space_id = space_id
        self.source = source
        self.lines = lines
        self._stop = threading.Event()
        self._response: Any = None
        self._seen = 0  # lines passed on so far, over every connection
        self._thread = threading.Thread(
            target=self._run, name=f"{source} log of {space_id}", daemon=True
        )

    def start(self) -> LogFollower:
        self._thread.start()
        return self

    @property
    def ended(self) -> bool:
        """The stream is over: the log is complete (or could not be followed)."""
        return self._thread.ident is not None and not self._thread.is_alive()

    def stop(self, *, grace: float = 0.0) -> None:
        """Stop following, after up to `grace` seconds for a stream that is about to end by itself."""
        self._thread.join(timeout=grace)
        self._stop.set()
        with contextlib.suppress(Exception):
            if self._response is not None:
                self._response.close()

    def _run(self) -> None:
        url = f"{self.session.endpoint}/api/spaces/{self.space_id}/logs/{self.source}"
        # A failed or dropped stream connects again and skips the lines it already passed on.
        for _ in range(LOG_ATTEMPTS):
            if self._stop.is_set():
                return
            wait = 1.0
            try:
                with get_session().stream(
                    "GET",
                    url,
                    headers=build_hf_headers(token=self.session.token),
                    timeout=http.Timeout(60.0, connect=min(10.0, self.session.timeout)),
                ) as response:
                    if response.status_code == 200:
                        self._response = response
                        self._follow(response)
                        return  # the stream ended: the log is complete
                    if response.status_code not in LOG_RETRY_STATUSES:
                        return  # not allowed or not there: asking again will not change that
                    wait = min(
                        retry_after_seconds(response.headers.get("retry-after")) or wait, 5.0
                    )
            except Exception:  # a log stream is a nicety: its failure never fails a deploy
                wait = 1.0
            self._stop.wait(wait)

    def _follow(self, response: Any) -> None:
        index = 0
        for line in response.iter_lines():
            if self._stop.is_set():
                return
            if not line.startswith("data: {"):
                continue
            index += 1
            if index <= self._seen:
                continue
            self._seen = index
            data = json.loads(line[len("data: ") :]).get("data", "")
            self.lines.put((self.source, data.rstrip("\n")))

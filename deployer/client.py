"""The deployer's line to the Hub: one `HfApi` per person, a time-out on each request, bounded
retries, and log streams.

Retries follow the Hub's signals: a 429 waits `Retry-After`; 5xx answers, dropped connections and
time-outs back off, but only for steps that are safe to repeat; everything stays within a budget.

huggingface_hub sends every request through one HTTP client per process. `configure_http` sets it
up once, at start-up (the page, the CLI, the tests and the benchmarks call it first thing; a program
that does not gets it when it makes its first `HubClient`), and nothing changes it afterwards: each
`HubClient.call` carries its own time-out to the requests it makes (a context variable the client
reads per request), so a deploy's time-out and a form lookup's never overwrite each other.
"""

from __future__ import annotations

import contextlib
import json
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

from huggingface_hub import HfApi, SpaceInfo, set_client_factory
from huggingface_hub.errors import BucketNotFoundError, HfHubHTTPError, RepositoryNotFoundError
from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status
from huggingface_hub.utils._http import default_client_factory

from deployer.errors import DeployError, Problem, from_hub_error, retry_after_seconds, unreachable
from deployer.events import Retrying

try:
    import httpx2 as http  # huggingface_hub 2.x
except ImportError:  # pragma: no cover - huggingface_hub 1.x
    import httpx as http

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0
RETRY_STATUSES = frozenset({500, 502, 503, 504})
LOG_RETRY_STATUSES = frozenset({408, 429, *RETRY_STATUSES})
LOG_ATTEMPTS = 3
# Answers that are facts about the Hub, not failures: the caller decides what they mean.
ANSWERS = (RepositoryNotFoundError, BucketNotFoundError)

_call_timeout: ContextVar[float | None] = ContextVar("deployer_call_timeout", default=None)
_configuring = threading.Lock()
_configured = threading.Event()


def _timeout(seconds: float) -> http.Timeout:
    return http.Timeout(seconds, connect=min(10.0, seconds))


def _apply_call_timeout(request: http.Request) -> None:
    seconds = _call_timeout.get()
    if seconds is not None:
        request.extensions = {**request.extensions, "timeout": _timeout(seconds).as_dict()}


def _http_client() -> http.Client:
    client = default_client_factory()
    client.timeout = _timeout(DEFAULT_TIMEOUT)  # huggingface_hub's own default waits forever
    hooks = client.event_hooks
    client.event_hooks = {**hooks, "request": [*hooks.get("request", []), _apply_call_timeout]}
    return client


def configure_http() -> None:
    """Once per process: huggingface_hub's shared HTTP client with a default time-out, and the
    time-out of the `HubClient.call` in progress (in this thread) applied to each request.

    Call it before other threads use huggingface_hub: installing the factory closes the client
    they would be using."""
    with _configuring:
        if not _configured.is_set():
            set_client_factory(_http_client)
            _configured.set()


class HubClient:
    """One person's line to the Hub: their token, a time-out per request and a retry budget.

    Example:
        >>> client = HubClient(token, timeout=15, retry_budget=5)
        >>> client.call("check your sign-in", "your account", client.api.whoami)["name"]
        'alice'
    """

    def __init__(
        self,
        token: str,
        *,
        endpoint: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        retry_budget: float = 60.0,
        on_retry: Callable[[Retrying], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        configure_http()
        self.api = HfApi(endpoint=endpoint, token=token)
        self.token = token
        self.timeout = timeout
        self.retry_budget = retry_budget
        self.on_retry = on_retry  # told of each retry before its wait
        self.cancel = cancel or threading.Event()  # once set, no further call is made

    def stop_if_cancelled(self) -> None:
        """Raise `DeployError(CANCELLED)` once the person has cancelled."""
        if self.cancel.is_set():
            raise DeployError(Problem.CANCELLED, "Cancelled.")

    @property
    def endpoint(self) -> str:
        return self.api.endpoint

    def call(self, action: str, owner: str, fn: Callable[[], T], *, idempotent: bool = True) -> T:
        """Run one Hub call within this client's time-out, retrying what may be retried; other
        failures become `DeployError`."""
        deadline = time.monotonic() + self.retry_budget
        backoff = 1.0
        attempt = 1
        while True:
            self.stop_if_cancelled()
            try:
                with self._timed():
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
                failure, wait, status = unreachable(action), backoff, None
            if time.monotonic() + wait > deadline:
                raise failure
            attempt += 1
            if self.on_retry is not None:
                reason = f"HTTP {status}" if status is not None else "no answer"
                self.on_retry(Retrying(action=action, attempt=attempt, wait=wait, reason=reason))
            if self.cancel.wait(wait):  # a cancel ends the wait at once
                self.stop_if_cancelled()
            backoff = min(backoff * 2, 8.0)

    @contextlib.contextmanager
    def _timed(self) -> Iterator[None]:
        token = _call_timeout.set(self.timeout)
        try:
            yield
        finally:
            _call_timeout.reset(token)

    def space_info(self, space_id: str, *, files_metadata: bool = False) -> SpaceInfo:
        """`HfApi.space_info` within this client's time-out: the client passes `timeout=None`
        through to the HTTP client, which would otherwise wait for a hung Hub forever."""
        return self.api.space_info(space_id, files_metadata=files_metadata, timeout=self.timeout)

    def space_token(self, space_id: str) -> str:
        """A token that opens one Space's host for a short while and nothing else
        (`GET /api/spaces/{id}/jwt`, as gradio's own JavaScript client asks for it): what a
        private Space's own code may see, where the person's token must never go."""
        response = get_session().get(
            f"{self.endpoint}/api/spaces/{space_id}/jwt",
            headers=build_hf_headers(token=self.token),
            timeout=self.timeout,
        )
        hf_raise_for_status(response)
        return response.json()["token"]

    def get_json(self, url: str, *, space_token: str | None = None) -> Any:
        """GET a URL of the running Space (its own code, not the Hub's): never with the person's
        token; a private Space's host is opened with a Space token (`?__sign=`) instead."""
        params = {"__sign": space_token} if space_token else None
        response = get_session().get(url, params=params, timeout=self.timeout)
        response.raise_for_status()
        return response.json()


class LogFollower:
    """Follows one of a Space's logs (`build` or `run`) in a thread; lines land in `lines`."""

    def __init__(self, client: HubClient, space_id: str, source: str, lines: queue.Queue) -> None:
        self.client = client
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
        url = f"{self.client.endpoint}/api/spaces/{self.space_id}/logs/{self.source}"
        # A failed or dropped stream connects again and skips the lines it already passed on.
        for _ in range(LOG_ATTEMPTS):
            if self._stop.is_set():
                return
            wait = 1.0
            try:
                with get_session().stream(
                    "GET",
                    url,
                    headers=build_hf_headers(token=self.client.token),
                    timeout=http.Timeout(60.0, connect=min(10.0, self.client.timeout)),
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

"""`Surface`: what sits around every request of one surface of localhub (the Hub API, sign-in,
Xet storage, simulated Spaces, the control API), configured where the surface is mounted.

It reads the whole body first (the client keeps connections alive, so even an error must consume
it) and keeps it for the handler, applies faults waiting for the request, stamps the Hub's request
id and a fresh Date, and writes the request log (method, path, status, user, duration; never a
token or a body)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from email.utils import formatdate

from starlette.responses import JSONResponse

from localhub.control import LoggedRequest, is_write
from localhub.errors import HubError
from localhub.traffic import Traffic

MAX_BODY_BYTES = 64 * 1024 * 1024

Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]


class Surface:
    def __init__(
        self,
        app: Callable,
        traffic: Traffic,
        *,
        faulted: bool = True,
        logged: bool = True,
        writes: bool = True,
    ) -> None:
        """`faulted`: faults and the added latency apply; `logged`: requests go to the log;
        `writes`: its requests may change what the Hub keeps (see `control.is_write`)."""
        self.app = app
        self.traffic = traffic
        self.faulted = faulted
        self.logged = logged
        self.writes = writes

    async def __call__(self, scope: dict, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        started = time.perf_counter()
        body, too_large = await _read_body(receive)
        scope.setdefault("state", {})["body"] = body
        status: list[int | None] = [None]
        # Every answer carries a request id, as the Hub's do; errors quote it back to users.
        request_id = dict(scope["headers"]).get(b"x-amzn-trace-id") or uuid.uuid4().hex.encode()

        async def stamped_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                # A fresh Date on every answer (uvicorn's is cached for a second): a client reading
                # logs without following keeps the lines stamped before Date + 1 s.
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id),
                    (b"date", formatdate(usegmt=True).encode()),
                ]
            await send(message)

        fault = self.traffic.take_fault(method, path) if self.faulted else None
        delay = (self.traffic.latency_ms if self.faulted else 0) + (fault.delay_ms if fault else 0)
        if delay:
            await asyncio.sleep(delay / 1000)
        if fault is not None and fault.drop:
            _drop_connection(send)
        elif fault is not None and fault.json is not None:
            answer = JSONResponse(fault.json, fault.status or 200)
            await answer(scope, _replay(b"", receive), stamped_send)
        elif fault is not None and fault.status is not None:
            headers = (
                {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            )
            error = HubError(fault.status, f"Injected fault: HTTP {fault.status}", headers=headers)
            await error.response()(scope, _replay(b"", receive), stamped_send)
        elif too_large:
            await HubError(413, "Request body too large").response()(
                scope, _replay(b"", receive), stamped_send
            )
        else:
            await self.app(scope, _replay(body, receive), stamped_send)
        if self.logged:
            self.traffic.record(
                LoggedRequest(
                    method=method,
                    path=path,
                    status=status[0],
                    user=scope["state"].get("user"),
                    ms=round((time.perf_counter() - started) * 1000, 1),
                    write=self.writes and is_write(method, path),
                )
            )


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    chunks, size, too_large = [], 0, False
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            too_large = True  # keep reading, drop the data
        else:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), too_large


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read up front, then the real channel: a stream learns when its reader has gone."""
    sent = False

    async def replayed() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _drop_connection(send: Send) -> None:
    """Close the TCP connection without an answer, as a crashed server would."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise RuntimeError("cannot drop this connection: not served by uvicorn")
    transport.abort()

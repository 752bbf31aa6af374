"""HTTP: the Hub's routes over `Hub`, the OpenID provider, and the control API for tests.

Around every request sits `HubMiddleware`: it reads the whole body first (the client keeps
connections alive, so even an error must consume it), applies queued faults, and writes the request
log (method, path, status, user, duration; never a token).
"""

from __future__ import annotations

import asyncio
import fnmatch
import hmac
import html
import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from email.utils import formatdate
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from localhub import errors
from localhub.auth import Principal, authenticate
from localhub.control import is_write
from localhub.errors import HubError
from localhub.hub import HARDWARE, Hub
from localhub.oauth import OAuthError, Provider, authorize_params
from localhub.pages import page
from localhub.runtime import LogBuffer

MAX_BODY_BYTES = 64 * 1024 * 1024
REPO_KINDS = {"models": "model", "datasets": "dataset", "spaces": "space"}
CONTROL_PREFIX = "/_localhub/"
SIMULATED_PREFIX = "/_spaces/"


# -- faults and the request log --------------------------------------------------------------------


@dataclass
class Fault:
    method: str = "*"
    path: str = "*"
    status: int | None = None
    times: int | None = 1  # None: every matching request, until cleared
    retry_after: float | None = None
    delay_ms: int = 0
    drop: bool = False

    def matches(self, method: str, path: str) -> bool:
        return (self.method == "*" or self.method.upper() == method) and fnmatch.fnmatchcase(
            path, self.path
        )


class ControlState:
    """What tests and benchmarks steer and read: faults, the request log, global latency."""

    def __init__(self, *, latency_ms: int = 0) -> None:
        self.latency_ms = latency_ms
        self.faults: list[Fault] = []
        self.log: deque[dict[str, Any]] = deque(maxlen=200_000)
        self._lock = threading.Lock()

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.matches(method, path):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self.faults.remove(fault)
                    return fault
        return None


class HubMiddleware:
    def __init__(self, app: Callable, control: ControlState) -> None:
        self.app = app
        self.control = control

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope["path"], scope["method"]
        started = time.perf_counter()
        body, too_large = await _read_body(receive)
        if path.startswith(CONTROL_PREFIX):
            await self.app(scope, _replay(body, receive), send)
            return
        scope.setdefault("state", {})
        status: list[int | None] = [None]

        # Every answer carries a request id, as the Hub's do; errors quote it back to users.
        request_id = dict(scope["headers"]).get(b"x-amzn-trace-id") or uuid.uuid4().hex.encode()

        async def logged_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                # A fresh Date on every answer (uvicorn's is cached for a second): a client reading
                # logs without following keeps the lines stamped before Date + 1 s.
                date = formatdate(usegmt=True).encode()
                message["headers"] = [
                    *message.get("headers", []),
                    (b"x-request-id", request_id),
                    (b"date", date),
                ]
            await send(message)

        fault = self.control.take_fault(method, path)
        delay = self.control.latency_ms + (fault.delay_ms if fault else 0)
        if delay:
            await asyncio.sleep(delay / 1000)
        if fault is not None and fault.drop:
            _drop_connection(send)
        elif fault is not None and fault.status is not None:
            headers = (
                {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            )
            error = HubError(fault.status, f"Injected fault: HTTP {fault.status}", headers=headers)
            await error.response()(scope, _replay(b"", receive), logged_send)
        elif too_large:
            await errors.HubError(413, "Request body too large").response()(
                scope, _replay(b"", receive), logged_send
            )
        else:
            await self.app(scope, _replay(body, receive), logged_send)
        if not path.startswith(SIMULATED_PREFIX):
            self.control.log.append(
                {
                    "method": method,
                    "path": path,
                    "status": status[0],
                    "user": scope["state"].get("user"),
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                    "write": is_write(method, path),
                }
            )


async def _read_body(receive: Callable) -> tuple[bytes, bool]:
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


def _replay(body: bytes, receive: Callable[[], Awaitable[dict]]) -> Callable[[], Awaitable[dict]]:
    """The body read up front, then the real channel: a stream learns when its reader has gone."""
    sent = False

    async def replayed() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


def _drop_connection(send: Callable) -> None:
    """Close the TCP connection without an answer, as a crashed server would."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise RuntimeError("cannot drop this connection: not served by uvicorn")
    transport.abort()


# -- the app ---------------------------------------------------------------------------------------


# -- handlers -------------------------------------------------------------------------------------


def _hub(request: Request) -> Hub:
    return request.app.state.hub


def _provider(request: Request) -> Provider:
    return request.app.state.provider


def _control(request: Request) -> ControlState:
    return request.app.state.control


async def principal_of(request: Request) -> Principal | None:
    principal = authenticate(_hub(request).store, request.headers.get("authorization"))
    request.state.user = principal.user if principal else None
    return principal


async def body_json(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        return {}
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise errors.bad_request("The request body is not valid JSON") from None


async def json_object(request: Request) -> dict[str, Any]:
    data = await body_json(request)
    if not isinstance(data, dict):
        raise errors.bad_request("The request body must be a JSON object")
    return data


def repo_kind(request: Request) -> str:
    kind = REPO_KINDS.get(request.path_params["kind"])
    if kind is None:
        raise HTTPException(404)
    return kind


def repo_args(request: Request) -> tuple[str, str, str]:
    p = request.path_params
    return repo_kind(request), p["namespace"], p["name"]


# -- accounts and repos ---------------------------------------------------------------------


async def whoami(request: Request) -> Response:
    return JSONResponse(_hub(request).whoami(await principal_of(request)))


async def create_repo(request: Request) -> Response:
    principal = await principal_of(request)
    return JSONResponse(_hub(request).create_repo(principal, await json_object(request)))


async def delete_repo(request: Request) -> Response:
    principal = await principal_of(request)
    _hub(request).delete_repo(principal, await json_object(request))
    return JSONResponse({})


async def duplicate(request: Request) -> Response:
    principal = await principal_of(request)
    return JSONResponse(
        _hub(request).duplicate(principal, *repo_args(request), await json_object(request))
    )


async def list_repos(request: Request) -> Response:
    principal = await principal_of(request)
    return JSONResponse(
        _hub(request).list_repos(
            principal, repo_kind(request), author=request.query_params.get("author")
        )
    )


async def repo_info(request: Request) -> Response:
    principal = await principal_of(request)
    blobs = request.query_params.get("blobs", "").lower() in ("1", "true")
    info = _hub(request).repo_info(
        principal,
        *repo_args(request),
        revision=request.path_params.get("revision"),
        blobs=blobs,
    )
    return JSONResponse(info)


async def tree(request: Request) -> Response:
    principal = await principal_of(request)
    entries = _hub(request).tree(
        principal,
        *repo_args(request),
        revision=request.path_params["revision"],
        path=request.path_params.get("path", ""),
        recursive=request.query_params.get("recursive", "").lower() in ("1", "true"),
    )
    return JSONResponse(entries)


async def validate_yaml(request: Request) -> Response:
    await principal_of(request)
    return JSONResponse(_hub(request).validate_yaml(await json_object(request)))


async def preupload(request: Request) -> Response:
    principal = await principal_of(request)
    answer = _hub(request).preupload(
        principal,
        *repo_args(request),
        request.path_params["revision"],
        await json_object(request),
    )
    return JSONResponse(answer)


async def commit(request: Request) -> Response:
    principal = await principal_of(request)
    answer = _hub(request).commit(
        principal, *repo_args(request), request.path_params["revision"], await request.body()
    )
    return JSONResponse(answer)


async def resolve(request: Request) -> Response:
    principal = await principal_of(request)
    p = request.path_params
    kind = "model" if "kind" not in p else {"spaces": "space", "datasets": "dataset"}.get(p["kind"])
    if kind is None:
        raise HTTPException(404)
    answer = _hub(request).file(
        principal, kind, p["namespace"], p["name"], revision=p["revision"], path=p["path"]
    )
    headers = {
        "X-Repo-Commit": answer.commit,
        "ETag": f'"{answer.oid}"',
        "Content-Length": str(len(answer.data)),
        "Accept-Ranges": "bytes",
    }
    if request.method == "HEAD":
        return Response(status_code=200, headers=headers)
    return Response(answer.data, headers=headers, media_type="application/octet-stream")


async def auth_check(request: Request) -> Response:
    principal = await principal_of(request)
    _hub(request).auth_check(
        principal, *repo_args(request), write=request.url.path.endswith("/write")
    )
    return JSONResponse({"ok": True})


# -- Spaces ---------------------------------------------------------------------------------


def space_args(request: Request) -> tuple[str, str]:
    return request.path_params["namespace"], request.path_params["name"]


def values_route(kind: str) -> Callable:
    async def handler(request: Request) -> Response:
        principal = await principal_of(request)
        if request.method == "GET":
            return JSONResponse(_hub(request).space_values(principal, *space_args(request), kind))
        body = await json_object(request)
        if request.method == "POST":
            return JSONResponse(
                _hub(request).set_space_value(principal, *space_args(request), kind, body)
            )
        return JSONResponse(
            _hub(request).delete_space_value(principal, *space_args(request), kind, body)
        )

    return handler


async def runtime(request: Request) -> Response:
    return JSONResponse(
        _hub(request).space_runtime(await principal_of(request), *space_args(request))
    )


async def hardware(request: Request) -> Response:
    principal = await principal_of(request)
    body = await json_object(request)
    return JSONResponse(_hub(request).change_space(principal, *space_args(request), body))


async def sleeptime(request: Request) -> Response:
    principal = await principal_of(request)
    body = await json_object(request)
    return JSONResponse(
        _hub(request).change_space(
            principal, *space_args(request), {"seconds": body.get("seconds")}
        )
    )


async def volumes(request: Request) -> Response:
    principal = await principal_of(request)
    if request.method == "DELETE":
        return JSONResponse(
            _hub(request).change_space(principal, *space_args(request), {"volumes": None})
        )
    body = await json_object(request)
    return JSONResponse(
        _hub(request).change_space(
            principal, *space_args(request), {"volumes": body.get("volumes")}
        )
    )


async def restart(request: Request) -> Response:
    return JSONResponse(_hub(request).restart(await principal_of(request), *space_args(request)))


async def pause(request: Request) -> Response:
    return JSONResponse(_hub(request).pause(await principal_of(request), *space_args(request)))


async def logs(request: Request) -> Response:
    principal = await principal_of(request)
    kind = request.path_params["log"]
    if kind not in ("build", "run"):
        raise HTTPException(404)
    repo = _hub(request).find_writable(principal, "space", *space_args(request))
    state = _hub(request).runtime.state(repo)
    buffer: LogBuffer = state.build_log if kind == "build" else state.run_log
    return StreamingResponse(
        _sse(buffer),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache"},
    )


async def hardware_list(request: Request) -> Response:
    await principal_of(request)
    return JSONResponse([_hardware_json(*item) for item in HARDWARE])


async def templates(request: Request) -> Response:
    await principal_of(request)
    return JSONResponse(
        {
            "templates": [
                {
                    "name": "Gradio",
                    "repoId": "gradio-templates/chatbot",
                    "sdk": "gradio",
                    "preferredPrivate": False,
                }
            ]
        }
    )


async def agent_harnesses(_: Request) -> Response:
    return JSONResponse({"standardEnvVars": [], "harnesses": {}})


# -- buckets --------------------------------------------------------------------------------


async def bucket(request: Request) -> Response:
    principal = await principal_of(request)
    namespace, name = request.path_params["namespace"], request.path_params["name"]
    if request.method == "POST":
        return JSONResponse(
            _hub(request).create_bucket(principal, namespace, name, await json_object(request))
        )
    return JSONResponse(_hub(request).bucket_info(principal, namespace, name))


async def buckets(request: Request) -> Response:
    principal = await principal_of(request)
    return JSONResponse(_hub(request).list_buckets(principal, request.path_params["namespace"]))


async def bucket_tree(request: Request) -> Response:
    principal = await principal_of(request)
    entries = _hub(request).bucket_tree(
        principal,
        request.path_params["namespace"],
        request.path_params["name"],
        prefix=request.path_params.get("prefix", ""),
        recursive=request.query_params.get("recursive", "").lower() in ("1", "true"),
    )
    return JSONResponse(entries)


# -- sign-in --------------------------------------------------------------------------------


async def openid_configuration(request: Request) -> Response:
    return JSONResponse(_provider(request).configuration())


async def jwks(request: Request) -> Response:
    return JSONResponse(_provider(request).jwks())


async def authorize(request: Request) -> Response:
    """The browser's side of sign-in. A refusal here is a page: never a redirect (RFC 6749 4.1.2.1)."""
    try:
        if request.method == "POST":
            return await _consent_answer(request)
        return _authorize_page(request)
    except HubError as error:
        return HTMLResponse(_provider(request).error_page(error.message), error.status)


async def _consent_answer(request: Request) -> Response:
    form = await request.form()
    params = authorize_params(form)
    auth_request = _provider(request).authorize_request(params)
    user = _provider(request).session_user(request.cookies.get("localhub_session"))
    token = str(form.get("form_token", ""))
    if user is None or not hmac.compare_digest(
        token.encode(), _provider(request).form_token(user, params).encode()
    ):
        raise errors.bad_request("The consent form expired: start signing in again")
    if form.get("action") == "authorize":
        orgs = [str(org) for org in form.getlist("orgs")]
        return RedirectResponse(_provider(request).approve(auth_request, user=user, orgs=orgs), 302)
    return RedirectResponse(_provider(request).deny(auth_request), 302)


def _authorize_page(request: Request) -> Response:
    query = request.query_params
    params = authorize_params(query)
    auth_request = _provider(request).authorize_request(params)
    if "login" in query:
        account = _hub(request).store.account(query["login"])
        if account is None or account.type != "user":
            raise errors.bad_request(f"Unknown user {query['login']!r}")
        response: Response = RedirectResponse(f"/oauth/authorize?{urlencode(params)}", 302)
        response.set_cookie(
            "localhub_session",
            _provider(request).session_cookie(account.name),
            httponly=True,
            samesite="lax",
        )
        return response
    user = (
        None
        if "switch" in query
        else _provider(request).session_user(request.cookies.get("localhub_session"))
    )
    if user is None:
        return HTMLResponse(_provider(request).choose_user_page(params, auth_request))
    return HTMLResponse(_provider(request).consent_page(params, auth_request, user))


async def token(request: Request) -> Response:
    form = await request.form()
    try:
        answer = _provider(request).exchange(
            {k: str(v) for k, v in form.items()}, request.headers.get("authorization")
        )
    except OAuthError as error:
        headers = {"Cache-Control": "no-store"}
        if error.status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="localhub"'
        return JSONResponse(
            {"error": error.error, "error_description": error.description},
            error.status,
            headers=headers,
        )
    return JSONResponse(answer, headers={"Cache-Control": "no-store"})


async def userinfo(request: Request) -> Response:
    return JSONResponse(_provider(request).userinfo(request.headers.get("authorization")))


# -- pages ----------------------------------------------------------------------------------


async def home(request: Request) -> Response:
    spaces = "".join(
        f'<li><a href="/spaces/{html.escape(r.repo_id)}">{html.escape(r.repo_id)}</a>'
        f" ({_hub(request).runtime.state(r).stage.value})</li>"
        for r in _hub(request).store.repos("space")
    )
    return HTMLResponse(
        page(
            "localhub",
            f"<h1>localhub</h1><p>A local stand-in for huggingface.co.</p><h2>Spaces</h2><ul>{spaces}</ul>",
        )
    )


async def space_page(request: Request) -> Response:
    principal = await principal_of(request)
    namespace, name = space_args(request)
    repo = _hub(request).find(principal, "space", namespace, name)
    state = _hub(request).runtime.state(repo)
    host = _hub(request).runtime.host(repo)
    files = "".join(
        f"<li><code>{html.escape(p)}</code></li>"
        for p in sorted(_hub(request).store.tree(repo.id, repo.head))
    )
    body = f"""<h1>Space {html.escape(repo.repo_id)}</h1>
<p>Stage: <strong id="stage">{state.stage.value}</strong>{f" ({html.escape(state.error)})" if state.error else ""}</p>
<p>App: <a href="{html.escape(host)}">{html.escape(host)}</a></p>
<h2>Files</h2><ul>{files}</ul>
<h2>Build log</h2><pre>{html.escape(state.build_log.text())}</pre>"""
    return HTMLResponse(page(f"{repo.repo_id} - localhub", body, wide=True))


async def avatar(request: Request) -> Response:
    letter = html.escape(request.path_params["name"][:1].upper())
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="32" fill="#ff9d00"/>'
        f'<text x="32" y="42" font-size="30" text-anchor="middle" font-family="sans-serif">{letter}</text></svg>'
    )
    return Response(svg, media_type="image/svg+xml")


# -- a stand-in for a running Space when Spaces are simulated -------------------------------


async def simulated_version(request: Request) -> Response:
    repo = _hub(request).store.repo("space", *space_args(request))
    if repo is None or _hub(request).runtime.state(repo).stage.value != "RUNNING":
        return JSONResponse({"error": "Space not running"}, 503)
    return JSONResponse({"version": "simulated", "api_version": 1, "simulated": True})


# -- control ----------------------------------------------------------------------------------


async def faults(request: Request) -> Response:
    if request.method == "DELETE":
        _control(request).faults.clear()
        return JSONResponse({"faults": []})
    if request.method == "POST":
        data = await body_json(request)
        items = data if isinstance(data, list) else [data]
        try:
            _control(request).faults.extend(Fault(**item) for item in items)
        except TypeError as error:
            raise errors.bad_request(f"Invalid fault: {error}") from None
    return JSONResponse({"faults": [asdict(f) for f in _control(request).faults]})


async def requests_log(request: Request) -> Response:
    if request.method == "DELETE":
        _control(request).log.clear()
    return JSONResponse(list(_control(request).log))


async def stats(request: Request) -> Response:
    kind = repo_kind(request)
    namespace, name = request.path_params["namespace"], request.path_params["name"]
    return JSONResponse(_hub(request).store.stats(f"{kind}s/{namespace}/{name}"))


async def oauth_apps(request: Request) -> Response:
    data = await json_object(request)
    try:
        app = _hub(request).store.put_oauth_app(
            client_id=data["client_id"],
            client_secret=data["client_secret"],
            name=data.get("name", data["client_id"]),
            redirect_uris=tuple(data["redirect_uris"]),
            scopes=tuple(dict.fromkeys(["openid", "profile", *data.get("scopes", [])])),
            token_minutes=int(data.get("token_minutes", 480)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise errors.bad_request(f"Invalid OAuth app: {error}") from None
    return JSONResponse({"client_id": app.client_id, "name": app.name})


async def mint_token(request: Request) -> Response:
    """An OAuth access token without the browser dance, for tests (scopes, orgs, lifetime)."""
    data = await json_object(request)
    if _hub(request).store.account(data.get("user", "")) is None:
        raise errors.bad_request("Unknown user")
    value, expires_at = _hub(request).store.issue_oauth_token(
        user=data["user"],
        app=data.get("client_id", "localhub-tests"),
        scopes=tuple(data.get("scopes", ["openid", "profile"])),
        orgs=tuple(data.get("orgs", [])),
        lifetime=float(data.get("lifetime", 3600)),
    )
    return JSONResponse({"token": value, "expires_at": expires_at})


async def health(_: Request) -> Response:
    return JSONResponse({"ok": True})


REPO = "/api/{kind}/{namespace}/{name}"
SPACE = "/api/spaces/{namespace}/{name}"
ROUTES = [
    Route("/", home),
    Route("/api/whoami-v2", whoami),
    Route("/api/repos/create", create_repo, methods=["POST"]),
    Route("/api/repos/delete", delete_repo, methods=["DELETE"]),
    Route("/api/validate-yaml", validate_yaml, methods=["POST"]),
    Route("/api/spaces/hardware", hardware_list),
    Route("/api/spaces/templates", templates),
    Route("/api/agent-harnesses", agent_harnesses),
    Route(SPACE + "/secrets", values_route("secret"), methods=["GET", "POST", "DELETE"]),
    Route(SPACE + "/variables", values_route("variable"), methods=["GET", "POST", "DELETE"]),
    Route(SPACE + "/runtime", runtime),
    Route(SPACE + "/hardware", hardware, methods=["POST"]),
    Route(SPACE + "/sleeptime", sleeptime, methods=["POST"]),
    Route(SPACE + "/volumes", volumes, methods=["PUT", "DELETE"]),
    Route(SPACE + "/restart", restart, methods=["POST"]),
    Route(SPACE + "/pause", pause, methods=["POST"]),
    Route(SPACE + "/logs/{log}", logs),
    Route("/api/buckets/{namespace}", buckets),
    Route("/api/buckets/{namespace}/{name}", bucket, methods=["GET", "POST"]),
    Route("/api/buckets/{namespace}/{name}/tree", bucket_tree),
    Route("/api/buckets/{namespace}/{name}/tree/{prefix:path}", bucket_tree),
    Route("/api/{kind}", list_repos),
    Route(REPO, repo_info),
    Route(REPO + "/revision/{revision}", repo_info),
    Route(REPO + "/duplicate", duplicate, methods=["POST"]),
    Route(REPO + "/tree/{revision}", tree),
    Route(REPO + "/tree/{revision}/{path:path}", tree),
    Route(REPO + "/preupload/{revision}", preupload, methods=["POST"]),
    Route(REPO + "/commit/{revision}", commit, methods=["POST"]),
    Route(REPO + "/auth-check", auth_check),
    Route(REPO + "/auth-check/write", auth_check),
    Route("/.well-known/openid-configuration", openid_configuration),
    Route("/oauth/authorize", authorize, methods=["GET", "POST"]),
    Route("/oauth/token", token, methods=["POST"]),
    Route("/oauth/jwks", jwks),
    Route("/oauth/userinfo", userinfo),
    Route("/avatars/{name}.svg", avatar),
    Route("/spaces/{namespace}/{name}", space_page),
    Route(
        "/{kind:str}/{namespace}/{name}/resolve/{revision}/{path:path}",
        resolve,
        methods=["GET", "HEAD"],
    ),
    Route("/{namespace}/{name}/resolve/{revision}/{path:path}", resolve, methods=["GET", "HEAD"]),
    Route(SIMULATED_PREFIX + "{namespace}/{name}/version", simulated_version),
    Route(CONTROL_PREFIX + "faults", faults, methods=["GET", "POST", "DELETE"]),
    Route(CONTROL_PREFIX + "requests", requests_log, methods=["GET", "DELETE"]),
    Route(CONTROL_PREFIX + "stats/{kind}/{namespace}/{name}", stats),
    Route(CONTROL_PREFIX + "oauth-apps", oauth_apps, methods=["POST"]),
    Route(CONTROL_PREFIX + "tokens", mint_token, methods=["POST"]),
    Route(CONTROL_PREFIX + "health", health),
]


async def hub_error(_: Request, error: Exception) -> Response:
    assert isinstance(error, HubError)
    return error.response()


async def http_error(_: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        return HubError(404, "Sorry, we can't find the page you are looking for.").response()
    return HubError(error.status_code, str(error.detail)).response()


async def server_error(_: Request, error: Exception) -> Response:
    return HubError(
        500,
        f"Internal Error - We're working hard to fix this as soon as possible! ({type(error).__name__})",
    ).response()


def build_app(hub: Hub, provider: Provider, control: ControlState) -> Callable:
    """The ASGI app: `HubMiddleware` around the routes; handlers reach their state via `app.state`."""
    app = Starlette(
        routes=ROUTES,
        exception_handlers={
            HubError: hub_error,
            HTTPException: http_error,
            Exception: server_error,
        },
    )
    app.state.hub = hub
    app.state.provider = provider
    app.state.control = control
    return HubMiddleware(app, control)


async def _sse(buffer: LogBuffer):
    """Every line so far, then new ones until the log ends, as the Hub streams them: a client
    that does not follow stops reading by itself (huggingface_hub uses a short read timeout)."""
    async for line in buffer.follow():
        yield "data: \n\n" if line is None else f"data: {json.dumps(line)}\n\n"


def _hardware_json(
    name: str, pretty: str, cpu: str, ram: str, accelerator: tuple | None, micro_usd: int
) -> dict:
    item: dict[str, Any] = {
        "name": name,
        "prettyName": pretty,
        "cpu": cpu,
        "ram": ram,
        "ephemeralStorage": "50 GB",
        "unitCostMicroUSD": micro_usd,
        "unitCostUSD": micro_usd / 1_000_000,
        "unitLabel": "minute",
    }
    if accelerator:
        model, quantity, vram = accelerator
        item["accelerator"] = {
            "type": "gpu",
            "model": model,
            "quantity": quantity,
            "vram": vram,
            "manufacturer": "Nvidia",
        }
    return item

"""What every handler needs: the backend, the caller, the body read by `Surface`, and the Hub's
error answers. Handlers are plain functions, so starlette runs them in its thread pool: the store
they call blocks on SQLite and must not hold up the event loop."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from localhub import errors
from localhub.auth import Principal, authenticate
from localhub.backend import Backend
from localhub.errors import HubError
from localhub.repos import RepoRef

REPO_KINDS = {"models": "model", "datasets": "dataset", "spaces": "space"}


def backend(request: Request) -> Backend:
    return request.app.state.backend


def principal_of(request: Request) -> Principal | None:
    """The caller, also named in the request log."""
    principal = authenticate(backend(request).store, request.headers.get("authorization"))
    request.state.user = principal.user if principal else None
    return principal


def body(request: Request) -> bytes:
    return request.state.body


def json_body(request: Request) -> Any:
    raw = body(request)
    if not raw:
        return {}
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise errors.bad_request("The request body is not valid JSON") from None


def json_object(request: Request) -> dict[str, Any]:
    data = json_body(request)
    if not isinstance(data, dict):
        raise errors.bad_request("The request body must be a JSON object")
    return data


def form(request: Request) -> FormData:
    """An `application/x-www-form-urlencoded` body, every value of a repeated field kept."""
    return FormData(parse_qsl(body(request).decode("utf-8", "replace"), keep_blank_values=True))


def flag(request: Request, name: str) -> bool:
    return request.query_params.get(name, "").lower() in ("1", "true")


def repo_ref(request: Request, kind: str | None = None) -> RepoRef:
    """The repo a `/api/{kind}/{namespace}/{name}` path names."""
    p = request.path_params
    repo_type = kind or REPO_KINDS.get(p["kind"])
    if repo_type is None:
        raise HTTPException(404)
    return RepoRef(repo_type, p["namespace"], p["name"])


def surface_app(routes: Sequence[BaseRoute], state: Backend) -> Starlette:
    """One surface's routes, answering every error the way the Hub does."""
    app = Starlette(
        routes=list(routes),
        exception_handlers={
            HubError: _hub_error,
            HTTPException: _http_error,
            Exception: _server_error,
        },
    )
    app.state.backend = state
    return app


async def _hub_error(_: Request, error: Exception) -> Response:
    assert isinstance(error, HubError)
    return error.response()


async def _http_error(_: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        return HubError(404, "Sorry, we can't find the page you are looking for.").response()
    return HubError(error.status_code, str(error.detail)).response()


async def _server_error(_: Request, error: Exception) -> Response:
    return HubError(
        500,
        f"Internal Error - We're working hard to fix this as soon as possible! ({type(error).__name__})",
    ).response()

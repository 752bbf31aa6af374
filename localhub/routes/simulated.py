"""Simulated Spaces (`--spaces simulate`): each Space's host is `/_spaces/{namespace}/{name}` on
localhub, answering the canned answers given at start (`localhub.simulation`). A private Space's
host answers only those who may read it, as the Hub's proxy does: a Hub token of a reader, or a
Space token (`?__sign=`)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localhub.errors import HubError
from localhub.routes.common import backend, principal_of
from localhub.runtime import Stage
from localhub.store import Repo

PREFIX = "/_spaces"


def answer(request: Request) -> Response:
    p = request.path_params
    repo = backend(request).store.repo("space", p["namespace"], p["name"])
    if repo is not None and repo.private and not _may_open(request, repo):
        repo = None  # as the Hub's proxy answers: a private Space is not there for others
    if repo is None:
        return JSONResponse({"error": "Space not found"}, 404)
    if backend(request).runtime.state(repo).stage is not Stage.RUNNING:
        return JSONResponse({"error": "Space not running"}, 503)
    path = p.get("path", "")
    canned = backend(request).simulated.answer(path)
    if canned is None:
        return JSONResponse({"error": f"The simulated Space has no answer for /{path}"}, 404)
    return Response(
        canned.body, canned.status, headers=canned.headers, media_type=canned.media_type
    )


def _may_open(request: Request, repo: Repo) -> bool:
    """A private Space's host opens for a Space token (`?__sign=`, from `GET
    /api/spaces/{id}/jwt`) or for a Hub token of someone who may read the Space."""
    token = request.query_params.get("__sign")
    if token:
        return backend(request).provider.opens_space(token, repo.repo_id)
    try:
        principal = principal_of(request)
    except HubError:
        return False
    return backend(request).repos.access.can_read(principal, repo)


ROUTES = [
    Route("/{namespace}/{name}", answer, methods=["GET", "HEAD"]),
    Route("/{namespace}/{name}/{path:path}", answer, methods=["GET", "HEAD"]),
]

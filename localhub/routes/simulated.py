"""Simulated Spaces (`--spaces simulate`): each Space's host is `/_spaces/{namespace}/{name}` on
localhub, answering the canned answers given at start (`localhub.simulation`)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localhub.routes.common import backend
from localhub.runtime import Stage

PREFIX = "/_spaces"


def answer(request: Request) -> Response:
    p = request.path_params
    repo = backend(request).store.repo("space", p["namespace"], p["name"])
    if repo is None or backend(request).runtime.state(repo).stage is not Stage.RUNNING:
        return JSONResponse({"error": "Space not running"}, 503)
    path = p.get("path", "")
    variables = {
        key: item["value"]
        for key, item in backend(request).store.space_values(repo, "variable").items()
    }
    canned = backend(request).simulated.answer(path, variables)
    if canned is None:
        return JSONResponse({"error": f"The simulated Space has no answer for /{path}"}, 404)
    return Response(
        canned.body, canned.status, headers=canned.headers, media_type=canned.media_type
    )


ROUTES = [
    Route("/{namespace}/{name}", answer, methods=["GET", "HEAD"]),
    Route("/{namespace}/{name}/{path:path}", answer, methods=["GET", "HEAD"]),
]

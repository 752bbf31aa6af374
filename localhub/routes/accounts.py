"""The Hub API for accounts (`whoami`), their avatars, and the client's own start-up question."""

from __future__ import annotations

import html

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localhub.routes.common import backend, principal_of


def whoami(request: Request) -> Response:
    return JSONResponse(backend(request).accounts.whoami(principal_of(request)))


def avatar(request: Request) -> Response:
    letter = html.escape(request.path_params["name"][:1].upper())
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="32" fill="#ff9d00"/>'
        f'<text x="32" y="42" font-size="30" text-anchor="middle" font-family="sans-serif">{letter}</text></svg>'
    )
    return Response(svg, media_type="image/svg+xml")


def agent_harnesses(_: Request) -> Response:
    """Asked by huggingface_hub once per process (telemetry): nothing to report here."""
    return JSONResponse({"standardEnvVars": [], "harnesses": {}})


ROUTES = [
    Route("/api/whoami-v2", whoami),
    Route("/api/agent-harnesses", agent_harnesses),
    Route("/avatars/{name}.svg", avatar),
]

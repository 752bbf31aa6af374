"""localhub's HTTP surfaces, each a list of routes in its own module, mounted here with what sits
around its requests (`Surface`: faults, the request log, request ids).

| mounted at | surface | faulted | logged | writes |
|---|---|---|---|---|
| `/_localhub` | the control API (`control`) | no | no | no |
| `/_spaces` | simulated Spaces (`simulated`) | yes | no | no |
| `/oauth` | sign-in (`oauth`) | yes | yes | no |
| `/cas` | Xet storage (`cas`) | yes | yes | no |
| `/` | the Hub: API, downloads and pages (`accounts`, `repos`, `spaces`, `buckets`, `pages`) | yes | yes | yes |

The Hub answers browsers from any origin (CORS), as huggingface.co does: static pages read
buckets and repos from the browser.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount, Router

from localhub.backend import Backend
from localhub.routes import (
    accounts,
    buckets,
    cas,
    control,
    oauth,
    pages,
    repos,
    simulated,
    spaces,
)
from localhub.routes.common import surface_app
from localhub.routes.middleware import Surface

CONTROL_PREFIX = "/_localhub"


def build_app(backend: Backend) -> Callable:
    """The ASGI app. A bare `Router` on the outside: `Surface` must meet uvicorn's own `send` to
    drop a connection as a crash would."""
    traffic = backend.traffic
    hub = [
        *accounts.ROUTES,
        *oauth.DISCOVERY,
        *spaces.ROUTES,  # before repos: `/api/spaces/hardware` is not a repo named `hardware`
        *buckets.ROUTES,
        *repos.ROUTES,
        *pages.ROUTES,
        *repos.DOWNLOADS,
    ]
    return Router(
        routes=[
            Mount(
                CONTROL_PREFIX,
                app=Surface(
                    surface_app(control.ROUTES, backend), traffic, faulted=False, logged=False
                ),
            ),
            Mount(
                simulated.PREFIX,
                app=Surface(surface_app(simulated.ROUTES, backend), traffic, logged=False),
            ),
            Mount("/oauth", app=Surface(surface_app(oauth.ROUTES, backend), traffic, writes=False)),
            Mount(
                cas.CAS_PREFIX,
                app=Surface(surface_app(cas.ROUTES, backend), traffic, writes=False),
            ),
            Mount("", app=Surface(_browsers_welcome(surface_app(hub, backend)), traffic)),
        ]
    )


def _browsers_welcome(app: Callable) -> Callable:
    return CORSMiddleware(
        app,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD"],
        allow_headers=["authorization", "range", "content-type"],
        expose_headers=["content-range", "content-length", "etag", "x-xet-hash", "x-request-id"],
    )

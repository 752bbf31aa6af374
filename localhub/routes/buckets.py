"""The Hub API for buckets: create, info, list and the tree of their files."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localhub.routes.common import backend, flag, json_object, principal_of


def bucket(request: Request) -> Response:
    principal = principal_of(request)
    namespace, name = request.path_params["namespace"], request.path_params["name"]
    buckets = backend(request).buckets
    if request.method == "POST":
        return JSONResponse(buckets.create(principal, namespace, name, json_object(request)))
    return JSONResponse(buckets.info(principal, namespace, name))


def listed(request: Request) -> Response:
    principal = principal_of(request)
    return JSONResponse(
        backend(request).buckets.listed(principal, request.path_params["namespace"])
    )


def tree(request: Request) -> Response:
    principal = principal_of(request)
    entries = backend(request).buckets.tree(
        principal,
        request.path_params["namespace"],
        request.path_params["name"],
        prefix=request.path_params.get("prefix", ""),
        recursive=flag(request, "recursive"),
    )
    return JSONResponse(entries)


BUCKET = "/api/buckets/{namespace}/{name}"
ROUTES = [
    Route("/api/buckets/{namespace}", listed),
    Route(BUCKET, bucket, methods=["GET", "POST"]),
    Route(BUCKET + "/tree", tree),
    Route(BUCKET + "/tree/{prefix:path}", tree),
]

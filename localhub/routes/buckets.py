"""The Hub API for buckets and their files: create, info, list, settings, delete; the tree, paths
info, batches of adds, copies and deletes, Xet tokens; and downloads at `/buckets/.../resolve/`,
which browsers may read too (CORS)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from localhub.routes.common import backend, body, flag, json_object, principal_of


def _names(request: Request) -> tuple[str, str]:
    return request.path_params["namespace"], request.path_params["name"]


def bucket(request: Request) -> Response:
    principal, buckets = principal_of(request), backend(request).buckets
    if request.method == "POST":
        return JSONResponse(buckets.create(principal, *_names(request), json_object(request)))
    if request.method == "DELETE":
        buckets.delete(principal, *_names(request))
        return JSONResponse({})
    return JSONResponse(buckets.info(principal, *_names(request)))


def listed(request: Request) -> Response:
    principal = principal_of(request)
    return JSONResponse(
        backend(request).buckets.listed(principal, request.path_params["namespace"])
    )


def settings(request: Request) -> Response:
    principal = principal_of(request)
    backend(request).buckets.update(principal, *_names(request), json_object(request))
    return JSONResponse({})


def tree(request: Request) -> Response:
    principal = principal_of(request)
    # The client puts the prefix in the path; trackio's static pages put it in the query.
    prefix = request.path_params.get("prefix") or request.query_params.get("prefix", "")
    entries = backend(request).buckets.tree(
        principal, *_names(request), prefix=prefix, recursive=flag(request, "recursive")
    )
    return JSONResponse(entries)


def paths_info(request: Request) -> Response:
    principal = principal_of(request)
    paths = json_object(request).get("paths")
    return JSONResponse(backend(request).buckets.paths_info(principal, *_names(request), paths))


def batch(request: Request) -> Response:
    principal = principal_of(request)
    status, answer = backend(request).buckets.batch(principal, *_names(request), body(request))
    return JSONResponse(answer, status)


def xet_token(request: Request) -> Response:
    principal = principal_of(request)
    write = request.path_params["access"] == "write"
    token = backend(request).buckets.xet_token(principal, *_names(request), write=write)
    return JSONResponse(token.json(), headers=token.headers())


def resolve(request: Request) -> Response:
    """The file's bytes, with what huggingface_hub reads to fetch it with Xet instead."""
    principal = principal_of(request)
    bucket, entry, file = backend(request).buckets.file(
        principal, *_names(request), request.path_params["path"]
    )
    refresh = f"{backend(request).buckets.endpoint}/api/buckets/{bucket.bucket_id}/xet-read-token"
    headers = {
        "X-Xet-Hash": entry.xet_hash,
        "X-Xet-Refresh-Route": refresh,
        "Link": f'<{refresh}>; rel="xet-auth"',
        "ETag": f'"{entry.xet_hash}"',
    }
    return FileResponse(file, headers=headers, media_type="application/octet-stream")


BUCKET = "/api/buckets/{namespace}/{name}"
ROUTES = [
    Route("/api/buckets/{namespace}", listed),
    Route(BUCKET, bucket, methods=["GET", "POST", "DELETE"]),
    Route(BUCKET + "/settings", settings, methods=["PUT"]),
    Route(BUCKET + "/tree", tree),
    Route(BUCKET + "/tree/{prefix:path}", tree),
    Route(BUCKET + "/paths-info", paths_info, methods=["POST"]),
    Route(BUCKET + "/batch", batch, methods=["POST"]),
    Route(BUCKET + "/xet-{access:str}-token", xet_token),
    Route("/buckets/{namespace}/{name}/resolve/{path:path}", resolve, methods=["GET", "HEAD"]),
]

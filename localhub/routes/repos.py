"""The Hub API for repos: create, delete, duplicate, list, info, tree, preupload, commit, file
downloads, auth checks and README validation."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localhub.repos import RepoRef
from localhub.routes.common import (
    REPO_KINDS,
    backend,
    body,
    flag,
    form,
    json_object,
    principal_of,
    repo_ref,
)


def create(request: Request) -> Response:
    principal = principal_of(request)
    return JSONResponse(backend(request).repos.create(principal, json_object(request)))


def delete(request: Request) -> Response:
    principal = principal_of(request)
    backend(request).repos.delete(principal, json_object(request))
    return JSONResponse({})


def duplicate(request: Request) -> Response:
    principal = principal_of(request)
    return JSONResponse(
        backend(request).repos.duplicate(principal, repo_ref(request), json_object(request))
    )


def listed(request: Request) -> Response:
    principal = principal_of(request)
    kind = REPO_KINDS.get(request.path_params["kind"])
    if kind is None:
        raise HTTPException(404)
    author = request.query_params.get("author")
    return JSONResponse(backend(request).repos.listed(principal, kind, author=author))


def info(request: Request) -> Response:
    principal = principal_of(request)
    revision = request.path_params.get("revision")
    expand = [
        field
        for value in request.query_params.getlist("expand")
        for field in value.split(",")
        if field
    ]
    return JSONResponse(
        backend(request).repos.info(
            principal,
            repo_ref(request),
            revision=revision,
            blobs=flag(request, "blobs"),
            expand=expand,
        )
    )


def tree(request: Request) -> Response:
    principal = principal_of(request)
    entries = backend(request).repos.tree(
        principal,
        repo_ref(request),
        revision=request.path_params["revision"],
        path=request.path_params.get("path", ""),
        recursive=flag(request, "recursive"),
    )
    return JSONResponse(entries)


def paths_info(request: Request) -> Response:
    principal = principal_of(request)
    paths = form(request).getlist("paths")
    return JSONResponse(
        backend(request).repos.paths_info(
            principal, repo_ref(request), revision=request.path_params["revision"], paths=paths
        )
    )


def validate_yaml(request: Request) -> Response:
    principal_of(request)
    return JSONResponse(backend(request).repos.validate_yaml(json_object(request)))


def preupload(request: Request) -> Response:
    principal = principal_of(request)
    revision = request.path_params["revision"]
    return JSONResponse(
        backend(request).repos.preupload(
            principal, repo_ref(request), revision, json_object(request)
        )
    )


def commit(request: Request) -> Response:
    principal = principal_of(request)
    revision = request.path_params["revision"]
    return JSONResponse(
        backend(request).repos.commit(principal, repo_ref(request), revision, body(request))
    )


def resolve(request: Request) -> Response:
    """`/{kind}/{namespace}/{name}/resolve/...`, and `/{namespace}/{name}/resolve/...` for models."""
    principal = principal_of(request)
    p = request.path_params
    kind = "model" if "kind" not in p else {"spaces": "space", "datasets": "dataset"}.get(p["kind"])
    if kind is None:
        raise HTTPException(404)
    answer = backend(request).repos.file(
        principal,
        RepoRef(kind, p["namespace"], p["name"]),
        revision=p["revision"],
        path=p["path"],
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


def auth_check(request: Request) -> Response:
    principal = principal_of(request)
    write = request.url.path.endswith("/write")
    backend(request).repos.auth_check(principal, repo_ref(request), write=write)
    return JSONResponse({"ok": True})


REPO = "/api/{kind}/{namespace}/{name}"
ROUTES = [
    Route("/api/repos/create", create, methods=["POST"]),
    Route("/api/repos/delete", delete, methods=["DELETE"]),
    Route("/api/validate-yaml", validate_yaml, methods=["POST"]),
    Route("/api/{kind}", listed),
    Route(REPO, info),
    Route(REPO + "/revision/{revision}", info),
    Route(REPO + "/duplicate", duplicate, methods=["POST"]),
    Route(REPO + "/tree/{revision}", tree),
    Route(REPO + "/tree/{revision}/{path:path}", tree),
    Route(REPO + "/paths-info/{revision}", paths_info, methods=["POST"]),
    Route(REPO + "/preupload/{revision}", preupload, methods=["POST"]),
    Route(REPO + "/commit/{revision}", commit, methods=["POST"]),
    Route(REPO + "/auth-check", auth_check),
    Route(REPO + "/auth-check/write", auth_check),
]
# Last: they would match any path with a `resolve` in it.
DOWNLOADS = [
    Route(
        "/{kind:str}/{namespace}/{name}/resolve/{revision}/{path:path}",
        resolve,
        methods=["GET", "HEAD"],
    ),
    Route("/{namespace}/{name}/resolve/{revision}/{path:path}", resolve, methods=["GET", "HEAD"]),
]

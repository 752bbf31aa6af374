"""Xet storage, mounted at `/cas`: where `xet-read-token` and `xet-write-token` send hf_xet
(`localhub.cas`). Routes a newer client tries first answer 404, and it falls back to these."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localhub import errors
from localhub.cas import Cas
from localhub.routes.common import backend, body

CAS_PREFIX = "/cas"


def _cas(request: Request, *, write: bool) -> Cas:
    cas = backend(request).cas
    request.state.user = cas.check(request.headers.get("authorization"), write=write)
    return cas


def xorb(request: Request) -> Response:
    """`POST` uploads a xorb; `HEAD` says whether it is stored."""
    cas, xorb_hash = _cas(request, write=True), request.path_params["hash"]
    if request.method == "HEAD":
        return Response(status_code=200 if cas.has_xorb(xorb_hash) else 404)
    return JSONResponse({"was_inserted": cas.put_xorb(xorb_hash, body(request))})


def shard(request: Request) -> Response:
    inserted = _cas(request, write=True).put_shard(body(request))
    return JSONResponse({"result": 1 if inserted else 0})  # SyncPerformed, or Exists


def reconstruction(request: Request) -> Response:
    cas = _cas(request, write=False)
    byte_range = _range(request.headers.get("range"))
    return JSONResponse(cas.reconstruction(request.path_params["file"], byte_range))


def file_size(request: Request) -> Response:
    size = _cas(request, write=False).file_size(request.path_params["file"])
    if size is None:
        return Response(status_code=404)
    return Response(status_code=200, headers={"Content-Length": str(size)})


def dedup(request: Request) -> Response:
    found = _cas(request, write=False).dedup_shard(request.path_params["hash"])
    if found is None:
        return Response(status_code=404)
    return Response(found, media_type="application/octet-stream")


def xorb_data(request: Request) -> Response:
    """A byte range of a stored xorb, at the signed URL a reconstruction names."""
    cas, xorb_hash = backend(request).cas, request.path_params["hash"]
    query = request.query_params
    cas.check_signed(xorb_hash, query.get("exp", ""), query.get("sig", ""))
    byte_range = _range(request.headers.get("range"))
    data = cas.xorb_bytes(xorb_hash, byte_range)
    if byte_range is None:
        return Response(data, media_type="application/octet-stream")
    first, last = byte_range[0], byte_range[0] + len(data) - 1
    return Response(
        data,
        206,
        headers={"Content-Range": f"bytes {first}-{last}/*"},
        media_type="application/octet-stream",
    )


def telemetry(_: Request) -> Response:
    return JSONResponse({})


def not_offered(_: Request) -> Response:
    """Upload grants and the V2 routes: the client falls back to the V1 routes on a 404."""
    return Response(status_code=404)


def _range(header: str | None) -> tuple[int, int] | None:
    """`bytes=first-last` (inclusive), the only form hf_xet sends."""
    if not header:
        return None
    unit, _, spec = header.partition("=")
    first, _, last = spec.partition("-")
    if unit.strip() != "bytes" or not first.isdigit() or not last.isdigit():
        raise errors.HubError(416, f"Unsupported range {header[:80]!r}: use bytes=first-last")
    return int(first), int(last)


ROUTES = [
    Route("/v1/xorbs/default/{hash}", xorb, methods=["POST", "HEAD"]),
    Route("/v1/shards", shard, methods=["POST"]),
    Route("/v1/reconstructions/{file}", reconstruction),
    Route("/v1/files/{file}", file_size, methods=["HEAD"]),
    Route("/v1/chunks/{prefix}/{hash}", dedup),
    Route("/xorbs/default/{hash}", xorb_data, methods=["GET"]),
    Route("/v1/telemetry", telemetry, methods=["POST"]),
    Route("/v1/xorb-grants/{prefix}/{hash}", not_offered, methods=["POST"]),
    Route("/v2/shards", not_offered, methods=["POST"]),
    Route("/v2/reconstructions/{file}", not_offered),
]

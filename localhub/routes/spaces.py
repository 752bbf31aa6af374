"""The Hub API for a Space's settings and life: variables, secrets, hardware, sleep time, volumes,
restart, pause, runtime, logs (server-sent events) and Space tokens (`jwt`); and the catalogues
(hardware, templates)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from localhub import errors
from localhub.routes.common import backend, json_object, principal_of, repo_ref
from localhub.runtime import LogBuffer
from localhub.space_settings import HARDWARE

TEMPLATES = [
    {
        "name": "Gradio",
        "repoId": "gradio-templates/chatbot",
        "sdk": "gradio",
        "preferredPrivate": False,
    }
]


def values_route(kind: str) -> Callable[[Request], Response]:
    def handler(request: Request) -> Response:
        principal = principal_of(request)
        spaces, ref = backend(request).spaces, repo_ref(request, "space")
        if request.method == "GET":
            return JSONResponse(spaces.values(principal, ref, kind))
        if request.method == "POST":
            return JSONResponse(spaces.set_value(principal, ref, kind, json_object(request)))
        return JSONResponse(spaces.delete_value(principal, ref, kind, json_object(request)))

    return handler


def runtime(request: Request) -> Response:
    principal = principal_of(request)
    return JSONResponse(backend(request).spaces.runtime_of(principal, repo_ref(request, "space")))


def hardware(request: Request) -> Response:
    principal = principal_of(request)
    changes = json_object(request)
    return JSONResponse(
        backend(request).spaces.change(principal, repo_ref(request, "space"), changes)
    )


def sleeptime(request: Request) -> Response:
    principal = principal_of(request)
    changes = {"seconds": json_object(request).get("seconds")}
    return JSONResponse(
        backend(request).spaces.change(principal, repo_ref(request, "space"), changes)
    )


def volumes(request: Request) -> Response:
    principal = principal_of(request)
    mounted = None if request.method == "DELETE" else json_object(request).get("volumes")
    return JSONResponse(
        backend(request).spaces.change(principal, repo_ref(request, "space"), {"volumes": mounted})
    )


def restart(request: Request) -> Response:
    principal = principal_of(request)
    return JSONResponse(backend(request).spaces.restart(principal, repo_ref(request, "space")))


def pause(request: Request) -> Response:
    principal = principal_of(request)
    return JSONResponse(backend(request).spaces.pause(principal, repo_ref(request, "space")))


def space_token(request: Request) -> Response:
    """`{"token": ...}`: opens this Space's host for a while, for a caller who may read it."""
    principal = principal_of(request)
    if principal is None:
        raise errors.unauthorized("You must be authenticated to get a token for a Space")
    repo = backend(request).repos.find(principal, repo_ref(request, "space"))
    return JSONResponse(
        {"token": backend(request).provider.space_token(repo.repo_id, principal.user)}
    )


def logs(request: Request) -> Response:
    principal = principal_of(request)
    kind = request.path_params["log"]
    if kind not in ("build", "run"):
        raise HTTPException(404)
    buffer = backend(request).spaces.log(
        principal, repo_ref(request, "space"), build=kind == "build"
    )
    return StreamingResponse(
        _sse(buffer), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )


async def _sse(buffer: LogBuffer) -> AsyncIterator[str]:
    """Every line so far, then new ones until the log ends, as the Hub streams them: a client
    that does not follow stops reading by itself (huggingface_hub uses a short read timeout)."""
    async for line in buffer.follow():
        yield "data: \n\n" if line is None else f"data: {json.dumps(line)}\n\n"


def hardware_list(request: Request) -> Response:
    principal_of(request)
    return JSONResponse([_hardware_json(*item) for item in HARDWARE])


def templates(request: Request) -> Response:
    principal_of(request)
    return JSONResponse({"templates": TEMPLATES})


def _hardware_json(
    name: str, pretty: str, cpu: str, ram: str, accelerator: tuple | None, micro_usd: int
) -> dict[str, Any]:
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


SPACE = "/api/spaces/{namespace}/{name}"
ROUTES = [
    Route("/api/spaces/hardware", hardware_list),
    Route("/api/spaces/templates", templates),
    Route(SPACE + "/secrets", values_route("secret"), methods=["GET", "POST", "DELETE"]),
    Route(SPACE + "/variables", values_route("variable"), methods=["GET", "POST", "DELETE"]),
    Route(SPACE + "/runtime", runtime),
    Route(SPACE + "/hardware", hardware, methods=["POST"]),
    Route(SPACE + "/sleeptime", sleeptime, methods=["POST"]),
    Route(SPACE + "/volumes", volumes, methods=["PUT", "DELETE"]),
    Route(SPACE + "/restart", restart, methods=["POST"]),
    Route(SPACE + "/pause", pause, methods=["POST"]),
    Route(SPACE + "/logs/{log}", logs),
    Route(SPACE + "/jwt", space_token),
]

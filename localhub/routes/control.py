"""The control API, mounted at `/_localhub`: faults, deviations, the request log, counters, OAuth
apps and tokens, for tests, benchmarks and sandboxes (`localhub.control.Control` is its client). Not the
Hub's surface: it is neither faulted nor logged."""

from __future__ import annotations

from dataclasses import asdict

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from localhub import errors
from localhub.control import Deviation, Fault
from localhub.routes.common import backend, json_body, json_object, repo_ref


def faults(request: Request) -> Response:
    traffic = backend(request).traffic
    if request.method == "DELETE":
        traffic.clear_faults()
    elif request.method == "POST":
        data = json_body(request)
        items = data if isinstance(data, list) else [data]
        try:
            traffic.add_faults([Fault(**item) for item in items])
        except TypeError as error:
            raise errors.bad_request(f"Invalid fault: {error}") from None
    return JSONResponse({"faults": [asdict(f) for f in traffic.faults()]})


def deviations(request: Request) -> Response:
    on = backend(request).deviations
    if request.method == "PUT":
        data = json_body(request)
        try:
            on.set(frozenset(Deviation(d) for d in data))
        except (TypeError, ValueError) as error:
            known = ", ".join(d.value for d in Deviation)
            raise errors.bad_request(f"Invalid deviation ({error}); known: {known}") from None
    return JSONResponse(sorted(d.value for d in on.on()))


def requests_log(request: Request) -> Response:
    traffic = backend(request).traffic
    if request.method == "DELETE":
        traffic.clear_requests()
    return JSONResponse([asdict(r) for r in traffic.requests()])


def stats(request: Request) -> Response:
    ref = repo_ref(request)
    return JSONResponse(backend(request).store.stats(f"{ref.type}s/{ref.repo_id}"))


def oauth_apps(request: Request) -> Response:
    data = json_object(request)
    try:
        app = backend(request).store.put_oauth_app(
            client_id=data["client_id"],
            client_secret=data["client_secret"],
            name=data.get("name", data["client_id"]),
            redirect_uris=tuple(data["redirect_uris"]),
            scopes=tuple(dict.fromkeys(["openid", "profile", *data.get("scopes", [])])),
            token_minutes=int(data.get("token_minutes", 480)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise errors.bad_request(f"Invalid OAuth app: {error}") from None
    return JSONResponse({"client_id": app.client_id, "name": app.name})


def tokens(request: Request) -> Response:
    """A token of a user without a browser: an OAuth access token (scopes, orgs, lifetime), or
    with `role` (`read` or `write`) a personal access token."""
    data = json_object(request)
    store = backend(request).store
    account = store.account(data.get("user", ""))
    if account is None or account.type != "user":
        raise errors.bad_request("Unknown user")
    if "role" in data:
        if data["role"] not in ("read", "write"):
            raise errors.bad_request("role must be read or write")
        return JSONResponse({"token": store.issue_token(user=account.name, role=data["role"])})
    value, expires_at = store.issue_oauth_token(
        user=data["user"],
        app=data.get("client_id", "localhub-tests"),
        scopes=tuple(data.get("scopes", ["openid", "profile"])),
        orgs=tuple(data.get("orgs", [])),
        lifetime=float(data.get("lifetime", 3600)),
    )
    return JSONResponse({"token": value, "expires_at": expires_at})


def health(_: Request) -> Response:
    return JSONResponse({"ok": True})


ROUTES = [
    Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
    Route("/deviations", deviations, methods=["GET", "PUT"]),
    Route("/requests", requests_log, methods=["GET", "DELETE"]),
    Route("/stats/{kind}/{namespace}/{name}", stats),
    Route("/oauth-apps", oauth_apps, methods=["POST"]),
    Route("/tokens", tokens, methods=["POST"]),
    Route("/health", health),
]

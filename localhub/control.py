"""A typed client for localhub's control API: what tests, benchmarks and sandboxes steer and read.

Not the Hub's surface: faults to inject, the request log, commit and build counters, OAuth apps
and tokens minted without a browser. Plain HTTP, so it works wherever localhub is reachable and
imports nothing that needs Linux.

Example:
    >>> control = Control("http://127.0.0.1:8000")
    >>> control.add_fault(Fault(method="POST", path="/api/repos/create", status=503))
    >>> [r.path for r in control.requests() if r.write]
    []
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any

import httpx

PREFIX = "/_localhub"
# Hub API requests that send a body but change nothing the Hub keeps: checks and questions.
READ_ONLY_POSTS = ("/api/validate-yaml", "/preupload/", "/paths-info")


def is_write(method: str, path: str) -> bool:
    """Whether a Hub API request may change what the Hub keeps (repos, buckets, Spaces, their
    settings). Sign-in and the Xet storage never do; the server marks their requests so."""
    return method.upper() in ("POST", "PUT", "PATCH", "DELETE") and not any(
        part in path for part in READ_ONLY_POSTS
    )


@dataclass(frozen=True)
class Fault:
    """Matching requests fail: with an HTTP status, after a delay, or by a dropped connection; or
    they get `json` (with `status`, 200 by default) instead of being carried out.

    `path` is a glob over the request path (`/api/spaces/*/duplicate`); `times=None` keeps the
    fault until it is cleared."""

    method: str = "*"
    path: str = "*"
    status: int | None = None
    times: int | None = 1
    retry_after: float | None = None
    delay_ms: int = 0
    drop: bool = False
    json: Any = None


class Deviation(StrEnum):
    """A way localhub can be told to behave otherwise than the Hub (`Control.set_deviations`)."""

    DUPLICATE_IGNORES_VOLUMES = "duplicate-ignores-volumes"  # a duplicate mounts no volume
    # a duplicate's own variables lose to the ones copied from the source Space
    DUPLICATE_KEEPS_SOURCE_VARIABLES = "duplicate-keeps-source-variables"
    RUNTIME_WITHOUT_SHA = "runtime-without-sha"  # a Space's runtime does not name its commit
    PARENT_COMMIT_IGNORED = "parent-commit-ignored"  # a stale `parentCommit` is not refused


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the log keeps it: never a token or a body."""

    method: str
    path: str
    status: int | None
    user: str | None
    ms: float
    write: bool


@dataclass(frozen=True)
class RepoStats:
    commits: int
    builds: int  # every event that restarts a Space on the Hub counts as a build


class Control:
    """localhub's control API at `url` (the Hub's own address; the API lives under `/_localhub`)."""

    def __init__(self, url: str, *, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = httpx.request(
            method, f"{self.url}{PREFIX}/{path}", timeout=self.timeout, **kwargs
        )
        response.raise_for_status()
        return response.json()

    # -- faults -----------------------------------------------------------------------------------

    def add_fault(self, fault: Fault) -> None:
        self._call("POST", "faults", json=asdict(fault))

    def faults(self) -> list[Fault]:
        names = {f.name for f in fields(Fault)}
        return [
            Fault(**{k: v for k, v in item.items() if k in names})
            for item in self._call("GET", "faults")["faults"]
        ]

    def clear_faults(self) -> None:
        self._call("DELETE", "faults")

    # -- deviations from the Hub's behaviour --------------------------------------------------------

    def set_deviations(self, *deviations: Deviation) -> None:
        """Behave otherwise than the Hub in these ways (none: as the Hub does)."""
        self._call("PUT", "deviations", json=[Deviation(d).value for d in deviations])

    def deviations(self) -> frozenset[Deviation]:
        return frozenset(Deviation(d) for d in self._call("GET", "deviations"))

    # -- the request log --------------------------------------------------------------------------

    def requests(self) -> list[LoggedRequest]:
        return [LoggedRequest(**item) for item in self._call("GET", "requests")]

    def clear_requests(self) -> None:
        self._call("DELETE", "requests")

    # -- counters ---------------------------------------------------------------------------------

    def stats(self, repo_id: str, *, repo_type: str = "space") -> RepoStats:
        return RepoStats(**self._call("GET", f"stats/{repo_type}s/{repo_id}"))

    # -- sign-in ----------------------------------------------------------------------------------

    def add_oauth_app(
        self,
        *,
        client_id: str,
        client_secret: str,
        redirect_uris: list[str] | tuple[str, ...],
        scopes: list[str] | tuple[str, ...] = (),
        name: str | None = None,
        token_minutes: int = 480,
    ) -> None:
        """Register (or replace) an OAuth app; `openid profile` are always among its scopes."""
        self._call(
            "POST",
            "oauth-apps",
            json={
                "client_id": client_id,
                "client_secret": client_secret,
                "name": name or client_id,
                "redirect_uris": list(redirect_uris),
                "scopes": list(scopes),
                "token_minutes": token_minutes,
            },
        )

    def user_token(self, user: str, *, role: str = "write") -> str:
        """A personal access token of `user` (`read` or `write`), as one made in their settings."""
        return self._call("POST", "tokens", json={"user": user, "role": role})["token"]

    def mint_token(
        self,
        user: str,
        *,
        scopes: list[str] | tuple[str, ...] = ("openid", "profile"),
        orgs: list[str] | tuple[str, ...] = (),
        lifetime: float = 3600.0,
        client_id: str | None = None,
    ) -> str:
        """An OAuth access token of `user`, as a sign-in with these scopes and organizations
        would give, without the browser."""
        grant: dict[str, Any] = {
            "user": user,
            "scopes": list(scopes),
            "orgs": list(orgs),
            "lifetime": lifetime,
        }
        if client_id is not None:
            grant["client_id"] = client_id
        return self._call("POST", "tokens", json=grant)["token"]

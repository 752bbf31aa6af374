"""Hub-shaped errors: a status, the `X-Error-Code` / `X-Error-Message` headers and a JSON body."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse


class HubError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.extra = extra or {}
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        headers = {"X-Error-Message": _header_safe(self.message), **self.headers}
        if self.code:
            headers["X-Error-Code"] = self.code
        return JSONResponse({"error": self.message, **self.extra}, self.status, headers=headers)


def _header_safe(text: str) -> str:
    return text.encode("ascii", "replace").decode().replace("\r", " ").replace("\n", " ")


def repo_not_found() -> HubError:
    # Someone else's private repo answers exactly like a missing one.
    return HubError(404, "Repository not found", code="RepoNotFound")


def bucket_not_found() -> HubError:
    return HubError(404, "Bucket not found", code="RepoNotFound")


def not_found(kind: str) -> HubError:
    """A missing repo or bucket, or one the caller may not see: the two answer alike."""
    return bucket_not_found() if kind == "bucket" else repo_not_found()


def entry_not_found(path: str) -> HubError:
    return HubError(404, f"Entry not found: {path}", code="EntryNotFound")


def revision_not_found(revision: str) -> HubError:
    return HubError(404, f"Invalid rev id: {revision}", code="RevisionNotFound")


def unauthorized(message: str = "Invalid credentials in Authorization header") -> HubError:
    return HubError(401, message)


def forbidden(message: str) -> HubError:
    return HubError(403, message)


def bad_request(message: str) -> HubError:
    return HubError(400, message)


def conflict(message: str, url: str) -> HubError:
    return HubError(409, message, extra={"url": url})


def payment_required() -> HubError:
    return HubError(
        402,
        "Static Spaces are free for everyone, but hosting Gradio and Docker Spaces on free cpu-basic"
        " requires a PRO subscription",
    )

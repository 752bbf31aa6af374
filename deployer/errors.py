"""Errors a person can act on: what went wrong, what to do next, and the Hub's request id.

One family: every error the deployer raises is a `DeployError`, and its `problem` says which."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from huggingface_hub.errors import HfHubHTTPError


class Problem(StrEnum):
    INVALID_REQUEST = "invalid_request"
    SIGN_IN_AGAIN = "sign_in_again"
    READ_ONLY_TOKEN = "read_only_token"
    MISSING_SCOPE = "missing_scope"
    ORG_NOT_GRANTED = "org_not_granted"
    NOT_A_MEMBER = "not_a_member"
    ROLE_CANNOT_CREATE = "role_cannot_create"
    FORBIDDEN = "forbidden"
    PLAN_REQUIRED = "plan_required"
    SPACE_EXISTS = "space_exists"
    NOT_TRACKIO = "not_trackio"
    OTHER_KIND = "other_kind"  # a Trackio dashboard of the other kind (live or static)
    NEWER_TRACKIO = "newer_trackio"  # the dashboard runs a newer trackio than this app deploys
    NOT_CREATED_HERE = "not_created_here"
    RATE_LIMITED = "rate_limited"
    HUB_UNAVAILABLE = "hub_unavailable"
    HUB_UNREACHABLE = "hub_unreachable"
    BUILD_FAILED = "build_failed"
    NOT_ANSWERING = "not_answering"
    VISIBILITY_MISMATCH = "visibility_mismatch"  # the bucket is public and the Space private, or so
    SPACE_CHANGED = "space_changed"  # someone committed to the Space while it built
    SPACE_DELETED = "space_deleted"  # the Space was deleted while it was being deployed
    REFUSED = "refused"
    DEPLOY_RUNNING = "deploy_running"  # this person, or this Space, has a deploy running already
    CANNOT_UPGRADE = "cannot_upgrade"  # refused before any change: say what to do instead
    ROLLED_BACK = "rolled_back"  # an upgrade failed after the pause and was undone
    UPGRADE_INTERRUPTED = "upgrade_interrupted"  # it failed and could not be undone: run it again
    CANCELLED = "cancelled"  # the person stopped the deploy
    UNEXPECTED = "unexpected"  # a bug: the message says to report it


class DeployError(Exception):
    """A deploy that stopped. `message` says what happened and what to do; never a traceback."""

    def __init__(
        self,
        problem: Problem,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.problem = problem
        self.message = message
        self.status = status
        self.request_id = request_id
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """Whether running the same deploy again may succeed without changing anything."""
        return self.problem in (
            Problem.RATE_LIMITED,
            Problem.HUB_UNAVAILABLE,
            Problem.HUB_UNREACHABLE,
            Problem.SPACE_DELETED,
        )


# The Hub said no to one call (not "later", "sign in again" or "pay"): where the platform's rules
# are uncertain (may this sign-in create a bucket, set a volume?), a deploy does without what was
# refused, or asks the second way the Hub offers, instead of failing.
REFUSALS = frozenset(
    {Problem.FORBIDDEN, Problem.REFUSED, Problem.MISSING_SCOPE, Problem.NOT_CREATED_HERE}
)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class InvalidRequest(DeployError):
    """The request breaks a rule; nothing was sent to the Hub."""

    def __init__(self, problems: list[FieldError]) -> None:
        super().__init__(Problem.INVALID_REQUEST, "; ".join(str(p) for p in problems))
        self.problems = problems


def from_hub_error(error: HfHubHTTPError, *, action: str, owner: str) -> DeployError:
    """Turn the Hub's answer into a message that says what to do next. `owner` is the namespace
    the refused call was for (the Space's, the bucket's or the template's), which it names."""
    status = error.response.status_code if error.response is not None else None
    server = (error.server_message or "").strip()
    request_id = error.request_id

    def fail(problem: Problem, message: str, **extra: float | None) -> DeployError:
        return DeployError(problem, message, status=status, request_id=request_id, **extra)

    if status == 401:
        return fail(
            Problem.SIGN_IN_AGAIN,
            "Your Hugging Face sign-in has expired or is not valid. Sign in again.",
        )
    if status == 402:
        return fail(Problem.PLAN_REQUIRED, plan_message(owner, is_org=None))
    if status == 403:
        lowered = server.lower()
        if "not granted access to the organization" in lowered:
            return fail(Problem.ORG_NOT_GRANTED, org_not_granted_message(owner))
        if "read token" in lowered:
            return fail(Problem.READ_ONLY_TOKEN, READ_ONLY_MESSAGE)
        if "scopes" in lowered:
            return fail(Problem.MISSING_SCOPE, MISSING_SCOPE_MESSAGE)
        if "only" in lowered and "repos it created" in lowered:
            return fail(
                Problem.NOT_CREATED_HERE,
                f"This app may only change Spaces it created, and {owner}'s Space was made elsewhere."
                " Update it with `trackio` itself, or deploy under a new name.",
            )
        return fail(
            Problem.FORBIDDEN,
            f"The Hub does not let you {action} in {owner} ({server or 'HTTP 403'}). Check your"
            f" role in {owner} and what your sign-in allows, then deploy again.",
        )
    if status == 409:
        return fail(
            Problem.SPACE_EXISTS,
            f"Something named like this already exists in {owner} (it may be private). Choose another name.",
        )
    if status == 429:
        wait = _retry_after(error)
        return fail(
            Problem.RATE_LIMITED,
            f"The Hub asks to slow down. Wait {wait:.0f} second{'' if round(wait) == 1 else 's'}, then deploy again."
            if wait
            else "The Hub asks to slow down. Wait a minute, then deploy again.",
            retry_after=wait,
        )
    if status is not None and status >= 500:
        return fail(
            Problem.HUB_UNAVAILABLE,
            f"The Hub is having trouble (HTTP {status}) while trying to {action}. Nothing is lost:"
            " deploy again in a minute and it will pick up where it stopped.",
        )
    return fail(
        Problem.REFUSED,
        f"The Hub refused to {action} in {owner}: {server or error}. Deploy again once that is"
        " fixed.",
    )


def unreachable(action: str) -> DeployError:
    return DeployError(
        Problem.HUB_UNREACHABLE,
        f"The Hub did not answer while trying to {action}. Check your connection, then deploy again:"
        " it picks up where it stopped.",
    )


READ_ONLY_MESSAGE = (
    "This token can only read. Deploying creates a Space: use a token with write access"
    " (https://huggingface.co/settings/tokens)."
)
MISSING_SCOPE_MESSAGE = (
    "Your sign-in does not allow creating repositories. Sign out, sign in again and accept every"
    " permission the page asks for."
)


def org_not_granted_message(org: str) -> str:
    return (
        f"You did not grant this app access to the organization {org}. Sign out, sign in again and tick"
        f" {org} on the Hugging Face consent page."
    )


STATIC_INSTEAD = (
    "deploy a static dashboard instead: free on every plan, public, showing one project that you"
    ' update with trackio.sync(..., sdk="static")'
)


def plan_message(owner: str, *, is_org: bool | None) -> str:
    """Why `owner` cannot host a live dashboard, and the ways on: upgrading, or a static one."""
    if is_org:
        return (
            f"The organization {owner} is on the free plan, which cannot host a Gradio Space."
            f" Upgrade {owner} to a Team or Enterprise plan, deploy to your own account, or"
            f" {STATIC_INSTEAD}."
        )
    if is_org is False:
        return (
            f"Hosting a Gradio Space needs a PRO subscription, and {owner} is on the free plan."
            " Subscribe to PRO (https://huggingface.co/pro) for a live dashboard, deploy to an"
            f" organization with a paid plan, or {STATIC_INSTEAD}."
        )
    return (
        f"{owner} needs a paid plan to host a Gradio Space: PRO for a personal account, Team or"
        f" Enterprise for an organization. Or {STATIC_INSTEAD}."
    )


def _retry_after(error: HfHubHTTPError) -> float | None:
    return retry_after_seconds(
        error.response.headers.get("retry-after") if error.response is not None else None
    )


def retry_after_seconds(value: str | None) -> float | None:
    """A `Retry-After` header in seconds (the Hub sends seconds, never a date)."""
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None

"""Which path a deploy takes (duplicate, upload or update), and why, from what its checks found.

`choose_path` is a pure function of those findings: it makes no Hub call, so every case is tested
without a hub (`tests/test_deploy_paths.py`). A deploy asks it once after its read-only checks, and
once more if duplicating the template fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from deployer.errors import DeployError, Problem
from deployer.events import DeployPath
from deployer.request import Kind
from deployer.template import summary

# Failures after which creating the Space from this app's files may still work (the Hub may refuse
# this sign-in a duplicate, or the template, and not a create); others would fail the same way.
UPLOAD_MAY_WORK = frozenset(
    {Problem.HUB_UNAVAILABLE, Problem.HUB_UNREACHABLE, Problem.REFUSED, Problem.FORBIDDEN}
)


class SpaceFound(StrEnum):
    """What the Space id already names on the Hub."""

    NONE = "none"
    TRACKIO = "trackio"  # a live Trackio dashboard
    TRACKIO_STATIC = "trackio_static"  # a static Trackio dashboard
    # What an interrupted upload leaves: only the files the Hub writes into a new Space and the
    # variables this app sets at creation. Nothing of the user's: finishing it damages nothing.
    UNFINISHED = "unfinished"
    OTHER = "other"  # anything else: never touched


@dataclass(frozen=True)
class TemplateFound:
    """How the template Space compares to this app's template (`templates/trackio`)."""

    exists: bool = True
    error: DeployError | None = None  # it could not be read
    drift: tuple[str, ...] = ()  # how its files differ, e.g. "app.py differs"


@dataclass(frozen=True)
class DuplicateFailed:
    """Duplicating the template did not answer with a Space."""

    error: DeployError | None  # None: the template Space was gone by then
    space_made: bool = False  # the Space exists anyway: only the answer was lost


@dataclass(frozen=True)
class Findings:
    space_id: str
    template: str
    allow_update: bool
    kind: Kind = Kind.LIVE
    space: SpaceFound = SpaceFound.NONE
    template_found: TemplateFound = TemplateFound()
    duplicate_failed: DuplicateFailed | None = None


@dataclass(frozen=True)
class PathChoice:
    path: DeployPath
    reason: str  # shown with the result: "Deployed by upload: <reason>."
    warning: str | None = None  # something the person should act on, e.g. republish the template


def choose_path(found: Findings) -> PathChoice:
    """The path for these findings; `DeployError` when the deploy must not go on.

    Example:
        >>> choose_path(Findings("alice/trackio", "org/template", allow_update=False)).path
        <DeployPath.DUPLICATE: 'duplicate'>
    """
    space, template = found.space_id, found.template
    if found.space is SpaceFound.OTHER:
        raise DeployError(
            Problem.NOT_TRACKIO,
            f"{space} already exists and is not a Trackio Space, so it will not be touched."
            " Choose another name.",
        )
    other_kind = {Kind.LIVE: SpaceFound.TRACKIO_STATIC, Kind.STATIC: SpaceFound.TRACKIO}
    if found.space is other_kind.get(found.kind):
        raise DeployError(Problem.OTHER_KIND, _other_kind_message(space, found.kind))
    unfinished = found.space is SpaceFound.UNFINISHED
    if found.space is not SpaceFound.NONE:
        if not found.allow_update:
            raise DeployError(
                Problem.SPACE_EXISTS,
                f"{space} was created by a deploy that did not finish. Deploy again with updating"
                " allowed to finish it, or choose another name."
                if unfinished
                else f"{space} is already a Trackio dashboard. Open it, choose another name, or allow"
                " updating it (its data is kept).",
            )
        return PathChoice(
            DeployPath.UPDATE,
            f"{space} was created by a deploy that did not finish, and updating it was allowed"
            if unfinished
            else f"{space} was already a Trackio Space and updating it was allowed",
        )
    checked = found.template_found
    if not checked.exists:
        return PathChoice(DeployPath.UPLOAD, f"the template Space {template} was not found")
    if checked.error is not None:
        if checked.error.problem not in UPLOAD_MAY_WORK:
            raise checked.error
        return PathChoice(
            DeployPath.UPLOAD,
            f"the template Space {template} could not be read ({checked.error.message})",
        )
    if checked.drift:
        differences = summary(checked.drift)
        return PathChoice(
            DeployPath.UPLOAD,
            f"the template Space {template} is stale ({differences})",
            warning=f"The template Space {template} differs from this app's template ({differences});"
            f" deployed from this app's files instead. Republish it: python -m deployer publish-template"
            f"{' --kind static' if found.kind is Kind.STATIC else ''} --to {template}",
        )
    matches = PathChoice(DeployPath.DUPLICATE, "the template Space matches this app's template")
    failed = found.duplicate_failed
    if failed is None:
        return matches
    if failed.error is None:
        return PathChoice(
            DeployPath.UPLOAD,
            f"the template Space {template} disappeared before it was duplicated",
        )
    if failed.error.problem is Problem.SPACE_EXISTS:
        raise failed.error
    if failed.space_made:
        return matches
    if failed.error.problem not in UPLOAD_MAY_WORK:
        raise failed.error
    message = failed.error.message
    return PathChoice(
        DeployPath.UPLOAD,
        f"duplicating the template failed: {message}",
        warning="Duplicating the template failed, so the Space is created from this app's files"
        f" instead ({message})",
    )


def _other_kind_message(space: str, kind: Kind) -> str:
    if kind is Kind.STATIC:
        return (
            f"{space} is a live Trackio dashboard, and a deploy never turns it static. Choose another"
            f" name for the static dashboard (a static copy of one of its projects:"
            f" `trackio freeze --space-id {space} --project P`), or deploy it as live."
        )
    return (
        f"{space} is a static Trackio dashboard, and a deploy never turns it live. Choose another"
        " name for the live dashboard, or deploy it as static to update it."
    )

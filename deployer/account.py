"""Who is deploying and where they may: the owners on offer, and whether a Space name is free."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from huggingface_hub.errors import RepositoryNotFoundError

from deployer.errors import DeployError, Problem, org_not_granted_message, plan_message
from deployer.hub import HubSession
from deployer.request import NAME_RULE


@dataclass(frozen=True)
class SignIn:
    """What the page knows of an OAuth sign-in: the token's scopes and the organizations granted.

    `None` means unknown (a personal access token from the CLI): the Hub then has the last word."""

    scopes: tuple[str, ...] | None = None
    granted_orgs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Owner:
    name: str
    is_org: bool
    can_host: bool  # the plan allows a Gradio Space
    note: str = ""  # what to do when it cannot

    @property
    def label(self) -> str:
        kind = "organization" if self.is_org else "you"
        return (
            f"{self.name} ({kind})" if self.can_host else f"{self.name} ({kind}; needs a paid plan)"
        )


class NameState(StrEnum):
    FREE = "free"
    TRACKIO = "trackio"  # a Trackio Space that may be updated
    TAKEN = "taken"  # something else: never touched
    INVALID = "invalid"


def owners(me: dict[str, Any], sign_in: SignIn) -> list[Owner]:
    """The signed-in user, then each organization they granted where they may create repos."""
    found = [_owner(str(me.get("name", "")), is_org=False, can_host=bool(me.get("isPro")))]
    granted = None if sign_in.granted_orgs is None else {g.lower() for g in sign_in.granted_orgs}
    for org in me.get("orgs", []):
        name = str(org.get("name", ""))
        if org.get("roleInOrg") == "read" or (granted is not None and name.lower() not in granted):
            continue
        found.append(_owner(name, is_org=True, can_host=org.get("plan") != "free"))
    return found


def _owner(name: str, *, is_org: bool, can_host: bool) -> Owner:
    return Owner(
        name,
        is_org=is_org,
        can_host=can_host,
        note="" if can_host else plan_message(name, is_org=is_org),
    )


def check_owner(me: dict[str, Any], owner: str, sign_in: SignIn) -> None:
    """Raise the `DeployError` that says why `owner` cannot take a Gradio Space from this user."""
    if owner.lower() == str(me.get("name", "")).lower():
        if not me.get("isPro"):
            raise DeployError(Problem.PLAN_REQUIRED, plan_message(owner, is_org=False))
        return
    org = next(
        (o for o in me.get("orgs", []) if str(o.get("name", "")).lower() == owner.lower()), None
    )
    if org is None:
        raise DeployError(
            Problem.NOT_A_MEMBER,
            f"You are not a member of {owner} (or it does not exist). Deploy to your own account or to an"
            " organization you belong to.",
        )
    granted = sign_in.granted_orgs
    if granted is not None and owner.lower() not in {g.lower() for g in granted}:
        raise DeployError(Problem.ORG_NOT_GRANTED, org_not_granted_message(owner))
    if org.get("roleInOrg") == "read":
        raise DeployError(
            Problem.ROLE_CANNOT_CREATE,
            f"Your role in {owner} is read-only, so you cannot create Spaces there. Ask an admin of {owner}"
            " for the contributor or write role, or deploy to your own account.",
        )
    if org.get("plan") == "free":
        raise DeployError(Problem.PLAN_REQUIRED, plan_message(owner, is_org=True))


class Account:
    """Read-only questions the page asks while a person fills in the form."""

    def __init__(self, token: str, *, endpoint: str | None = None, timeout: float = 15.0) -> None:
        self.session = HubSession(token, endpoint=endpoint, timeout=timeout, retry_budget=5.0)

    def me(self) -> dict[str, Any]:
        return self.session.call("check your sign-in", "your account", self.session.api.whoami)

    def name_state(self, owner: str, name: str) -> tuple[NameState, str]:
        if not (NAME_RULE.fullmatch(owner or "") and NAME_RULE.fullmatch(name or "")):
            return (
                NameState.INVALID,
                "Use letters, digits, '-', '_' and '.' (up to 96), not starting or ending with '-' or '.'",
            )
        space_id = f"{owner}/{name}"
        try:
            info = self.session.call(
                "look up the Space", owner, lambda: self.session.space_info(space_id)
            )
        except RepositoryNotFoundError:
            return NameState.FREE, f"{space_id} is free."
        if "trackio" in (info.tags or []):
            return (
                NameState.TRACKIO,
                f"{space_id} is already a Trackio dashboard: tick “Update it” to bring it up to date (its data is kept).",
            )
        return (
            NameState.TAKEN,
            f"{space_id} is taken by a Space that is not Trackio; it will not be touched. Choose another name.",
        )

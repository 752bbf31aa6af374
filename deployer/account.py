"""Who is deploying and where they may: the account `whoami` describes, the owners on offer, and
whether a Space name is free."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from huggingface_hub.errors import RepositoryNotFoundError

from deployer.client import HubClient
from deployer.errors import DeployError, Problem, org_not_granted_message, plan_message
from deployer.request import NAME_RULE, Kind


@dataclass(frozen=True)
class SignIn:
    """What the page knows of an OAuth sign-in: the token's scopes and the organizations granted.

    `None` means unknown (a personal access token from the CLI): the Hub then has the last word."""

    scopes: tuple[str, ...] | None = None
    granted_orgs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Membership:
    """An organization the account belongs to, with its role there and the organization's plan."""

    name: str
    role: str | None = None  # "read", "contributor", "write" or "admin"
    plan: str | None = None  # "free", "team", "enterprise"

    @property
    def can_create(self) -> bool:
        return self.role != "read"

    @property
    def can_host(self) -> bool:
        return self.plan != "free"


@dataclass(frozen=True)
class Me:
    """The account a token belongs to, as the Hub's `whoami` describes it.

    Example:
        >>> Me.from_whoami({"name": "alice", "isPro": True, "orgs": []}).is_pro
        True
    """

    name: str
    fullname: str = ""
    is_pro: bool = False
    orgs: tuple[Membership, ...] = ()
    token_role: str | None = None  # "read", "write", "fineGrained" or "oauth"

    @classmethod
    def from_whoami(cls, answer: dict[str, Any]) -> Me:
        access = (answer.get("auth") or {}).get("accessToken") or {}
        return cls(
            name=str(answer.get("name", "")),
            fullname=str(answer.get("fullname") or ""),
            is_pro=bool(answer.get("isPro")),
            orgs=tuple(
                Membership(str(o.get("name", "")), role=o.get("roleInOrg"), plan=o.get("plan"))
                for o in answer.get("orgs") or []
            ),
            token_role=access.get("role"),
        )

    def org(self, name: str) -> Membership | None:
        return next((o for o in self.orgs if o.name.lower() == name.lower()), None)


def whoami(client: HubClient) -> Me:
    return Me.from_whoami(client.call("check your sign-in", "your account", client.api.whoami))


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
            f"{self.name} ({kind})"
            if self.can_host
            else f"{self.name} ({kind}; free plan: static dashboards)"
        )


class NameState(StrEnum):
    FREE = "free"
    TRACKIO = "trackio"  # a Trackio Space that may be updated
    TAKEN = "taken"  # something else: never touched
    INVALID = "invalid"


def owners(me: Me, sign_in: SignIn) -> list[Owner]:
    """The signed-in user, then each organization they granted where they may create repos."""
    found = [_owner(me.name, is_org=False, can_host=me.is_pro)]
    granted = None if sign_in.granted_orgs is None else {g.lower() for g in sign_in.granted_orgs}
    for org in me.orgs:
        if not org.can_create or (granted is not None and org.name.lower() not in granted):
            continue
        found.append(_owner(org.name, is_org=True, can_host=org.can_host))
    return found


def not_offered(me: Me, sign_in: SignIn) -> list[tuple[str, str]]:
    """The organizations `owners` leaves out, each with why, so that none silently disappears."""
    granted = None if sign_in.granted_orgs is None else {g.lower() for g in sign_in.granted_orgs}
    left_out = []
    for org in me.orgs:
        if granted is not None and org.name.lower() not in granted:
            left_out.append((org.name, "you did not grant it to this app at sign-in"))
        elif not org.can_create:
            left_out.append(
                (org.name, "your role there is read-only; ask an admin for the contributor role")
            )
    return left_out


def _owner(name: str, *, is_org: bool, can_host: bool) -> Owner:
    return Owner(
        name,
        is_org=is_org,
        can_host=can_host,
        note="" if can_host else plan_message(name, is_org=is_org),
    )


def check_owner(me: Me, owner: str, sign_in: SignIn, *, kind: Kind = Kind.LIVE) -> None:
    """Raise the `DeployError` that says why `owner` cannot take this kind of dashboard from this
    user (a static one needs no paid plan)."""
    needs_plan = kind is not Kind.STATIC
    if owner.lower() == me.name.lower():
        if needs_plan and not me.is_pro:
            raise DeployError(Problem.PLAN_REQUIRED, plan_message(owner, is_org=False))
        return
    org = _org_to_create_in(me, owner, sign_in, kind="Spaces")
    if needs_plan and not org.can_host:
        raise DeployError(Problem.PLAN_REQUIRED, plan_message(owner, is_org=True))


def check_bucket_namespace(me: Me, namespace: str, sign_in: SignIn) -> None:
    """Raise the `DeployError` that says why this user cannot create a bucket in `namespace`
    (buckets need no paid plan)."""
    if namespace.lower() != me.name.lower():
        _org_to_create_in(me, namespace, sign_in, kind="buckets")


def _org_to_create_in(me: Me, namespace: str, sign_in: SignIn, *, kind: str) -> Membership:
    org = me.org(namespace)
    if org is None:
        raise DeployError(
            Problem.NOT_A_MEMBER,
            f"You are not a member of {namespace} (or it does not exist), so you cannot create {kind}"
            " there. Use your own account or an organization you belong to.",
        )
    granted = sign_in.granted_orgs
    if granted is not None and namespace.lower() not in {g.lower() for g in granted}:
        raise DeployError(Problem.ORG_NOT_GRANTED, org_not_granted_message(namespace))
    if not org.can_create:
        raise DeployError(
            Problem.ROLE_CANNOT_CREATE,
            f"Your role in {namespace} is read-only, so you cannot create {kind} there. Ask an admin"
            f" of {namespace} for the contributor or write role, or use your own account.",
        )
    return org


def name_state(client: HubClient, owner: str, name: str) -> tuple[NameState, str]:
    """Whether `owner/name` is free, already a Trackio dashboard, or taken by something else."""
    if not (NAME_RULE.fullmatch(owner or "") and NAME_RULE.fullmatch(name or "")):
        return (
            NameState.INVALID,
            "Use letters, digits, '-', '_' and '.' (up to 96), not starting or ending with '-' or '.'",
        )
    space_id = f"{owner}/{name}"
    try:
        info = client.call("look up the Space", owner, lambda: client.space_info(space_id))
    except RepositoryNotFoundError:
        return NameState.FREE, f"{space_id} is free."
    if "trackio" in (info.tags or []):
        kind = "static" if info.sdk == "static" else "live"
        return (
            NameState.TRACKIO,
            f"{space_id} is already a {kind} Trackio dashboard: tick “Update it” to bring it up to"
            " date (its data is kept).",
        )
    return (
        NameState.TAKEN,
        f"{space_id} is taken by a Space that is not Trackio; it will not be touched. Choose another name.",
    )


def free_name(client: HubClient, owner: str, name: str, *, tries: int = 5) -> str | None:
    """A free Space name close to `name` (`name-2`, `name-3`, ...), one lookup per try; None when
    the first `tries` are all taken."""
    base = re.sub(r"-\d{1,3}$", "", name) or name  # name-2 is followed by name-3
    for number in range(2, 2 + tries):
        candidate = f"{base[: 96 - len(str(number)) - 1]}-{number}"
        try:
            client.call(
                "look up the Space", owner, lambda c=candidate: client.space_info(f"{owner}/{c}")
            )
        except RepositoryNotFoundError:
            return candidate
    return None

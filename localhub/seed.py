"""Accounts that exist when localhub starts: users, organizations, tokens and OAuth apps.

A seed file is JSON or TOML shaped like `DEFAULT_SEED_DATA`. Tokens given here are hashed before
they are stored; their clear values live only in the seed file itself.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class UserPlan(StrEnum):
    FREE = "free"
    PRO = "pro"


class OrgPlan(StrEnum):
    FREE = "free"
    TEAM = "team"
    ENTERPRISE = "enterprise"


class OrgRole(StrEnum):
    READ = "read"
    CONTRIBUTOR = "contributor"
    WRITE = "write"
    ADMIN = "admin"


class TokenRole(StrEnum):
    READ = "read"
    WRITE = "write"
    FINE_GRAINED = "fineGrained"


class Permission(StrEnum):
    """Fine-grained permissions, as the Hub names them."""

    READ = "repo.content.read"
    WRITE = "repo.write"


@dataclass(frozen=True)
class User:
    name: str
    fullname: str
    plan: UserPlan = UserPlan.FREE


@dataclass(frozen=True)
class Org:
    name: str
    fullname: str
    plan: OrgPlan = OrgPlan.FREE
    members: dict[str, OrgRole] = field(default_factory=dict)


@dataclass(frozen=True)
class ScopedPermission:
    """A fine-grained grant: `target` is a namespace (`alice`) or a repo (`space:alice/demo`)."""

    target: str
    permissions: tuple[Permission, ...]


@dataclass(frozen=True)
class Token:
    value: str
    user: str
    role: TokenRole
    name: str = ""
    scoped: tuple[ScopedPermission, ...] = ()


@dataclass(frozen=True)
class OAuthApp:
    client_id: str
    client_secret: str
    name: str
    redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...] = ("openid", "profile")
    token_minutes: int = 480


@dataclass(frozen=True)
class Seed:
    users: tuple[User, ...] = ()
    orgs: tuple[Org, ...] = ()
    tokens: tuple[Token, ...] = ()
    oauth_apps: tuple[OAuthApp, ...] = ()


# A PRO user, a free one, a read-only token and an organization with two roles.
DEFAULT_SEED_DATA: dict[str, Any] = {
    "users": [
        {"name": "alice", "fullname": "Alice Martin", "plan": "pro"},
        {"name": "bob", "fullname": "Bob Okafor", "plan": "free"},
        {"name": "carol", "fullname": "Carol Nguyen", "plan": "pro"},
    ],
    "orgs": [
        {
            "name": "acme",
            "fullname": "Acme Research",
            "plan": "team",
            "members": {"alice": "admin", "bob": "read"},
        },
    ],
    "tokens": [
        {"value": "hf_alice", "user": "alice", "role": "write", "name": "alice-write"},
        {"value": "hf_bob", "user": "bob", "role": "write", "name": "bob-write"},
        {"value": "hf_carol_read", "user": "carol", "role": "read", "name": "carol-read"},
    ],
    "oauth_apps": [],
}


def parse_seed(data: dict[str, Any]) -> Seed:
    """Build a `Seed` from plain data, refusing unknown names with a message that says which."""
    users = tuple(
        User(
            name=u["name"],
            fullname=u.get("fullname", u["name"]),
            plan=UserPlan(u.get("plan", "free")),
        )
        for u in data.get("users", [])
    )
    orgs = tuple(
        Org(
            name=o["name"],
            fullname=o.get("fullname", o["name"]),
            plan=OrgPlan(o.get("plan", "free")),
            members={user: OrgRole(role) for user, role in o.get("members", {}).items()},
        )
        for o in data.get("orgs", [])
    )
    tokens = tuple(
        Token(
            value=t["value"],
            user=t["user"],
            role=TokenRole(t.get("role", "read")),
            name=t.get("name", ""),
            scoped=tuple(
                ScopedPermission(
                    target=s["target"], permissions=tuple(Permission(p) for p in s["permissions"])
                )
                for s in t.get("scoped", [])
            ),
        )
        for t in data.get("tokens", [])
    )
    apps = tuple(
        OAuthApp(
            client_id=a["client_id"],
            client_secret=a["client_secret"],
            name=a.get("name", a["client_id"]),
            redirect_uris=tuple(a.get("redirect_uris", [])),
            scopes=tuple(a.get("scopes", ["openid", "profile"])),
            token_minutes=int(a.get("token_minutes", 480)),
        )
        for a in data.get("oauth_apps", [])
    )
    seed = Seed(users=users, orgs=orgs, tokens=tokens, oauth_apps=apps)
    _check_references(seed)
    return seed


def _check_references(seed: Seed) -> None:
    user_names = {u.name for u in seed.users}
    names = [u.name for u in seed.users] + [o.name for o in seed.orgs]
    if len(names) != len({n.lower() for n in names}):
        raise ValueError("seed: every user and organization needs its own name")
    for org in seed.orgs:
        for member in org.members:
            if member not in user_names:
                raise ValueError(f"seed: organization {org.name!r} lists unknown user {member!r}")
    for token in seed.tokens:
        if token.user not in user_names:
            raise ValueError(
                f"seed: token {token.name or '?'} belongs to unknown user {token.user!r}"
            )


def load_seed(path: Path | None) -> Seed:
    """Read a JSON or TOML seed file; `None` gives the built-in default seed."""
    if path is None:
        return parse_seed(DEFAULT_SEED_DATA)
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    return parse_seed(data)

"""Accounts as the Hub shows them: `whoami` for a token, and avatars."""

from __future__ import annotations

import hashlib
from typing import Any

from localhub import errors
from localhub.auth import Principal
from localhub.store import Store


class Accounts:
    def __init__(self, store: Store, *, endpoint: str) -> None:
        self.store = store
        self.endpoint = endpoint

    def whoami(self, principal: Principal | None) -> dict[str, Any]:
        if principal is None:
            raise errors.unauthorized()
        user = self.store.account(principal.user)
        assert user is not None
        token = principal.token
        access_token: dict[str, Any] = {"displayName": token.name, "role": token.role}
        if token.role == "fineGrained":
            access_token["fineGrained"] = {"scoped": token.scoped, "global": []}
        if token.role == "oauth":
            app = self.store.oauth_app(token.oauth_app or "")
            access_token["displayName"] = app.name if app else token.name
        return {
            "type": "user",
            "id": account_id(user.name),
            "name": user.name,
            "fullname": user.fullname,
            "email": f"{user.name}@users.noreply.localhub",
            "emailVerified": True,
            "avatarUrl": self.avatar(user.name),
            "isPro": user.plan == "pro",
            "canPay": user.plan == "pro",
            "periodEnd": None,
            "orgs": [
                {
                    "type": "org",
                    "id": account_id(org.name),
                    "name": org.name,
                    "fullname": org.fullname,
                    "avatarUrl": self.avatar(org.name),
                    "roleInOrg": role.value,
                    "plan": org.plan,
                    "isEnterprise": org.plan == "enterprise",
                    "canPay": org.paid,
                }
                for org, role in self.store.memberships(user.name)
            ],
            "auth": {
                "type": "oauth" if token.role == "oauth" else "access_token",
                "accessToken": access_token,
            },
        }

    def avatar(self, name: str) -> str:
        return f"{self.endpoint}/avatars/{name}.svg"


def account_id(name: str) -> str:
    return hashlib.sha1(f"account:{name.lower()}".encode()).hexdigest()[:24]  # noqa: S324

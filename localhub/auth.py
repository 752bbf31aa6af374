"""Who is calling, and what they may do: the Hub's visibility, role, token and scope rules."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from localhub import errors
from localhub.seed import OrgRole
from localhub.store import Store, TokenRecord


class Right(StrEnum):
    READ = "read"
    WRITE = "write"
    CREATE = "create"
    DELETE = "delete"


ALL_RIGHTS = frozenset(Right)

# What each OAuth scope lets a token do (hub-docs, "OAuth scopes").
SCOPE_RIGHTS: dict[str, frozenset[Right]] = {
    "read-repos": frozenset({Right.READ}),
    "write-repos": frozenset({Right.READ, Right.WRITE}),
    "manage-repos": ALL_RIGHTS,
}
CREATE_SCOPES = ("manage-repos", "contribute-repos")


class Owned(Protocol):
    """What the rules look at in a repo or a bucket: its owner, visibility and who made it."""

    @property
    def type(self) -> str: ...  # model, dataset, space or bucket
    @property
    def repo_id(self) -> str: ...
    @property
    def namespace(self) -> str: ...
    @property
    def private(self) -> bool: ...
    @property
    def creator(self) -> str: ...
    @property
    def creator_app(self) -> str | None: ...


@dataclass(frozen=True)
class Principal:
    user: str
    token: TokenRecord

    @property
    def is_oauth(self) -> bool:
        return self.token.role == "oauth"


def authenticate(store: Store, authorization: str | None) -> Principal | None:
    """The caller behind an `Authorization: Bearer` header; no header is an anonymous caller."""
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise errors.unauthorized()
    token = store.token(value.strip())
    if token is None:
        raise errors.unauthorized()
    if token.expires_at is not None and token.expires_at < time.time():
        raise errors.unauthorized("Expired OAuth token: sign in again to get a new one")
    return Principal(user=token.user, token=token)


class Access:
    """Answers "may this caller do this here", raising the Hub's errors when not."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def can_read(self, principal: Principal | None, owned: Owned) -> bool:
        if not owned.private:
            return True
        return principal is not None and Right.READ in self.rights(
            principal, owned.namespace, owned
        )

    def require_read(self, principal: Principal | None, owned: Owned) -> None:
        if not self.can_read(principal, owned):
            raise errors.not_found(owned.type)

    def require_write(
        self, principal: Principal | None, owned: Owned, right: Right = Right.WRITE
    ) -> None:
        self.require_read(principal, owned)
        if principal is None:
            raise errors.unauthorized(f"You must be authenticated to write to this {_kind(owned)}")
        if right not in self.rights(principal, owned.namespace, owned):
            raise errors.forbidden(self._refusal(principal, owned.namespace, right, owned))

    def require_create(
        self, principal: Principal | None, namespace: str, kind: str = "repo"
    ) -> None:
        if principal is None:
            raise errors.unauthorized(f"You must be authenticated to create a {kind}")
        if Right.CREATE not in self.rights(principal, namespace, None):
            raise errors.forbidden(self._refusal(principal, namespace, Right.CREATE, None, kind))

    def rights(self, principal: Principal, namespace: str, repo: Owned | None) -> frozenset[Right]:
        return self._member_rights(principal.user, namespace, repo) & self._token_rights(
            principal.token, namespace, repo
        )

    # -- the two halves of a right: what the account may do, and what the token lets through ----

    def _member_rights(self, user: str, namespace: str, repo: Owned | None) -> frozenset[Right]:
        if namespace.lower() == user.lower():
            return ALL_RIGHTS
        role = self.store.role_in(namespace, user)
        if role is None:
            return frozenset()
        if role is OrgRole.READ:
            return frozenset({Right.READ})
        if role is OrgRole.CONTRIBUTOR:
            own = repo is not None and repo.creator == user
            return frozenset({Right.READ, Right.CREATE} | ({Right.WRITE} if own else set()))
        return ALL_RIGHTS

    def _token_rights(
        self, token: TokenRecord, namespace: str, repo: Owned | None
    ) -> frozenset[Right]:
        if token.role == "read":
            return frozenset({Right.READ})
        if token.role == "write":
            return ALL_RIGHTS
        if token.role == "fineGrained":
            return self._fine_grained_rights(token, namespace, repo)
        return self._oauth_rights(token, namespace, repo)

    @staticmethod
    def _fine_grained_rights(
        token: TokenRecord, namespace: str, repo: Owned | None
    ) -> frozenset[Right]:
        granted: set[Right] = set()
        for grant in token.scoped:
            target = grant["target"].lower()
            on_namespace = target == namespace.lower()
            on_repo = repo is not None and target in (
                repo.repo_id.lower(),
                f"{repo.type}:{repo.repo_id}".lower(),
            )
            if not (on_namespace or on_repo):
                continue
            if "repo.content.read" in grant["permissions"]:
                granted.add(Right.READ)
            if "repo.write" in grant["permissions"]:
                granted |= {Right.READ, Right.WRITE}
                if on_namespace:
                    granted |= {Right.CREATE, Right.DELETE}
        return frozenset(granted)

    @staticmethod
    def _oauth_rights(token: TokenRecord, namespace: str, repo: Owned | None) -> frozenset[Right]:
        if namespace.lower() != token.user.lower() and namespace.lower() not in {
            org.lower() for org in token.orgs
        }:
            return frozenset()
        granted: set[Right] = set()
        for scope in token.scopes:
            granted |= SCOPE_RIGHTS.get(scope, frozenset())
        if "contribute-repos" in token.scopes:
            granted.add(Right.CREATE)
            if repo is not None and repo.creator_app == token.oauth_app:
                granted |= {Right.READ, Right.WRITE}
        return frozenset(granted)

    # -- why not: the message a refused caller reads --------------------------------------------

    def _refusal(
        self,
        principal: Principal,
        namespace: str,
        right: Right,
        repo: Owned | None,
        kind: str = "repo",
    ) -> str:
        action = f"create a {kind} in" if right is Right.CREATE else f"{right.value} repos in"
        if right not in self._member_rights(principal.user, namespace, repo):
            role = self.store.role_in(namespace, principal.user)
            if role is None:
                return f'You don\'t have the rights to {action} the namespace "{namespace}"'
            return (
                f'Your role "{role.value}" in the organization "{namespace}" does not allow you to'
                f" {action} it"
            )
        token = principal.token
        if token.role == "read":
            return f"This is a read token: it cannot {action} {namespace}. Use a token with write access"
        if token.role == "fineGrained":
            return f'This fine-grained token has no permission to {action} "{namespace}"'
        app = token.name.removeprefix("oauth:")
        if namespace.lower() != principal.user.lower() and namespace.lower() not in {
            org.lower() for org in token.orgs
        }:
            return (
                f'The OAuth app "{app}" was not granted access to the organization "{namespace}".'
                f" Sign out and sign in again, granting {namespace} on the consent page"
            )
        if right is Right.CREATE:
            return (
                f"This OAuth token's scopes ({' '.join(token.scopes)}) do not allow creating repos:"
                f" the app needs {' or '.join(CREATE_SCOPES)}"
            )
        if "contribute-repos" in token.scopes:
            return (
                f'The OAuth app "{app}" can only {right.value} repos it created itself'
                " (contribute-repos scope)"
            )
        return f"This OAuth token's scopes ({' '.join(token.scopes)}) do not allow this action"


def _kind(owned: Owned) -> str:
    return "bucket" if owned.type == "bucket" else "repo"

"""The Hub's behaviour, as plain methods: each checks who may do what, changes the store and tells
the runtime when a Space must rebuild. HTTP lives in `localhub.server`; this module knows none."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import socket
from dataclasses import dataclass
from typing import Any

from localhub import errors, gitobj
from localhub.auth import Access, Principal, Right
from localhub.card import CardError, parse_front_matter, repo_card, validate_metadata
from localhub.runtime import Runtime
from localhub.store import Account, Bucket, Repo, Store

REPO_TYPES = ("model", "dataset", "space")
URL_PREFIX = {"model": "", "dataset": "datasets/", "space": "spaces/"}
NAME_RULE = re.compile(r"^(?![-.])(?!.*[-.]$)(?!.*--)(?!.*\.\.)[A-Za-z0-9_.-]{1,96}$")
VALUE_KEY_RULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
MAX_FILE_BYTES = 10 * 1024 * 1024
PAID_SDKS = ("gradio", "docker")

# The Spaces hardware catalogue, as GET /api/spaces/hardware lists it (CPU and a few GPUs).
HARDWARE = [
    ("cpu-basic", "CPU basic", "2 vCPU", "16 GB", None, 0),
    ("cpu-upgrade", "CPU upgrade", "8 vCPU", "32 GB", None, 500),
    ("zero-a10g", "ZeroGPU", "2 vCPU", "16 GB", ("a10g", "1", "24 GB"), 0),
    ("t4-small", "Nvidia T4 - small", "4 vCPU", "15 GB", ("t4", "1", "16 GB"), 6667),
    ("t4-medium", "Nvidia T4 - medium", "8 vCPU", "30 GB", ("t4", "1", "16 GB"), 10000),
    ("l4x1", "1x Nvidia L4", "8 vCPU", "30 GB", ("l4", "1", "24 GB"), 13333),
    ("l4x4", "4x Nvidia L4", "48 vCPU", "186 GB", ("l4", "4", "96 GB"), 63333),
    ("l40sx1", "1x Nvidia L40S", "8 vCPU", "62 GB", ("l40s", "1", "48 GB"), 30000),
    ("a10g-small", "Nvidia A10G - small", "4 vCPU", "15 GB", ("a10g", "1", "24 GB"), 16667),
    ("a10g-large", "Nvidia A10G - large", "12 vCPU", "46 GB", ("a10g", "1", "24 GB"), 25000),
    ("a100-large", "Nvidia A100 - large", "12 vCPU", "142 GB", ("a100", "1", "80 GB"), 41667),
]
HARDWARE_NAMES = tuple(name for name, *_ in HARDWARE)


@dataclass(frozen=True)
class FileAnswer:
    data: bytes
    oid: str
    commit: str


class Hub:
    def __init__(self, store: Store, runtime: Runtime, *, endpoint: str) -> None:
        self.store = store
        self.runtime = runtime
        self.access = Access(store)
        self.endpoint = endpoint

    # -- accounts -------------------------------------------------------------------------------

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
            "id": _account_id(user.name),
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
                    "id": _account_id(org.name),
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

    # -- repos ----------------------------------------------------------------------------------

    def repo_url(self, repo_type: str, repo_id: str) -> str:
        return f"{self.endpoint}/{URL_PREFIX[repo_type]}{repo_id}"

    def find(self, principal: Principal | None, repo_type: str, namespace: str, name: str) -> Repo:
        repo = self.store.repo(repo_type, namespace, name)
        if repo is None:
            raise errors.repo_not_found()
        self.access.require_read(principal, repo)
        if repo_type == "space":
            self.runtime.touch(repo)
        return repo

    def find_writable(
        self,
        principal: Principal | None,
        repo_type: str,
        namespace: str,
        name: str,
        right: Right = Right.WRITE,
    ) -> Repo:
        repo = self.find(principal, repo_type, namespace, name)
        self.access.require_write(principal, repo, right)
        return repo

    def create_repo(self, principal: Principal | None, body: dict[str, Any]) -> dict[str, Any]:
        repo_type = body.get("type") or "model"
        if repo_type not in REPO_TYPES:
            raise errors.bad_request(f"Invalid repo type {repo_type!r}")
        name = _text(body, "name")
        namespace = body.get("organization") or (principal.user if principal else None)
        if principal is None or namespace is None:
            raise errors.unauthorized("You must be authenticated to create a repo")
        owner = self._new_repo_owner(principal, repo_type, namespace, name)
        sdk = body.get("sdk")
        if repo_type == "space":
            if sdk not in ("gradio", "docker", "static"):
                raise errors.bad_request("Invalid sdk: use gradio, docker or static")
            self._require_plan(owner.name, sdk)
        settings = self._space_settings(principal, owner.name, body) if repo_type == "space" else {}
        with self.store.transaction():  # the repo, its first commit and its settings, or nothing
            repo = self.store.create_repo(
                repo_type=repo_type,
                namespace=owner.name,
                name=name,
                private=_private(body, default=False),
                sdk=sdk if repo_type == "space" else None,
                creator=principal.user,
                creator_app=principal.token.oauth_app,
                settings=settings,
            )
            self.store.commit(
                repo,
                files=_initial_files(repo_type, name, sdk),
                deleted_files=[],
                deleted_folders=[],
                summary="initial commit",
                author=principal.user,
                counted=False,
            )
            if repo_type == "space":
                self._apply_values(repo, body)
        return {
            "url": self.repo_url(repo_type, repo.repo_id),
            "name": repo.repo_id,
            "id": _repo_object_id(repo),
        }

    def _new_repo_owner(
        self, principal: Principal, repo_type: str, namespace: str, name: str
    ) -> Account:
        """The account a new repo goes to, once the names, the rights and the place are checked."""
        _check_name(name)
        _check_name(namespace, what="namespace")
        owner = self.store.account(namespace)
        if owner is None:
            raise errors.forbidden(
                f'You don\'t have the rights to create a {repo_type} in the namespace "{namespace}"'
            )
        self.access.require_create(principal, owner.name, repo_type)
        existing = self.store.repo(repo_type, owner.name, name)
        if existing is not None:
            raise errors.conflict(
                f"You already created this {repo_type} repo",
                self.repo_url(repo_type, existing.repo_id),
            )
        return owner

    def duplicate(
        self,
        principal: Principal | None,
        repo_type: str,
        namespace: str,
        name: str,
        body: dict[str, Any],
    ) -> dict[str, Any]:
        source = self.find(principal, repo_type, namespace, name)
        if principal is None:
            raise errors.unauthorized("You must be authenticated to duplicate a repo")
        target_id = _text(body, "repository")
        if target_id.count("/") != 1:
            raise errors.bad_request("repository must be namespace/name")
        target_namespace, target_name = target_id.split("/")
        owner = self._new_repo_owner(principal, repo_type, target_namespace, target_name)
        if repo_type == "space":
            self._require_plan(owner.name, self._sdk(source))
        settings = self._space_settings(principal, owner.name, body) if repo_type == "space" else {}
        with self.store.transaction():
            repo = self.store.create_repo(
                repo_type=repo_type,
                namespace=owner.name,
                name=target_name,
                private=_private(body, default=source.private),
                sdk=source.sdk,
                creator=principal.user,
                creator_app=principal.token.oauth_app,
                settings=settings,
            )
            self.store.copy_history(source, repo)
            if repo_type == "space":
                # Public variables travel with a duplicate; secrets never do.
                for key, item in self.store.space_values(source, "variable").items():
                    self.store.set_space_value(
                        repo, "variable", key, item["value"], item["description"]
                    )
                self._apply_values(repo, body)
        repo = self.store.repo(repo_type, owner.name, target_name)
        assert repo is not None
        if repo_type == "space":
            self.runtime.rebuild(repo, reason="duplicated")
        return {"url": self.repo_url(repo_type, repo.repo_id)}

    def list_repos(
        self, principal: Principal | None, repo_type: str, *, author: str | None
    ) -> list[dict[str, Any]]:
        """`GET /api/{models,datasets,spaces}?author=`: the repos this caller may see, oldest first."""
        return [
            {
                "_id": _repo_object_id(repo),
                "id": repo.repo_id,
                "author": repo.namespace,
                "sha": repo.head,
                "createdAt": repo.created_at,
                "lastModified": repo.last_modified,
                "private": repo.private,
                "likes": 0,
                **({"sdk": repo.sdk} if repo_type == "space" else {}),
            }
            for repo in self.store.repos(repo_type)
            if (author is None or repo.namespace.lower() == author.lower())
            and self.access.can_read(principal, repo)
        ]

    def delete_repo(self, principal: Principal | None, body: dict[str, Any]) -> None:
        repo_type = body.get("type") or "model"
        if repo_type not in REPO_TYPES:
            raise errors.bad_request(f"Invalid repo type {repo_type!r}")
        namespace = body.get("organization") or (principal.user if principal else None)
        if namespace is None:
            raise errors.unauthorized("You must be authenticated to delete a repo")
        repo = self.find_writable(
            principal, repo_type, namespace, _text(body, "name"), Right.DELETE
        )
        if repo_type == "space":
            self.runtime.forget(repo)
        self.store.delete_repo(repo)

    def repo_info(
        self,
        principal: Principal | None,
        repo_type: str,
        namespace: str,
        name: str,
        *,
        revision: str | None,
        blobs: bool,
    ) -> dict[str, Any]:
        repo = self.find(principal, repo_type, namespace, name)
        commit = self._revision(repo, revision or "main")
        tree = self.store.tree(repo.id, commit)
        card = self._card(repo, commit)
        info: dict[str, Any] = {
            "_id": _repo_object_id(repo),
            "id": repo.repo_id,
            "author": repo.namespace,
            "sha": commit,
            "createdAt": repo.created_at,
            "lastModified": repo.last_modified,
            "private": repo.private,
            "gated": False,
            "disabled": False,
            "likes": 0,
            "downloads": 0,
            "tags": self._tags(repo, card),
            "cardData": card,
            "siblings": [
                {"rfilename": path, **({"blobId": entry.oid, "size": entry.size} if blobs else {})}
                for path, entry in sorted(tree.items())
            ],
            "usedStorage": sum(entry.size for entry in tree.values()),
        }
        if repo_type == "space":
            host = self.runtime.host(repo)
            info.update(
                sdk=self._sdk(repo, card),
                runtime=self.runtime.runtime_json(repo),
                host=host,
                subdomain=subdomain(repo.repo_id),
                models=[],
                datasets=[],
            )
        return info

    def tree(
        self,
        principal: Principal | None,
        repo_type: str,
        namespace: str,
        name: str,
        *,
        revision: str,
        path: str,
        recursive: bool,
    ) -> list[dict[str, Any]]:
        repo = self.find(principal, repo_type, namespace, name)
        commit = self._revision(repo, revision)
        tree = self.store.tree(repo.id, commit)
        prefix = path.strip("/")
        if prefix and prefix in tree:
            entry = tree[prefix]
            return [{"type": "file", "oid": entry.oid, "size": entry.size, "path": prefix}]
        base = prefix + "/" if prefix else ""
        entries: dict[str, dict[str, Any]] = {}
        for file_path, entry in sorted(tree.items()):
            if not file_path.startswith(base):
                continue
            rest = file_path[len(base) :]
            if "/" in rest and not recursive:
                folder = base + rest.split("/", 1)[0]
                entries.setdefault(
                    folder, {"type": "directory", "oid": _folder_id(tree, folder), "path": folder}
                )
                continue
            if recursive:
                parts = rest.split("/")[:-1]
                for depth in range(1, len(parts) + 1):
                    folder = base + "/".join(parts[:depth])
                    entries.setdefault(
                        folder,
                        {"type": "directory", "oid": _folder_id(tree, folder), "path": folder},
                    )
            entries[file_path] = {
                "type": "file",
                "oid": entry.oid,
                "size": entry.size,
                "path": file_path,
            }
        if prefix and not entries:
            raise errors.entry_not_found(prefix)
        return list(entries.values())

    def file(
        self,
        principal: Principal | None,
        repo_type: str,
        namespace: str,
        name: str,
        *,
        revision: str,
        path: str,
    ) -> FileAnswer:
        repo = self.find(principal, repo_type, namespace, name)
        commit = self._revision(repo, revision)
        entry = self.store.tree(repo.id, commit).get(path)
        if entry is None or commit is None:
            raise errors.entry_not_found(path)
        data = self.store.blob(entry.oid)
        assert data is not None
        return FileAnswer(data=data, oid=entry.oid, commit=commit)

    # -- commits --------------------------------------------------------------------------------

    def validate_yaml(self, body: dict[str, Any]) -> dict[str, Any]:
        content = body.get("content")
        if not isinstance(content, str):
            raise errors.bad_request("content must be a string")
        repo_type = body.get("repoType") or "model"
        try:
            card = parse_front_matter(content) or {}
        except CardError as error:
            raise errors.HubError(
                400, str(error), extra={"errors": [{"message": str(error)}], "warnings": []}
            ) from None
        problems = validate_metadata(card, repo_type)
        if problems:
            raise errors.HubError(
                400,
                "Invalid metadata in README.md",
                extra={"errors": [{"message": p} for p in problems], "warnings": []},
            )
        warnings = [] if card else [{"message": "Empty or missing yaml metadata in repo card"}]
        return {"errors": [], "warnings": warnings}

    def preupload(
        self,
        principal: Principal | None,
        repo_type: str,
        namespace: str,
        name: str,
        revision: str,
        body: dict[str, Any],
    ) -> dict[str, Any]:
        repo = self.find_writable(principal, repo_type, namespace, name)
        tree = self.store.tree(repo.id, self._revision(repo, revision))
        files = body.get("files")
        if not isinstance(files, list):
            raise errors.bad_request("files must be a list")
        answer = []
        for item in files:
            if not isinstance(item, dict) or not isinstance(item.get("path"), str):
                raise errors.bad_request("each file needs a path")
            entry = tree.get(item["path"])
            answer.append(
                {
                    "path": item["path"],
                    # Always regular: an "lfs" answer would send the client into the xet protocol.
                    "uploadMode": "regular",
                    "shouldIgnore": False,
                    **({"oid": entry.oid} if entry else {}),
                }
            )
        return {"files": answer, "commitOid": repo.head}

    def commit(
        self,
        principal: Principal | None,
        repo_type: str,
        namespace: str,
        name: str,
        revision: str,
        body: bytes,
    ) -> dict[str, Any]:
        """An NDJSON commit: a header line, then file and deletion lines."""
        repo = self.find_writable(principal, repo_type, namespace, name)
        assert principal is not None
        lines = _ndjson(body)
        if self._revision(repo, revision) != repo.head:
            raise errors.bad_request("Commits can only be made on the main branch")
        header: dict[str, Any] | None = None
        files: dict[str, bytes] = {}
        deleted_files: list[str] = []
        deleted_folders: list[str] = []
        for line in lines:
            key, value = line.get("key"), line.get("value")
            if not isinstance(value, dict):
                raise errors.bad_request("Each commit line needs a value object")
            if key == "header":
                header = value
            elif key == "file":
                path = _repo_path(value.get("path"))
                files[path] = _decode(value)
            elif key == "deletedFile":
                deleted_files.append(_repo_path(value.get("path")))
            elif key == "deletedFolder":
                deleted_folders.append(_repo_path(value.get("path")))
            elif key == "lfsFile":
                raise errors.bad_request(
                    "LFS files are not supported by localhub: upload them as regular files"
                )
            else:
                raise errors.bad_request(f"Unknown commit line key {key!r}")
        if (
            header is None
            or not isinstance(header.get("summary"), str)
            or not header["summary"].strip()
        ):
            raise errors.bad_request("The commit needs a header with a summary")
        parent = header.get("parentCommit")
        if parent and parent != repo.head:
            raise errors.HubError(
                412, "A commit has happened since your parent commit. Please refresh and try again."
            )
        tree = self.store.tree(repo.id, repo.head)
        for path in deleted_files:
            if path not in tree:
                raise errors.entry_not_found(path)
        oid = self.store.commit(
            repo,
            files=files,
            deleted_files=deleted_files,
            deleted_folders=deleted_folders,
            summary=header["summary"].strip(),
            author=principal.user,
        )
        repo = self.store.repo(repo_type, repo.namespace, repo.name)
        assert repo is not None
        if repo_type == "space":
            self.runtime.rebuild(repo, reason=f"commit {oid[:7]}")
        return {
            "success": True,
            "commitOid": oid,
            "commitUrl": f"{self.repo_url(repo_type, repo.repo_id)}/commit/{oid}",
            "pullRequestUrl": None,
            "hookOutput": "",
        }

    # -- Space settings -------------------------------------------------------------------------

    def space_values(
        self, principal: Principal | None, namespace: str, name: str, kind: str
    ) -> dict[str, Any]:
        repo = self.find_writable(principal, "space", namespace, name)
        values = self.store.space_values(repo, kind)
        if kind == "secret":
            return {
                key: {"description": v["description"], "updatedAt": v["updatedAt"]}
                for key, v in values.items()
            }
        return values

    def set_space_value(
        self,
        principal: Principal | None,
        namespace: str,
        name: str,
        kind: str,
        body: dict[str, Any],
    ) -> dict[str, Any]:
        repo = self.find_writable(principal, "space", namespace, name)
        key, value = _text(body, "key"), body.get("value", "")
        _check_value(kind, key, value)
        self.store.set_space_value(repo, kind, key, value, body.get("description"))
        self.runtime.rebuild(repo, reason=f"{kind} {key} changed")
        return self.space_values(principal, namespace, name, kind)

    def delete_space_value(
        self,
        principal: Principal | None,
        namespace: str,
        name: str,
        kind: str,
        body: dict[str, Any],
    ) -> dict[str, Any]:
        repo = self.find_writable(principal, "space", namespace, name)
        if self.store.delete_space_value(repo, kind, _text(body, "key")):
            self.runtime.rebuild(repo, reason=f"{kind} {body['key']} deleted")
        return self.space_values(principal, namespace, name, kind)

    def space_runtime(
        self, principal: Principal | None, namespace: str, name: str
    ) -> dict[str, Any]:
        return self.runtime.runtime_json(self.find(principal, "space", namespace, name))

    def change_space(
        self, principal: Principal | None, namespace: str, name: str, changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Hardware, sleep time or volumes: each change restarts the Space."""
        repo = self.find_writable(principal, "space", namespace, name)
        assert principal is not None
        settings = {
            **repo.settings,
            **self._space_settings(principal, repo.namespace, changes, base=repo.settings),
        }
        if "volumes" in changes and changes["volumes"] is None:
            settings.pop("volumes", None)
        repo = self.store.update_repo(repo, settings=settings)
        self.runtime.rebuild(repo, reason="settings changed")
        return self.runtime.runtime_json(repo)

    def restart(self, principal: Principal | None, namespace: str, name: str) -> dict[str, Any]:
        repo = self.find_writable(principal, "space", namespace, name)
        self.runtime.rebuild(repo, reason="restarted", wake=True)
        return self.runtime.runtime_json(repo)

    def pause(self, principal: Principal | None, namespace: str, name: str) -> dict[str, Any]:
        repo = self.find_writable(principal, "space", namespace, name)
        self.runtime.pause(repo)
        return self.runtime.runtime_json(repo)

    def auth_check(
        self, principal: Principal | None, repo_type: str, namespace: str, name: str, *, write: bool
    ) -> None:
        repo = self.store.repo(repo_type, namespace, name)
        if repo is None or not self.access.can_read(principal, repo):
            raise errors.repo_not_found()
        if write:
            self.access.require_write(principal, repo)
        elif principal is None and repo.private:
            raise errors.unauthorized()

    # -- buckets --------------------------------------------------------------------------------

    def create_bucket(
        self, principal: Principal | None, namespace: str, name: str, body: dict[str, Any]
    ) -> dict:
        if principal is None:
            raise errors.unauthorized("You must be authenticated to create a bucket")
        if namespace == "me":
            namespace = principal.user
        _check_name(name)
        owner = self.store.account(namespace)
        if owner is None:
            raise errors.forbidden(
                f'You don\'t have the rights to create a bucket in the namespace "{namespace}"'
            )
        self.access.require_create(principal, owner.name, "bucket")
        existing = self.store.bucket(owner.name, name)
        if existing is not None:
            raise errors.conflict("You already created this bucket", self.bucket_url(existing))
        bucket = self.store.create_bucket(
            namespace=owner.name,
            name=name,
            private=_private(body, default=False),
            creator=principal.user,
            creator_app=principal.token.oauth_app,
        )
        return {"url": self.bucket_url(bucket), "name": bucket.bucket_id, "id": bucket.bucket_id}

    def bucket_url(self, bucket: Bucket) -> str:
        return f"{self.endpoint}/buckets/{bucket.bucket_id}"

    def find_bucket(self, principal: Principal | None, namespace: str, name: str) -> Bucket:
        bucket = self.store.bucket(namespace, name)
        if bucket is None or not self._can_read_bucket(principal, bucket):
            raise errors.bucket_not_found()
        return bucket

    def bucket_info(self, principal: Principal | None, namespace: str, name: str) -> dict[str, Any]:
        bucket = self.find_bucket(principal, namespace, name)
        files = self._bucket_files(bucket)
        return {
            "id": bucket.bucket_id,
            "private": bucket.private,
            "createdAt": bucket.created_at,
            "size": sum(size for _, size in files),
            "totalFiles": len(files),
        }

    def list_buckets(self, principal: Principal | None, namespace: str) -> list[dict[str, Any]]:
        return [
            self.bucket_info(principal, bucket.namespace, bucket.name)
            for bucket in self.store.buckets(namespace)
            if self._can_read_bucket(principal, bucket)
        ]

    def bucket_tree(
        self,
        principal: Principal | None,
        namespace: str,
        name: str,
        *,
        prefix: str,
        recursive: bool,
    ) -> list[dict[str, Any]]:
        bucket = self.find_bucket(principal, namespace, name)
        base = prefix.strip("/")
        entries: dict[str, dict[str, Any]] = {}
        for path, size in self._bucket_files(bucket):
            if base and not (path == base or path.startswith(base + "/")):
                continue
            rest = path[len(base) + 1 :] if base else path
            if "/" in rest and not recursive:
                folder = (base + "/" if base else "") + rest.split("/", 1)[0]
                entries.setdefault(
                    folder, {"type": "directory", "path": folder, "uploadedAt": None}
                )
                continue
            entries[path] = {
                "type": "file",
                "path": path,
                "size": size,
                "xetHash": "",
                "mtime": None,
            }
        return list(entries.values())

    def _bucket_files(self, bucket: Bucket) -> list[tuple[str, int]]:
        root = self.store.bucket_dir(bucket.namespace, bucket.name)
        if not root.exists():
            return []
        return sorted(
            (path.relative_to(root).as_posix(), path.stat().st_size)
            for path in root.rglob("*")
            if path.is_file()
        )

    def _can_read_bucket(self, principal: Principal | None, bucket: Bucket) -> bool:
        return self.access.can_read_bucket(principal, bucket)

    # -- internals ------------------------------------------------------------------------------

    def _revision(self, repo: Repo, revision: str) -> str | None:
        commit = self.store.resolve_revision(repo, revision)
        if commit is None and not (revision in ("main", "HEAD") and repo.head is None):
            raise errors.revision_not_found(revision)
        return commit

    def _card(self, repo: Repo, commit: str | None) -> dict[str, Any] | None:
        try:
            return repo_card(self.store, repo, commit)
        except CardError:
            return None

    def _sdk(self, repo: Repo, card: dict[str, Any] | None = None) -> str | None:
        card = card if card is not None else self._card(repo, repo.head)
        sdk = (card or {}).get("sdk")
        return sdk if isinstance(sdk, str) else repo.sdk

    def _tags(self, repo: Repo, card: dict[str, Any] | None) -> list[str]:
        tags = [t for t in (card or {}).get("tags") or [] if isinstance(t, str)]
        if repo.type == "space" and (sdk := self._sdk(repo, card)):
            tags.append(sdk)
        return [*dict.fromkeys(tags), "region:us"]

    def _require_plan(self, namespace: str, sdk: str | None) -> None:
        owner = self.store.account(namespace)
        if sdk in PAID_SDKS and owner is not None and not owner.paid:
            raise errors.payment_required()

    def _space_settings(
        self,
        principal: Principal,
        namespace: str,
        body: dict[str, Any],
        base: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        settings: dict[str, Any] = {} if base is not None else {"port": _free_port()}
        hardware = body.get("hardware", body.get("flavor"))
        if hardware is not None:
            if hardware not in HARDWARE_NAMES:
                raise errors.bad_request(
                    f"Invalid hardware {hardware!r}: use one of {', '.join(HARDWARE_NAMES)}"
                )
            settings["hardware"] = hardware
        sleep = body.get("sleepTimeSeconds", body.get("seconds"))
        if sleep is not None:
            if (
                not isinstance(sleep, int)
                or isinstance(sleep, bool)
                or (sleep < 300 and sleep != -1)
            ):
                raise errors.bad_request(
                    "sleepTimeSeconds must be -1 (never) or at least 300 seconds"
                )
            settings["sleep_time"] = sleep
        volumes = body.get("volumes")
        if volumes is not None:
            settings["volumes"] = (
                [self._volume(principal, v) for v in volumes]
                if isinstance(volumes, list)
                else _bad_volumes()
            )
        return settings

    def _volume(self, principal: Principal, volume: Any) -> dict[str, Any]:
        if not isinstance(volume, dict):
            _bad_volumes()
        kind, source, mount = volume.get("type"), volume.get("source"), volume.get("mountPath")
        if kind != "bucket":
            raise errors.bad_request("localhub mounts bucket volumes only")
        if not isinstance(mount, str) or not mount.startswith("/") or ".." in mount:
            raise errors.bad_request("mountPath must be an absolute path such as /data")
        if not isinstance(source, str) or source.count("/") != 1:
            raise errors.bad_request("A bucket volume's source is namespace/name")
        bucket = self.store.bucket(*source.split("/"))
        if bucket is None or not self._can_read_bucket(principal, bucket):
            raise errors.bad_request(f"Bucket {source} not found: create it before mounting it")
        return {
            "type": "bucket",
            "source": bucket.bucket_id,
            "mountPath": mount,
            "readOnly": bool(volume.get("readOnly")),
        }

    def _apply_values(self, repo: Repo, body: dict[str, Any]) -> None:
        for kind, field in (("secret", "secrets"), ("variable", "variables")):
            items = body.get(field) or []
            if not isinstance(items, list):
                raise errors.bad_request(f"{field} must be a list of {{key, value}}")
            for item in items:
                if not isinstance(item, dict):
                    raise errors.bad_request(f"{field} must be a list of {{key, value}}")
                key, value = _text(item, "key"), item.get("value", "")
                _check_value(kind, key, value)
                self.store.set_space_value(repo, kind, key, value, item.get("description"))


def subdomain(repo_id: str) -> str:
    return repo_id.replace("/", "-").lower().replace("_", "-").replace(".", "-")


def _account_id(name: str) -> str:
    return hashlib.sha1(f"account:{name.lower()}".encode()).hexdigest()[:24]  # noqa: S324


def _repo_object_id(repo: Repo) -> str:
    return f"{repo.id:024x}"


def _folder_id(tree: dict, folder: str) -> str:
    prefix = folder + "/"
    return gitobj.tree_id(
        {p[len(prefix) :]: e.oid for p, e in tree.items() if p.startswith(prefix)}
    )


def _ndjson(body: bytes) -> list[dict[str, Any]]:
    lines = []
    for raw in body.splitlines():
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise errors.bad_request("Each commit line must be a JSON object") from None
        if not isinstance(line, dict):
            raise errors.bad_request("Each commit line must be a JSON object")
        lines.append(line)
    return lines


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise errors.bad_request(f"{key} is required and must be a string")
    return value


def _check_name(name: str, *, what: str = "repo name") -> None:
    if not NAME_RULE.match(name):
        raise errors.bad_request(
            f"Invalid {what} {name[:100]!r}: use letters, digits, '-', '_' and '.', at most 96 characters,"
            " without '--' or '..' and not starting or ending with '-' or '.'"
        )


def _check_value(kind: str, key: str, value: Any) -> None:
    if not VALUE_KEY_RULE.match(key):
        raise errors.bad_request(
            f"Invalid {kind} key {key[:100]!r}: use letters, digits and '_', not starting with a digit"
        )
    if not isinstance(value, str):
        raise errors.bad_request(f"The value of {kind} {key} must be a string")
    if len(value) > 65_536:
        raise errors.bad_request(f"The value of {kind} {key} is too long")


def _private(body: dict[str, Any], *, default: bool) -> bool:
    visibility = body.get("visibility")
    if visibility is not None:
        if visibility not in ("public", "private", "protected"):
            raise errors.bad_request("visibility must be public, private or protected")
        return visibility != "public"
    private = body.get("private")
    return default if private is None else bool(private)


def _repo_path(path: Any) -> str:
    if (
        not isinstance(path, str)
        or not path
        or path.startswith("/")
        or "\\" in path
        or "\0" in path
    ):
        raise errors.bad_request(f"Invalid path in repo: {str(path)[:200]!r}")
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts) or parts[0] == ".git":
        raise errors.bad_request(f"Invalid path in repo: {path[:200]!r}")
    return path


def _decode(value: dict[str, Any]) -> bytes:
    content = value.get("content", "")
    if value.get("encoding", "base64") != "base64" or not isinstance(content, str):
        raise errors.bad_request("File content must be base64")
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        raise errors.bad_request(f"Invalid base64 content for {value.get('path')}") from None
    if len(data) > MAX_FILE_BYTES:
        raise errors.bad_request(
            f"Your push was rejected because it contains files larger than 10 MiB ({value.get('path')})."
            " Use Xet or LFS for large files"
        )
    return data


def _bad_volumes() -> Any:
    raise errors.bad_request("volumes must be a list of {type, source, mountPath}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _initial_files(repo_type: str, name: str, sdk: str | None) -> dict[str, bytes]:
    files = {
        ".gitattributes": b"*.bin filter=lfs diff=lfs merge=lfs -text\n*.safetensors filter=lfs diff=lfs merge=lfs -text\n"
    }
    if repo_type == "space":
        files["README.md"] = (
            f"---\ntitle: {name}\nemoji: 🚀\ncolorFrom: blue\ncolorTo: green\nsdk: {sdk}\npinned: false\n---\n\n"
            "Check out the configuration reference at https://huggingface.co/docs/hub/spaces-config-reference\n"
        ).encode()
    return files

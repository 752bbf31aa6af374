"""Buckets: create, info, list, and the files in each, which are the folder a Space mounts."""

from __future__ import annotations

from typing import Any

from localhub import errors, names
from localhub.auth import Access, Principal
from localhub.store import Bucket, Store


class Buckets:
    def __init__(self, store: Store, access: Access, *, endpoint: str) -> None:
        self.store = store
        self.access = access
        self.endpoint = endpoint

    def url(self, bucket: Bucket) -> str:
        return f"{self.endpoint}/buckets/{bucket.bucket_id}"

    def create(
        self, principal: Principal | None, namespace: str, name: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        if principal is None:
            raise errors.unauthorized("You must be authenticated to create a bucket")
        if namespace == "me":
            namespace = principal.user
        names.check_name(name)
        owner = self.store.account(namespace)
        if owner is None:
            raise errors.forbidden(
                f'You don\'t have the rights to create a bucket in the namespace "{namespace}"'
            )
        self.access.require_create(principal, owner.name, "bucket")
        existing = self.store.bucket(owner.name, name)
        if existing is not None:
            raise errors.conflict("You already created this bucket", self.url(existing))
        bucket = self.store.create_bucket(
            namespace=owner.name,
            name=name,
            private=names.private(body, default=False),
            creator=principal.user,
            creator_app=principal.token.oauth_app,
        )
        return {"url": self.url(bucket), "name": bucket.bucket_id, "id": bucket.bucket_id}

    def find(self, principal: Principal | None, namespace: str, name: str) -> Bucket:
        bucket = self.store.bucket(namespace, name)
        if bucket is None:
            raise errors.bucket_not_found()
        self.access.require_read(principal, bucket)
        return bucket

    def info(self, principal: Principal | None, namespace: str, name: str) -> dict[str, Any]:
        return self._info(self.find(principal, namespace, name))

    def _info(self, bucket: Bucket) -> dict[str, Any]:
        files = self._files(bucket)
        return {
            "id": bucket.bucket_id,
            "private": bucket.private,
            "createdAt": bucket.created_at,
            "size": sum(size for _, size in files),
            "totalFiles": len(files),
        }

    def listed(self, principal: Principal | None, namespace: str) -> list[dict[str, Any]]:
        return [
            self._info(bucket)
            for bucket in self.store.buckets(namespace)
            if self.access.can_read(principal, bucket)
        ]

    def tree(
        self,
        principal: Principal | None,
        namespace: str,
        name: str,
        *,
        prefix: str,
        recursive: bool,
    ) -> list[dict[str, Any]]:
        bucket = self.find(principal, namespace, name)
        base = prefix.strip("/")
        entries: dict[str, dict[str, Any]] = {}
        for path, size in self._files(bucket):
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

    def _files(self, bucket: Bucket) -> list[tuple[str, int]]:
        root = self.store.bucket_dir(bucket.namespace, bucket.name)
        if not root.exists():
            return []
        return sorted(
            (path.relative_to(root).as_posix(), path.stat().st_size)
            for path in root.rglob("*")
            if path.is_file()
        )

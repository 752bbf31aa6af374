"""Buckets and their files. A bucket's files are one folder under `--data` (`buckets/NS/NAME`):
the folder every Space that mounts the bucket sees at its mount path, and what the API lists,
serves and changes. The store keeps what the Hub reports of each file (size, Xet hash, mtime,
upload time) with the size and mtime the folder's copy had when it was hashed: a file a Space
changed since is hashed again, into Xet storage, the next time the API is asked about it.

Uploads arrive as Xet hashes (the client sent the content to `localhub.cas` first) and are
rebuilt in the folder before the batch is answered; copies too, server-side."""

from __future__ import annotations

import os
import secrets
import shutil
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from localhub import errors, names
from localhub.auth import Access, Principal, Right
from localhub.cas import Cas, CasToken
from localhub.store import Bucket, BucketFile, Store, now_iso
from localhub.xet_client import XetClient

BATCH_OPERATIONS = ("addFile", "copyFile", "deleteFile")


class Buckets:
    def __init__(self, store: Store, access: Access, cas: Cas, *, endpoint: str) -> None:
        self.store = store
        self.access = access
        self.cas = cas
        self.xet = XetClient(cas)
        self.endpoint = endpoint
        self.staging = store.data_dir / "xet" / "staging"  # same file system as the folders
        self.staging.mkdir(parents=True, exist_ok=True)
        self._locks: dict[str, threading.RLock] = {}
        self._locks_lock = threading.Lock()

    def url(self, bucket: Bucket) -> str:
        return f"{self.endpoint}/buckets/{bucket.bucket_id}"

    # -- buckets --------------------------------------------------------------------------------

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

    def find_writable(
        self, principal: Principal | None, namespace: str, name: str, right: Right = Right.WRITE
    ) -> Bucket:
        bucket = self.find(principal, namespace, name)
        self.access.require_write(principal, bucket, right)
        return bucket

    def info(self, principal: Principal | None, namespace: str, name: str) -> dict[str, Any]:
        return self._info(self.find(principal, namespace, name))

    def _info(self, bucket: Bucket) -> dict[str, Any]:
        sizes = [path.stat().st_size for _, path in self._on_disk(bucket)]
        return {
            "id": bucket.bucket_id,
            "private": bucket.private,
            "createdAt": bucket.created_at,
            "size": sum(sizes),
            "totalFiles": len(sizes),
            "xetEnabled": True,  # a bucket's files are all stored with Xet
        }

    def listed(self, principal: Principal | None, namespace: str) -> list[dict[str, Any]]:
        if namespace == "me" and principal is not None:
            namespace = principal.user
        return [
            self._info(bucket)
            for bucket in self.store.buckets(namespace)
            if self.access.can_read(principal, bucket)
        ]

    def update(self, principal: Principal | None, namespace: str, name: str, body: dict) -> None:
        bucket = self.find_writable(principal, namespace, name)
        if not isinstance(body.get("private"), bool):
            raise errors.bad_request("private must be true or false")
        self.store.update_bucket(bucket, private=body["private"])

    def delete(self, principal: Principal | None, namespace: str, name: str) -> None:
        bucket = self.find_writable(principal, namespace, name, Right.DELETE)
        with self._lock(bucket):
            self.store.delete_bucket(bucket)
            shutil.rmtree(self.folder(bucket), ignore_errors=True)

    def folder(self, bucket: Bucket) -> Path:
        return self.store.bucket_dir(bucket.namespace, bucket.name)

    # -- Xet tokens -----------------------------------------------------------------------------

    def xet_token(
        self, principal: Principal | None, namespace: str, name: str, *, write: bool
    ) -> CasToken:
        if write:
            self.find_writable(principal, namespace, name)
        else:
            self.find(principal, namespace, name)
        return self.cas.token(write=write, user=principal.user if principal else None)

    # -- reading files --------------------------------------------------------------------------

    def tree(
        self,
        principal: Principal | None,
        namespace: str,
        name: str,
        *,
        prefix: str,
        recursive: bool,
    ) -> list[dict[str, Any]]:
        """Files whose path starts with `prefix` (lexically, as on the Hub: `logs` finds
        `logs.json` too); without `recursive`, a folder stands for what it holds below the prefix
        (`logs` lists `logs/a.txt` and the folder `logs/old`)."""
        bucket = self.find(principal, namespace, name)
        entries: dict[str, dict[str, Any]] = {}
        for path, entry in sorted(self._files(bucket, prefix=prefix).items()):
            rest = path[len(prefix) :]
            below = rest[1:] if rest.startswith("/") else rest
            if "/" in below and not recursive:
                folder = path[: len(path) - len(below)] + below.split("/", 1)[0]
                known = entries.setdefault(
                    folder, {"type": "directory", "path": folder, "uploadedAt": entry.uploaded_at}
                )
                known["uploadedAt"] = max(known["uploadedAt"], entry.uploaded_at)
                continue
            entries[path] = file_json(entry)
        return list(entries.values())

    def paths_info(
        self, principal: Principal | None, namespace: str, name: str, paths: Any
    ) -> list[dict[str, Any]]:
        bucket = self.find(principal, namespace, name)
        if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            raise errors.bad_request("paths must be a list of file paths")
        files = self._files(bucket, paths=paths)
        return [file_json(files[path]) for path in dict.fromkeys(paths) if path in files]

    def file(
        self, principal: Principal | None, namespace: str, name: str, path: str
    ) -> tuple[Bucket, BucketFile, Path]:
        """One file: what the Hub reports of it, and where its bytes are."""
        bucket = self.find(principal, namespace, name)
        entry = self._files(bucket, paths=[path]).get(path)
        if entry is None:
            raise errors.entry_not_found(path)
        return bucket, entry, self.folder(bucket) / path

    # -- changing files -------------------------------------------------------------------------

    def batch(
        self, principal: Principal | None, namespace: str, name: str, body: bytes
    ) -> tuple[int, dict[str, Any]]:
        """Add, copy and delete files, one NDJSON line each; what fails is listed, the rest done."""
        bucket = self.find_writable(principal, namespace, name)
        operations = names.ndjson_objects(body, what="batch")
        failed: list[dict[str, str]] = []
        with self._lock(bucket):
            for operation in operations:
                try:
                    self._apply(principal, bucket, operation)
                except errors.HubError as error:
                    failed.append({"path": str(operation.get("path")), "error": error.message})
        status = 422 if operations and len(failed) == len(operations) else 200
        return status, {
            "success": not failed,
            "processed": len(operations),
            "succeeded": len(operations) - len(failed),
            "failed": failed,
        }

    def _apply(self, principal: Principal | None, bucket: Bucket, operation: dict) -> None:
        kind = operation.get("type")
        if kind not in BATCH_OPERATIONS:
            raise errors.bad_request(
                f"Unknown operation {kind!r}: use {', '.join(BATCH_OPERATIONS)}"
            )
        path = names.file_path(operation.get("path"), where="bucket")
        if kind == "deleteFile":
            self._delete(bucket, path)
            return
        xet_hash = operation.get("xetHash")
        if not isinstance(xet_hash, str):
            raise errors.bad_request("xetHash is required")
        if kind == "copyFile":
            self._check_copy_source(principal, operation, xet_hash)
        size = self.cas.file_size(xet_hash)
        if size is None:
            raise errors.HubError(
                404, f"No file with Xet hash {xet_hash[:80]} in storage: upload its content first"
            )
        mtime = operation.get("mtime")
        mtime_ms = mtime if isinstance(mtime, int) and mtime > 0 else _now_ms()
        self._place(bucket, path, xet_hash, size, mtime_ms)

    def _check_copy_source(
        self, principal: Principal | None, operation: dict, xet_hash: str
    ) -> None:
        """A server-side copy needs a source the caller may read that holds this content."""
        source_type, source_id = operation.get("sourceRepoType"), operation.get("sourceRepoId")
        if not isinstance(source_id, str) or source_id.count("/") != 1:
            raise errors.bad_request("sourceRepoId must be namespace/name")
        namespace, name = source_id.split("/")
        if source_type != "bucket":
            # Files in localhub's repos are plain git blobs: the client copies them by upload.
            raise errors.HubError(404, f"{source_type} {source_id} has no Xet file {xet_hash[:80]}")
        source = self.find(principal, namespace, name)
        if not any(f.xet_hash == xet_hash for f in self._files(source).values()):
            raise errors.HubError(404, f"Bucket {source_id} has no file with Xet hash {xet_hash}")

    def _place(self, bucket: Bucket, path: str, xet_hash: str, size: int, mtime_ms: int) -> None:
        """Rebuild the content at `path` in the folder, at once for whoever reads it there."""
        folder = self.folder(bucket)
        target = folder / path
        for parent in Path(path).parents:
            if parent != Path(".") and (folder / parent).is_file():
                raise errors.HubError(409, f"{parent.as_posix()} is a file, not a folder")
        if target.is_dir():
            raise errors.HubError(409, f"{path} is a folder of files")
        partial = self.staging / f"{secrets.token_hex(8)}.partial"
        try:
            self.xet.download(xet_hash, size, partial)
            os.utime(partial, ns=(mtime_ms * 1_000_000, mtime_ms * 1_000_000))
            with partial.open("rb") as written:
                os.fsync(written.fileno())
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        stat = target.stat()
        self.store.put_bucket_file(
            bucket,
            BucketFile(path, size, xet_hash, mtime_ms, now_iso(), stat.st_size, stat.st_mtime_ns),
        )

    def _delete(self, bucket: Bucket, path: str) -> None:
        target = self.folder(bucket) / path
        if not target.is_file():
            raise errors.entry_not_found(path)
        target.unlink()
        self.store.forget_bucket_files(bucket, [path])

    # -- the folder and the index ---------------------------------------------------------------

    def _files(
        self, bucket: Bucket, *, prefix: str = "", paths: Iterable[str] | None = None
    ) -> dict[str, BucketFile]:
        """The files under `prefix` (or among `paths`), each hashed again if its folder copy
        changed since; files gone from the folder are forgotten."""
        wanted = set(paths) if paths is not None else None
        with self._lock(bucket):
            known = self.store.bucket_files(bucket)
            found: dict[str, BucketFile] = {}
            for path, file in self._on_disk(bucket, only=wanted):
                if not path.startswith(prefix):
                    continue
                try:
                    stat = file.stat()
                except FileNotFoundError:
                    continue  # gone since the folder was read
                entry = known.get(path)
                if entry is None or (entry.disk_size, entry.disk_mtime_ns) != (
                    stat.st_size,
                    stat.st_mtime_ns,
                ):
                    try:
                        entry = self._hash(bucket, path, file)
                    except Exception:
                        if file.is_file():
                            raise
                        continue  # gone while it was read: a Space's temporary file
                found[path] = entry
            gone = [
                p
                for p in known
                if p.startswith(prefix) and p not in found and (wanted is None or p in wanted)
            ]
            if gone:
                self.store.forget_bucket_files(bucket, gone)
        return found

    def _hash(self, bucket: Bucket, path: str, file: Path) -> BucketFile:
        """A file a Space wrote: into Xet storage, which says its hash."""
        stat = file.stat()
        xet_hash, size = self.xet.upload(file)
        entry = BucketFile(
            path,
            size,
            xet_hash,
            stat.st_mtime_ns // 1_000_000,
            now_iso(),
            stat.st_size,
            stat.st_mtime_ns,
        )
        self.store.put_bucket_file(bucket, entry)
        return entry

    def _on_disk(self, bucket: Bucket, *, only: set[str] | None = None) -> list[tuple[str, Path]]:
        folder = self.folder(bucket)
        if only is not None:
            candidates = [folder / p for p in only if _inside(p)]
        else:
            candidates = list(folder.rglob("*")) if folder.exists() else []
        return sorted(
            (file.relative_to(folder).as_posix(), file)
            for file in candidates
            if file.is_file() and not file.is_symlink()
        )

    def _lock(self, bucket: Bucket) -> threading.RLock:
        """One batch or listing of a bucket at a time; re-entered by a copy within the bucket."""
        with self._locks_lock:
            return self._locks.setdefault(bucket.bucket_id.lower(), threading.RLock())


def file_json(entry: BucketFile) -> dict[str, Any]:
    return {
        "type": "file",
        "path": entry.path,
        "size": entry.size,
        "xetHash": entry.xet_hash,
        "mtime": _iso(entry.mtime_ms),
        "uploadedAt": entry.uploaded_at,
    }


def _iso(milliseconds: int) -> str:
    moment = datetime.fromtimestamp(milliseconds / 1000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _now_ms() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)


def _inside(path: str) -> bool:
    try:
        names.file_path(path, where="bucket")
    except errors.HubError:
        return False
    return True

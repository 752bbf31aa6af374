"""Repos (models, datasets, Spaces) as the Hub keeps them: create, duplicate, delete, info, tree,
files, preupload and NDJSON commits, each after the access rules. HTTP lives in `localhub.routes`."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

from localhub import errors, gitobj, names
from localhub.auth import Access, Principal, Right
from localhub.card import CardError, parse_front_matter, repo_card, validate_metadata
from localhub.control import Deviation
from localhub.deviations import Deviations
from localhub.runtime import Runtime
from localhub.space_settings import SpaceSettings
from localhub.store import Account, Repo, Store

REPO_TYPES = ("model", "dataset", "space")
URL_PREFIX = {"model": "", "dataset": "datasets/", "space": "spaces/"}
MAX_FILE_BYTES = 10 * 1024 * 1024
# Fields `expand=` may ask for beyond those every answer has: localhub's repos are plain git repos.
EXPAND_DEFAULTS: dict[str, Any] = {
    "xetEnabled": False,
    "trendingScore": 0,
    "resourceGroup": None,
    "region": "us",
    "downloadsAllTime": 0,
    "spaces": [],
    "baseModels": None,
    "childrenModelCount": 0,
}


@dataclass(frozen=True)
class RepoRef:
    """A repo as a request names it: `/api/{type}s/{namespace}/{name}/...`."""

    type: str
    namespace: str
    name: str

    @property
    def repo_id(self) -> str:
        return f"{self.namespace}/{self.name}"


@dataclass(frozen=True)
class FileAnswer:
    data: bytes
    oid: str
    commit: str


class Repos:
    def __init__(
        self,
        store: Store,
        access: Access,
        runtime: Runtime,
        settings: SpaceSettings,
        *,
        endpoint: str,
        deviations: Deviations | None = None,
    ) -> None:
        self.store = store
        self.access = access
        self.runtime = runtime
        self.settings = settings
        self.endpoint = endpoint
        self.deviations = deviations or Deviations()

    def url(self, repo_type: str, repo_id: str) -> str:
        return f"{self.endpoint}/{URL_PREFIX[repo_type]}{repo_id}"

    # -- finding --------------------------------------------------------------------------------

    def find(self, principal: Principal | None, ref: RepoRef) -> Repo:
        repo = self.store.repo(ref.type, ref.namespace, ref.name)
        if repo is None:
            raise errors.repo_not_found()
        self.access.require_read(principal, repo)
        if ref.type == "space":
            self.runtime.touch(repo)
        return repo

    def find_writable(
        self, principal: Principal | None, ref: RepoRef, right: Right = Right.WRITE
    ) -> Repo:
        repo = self.find(principal, ref)
        self.access.require_write(principal, repo, right)
        return repo

    # -- creating, duplicating, deleting --------------------------------------------------------

    def create(self, principal: Principal | None, body: dict[str, Any]) -> dict[str, Any]:
        repo_type = _repo_type(body)
        name = names.text(body, "name")
        namespace = body.get("organization") or (principal.user if principal else None)
        if principal is None or namespace is None:
            raise errors.unauthorized("You must be authenticated to create a repo")
        owner = self._new_repo_owner(principal, repo_type, namespace, name)
        sdk = body.get("sdk")
        if repo_type == "space":
            if sdk not in ("gradio", "docker", "static"):
                raise errors.bad_request("Invalid sdk: use gradio, docker or static")
            self.settings.require_plan(owner.name, sdk)
        settings = self.settings.parse(principal, body) if repo_type == "space" else {}
        with self.store.transaction():  # the repo, its first commit and its settings, or nothing
            repo = self.store.create_repo(
                repo_type=repo_type,
                namespace=owner.name,
                name=name,
                private=names.private(body, default=False),
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
                self.settings.apply_values(repo, body)
        return {
            "url": self.url(repo_type, repo.repo_id),
            "name": repo.repo_id,
            "id": repo_object_id(repo),
        }

    def _new_repo_owner(
        self, principal: Principal, repo_type: str, namespace: str, name: str
    ) -> Account:
        """The account a new repo goes to, once the names, the rights and the place are checked."""
        names.check_name(name)
        names.check_name(namespace, what="namespace")
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
                self.url(repo_type, existing.repo_id),
            )
        return owner

    def duplicate(
        self, principal: Principal | None, ref: RepoRef, body: dict[str, Any]
    ) -> dict[str, Any]:
        source = self.find(principal, ref)
        if principal is None:
            raise errors.unauthorized("You must be authenticated to duplicate a repo")
        target_id = names.text(body, "repository")
        if target_id.count("/") != 1:
            raise errors.bad_request("repository must be namespace/name")
        target_namespace, target_name = target_id.split("/")
        owner = self._new_repo_owner(principal, ref.type, target_namespace, target_name)
        if ref.type == "space":
            self.settings.require_plan(owner.name, self.sdk(source))
        settings = self.settings.parse(principal, body) if ref.type == "space" else {}
        if Deviation.DUPLICATE_IGNORES_VOLUMES in self.deviations:
            settings.pop("volumes", None)
        with self.store.transaction():
            repo = self.store.create_repo(
                repo_type=ref.type,
                namespace=owner.name,
                name=target_name,
                private=names.private(body, default=source.private),
                sdk=source.sdk,
                creator=principal.user,
                creator_app=principal.token.oauth_app,
                settings=settings,
            )
            self.store.copy_history(source, repo)
            if ref.type == "space":
                # Public variables travel with a duplicate; secrets never do.
                copied = self.store.space_values(source, "variable")
                for key, item in copied.items():
                    self.store.set_space_value(
                        repo, "variable", key, item["value"], item["description"]
                    )
                self.settings.apply_values(repo, body)
                if Deviation.DUPLICATE_KEEPS_SOURCE_VARIABLES in self.deviations:
                    for key, item in copied.items():
                        self.store.set_space_value(
                            repo, "variable", key, item["value"], item["description"]
                        )
        repo = self.store.repo(ref.type, owner.name, target_name)
        assert repo is not None
        if ref.type == "space":
            self.runtime.rebuild(repo, reason="duplicated")
        return {"url": self.url(ref.type, repo.repo_id)}

    def delete(self, principal: Principal | None, body: dict[str, Any]) -> None:
        repo_type = _repo_type(body)
        namespace = body.get("organization") or (principal.user if principal else None)
        if namespace is None:
            raise errors.unauthorized("You must be authenticated to delete a repo")
        ref = RepoRef(repo_type, namespace, names.text(body, "name"))
        repo = self.find_writable(principal, ref, Right.DELETE)
        if repo_type == "space":
            self.runtime.forget(repo)
        self.store.delete_repo(repo)

    # -- reading --------------------------------------------------------------------------------

    def listed(
        self, principal: Principal | None, repo_type: str, *, author: str | None
    ) -> list[dict[str, Any]]:
        """`GET /api/{models,datasets,spaces}?author=`: the repos this caller may see, oldest first."""
        return [
            {
                "_id": repo_object_id(repo),
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

    def info(
        self,
        principal: Principal | None,
        ref: RepoRef,
        *,
        revision: str | None,
        blobs: bool,
        expand: list[str] | None = None,
    ) -> dict[str, Any]:
        """The repo's info; with `expand`, only `_id`, `id` and the fields asked for, as the Hub
        answers (the client asks `expand=xetEnabled` before every commit)."""
        info = self._info(principal, ref, revision=revision, blobs=blobs)
        if not expand:
            return info
        known = {**EXPAND_DEFAULTS, **info}
        unknown = sorted(set(expand) - set(known) - {"_id", "id"})
        if unknown:
            raise errors.bad_request(
                f'"expand" must be one of {", ".join(sorted(known))}, not {", ".join(unknown)}'
            )
        return {"_id": info["_id"], "id": info["id"], **{key: known[key] for key in expand}}

    def _info(
        self, principal: Principal | None, ref: RepoRef, *, revision: str | None, blobs: bool
    ) -> dict[str, Any]:
        repo = self.find(principal, ref)
        commit = self._revision(repo, revision or "main")
        tree = self.store.tree(repo.id, commit)
        card = self._card(repo, commit)
        info: dict[str, Any] = {
            "_id": repo_object_id(repo),
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
        if ref.type == "space":
            info.update(
                sdk=self.sdk(repo, card),
                runtime=self.runtime.runtime_json(repo),
                host=self.runtime.host(repo),
                subdomain=names.subdomain(repo.repo_id),
                models=[],
                datasets=[],
            )
        return info

    def tree(
        self,
        principal: Principal | None,
        ref: RepoRef,
        *,
        revision: str,
        path: str,
        recursive: bool,
    ) -> list[dict[str, Any]]:
        repo = self.find(principal, ref)
        tree = self.store.tree(repo.id, self._revision(repo, revision))
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

    def paths_info(
        self, principal: Principal | None, ref: RepoRef, *, revision: str, paths: list[str]
    ) -> list[dict[str, Any]]:
        """The files and folders among `paths`; the others are left out."""
        repo = self.find(principal, ref)
        tree = self.store.tree(repo.id, self._revision(repo, revision))
        found = []
        for path in dict.fromkeys(p.strip("/") for p in paths):
            if path in tree:
                entry = tree[path]
                found.append({"type": "file", "path": path, "size": entry.size, "oid": entry.oid})
            elif any(p.startswith(path + "/") for p in tree):
                found.append({"type": "directory", "path": path, "oid": _folder_id(tree, path)})
        return found

    def file(
        self, principal: Principal | None, ref: RepoRef, *, revision: str, path: str
    ) -> FileAnswer:
        repo = self.find(principal, ref)
        commit = self._revision(repo, revision)
        entry = self.store.tree(repo.id, commit).get(path)
        if entry is None or commit is None:
            raise errors.entry_not_found(path)
        data = self.store.blob(entry.oid)
        assert data is not None
        return FileAnswer(data=data, oid=entry.oid, commit=commit)

    def auth_check(self, principal: Principal | None, ref: RepoRef, *, write: bool) -> None:
        repo = self.store.repo(ref.type, ref.namespace, ref.name)
        if repo is None or not self.access.can_read(principal, repo):
            raise errors.repo_not_found()
        if write:
            self.access.require_write(principal, repo)
        elif principal is None and repo.private:
            raise errors.unauthorized()

    # -- commits --------------------------------------------------------------------------------

    @staticmethod
    def validate_yaml(body: dict[str, Any]) -> dict[str, Any]:
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
        self, principal: Principal | None, ref: RepoRef, revision: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        repo = self.find_writable(principal, ref)
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
        self, principal: Principal | None, ref: RepoRef, revision: str, body: bytes
    ) -> dict[str, Any]:
        """An NDJSON commit: a header line, then file and deletion lines."""
        repo = self.find_writable(principal, ref)
        assert principal is not None
        lines = names.ndjson_objects(body, what="commit")
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
                files[names.file_path(value.get("path"))] = _decode(value)
            elif key == "deletedFile":
                deleted_files.append(names.file_path(value.get("path")))
            elif key == "deletedFolder":
                deleted_folders.append(names.file_path(value.get("path")))
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
        if (
            parent
            and parent != repo.head
            and Deviation.PARENT_COMMIT_IGNORED not in self.deviations
        ):
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
        repo = self.store.repo(ref.type, repo.namespace, repo.name)
        assert repo is not None
        if ref.type == "space":
            self.runtime.rebuild(repo, reason=f"commit {oid[:7]}")
        return {
            "success": True,
            "commitOid": oid,
            "commitUrl": f"{self.url(ref.type, repo.repo_id)}/commit/{oid}",
            "pullRequestUrl": None,
            "hookOutput": "",
        }

    # -- the card -------------------------------------------------------------------------------

    def sdk(self, repo: Repo, card: dict[str, Any] | None = None) -> str | None:
        card = card if card is not None else self._card(repo, repo.head)
        sdk = (card or {}).get("sdk")
        return sdk if isinstance(sdk, str) else repo.sdk

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

    def _tags(self, repo: Repo, card: dict[str, Any] | None) -> list[str]:
        tags = [t for t in (card or {}).get("tags") or [] if isinstance(t, str)]
        if repo.type == "space" and (sdk := self.sdk(repo, card)):
            tags.append(sdk)
        return [*dict.fromkeys(tags), "region:us"]


def repo_object_id(repo: Repo) -> str:
    return f"{repo.id:024x}"


def _repo_type(body: dict[str, Any]) -> str:
    repo_type = body.get("type") or "model"
    if repo_type not in REPO_TYPES:
        raise errors.bad_request(f"Invalid repo type {repo_type!r}")
    return repo_type


def _folder_id(tree: dict, folder: str) -> str:
    prefix = folder + "/"
    return gitobj.tree_id(
        {p[len(prefix) :]: e.oid for p, e in tree.items() if p.startswith(prefix)}
    )


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

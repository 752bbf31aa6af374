"""Everything localhub knows, in one SQLite file under the data folder.

Each write is committed before its request is answered, so a restart (or a crash) loses nothing
that was acknowledged. Tokens and OAuth codes are kept only as SHA-256 hashes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from localhub import gitobj
from localhub.seed import OrgRole, Seed

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY COLLATE NOCASE, type TEXT NOT NULL, fullname TEXT NOT NULL,
    plan TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS members (
    org TEXT NOT NULL, user TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (org, user));
CREATE TABLE IF NOT EXISTS tokens (
    hash TEXT PRIMARY KEY, user TEXT NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL,
    scoped TEXT NOT NULL DEFAULT '[]', oauth_app TEXT, scopes TEXT, orgs TEXT,
    expires_at REAL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS repos (
    id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, namespace TEXT NOT NULL,
    name TEXT NOT NULL, private INTEGER NOT NULL, sdk TEXT, created_at TEXT NOT NULL,
    last_modified TEXT NOT NULL, head TEXT, creator TEXT NOT NULL, creator_app TEXT,
    settings TEXT NOT NULL DEFAULT '{}');
CREATE UNIQUE INDEX IF NOT EXISTS repos_nocase ON repos (type, namespace COLLATE NOCASE, name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS commits (
    repo_id INTEGER NOT NULL, oid TEXT NOT NULL, parent TEXT, tree TEXT NOT NULL,
    summary TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (repo_id, oid));
CREATE TABLE IF NOT EXISTS blobs (oid TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS space_values (
    repo_id INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
    description TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (repo_id, kind, key));
CREATE TABLE IF NOT EXISTS buckets (
    namespace TEXT NOT NULL, name TEXT NOT NULL, private INTEGER NOT NULL,
    created_at TEXT NOT NULL, creator TEXT NOT NULL, creator_app TEXT,
    PRIMARY KEY (namespace, name));
CREATE TABLE IF NOT EXISTS stats (
    repo_key TEXT PRIMARY KEY, commits INTEGER NOT NULL DEFAULT 0, builds INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS oauth_apps (
    client_id TEXT PRIMARY KEY, client_secret TEXT NOT NULL, name TEXT NOT NULL,
    redirect_uris TEXT NOT NULL, scopes TEXT NOT NULL, space TEXT,
    token_minutes INTEGER NOT NULL DEFAULT 480);
CREATE TABLE IF NOT EXISTS oauth_codes (
    hash TEXT PRIMARY KEY, grant_json TEXT NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS xet_xorbs (hash TEXT PRIMARY KEY, chunks TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS xet_files (hash TEXT PRIMARY KEY, size INTEGER NOT NULL, terms TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS xet_dedup (chunk TEXT PRIMARY KEY, shard TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS bucket_files (
    bucket TEXT NOT NULL COLLATE NOCASE, path TEXT NOT NULL, size INTEGER NOT NULL,
    xet_hash TEXT NOT NULL, mtime_ms INTEGER NOT NULL, uploaded_at TEXT NOT NULL,
    disk_size INTEGER NOT NULL, disk_mtime_ns INTEGER NOT NULL, PRIMARY KEY (bucket, path));
"""


def now_iso() -> str:
    moment = datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def token_hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


@dataclass(frozen=True)
class Account:
    name: str
    type: str  # "user" or "org"
    fullname: str
    plan: str

    @property
    def paid(self) -> bool:
        return self.plan != "free"


@dataclass(frozen=True)
class TokenRecord:
    user: str
    role: str  # read, write, fineGrained or oauth
    name: str
    scoped: list[dict[str, Any]] = field(default_factory=list)
    oauth_app: str | None = None
    scopes: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    expires_at: float | None = None


@dataclass
class Repo:
    id: int
    type: str
    namespace: str
    name: str
    private: bool
    sdk: str | None
    created_at: str
    last_modified: str
    head: str | None
    creator: str
    creator_app: str | None
    settings: dict[str, Any]

    @property
    def repo_id(self) -> str:
        return f"{self.namespace}/{self.name}"

    @property
    def key(self) -> str:
        return f"{self.type}s/{self.repo_id}"


@dataclass(frozen=True)
class Bucket:
    namespace: str
    name: str
    private: bool
    created_at: str
    creator: str
    creator_app: str | None

    type = "bucket"

    @property
    def bucket_id(self) -> str:
        return f"{self.namespace}/{self.name}"

    @property
    def repo_id(self) -> str:
        """The Hub treats a bucket as a repo of type `bucket` (access rules, Xet tokens)."""
        return self.bucket_id


@dataclass(frozen=True)
class FileEntry:
    oid: str
    size: int


@dataclass(frozen=True)
class BucketFile:
    """A file of a bucket as the Hub reports it, and the state of its folder's copy when it was
    last hashed (`disk_size`, `disk_mtime_ns`), to know when a Space changed it since."""

    path: str
    size: int
    xet_hash: str
    mtime_ms: int
    uploaded_at: str
    disk_size: int
    disk_mtime_ns: int


@dataclass(frozen=True)
class OAuthAppRecord:
    client_id: str
    client_secret: str
    name: str
    redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...]
    space: str | None
    token_minutes: int


class Store:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(
            data_dir / "hub.sqlite3", check_same_thread=False, isolation_level=None
        )
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- plumbing -------------------------------------------------------------------------------

    def _one(self, sql: str, *args: Any) -> sqlite3.Row | None:
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    def _all(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _run(self, sql: str, *args: Any) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def transaction(self) -> _Transaction:
        return _Transaction(self)

    # -- seed and meta --------------------------------------------------------------------------

    def apply_seed(self, seed: Seed) -> None:
        with self.transaction():
            for user in seed.users:
                self._upsert_account(user.name, "user", user.fullname, user.plan)
            for org in seed.orgs:
                self._upsert_account(org.name, "org", org.fullname, org.plan)
                for member, role in org.members.items():
                    self._run(
                        "INSERT OR REPLACE INTO members (org, user, role) VALUES (?, ?, ?)",
                        org.name,
                        member,
                        role.value,
                    )
            for token in seed.tokens:
                scoped = [
                    {"target": s.target, "permissions": [p.value for p in s.permissions]}
                    for s in token.scoped
                ]
                self._run(
                    "INSERT OR REPLACE INTO tokens (hash, user, role, name, scoped, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    token_hash(token.value),
                    token.user,
                    token.role.value,
                    token.name,
                    json.dumps(scoped),
                    now_iso(),
                )
            for app in seed.oauth_apps:
                self.put_oauth_app(
                    client_id=app.client_id,
                    client_secret=app.client_secret,
                    name=app.name,
                    redirect_uris=app.redirect_uris,
                    scopes=app.scopes,
                    token_minutes=app.token_minutes,
                )

    def _upsert_account(self, name: str, kind: str, fullname: str, plan: str) -> None:
        self._run(
            "INSERT INTO accounts (name, type, fullname, plan, created_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET fullname=excluded.fullname, plan=excluded.plan",
            name,
            kind,
            fullname,
            str(plan),
            now_iso(),
        )

    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", key)
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._run("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value)

    # -- accounts and tokens --------------------------------------------------------------------

    def account(self, name: str) -> Account | None:
        row = self._one("SELECT * FROM accounts WHERE name = ?", name)
        return Account(row["name"], row["type"], row["fullname"], row["plan"]) if row else None

    def users(self) -> list[Account]:
        rows = self._all("SELECT * FROM accounts WHERE type = 'user' ORDER BY name")
        return [Account(r["name"], r["type"], r["fullname"], r["plan"]) for r in rows]

    def memberships(self, user: str) -> list[tuple[Account, OrgRole]]:
        rows = self._all(
            "SELECT a.*, m.role FROM members m JOIN accounts a ON a.name = m.org"
            " WHERE m.user = ? COLLATE NOCASE ORDER BY a.name",
            user,
        )
        return [
            (Account(r["name"], r["type"], r["fullname"], r["plan"]), OrgRole(r["role"]))
            for r in rows
        ]

    def role_in(self, org: str, user: str) -> OrgRole | None:
        row = self._one(
            "SELECT role FROM members WHERE org = ? COLLATE NOCASE AND user = ?", org, user
        )
        return OrgRole(row["role"]) if row else None

    def token(self, value: str) -> TokenRecord | None:
        digest = token_hash(value)
        row = self._one("SELECT * FROM tokens WHERE hash = ?", digest)
        # The lookup is by hash; comparing the hashes again keeps the check constant-time.
        if row is None or not hmac.compare_digest(row["hash"], digest):
            return None
        return TokenRecord(
            user=row["user"],
            role=row["role"],
            name=row["name"],
            scoped=json.loads(row["scoped"]),
            oauth_app=row["oauth_app"],
            scopes=tuple(json.loads(row["scopes"])) if row["scopes"] else (),
            orgs=tuple(json.loads(row["orgs"])) if row["orgs"] else (),
            expires_at=row["expires_at"],
        )

    def issue_token(self, *, user: str, role: str, name: str = "localhub") -> str:
        """A personal access token (`read` or `write`) that does not expire."""
        value = "hf_" + secrets.token_urlsafe(30)
        self._run(
            "INSERT INTO tokens (hash, user, role, name, created_at) VALUES (?, ?, ?, ?, ?)",
            token_hash(value),
            user,
            role,
            name,
            now_iso(),
        )
        return value

    def issue_oauth_token(
        self,
        *,
        user: str,
        app: str,
        scopes: tuple[str, ...],
        orgs: tuple[str, ...],
        lifetime: float,
    ) -> tuple[str, float]:
        value = "hf_oauth_" + secrets.token_urlsafe(30)
        expires_at = time.time() + lifetime
        self._run(
            "INSERT INTO tokens (hash, user, role, name, oauth_app, scopes, orgs, expires_at, created_at)"
            " VALUES (?, ?, 'oauth', ?, ?, ?, ?, ?, ?)",
            token_hash(value),
            user,
            f"oauth:{app}",
            app,
            json.dumps(list(scopes)),
            json.dumps(list(orgs)),
            expires_at,
            now_iso(),
        )
        return value, expires_at

    # -- repos ----------------------------------------------------------------------------------

    def repo(self, repo_type: str, namespace: str, name: str) -> Repo | None:
        row = self._one(
            "SELECT * FROM repos WHERE type = ? AND namespace = ? COLLATE NOCASE AND name = ? COLLATE NOCASE",
            repo_type,
            namespace,
            name,
        )
        return _repo(row) if row else None

    def repos(self, repo_type: str | None = None) -> list[Repo]:
        if repo_type is None:
            return [_repo(r) for r in self._all("SELECT * FROM repos ORDER BY id")]
        return [
            _repo(r) for r in self._all("SELECT * FROM repos WHERE type = ? ORDER BY id", repo_type)
        ]

    def create_repo(
        self,
        *,
        repo_type: str,
        namespace: str,
        name: str,
        private: bool,
        sdk: str | None,
        creator: str,
        creator_app: str | None,
        settings: dict[str, Any],
    ) -> Repo:
        stamp = now_iso()
        cursor = self._run(
            "INSERT INTO repos (type, namespace, name, private, sdk, created_at, last_modified,"
            " creator, creator_app, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            repo_type,
            namespace,
            name,
            int(private),
            sdk,
            stamp,
            stamp,
            creator,
            creator_app,
            json.dumps(settings),
        )
        row = self._one("SELECT * FROM repos WHERE id = ?", cursor.lastrowid)
        assert row is not None
        return _repo(row)

    def update_repo(self, repo: Repo, **changes: Any) -> Repo:
        columns = {"private": int, "sdk": str, "settings": json.dumps}
        for column, value in changes.items():
            encode = columns[column]
            self._run(
                f"UPDATE repos SET {column} = ? WHERE id = ?",  # noqa: S608 - column from a fixed set
                None if value is None else encode(value),
                repo.id,
            )
        row = self._one("SELECT * FROM repos WHERE id = ?", repo.id)
        assert row is not None
        return _repo(row)

    def delete_repo(self, repo: Repo) -> None:
        with self.transaction():
            self._run("DELETE FROM repos WHERE id = ?", repo.id)
            self._run("DELETE FROM commits WHERE repo_id = ?", repo.id)
            self._run("DELETE FROM space_values WHERE repo_id = ?", repo.id)
            self._run("DELETE FROM stats WHERE repo_key = ?", repo.key)

    # -- git content ----------------------------------------------------------------------------

    def tree(self, repo_id: int, commit: str | None) -> dict[str, FileEntry]:
        if commit is None:
            return {}
        row = self.commit_info(repo_id, commit)
        if row is None:
            return {}
        return {path: FileEntry(oid, size) for path, (oid, size) in json.loads(row["tree"]).items()}

    def commit_info(self, repo_id: int, oid: str) -> sqlite3.Row | None:
        return self._one("SELECT * FROM commits WHERE repo_id = ? AND oid = ?", repo_id, oid)

    def copy_history(self, source: Repo, target: Repo) -> None:
        """Give `target` the history and head of `source`, as a server-side duplicate does."""
        with self.transaction():
            self._run(
                "INSERT OR IGNORE INTO commits (repo_id, oid, parent, tree, summary, author, created_at)"
                " SELECT ?, oid, parent, tree, summary, author, created_at FROM commits WHERE repo_id = ?",
                target.id,
                source.id,
            )
            self._run("UPDATE repos SET head = ? WHERE id = ?", source.head, target.id)

    def resolve_revision(self, repo: Repo, revision: str) -> str | None:
        """A commit id for `main` (or `HEAD`) or a full or abbreviated commit id of this repo."""
        if revision in ("main", "HEAD", "refs/heads/main"):
            return repo.head
        if len(revision) >= 7 and all(c in "0123456789abcdef" for c in revision):
            row = self._one(
                "SELECT oid FROM commits WHERE repo_id = ? AND oid LIKE ?", repo.id, revision + "%"
            )
            return row["oid"] if row else None
        return None

    def blob(self, oid: str) -> bytes | None:
        row = self._one("SELECT data FROM blobs WHERE oid = ?", oid)
        return bytes(row["data"]) if row else None

    def commit(
        self,
        repo: Repo,
        *,
        files: dict[str, bytes],
        deleted_files: list[str],
        deleted_folders: list[str],
        summary: str,
        author: str,
        counted: bool = True,
    ) -> str:
        """Write a commit on top of the repo's head and move the head; returns the commit id.

        `counted=False` is for commits the Hub writes itself (a new repo's initial commit)."""
        with self.transaction():
            tree = dict(self.tree(repo.id, repo.head))
            for path in deleted_files:
                tree.pop(path, None)
            for folder in deleted_folders:
                prefix = folder.rstrip("/") + "/"
                for path in [p for p in tree if p.startswith(prefix)]:
                    del tree[path]
            for path, data in files.items():
                oid = gitobj.blob_id(data)
                self._run("INSERT OR IGNORE INTO blobs (oid, data) VALUES (?, ?)", oid, data)
                tree[path] = FileEntry(oid, len(data))
            timestamp = int(time.time())
            oid = gitobj.commit_id(
                tree=gitobj.tree_id({p: e.oid for p, e in tree.items()}),
                parent=repo.head,
                author=author,
                timestamp=timestamp,
                message=summary,
            )
            stamp = now_iso()
            self._run(
                "INSERT OR REPLACE INTO commits (repo_id, oid, parent, tree, summary, author, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                repo.id,
                oid,
                repo.head,
                json.dumps({p: [e.oid, e.size] for p, e in sorted(tree.items())}),
                summary,
                author,
                stamp,
            )
            self._run(
                "UPDATE repos SET head = ?, last_modified = ? WHERE id = ?", oid, stamp, repo.id
            )
            if counted:
                self.count(repo.key, commits=1)
        return oid

    # -- Space variables and secrets ------------------------------------------------------------

    def space_values(self, repo: Repo, kind: str) -> dict[str, dict[str, Any]]:
        rows = self._all(
            "SELECT * FROM space_values WHERE repo_id = ? AND kind = ? ORDER BY key", repo.id, kind
        )
        return {
            r["key"]: {
                "value": r["value"],
                "description": r["description"],
                "updatedAt": r["updated_at"],
            }
            for r in rows
        }

    def set_space_value(
        self, repo: Repo, kind: str, key: str, value: str, description: str | None
    ) -> None:
        self._run(
            "INSERT OR REPLACE INTO space_values (repo_id, kind, key, value, description, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            repo.id,
            kind,
            key,
            value,
            description,
            now_iso(),
        )

    def delete_space_value(self, repo: Repo, kind: str, key: str) -> bool:
        cursor = self._run(
            "DELETE FROM space_values WHERE repo_id = ? AND kind = ? AND key = ?",
            repo.id,
            kind,
            key,
        )
        return cursor.rowcount == 1

    # -- buckets --------------------------------------------------------------------------------

    def bucket(self, namespace: str, name: str) -> Bucket | None:
        row = self._one(
            "SELECT * FROM buckets WHERE namespace = ? COLLATE NOCASE AND name = ? COLLATE NOCASE",
            namespace,
            name,
        )
        return _bucket(row) if row else None

    def buckets(self, namespace: str) -> list[Bucket]:
        rows = self._all(
            "SELECT * FROM buckets WHERE namespace = ? COLLATE NOCASE ORDER BY name", namespace
        )
        return [_bucket(r) for r in rows]

    def create_bucket(
        self, *, namespace: str, name: str, private: bool, creator: str, creator_app: str | None
    ) -> Bucket:
        self._run(
            "INSERT INTO buckets (namespace, name, private, created_at, creator, creator_app)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            namespace,
            name,
            int(private),
            now_iso(),
            creator,
            creator_app,
        )
        self.bucket_dir(namespace, name).mkdir(parents=True, exist_ok=True)
        bucket = self.bucket(namespace, name)
        assert bucket is not None
        return bucket

    def bucket_dir(self, namespace: str, name: str) -> Path:
        return self.data_dir / "buckets" / namespace / name

    def update_bucket(self, bucket: Bucket, *, private: bool) -> None:
        self._run(
            "UPDATE buckets SET private = ? WHERE namespace = ? AND name = ?",
            int(private),
            bucket.namespace,
            bucket.name,
        )

    def delete_bucket(self, bucket: Bucket) -> None:
        with self.transaction():
            self._run(
                "DELETE FROM buckets WHERE namespace = ? AND name = ?",
                bucket.namespace,
                bucket.name,
            )
            self._run("DELETE FROM bucket_files WHERE bucket = ?", bucket.bucket_id)

    # -- bucket files: what the Hub reports of each file in a bucket's folder -------------------

    def bucket_files(self, bucket: Bucket) -> dict[str, BucketFile]:
        rows = self._all("SELECT * FROM bucket_files WHERE bucket = ?", bucket.bucket_id)
        return {r["path"]: _bucket_file(r) for r in rows}

    def put_bucket_file(self, bucket: Bucket, entry: BucketFile) -> None:
        self._run(
            "INSERT OR REPLACE INTO bucket_files (bucket, path, size, xet_hash, mtime_ms,"
            " uploaded_at, disk_size, disk_mtime_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            bucket.bucket_id,
            entry.path,
            entry.size,
            entry.xet_hash,
            entry.mtime_ms,
            entry.uploaded_at,
            entry.disk_size,
            entry.disk_mtime_ns,
        )

    def forget_bucket_files(self, bucket: Bucket, paths: list[str]) -> None:
        with self.transaction():
            for path in paths:
                self._run(
                    "DELETE FROM bucket_files WHERE bucket = ? AND path = ?", bucket.bucket_id, path
                )

    # -- Xet storage: xorbs, the files they rebuild, and chunks for deduplication ---------------

    def put_xorb(self, xorb: str, chunks: list[tuple[int, int]]) -> None:
        self._run(
            "INSERT OR REPLACE INTO xet_xorbs (hash, chunks) VALUES (?, ?)",
            xorb,
            json.dumps(chunks),
        )

    def xorb_chunks(self, xorb: str) -> list[tuple[int, int]] | None:
        """Each chunk's byte offset in the serialized xorb and its unpacked length, and a last
        `(end, 0)` for where the chunks end."""
        row = self._one("SELECT chunks FROM xet_xorbs WHERE hash = ?", xorb)
        return [tuple(c) for c in json.loads(row["chunks"])] if row else None

    def put_xet_file(self, file_hash: str, size: int, terms: list[tuple[str, int, int]]) -> None:
        self._run(
            "INSERT OR IGNORE INTO xet_files (hash, size, terms) VALUES (?, ?, ?)",
            file_hash,
            size,
            json.dumps(terms),
        )

    def xet_file(self, file_hash: str) -> tuple[int, list[tuple[str, int, int]]] | None:
        """A file's size and its terms: (xorb, first chunk, end chunk)."""
        row = self._one("SELECT size, terms FROM xet_files WHERE hash = ?", file_hash)
        return (row["size"], [tuple(t) for t in json.loads(row["terms"])]) if row else None

    def put_dedup_chunks(self, chunks: list[str], shard: str) -> None:
        with self.transaction():
            for chunk in chunks:
                self._run(
                    "INSERT OR REPLACE INTO xet_dedup (chunk, shard) VALUES (?, ?)", chunk, shard
                )

    def dedup_shard(self, chunk: str) -> str | None:
        row = self._one("SELECT shard FROM xet_dedup WHERE chunk = ?", chunk)
        return row["shard"] if row else None

    # -- counters -------------------------------------------------------------------------------

    def count(self, key: str, *, commits: int = 0, builds: int = 0) -> None:
        self._run(
            "INSERT INTO stats (repo_key, commits, builds) VALUES (?, ?, ?) ON CONFLICT(repo_key)"
            " DO UPDATE SET commits = commits + excluded.commits, builds = builds + excluded.builds",
            key,
            commits,
            builds,
        )

    def stats(self, key: str) -> dict[str, int]:
        row = self._one("SELECT commits, builds FROM stats WHERE repo_key = ? COLLATE NOCASE", key)
        return (
            {"commits": row["commits"], "builds": row["builds"]}
            if row
            else {"commits": 0, "builds": 0}
        )

    # -- OAuth apps and codes -------------------------------------------------------------------

    def put_oauth_app(
        self,
        *,
        client_id: str,
        client_secret: str,
        name: str,
        redirect_uris: tuple[str, ...],
        scopes: tuple[str, ...],
        space: str | None = None,
        token_minutes: int = 480,
    ) -> OAuthAppRecord:
        self._run(
            "INSERT OR REPLACE INTO oauth_apps"
            " (client_id, client_secret, name, redirect_uris, scopes, space, token_minutes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            client_id,
            client_secret,
            name,
            json.dumps(list(redirect_uris)),
            json.dumps(list(scopes)),
            space,
            token_minutes,
        )
        app = self.oauth_app(client_id)
        assert app is not None
        return app

    def oauth_app(self, client_id: str) -> OAuthAppRecord | None:
        row = self._one("SELECT * FROM oauth_apps WHERE client_id = ?", client_id)
        return _oauth_app(row) if row else None

    def space_oauth_app(self, space: str) -> OAuthAppRecord | None:
        row = self._one("SELECT * FROM oauth_apps WHERE space = ? COLLATE NOCASE", space)
        return _oauth_app(row) if row else None

    def put_oauth_code(self, code: str, grant: dict[str, Any], lifetime: float) -> None:
        self._run(
            "INSERT INTO oauth_codes (hash, grant_json, expires_at) VALUES (?, ?, ?)",
            token_hash(code),
            json.dumps(grant),
            time.time() + lifetime,
        )

    def take_oauth_code(self, code: str) -> dict[str, Any] | None:
        """The grant behind a code, once: the code is gone afterwards, used or expired."""
        digest = token_hash(code)
        with self.transaction():
            row = self._one("SELECT * FROM oauth_codes WHERE hash = ?", digest)
            self._run(
                "DELETE FROM oauth_codes WHERE hash = ? OR expires_at < ?", digest, time.time()
            )
        if row is None or row["expires_at"] < time.time():
            return None
        return json.loads(row["grant_json"])


class _Transaction:
    def __init__(self, store: Store) -> None:
        self._store = store

    def __enter__(self) -> None:
        self._store._lock.acquire()
        self._nested = self._store._db.in_transaction
        if not self._nested:
            self._store._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        try:
            if not self._nested:
                self._store._db.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self._store._lock.release()


def _repo(row: sqlite3.Row) -> Repo:
    return Repo(
        id=row["id"],
        type=row["type"],
        namespace=row["namespace"],
        name=row["name"],
        private=bool(row["private"]),
        sdk=row["sdk"],
        created_at=row["created_at"],
        last_modified=row["last_modified"],
        head=row["head"],
        creator=row["creator"],
        creator_app=row["creator_app"],
        settings=json.loads(row["settings"]),
    )


def _bucket(row: sqlite3.Row) -> Bucket:
    return Bucket(
        namespace=row["namespace"],
        name=row["name"],
        private=bool(row["private"]),
        created_at=row["created_at"],
        creator=row["creator"],
        creator_app=row["creator_app"],
    )


def _bucket_file(row: sqlite3.Row) -> BucketFile:
    return BucketFile(
        path=row["path"],
        size=row["size"],
        xet_hash=row["xet_hash"],
        mtime_ms=row["mtime_ms"],
        uploaded_at=row["uploaded_at"],
        disk_size=row["disk_size"],
        disk_mtime_ns=row["disk_mtime_ns"],
    )


def _oauth_app(row: sqlite3.Row) -> OAuthAppRecord:
    return OAuthAppRecord(
        client_id=row["client_id"],
        client_secret=row["client_secret"],
        name=row["name"],
        redirect_uris=tuple(json.loads(row["redirect_uris"])),
        scopes=tuple(json.loads(row["scopes"])),
        space=row["space"],
        token_minutes=row["token_minutes"],
    )

"""Upgrading a live dashboard in place: the guarantees of `trackio bump` (trackio 0.43, `bump.py`)
for no more Hub writes and no more builds. The one way this app changes a dashboard's files: the
deploy's "update" path runs it too, with the request's settings changed while the Space is paused.

Before any change the check refuses a Space that is not a live Trackio dashboard, one this person
may not write, one without a bucket at /data, and a trackio older than `MIN_UPGRADABLE` or newer
than the template's (each message says what to do instead). Then:

1. pause: new logs wait in the bucket's inbox, where trackio's clients put them;
2. back up the databases (`trackio/*.db`, `*.db-journal`) inside the bucket, server-side, in one
   batch copy to `trackio-backups/<from>-to-<to>-<stamp>/` (where `trackio bump` puts its own);
3. count them: projects, rows of every table, metric rows of every run;
4. one commit of the template's files, `TRACKIO_PAUSE_WRITES=1` and the deploy's settings, all while
   paused, so that none of them restarts the Space;
5. restart: the new version starts with writes paused;
6. verify: `/version` names the template's trackio with writes paused, and the dashboard serves
   every project, table row and run of the count;
7. resume: the variable goes (a restart), `/version` says writes are on, the inbox is imported.

Any failure after the pause rolls back: paused again, the databases copied back from the backup,
the variables as they were, one commit restoring the previous files, a restart. An upgrade that
could not even roll back leaves the pause flag set, and running it again finishes it.

Writes: pause, backup, commit, flag, restart, flag removed: 6 whatever the number of databases
(`trackio bump` copies each file with a request of its own: 5 + one per file). Builds: 2, the floor
while a new version proves itself before it accepts a write: trackio reads the pause flag only when
it starts, so resuming writes is a second start.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from huggingface_hub import BucketFile, CommitOperationAdd, CommitOperationDelete, HfApi, SpaceInfo

from deployer import template
from deployer.client import HubClient
from deployer.dashboards import pinned_version, read_space_file
from deployer.errors import REFUSALS, DeployError, Problem
from deployer.events import DeployPath, Done, Event, Result, Step, Upgraded
from deployer.inventory import Inventory, count_database, count_served
from deployer.paths import PathChoice
from deployer.space_api import SpaceApi
from deployer.versions import MIN_UPGRADABLE, is_older, release

PAUSE_WRITES = "TRACKIO_PAUSE_WRITES"  # trackio's PAUSE_WRITES_VARIABLE
BACKUP_PREFIX = "trackio-backups"
DATABASES = "trackio/"
DATABASE_SUFFIXES = (".db", ".db-journal")
INBOX = "trackio/inbox/"
STOPPED = frozenset({"PAUSED", "STOPPED"})
STAGE_TIMEOUT = 300.0
INBOX_TIMEOUT = 60.0
POLL_SECONDS = 0.5


@dataclass
class UpgradeState:
    """What the check found, and what the steps did so far (a rollback undoes exactly that)."""

    from_version: str
    to_version: str
    base_sha: str
    changed: list[str]  # template files that differ from the Space's
    removed: list[str]  # files an earlier template had
    previous: dict[str, bytes | None]  # their content before (None: the commit adds it)
    variables: dict[str, str]  # the Space's variables before
    interrupted: bool  # the pause flag was set: an upgrade stopped half-way
    databases: list[BucketFile] = field(default_factory=list)
    backup: str | None = None  # the backup's prefix in the bucket
    inventory: Inventory = field(default_factory=Inventory)
    committed: str | None = None
    variables_changed: bool = False

    @property
    def needed(self) -> bool:
        return bool(self.changed or self.removed or self.interrupted)


class Upgrading:
    """The upgrade steps of a deploy run. `deployer.deploy._Run` mixes this in and provides the
    Space it found (`existing`), its bucket (`bucket_id`, and `kept` when the Space mounts it
    already), its visibility (`private`), its address (`host`), the commit to wait for
    (`expected_sha`), and `call`, `_step`, `_warn`, `_build`, `_commit`, `_setting_changes` and
    `_apply`."""

    client: HubClient
    api: HfApi
    existing: SpaceInfo | None
    bucket_id: str | None
    host: str
    expected_sha: str | None
    keep_settings: bool
    upgrading: UpgradeState | None = None

    space_id: str
    space_url: str
    deployer: Any
    step: Step | None
    call: Callable[..., Any]
    _step: Callable[..., Iterator[Event]]
    _warn: Callable[[str], Iterator[Event]]
    _build: Callable[[], Iterator[Event]]
    _storage: Callable[[], Iterator[Event]]
    _commit: Callable[..., str]
    _setting_changes: Callable[[SpaceInfo], list]
    _apply: Callable[[list], Iterator[Event]]
    kept: tuple[str, str] | None
    private: bool
    _result: Callable[..., Result]
    choice: PathChoice

    @property
    def _state(self) -> UpgradeState:
        assert self.upgrading is not None, "the check comes first"
        return self.upgrading

    # -- before any change --------------------------------------------------------------------------

    def _check_upgrade(self) -> Iterator[Event]:
        """The refusals an upgrade makes before any change; what it will do."""
        info, space = self.existing, self.space_id
        assert info is not None
        if info.sdk != "gradio" or "trackio" not in (info.tags or []):
            raise DeployError(
                Problem.NOT_TRACKIO,
                f"{space} is not a live Trackio dashboard, so it will not be touched.",
            )
        self.call(
            "upgrade dashboards",
            lambda: self.api.auth_check(space, repo_type="space", write=True),
        )
        remote = template.remote_blob_ids(info.siblings, template.template_files())
        local = template.template_blob_ids()
        target = template.pinned_trackio_version()
        version = (
            target
            if remote.get("requirements.txt") == local["requirements.txt"]
            else pinned_version(self.client, space, revision=info.sha)
        )
        if version is None and not self.keep_settings:
            # Not a dashboard this app or trackio made: what it runs cannot be compared or checked.
            # A deploy asked to update it does so as it always did.
            yield from self._warn(
                f"{space} pins no trackio release in its requirements.txt, so an upgrade could"
                " not compare versions nor check what the new one serves: it is updated as"
                " before (its files in one commit, one restart), without a backup."
            )
            return f"{space} pins no trackio release: updated without an upgrade's checks"
        _refuse_version(space, version, target)
        assert version is not None
        variables = {
            key: v.value
            for key, v in self.call(
                "read the Space's variables", lambda: self.api.get_space_variables(space)
            ).items()
        }
        changed = [path for path in local if remote.get(path) != local[path]]
        removed = [path for path in sorted(template.FORMER_TEMPLATE_FILES) if path in remote]
        assert info.sha is not None
        state = UpgradeState(
            from_version=version,
            to_version=target,
            base_sha=info.sha,
            changed=changed,
            removed=removed,
            previous={},
            variables=variables,
            interrupted=variables.get(PAUSE_WRITES) == "1",
        )
        self.upgrading = state
        self.host = (info.host or "").rstrip("/")
        if not state.needed:
            return f"{space} runs trackio {version}, the template's files: nothing to upgrade"

        # An upgrade alone keeps what the Space mounts; a deploy mounts its bucket first (or was
        # asked for none: then nothing it holds outlives a restart, and nothing is backed up).
        if self.keep_settings and not self.kept:
            raise DeployError(
                Problem.CANNOT_UPGRADE,
                f"{space} has no bucket at /data: its runs live only inside the running Space, and"
                " the restart an upgrade needs would lose them. Deploy it again with updating"
                " allowed and storage on: that mounts a bucket first.",
            )
        if self.private:  # verified through a Space token: refused before any change without one
            self._space_token()
        # For a rollback, kept before anything changes: the files the commit replaces.
        state.previous = {
            path: read_space_file(self.client, space, path, revision=info.sha)
            if path in remote
            else None
            for path in [*changed, *removed]
        }
        what = ", ".join(changed + [f"{p} (removed)" for p in removed]) or "no file"
        resume = " (finishing an upgrade that stopped half-way)" if state.interrupted else ""
        yield from ()
        return f"{space}: trackio {version} to {target}{resume}; {what} will change"

    # -- the upgrade ---------------------------------------------------------------------------------

    def _upgrade_dashboard(self) -> Iterator[Event]:
        """Steps 1 to 7 (see the module), then `Upgraded` and `Done`, or a rollback. A dashboard
        already up to date is left alone."""
        state = self._state
        if not state.needed:
            info = self.existing
            stage = str(info.runtime.stage) if info and info.runtime else "UNKNOWN"
            self.choice = PathChoice(
                DeployPath.UPDATE, f"it already runs trackio {state.to_version}"
            )
            yield Done(self._result(stage=stage, ready=False))
            return
        if self.bucket_id and not self.keep_settings:
            yield from self._step(Step.STORAGE, self._storage)
        yield from self._step(Step.PAUSE, self._pause)
        try:
            yield from self._step(Step.BACKUP, self._back_up)
            yield from self._step(Step.INVENTORY, self._count)
            yield from self._step(Step.COMMIT, self._commit_upgrade)
            stage = yield from self._step(Step.BUILD, self._build)
            if stage != "RUNNING":
                raise DeployError(
                    Problem.BUILD_FAILED,
                    f"The new version did not start within {self.deployer.wait_timeout:.0f} s"
                    f" (the Space is {stage}).",
                )
            yield from self._step(Step.VERIFY, self._verify_upgrade)
        except Exception as error:  # after the pause, anything that fails is undone
            yield from self._roll_back(error)
        yield from self._step(Step.RESUME, self._resume)
        yield Upgraded(
            space_id=self.space_id,
            from_version=state.from_version,
            to_version=state.to_version,
            backup=f"hf://buckets/{self.bucket_id}/{state.backup}" if state.backup else None,
            checked=state.inventory.summary(),
        )
        self.choice = PathChoice(
            DeployPath.UPDATE,
            f"upgraded in place from trackio {state.from_version} to {state.to_version}; every"
            f" project, run and row checked ({state.inventory.summary()})",
        )
        yield Done(self._result(stage="RUNNING", ready=True))

    def _pause(self) -> Iterator[Event]:
        self._pause_now()
        yield from ()
        if self.bucket_id is None:
            return "paused; without a bucket, nothing it holds outlives the restart"
        return f"paused; new logs wait in hf://buckets/{self.bucket_id}/{INBOX}"

    def _pause_now(self) -> None:
        """Paused, unless it is paused or stopped already (a request would wake a sleeper)."""
        if self._stage() in STOPPED:
            return
        self.call("pause the Space", lambda: self.api.pause_space(self.space_id))
        self._wait_for("PAUSED")

    def _back_up(self) -> Iterator[Event]:
        state, bucket = self._state, self.bucket_id
        if bucket is None:
            yield from ()
            return "no bucket: nothing is kept across a restart, nothing to back up"
        state.databases = [
            entry
            for entry in self.call(
                "list the databases",
                lambda: list(self.api.list_bucket_tree(bucket, prefix=DATABASES, recursive=True)),
            )
            if isinstance(entry, BucketFile)
            and "/" not in entry.path[len(DATABASES) :]
            and entry.path.endswith(DATABASE_SUFFIXES)
        ]
        yield from ()
        if not state.databases:
            return "no database yet: nothing to back up"
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        prefix = f"{BACKUP_PREFIX}/{state.from_version}-to-{state.to_version}-{stamp}/"
        copies = [
            ("bucket", bucket, f.xet_hash, prefix + f.path[len(DATABASES) :])
            for f in state.databases
        ]
        self.call("back up the databases", lambda: self.api.batch_bucket_files(bucket, copy=copies))
        state.backup = prefix
        return f"{len(copies)} file(s) copied to hf://buckets/{bucket}/{prefix}"

    def _count(self) -> Iterator[Event]:
        state, bucket = self._state, self.bucket_id
        databases = [f for f in state.databases if f.path.endswith(".db")]
        with tempfile.TemporaryDirectory(prefix="upgrade-") as folder:
            files = [(f, Path(folder) / f.path.rsplit("/", 1)[1]) for f in databases]
            if files and bucket:
                self.call(
                    "read the databases",
                    lambda: self.api.download_bucket_files(bucket, [(f, str(p)) for f, p in files]),
                )
            state.inventory = Inventory(
                tuple(count_database(path, project=path.stem) for _, path in files)
            )
        yield from ()
        return state.inventory.summary()

    def _commit_upgrade(self) -> Iterator[Event]:
        """Everything that would restart a running Space, while it is paused: the deploy's
        settings, the pause flag, one commit of the template's files."""
        state = self._state
        assert self.existing is not None
        changes = [] if self.keep_settings else self._setting_changes(self.existing)
        state.variables_changed = True  # from here on, a rollback puts them back
        yield from self._apply(changes)
        if not state.interrupted:
            self.call(
                "pause writes for the restart",
                lambda: self.api.add_space_variable(self.space_id, PAUSE_WRITES, "1"),
            )
        if state.changed or state.removed:
            state.committed = self._commit(
                "commit the template's files",
                state.changed,
                state.removed,
                message=f"Upgrade the Trackio dashboard to trackio {state.to_version}",
                parent=state.base_sha,
            )
        self.expected_sha = state.committed or state.base_sha
        self.call("start the new version", lambda: self.api.restart_space(self.space_id))
        files = len(state.changed) + len(state.removed)
        return f"{files} file change(s) and {len(changes)} setting change(s), then one restart"

    def _verify_upgrade(self) -> Iterator[Event]:
        state = self._state
        space = self._dashboard()
        self._wait_for_version(space, version=state.to_version, writes_paused=True)
        served = count_served(space, state.inventory)
        if missing := state.inventory.shortfalls(served):
            raise DeployError(
                Problem.NOT_ANSWERING,
                f"The new version does not serve everything the backup holds: {'; '.join(missing)}.",
            )
        yield from ()
        return f"trackio {state.to_version}, writes paused, serves {served.summary()}"

    def _resume(self) -> Iterator[Event]:
        state, bucket = self._state, self.bucket_id
        try:
            queued = len(self._inbox(bucket)) if bucket else 0
            self.call(
                "resume writes",
                lambda: self.api.delete_space_variable(self.space_id, PAUSE_WRITES),
            )
            stage = yield from self._build()
            if stage != "RUNNING":
                raise DeployError(Problem.BUILD_FAILED, f"it is {stage}")
            self._wait_for_version(self._dashboard(), version=state.to_version, writes_paused=False)
        except DeployError as error:
            raise DeployError(
                Problem.UPGRADE_INTERRUPTED,
                f"{self.space_id} runs trackio {state.to_version} and serves every run, but writes"
                f" are still paused ({error.message}). Upgrade it again: that resumes them.",
                request_id=error.request_id,
            ) from None
        left, deadline = queued, time.monotonic() + INBOX_TIMEOUT
        while bucket and left and time.monotonic() < deadline:
            left = len(self._inbox(bucket))
            if left:
                time.sleep(1.0)
        if queued and left:
            yield from self._warn(
                f"{left} batch(es) of logs made during the upgrade still wait in the bucket's inbox;"
                " the dashboard imports them within a minute."
            )
        imported = f"; {queued} queued batch(es) of logs imported" if queued else ""
        return f"writes resumed{imported}"

    # -- rollback -------------------------------------------------------------------------------------

    def _roll_back(self, error: Exception) -> Iterator[Event]:
        """Undo what the steps did, then raise the error that says so."""
        state = self._state
        failed_at = self.step
        reason = _reason(error)
        try:
            yield from self._step(Step.ROLLBACK, self._undo)
        except Exception as undo_error:
            self.step = failed_at
            backup = (
                f" Its databases are backed up at hf://buckets/{self.bucket_id}/{state.backup}."
                if state.backup
                else ""
            )
            raise DeployError(
                Problem.UPGRADE_INTERRUPTED,
                f"The upgrade of {self.space_id} failed ({reason}), and rolling it back failed too"
                f" ({_reason(undo_error)}). Logs made meanwhile wait in its bucket's inbox.{backup}"
                " Upgrade it again once the Hub answers: that finishes it.",
            ) from None
        self.step = failed_at
        raise DeployError(
            Problem.ROLLED_BACK,
            f"The upgrade of {self.space_id} failed ({reason}) and was rolled back: it runs trackio"
            f" {state.from_version} again and serves what it held before"
            f" ({state.inventory.summary()}); logs made meanwhile waited in its bucket's inbox."
            " Nothing was lost: upgrade it again once the cause is fixed.",
            request_id=getattr(error, "request_id", None),
        ) from None

    def _undo(self) -> Iterator[Event]:
        state = self._state
        space, bucket = self.space_id, self.bucket_id
        self._pause_now()
        if state.backup and bucket:
            before = {f.path for f in state.databases}
            # A journal the new version left would be replayed into the restored database.
            strays = [
                entry.path
                for entry in self.call(
                    "list the databases",
                    lambda: list(
                        self.api.list_bucket_tree(bucket, prefix=DATABASES, recursive=True)
                    ),
                )
                if entry.path.endswith(".db-journal") and entry.path not in before
            ]
            copies = [("bucket", bucket, f.xet_hash, f.path) for f in state.databases]
            self.call(
                "restore the databases",
                lambda: self.api.batch_bucket_files(bucket, copy=copies, delete=strays or None),
            )
        if state.variables_changed:
            self._restore_variables(state.variables)
        restored = state.base_sha
        if state.committed:
            operations: list[Any] = [
                CommitOperationAdd(path, data) if data is not None else CommitOperationDelete(path)
                for path, data in state.previous.items()
            ]
            restored = self.call(
                "restore the previous files",
                lambda: self.api.create_commit(
                    space,
                    operations,
                    commit_message="Roll back the Trackio dashboard's upgrade",
                    repo_type="space",
                    parent_commit=state.committed,
                ),
                idempotent=False,
            ).oid
        self.expected_sha = restored
        self.call("restart the Space", lambda: self.api.restart_space(space))
        stage = yield from self._build()
        if stage != "RUNNING":
            raise DeployError(Problem.BUILD_FAILED, f"the previous version is {stage}")
        served = count_served(self._dashboard(), state.inventory)
        if missing := state.inventory.shortfalls(served):
            raise DeployError(Problem.NOT_ANSWERING, "; ".join(missing))
        return f"trackio {state.from_version} again, serving {served.summary()}"

    def _restore_variables(self, before: dict[str, str]) -> None:
        space = self.space_id
        now = {
            key: v.value
            for key, v in self.call(
                "read the Space's variables", lambda: self.api.get_space_variables(space)
            ).items()
        }
        for key in now.keys() - before.keys():
            self.call(
                f"remove the variable {key}",
                lambda key=key: self.api.delete_space_variable(space, key),
            )
        for key, value in before.items():
            if now.get(key) != value:
                self.call(
                    f"restore the variable {key}",
                    lambda key=key, value=value: self.api.add_space_variable(space, key, value),
                )

    # -- waiting ---------------------------------------------------------------------------------------

    def _dashboard(self) -> SpaceApi:
        """The dashboard's own API, never sent the person's token: a private one is opened with a
        Space token from the Hub, fresh each time (they are short-lived)."""
        return SpaceApi(self.host, sign=self._space_token() if self.private else None)

    def _space_token(self) -> str:
        try:
            return self.call(
                "get a token for the private Space",
                lambda: self.client.space_token(self.space_id),
            )
        except DeployError as refused:
            if refused.problem not in REFUSALS:
                raise
            raise DeployError(
                Problem.CANNOT_UPGRADE,
                f"The Hub gave no token to open the private {self.space_id} ({refused.message}),"
                " and your own is never sent to a Space: without one, the upgrade could not check"
                " that the new version serves every run. Upgrade it with `trackio bump` instead.",
            ) from None

    def _stage(self) -> str:
        runtime = self.call(
            "read the Space's status", lambda: self.api.get_space_runtime(self.space_id)
        )
        return str(runtime.stage)

    def _wait_for(self, stage: str) -> None:
        deadline = time.monotonic() + STAGE_TIMEOUT
        while (now := self._stage()) != stage:
            if time.monotonic() > deadline:
                raise DeployError(
                    Problem.NOT_ANSWERING,
                    f"{self.space_id} did not reach {stage} within {STAGE_TIMEOUT:.0f} s (it is {now})",
                )
            time.sleep(POLL_SECONDS)

    def _wait_for_version(self, space: SpaceApi, *, version: str, writes_paused: bool) -> None:
        """Until `/version` names `version` with writes paused or not, within the health time-out."""
        deadline = time.monotonic() + self.deployer.health_timeout
        answer: dict[str, Any] = {}
        while True:
            try:
                answer = space.version()
            except Exception as error:  # not up yet: asked again
                answer = {"error": type(error).__name__}
            if answer.get("version") == version and answer.get("writes_paused") is writes_paused:
                return
            if time.monotonic() > deadline:
                state = "paused" if writes_paused else "on"
                raise DeployError(
                    Problem.NOT_ANSWERING,
                    f"/version did not report trackio {version} with writes {state} (it answered {answer})",
                )
            time.sleep(POLL_SECONDS)

    def _inbox(self, bucket: str) -> list[str]:
        entries = self.call(
            "look at the inbox",
            lambda: list(self.api.list_bucket_tree(bucket, prefix=INBOX, recursive=True)),
        )
        return [e.path for e in entries if isinstance(e, BucketFile)]


def _refuse_version(space: str, version: str | None, target: str) -> None:
    if version is None or release(version) is None:
        raise DeployError(
            Problem.CANNOT_UPGRADE,
            f"Cannot tell which trackio {space} runs: its requirements.txt pins"
            f" {version or 'no release'} (a line trackio[...]==X.Y.Z is what an upgrade compares)."
            " Deploy a new dashboard under another name instead.",
        )
    if is_older(version, MIN_UPGRADABLE):
        raise DeployError(
            Problem.CANNOT_UPGRADE,
            f"{space} runs trackio {version}, older than {MIN_UPGRADABLE}, the oldest whose runs an"
            " upgrade in place carries over. Deploy a new dashboard under another name, and log"
            " your next runs there; the old one keeps its runs.",
        )
    if is_older(target, version):
        raise DeployError(
            Problem.NEWER_TRACKIO,
            f"{space} runs trackio {version}, newer than this app's {target}: there is nothing to"
            " upgrade.",
        )


def _reason(error: Exception) -> str:
    return error.message if isinstance(error, DeployError) else type(error).__name__

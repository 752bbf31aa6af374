"""One deploy, start to finish: check, storage, create (duplicate, upload or update), build, verify.

`Deployer.deploy` is a generator of typed events; it never raises for a failed deploy (the last
event is `Failed`) and never lets a token into an event.
"""

from __future__ import annotations

import queue
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from huggingface_hub import CommitOperationAdd, CommitOperationDelete, SpaceInfo, Volume
from huggingface_hub.errors import RepositoryNotFoundError

from deployer import template
from deployer.account import SignIn, check_owner, whoami
from deployer.client import HubClient, LogFollower
from deployer.errors import MISSING_SCOPE_MESSAGE, READ_ONLY_MESSAGE, DeployError, Problem
from deployer.events import (
    STEP_TITLES,
    DeployPath,
    DeployWarning,
    Done,
    Event,
    Failed,
    LogLine,
    Result,
    Retrying,
    Step,
    StepFinished,
    StepStarted,
)
from deployer.paths import (
    DuplicateFailed,
    Findings,
    PathChoice,
    SpaceFound,
    TemplateFound,
    choose_path,
)
from deployer.plan import space_secrets, space_variables
from deployer.request import MOUNT_PATH, DeployRequest, checked
from deployer.scrub import scrub_event

CREATE_SCOPES = frozenset({"manage-repos", "contribute-repos"})
FAILED_STAGES = frozenset(
    {"BUILD_ERROR", "RUNTIME_ERROR", "CONFIG_ERROR", "NO_APP_FILE", "PAUSED", "STOPPED"}
)
LOG_TAIL = 20
LOOK_SOON_SECONDS = 0.2
LOG_GRACE_SECONDS = 2.0  # a finished build's log ends by itself; a slow stream gets this long
# Variables every Space this app creates gets at creation; with no files of its own, they mark
# a Space whose deploy stopped between creating it and committing the template.
UNFINISHED_MARKERS = frozenset({"GRADIO_MCP_SERVER", "TRACKIO_DIR"})
COMMIT_MESSAGE = "Deploy the Trackio dashboard"
# Failures whose message already says to deploy again with updating allowed.
SAY_UPDATE_ALLOWED = frozenset({Problem.BUILD_FAILED, Problem.NOT_ANSWERING})


class Deployer:
    """Deploys Trackio dashboards with one user's token.

    Example:
        >>> deployer = Deployer(token)
        >>> for event in deployer.deploy(DeployRequest(owner="alice")):
        ...     print(event)
    """

    def __init__(
        self,
        token: str,
        *,
        endpoint: str | None = None,
        timeout: float = 30.0,
        retry_budget: float = 60.0,
        wait_timeout: float = 900.0,
        health_timeout: float = 60.0,
        poll_interval: float = 0.5,
        on_retry: Callable[[Retrying], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        """`on_retry` hears of each retry as it starts waiting (the deploy's own events cannot
        report it until the call returns); setting `cancel` stops the deploy at its next Hub call
        or wait, and its `Failed` event says what exists by then."""
        self.client = HubClient(
            token,
            endpoint=endpoint,
            timeout=timeout,
            retry_budget=retry_budget,
            on_retry=None if on_retry is None else lambda event: on_retry(self._scrubbed(event)),
            cancel=cancel,
        )
        self._secrets: tuple[str | None, ...] = (token,)
        self.wait_timeout = wait_timeout
        self.health_timeout = health_timeout
        self.poll_interval = poll_interval

    def deploy(
        self, request: DeployRequest, *, sign_in: SignIn | None = None, wait: bool = True
    ) -> Iterator[Event]:
        run = _Run(self, request, sign_in or SignIn(), wait=wait)
        self._secrets = (self.client.token, request.write_token)
        for event in run.events():
            yield self._scrubbed(event)

    def _scrubbed(self, event: Event) -> Event:
        return scrub_event(event, self._secrets)


class _Run:
    """One deploy of one request: its steps, what they found, and the path they chose."""

    def __init__(
        self, deployer: Deployer, request: DeployRequest, sign_in: SignIn, *, wait: bool
    ) -> None:
        self.deployer = deployer
        self.client = deployer.client
        self.api = deployer.client.api
        self.request = request
        self.sign_in = sign_in
        self.wait = wait
        self.step: Step | None = None
        self.findings = Findings(request.space_id, request.template, request.allow_update)
        self.choice: PathChoice = choose_path(self.findings)  # until the checks find more
        self.existing: SpaceInfo | None = None
        self.bucket_id = request.bucket_id
        self.expected_sha: str | None = None
        # This deploy made the Space: deploying the request again needs updating allowed.
        self.created = False
        self.bucket_made = False  # this deploy created (or found) the bucket
        self.host = ""
        self.warnings: list[str] = []
        self.log_tail: deque[str] = deque(maxlen=LOG_TAIL)
        self.run_lines = 0

    @property
    def space_id(self) -> str:
        return self.request.space_id

    @property
    def space_url(self) -> str:
        return f"{self.client.endpoint}/spaces/{self.space_id}"

    def call(self, action: str, fn: Callable[[], Any], *, idempotent: bool = True) -> Any:
        return self.client.call(action, self.request.owner, fn, idempotent=idempotent)

    def _warn(self, message: str) -> Iterator[Event]:
        """A warning is kept for the result and reported as it happens."""
        self.warnings.append(message)
        yield DeployWarning(message)

    def _take(self, findings: Findings) -> Iterator[Event]:
        """Follow the path these findings lead to (or stop with the reason they may not)."""
        self.findings = findings
        self.choice = choose_path(findings)
        if self.choice.warning:
            yield from self._warn(self.choice.warning)

    # -- the whole run --------------------------------------------------------------------------

    def events(self) -> Iterator[Event]:
        try:
            checked(self.request)
            yield from self._step(Step.CHECK, self._check)
            if self.bucket_id:
                yield from self._step(Step.STORAGE, self._storage)
            yield from self._step(Step.CREATE, self._create)
            if not self.wait:
                runtime = self.call(
                    "read the Space's status", lambda: self.api.get_space_runtime(self.space_id)
                )
                yield Done(self._result(stage=str(runtime.stage), ready=False))
                return
            stage = yield from self._step(Step.BUILD, self._build)
            if stage != "RUNNING":
                yield from self._warn(
                    f"The Space is still building after {self.deployer.wait_timeout:.0f} s. It will come up on its own: follow it at {self.space_url}"
                )
                yield Done(self._result(stage=stage, ready=False))
                return
            yield from self._step(Step.VERIFY, self._verify)
            yield Done(self._result(stage="RUNNING", ready=True))
        except DeployError as error:
            message = (
                self._what_exists()
                if error.problem is Problem.CANCELLED
                else error.message + self._resume_hint(error)
            )
            yield Failed(
                step=self.step,
                problem=error.problem,
                message=message,
                request_id=error.request_id,
                space_url=self.space_url if self.step in (Step.BUILD, Step.VERIFY) else None,
                log_tail=tuple(self.log_tail),
                retryable=error.retryable,
                update_needed=self.created and not self.request.allow_update,
            )
        except Exception as error:  # never a traceback on the page; the server log keeps it
            traceback.print_exc(file=sys.stderr)
            yield Failed(
                step=self.step,
                problem=Problem.UNEXPECTED,
                message=f"Something unexpected went wrong ({type(error).__name__}). Deploy again; if it keeps happening, report it.",
            )

    def _what_exists(self) -> str:
        """A cancelled deploy's message: what it left on the Hub, and what to do with it."""
        bucket = (
            f" The bucket {self.bucket_id} exists and is kept: a new deploy uses it."
            if self.bucket_made
            else ""
        )
        if self.choice.path is DeployPath.UPDATE and self.step not in (None, Step.CHECK):
            return (
                f"Cancelled while updating {self.space_id}: what changed so far stays. Deploy"
                f" again with updating allowed to finish.{bucket}"
            )
        if self.created:
            return (
                f"Cancelled. {self.space_id} was created and the Hub goes on building it: open"
                f" {self.space_url} to follow or delete it, or deploy again with updating allowed"
                f" to finish.{bucket}"
            )
        return f"Cancelled before any Space was created.{bucket or ' Nothing was created.'}"

    def _resume_hint(self, error: DeployError) -> str:
        """What a new deploy needs once this one has made the Space: permission to update it."""
        if not self.created or self.request.allow_update or error.problem in SAY_UPDATE_ALLOWED:
            return ""
        return f" {self.space_id} was created: deploy again with updating allowed to finish it."

    def _step(self, step: Step, body: Callable[[], Iterator[Event]]) -> Iterator[Event]:
        self.step = step
        yield StepStarted(step=step, title=STEP_TITLES[step])
        started = time.monotonic()
        detail = yield from body()
        yield StepFinished(
            step=step, seconds=round(time.monotonic() - started, 3), detail=detail or ""
        )
        return detail

    def _result(self, *, stage: str, ready: bool) -> Result:
        return Result(
            space_id=self.space_id,
            space_url=self.space_url,
            app_url=self.host,
            path=self.choice.path,
            path_reason=self.choice.reason,
            stage=stage,
            ready=ready,
            bucket_id=self.bucket_id,
            warnings=tuple(self.warnings),
        )

    # -- check: read-only --------------------------------------------------------------------------

    def _check(self) -> Iterator[Event]:
        me = whoami(self.client)
        if me.token_role == "read":
            raise DeployError(Problem.READ_ONLY_TOKEN, READ_ONLY_MESSAGE)
        if self.sign_in.scopes is not None and not CREATE_SCOPES & set(self.sign_in.scopes):
            raise DeployError(Problem.MISSING_SCOPE, MISSING_SCOPE_MESSAGE)
        check_owner(me, self.request.owner, self.sign_in)
        try:
            self.existing = self.call(
                "look up the Space",
                lambda: self.client.space_info(self.space_id, files_metadata=True),
            )
        except RepositoryNotFoundError:
            self.existing = None
        space = self._what_the_space_is(self.existing)
        template = self._check_template() if space is SpaceFound.NONE else TemplateFound()
        yield from self._take(replace(self.findings, space=space, template_found=template))
        if self.choice.path is DeployPath.UPDATE:
            return f"{self.space_id} is a Trackio Space: it will be updated in place"
        if self.choice.path is DeployPath.DUPLICATE:
            return f"{self.space_id} is free; it will duplicate from the template Space"
        return f"{self.space_id} is free; it will create from this app"

    def _what_the_space_is(self, info: SpaceInfo | None) -> SpaceFound:
        if info is None:
            return SpaceFound.NONE
        if "trackio" in (info.tags or []):
            return SpaceFound.TRACKIO
        return SpaceFound.UNFINISHED if self._is_unfinished(info) else SpaceFound.OTHER

    def _is_unfinished(self, info: SpaceInfo) -> bool:
        """Whether the Space is what the upload path leaves when its commit never lands: only the
        files the Hub writes into a new Space, and the variables this app sets when it creates one.
        Such a Space holds nothing of the user's, so finishing the deploy in it damages nothing."""
        files = {s.rfilename for s in info.siblings or []}
        if info.sdk != "gradio" or not files <= {*template.HUB_FILES, "README.md"}:
            return False
        try:
            variables = self.call(
                "read the Space's variables", lambda: self.api.get_space_variables(self.space_id)
            )
        except DeployError:
            return False  # not ours to read, so not ours to finish
        return all(
            key in variables and variables[key].value == value
            for key, value in space_variables(self.request).items()
            if key in UNFINISHED_MARKERS
        )

    def _check_template(self) -> TemplateFound:
        name = self.request.template
        try:
            info = self.call(
                "read the template Space",
                lambda: self.client.space_info(name, files_metadata=True),
            )
        except RepositoryNotFoundError:
            return TemplateFound(exists=False)
        except DeployError as error:
            return TemplateFound(error=error)
        return TemplateFound(
            drift=tuple(template.drift({s.rfilename: s.blob_id for s in info.siblings or []}))
        )

    # -- storage ----------------------------------------------------------------------------------

    def _storage(self) -> Iterator[Event]:
        if self.choice.path is DeployPath.UPDATE and (mounted := self._mounted_bucket()):
            self.bucket_id = mounted
            return f"keeping the bucket {mounted} already mounted at {MOUNT_PATH}"
        bucket = self.bucket_id
        assert bucket is not None
        self.call(
            "create the storage bucket",
            lambda: self.api.create_bucket(bucket, private=self.request.private, exist_ok=True),
        )
        self.bucket_made = True
        yield from ()
        return f"{bucket} is ready"

    def _mounted_bucket(self) -> str | None:
        runtime = self.existing.runtime if self.existing else None
        for volume in (runtime.volumes if runtime else None) or []:
            if volume.type == "bucket" and volume.mount_path == MOUNT_PATH:
                return volume.source
        return None

    def _variables(self) -> dict[str, str]:
        variables = space_variables(self.request)
        if self.bucket_id and "TRACKIO_BUCKET_ID" in variables:
            variables["TRACKIO_BUCKET_ID"] = self.bucket_id
        return variables

    def _volumes(self) -> list[Volume] | None:
        return (
            [Volume(type="bucket", source=self.bucket_id, mount_path=MOUNT_PATH)]
            if self.bucket_id
            else None
        )

    # -- create -------------------------------------------------------------------------------------

    def _create(self) -> Iterator[Event]:
        if self.choice.path is DeployPath.UPDATE:
            self.expected_sha, detail = yield from self._update()
            return detail
        if self.choice.path is DeployPath.DUPLICATE:
            yield from self._duplicate()
        commit = self._create_and_upload() if self.choice.path is DeployPath.UPLOAD else None
        self.created = True
        info = self._read_space()
        self.expected_sha = commit or info.sha
        return f"{self.space_id} created ({self.choice.path.value}: {self.choice.reason})"

    def _settings(self) -> dict[str, Any]:
        secrets = space_secrets(self.request)
        return {
            "private": self.request.private,
            "space_hardware": self.request.hardware,
            "space_sleep_time": self.request.sleep_time,
            "space_secrets": [{"key": k, "value": v} for k, v in secrets.items()] or None,
            "space_variables": [{"key": k, "value": v} for k, v in self._variables().items()],
            "space_volumes": self._volumes(),
        }

    def _duplicate(self) -> Iterator[Event]:
        """One duplicate of the template; if it fails, the findings say whether to upload instead."""
        attempts = 0

        def duplicate() -> Any:
            nonlocal attempts
            attempts += 1
            # A retry after a lost answer finds its own Space: exist_ok keeps it to one Space.
            return self.api.duplicate_repo(
                self.request.template,
                self.space_id,
                repo_type="space",
                exist_ok=attempts > 1,
                **self._settings(),
            )

        try:
            self.call("duplicate the template Space", duplicate)
        except RepositoryNotFoundError:
            yield from self._take(
                replace(self.findings, duplicate_failed=DuplicateFailed(error=None))
            )
        except DeployError as error:
            # Made anyway, and only the answer was lost? (A 409 is someone else's Space.)
            made = error.problem is not Problem.SPACE_EXISTS and self._space_exists()
            yield from self._take(
                replace(self.findings, duplicate_failed=DuplicateFailed(error, space_made=made))
            )

    def _create_and_upload(self) -> str:
        """Create the Space, then one commit of the template's files; returns the commit."""
        attempts = 0

        def create() -> Any:
            nonlocal attempts
            attempts += 1
            return self.api.create_repo(
                self.space_id,
                repo_type="space",
                space_sdk="gradio",
                exist_ok=attempts > 1,
                **self._settings(),
            )

        try:
            self.call("create the Space", create)
        except DeployError as error:
            # Made, and only the answer was lost (a 409 on the first try is someone else's Space).
            if error.problem is Problem.SPACE_EXISTS or not self._space_exists():
                raise
        self.created = True
        parent = self.call("read the Space", lambda: self.client.space_info(self.space_id)).sha
        return self._commit(
            "upload the template's files",
            list(template.template_files()),
            [],
            message=COMMIT_MESSAGE,
            parent=parent,
        )

    def _space_exists(self) -> bool:
        try:
            self.call("look up the Space", lambda: self.client.space_info(self.space_id))
        except (RepositoryNotFoundError, DeployError):
            return False
        return True

    def _read_space(self) -> SpaceInfo:
        info = self.call("read the Space", lambda: self.client.space_info(self.space_id))
        self.host = (info.host or "").rstrip("/")
        if "trackio" not in (info.tags or []):
            raise DeployError(
                Problem.SPACE_EXISTS,
                f"{self.space_id} exists but is not the dashboard this deploy made. Choose another name.",
            )
        return info

    # -- update: one commit, the fewest restarts, data untouched -----------------------------------

    def _update(self) -> Iterator[Event]:
        """Returns the commit the Space runs afterwards, and what changed."""
        info = self.existing
        assert info is not None
        remote = {s.rfilename: s.blob_id for s in info.siblings or []}
        local = template.template_blob_ids()
        changed = [p for p in local if remote.get(p) != local[p]]
        removed = [p for p in sorted(template.FORMER_TEMPLATE_FILES) if p in remote]
        operations = changed + removed
        changes = self._setting_changes(info)
        if info.private != self.request.private:
            yield from self._warn(
                f"{self.space_id} stays {'private' if info.private else 'public'}: change its visibility in the Space's settings."
            )
        restarts = len(changes) + (1 if operations else 0)
        self.host = (info.host or "").rstrip("/")
        sha = info.sha
        stage = str(info.runtime.stage) if info.runtime else ""
        stopped = stage in ("PAUSED", "STOPPED")  # changes do not wake it: it needs a restart
        if restarts == 0 and stage not in FAILED_STAGES:
            return sha, f"{self.space_id} is already up to date"
        # Each change restarts a running Space; paused, it takes them all and restarts once. A Space
        # that stopped or failed (an earlier deploy may have left it so) is restarted either way.
        pause = restarts > 1 and not stopped
        restart = pause or stopped or restarts == 0
        if pause:
            self.call(
                "pause the Space while it is updated", lambda: self.api.pause_space(self.space_id)
            )
        try:
            for action, apply in changes:
                self.call(action, apply)
            if operations:
                sha = self._commit(
                    "commit the template's files",
                    changed,
                    removed,
                    message="Update the Trackio dashboard",
                    parent=info.sha,
                )
        finally:
            if restart:
                self.call("restart the Space", lambda: self.api.restart_space(self.space_id))
        return (
            sha,
            f"{len(operations)} file change(s) and {len(changes)} setting change(s), one restart",
        )

    def _commit(
        self,
        action: str,
        changed: list[str],
        removed: list[str],
        *,
        message: str,
        parent: str | None,
    ) -> str:
        """One commit of the template's `changed` files (and `removed` ones) on top of `parent`;
        returns the Space's commit id afterwards.

        Each try builds its operations afresh: the client keeps what it learnt of the remote files
        on them, and a try after a lost answer must see that the files are there by now. A commit
        that landed but whose answer was lost gets 412 when sent again (its parent moved on): when
        the Space then holds the template's files, that is success."""
        files = template.template_files()

        def commit() -> Any:
            operations: list[Any] = [CommitOperationAdd(p, files[p]) for p in changed]
            operations += [CommitOperationDelete(p) for p in removed]
            return self.api.create_commit(
                self.space_id,
                operations,
                commit_message=message,
                repo_type="space",
                parent_commit=parent,
            )

        try:
            return self.call(action, commit).oid
        except DeployError as error:
            if error.status != 412:
                raise
            info = self.call(
                "look up the Space",
                lambda: self.client.space_info(self.space_id, files_metadata=True),
            )
            if template.drift({s.rfilename: s.blob_id for s in info.siblings or []}, partial=True):
                raise
            assert info.sha is not None
            return info.sha

    def _setting_changes(self, info: SpaceInfo) -> list[tuple[str, Callable[[], Any]]]:
        space = self.space_id
        changes: list[tuple[str, Callable[[], Any]]] = []
        current = {
            k: v.value
            for k, v in self.call(
                "read the Space's variables", lambda: self.api.get_space_variables(space)
            ).items()
        }
        for key, value in self._variables().items():
            if current.get(key) != value:
                changes.append(
                    (
                        f"set the variable {key}",
                        lambda k=key, v=value: self.api.add_space_variable(space, k, v),
                    )
                )
        for key, value in space_secrets(self.request).items():
            changes.append(
                (
                    f"set the secret {key}",
                    lambda k=key, v=value: self.api.add_space_secret(space, k, v),
                )
            )
        runtime = info.runtime
        hardware = runtime.requested_hardware if runtime else None
        sleep = runtime.sleep_time if runtime else None
        wanted_sleep = self.request.sleep_time
        if hardware != self.request.hardware or (
            wanted_sleep is not None and sleep != wanted_sleep
        ):
            changes.append(
                (
                    "change the hardware",
                    lambda: self.api.request_space_hardware(
                        space, self.request.hardware, sleep_time=wanted_sleep
                    ),
                )
            )
        if self.bucket_id and self._mounted_bucket() is None:
            kept = [
                v
                for v in (runtime.volumes if runtime else None) or []
                if v.mount_path != MOUNT_PATH
            ]
            volumes = kept + (self._volumes() or [])
            changes.append(
                ("mount the storage bucket", lambda: self.api.set_space_volumes(space, volumes))
            )
        return changes

    # -- build and verify ---------------------------------------------------------------------------

    def _build(self) -> Iterator[Event]:
        lines: queue.Queue = queue.Queue()
        followers = {"build": LogFollower(self.client, self.space_id, "build", lines).start()}
        try:
            stage = yield from self._wait(lines, followers)
        finally:
            # A finished build's log ends by itself: give its last lines a moment to arrive.
            followers["build"].stop(grace=LOG_GRACE_SECONDS)
            if "run" in followers:
                followers["run"].stop()
        yield from self._drain(lines)
        return stage

    def _wait(self, lines: queue.Queue, followers: dict[str, LogFollower]) -> Iterator[Event]:
        """Follow the runtime until RUNNING, a failed stage or the deadline; returns the stage."""
        deadline = time.monotonic() + self.deployer.wait_timeout
        interval, next_poll = self.deployer.poll_interval, 0.0
        stage = "BUILDING"
        signs: set[str] = set()  # what the logs told so far: the build is over, the app is starting
        while time.monotonic() < deadline:
            self.client.stop_if_cancelled()
            yield from self._drain(lines)
            # The runtime is polled less and less often during a long build; when the build log
            # ends or the app's first lines arrive, the stage is about to change: look soon.
            now = {"built"} if followers["build"].ended else set()
            if self.run_lines:
                now.add("starting")
            if now - signs:
                signs |= now
                next_poll = min(next_poll, time.monotonic() + LOOK_SOON_SECONDS)
            if time.monotonic() >= next_poll:
                runtime = self.call(
                    "read the Space's status", lambda: self.api.get_space_runtime(self.space_id)
                )
                stage = str(runtime.stage)
                # The runtime of the commit just made, not of the build before it.
                fresh = self.expected_sha is None or (runtime.raw or {}).get("sha") in (
                    None,
                    self.expected_sha,
                )
                if stage in ("APP_STARTING", "RUNNING") and "run" not in followers:
                    followers["run"] = LogFollower(self.client, self.space_id, "run", lines).start()
                if fresh and stage == "RUNNING":
                    return stage
                if fresh and stage in FAILED_STAGES:
                    time.sleep(0.3)  # the last log lines arrive just after the stage
                    yield from self._drain(lines)
                    reason = (runtime.raw or {}).get("errorMessage") or ""
                    raise DeployError(
                        Problem.BUILD_FAILED,
                        f"The Space stopped at {stage}{': ' + reason if reason else ''}. See the log and the"
                        f" Space's page ({self.space_url}); fix the cause, then deploy again with updating allowed.",
                    )
                next_poll = time.monotonic() + interval
                interval = min(interval * 1.5, 5.0)
            time.sleep(0.05)
        return stage

    def _drain(self, lines: queue.Queue) -> Iterator[Event]:
        while True:
            try:
                source, text = lines.get_nowait()
            except queue.Empty:
                return
            self.log_tail.append(text)
            self.run_lines += source == "run"
            yield LogLine(source=source, text=text)

    def _verify(self) -> Iterator[Event]:
        url = f"{self.host}/version"
        deadline = time.monotonic() + self.deployer.health_timeout
        last = ""
        while True:
            self.client.stop_if_cancelled()
            try:
                answer = self.client.get_json(url, private=self.request.private)
                if isinstance(answer, dict) and "api_version" in answer:
                    yield from ()
                    return f"the dashboard answers (Trackio API version {answer['api_version']})"
                last = "it did not answer like a Trackio dashboard"
            except Exception as error:
                last = f"{type(error).__name__}"
            if time.monotonic() >= deadline:
                raise DeployError(
                    Problem.NOT_ANSWERING,
                    f"The Space is running but {url} does not answer ({last}). Open {self.space_url} to see its"
                    " logs, then deploy again with updating allowed.",
                )
            time.sleep(1.0)

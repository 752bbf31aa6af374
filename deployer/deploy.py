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
from dataclasses import dataclass, replace
from typing import Any

from huggingface_hub import CommitOperationAdd, CommitOperationDelete, SpaceInfo, Volume
from huggingface_hub.errors import BucketNotFoundError, RepositoryNotFoundError

from deployer import template
from deployer.account import Me, SignIn, check_bucket_namespace, check_owner, whoami
from deployer.client import HubClient, LogFollower
from deployer.dashboards import mounted_bucket
from deployer.errors import (
    MISSING_SCOPE_MESSAGE,
    READ_ONLY_MESSAGE,
    REFUSALS,
    DeployError,
    Problem,
)
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
    Setting,
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
from deployer.request import DEFAULT_PROJECT, MOUNT_PATH, DeployRequest, Kind, checked
from deployer.scrub import scrub_event
from deployer.upgrade import Upgrading

CREATE_SCOPES = frozenset({"manage-repos", "contribute-repos"})
FAILED_STAGES = frozenset(
    {"BUILD_ERROR", "RUNTIME_ERROR", "CONFIG_ERROR", "NO_APP_FILE", "PAUSED", "STOPPED"}
)
LOG_TAIL = 20
LOOK_SOON_SECONDS = 0.2
LOG_GRACE_SECONDS = 2.0  # a finished build's log ends by itself; a slow stream gets this long
# Variables every Space this app creates gets at creation; with no files of its own, they mark
# a Space whose deploy stopped between creating it and committing the template.
UNFINISHED_MARKERS = {
    Kind.LIVE: frozenset({"GRADIO_MCP_SERVER", "TRACKIO_DIR"}),
    Kind.STATIC: frozenset({"TRACKIO_BUCKET_ID"}),
}
COMMIT_MESSAGE = "Deploy the Trackio dashboard"
# Failures whose message already says to deploy again with updating allowed.
SAY_UPDATE_ALLOWED = frozenset(
    {Problem.BUILD_FAILED, Problem.NOT_ANSWERING, Problem.SPACE_CHANGED, Problem.SPACE_DELETED}
)


@dataclass(frozen=True)
class Change:
    """One setting of an existing Space, made with its own call (the update path, and the second
    way when the create or duplicate call refused its settings)."""

    action: str  # "set the variable X": what the error messages say was tried
    apply: Callable[[], Any]
    setting: Setting
    name: str = ""  # the variable's or secret's key

    @property
    def what(self) -> str:
        return f"the {self.setting.value} {self.name}".rstrip()


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
        from deployer.static import StaticRun  # it builds on _Run

        run_type = StaticRun if request.kind is Kind.STATIC else _Run
        run = run_type(self, request, sign_in or SignIn(), wait=wait)
        self._secrets = (self.client.token, request.write_token)
        for event in run.events():
            yield self._scrubbed(event)

    def _scrubbed(self, event: Event) -> Event:
        return scrub_event(event, self._secrets)

    def upgrade(
        self, space_id: str, *, sign_in: SignIn | None = None, kind: Kind = Kind.LIVE
    ) -> Iterator[Event]:
        """Bring one dashboard to this app's template, keeping its settings, its bucket and its
        visibility: a live one with the guarantees of `trackio bump` (see `deployer.upgrade`), a
        static one by the one commit its update is (`deployer.static`). Events as `deploy`'s; a
        dashboard already up to date is left alone.

        Example:
            >>> events = list(Deployer(token).upgrade("alice/trackio"))
        """
        from deployer.static import StaticRun  # it builds on _Run

        owner, _, name = space_id.partition("/")
        request = DeployRequest(
            owner=owner,
            name=name,
            kind=kind,
            project=DEFAULT_PROJECT if kind is Kind.STATIC else None,  # it keeps its own
            allow_update=True,
            allow_visibility_mismatch=True,  # as it is: an upgrade changes no visibility
        )
        run_type = StaticRun if kind is Kind.STATIC else _Run
        run = run_type(self, request, sign_in or SignIn(), wait=True, keep_settings=True)
        for event in run.events():
            yield scrub_event(event, (self.client.token,))


class _Run(Upgrading):
    """One deploy of one request: its steps, what they found, and the path they chose. An update
    that changes files is an upgrade (`deployer.upgrade.Upgrading`)."""

    builds = True  # the Space is built after it is created or updated (a static one is not)

    def __init__(
        self,
        deployer: Deployer,
        request: DeployRequest,
        sign_in: SignIn,
        *,
        wait: bool,
        keep_settings: bool = False,
    ) -> None:
        self.deployer = deployer
        self.client = deployer.client
        self.api = deployer.client.api
        self.request = request
        self.sign_in = sign_in
        self.wait = wait
        self.keep_settings = (
            keep_settings  # an upgrade alone: the request's settings stay unapplied
        )
        self.step: Step | None = None
        self.findings = Findings(
            request.space_id, request.template_id, request.allow_update, kind=request.kind
        )
        self.choice: PathChoice = choose_path(self.findings)  # until the checks find more
        self.existing: SpaceInfo | None = None
        self.bucket_id = request.bucket_id
        self.bucket_exists = False  # with the visibility the Space will have (or as allowed)
        # The bucket an existing dashboard keeps its runs in already, and how that is known.
        self.kept: tuple[str, str] | None = None
        self.private = request.private  # the Space's visibility: an update keeps the Space's own
        self.project = request.project_name
        self.expected_sha: str | None = None
        # Commits before this deploy's own: the runtime may still report them while it builds.
        self.earlier_commits: set[str] = set()
        self.head_checked_for: str | None = None  # the runtime's commit last compared to the head
        # This deploy made the Space: deploying the request again needs updating allowed.
        self.created = False
        self.bucket_made = False  # this deploy created (or found) the bucket
        self.host = ""
        self.warnings: list[str] = []
        self.refused: list[Setting] = []
        # Why the settings were set one by one (the create or duplicate call refused them).
        self.separately: str | None = None
        self.log_tail: deque[str] = deque(maxlen=LOG_TAIL)
        self.run_lines = 0

    @property
    def space_id(self) -> str:
        return self.request.space_id

    @property
    def space_url(self) -> str:
        return f"{self.client.endpoint}/spaces/{self.space_id}"

    def call(
        self,
        action: str,
        fn: Callable[[], Any],
        *,
        namespace: str | None = None,
        idempotent: bool = True,
    ) -> Any:
        """One Hub call; its errors name `namespace`, the one the call is for (by default the
        Space's owner)."""
        return self.client.call(action, namespace or self.request.owner, fn, idempotent=idempotent)

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
            if self.upgrading and (self.upgrading.needed or self.keep_settings):
                yield from self._upgrade_dashboard()
                return
            if self.bucket_id:
                yield from self._step(Step.STORAGE, self._storage)
            yield from self._step(Step.CREATE, self._create)
            if not self.wait:
                runtime = self.call(
                    "read the Space's status", lambda: self.api.get_space_runtime(self.space_id)
                )
                yield Done(self._result(stage=str(runtime.stage), ready=False))
                return
            if self.builds:
                stage = yield from self._step(Step.BUILD, self._build)
                if stage != "RUNNING":
                    yield from self._warn(
                        f"The Space is still building after {self.deployer.wait_timeout:.0f} s. It will come up on its own: follow it at {self.space_url}"
                    )
                    yield Done(self._result(stage=stage, ready=False))
                    return
            yield from self._step(Step.VERIFY, self._verify)
            yield Done(self._result(stage="RUNNING", ready=True))
        except RepositoryNotFoundError:  # the checks found it (or made it): someone deleted it
            title = STEP_TITLES[self.step].lower() if self.step else "starting"
            yield Failed(
                step=self.step,
                problem=Problem.SPACE_DELETED,
                message=f"{self.space_id} was deleted while this deploy was at the step “{title}”."
                " Nothing else was changed: deploy again to create it anew.",
                retryable=True,
            )
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
            goes_on = "the Hub goes on building it" if self.builds else "it may not be finished"
            return (
                f"Cancelled. {self.space_id} was created and {goes_on}: open {self.space_url} to"
                f" follow or delete it, or deploy again with updating allowed to finish.{bucket}"
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
            refused=tuple(self.refused),
            settings_separately=self.separately is not None,
            kind=self.request.kind,
            project=self.project,
        )

    # -- check: read-only --------------------------------------------------------------------------

    def _check(self) -> Iterator[Event]:
        me = whoami(self.client)
        if me.token_role == "read":
            raise DeployError(Problem.READ_ONLY_TOKEN, READ_ONLY_MESSAGE)
        if self.sign_in.scopes is not None and not CREATE_SCOPES & set(self.sign_in.scopes):
            raise DeployError(Problem.MISSING_SCOPE, MISSING_SCOPE_MESSAGE)
        check_owner(me, self.request.owner, self.sign_in, kind=self.request.kind)
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
        if self.choice.path is DeployPath.UPDATE and self.existing is not None:
            self.private = bool(self.existing.private)
        yield from self._check_bucket(me)
        if self.choice.path is DeployPath.UPDATE:
            info = self.existing
            assert info is not None
            if not self.keep_settings and info.private != self.request.private:
                yield from self._warn(
                    f"{self.space_id} stays {'private' if info.private else 'public'}: change its visibility in the Space's settings."
                )
            if space is SpaceFound.TRACKIO:  # a dashboard: its files change only by an upgrade
                return (yield from self._check_upgrade())
            return f"{self.space_id} was left unfinished: the deploy will finish it"
        if self.choice.path is DeployPath.DUPLICATE:
            return f"{self.space_id} is free; it will duplicate from the template Space"
        return f"{self.space_id} is free; it will create from this app"

    def _what_the_space_is(self, info: SpaceInfo | None) -> SpaceFound:
        if info is None:
            return SpaceFound.NONE
        if "trackio" in (info.tags or []):
            return SpaceFound.TRACKIO_STATIC if info.sdk == "static" else SpaceFound.TRACKIO
        return SpaceFound.UNFINISHED if self._is_unfinished(info) else SpaceFound.OTHER

    def _is_unfinished(self, info: SpaceInfo) -> bool:
        """Whether the Space is what the upload path leaves when its commit never lands: only the
        files the Hub writes into a new Space, and the variables this app sets when it creates one.
        Such a Space holds nothing of the user's, so finishing the deploy in it damages nothing."""
        files = {s.rfilename for s in info.siblings or []}
        if info.sdk != self.request.kind.sdk or not files <= {*template.HUB_FILES, "README.md"}:
            return False
        markers = {
            key: value
            for key, value in space_variables(self.request).items()
            if key in UNFINISHED_MARKERS[self.request.kind]
        }
        try:
            variables = self.call(
                "read the Space's variables", lambda: self.api.get_space_variables(self.space_id)
            )
        except DeployError:
            return False  # not ours to read, so not ours to finish
        return bool(markers) and all(
            key in variables and variables[key].value == value for key, value in markers.items()
        )

    def _check_template(self) -> TemplateFound:
        name = self.request.template_id
        try:
            info = self.call(
                "read the template Space",
                lambda: self.client.space_info(name, files_metadata=True),
                namespace=name.split("/")[0],
            )
        except RepositoryNotFoundError:
            return TemplateFound(exists=False)
        except DeployError as error:
            return TemplateFound(error=error)
        remote = template.remote_blob_ids(info.siblings, template.template_files(self.request.kind))
        return TemplateFound(drift=tuple(template.drift(remote, kind=self.request.kind)))

    def _check_bucket(self, me: Me) -> Iterator[Event]:
        """Before any write: the bucket the dashboard will keep its runs in has the Space's
        visibility (unless the person chose otherwise), or may be created where it is named."""
        if self.bucket_id is None:
            return
        updating = self.choice.path is DeployPath.UPDATE and self.existing is not None
        kept = self.kept = self._kept_bucket() if updating else None
        bucket = self.bucket_id = kept[0] if kept else self.bucket_id
        namespace = bucket.split("/")[0]
        try:
            info = self.call(
                "read the storage bucket",
                lambda: self.api.bucket_info(bucket),
                namespace=namespace,
            )
        except BucketNotFoundError:
            if not kept:  # it will be created: the person must be allowed to, there
                check_bucket_namespace(me, namespace, self.sign_in)
            return
        self.bucket_exists = True
        if info.private == self.private:
            return
        space, runs = _visibility(self.private), _visibility(info.private)
        consequence = (
            "anyone could read the runs of your private dashboard"
            if self.private
            else "your public dashboard would publish the runs kept in that private bucket"
        )
        if not self.request.allow_visibility_mismatch:
            raise DeployError(
                Problem.VISIBILITY_MISMATCH,
                f"The bucket {bucket} is {runs} and {self.space_id} will be {space}: {consequence}."
                f" Make the bucket {space} in its settings ({self.client.endpoint}/buckets/{bucket}),"
                " name another bucket, or allow the visibility mismatch on purpose"
                " (`--allow-visibility-mismatch`), then deploy again.",
            )
        yield from self._warn(
            f"The bucket {bucket} is {runs} and {self.space_id} is {space}, as you chose:"
            f" {consequence.replace('could', 'can').replace('would', 'does')}."
        )

    # -- storage ----------------------------------------------------------------------------------

    def _storage(self) -> Iterator[Event]:
        bucket = self.bucket_id
        assert bucket is not None
        if self.kept or self.bucket_exists:
            self.bucket_made = True  # found: a cancel from now on says it is kept
            if self.kept:
                return f"keeping the bucket {bucket} {self.kept[1]}"
            return f"{bucket} is already there ({_visibility(self.private)})"
        try:
            self.call(
                "create the storage bucket",
                lambda: self.api.create_bucket(bucket, private=self.private, exist_ok=True),
                namespace=bucket.split("/")[0],
            )
        except DeployError as refused:
            if refused.problem not in REFUSALS:
                raise
            yield from self._without_bucket(Setting.BUCKET, refused)
            return f"the Hub refused to create {bucket}: deploying without it"
        self.bucket_made = True
        return f"{bucket} is ready"

    def _without_bucket(self, setting: Setting, refused: DeployError) -> Iterator[Event]:
        """Deploy on without the bucket (its creation or its mount was refused), saying what that
        means and how to add it later."""
        bucket, own = self.bucket_id, f"{self.space_id}-bucket"
        what = f"create the bucket {bucket}" if setting is Setting.BUCKET else f"mount {bucket}"
        self.bucket_id = None
        self.refused.append(setting)
        yield from self._warn(
            f"The Hub refused to {what} ({refused.message}), so the dashboard runs without a"
            f" bucket at {MOUNT_PATH} for now. Trackio makes and mounts its own bucket ({own}) on"
            f' your first trackio.init(space_id="{self.space_id}"), at the cost of one restart of'
            " the Space"
            + ("" if bucket == own else f" (that bucket, not {bucket})")
            + ". To add the bucket yourself, deploy again with updating allowed once the Hub"
            " allows it."
        )

    def _kept_bucket(self) -> tuple[str, str] | None:
        """The bucket the existing dashboard uses already, and how that is known."""
        assert self.existing is not None
        mounted = mounted_bucket(self._volumes_of(self.existing))
        return (mounted, f"already mounted at {MOUNT_PATH}") if mounted else None

    def _volumes_of(self, info: SpaceInfo) -> list[Volume]:
        """The Space's volumes: as its info tells, or, when that does not say, its runtime."""
        runtime = info.runtime
        if runtime is not None and runtime.volumes is not None:
            return runtime.volumes
        space = info.id
        runtime = self.call("read the Space's status", lambda: self.api.get_space_runtime(space))
        return runtime.volumes or []

    def _variables(self) -> dict[str, str]:
        request = self.request if self.bucket_id else self.request.with_changes(storage=False)
        variables = space_variables(request)
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
        upload = self.choice.path is DeployPath.UPLOAD
        commit = self._create_and_upload() if upload else self._finish_duplicate()
        self.created = True
        info = self._read_space()
        self.expected_sha = commit or info.sha
        if self.separately:
            yield from self._warn(
                f"{self.separately}: the Space was made without them, and they are set one by"
                " one, which restarts it once each."
            )
            yield from self._apply(self._setting_changes(info))
        elif missed := self._setting_changes(info, secrets=False):
            # The call answered, but did not give the Space all it carried (a Hub whose
            # duplicate ignores volumes, or lets the template's variables win): the second way.
            self.separately = f"The Space was made without {', '.join(c.what for c in missed)}"
            yield from self._warn(f"{self.separately}: set one by one instead.")
            yield from self._apply(missed)
        return f"{self.space_id} created ({self.choice.path.value}: {self.choice.reason})"

    def _make(self, action: str, make: Callable[..., Any]) -> None:
        """The one call that creates the Space with all its settings. When the Hub refuses that
        call, the same call without them (visibility and hardware only): the settings are then
        set one by one once the Space exists, the second way the Hub offers."""

        def attempt(settings: dict[str, Any]) -> Callable[[], Any]:
            attempts = 0

            def once() -> Any:
                nonlocal attempts
                attempts += 1
                # A retry after a lost answer finds its own Space: exist_ok keeps it to one Space.
                return make(exist_ok=attempts > 1, **settings)

            return once

        try:
            self.call(action, attempt(self._settings()))
        except DeployError as refused:
            if refused.problem not in REFUSALS:
                raise
            self.call(f"{action} without its settings", attempt(self._settings(bare=True)))
            self.separately = f"The Hub refused to {action} with its settings ({refused.message})"

    def _settings(self, *, bare: bool = False) -> dict[str, Any]:
        if bare:
            return {"private": self.private, "space_hardware": self.request.hardware}
        secrets = space_secrets(self.request)
        return {
            "private": self.private,
            "space_hardware": self.request.hardware,
            "space_sleep_time": self.request.sleep_time,
            "space_secrets": [{"key": k, "value": v} for k, v in secrets.items()] or None,
            "space_variables": [{"key": k, "value": v} for k, v in self._variables().items()],
            "space_volumes": self._volumes(),
        }

    def _duplicate(self) -> Iterator[Event]:
        """One duplicate of the template; if it fails, the findings say whether to upload instead."""

        def duplicate(**settings: Any) -> Any:
            return self.api.duplicate_repo(
                self.request.template_id, self.space_id, repo_type="space", **settings
            )

        try:
            self._make("duplicate the template Space", duplicate)
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

    def _finish_duplicate(self) -> str | None:
        """What follows the duplicate; the commit it made, if any. A live dashboard's duplicate
        is complete: its variables, secrets and volume came with it."""
        return None

    def _create_and_upload(self) -> str:
        """Create the Space, then one commit of the template's files; returns the commit."""

        def create(**settings: Any) -> Any:
            return self.api.create_repo(
                self.space_id, repo_type="space", space_sdk=self.request.kind.sdk, **settings
            )

        try:
            self._make("create the Space", create)
        except DeployError as error:
            # Made, and only the answer was lost (a 409 on the first try is someone else's Space).
            if error.problem is Problem.SPACE_EXISTS or not self._space_exists():
                raise
        self.created = True
        parent = self.call("read the Space", lambda: self.client.space_info(self.space_id)).sha
        if parent:
            self.earlier_commits.add(parent)
        return self._commit(
            "upload the template's files",
            list(self._files()),
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
        """Settings, or the template's files into a Space an unfinished deploy left (an update of a
        dashboard whose files change is an upgrade): returns the commit the Space runs
        afterwards, and what changed."""
        info = self.existing
        assert info is not None
        remote = template.remote_blob_ids(info.siblings, template.template_files())
        local = template.template_blob_ids()
        changed = [p for p in local if remote.get(p) != local[p]]
        removed = [p for p in sorted(template.FORMER_TEMPLATE_FILES) if p in remote]
        operations = changed + removed
        changes = self._setting_changes(info)
        restarts = len(changes) + (1 if operations else 0)
        self.host = (info.host or "").rstrip("/")
        sha = info.sha
        if sha:
            self.earlier_commits.add(sha)
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
            yield from self._apply(changes)
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

    def _files(self) -> dict[str, bytes]:
        """The files this deploy puts in the Space, by path."""
        return template.template_files()

    def _commit(
        self,
        action: str,
        changed: list[str],
        removed: list[str],
        *,
        message: str,
        parent: str | None,
    ) -> str:
        """One commit of this deploy's `changed` files (and `removed` ones) on top of `parent`;
        returns the Space's commit id afterwards.

        Each try builds its operations afresh: the client keeps what it learnt of the remote files
        on them, and a try after a lost answer must see that the files are there by now. A commit
        that landed but whose answer was lost gets 412 when sent again (its parent moved on): when
        the Space then holds exactly what the commit changes, that is success."""
        files = self._files()

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
            remote = template.remote_blob_ids(info.siblings, files)
            if any(remote.get(p) != template.blob_id(files[p]) for p in changed) or any(
                p in remote for p in removed
            ):
                raise
            assert info.sha is not None
            return info.sha

    def _setting_changes(self, info: SpaceInfo, *, secrets: bool = True) -> list[Change]:
        """The calls that give an existing Space the settings this deploy asks for (with its
        secrets, which cannot be read back to compare)."""
        space = self.space_id
        changes = self._variable_changes()
        for key, value in space_secrets(self.request).items() if secrets else ():
            apply = lambda k=key, v=value: self.api.add_space_secret(space, k, v)  # noqa: E731
            changes.append(Change(f"set the secret {key}", apply, Setting.SECRET, key))
        runtime = info.runtime
        hardware = runtime.requested_hardware if runtime else None
        sleep = runtime.sleep_time if runtime else None
        wanted_sleep = self.request.sleep_time
        if hardware != self.request.hardware or (
            wanted_sleep is not None and sleep != wanted_sleep
        ):
            changes.append(
                Change(
                    "change the hardware",
                    lambda: self.api.request_space_hardware(
                        space, self.request.hardware, sleep_time=wanted_sleep
                    ),
                    Setting.HARDWARE,
                )
            )
        volumes_now = self._volumes_of(info) if self.bucket_id else []
        if self.bucket_id and mounted_bucket(volumes_now) is None:
            kept = [v for v in volumes_now if v.mount_path != MOUNT_PATH]
            volumes = kept + (self._volumes() or [])
            changes.append(
                Change(
                    "mount the storage bucket",
                    lambda: self.api.set_space_volumes(space, volumes),
                    Setting.VOLUME,
                )
            )
        return changes

    def _variable_changes(self) -> list[Change]:
        """The calls that set the Space's variables this deploy asks for and it does not have."""
        space = self.space_id
        current = {
            k: v.value
            for k, v in self.call(
                "read the Space's variables", lambda: self.api.get_space_variables(space)
            ).items()
        }
        return [
            Change(
                f"set the variable {key}",
                lambda k=key, v=value: self.api.add_space_variable(space, k, v),
                Setting.VARIABLE,
                key,
            )
            for key, value in self._variables().items()
            if current.get(key) != value
        ]

    def _apply(self, changes: list[Change]) -> Iterator[Event]:
        """Each change with its own call; one the Hub refuses is done without, and said so."""
        for change in changes:
            try:
                self.call(change.action, change.apply)
            except DeployError as refused:
                if refused.problem not in REFUSALS:
                    raise
                yield from self._without(change, refused)

    def _without(self, change: Change, refused: DeployError) -> Iterator[Event]:
        if change.setting is Setting.VOLUME:
            yield from self._without_bucket(Setting.VOLUME, refused)
            return
        self.refused.append(change.setting)
        settings = f"{self.space_url}/settings"
        consequence = {
            Setting.VARIABLE: f"the dashboard runs without the variable {change.name}. Set it in"
            f" the Space's settings ({settings})",
            Setting.SECRET: f"the Space has no {change.name} secret, so the write token you gave"
            f" is not stored. Add it as the secret {change.name} in the Space's settings"
            f" ({settings})",
            Setting.HARDWARE: "the Space keeps the hardware and sleep time it has. Change them in"
            f" the Space's settings ({settings})",
        }[change.setting]
        yield from self._warn(
            f"The Hub refused to {change.action} ({refused.message}): {consequence}, or deploy"
            " again with updating allowed once the Hub allows it."
        )

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
                sha = (runtime.raw or {}).get("sha")
                fresh = self.expected_sha is None or sha in (None, self.expected_sha)
                if not fresh:
                    self._stop_if_superseded(sha)
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

    def _stop_if_superseded(self, sha: str) -> None:
        """The runtime reports another commit than this deploy's: an earlier one (the build has
        not caught up yet), or a newer one someone pushed meanwhile, which the Space will run
        instead of this deploy's: then waiting longer is pointless. Asked once per commit seen."""
        if sha in self.earlier_commits or sha == self.head_checked_for:
            return
        self.head_checked_for = sha
        head = self.call("look up the Space", lambda: self.client.space_info(self.space_id)).sha
        if head and head != self.expected_sha:
            raise DeployError(
                Problem.SPACE_CHANGED,
                f"{self.space_id} received a newer commit ({head[:7]}) while this deploy waited for"
                f" its own ({(self.expected_sha or '')[:7]}) to build, so the Space will not run what"
                f" this deploy made. See its history on {self.space_url}; deploy again with updating"
                " allowed to bring it back to the template.",
            )

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
        """The dashboard answers Trackio's `/version`. A private Space's host is opened with a Space
        token from the Hub, never with the person's token: the Space's own code sees what it is
        sent, and whoever can write to the Space can change that code."""
        url = f"{self.host}/version"
        space_token = None
        if self.private:
            try:
                space_token = self.call(
                    "get a token for the private Space",
                    lambda: self.client.space_token(self.space_id),
                )
            except DeployError as refused:
                if refused.problem not in REFUSALS:
                    raise
                yield from self._warn(
                    f"The Hub reports {self.space_id} running, but its dashboard was not asked"
                    f" whether it answers: the Hub gave no token for the private Space"
                    f" ({refused.message}), and your own is never sent to a Space. Open"
                    f" {self.space_url} to see it."
                )
                return "not asked: private, and the Hub gave no Space token"
        deadline = time.monotonic() + self.deployer.health_timeout
        last, status = "", None
        while True:
            self.client.stop_if_cancelled()
            try:
                answer = self.client.get_json(url, space_token=space_token)
                if isinstance(answer, dict) and "api_version" in answer:
                    return f"the dashboard answers (Trackio API version {answer['api_version']})"
                last, status = "it did not answer like a Trackio dashboard", None
            except Exception as error:
                last = f"{type(error).__name__}"
                status = getattr(getattr(error, "response", None), "status_code", None)
            if time.monotonic() >= deadline and space_token and status in (401, 403, 404):
                yield from self._warn(
                    f"The Hub reports {self.space_id} running, but its private host refused the"
                    f" Space token (HTTP {status}), so the dashboard was not asked whether it"
                    f" answers; your own token is never sent to a Space. Open {self.space_url} to"
                    " see it."
                )
                return "not asked: the private host refused the Space token"
            if time.monotonic() >= deadline:
                raise DeployError(
                    Problem.NOT_ANSWERING,
                    f"The Space is running but {url} does not answer ({last}). Open {self.space_url} to see its"
                    " logs, then deploy again with updating allowed.",
                )
            time.sleep(1.0)


def _visibility(private: bool) -> str:
    return "private" if private else "public"

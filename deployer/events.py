"""The typed stream a deploy reports on, and its result. The page and the CLI render these."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from deployer.errors import Problem
from deployer.request import DEFAULT_PROJECT, Kind


class Step(StrEnum):
    CHECK = "check"
    STORAGE = "storage"
    CREATE = "create"
    BUILD = "build"
    VERIFY = "verify"
    # An upgrade (deployer.upgrade): the steps between the check and the build, and after.
    PAUSE = "pause"
    BACKUP = "backup"
    INVENTORY = "inventory"
    COMMIT = "commit"
    RESUME = "resume"
    ROLLBACK = "rollback"  # only after a failure


DEPLOY_STEPS = (Step.CHECK, Step.STORAGE, Step.CREATE, Step.BUILD, Step.VERIFY)
UPGRADE_STEPS = (
    Step.CHECK,
    Step.STORAGE,
    Step.PAUSE,
    Step.BACKUP,
    Step.INVENTORY,
    Step.COMMIT,
    Step.BUILD,
    Step.VERIFY,
    Step.RESUME,
)

STEP_TITLES = {
    Step.CHECK: "Check your account and the Space name",
    Step.STORAGE: "Create the storage bucket",
    Step.CREATE: "Create the Space",
    Step.BUILD: "Build and start the Space",
    Step.VERIFY: "Check that the dashboard answers",
    Step.PAUSE: "Pause the dashboard (new logs wait in its bucket)",
    Step.BACKUP: "Back up its databases in the bucket",
    Step.INVENTORY: "Count every project, run and row",
    Step.COMMIT: "Commit the template's files, writes paused",
    Step.RESUME: "Resume writes",
    Step.ROLLBACK: "Roll back",
}


class DeployPath(StrEnum):
    DUPLICATE = "duplicate"  # one duplicate of the template Space
    UPLOAD = "upload"  # create the Space, then one commit of templates/trackio
    UPDATE = "update"  # bring an existing Trackio Space to the template


class Setting(StrEnum):
    """Something a deploy asks the Hub for besides the Space itself, which the Hub may refuse."""

    BUCKET = "bucket"  # creating the storage bucket
    VOLUME = "volume"  # mounting it at /data
    VARIABLE = "variable"
    SECRET = "secret"
    HARDWARE = "hardware"  # hardware and sleep time


@dataclass(frozen=True)
class Result:
    space_id: str
    space_url: str  # the Space's page on the Hub
    app_url: str  # the running dashboard
    path: DeployPath
    path_reason: str
    stage: str
    # The dashboard answered /version; or, private with no Space token to ask it with, the Hub
    # reports it RUNNING (a warning then says it was not asked).
    ready: bool
    bucket_id: str | None = None
    warnings: tuple[str, ...] = ()
    # What the Hub refused and the dashboard runs without; each has a warning saying what that
    # means and how to add it later.
    refused: tuple[Setting, ...] = ()
    # The Hub refused the settings inside the create or duplicate call, so they were set one by
    # one afterwards (each restarts the Space once).
    settings_separately: bool = False
    kind: Kind = Kind.LIVE
    project: str = DEFAULT_PROJECT  # the project the snippet logs (a static dashboard shows it)

    @property
    def snippet(self) -> str:
        """How to fill the dashboard from a training script."""
        if self.kind is Kind.STATIC:
            return (
                f'import trackio\n\ntrackio.init(project="{self.project}")\n'
                'trackio.log({"loss": 0.1})\ntrackio.finish()\n\n'
                "# then, whenever the dashboard should show the latest runs:\n"
                f'trackio.sync(project="{self.project}", space_id="{self.space_id}", sdk="static",'
                f' bucket_id="{self.bucket_id}")'
            )
        return (
            f'import trackio\n\ntrackio.init(project="{self.project}", space_id="{self.space_id}")'
        )

    @property
    def env_snippet(self) -> str | None:
        """A live dashboard: the environment variable that sends a script's runs to it."""
        return None if self.kind is Kind.STATIC else f"export TRACKIO_SPACE_ID={self.space_id}"

    @property
    def sync_command(self) -> str | None:
        """A static dashboard: the command that brings it up to date with the local project."""
        if self.kind is not Kind.STATIC:
            return None
        return f"trackio sync --project {self.project} --space-id {self.space_id} --sdk static"

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "snippet": self.snippet,
            "env_snippet": self.env_snippet,
            "sync_command": self.sync_command,
        }


@dataclass(frozen=True)
class StepStarted:
    step: Step
    title: str
    kind: str = field(default="step_started", init=False)


@dataclass(frozen=True)
class StepFinished:
    step: Step
    seconds: float
    detail: str = ""
    kind: str = field(default="step_finished", init=False)


@dataclass(frozen=True)
class LogLine:
    source: str  # "build" or "run"
    text: str
    kind: str = field(default="log", init=False)


@dataclass(frozen=True)
class Retrying:
    """A Hub call failed in a way worth another try: the next attempt comes in `wait` seconds."""

    action: str
    attempt: int  # the attempt about to be made: 2 for the first retry
    wait: float
    reason: str
    kind: str = field(default="retrying", init=False)


@dataclass(frozen=True)
class DeployWarning:
    message: str
    kind: str = field(default="warning", init=False)


@dataclass(frozen=True)
class Done:
    result: Result
    kind: str = field(default="done", init=False)


@dataclass(frozen=True)
class Failed:
    step: Step | None
    problem: Problem
    message: str
    request_id: str | None = None
    space_url: str | None = None
    log_tail: tuple[str, ...] = ()
    retryable: bool = False
    # This deploy made the Space, so the next deploy of the request must be allowed to update it.
    update_needed: bool = False
    kind: str = field(default="failed", init=False)


@dataclass(frozen=True)
class Upgraded:
    """What an upgrade did, just before its `Done`: the versions, the backup and what was checked."""

    space_id: str
    from_version: str | None
    to_version: str
    backup: str | None  # hf://buckets/... where the databases were copied first
    checked: str  # e.g. "2 projects, 5 runs, 120 rows"
    kind: str = field(default="upgraded", init=False)


Event = StepStarted | StepFinished | LogLine | Retrying | DeployWarning | Upgraded | Done | Failed


def to_json(event: Event) -> dict[str, Any]:
    if isinstance(event, Done):
        return {"kind": event.kind, "result": event.result.to_dict()}
    return asdict(event)

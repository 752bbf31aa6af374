"""What a deploy will do, as data: shown before anything happens, followed by every path."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from deployer.request import MOUNT_PATH, DeployRequest, Kind

TRACKIO_DIR = f"{MOUNT_PATH}/trackio"


def space_variables(request: DeployRequest) -> dict[str, str]:
    """The Space's public variables: where Trackio keeps its data, MCP, and the dashboard's looks.

    A static dashboard reads nothing from them (its `config.json` names the bucket); it gets its
    bucket's id, which marks a Space this app created should its one commit never land."""
    if request.kind is Kind.STATIC:
        return {"TRACKIO_BUCKET_ID": request.bucket_id} if request.bucket_id else {}
    variables = {}
    if request.bucket_id:
        # trackio.init(space_id=...) finds this bucket at /data and changes nothing on first use.
        variables["TRACKIO_DIR"] = TRACKIO_DIR
        variables["TRACKIO_BUCKET_ID"] = request.bucket_id
    variables["GRADIO_MCP_SERVER"] = "True"
    variables.update(request.dashboard.variables())
    return variables


def space_secrets(request: DeployRequest) -> dict[str, str]:
    return {"HF_TOKEN": request.write_token} if request.write_token else {}


@dataclass(frozen=True)
class Plan:
    space_id: str
    kind: str
    project: str | None
    template: str
    visibility: str
    hardware: str
    sleep_time: int | None
    bucket_id: str | None
    mount_path: str | None
    variables: dict[str, str]
    secret_names: tuple[str, ...]
    allow_update: bool
    allow_visibility_mismatch: bool

    def steps(self) -> list[str]:
        """The plan in words, in the order things happen."""
        if self.kind == Kind.STATIC:
            return self._static_steps()
        steps = ["Check your token, the owner's plan and that the Space name is free"]
        if self.bucket_id:
            steps.append(
                f"Create the bucket {self.bucket_id} ({self.visibility}) if it does not exist yet"
                + (
                    "; an existing one is used whatever its visibility"
                    if self.allow_visibility_mismatch
                    else f"; an existing one must be {self.visibility} too"
                )
            )
        settings = f"{self.visibility}, {self.hardware}"
        if self.sleep_time is not None:
            settings += (
                ", never sleeps" if self.sleep_time == -1 else f", sleeps after {self.sleep_time} s"
            )
        steps.append(
            f"Duplicate the template Space {self.template} as {self.space_id} ({settings}) in one call,"
            " with its variables, secrets and storage; if the template is missing or stale, create the"
            " Space and upload the template's files in one commit instead"
        )
        if self.allow_update:
            steps.append(
                f"If {self.space_id} is already a Trackio Space, update it in place; its data stays"
            )
        steps.append("Wait for the one build, then check that the dashboard answers")
        return steps

    def _static_steps(self) -> list[str]:
        steps = [
            "Check your token and that the Space name is free (a static Space is free on every plan)",
            f"Create the bucket {self.bucket_id} (public: the browser reads the runs from it) if it"
            " does not exist yet",
            f"Duplicate the static template Space {self.template} as {self.space_id} (public) and"
            f" commit its config.json (project {self.project}, bucket {self.bucket_id}); if the"
            " template is missing or stale, create the Space and upload the dashboard's files in"
            " one commit instead",
        ]
        if self.allow_update:
            steps.append(
                f"If {self.space_id} is already a static Trackio dashboard, bring its files up to"
                " date in one commit; its bucket and runs stay"
            )
        steps.append(
            "Nothing to build: check that the dashboard page is served and its config.json names"
            " the bucket"
        )
        return steps

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "steps": self.steps()}


def make_plan(request: DeployRequest) -> Plan:
    return Plan(
        space_id=request.space_id,
        kind=request.kind.value,
        project=request.project,
        template=request.template_id,
        visibility=request.visibility.value,
        hardware=request.hardware,
        sleep_time=request.sleep_time,
        bucket_id=request.bucket_id,
        mount_path=MOUNT_PATH if request.bucket_id else None,
        variables=space_variables(request),
        secret_names=tuple(space_secrets(request)),
        allow_update=request.allow_update,
        allow_visibility_mismatch=request.allow_visibility_mismatch,
    )

"""What the page shows: a deploy as it goes (its steps, the build log, then the result card or the
failure), the plan, and the notes beside the form. Plain HTML and Markdown strings, built up event
by event; gradio is not needed to read them.

The steps list carries stable markers for machines: `data-outcome` (running, done, failed or
refused) on the list, `data-step` and `data-state` on each step.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import StrEnum

from deployer import (
    DeployRequest,
    Done,
    Event,
    Failed,
    NameState,
    Owner,
    Result,
    make_plan,
    validate,
)
from deployer.events import (
    DEPLOY_STEPS,
    STEP_TITLES,
    UPGRADE_STEPS,
    DeployWarning,
    LogLine,
    Step,
    StepFinished,
    StepStarted,
)
from deployer.request import Kind

# The classes the markup below uses.
CSS = """
.steps { list-style: none; padding: 0; margin: 0; }
.steps li { display: flex; gap: .6rem; align-items: baseline; padding: .35rem 0; }
.steps .mark { width: 1.4rem; text-align: center; font-weight: 700; }
.steps .waiting { opacity: .6; }
.steps .failed .mark, .problem { color: #c62828; }
.steps .done .mark { color: #2e7d32; }
.steps .detail { color: var(--body-text-color-subdued); font-size: .9em; }
.who { font-size: 1.05em; }
"""
NO_LOCAL_TOKEN = (
    "**This page runs on your machine without a Hugging Face token**, so it cannot sign you in. Run"
    " `hf auth login` (or set `HF_TOKEN`), then start it again, or try it offline with"
    " `python app.py --local-hub`."
)
MAX_LOG_LINES = 400
ANSI_CODES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # terminal colours in a Space's log
NAME_LABELS = {
    NameState.FREE: "Free",
    NameState.TRACKIO: "Exists",
    NameState.TAKEN: "Taken",
    NameState.INVALID: "Invalid",
}


class StepState(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


MARKS = {
    StepState.WAITING: "○",
    StepState.RUNNING: "…",
    StepState.DONE: "✓",
    StepState.FAILED: "✗",
}


class Outcome(StrEnum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    REFUSED = "refused"  # the click started no deploy (not signed in, or one is running already)


def waiting(steps: tuple[Step, ...]) -> dict[Step, tuple[StepState, str]]:
    return {s: (StepState.WAITING, "") for s in steps}


@dataclass
class DeployView:
    """What the page shows of one deploy (or upgrade), built up event by event: the steps of the
    path it takes, a deploy that turns out to be an upgrade showing the upgrade's."""

    steps: dict[Step, tuple[StepState, str]] = field(default_factory=lambda: waiting(DEPLOY_STEPS))
    log: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    result: Result | None = None
    failure: Failed | None = None
    refusal: str = ""  # why the click started no deploy
    run_command: str = ""  # sandbox mode: how to run one's own training script against localhub
    kind: Kind = Kind.LIVE  # a static dashboard has no build step

    @property
    def outcome(self) -> Outcome:
        if self.refusal:
            return Outcome.REFUSED
        if self.failure is not None:
            return Outcome.FAILED
        return Outcome.DONE if self.result is not None else Outcome.RUNNING

    def apply(self, event: Event) -> None:
        if isinstance(event, StepStarted):
            if event.step not in self.steps:
                order = UPGRADE_STEPS if event.step in UPGRADE_STEPS else (*self.steps, event.step)
                self.steps = {s: self.steps.get(s, (StepState.WAITING, "")) for s in order}
            self.steps[event.step] = (StepState.RUNNING, "")
        elif isinstance(event, StepFinished):
            self.steps[event.step] = (StepState.DONE, f"{event.seconds:.1f} s · {event.detail}")
        elif isinstance(event, LogLine):
            self.log.append(f"[{event.source}] {ANSI_CODES.sub('', event.text)}")
            del self.log[:-MAX_LOG_LINES]
        elif isinstance(event, DeployWarning):
            self.warnings.append(event.message)
        elif isinstance(event, Done):
            self.result = event.result
        elif isinstance(event, Failed):
            self.failure = event
            if event.step is not None:
                self.steps[event.step] = (StepState.FAILED, "")

    def log_text(self) -> str:
        return "\n".join(self.log)

    def steps_html(self) -> str:
        items = []
        for step, (state, detail) in self.steps.items():
            if (
                step is Step.STORAGE
                and state is StepState.WAITING
                and self.result
                and not self.result.bucket_id
            ) or (step is Step.BUILD and self.kind is Kind.STATIC):
                continue
            items.append(
                f'<li class="{state}" data-step="{step.value}" data-state="{state}">'
                f'<span class="mark" aria-hidden="true">{MARKS[state]}</span>'
                f"<span><strong>{html.escape(STEP_TITLES[step])}</strong> <span class='state'>({state})</span>"
                f"<br><span class='detail'>{html.escape(detail)}</span></span></li>"
            )
        return f'<ul class="steps" aria-live="polite" data-outcome="{self.outcome.value}">{"".join(items)}</ul>'

    def summary(self) -> str:
        """The result card, the failure and what to do about it, or why the click did nothing."""
        if self.refusal:
            return problem(self.refusal)
        notes = "".join(f"\n> **Note:** {w}\n" for w in self.warnings)
        if self.failure is not None:
            return _failure(self.failure) + notes
        if self.result is None:
            return notes
        return _result_card(self.result) + _sandbox_run(self.run_command) + notes


def _sandbox_run(command: str) -> str:
    if not command:
        return ""
    return (
        "\n\n**In sandbox mode** the dashboard lives on localhub, so run your script through it"
        f" (from this folder):\n\n`{command}`"
    )


def _failure(failure: Failed) -> str:
    extra = f"\n\nHub request id: `{failure.request_id}`" if failure.request_id else ""
    link = f"\n\nThe Space: [{failure.space_url}]({failure.space_url})" if failure.space_url else ""
    again = (
        "Tick **Update it if it is already a Trackio dashboard**, then click **Try again**:"
        " it finishes the Space this deploy created."
        if failure.update_needed
        else "Fix what the message says, then click **Try again**."
        if not failure.retryable
        else "Click **Try again**: it picks up where it stopped."
    )
    return f"### The deploy stopped\n\n{problem(failure.message)}{extra}{link}\n\n{again}"


def _result_card(r: Result) -> str:
    if r.kind is Kind.STATIC:
        return _static_card(r)
    state = (
        "is running" if r.ready else f"is still starting ({r.stage}); it will come up on its own"
    )
    bucket = (
        f"\n- Runs are kept in the bucket `{r.bucket_id}`, mounted at `/data`."
        if r.bucket_id
        else ""
    )
    return (
        f"### ✓ Your Trackio dashboard {state}\n\n"
        f"- **Dashboard:** [{r.app_url}]({r.app_url})\n"
        f"- **Space page:** [{r.space_url}]({r.space_url})\n"
        f"- Deployed by {r.path.value}: {r.path_reason}.{bucket}\n\n"
        "**Next:** paste the snippet below into your training script (run `pip install trackio` first),"
        f" or set `TRACKIO_SPACE_ID={r.space_id}` in its environment and call `trackio.init(project=...)`."
        " Your metrics appear on the dashboard as they are logged."
    )


def _static_card(r: Result) -> str:
    state = "is ready" if r.ready else f"is not served yet ({r.stage})"
    return (
        f"### ✓ Your static Trackio dashboard {state}\n\n"
        f"- **Dashboard:** [{r.app_url}]({r.app_url})\n"
        f"- **Space page:** [{r.space_url}]({r.space_url})\n"
        f"- Deployed by {r.path.value}: {r.path_reason}.\n"
        f"- It shows the project `{r.project}`, read by your browser from the public bucket"
        f" `{r.bucket_id}`: **it shows runs once your first sync lands.**\n\n"
        "**Next:** log your runs as usual, then sync them with the snippet below (run"
        f" `pip install trackio` first), or from a terminal: `{r.sync_command}`. Sync again whenever"
        " the dashboard should show the latest runs."
    )


def problem(message: str) -> str:
    return f"<span class='problem'>{html.escape(message)}</span>"


def plan_markdown(request: DeployRequest) -> str:
    problems = validate(request)
    if problems:
        return "**Fix before deploying:**\n\n" + "\n".join(
            f"- `{p.field}`: {p.message}" for p in problems
        )
    plan = make_plan(request)
    steps = "\n".join(f"{n}. {step}" for n, step in enumerate(plan.steps(), start=1))
    variables = ", ".join(f"`{k}`" for k in plan.variables)
    secrets = ", ".join(f"`{k}` (value hidden)" for k in plan.secret_names) or "none"
    return (
        f"**Plan for `{plan.space_id}`**\n\n{steps}\n\nVariables: {variables}. Secrets: {secrets}."
    )


def owner_note(owner: str, choices: list[Owner], kind: str = Kind.LIVE.value) -> str:
    """For an owner whose plan cannot host a Gradio Space: why a static dashboard is offered and
    what upgrading would add, or, with live chosen, what to do; nothing otherwise."""
    chosen = next((o for o in choices if o.name == owner), None)
    if chosen is None or chosen.can_host:
        return ""
    if kind == Kind.STATIC:
        upgrade = "a Team or Enterprise plan" if chosen.is_org else "PRO"
        return (
            f"{html.escape(chosen.name)} is on the free plan, where the Hub hosts static"
            " dashboards only: free, public, showing the runs you sync; upgrading to"
            f" {upgrade} adds live dashboards, private if you like, with runs as they are logged."
        )
    return problem(chosen.note)


def signed_in_as(user: str, name: str, *, local: bool) -> str:
    signed = f"Signed in as **{html.escape(user)}** ({html.escape(name)}). [Sign out](/logout)"
    if local:
        signed += "\n\nRunning on your machine: gradio mocks the sign-in, so deploys use your local token (`HF_TOKEN` or `hf auth login`)."
    return signed


def name_markdown(state: NameState, message: str) -> str:
    return f"**{NAME_LABELS[state]}:** {message}"

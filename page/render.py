"""What the page shows, as HTML strings: who is signed in, the name's state, why Deploy is off, the
plan, and a deploy as it goes (its steps with live timers, then the result card or the failure with
buttons that do the fix it names). Built up event by event; gradio is not needed to read them.

Everything that comes from the Hub, a Space or a person (names, messages, log lines) is escaped
and shown as text: never as Markdown or HTML, so a Space's output cannot plant a link or an image.
Links this page makes itself are http(s) only.

Machines read these by stable markers, never by their wording: `data-outcome` on the steps list
(running, done, failed, cancelled or refused), `data-step` and `data-state` on each step,
`data-phase` on the deploy view's card, `data-action` on its buttons, `data-state` on the name's
state and `data-user` on who is signed in.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlparse

from deployer import (
    DeployPath,
    DeployRequest,
    Done,
    Event,
    Failed,
    NameState,
    Owner,
    Problem,
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
    Retrying,
    Step,
    StepFinished,
    StepStarted,
)
from deployer.request import Kind

NO_LOCAL_TOKEN = (
    "<p><strong>This page runs on your machine without a Hugging Face token</strong>, so it cannot"
    " sign you in. Run <code>hf auth login</code> (or set <code>HF_TOKEN</code>), then start it"
    " again, or try it offline with <code>python app.py --local-hub</code>.</p>"
)
MAX_LOG_LINES = 400
ANSI_CODES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # terminal colours in a Space's log
PRO_URL = "https://huggingface.co/pro"


class StepState(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


MARKS = {
    StepState.WAITING: "○",
    StepState.RUNNING: "◐",
    StepState.DONE: "✓",
    StepState.FAILED: "✗",
    StepState.CANCELLED: "–",
}


class Outcome(StrEnum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    REFUSED = "refused"  # the click started no deploy (not signed in, or one is running already)


class Action(StrEnum):
    """The deploy view's buttons (`data-action`): each does what its label says."""

    CANCEL = "cancel"
    ANOTHER = "another"  # back to the form with the name cleared
    EDIT = "edit"  # back to the form as it was
    AGAIN = "again"  # the same deploy again: it picks up where it stopped
    UPDATE = "update"  # the same deploy with updating allowed
    RENAME = "rename"  # the same deploy under a free name the page finds


def text(value: object) -> str:
    """Anything from the Hub, a Space or a person, as text in HTML."""
    return html.escape(str(value), quote=True)


def _link(url: str) -> str:
    """A URL this page may link to: http(s) only, escaped; anything else links nowhere."""
    return text(url) if urlparse(url).scheme in ("http", "https") else "#"


def waiting(steps: tuple[Step, ...]) -> dict[Step, tuple[StepState, str]]:
    return {s: (StepState.WAITING, "") for s in steps}


@dataclass
class DeployView:
    """What the page shows of one deploy (or upgrade), built up event by event: the steps of the
    path it takes, a deploy that turns out to be an upgrade showing the upgrade's."""

    space_id: str = ""
    steps: dict[Step, tuple[StepState, str]] = field(default_factory=lambda: waiting(DEPLOY_STEPS))
    started: dict[Step, float] = field(default_factory=dict)  # time.monotonic() per step
    retry: Retrying | None = None
    retry_at: float = 0.0
    log: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    result: Result | None = None
    failure: Failed | None = None
    refusal: str = ""  # why the click started no deploy
    kind: Kind = Kind.LIVE  # a static dashboard has no build step
    run_command: str = ""  # sandbox mode: how to run one's own training script against localhub

    @property
    def outcome(self) -> Outcome:
        if self.refusal:
            return Outcome.REFUSED
        if self.failure is not None:
            cancelled = self.failure.problem is Problem.CANCELLED
            return Outcome.CANCELLED if cancelled else Outcome.FAILED
        return Outcome.DONE if self.result is not None else Outcome.RUNNING

    def apply(self, event: Event) -> None:
        if isinstance(event, StepStarted):
            if event.step not in self.steps:
                order = UPGRADE_STEPS if event.step in UPGRADE_STEPS else (*self.steps, event.step)
                self.steps = {s: self.steps.get(s, (StepState.WAITING, "")) for s in order}
            self.steps[event.step] = (StepState.RUNNING, "")
            self.started[event.step] = time.monotonic()
            self.retry = None
        elif isinstance(event, StepFinished):
            self.steps[event.step] = (StepState.DONE, f"{event.seconds:.1f} s · {event.detail}")
            self.retry = None
        elif isinstance(event, Retrying):
            self.retry, self.retry_at = event, time.monotonic()
        elif isinstance(event, LogLine):
            self.log.append(f"[{event.source}] {ANSI_CODES.sub('', event.text)}")
            del self.log[:-MAX_LOG_LINES]
            self.retry = None
        elif isinstance(event, DeployWarning):
            self.warnings.append(event.message)
        elif isinstance(event, Done):
            self.result = event.result
        elif isinstance(event, Failed):
            self.failure = event
            self.retry = None
            if event.step is not None:
                cancelled = event.problem is Problem.CANCELLED
                state = StepState.CANCELLED if cancelled else StepState.FAILED
                self.steps[event.step] = (state, "")

    def log_text(self) -> str:
        return "\n".join(self.log)

    # -- the steps, with a live timer on the running one ------------------------------------------

    def steps_html(self) -> str:
        items = []
        now = time.monotonic()
        for step, (state, detail) in self.steps.items():
            if step is Step.STORAGE and state is StepState.WAITING and self.outcome is Outcome.DONE:
                continue  # a deploy without a bucket never had this step
            if step is Step.BUILD and self.kind is Kind.STATIC:
                continue  # a static Space is served as it is committed
            timer = ""
            if state is StepState.RUNNING and self.outcome is Outcome.RUNNING:
                elapsed = now - self.started.get(step, now)
                timer = (
                    f' · <span class="timer" data-elapsed="{elapsed:.1f}">{elapsed:.0f} s</span>'
                )
                if self.retry is not None:
                    left = max(0.0, self.retry.wait - (now - self.retry_at))
                    timer += (
                        f' · <span class="retry" data-countdown="{left:.1f}"'
                        f' data-attempt="{self.retry.attempt}">retrying in {left:.0f} s'
                        f" (attempt {self.retry.attempt})</span>"
                        f'<br><span class="detail">{text(self.retry.action)}: the Hub answered'
                        f" {text(self.retry.reason)}</span>"
                    )
            items.append(
                f'<li class="{state}" data-step="{step.value}" data-state="{state}">'
                f'<span class="mark" aria-hidden="true">{MARKS[state]}</span>'
                f"<span><strong>{text(STEP_TITLES[step])}</strong>"
                f' <span class="state">({state}{timer})</span>'
                f'<br><span class="detail">{text(detail)}</span></span></li>'
            )
        return (
            f'<ol class="steps" aria-label="Steps of the deploy" data-outcome="{self.outcome.value}">'
            f"{''.join(items)}</ol>"
        )

    # -- the card at the top: running, the result, or the failure and its fixes --------------------

    def summary(self) -> str:
        if self.refusal:
            return _card(
                Outcome.REFUSED,
                "The deploy did not start",
                f'<p class="problem">{text(self.refusal)}</p>',
                [_button(Action.EDIT, "Back to the form")],
            )
        notes = "".join(f'<p class="note">Note: {text(w)}</p>' for w in self.warnings)
        if self.failure is not None:
            return _failure(self.failure, self.space_id) + notes
        if self.result is not None:
            return _result_card(self.result, self.run_command) + notes
        follows = "nothing to build" if self.kind is Kind.STATIC else "the build log follows below"
        return _card(
            Outcome.RUNNING,
            f"Deploying {text(self.space_id)}",
            f'<p class="lead">Each step shows its time; {follows}.</p>' + notes,
            [_button(Action.CANCEL, "Cancel")],
        )


def starting_html(space_id: str = "", kind: Kind = Kind.LIVE) -> tuple[str, str]:
    """The deploy view before the server's first answer: the card and the steps, all waiting."""
    view = DeployView(space_id=space_id, kind=kind)
    return view.summary(), view.steps_html()


def _card(phase: Outcome, heading: str, lead: str, actions: list[str], body: str = "") -> str:
    """A heading, one line on what happened, the buttons, then the rest: the buttons stay in
    view without scrolling."""
    return (
        f'<section class="card {phase.value}" data-phase="{phase.value}">'
        f'<h2 tabindex="-1">{heading}</h2>{lead}'
        f'<div class="actions">{"".join(actions)}</div>{body}</section>'
    )


def _button(action: Action, label: str, *, primary: bool = False) -> str:
    kind = "btn primary" if primary else "btn"
    return (
        f'<button type="button" class="{kind}" data-action="{action.value}">{text(label)}</button>'
    )


def _link_button(url: str, label: str, *, primary: bool = False, new_tab: bool = True) -> str:
    kind = "btn primary" if primary else "btn"
    target = ' target="_blank" rel="noopener noreferrer"' if new_tab else ""
    return f'<a class="{kind}" href="{_link(url)}"{target}>{text(label)}</a>'


def _result_card(r: Result, run_command: str = "") -> str:
    if r.kind is Kind.STATIC:
        return _static_card(r, run_command)
    heading = (
        "✓ Your Trackio dashboard is running"
        if r.ready
        else f"✓ Your Trackio dashboard is starting ({text(r.stage)})"
    )
    bucket = f" Runs are kept in the bucket {text(r.bucket_id)}." if r.bucket_id else ""
    how = {
        DeployPath.DUPLICATE: "duplicated from the template",
        DeployPath.UPLOAD: "created from this app's files",
        DeployPath.UPDATE: "updated in place",
    }[r.path]
    lead = (
        f'<p class="lead">{text(r.space_id)}, {how}.{bucket}'
        f"{'' if r.ready else ' It will come up on its own.'}</p>"
    )
    body = (
        "<p>Log to it from your training script (<code>pip install trackio</code> first):</p>"
        f'<pre class="snippet" tabindex="0" aria-label="Snippet"><code>{text(r.snippet)}</code></pre>'
        f"<p>Or set <code>TRACKIO_SPACE_ID={text(r.space_id)}</code> in its environment.</p>"
        + _sandbox_run(run_command)
        + f'<iframe class="preview" src="{_link(r.app_url)}" title="Live preview of your dashboard"'
        ' loading="lazy"></iframe>'
    )
    return _card(Outcome.DONE, heading, lead, _result_actions(r), body)


def _static_card(r: Result, run_command: str) -> str:
    """A static dashboard shows what was synced to its bucket: the card says how to sync (the
    snippet and the `trackio sync` command). No preview: there is nothing to show before the
    first sync, and the dashboard reads its bucket from huggingface.co itself, which sandbox mode
    never contacts."""
    heading = (
        "✓ Your static Trackio dashboard is ready"
        if r.ready
        else f"✓ Your static Trackio dashboard is not served yet ({text(r.stage)})"
    )
    how = {
        DeployPath.DUPLICATE: "duplicated from the static template",
        DeployPath.UPLOAD: "created from this app's files",
        DeployPath.UPDATE: "updated in place",
    }[r.path]
    lead = (
        f'<p class="lead">{text(r.space_id)}, {how}. It shows the project'
        f" <code>{text(r.project)}</code>, read by your browser from the public bucket"
        f" {text(r.bucket_id)}: <strong>it shows runs once your first sync lands.</strong></p>"
    )
    body = (
        "<p>Log your runs as usual, then sync them (<code>pip install trackio</code> first):</p>"
        f'<pre class="snippet" tabindex="0" aria-label="Snippet"><code>{text(r.snippet)}</code></pre>'
        "<p>Or from a terminal:</p>"
        f'<pre class="snippet" tabindex="0" aria-label="Sync command"><code>'
        f"{text(r.sync_command or '')}</code></pre>"
        "<p>Sync again whenever the dashboard should show the latest runs.</p>"
        + _sandbox_run(run_command)
    )
    return _card(Outcome.DONE, heading, lead, _result_actions(r), body)


def _result_actions(r: Result) -> list[str]:
    return [
        _link_button(r.app_url, "Open dashboard", primary=True),
        '<button type="button" class="btn" data-copy="snippet">Copy snippet</button>',
        _link_button(r.space_url, "Space page"),
        _button(Action.ANOTHER, "Deploy another"),
    ]


def _sandbox_run(command: str) -> str:
    """Sandbox mode: the dashboard lives on localhub, and so must the person's script."""
    if not command:
        return ""
    return (
        "<p><strong>In sandbox mode</strong> the dashboard lives on localhub, so run your script"
        " through it (from this folder):</p>"
        f'<pre class="snippet" tabindex="0" aria-label="Run command"><code>{text(command)}</code></pre>'
    )


SIGN_IN_AGAIN = frozenset({Problem.SIGN_IN_AGAIN, Problem.MISSING_SCOPE, Problem.ORG_NOT_GRANTED})
NAME_IN_USE = frozenset({Problem.SPACE_EXISTS, Problem.NOT_TRACKIO, Problem.NOT_CREATED_HERE})
NEEDS_UPDATE = frozenset({Problem.BUILD_FAILED, Problem.NOT_ANSWERING})


def _failure(failure: Failed, space_id: str) -> str:
    cancelled = failure.problem is Problem.CANCELLED
    actions: list[str] = []
    if failure.update_needed or failure.problem in NEEDS_UPDATE:
        label = "Finish it" if cancelled else "Update this dashboard"
        actions.append(_button(Action.UPDATE, label, primary=True))
    elif failure.retryable:
        actions.append(_button(Action.AGAIN, "Try again", primary=True))
    if failure.problem in NAME_IN_USE:
        actions.append(_button(Action.RENAME, "Use a free name", primary=not actions))
    if failure.problem in SIGN_IN_AGAIN:
        actions.append(_link_button("/login/huggingface", "Sign in again", new_tab=False))
    if failure.problem is Problem.PLAN_REQUIRED:
        actions.append(_link_button(PRO_URL, "See the PRO plan"))
    if failure.space_url:
        actions.append(_link_button(failure.space_url, "Open the Space"))
    actions.append(_button(Action.EDIT, "Back to the form"))
    request_id = (
        f'<p class="detail">Hub request id: <code>{text(failure.request_id)}</code></p>'
        if failure.request_id
        else ""
    )
    heading = "Deploy cancelled" if cancelled else f"The deploy of {text(space_id)} stopped"
    lead = f'<p class="problem">{text(failure.message)}</p>'
    return _card(
        Outcome.CANCELLED if cancelled else Outcome.FAILED, heading, lead, actions, request_id
    )


# -- beside the form --------------------------------------------------------------------------------


def signed_in_html(user: str, name: str, *, local: bool) -> str:
    """Who is signed in, and a Sign out that stays in this tab."""
    who = f"<strong>{text(user)}</strong>" + (f" ({text(name)})" if name and name != user else "")
    sign_out = ' · <a href="/logout">Sign out</a>'

    local_note = (
        '<br><span class="detail">Running on your machine: gradio mocks the sign-in, so deploys'
        " use your local token (<code>HF_TOKEN</code> or <code>hf auth login</code>).</span>"
        if local
        else ""
    )
    return f'<p class="who" data-user="{text(user)}">Signed in as {who}{sign_out}{local_note}</p>'


NAME_MARKS = {
    NameState.FREE: ("✓", "Free"),
    NameState.TRACKIO: ("↻", "Exists"),
    NameState.TAKEN: ("✗", "Taken"),
    NameState.INVALID: ("✗", "Invalid"),
}


def name_html(state: NameState | None, message: str) -> str:
    """The name's state, marked so that free and taken never look alike."""
    if state is None:
        return f'<p class="name-state checking" data-state="checking">{text(message)}</p>'
    mark, label = NAME_MARKS[state]
    return (
        f'<p class="name-state {state.value}" data-state="{state.value}">'
        f'<span aria-hidden="true">{mark}</span> <strong>{label}:</strong> {text(message)}</p>'
    )


def problem_html(message: str) -> str:
    return f'<p class="problem">{text(message)}</p>'


def deploy_reason_html(reason: str) -> str:
    return f'<p class="reason" data-blocked="true">{text(reason)}</p>' if reason else ""


def kind_note_html(chosen: Owner | None, kind: str) -> str:
    """Beside the kind, for an owner whose plan cannot host a live dashboard: why static is
    offered and what upgrading adds, or, with live chosen, what to do; nothing otherwise."""
    if chosen is None or chosen.can_host:
        return ""
    if kind == Kind.STATIC:
        upgrade = "a Team or Enterprise plan" if chosen.is_org else "PRO"
        return (
            f'<p class="note">{text(chosen.name)} is on the free plan, where the Hub hosts static'
            " dashboards only: free, public, showing the runs you sync; upgrading to"
            f" {upgrade} adds live dashboards, private if you like, with runs as they are"
            " logged.</p>"
        )
    return f'<p class="problem">{text(chosen.note)}</p>'


def owner_notes_html(not_offered: list[tuple[str, str]]) -> str:
    """The organizations not offered, each with why, and how to add one."""
    notes = [
        f'<p class="detail">{text(org)} is not offered: {text(why)}</p>' for org, why in not_offered
    ]
    notes.append(
        '<p class="detail"><a href="/login/huggingface">Add an organization</a>: sign in again'
        " and tick it on the consent page.</p>"
    )
    return "".join(notes)


def plan_html(request: DeployRequest, state: NameState | None) -> str:
    """What Deploy will do, in the page's words; nothing when the form cannot succeed."""
    if validate(request):
        return ""
    plan = make_plan(request)
    if request.kind is Kind.STATIC:
        how = (
            f"Update {text(plan.space_id)} in place (its bucket and runs stay)"
            if state is NameState.TRACKIO
            else f"Create {text(plan.space_id)} (public, static) from the static Trackio template,"
            f" showing the project {text(plan.project)}"
        )
        steps = [
            how,
            f"keep runs in the public bucket {text(plan.bucket_id)}, which your browser reads",
            "check that the dashboard is served (nothing to build)",
        ]
        return f'<p class="plan"><strong>Deploy will:</strong> {"; ".join(steps)}.</p>'
    how = (
        f"Update {text(plan.space_id)} in place (its data stays)"
        if state is NameState.TRACKIO
        else f"Create {text(plan.space_id)} ({text(plan.visibility)}, {text(plan.hardware)})"
        " from the Trackio template"
    )
    steps = [how]
    if plan.bucket_id:
        steps.append(f"keep runs in the bucket {text(plan.bucket_id)}")
    steps.append("build it once and check that the dashboard answers")
    secrets = ", ".join(text(k) for k in plan.secret_names)
    more = f" Secrets: {secrets} (value hidden)." if secrets else ""
    return f'<p class="plan"><strong>Deploy will:</strong> {"; ".join(steps)}.{more}</p>'


def badge_html(markdown: str) -> str:
    return (
        "<p>Put this badge in a README: it opens this page with your choices filled in (never a"
        ' token).</p><pre class="badge" tabindex="0" aria-label="Badge Markdown">'
        f"<code>{text(markdown)}</code></pre>"
    )

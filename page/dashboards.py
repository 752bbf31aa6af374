"""What the "Your dashboards" view shows, without gradio: the listing's progress, the table with
each dashboard's actions, the question asked before an action changes anything, and the progress
of the actions themselves (one `DeployView` per dashboard).

The table carries stable markers for machines: `data-space`, `data-behind` on each row, and each
action button `data-action` and `data-space`. A click sends `{action, space}` to the page; the page
acts only on what the listing it holds offers (`offered`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from deployer.dashboards import Action, Dashboard, Listed, Progress
from deployer.events import UPGRADE_STEPS, Step
from deployer.request import Kind
from page.render import DeployView, Outcome, problem_html, waiting

# Sent by the table when an action button is clicked: delegated, so re-rendered rows keep working.
ACTIONS_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]');
  if (button) trigger('click', {action: button.dataset.action, space: button.dataset.space});
});
"""
CSS = """
.dashboards table { width: 100%; border-collapse: collapse; font-size: .95em; }
.dashboards th, .dashboards td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--border-color-primary); vertical-align: top; }
.dashboards .behind { color: var(--warn); font-weight: 600; }
.dashboards .actions { display: flex; gap: .4rem; flex-wrap: wrap; }
.dashboards .actions a, .dashboards .actions button { font: inherit; font-size: .9em; font-weight: 600; padding: .2rem .7rem; border-radius: .4rem; border: 1px solid var(--border-color-primary); background: var(--button-secondary-background-fill); color: var(--button-secondary-text-color); cursor: pointer; text-decoration: none; }
.dashboards .actions button[data-action="upgrade"] { background: var(--button-primary-background-fill); color: var(--button-primary-text-color); }
.dashboard-action h4 { margin: .8rem 0 .2rem; }
.dashboards .muted { color: var(--body-text-color-subdued); }
@media (max-width: 640px) {
  .dashboards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .dashboards table, .dashboards tbody, .dashboards tr, .dashboards td { display: block; width: auto; }
  .dashboards tr { border-bottom: 1px solid var(--border-color-primary); padding: .4rem 0; }
  .dashboards td { border: none; padding: .15rem .5rem; }
  .dashboards td::before { content: attr(data-label) ": "; font-weight: 600; }
  .dashboards td[data-label="Dashboard"]::before, .dashboards td[data-label="Actions"]::before { content: none; }
}
"""
ACTION_LABELS = {Action.OPEN: "Open", Action.WAKE: "Wake", Action.UPGRADE: "Upgrade"}
UPGRADE_VIEW_STEPS = tuple(s for s in UPGRADE_STEPS if s is not Step.STORAGE)
STATIC_UPDATE_STEPS = (Step.CHECK, Step.STORAGE, Step.CREATE, Step.VERIFY)


def listing_progress(progress: Progress) -> str:
    share = f'<progress value="{progress.done}" max="{max(progress.total, 1)}"></progress>'
    return (
        f'<div class="listing" aria-live="polite" data-state="loading">{share} '
        f"{html.escape(progress.message)}</div>"
    )


def listing_summary(listed: Listed) -> str:
    behind = len(listed.behind)
    owners = ", ".join(listed.owners)
    text = (
        f"{_count(len(listed.dashboards), 'dashboard')} in {owners}; this app's template runs"
        f" trackio {listed.template_version}; {behind} behind that you may upgrade."
    )
    notes = "".join(f"<br>{problem_html(note)}" for note in listed.notes)
    return (
        f'<div class="listing" aria-live="polite" data-state="listed">'
        f"{html.escape(text)}{notes}</div>"
    )


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


COLUMNS = ("Dashboard", "Stage", "trackio", "Bucket", "Last change", "Actions")


def table(listed: Listed) -> str:
    if not listed.dashboards:
        return (
            '<div class="dashboards"><p class="muted">No Trackio dashboards yet: deploy one on'
            " the Deploy tab.</p></div>"
        )
    head = "".join(f"<th>{h}</th>" for h in COLUMNS)
    rows = "".join(_row(d, listed.template_version) for d in listed.dashboards)
    return (
        f'<div class="dashboards"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _row(d: Dashboard, template: str) -> str:
    e = html.escape
    visibility = "private" if d.private else "public"
    about = f"{d.kind.value}, {visibility}"
    version = e(d.trackio_version or "unknown")
    source = f' <span class="muted">(from its {e(d.version_source.value)})</span>'
    state = (
        f'<br><span class="behind">behind {e(template)}; too old to upgrade in place:'
        " deploy a new one</span>"
        if d.too_old
        else f'<br><span class="behind">behind {e(template)}</span>'
        if d.behind
        else '<br><span class="muted">up to date</span>'
        if d.trackio_version
        else ""
    )
    actions = "".join(_action(d, action) for action in d.actions)
    cells = (
        f'<a href="{e(d.space_url)}" target="_blank" rel="noopener">{e(d.space_id)}</a>'
        f'<br><span class="muted">{about}</span>',
        f'{e(d.stage)}<br><span class="muted">{e(d.hardware or "")}</span>',
        f"{version}{source}{state}",
        e(d.bucket_id or "—"),
        e((d.last_modified or "")[:10]),
        f'<div class="actions">{actions}</div>',
    )
    # Each cell names its column: on a phone the rows stack, and the names show (CSS).
    tds = "".join(
        f'<td data-label="{name}">{cell}</td>' for name, cell in zip(COLUMNS, cells, strict=True)
    )
    return f'<tr data-space="{e(d.space_id)}" data-behind="{str(d.behind).lower()}">{tds}</tr>'


def _action(d: Dashboard, action: Action) -> str:
    e = html.escape
    label = f"{ACTION_LABELS[action]} {d.space_id}"
    if action is Action.OPEN:
        return (
            f'<a href="{e(d.app_url)}" target="_blank" rel="noopener" aria-label="{e(label)}"'
            f' data-action="open">Open</a>'
        )
    return (
        f'<button type="button" data-action="{action.value}" data-space="{e(d.space_id)}"'
        f' aria-label="{e(label)}">{ACTION_LABELS[action]}</button>'
    )


def offered(listed: Listed | None, action: str, space_id: str) -> Dashboard | None:
    """The dashboard the click names, if the listing offers it that action (a click is data
    from the browser: nothing else is acted on)."""
    for dashboard in listed.dashboards if listed else ():
        if dashboard.space_id == space_id and action in {a.value for a in dashboard.actions}:
            return dashboard
    return None


def question(action: Action, dashboards: tuple[Dashboard, ...], template: str) -> str:
    """What an action will do, asked before it does anything."""
    names = ", ".join(f"`{d.space_id}`" for d in dashboards)
    if action is Action.WAKE:
        return (
            f"**Wake {names}?** It restarts the Space (one build, about a minute); the runs it"
            " holds and those waiting in its bucket are there once it runs."
        )
    what = (
        f"**Upgrade {names} from trackio {dashboards[0].trackio_version} to {template}?**"
        if len(dashboards) == 1
        else f"**Upgrade {_count(len(dashboards), 'dashboard')} that are behind to trackio"
        f" {template}, one after the other?** ({names})"
    )
    kinds = {d.kind for d in dashboards}
    live = (
        " A live dashboard is paused for a minute or two (runs logged meanwhile wait in its bucket"
        " and arrive afterwards), its databases are backed up, every project, run and row is"
        " checked on the new version, and anything that fails is rolled back: two restarts."
    )
    static = (
        " A static dashboard gets the new frontend in one commit; its bucket, project and runs"
        " stay, and nothing restarts."
    )
    return what + (live if Kind.LIVE in kinds else "") + (static if Kind.STATIC in kinds else "")


@dataclass
class ActionsView:
    """The progress of the actions the person confirmed, one dashboard after another."""

    action: Action
    views: dict[str, DeployView] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)

    def start(self, dashboard: Dashboard) -> DeployView:
        if self.action is Action.WAKE:
            steps: tuple[Step, ...] = (Step.BUILD,)
        else:  # a static dashboard's update is one commit: nothing to pause, back up or build
            steps = UPGRADE_VIEW_STEPS if dashboard.kind is Kind.LIVE else STATIC_UPDATE_STEPS
        view = self.views[dashboard.space_id] = DeployView(
            steps=waiting(steps), kind=dashboard.kind
        )
        return view

    def outcome(self, space_id: str) -> Outcome:
        view = self.views[space_id]
        if view.outcome is Outcome.RUNNING and space_id in self.finished:
            return Outcome.DONE
        return view.outcome

    def html(self) -> str:
        return "".join(self._section(space_id) for space_id in self.views)

    def _section(self, space_id: str) -> str:
        view, outcome = self.views[space_id], self.outcome(space_id)
        if view.failure is not None:
            said = problem_html(view.failure.message)
        elif view.refusal:
            said = problem_html(view.refusal)
        elif view.result is not None:
            said = f"✓ {html.escape(view.result.path_reason)}."
        else:
            said = "✓ Running." if outcome is Outcome.DONE else ""
        # Its steps in full while it runs; once it has ended, folded under what it came to.
        folded = outcome is not Outcome.RUNNING
        return (
            f'<section class="dashboard-action" data-space="{html.escape(space_id)}"'
            f' data-outcome="{outcome.value}" aria-live="polite">'
            f"<h4>{ACTION_LABELS[self.action]} {html.escape(space_id)}</h4><p>{said}</p>"
            f"<details{'' if folded else ' open'}><summary>Steps</summary>{view.steps_html()}"
            "</details></section>"
        )

"""Deploy Trackio: sign in with Hugging Face, click Deploy, get your own Trackio dashboard.

The page only, as it looks from top to bottom, then the events tied to it; it reads the form and
the signed-in person's token and hands them to `deployer`. `page/` holds the rest: the form's
fields and rules, who is signed in, what a deploy looks like, what runs in the browser, the MCP
tools, and the gradio workarounds. `python app.py --local-hub` runs it in sandbox mode, against
localhub instead of huggingface.co.
"""

from __future__ import annotations

if __name__ == "__main__":
    from page.launch import from_command_line

    LAUNCH = from_command_line()  # sandbox mode sets what gradio reads at import: first

from collections.abc import Callable, Iterable
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

import deployer.dashboards
from deployer import (
    Deployer,
    DeployError,
    Done,
    Event,
    Failed,
    NameState,
    Owner,
    RunningDeploy,
    RunningDeploys,
    configure_http,
    free_name,
    name_state,
    not_offered,
    owners,
    whoami,
)
from deployer.dashboards import Action as DashboardAction
from deployer.dashboards import Dashboard, Listed, wake
from deployer.request import Kind
from page import browser, dashboards, tools
from page.form import (
    FIELDS,
    SLEEP_CHOICES,
    Catalogue,
    Form,
    NameChecks,
    badge_markdown,
    blocked_reason,
    first_kind,
    hardware_note,
    name_problem,
    prefill,
)
from page.gradio_workarounds import DROPDOWN_KEYBOARD, SignInFixes, edited, login_button
from page.identity import LOCAL_TOKEN, ON_SPACES, Identity, identity
from page.ids import ElementId, PageEvent
from page.launch import sandbox_run_command
from page.render import (
    NO_LOCAL_TOKEN,
    Action,
    DeployView,
    badge_html,
    deploy_reason_html,
    kind_note_html,
    name_html,
    owner_notes_html,
    plan_html,
    problem_html,
    signed_in_html,
)

configure_http()  # huggingface_hub's shared client, once, before any request is handled
# Deploying waits on the Hub, not the CPU: many run at once, each in a thread of its own; page
# loads wait on the Hub too (who is signed in), and must not queue behind each other.
DEPLOY_CONCURRENCY = 64
LOAD_CONCURRENCY = 64
QUEUE_SIZE = 256
PROGRESS_EVERY = 0.25  # seconds between two updates of a running deploy
DEPLOYS = RunningDeploys()
HARDWARE = Catalogue()
HIDDEN, SHOWN = gr.update(visible=False), gr.update(visible=True)
# The form and the deploy view are both on the page from the start; a class shows one of them, so
# that switching costs the browser a style change, not building the view's components.
OFF, ON = gr.update(elem_classes=browser.VIEW_OFF), gr.update(elem_classes=browser.VIEW_ON)

with gr.Blocks(title="Deploy Trackio") as demo:
    gr.HTML(
        '<div class="page-title"><h1>Deploy your own Trackio dashboard</h1><p>A Space in your'
        " account or one of your organizations, ready for <code>trackio.init(...)</code>.</p></div>",
        js_on_load=None,
    )
    status = gr.HTML(
        "" if ON_SPACES or LOCAL_TOKEN else NO_LOCAL_TOKEN,
        elem_id=ElementId.SIGNED_IN_AS,
        js_on_load=None,
    )
    with gr.Column(visible=False, elem_id=ElementId.SIGNED_OUT) as signed_out:
        gr.HTML(
            "<p><strong>What it creates:</strong> one Space running the Trackio dashboard, and one"
            " storage bucket mounted at <code>/data</code> so your runs survive restarts. On the"
            " free plan, a static dashboard instead: a free, public page of one project, read from"
            " a public bucket that <code>trackio.sync</code> fills.</p>"
            "<p><strong>What sign-in asks for:</strong> your username and avatar, and permission to"
            " <em>create repositories</em> (<code>contribute-repos</code>): this app can create the"
            " Space and its bucket, and change only what it created, never your other"
            " repositories. Your sign-in is used for the deploy and never stored. On the consent"
            " page, tick the organizations you want to deploy to.</p>",
            js_on_load=None,
        )
        if ON_SPACES or LOCAL_TOKEN:
            login_button()
    with gr.Tabs(visible=False) as signed_in:
        with gr.Tab("Deploy", id="deploy"):
            with gr.Column(elem_id=ElementId.FORM, elem_classes=browser.VIEW_ON) as form_view:
                with gr.Row():
                    owner = gr.Dropdown(label="Owner", elem_id=ElementId.OWNER, scale=2)
                    name = gr.Textbox(
                        label="Space name",
                        value=Form.name,
                        max_length=96,
                        elem_id=ElementId.NAME,
                        scale=3,
                    )
                name_status = gr.HTML(elem_id=ElementId.NAME_STATE, js_on_load=None)
                with gr.Row():
                    kind = gr.Radio(
                        [
                            ("Live: runs appear as they are logged (paid plan)", Kind.LIVE.value),
                            ("Static: free, public, shows the runs you sync", Kind.STATIC.value),
                        ],
                        value=Form.kind,
                        label="Kind of dashboard",
                        elem_id=ElementId.KIND,
                    )
                    visibility = gr.Radio(
                        ["public", "private"], value=Form.visibility, label="Visibility"
                    )
                kind_note = gr.HTML(elem_id=ElementId.KIND_NOTE, js_on_load=None)
                project = gr.Textbox(
                    label="Project",
                    placeholder="my-project",
                    info="The trackio project the static dashboard shows: the one you log and sync",
                    max_length=96,
                    visible=False,
                    elem_id=ElementId.PROJECT,
                )
                with gr.Row(elem_classes="deploy-row"):
                    deploy = gr.Button(
                        "Deploy", variant="primary", elem_id=ElementId.DEPLOY, scale=0
                    )
                    deploy_reason = gr.HTML(
                        elem_id=ElementId.DEPLOY_REASON, js_on_load=None, scale=4
                    )
                plan = gr.HTML(js_on_load=None)
                owner_notes = gr.HTML(js_on_load=None)
                with gr.Accordion("More options", open=False):
                    hardware = gr.Dropdown(
                        label="Hardware",
                        choices=HARDWARE.choices(),
                        value=Form.hardware,
                        elem_id=ElementId.HARDWARE,
                    )
                    cost_note = gr.HTML(js_on_load=None)
                    cost_accepted = gr.Checkbox(
                        value=Form.cost_accepted,
                        label="I accept what this hardware costs",
                        visible=False,
                    )
                    sleep_time = gr.Dropdown(
                        SLEEP_CHOICES,
                        value=Form.sleep_time,
                        label="Sleep time (upgraded hardware only)",
                        interactive=False,
                    )
                    update = gr.Checkbox(
                        value=Form.update,
                        label="Update it if it is already a Trackio dashboard (its data is kept)",
                    )
                    storage = gr.Checkbox(
                        value=Form.storage, label="Keep runs in a storage bucket (recommended)"
                    )
                    bucket = gr.Textbox(label="Bucket name", placeholder="<Space name>-bucket")
                    write_token = gr.Textbox(
                        label="Write token for the Space (optional)",
                        type="password",
                        info="Stored only as the Space's HF_TOKEN secret, so the dashboard can"
                        " read runs your scripts buffered while it slept. Your sign-in is never"
                        " stored.",
                    )
                    with gr.Row() as logos:
                        logo_light_url = gr.Textbox(
                            label="Logo URL, light theme", placeholder="https://…/logo.png"
                        )
                        logo_dark_url = gr.Textbox(
                            label="Logo URL, dark theme", placeholder="https://…/logo-dark.png"
                        )
                    plot_order = gr.Textbox(
                        label="Metrics to show first", placeholder="loss, accuracy, lr*"
                    )
                    badge = gr.HTML(js_on_load=None)
            with gr.Column(
                elem_id=ElementId.DEPLOY_VIEW, elem_classes=browser.VIEW_OFF
            ) as deploy_view:
                summary = gr.HTML(elem_id=ElementId.SUMMARY, js_on_load=browser.SUMMARY_ON_LOAD)
                steps = gr.HTML(elem_id=ElementId.STEPS, js_on_load=None)
                log = gr.Textbox(
                    label="Build log",
                    lines=10,
                    max_lines=10,
                    autoscroll=True,
                    interactive=False,
                    elem_id=ElementId.BUILD_LOG,
                )
        with gr.Tab(
            "Your dashboards", id="dashboards", elem_id=ElementId.DASHBOARDS_TAB
        ) as dashboards_tab:
            with gr.Row():
                refresh = gr.Button(
                    "Refresh", scale=0, min_width=120, elem_id=ElementId.DASHBOARDS_REFRESH
                )
                upgrade_all = gr.Button(
                    "Upgrade all that are behind",
                    interactive=False,
                    scale=0,
                    min_width=320,
                    elem_id=ElementId.UPGRADE_ALL,
                )
            listing_status = gr.HTML(elem_id=ElementId.LISTING, js_on_load=None)
            dashboards_table = gr.HTML(
                js_on_load=dashboards.ACTIONS_JS, elem_id=ElementId.DASHBOARDS
            )
            with gr.Group(visible=False) as asking:
                question = gr.Markdown(elem_id=ElementId.QUESTION)
                with gr.Row():
                    confirm = gr.Button(
                        "Yes, go ahead", variant="primary", elem_id=ElementId.CONFIRM
                    )
                    cancel_action = gr.Button("Cancel", elem_id=ElementId.CANCEL)
            actions_progress = gr.HTML(elem_id=ElementId.ACTIONS, js_on_load=None)
    listing = gr.State(None)  # the listing the table shows: a click acts only on what it offers
    pending = gr.State(None)  # the action waiting for the person's yes: (action, dashboards)
    owners_on_offer = gr.State([])  # where the signed-in person may deploy, read at sign-in
    checked = gr.State(NameChecks())  # what the Hub said of the names looked up lately
    components = {
        "owner": owner,
        "name": name,
        "kind": kind,
        "project": project,
        "visibility": visibility,
        "hardware": hardware,
        "storage": storage,
        "bucket": bucket,
        "update": update,
        "sleep_time": sleep_time,
        "write_token": write_token,
        "logo_light_url": logo_light_url,
        "logo_dark_url": logo_dark_url,
        "plot_order": plot_order,
        "cost_accepted": cost_accepted,
    }
    form = {field: components[field] for field in FIELDS}  # the order the page's Deploy takes

    # -- signing in: who, at once; then where they may deploy, and what a deploy link filled in ----

    def on_open(
        request: gr.Request, profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None
    ) -> dict:
        who = identity(profile, oauth_token)
        if who is None:
            note = "" if LOCAL_TOKEN or ON_SPACES else NO_LOCAL_TOKEN
            if request.query_params.get("signin") == "cancelled":
                note = problem_html(
                    "You cancelled the sign-in. Sign in with Hugging Face to deploy."
                )
            return signed_out_view(note)
        linked = Form(**prefill(dict(request.query_params)))
        return {
            signed_out: HIDDEN,
            signed_in: SHOWN,
            status: signed_in_as(who),
            owner: gr.update(choices=[(who.user, who.user)], value=who.user),
            name: linked.name,
            visibility: linked.visibility,
            deploy: gr.update(interactive=False),
            deploy_reason: deploy_reason_html("Reading your account…"),
        }

    def on_account(
        request: gr.Request,
        profile: gr.OAuthProfile | None,
        oauth_token: gr.OAuthToken | None,
        checks: NameChecks,
        **values: Any,
    ) -> dict:
        who = identity(profile, oauth_token)
        if who is None:
            return {status: gr.skip()}
        try:
            me = whoami(who.account())
        except DeployError as error:
            return signed_out_view(problem_html(error.message))
        HARDWARE.load(who.lookups().api.list_spaces_hardware)
        choices = owners(me, who.sign_in)
        linked = Form(**prefill(dict(request.query_params)))
        chosen = next((o for o in choices if o.name == linked.owner), choices[0])
        kind_offered = first_kind(chosen, linked.kind)
        offered = [value for _, value in HARDWARE.choices()]
        hardware_value = linked.hardware if linked.hardware in offered else Form.hardware
        form_now = Form(
            **{
                **values,
                "owner": chosen.name,
                "kind": kind_offered,
                "project": linked.project,
                "hardware": hardware_value,
            }
        )
        return {
            owner: gr.update(choices=[(o.label, o.name) for o in choices], value=chosen.name),
            kind: kind_offered,
            owners_on_offer: choices,
            owner_notes: owner_notes_html(not_offered(me, who.sign_in)),
            **kind_fields(chosen, kind_offered),
            project: gr.update(value=linked.project, visible=kind_offered == Kind.STATIC),
            hardware: gr.update(
                choices=HARDWARE.choices(),
                value=hardware_value,
                visible=kind_offered != Kind.STATIC,
            ),
            **account_form(who, form_now, checks, choices),
        }

    def kind_fields(chosen: Owner | None, chosen_kind: str) -> dict:
        """The note beside the kind, and the fields of that kind: a static dashboard asks for its
        project, and has no hardware, sleep time, storage choice, write token or looks (they
        belong to a server; `form_state` shows the sleep time)."""
        live = chosen_kind != Kind.STATIC
        return {
            kind_note: kind_note_html(chosen, chosen_kind),
            project: gr.update(visible=not live),
            hardware: gr.update(visible=live),
            storage: gr.update(visible=live),
            write_token: gr.update(visible=live),
            logos: gr.update(visible=live),
            plot_order: gr.update(visible=live),
        }

    def account_form(who: Identity, values: Form, checks: NameChecks, choices: list) -> dict:
        found = check_name(who, values, checks)
        if isinstance(found, str):
            return {name_status: problem_html(found)}
        return {checked: found, **form_state(values, found, choices)}

    def signed_in_as(who: Identity) -> str:
        return signed_in_html(who.user, who.name, local=who.local)

    def signed_out_view(note: str) -> dict:
        return {
            signed_out: SHOWN,
            signed_in: HIDDEN,
            status: note,
        }

    # -- as the form changes: the name's state (after a pause), the plan, and whether Deploy can work

    def check_name(who: Identity, values: Form, checks: NameChecks) -> NameChecks | str:
        """One Hub lookup for the name the form holds: the answers with this one added, or what
        went wrong."""
        request = values.request()
        if not request.owner or not request.name:
            return checks
        try:
            state, message = name_state(who.lookups(), request.owner, request.name)
        except DeployError as error:
            return error.message
        if state is NameState.INVALID:
            message, suggestion = name_problem(request.name)
            message += f" Try {suggestion}."
        return checks.with_answer(request.space_id, state, message)

    def form_state(values: Form, checks: NameChecks, choices: list) -> dict:
        """Everything the form shows of itself: the name's state, the plan, and whether Deploy
        can work (and why not)."""
        request = values.request()
        reason = blocked_reason(values, checks, choices, HARDWARE)
        answer = checks.of(request.space_id)
        if not request.owner or not request.name:
            shown = ""
        elif answer is None:
            shown = name_html(None, f"Checking whether {request.space_id} is free…")
        else:
            shown = name_html(*answer)
        paid = HARDWARE.costs(request.hardware) > 0
        return {
            name_status: shown,
            plan: "" if reason else plan_html(request, answer[0] if answer else None),
            badge: badge_html(badge_markdown(request)),
            deploy: gr.update(interactive=not reason),
            deploy_reason: deploy_reason_html(reason),
            cost_note: hardware_note(request.hardware, HARDWARE, request.owner),
            cost_accepted: gr.update(visible=paid),
            sleep_time: gr.update(
                interactive=request.hardware != Form.hardware, visible=request.kind is Kind.LIVE
            ),
        }

    def on_name(
        profile: gr.OAuthProfile | None,
        oauth_token: gr.OAuthToken | None,
        checks: NameChecks,
        **values: Any,
    ) -> dict:
        """The lookup only: the form's values here are those of the keystroke, a pause ago; the
        form is drawn next (`on_form`), from its values as they are then."""
        who = identity(profile, oauth_token)
        found = check_name(who, Form(**values), checks) if who else checks
        if isinstance(found, str):
            return {name_status: problem_html(found)}
        return {checked: found}

    def on_form(checks: NameChecks, choices: list, **values: Any) -> dict:
        return form_state(Form(**values), checks, choices)

    def on_owner(chosen: str, choices: list) -> dict:
        """The person chose another owner: the kind it is offered first, with its fields."""
        found = next((o for o in choices if o.name == chosen), None)
        offered = first_kind(found)
        return {kind: offered, **kind_fields(found, offered)}

    def on_kind(checks: NameChecks, choices: list, **values: Any) -> dict:
        """The kind changed (chosen, or offered for another owner): its note, fields and plan."""
        form_now = Form(**values)
        chosen = next((o for o in choices if o.name == form_now.owner), None)
        return {**kind_fields(chosen, form_now.kind), **form_state(form_now, checks, choices)}

    form_outputs = [name_status, plan, badge, deploy, deploy_reason, cost_note, cost_accepted]
    form_outputs.append(sleep_time)
    by_kind = [kind_note, project, hardware, storage, write_token, logos, plot_order]
    demo.load(
        on_open,
        outputs=[
            signed_out,
            signed_in,
            status,
            owner,
            name,
            visibility,
            deploy,
            deploy_reason,
        ],
        api_name=PageEvent.OPEN,
        api_visibility="private",
        concurrency_limit=LOAD_CONCURRENCY,
        concurrency_id="load",
    ).then(
        on_account,
        inputs=[checked],
        inputs_kwargs=form,
        outputs=[
            signed_out,
            signed_in,
            status,
            owner,
            kind,
            owners_on_offer,
            owner_notes,
            checked,
            *by_kind,
            *form_outputs,
        ],
        api_name=PageEvent.ACCOUNT,
        api_visibility="private",
        concurrency_limit=LOAD_CONCURRENCY,
        concurrency_id="load",
    )
    gr.on(
        [name.change, owner.input],
        on_name,
        inputs=[checked],
        inputs_kwargs=form,
        outputs=[name_status, checked],
        js=browser.name_after_pause(1 + FIELDS.index("name")),  # after `checked`
        trigger_mode="multiple",
        show_progress="hidden",
        api_name=PageEvent.NAME,
        api_visibility="private",
    ).then(
        on_form,
        inputs=[checked, owners_on_offer],
        inputs_kwargs=form,
        outputs=form_outputs,
        show_progress="hidden",
        api_visibility="private",
    )
    gr.on(
        # What the person changes, not what the page sets (the account load computes it all).
        [edited(c) for c in form.values() if c not in (name, owner, kind)],
        on_form,
        inputs=[checked, owners_on_offer],
        inputs_kwargs=form,
        outputs=form_outputs,
        trigger_mode="always_last",
        show_progress="hidden",
        api_name=PageEvent.FORM,
        api_visibility="private",
    )
    owner.input(
        on_owner,
        [owner, owners_on_offer],
        [kind, *by_kind],
        api_visibility="private",
        queue=False,
    )
    kind.change(  # as the person chooses, and as another owner's first kind is offered
        on_kind,
        inputs=[checked, owners_on_offer],
        inputs_kwargs=form,
        outputs=[*by_kind, *form_outputs],
        trigger_mode="always_last",
        show_progress="hidden",
        api_name=PageEvent.KIND,
        api_visibility="private",
    )

    # -- Deploy: the view changes at the click, on the client; then the deploy runs and is followed

    def on_deploy(
        profile: gr.OAuthProfile | None,
        oauth_token: gr.OAuthToken | None,
        request: gr.Request,
        **values: Any,
    ):
        yield from run_deploy(identity(profile, oauth_token), Form(**values), request)

    def run_deploy(who: Identity | None, values: Form, request: gr.Request):
        deploy_request = values.request()
        view = DeployView(
            space_id=deploy_request.space_id,
            kind=deploy_request.kind,
            run_command=sandbox_run_command(who.user) if who else "",
        )
        if who is None:
            view.refusal = "Sign in with Hugging Face first."
            yield shown(view)
            return
        # First, so the click is answered before any work begins; a static dashboard has no build.
        yield {**progress(view), log: gr.update(value="", visible=view.kind is Kind.LIVE)}
        try:
            following = DEPLOYS.start_or_join(
                user=who.user,
                space_id=deploy_request.space_id,
                session=request.session_hash or "",
                deploy=lambda running: Deployer(
                    who.token, on_retry=running.report, cancel=running.cancel
                ).deploy(deploy_request, sign_in=who.sign_in),
            )
        except DeployError as busy:
            view.refusal = busy.message
            yield shown(view)
            return
        running = following.deploy
        for batch in following.follow():  # until it ends, or a later click of this tab follows it
            for event in batch:
                view.apply(event)
            if isinstance(batch[-1], Done | Failed):
                yield shown(view)
                continue
            yield progress(view)
            # At most a few updates a second per deploy (the timers count in the browser); the
            # events meanwhile come in the next batch. The end is shown as soon as it comes.
            with running.changed:
                running.changed.wait_for(lambda: running.finished, timeout=PROGRESS_EVERY)

    def progress(view: DeployView) -> dict:
        """The frequent updates while a deploy runs: new values only, no component rebuilt."""
        return {summary: view.summary(), steps: view.steps_html(), log: view.log_text()}

    def shown(view: DeployView) -> dict:
        """The deploy view as a deploy ends (or is refused)."""
        return {form_view: OFF, deploy_view: ON, **progress(view)}

    def on_action(
        event: gr.EventData,
        profile: gr.OAuthProfile | None,
        oauth_token: gr.OAuthToken | None,
        request: gr.Request,
        **values: Any,
    ):
        who = identity(profile, oauth_token)
        action = Action(getattr(event, "action", Action.EDIT))
        if action is Action.CANCEL:
            if who is not None:
                DEPLOYS.cancel(user=who.user, session=request.session_hash or "")
            yield {summary: gr.skip()}  # the deploy's own updates show what the cancel did
            return
        form_now = Form(**values)
        if action in (Action.EDIT, Action.ANOTHER):
            cleared = {name: "", name_status: ""}
            yield {
                form_view: ON,
                deploy_view: OFF,
                **(cleared if action is Action.ANOTHER else {}),
            }
            return
        changes: dict = {}
        if action is Action.UPDATE:
            form_now = Form(**{**values, "update": True})
            changes[update] = True
        elif action is Action.RENAME and who is not None:
            request_now = form_now.request()
            free = free_name(who.lookups(), request_now.owner, request_now.name)
            if free is None:
                nothing = f"No free name close to {request_now.name}: type another one."
                yield {form_view: ON, deploy_view: OFF, name_status: problem_html(nothing)}
                return
            form_now = Form(**{**values, "name": free})
            changes[name] = free
        for update_ in run_deploy(who, form_now, request):
            yield {**changes, **update_}

    deploy_outputs = [form_view, deploy_view, summary, steps, log]
    name.submit(None, js=browser.DEPLOY_ON_ENTER)
    deploy.click(
        None,
        inputs=[owner, name, kind],
        outputs=[form_view, deploy_view, summary, steps],
        js=browser.SHOW_DEPLOY_VIEW,
    )
    deploy.click(  # a disabled button is never clicked: the form can deploy
        on_deploy,
        inputs_kwargs=form,
        outputs=deploy_outputs,
        concurrency_limit=DEPLOY_CONCURRENCY,
        concurrency_id="deploy",
        api_name=PageEvent.DEPLOY,
        api_visibility="private",
    )
    summary.click(
        on_action,
        inputs_kwargs=form,
        outputs=[*deploy_outputs, name, update, name_status],
        trigger_mode="multiple",
        concurrency_limit=DEPLOY_CONCURRENCY,
        concurrency_id="deploy",
        api_name=PageEvent.ACTION,
        api_visibility="private",
    ).then(None, js=browser.FOCUS_NAME)

    # -- Your dashboards: the listing, then actions asked about first -------------------------------

    def on_list(profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None):
        who = identity(profile, oauth_token)
        if who is None:
            yield {
                listing_status: problem_html("Sign in with Hugging Face to see your dashboards.")
            }
            return
        try:
            for event in deployer.dashboards.list_dashboards(who.lookups(), sign_in=who.sign_in):
                if isinstance(event, Listed):
                    behind = len(event.behind)
                    yield {
                        listing_status: dashboards.listing_summary(event),
                        dashboards_table: dashboards.table(event),
                        listing: event,
                        upgrade_all: gr.update(
                            value=f"Upgrade all that are behind ({behind})",
                            interactive=behind > 0,
                        ),
                    }
                else:
                    yield {listing_status: dashboards.listing_progress(event)}
        except DeployError as error:
            yield {listing_status: problem_html(error.message)}

    def ask(action: DashboardAction, chosen: tuple[Dashboard, ...], listed: Listed) -> dict:
        return {
            asking: SHOWN,
            question: dashboards.question(action, chosen, listed.template_version),
            pending: (action, chosen),
        }

    def on_pick(listed: Listed | None, event: gr.EventData) -> dict:
        data = event._data or {}
        chosen = dashboards.offered(listed, str(data.get("action")), str(data.get("space")))
        if chosen is None or listed is None:
            return {asking: HIDDEN, pending: None}
        return ask(DashboardAction(data["action"]), (chosen,), listed)

    def on_pick_behind(listed: Listed | None) -> dict:
        if not listed or not listed.behind:
            return {asking: HIDDEN, pending: None}
        return ask(DashboardAction.UPGRADE, listed.behind, listed)

    def on_confirm(
        asked: tuple[DashboardAction, tuple[Dashboard, ...]] | None,
        profile: gr.OAuthProfile | None,
        oauth_token: gr.OAuthToken | None,
        request: gr.Request,
    ):
        who = identity(profile, oauth_token)
        if asked is None or who is None:
            yield {asking: HIDDEN, pending: None}
            return
        action, chosen = asked
        view = dashboards.ActionsView(action)
        yield {asking: HIDDEN, pending: None, actions_progress: ""}
        for dashboard in chosen:  # one after the other, each followed to its end
            space_id = dashboard.space_id
            shown_ = view.start(dashboard)
            try:
                following = DEPLOYS.start_or_join(
                    user=who.user,
                    space_id=space_id,
                    session=request.session_hash or "",
                    deploy=acting(who, action, dashboard),
                )
            except DeployError as busy:
                shown_.refusal = busy.message
                yield {actions_progress: view.html()}
                continue
            for batch in following.follow():
                for event in batch:
                    shown_.apply(event)
                yield {actions_progress: view.html()}
            view.finished.add(space_id)
            yield {actions_progress: view.html()}

    def acting(
        who: Identity, action: DashboardAction, dashboard: Dashboard
    ) -> Callable[[RunningDeploy], Iterable[Event]]:
        space_id = dashboard.space_id
        if action is DashboardAction.UPGRADE:
            return lambda running: Deployer(
                who.token, on_retry=running.report, cancel=running.cancel
            ).upgrade(space_id, sign_in=who.sign_in, kind=dashboard.kind)
        return lambda running: wake(Deployer(who.token).client, space_id)

    listed_outputs = [listing_status, dashboards_table, listing, upgrade_all]
    gr.on(
        [dashboards_tab.select, refresh.click],
        on_list,
        outputs=listed_outputs,
        api_visibility="private",
    )
    asked_outputs = [asking, question, pending]
    dashboards_table.click(on_pick, [listing], asked_outputs, api_visibility="private")
    upgrade_all.click(on_pick_behind, [listing], asked_outputs, api_visibility="private")
    cancel_action.click(
        lambda: {asking: HIDDEN, pending: None},
        outputs=[asking, pending],
        api_visibility="private",
    )
    confirm.click(
        on_confirm,
        [pending],
        [asking, pending, actions_progress],
        concurrency_limit=DEPLOY_CONCURRENCY,
        concurrency_id="deploy",
        api_visibility="private",
    ).then(on_list, outputs=listed_outputs, api_visibility="private")

    # -- for agents: the MCP tools (`page/tools.py`), the page's only public API --------------------
    tools.add_tools(
        DEPLOYS, deploy_concurrency=DEPLOY_CONCURRENCY, load_concurrency=LOAD_CONCURRENCY
    )
    demo.queue(max_size=QUEUE_SIZE, default_concurrency_limit=8)

if __name__ == "__main__":
    if LAUNCH.sandboxed:
        demo.space_id = None  # not on huggingface.co: no Space header fetched from there
    demo.launch(  # `demo`, in `__main__`: where gradio's Spaces reloader looks for it
        **LAUNCH.options(),
        max_threads=DEPLOY_CONCURRENCY + LOAD_CONCURRENCY + 16,
        app_kwargs={"middleware": [Middleware(SignInFixes)]},
        css=browser.CSS + dashboards.CSS,
        head=browser.HEAD + DROPDOWN_KEYBOARD,
        footer_links=["api"],
        mcp_server=True,
    )

"""Deploy Trackio: sign in with Hugging Face, click Deploy, get your own Trackio dashboard.

The page only, as it looks from top to bottom, then the events tied to it; it reads the form and
the signed-in person's token and hands them to `deployer`. `page/` holds the rest: the form's
fields, who is signed in, what a deploy looks like, and the gradio workarounds.
`python app.py --local-hub` runs it in sandbox mode, against localhub instead of huggingface.co.
"""

from __future__ import annotations

if __name__ == "__main__":
    from page.launch import from_command_line

    LAUNCH = from_command_line()  # sandbox mode sets what gradio reads at import: first

from collections.abc import Callable, Iterable
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from deployer import (
    Deployer,
    DeployError,
    Done,
    Event,
    Failed,
    RunningDeploys,
    configure_http,
    name_state,
    owners,
    whoami,
)
from deployer.dashboards import Action, Dashboard, Listed, list_dashboards, wake
from deployer.request import HARDWARE, Kind
from page import dashboards
from page.form import FIELDS, SLEEP_CHOICES, Form, badge_markdown, first_kind, prefill
from page.gradio_workarounds import SignInFixes
from page.identity import LOCAL_TOKEN, ON_SPACES, Identity, identity
from page.ids import ElementId
from page.launch import sandbox_run_command
from page.render import (
    CSS,
    NO_LOCAL_TOKEN,
    DeployView,
    name_markdown,
    owner_note,
    plan_markdown,
    problem,
    signed_in_as,
)

configure_http()  # huggingface_hub's shared client, once, before any request is handled
# Deploying waits on the Hub, not the CPU: many run at once, each in a thread of its own.
DEPLOY_CONCURRENCY = 64
QUEUE_SIZE = 256
DEPLOYS = RunningDeploys()

with gr.Blocks(title="Deploy Trackio") as demo:
    gr.Markdown("""
# Deploy your own Trackio dashboard

Sign in with Hugging Face, click **Deploy**, and get a running
[Trackio](https://github.com/gradio-app/trackio) dashboard: a Space in your account or one of
your organizations, ready for `trackio.init(project="...", space_id="you/trackio")`.
""")
    with gr.Column(visible=True) as signed_out:
        gr.Markdown("""
**What it creates:** one Space running the Trackio dashboard, and one storage bucket mounted at
`/data` so your runs survive restarts. On the free plan, a static dashboard instead: a free,
public page of one project, read from a public bucket that `trackio.sync` fills.

**What sign-in asks for:** your username and avatar (to show who is signed in), and permission to
*create repositories* (`contribute-repos`). With it this app can create the Space and its bucket,
and can change only what it created: never your other repositories. Your sign-in token is used for
the deploy and never stored. On the consent page, tick the organizations you want to deploy to.
""")
        if ON_SPACES or LOCAL_TOKEN:
            gr.LoginButton()
    status = gr.Markdown(
        NO_LOCAL_TOKEN if not (ON_SPACES or LOCAL_TOKEN) else "",
        elem_classes="who",
        elem_id=ElementId.SIGNED_IN_AS,
    )
    owners_on_offer = gr.State([])  # where the signed-in person may deploy, read once at sign-in
    with gr.Tabs():
        with gr.Tab("Deploy", id="deploy"):
            with gr.Column(visible=False) as signed_in:
                with gr.Row():
                    owner = gr.Dropdown(
                        label="Owner", info="Your account, or an organization you granted", scale=2
                    )
                    name = gr.Textbox(label="Space name", value=Form.name, scale=3, max_length=96)
                owner_status = gr.Markdown()
                name_status = gr.Markdown()
                with gr.Row():
                    kind = gr.Radio(
                        [
                            ("Live: runs appear as they are logged (paid plan)", Kind.LIVE.value),
                            ("Static: free, public, shows the runs you sync", Kind.STATIC.value),
                        ],
                        value=Form.kind,
                        label="Kind of dashboard",
                    )
                    visibility = gr.Radio(
                        ["public", "private"], value=Form.visibility, label="Visibility"
                    )
                project = gr.Textbox(
                    label="Project",
                    placeholder="my-project",
                    info="The trackio project the static dashboard shows: the one you log and sync",
                    max_length=96,
                    visible=False,
                )
                with gr.Row():
                    hardware = gr.Dropdown(
                        list(HARDWARE),
                        value=Form.hardware,
                        label="Hardware",
                        info="cpu-basic is included with PRO",
                    )
                    storage = gr.Checkbox(
                        value=Form.storage, label="Keep runs in a storage bucket (recommended)"
                    )
                    bucket = gr.Textbox(
                        label="Bucket name",
                        placeholder="<Space name>-bucket",
                        info="In the owner's namespace",
                    )
                update = gr.Checkbox(
                    value=Form.update,
                    label="Update it if it is already a Trackio dashboard (its data is kept)",
                )
                with gr.Accordion("Advanced", open=False) as advanced:
                    sleep_time = gr.Dropdown(
                        SLEEP_CHOICES,
                        value=Form.sleep_time,
                        label="Sleep time",
                        info="Only upgraded hardware can change it",
                    )
                    write_token = gr.Textbox(
                        label="Write token for the Space",
                        type="password",
                        info="Optional. Stored only as the Space's HF_TOKEN secret. Give one if the bucket is"
                        " private (the dashboard then reads runs your scripts buffered while it slept) or to"
                        " let scripts log with exactly this token. Your sign-in is never stored.",
                    )
                    logo_light_url = gr.Textbox(
                        label="Logo URL (light theme)", placeholder="https://…/logo.png"
                    )
                    logo_dark_url = gr.Textbox(
                        label="Logo URL (dark theme)", placeholder="https://…/logo-dark.png"
                    )
                    plot_order = gr.Textbox(
                        label="Plot order",
                        placeholder="loss, accuracy, lr*",
                        info="Metrics to show first, comma-separated",
                    )
                plan = gr.Markdown()
                with gr.Accordion("Share a deploy link", open=False):
                    gr.Markdown(
                        "Put this badge in a README: it opens this page with your choices filled in (never a token)."
                    )
                    badge = gr.Code(language="markdown", label="Badge Markdown", interactive=False)
                deploy = gr.Button("Deploy", variant="primary", elem_id=ElementId.DEPLOY)
            steps = gr.HTML(visible=False, elem_id=ElementId.STEPS)
            with gr.Accordion("Build log", open=False):
                log = gr.Textbox(
                    show_label=False,
                    lines=12,
                    max_lines=12,
                    autoscroll=True,
                    interactive=False,
                    elem_id=ElementId.BUILD_LOG,
                )
            summary = gr.Markdown(elem_id=ElementId.SUMMARY)
            snippet = gr.Code(
                language="python",
                label="Log to your dashboard",
                visible=False,
                interactive=False,
                elem_id=ElementId.SNIPPET,
            )
        with gr.Tab(
            "Your dashboards", id="dashboards", visible=False, elem_id=ElementId.DASHBOARDS_TAB
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
            listing_status = gr.HTML(elem_id=ElementId.LISTING)
            dashboards_table = gr.HTML(
                js_on_load=dashboards.ACTIONS_JS, elem_id=ElementId.DASHBOARDS
            )
            with gr.Group(visible=False) as asking:
                question = gr.Markdown(elem_id=ElementId.QUESTION)
                with gr.Row():
                    confirm = gr.Button(
                        "Yes, go ahead", variant="primary", elem_id=ElementId.CONFIRM
                    )
                    cancel = gr.Button("Cancel", elem_id=ElementId.CANCEL)
            actions_progress = gr.HTML(elem_id=ElementId.ACTIONS)
    listing = gr.State(None)  # the listing the table shows: a click acts only on what it offers
    pending = gr.State(None)  # the action waiting for the person's yes: (action, dashboards)
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
    }
    form = {field: components[field] for field in FIELDS}  # the order the page's Deploy takes

    # -- signing in: who, where they may deploy, and what a deploy link filled in ----------------

    def on_load(
        request: gr.Request, profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None
    ) -> dict:
        who = identity(profile, oauth_token)
        linked = Form(**prefill(dict(request.query_params)))
        if who is None:
            note = "" if LOCAL_TOKEN or ON_SPACES else NO_LOCAL_TOKEN
            if request.query_params.get("signin") == "cancelled":
                note = "You cancelled the sign-in. Sign in with Hugging Face to deploy."
            return signed_out_view(note)
        try:
            me = whoami(who.lookups())
        except DeployError as error:
            return signed_out_view(problem(error.message))
        choices = owners(me, who.sign_in)
        chosen = next((o for o in choices if o.name == linked.owner), choices[0])
        offered = first_kind(chosen, linked.kind)
        return {
            signed_out: gr.update(visible=False),
            signed_in: gr.update(visible=True),
            dashboards_tab: gr.update(visible=True),
            status: signed_in_as(who.user, who.name, local=who.local),
            owner: gr.update(choices=[(o.label, o.name) for o in choices], value=chosen.name),
            name: gr.update(value=linked.name),
            kind: gr.update(value=offered),
            visibility: gr.update(value=linked.visibility),
            owner_status: owner_note(chosen.name, choices, offered),
            owners_on_offer: choices,
            **kind_fields(offered, linked),
        }

    def kind_fields(chosen: str, linked: Form | None = None) -> dict:
        """A static dashboard asks for its project; it has no hardware, storage choice or
        advanced settings (they belong to a server). `linked`: what a deploy link filled in."""
        live = chosen != Kind.STATIC
        shown: dict[str, Any] = {"visible": not live}
        hardware_shown: dict[str, Any] = {"visible": live}
        if linked is not None:
            shown["value"], hardware_shown["value"] = linked.project, linked.hardware
        return {
            project: gr.update(**shown),
            hardware: gr.update(**hardware_shown),
            storage: gr.update(visible=live),
            advanced: gr.update(visible=live),
        }

    def on_owner(chosen: str, choices: list) -> dict:
        offered = first_kind(next((o for o in choices if o.name == chosen), None))
        return {
            kind: offered,
            owner_status: owner_note(chosen, choices, offered),
            **kind_fields(offered),
        }

    def on_kind(chosen_kind: str, chosen: str, choices: list) -> dict:
        return {owner_status: owner_note(chosen, choices, chosen_kind), **kind_fields(chosen_kind)}

    def signed_out_view(note: str) -> dict:
        return {
            signed_out: gr.update(visible=True),
            signed_in: gr.update(visible=False),
            dashboards_tab: gr.update(visible=False),
            status: note,
            owner_status: "",
            owners_on_offer: [],
        }

    # -- as the form changes: the plan, the badge, whether the name is free -----------------------

    def on_form(**values: Any) -> dict:
        request = Form(**values).request()
        return {plan: plan_markdown(request), badge: badge_markdown(request)}

    def on_name(
        chosen: str, typed: str, profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None
    ) -> str:
        who = identity(profile, oauth_token)
        if who is None or not chosen:
            return ""
        try:
            return name_markdown(*name_state(who.lookups(), chosen, (typed or "").strip()))
        except DeployError as error:
            return error.message

    by_kind = [project, hardware, storage, advanced]
    signing_in = [signed_out, signed_in, dashboards_tab, status, owner, name, kind, project]
    signing_in += [visibility, hardware]
    demo.load(
        on_load,
        outputs=[*signing_in, owner_status, owners_on_offer, *by_kind],
        api_visibility="private",
    ).then(on_form, inputs_kwargs=form, outputs=[plan, badge], api_visibility="private").then(
        on_name, [owner, name], name_status, api_visibility="private"
    )
    for component in form.values():
        component.change(
            on_form,
            inputs_kwargs=form,
            outputs=[plan, badge],
            trigger_mode="always_last",
            api_visibility="private",
        )
    owner.input(
        on_owner,
        [owner, owners_on_offer],
        [kind, owner_status, *by_kind],
        api_visibility="private",
    )
    kind.change(
        on_kind,
        [kind, owner, owners_on_offer],
        [owner_status, *by_kind],
        api_visibility="private",
    )
    gr.on(
        [owner.change, name.change],
        on_name,
        [owner, name],
        name_status,
        trigger_mode="always_last",
        api_visibility="private",
    )

    # -- Deploy: start it (or join this tab's), then follow it -------------------------------------

    def on_deploy(
        profile: gr.OAuthProfile | None,
        oauth_token: gr.OAuthToken | None,
        request: gr.Request,
        **values: Any,
    ):
        who = identity(profile, oauth_token)
        view = DeployView(run_command=sandbox_run_command(who.user) if who else "")
        if who is None:
            view.refusal = "Sign in with Hugging Face first."
            yield shown(view)
            return
        deploy_request = Form(**values).request()
        view.kind = deploy_request.kind
        yield shown(view, busy=True)  # first, so the click is answered before any work begins
        try:
            running = DEPLOYS.start_or_join(
                user=who.user,
                space_id=deploy_request.space_id,
                session=request.session_hash or "",
                deploy=lambda: Deployer(who.token).deploy(deploy_request, sign_in=who.sign_in),
            )
        except DeployError as busy:
            view.refusal = busy.message
            yield shown(view)
            return
        for batch in running.follow():
            for event in batch:
                view.apply(event)
            yield shown(view) if isinstance(batch[-1], Done | Failed) else progress(view)

    def progress(view: DeployView) -> dict:
        """The frequent updates while a deploy runs: new values only, no component rebuilt."""
        return {steps: view.steps_html(), log: view.log_text(), summary: view.summary()}

    def shown(view: DeployView, *, busy: bool = False) -> dict:
        """The whole deploy area: at the start and the end of a deploy."""
        done = view.result is not None
        label = "Try again" if view.failure else ("Deploy another" if done else "Deploy")
        return {
            steps: gr.update(value=view.steps_html(), visible=True),
            log: view.log_text(),
            summary: view.summary(),
            snippet: gr.update(value=view.result.snippet if done else "", visible=done),
            deploy: gr.update(value="Deploying…" if busy else label, interactive=not busy),
        }

    deploy.click(
        on_deploy,
        inputs_kwargs=form,
        outputs=[steps, log, summary, snippet, deploy],
        concurrency_limit=DEPLOY_CONCURRENCY,
        concurrency_id="deploy",
        api_name="deploy",
    )
    # -- Your dashboards: the listing, then actions asked about first -----------------------------

    def on_list(profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None):
        who = identity(profile, oauth_token)
        if who is None:
            yield {listing_status: problem("Sign in with Hugging Face to see your dashboards.")}
            return
        try:
            for event in list_dashboards(who.lookups(), sign_in=who.sign_in):
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
            yield {listing_status: problem(error.message)}

    def ask(action: Action, chosen: tuple[Dashboard, ...], listed: Listed) -> dict:
        return {
            asking: gr.update(visible=True),
            question: dashboards.question(action, chosen, listed.template_version),
            pending: (action, chosen),
        }

    def on_pick(listed: Listed | None, event: gr.EventData) -> dict:
        data = event._data or {}
        chosen = dashboards.offered(listed, str(data.get("action")), str(data.get("space")))
        if chosen is None or listed is None:
            return {asking: gr.update(visible=False), pending: None}
        return ask(Action(data["action"]), (chosen,), listed)

    def on_pick_behind(listed: Listed | None) -> dict:
        if not listed or not listed.behind:
            return {asking: gr.update(visible=False), pending: None}
        return ask(Action.UPGRADE, listed.behind, listed)

    def on_confirm(
        asked: tuple[Action, tuple[Dashboard, ...]] | None,
        profile: gr.OAuthProfile | None,
        oauth_token: gr.OAuthToken | None,
        request: gr.Request,
    ):
        who = identity(profile, oauth_token)
        if asked is None or who is None:
            yield {asking: gr.update(visible=False), pending: None}
            return
        action, chosen = asked
        view = dashboards.ActionsView(action)
        yield {asking: gr.update(visible=False), pending: None, actions_progress: ""}
        for dashboard in chosen:  # one after the other, each followed to its end
            space_id = dashboard.space_id
            shown = view.start(dashboard)
            try:
                running = DEPLOYS.start_or_join(
                    user=who.user,
                    space_id=space_id,
                    session=request.session_hash or "",
                    deploy=acting(who, action, dashboard),
                )
            except DeployError as busy:
                shown.refusal = busy.message
                yield {actions_progress: view.html()}
                continue
            for batch in running.follow():
                for event in batch:
                    shown.apply(event)
                yield {actions_progress: view.html()}
            view.finished.add(space_id)
            yield {actions_progress: view.html()}

    def acting(
        who: Identity, action: Action, dashboard: Dashboard
    ) -> Callable[[], Iterable[Event]]:
        deployer, space_id = Deployer(who.token), dashboard.space_id
        if action is Action.UPGRADE:
            return lambda: deployer.upgrade(space_id, sign_in=who.sign_in, kind=dashboard.kind)
        return lambda: wake(deployer.client, space_id)

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
    cancel.click(
        lambda: {asking: gr.update(visible=False), pending: None},
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
    demo.queue(max_size=QUEUE_SIZE, default_concurrency_limit=8)

if __name__ == "__main__":
    demo.launch(  # `demo`, in `__main__`: where gradio's Spaces reloader looks for it
        **LAUNCH.options(),
        max_threads=DEPLOY_CONCURRENCY + 16,
        app_kwargs={"middleware": [Middleware(SignInFixes)]},
        css=CSS + dashboards.CSS,
        footer_links=["api"],
    )

"""Deploy Trackio: sign in with Hugging Face, click Deploy, get your own Trackio dashboard.

The page only: it reads the form and the signed-in user's token and hands them to `deployer`.
`python app.py --local-hub` runs it in sandbox mode, against localhub instead of huggingface.co.
"""

from __future__ import annotations

import argparse

if __name__ == "__main__":
    _cli = argparse.ArgumentParser(description="Deploy Trackio: the page.")
    _cli.add_argument(
        "--local-hub", action="store_true", help="sandbox mode: start localhub and use it"
    )
    _cli.add_argument(
        "--local-hub-url", help="sandbox mode against a localhub that is already running"
    )
    _cli.add_argument(
        "--local-hub-data", help="localhub's data folder in sandbox mode (default: .localhub)"
    )
    _cli.add_argument("--port", type=int, help="the page's port (default: 7860, or a free one)")
    ARGS = _cli.parse_args()
    if ARGS.local_hub or ARGS.local_hub_url:
        from pathlib import Path

        import sandbox  # sets the environment gradio and huggingface_hub read at import

        SANDBOX = sandbox.start(
            port=ARGS.port,
            hub_url=ARGS.local_hub_url,
            data=Path(ARGS.local_hub_data) if ARGS.local_hub_data else sandbox.DATA,
        )
        ARGS.port = SANDBOX.port

import html
import os
import re
import threading
from dataclasses import dataclass, field
from urllib.parse import parse_qs, parse_qsl, urlencode

import gradio as gr
from huggingface_hub import constants, get_token
from starlette.middleware import Middleware
from starlette.responses import RedirectResponse

from deployer import (
    Account,
    DashboardSettings,
    Deployer,
    DeployError,
    DeployRequest,
    Done,
    Event,
    Failed,
    NameState,
    Owner,
    SignIn,
    Visibility,
    make_plan,
    validate,
)
from deployer.account import owners as owners_of
from deployer.events import (
    STEP_TITLES,
    DeployWarning,
    LogLine,
    Result,
    Step,
    StepFinished,
    StepStarted,
)
from deployer.request import DEFAULT_NAME, HARDWARE, NAME_RULE

ON_SPACES = os.environ.get("SYSTEM") == "spaces" and bool(os.environ.get("SPACE_ID"))
LOCAL_TOKEN = None if ON_SPACES else get_token()
MOCK_TOKEN = "mock-oauth-token-for-local-dev"  # what gradio hands handlers when it mocks the login
HUB = constants.ENDPOINT.rstrip("/")
PAGE_URL = f"{HUB}/spaces/{os.environ.get('SPACE_ID', 'trackio-deployer/deploy')}"
# Deploying waits on the Hub, not the CPU: many run at once, each in a thread of its own.
DEPLOY_CONCURRENCY = 64
QUEUE_SIZE = 256
MAX_LOG_LINES = 400
ANSI_CODES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # terminal colours in a Space's log

SLEEP_CHOICES = [
    ("Default (cpu-basic sleeps after 48 h)", "default"),
    ("After 15 minutes", "900"),
    ("After 1 hour", "3600"),
    ("After 24 hours", "86400"),
    ("Never", "-1"),
]

INTRO = """
# Deploy your own Trackio dashboard

Sign in with Hugging Face, click **Deploy**, and get a running
[Trackio](https://github.com/gradio-app/trackio) dashboard: a Space in your account or one of
your organizations, ready for `trackio.init(project="...", space_id="you/trackio")`.
"""

SIGNED_OUT = """
**What it creates:** one Space running the Trackio dashboard, and one storage bucket mounted at
`/data` so your runs survive restarts.

**What sign-in asks for:** your username and avatar (to show who is signed in), and permission to
*create repositories* (`contribute-repos`). With it this app can create the Space and its bucket,
and can change only what it created: never your other repositories. Your sign-in token is used for
the deploy and never stored. On the consent page, tick the organizations you want to deploy to.
"""

WRITE_TOKEN_INFO = (
    "Optional. Stored only as the Space's HF_TOKEN secret. Give one if the bucket is private (the "
    "dashboard then reads runs your scripts buffered while it slept) or to let scripts log with exactly "
    "this token. Your sign-in is never stored."
)

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


# -- who is signed in ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Identity:
    user: str
    name: str
    token: str = field(repr=False)
    sign_in: SignIn
    local: bool = False  # the login is mocked and the machine's own token is used


def identity(profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None) -> Identity | None:
    """The signed-in user, from the OAuth session only: a token sent without a profile is no proof."""
    if profile is None or oauth_token is None:
        return None
    if oauth_token.token == MOCK_TOKEN:
        if not LOCAL_TOKEN:
            return None
        return Identity(profile.username, profile.name, LOCAL_TOKEN, SignIn(), local=True)
    orgs = tuple(
        str(o.get("preferred_username") or o.get("name")) for o in profile.get("orgs") or []
    )
    sign_in = SignIn(scopes=tuple((oauth_token.scope or "").split()), granted_orgs=orgs)
    return Identity(profile.username, profile.name, oauth_token.token, sign_in)


# -- one deploy at a time per user and per Space ---------------------------------------------------


class Busy(Exception):
    """Another deploy holds this user or this Space; the message says which."""


@dataclass
class Running:
    """A deploy running in its own thread, so a closed tab or a second click never cuts it short."""

    user: str
    space_id: str
    session: str
    events: list[Event] = field(default_factory=list)
    finished: bool = False
    changed: threading.Condition = field(default_factory=threading.Condition)

    def follow(self):
        """Batches of events (all that came since the last batch) until the deploy has finished."""
        seen = 0
        while True:
            with self.changed:
                self.changed.wait_for(lambda seen=seen: len(self.events) > seen or self.finished)
                fresh, finished = self.events[seen:], self.finished
            seen += len(fresh)
            if fresh:
                yield fresh
            if finished:
                return


class Deploys:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_user: dict[str, Running] = {}
        self._by_space: dict[str, Running] = {}

    def start_or_attach(self, who: Identity, request: DeployRequest, session: str) -> Running:
        space = request.space_id.lower()
        with self._lock:
            mine = self._by_user.get(who.user)
            if mine is not None:
                if mine.space_id.lower() == space and mine.session == session:
                    return mine  # a second click of the same person: the same deploy
                raise Busy(
                    f"You already have a deploy of {mine.space_id} running; wait for it to finish."
                )
            if space in self._by_space:
                raise Busy(
                    f"Someone is deploying {request.space_id} right now; try again when it is done."
                )
            running = Running(user=who.user, space_id=request.space_id, session=session)
            self._by_user[who.user] = running
            self._by_space[space] = running
        deployer = Deployer(who.token)
        thread = threading.Thread(
            target=self._run,
            args=(running, deployer, request, who.sign_in),
            name=f"deploy {space}",
            daemon=True,
        )
        thread.start()
        return running

    def _run(
        self, running: Running, deployer: Deployer, request: DeployRequest, sign_in: SignIn
    ) -> None:
        try:
            for event in deployer.deploy(request, sign_in=sign_in):
                with running.changed:
                    running.events.append(event)
                    running.changed.notify_all()
        finally:
            with self._lock:
                self._by_user.pop(running.user, None)
                self._by_space.pop(running.space_id.lower(), None)
            with running.changed:
                running.finished = True
                running.changed.notify_all()


DEPLOYS = Deploys()


# -- rendering -------------------------------------------------------------------------------------


@dataclass
class View:
    """What the page shows of one deploy, built up event by event."""

    steps: dict[Step, tuple[str, str]] = field(
        default_factory=lambda: {s: ("waiting", "") for s in Step}
    )
    log: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    result: Result | None = None
    failure: Failed | None = None
    run_command: str = ""  # sandbox mode: how to run one's own training script against localhub

    def apply(self, event: Event) -> None:
        if isinstance(event, StepStarted):
            self.steps[event.step] = ("running", "")
        elif isinstance(event, StepFinished):
            self.steps[event.step] = ("done", f"{event.seconds:.1f} s · {event.detail}")
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
                self.steps[event.step] = ("failed", "")

    def steps_html(self) -> str:
        marks = {"waiting": "○", "running": "…", "done": "✓", "failed": "✗"}
        items = []
        for step, (state, detail) in self.steps.items():
            if (
                step is Step.STORAGE
                and state == "waiting"
                and self.result
                and not self.result.bucket_id
            ):
                continue
            items.append(
                f'<li class="{state}"><span class="mark" aria-hidden="true">{marks[state]}</span>'
                f"<span><strong>{html.escape(STEP_TITLES[step])}</strong> <span class='state'>({state})</span>"
                f"<br><span class='detail'>{html.escape(detail)}</span></span></li>"
            )
        return f'<ul class="steps" aria-live="polite">{"".join(items)}</ul>'

    def summary(self) -> str:
        notes = "".join(f"\n> **Note:** {w}\n" for w in self.warnings)
        if self.failure is not None:
            failure = self.failure
            extra = f"\n\nHub request id: `{failure.request_id}`" if failure.request_id else ""
            link = (
                f"\n\nThe Space: [{failure.space_url}]({failure.space_url})"
                if failure.space_url
                else ""
            )
            again = (
                "Tick **Update it if it is already a Trackio dashboard**, then click **Try again**:"
                " it finishes the Space this deploy created."
                if failure.update_needed
                else "Fix what the message says, then click **Try again**."
                if not failure.retryable
                else "Click **Try again**: it picks up where it stopped."
            )
            return f"### The deploy stopped\n\n<span class='problem'>{html.escape(failure.message)}</span>{extra}{link}\n\n{again}{notes}"
        if self.result is None:
            return notes
        r = self.result
        state = (
            "is running"
            if r.ready
            else f"is still starting ({r.stage}); it will come up on its own"
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
            f" Your metrics appear on the dashboard as they are logged.{self._sandbox_run()}{notes}"
        )

    def _sandbox_run(self) -> str:
        if not self.run_command:
            return ""
        return (
            "\n\n**In sandbox mode** the dashboard lives on localhub, so run your script through it"
            f" (from this folder):\n\n`{self.run_command}`"
        )


# -- the form --------------------------------------------------------------------------------------


def build_request(
    owner: str,
    name: str,
    visibility: str,
    hardware: str,
    storage: bool,
    bucket: str,
    update: bool,
    sleep_time: str,
    write_token: str,
    logo_light_url: str,
    logo_dark_url: str,
    plot_order: str,
) -> DeployRequest:
    return DeployRequest(
        owner=(owner or "").strip(),
        name=(name or "").strip(),
        visibility=Visibility(visibility)
        if visibility in ("public", "private")
        else Visibility.PUBLIC,
        hardware=hardware,
        sleep_time=None if sleep_time in (None, "", "default") else int(sleep_time),
        storage=bool(storage),
        bucket=(bucket or "").strip() or None,
        write_token=(write_token or "").strip() or None,
        dashboard=DashboardSettings(
            logo_light_url=(logo_light_url or "").strip() or None,
            logo_dark_url=(logo_dark_url or "").strip() or None,
            plot_order=(plot_order or "").strip() or None,
        ),
        allow_update=bool(update),
    )


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


def badge_markdown(request: DeployRequest) -> str:
    query = {
        "owner": request.owner,
        "name": request.name,
        "private": str(request.private).lower(),
        "hardware": request.hardware,
    }
    link = f"{PAGE_URL}?{urlencode(query)}"
    return f"[![Deploy your Trackio dashboard](https://huggingface.co/datasets/huggingface/badges/resolve/main/deploy-on-spaces-md.svg)]({link})"


def prefill(query: dict[str, str]) -> dict[str, object]:
    """Form values a deploy link may set: owner, name, private, hardware. Never a template, token or secret."""
    values: dict[str, object] = {}
    if NAME_RULE.fullmatch(query.get("owner", "")):
        values["owner"] = query["owner"]
    if NAME_RULE.fullmatch(query.get("name", "")):
        values["name"] = query["name"]
    if query.get("private", "").lower() in ("true", "1", "yes"):
        values["visibility"] = "private"
    elif query.get("private", "").lower() in ("false", "0", "no"):
        values["visibility"] = "public"
    if query.get("hardware") in HARDWARE:
        values["hardware"] = query["hardware"]
    return values


# -- handlers --------------------------------------------------------------------------------------


def on_load(
    request: gr.Request, profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None
):
    """Signed in or not, who, where they may deploy, and what a deploy link prefilled."""
    who = identity(profile, oauth_token)
    values = prefill(dict(request.query_params))
    if who is None:
        note = "" if LOCAL_TOKEN or ON_SPACES else NO_LOCAL_TOKEN
        if request.query_params.get("signin") == "cancelled":
            note = "You cancelled the sign-in. Sign in with Hugging Face to deploy."
        return signed_out_view(note)
    try:
        me = Account(who.token).me()
    except DeployError as error:
        return signed_out_view(f"<span class='problem'>{html.escape(error.message)}</span>")
    choices = owners_of(me, who.sign_in)
    wanted = values.get("owner")
    owner = wanted if any(o.name == wanted for o in choices) else choices[0].name
    signed = (
        f"Signed in as **{html.escape(who.user)}** ({html.escape(who.name)}). [Sign out](/logout)"
    )
    if who.local:
        signed += "\n\nRunning on your machine: gradio mocks the sign-in, so deploys use your local token (`HF_TOKEN` or `hf auth login`)."
    return (
        gr.update(visible=False),
        gr.update(visible=True),
        signed,
        gr.update(choices=[(o.label, o.name) for o in choices], value=owner),
        gr.update(value=values.get("name", DEFAULT_NAME)),
        gr.update(value=values.get("visibility", "public")),
        gr.update(value=values.get("hardware", "cpu-basic")),
        owner_note(owner, choices),
        choices,
    )


def signed_out_view(note: str) -> tuple:
    keep = gr.update()
    return (gr.update(visible=True), gr.update(visible=False), note, keep, keep, keep, keep, "", [])


def owner_note(owner: str, choices: list[Owner]) -> str:
    """What to do when the chosen owner's plan cannot host a Gradio Space; nothing otherwise."""
    chosen = next((o for o in choices if o.name == owner), None)
    return (
        f"<span class='problem'>{html.escape(chosen.note)}</span>"
        if chosen and not chosen.can_host
        else ""
    )


def on_name(
    owner: str, name: str, profile: gr.OAuthProfile | None, oauth_token: gr.OAuthToken | None
) -> str:
    """As they type: free, a Trackio Space that can be updated, or taken by something else."""
    who = identity(profile, oauth_token)
    if who is None or not owner:
        return ""
    try:
        state, message = Account(who.token).name_state(owner, (name or "").strip())
    except DeployError as error:
        return error.message
    label = {
        NameState.FREE: "Free",
        NameState.TRACKIO: "Exists",
        NameState.TAKEN: "Taken",
        NameState.INVALID: "Invalid",
    }[state]
    return f"**{label}:** {message}"


def on_form(*fields: object) -> tuple[str, str]:
    request = build_request(*fields)  # type: ignore[arg-type]
    return plan_markdown(request), badge_markdown(request)


def on_deploy(
    owner: str,
    name: str,
    visibility: str,
    hardware: str,
    storage: bool,
    bucket: str,
    update: bool,
    sleep_time: str,
    write_token: str,
    logo_light_url: str,
    logo_dark_url: str,
    plot_order: str,
    profile: gr.OAuthProfile | None,
    oauth_token: gr.OAuthToken | None,
    request: gr.Request,
):
    """Start the deploy (or join the one already running for this person) and stream it."""
    view = View()
    who = identity(profile, oauth_token)
    sandboxed = globals().get("SANDBOX")  # set when run as `python app.py --local-hub`
    if who is not None and sandboxed is not None:
        view.run_command = sandboxed.run_command(who.user)
    if who is None:
        yield render(view, message="Sign in with Hugging Face first.")
        return
    deploy_request = build_request(
        owner,
        name,
        visibility,
        hardware,
        storage,
        bucket,
        update,
        sleep_time,
        write_token,
        logo_light_url,
        logo_dark_url,
        plot_order,
    )
    yield render(view, busy=True)  # first, so the click is answered before any work begins
    try:
        running = DEPLOYS.start_or_attach(who, deploy_request, session=request.session_hash or "")
    except Busy as busy:
        yield render(view, message=str(busy))
        return
    for batch in running.follow():
        for event in batch:
            view.apply(event)
        if isinstance(batch[-1], Done | Failed):
            yield render(view)
        else:
            yield progress(view)


def progress(view: View):
    """The frequent updates while a deploy runs: new values only, no component rebuilt."""
    return view.steps_html(), "\n".join(view.log), view.summary(), gr.skip(), gr.skip()


def render(view: View, *, busy: bool = False, message: str = ""):
    """The whole progress area: at the start and the end of a deploy."""
    done = view.result is not None
    snippet = view.result.snippet if done else ""
    summary = (
        view.summary() if not message else f"<span class='problem'>{html.escape(message)}</span>"
    )
    label = (
        "Deploying…"
        if busy
        else ("Try again" if view.failure else ("Deploy another" if done else "Deploy"))
    )
    return (
        gr.update(value=view.steps_html(), visible=True),
        "\n".join(view.log),
        summary,
        gr.update(value=snippet, visible=done),
        gr.update(value=label, interactive=not busy),
    )


NO_LOCAL_TOKEN = (
    "**This page runs on your machine without a Hugging Face token**, so it cannot sign you in. Run"
    " `hf auth login` (or set `HF_TOKEN`), then start it again, or try it offline with"
    " `python app.py --local-hub`."
)


# -- the page --------------------------------------------------------------------------------------


def page() -> gr.Blocks:
    with gr.Blocks(title="Deploy Trackio") as demo:
        gr.Markdown(INTRO)
        with gr.Column(visible=True) as signed_out:
            gr.Markdown(SIGNED_OUT)
            if ON_SPACES or LOCAL_TOKEN:
                gr.LoginButton()
        status = gr.Markdown(
            NO_LOCAL_TOKEN if not (ON_SPACES or LOCAL_TOKEN) else "", elem_classes="who"
        )
        owners = gr.State([])  # where the signed-in person may deploy, read once at sign-in
        with gr.Column(visible=False) as signed_in:
            with gr.Row():
                owner = gr.Dropdown(
                    label="Owner", info="Your account, or an organization you granted", scale=2
                )
                name = gr.Textbox(label="Space name", value=DEFAULT_NAME, scale=3, max_length=96)
            owner_status = gr.Markdown()
            name_status = gr.Markdown()
            with gr.Row():
                visibility = gr.Radio(["public", "private"], value="public", label="Visibility")
                hardware = gr.Dropdown(
                    list(HARDWARE),
                    value="cpu-basic",
                    label="Hardware",
                    info="cpu-basic is included with PRO",
                )
            with gr.Row():
                storage = gr.Checkbox(
                    value=True, label="Keep runs in a storage bucket (recommended)"
                )
                bucket = gr.Textbox(
                    label="Bucket name",
                    placeholder="<Space name>-bucket",
                    info="In the owner's namespace",
                )
            update = gr.Checkbox(
                value=False,
                label="Update it if it is already a Trackio dashboard (its data is kept)",
            )
            with gr.Accordion("Advanced", open=False):
                sleep_time = gr.Dropdown(
                    SLEEP_CHOICES,
                    value="default",
                    label="Sleep time",
                    info="Only upgraded hardware can change it",
                )
                write_token = gr.Textbox(
                    label="Write token for the Space", type="password", info=WRITE_TOKEN_INFO
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
            deploy = gr.Button("Deploy", variant="primary")
        steps = gr.HTML(visible=False)
        with gr.Accordion("Build log", open=False):
            log = gr.Textbox(
                show_label=False,
                lines=12,
                max_lines=12,
                autoscroll=True,
                interactive=False,
                elem_id="build-log",
            )
        summary = gr.Markdown()
        snippet = gr.Code(
            language="python", label="Log to your dashboard", visible=False, interactive=False
        )

        form = [
            owner,
            name,
            visibility,
            hardware,
            storage,
            bucket,
            update,
            sleep_time,
            write_token,
            logo_light_url,
            logo_dark_url,
            plot_order,
        ]
        demo.load(
            on_load,
            inputs=None,
            outputs=[
                signed_out,
                signed_in,
                status,
                owner,
                name,
                visibility,
                hardware,
                owner_status,
                owners,
            ],
            api_visibility="private",
        ).then(on_form, form, [plan, badge], api_visibility="private").then(
            on_name, [owner, name], name_status, api_visibility="private"
        )
        for component in form:
            component.change(
                on_form, form, [plan, badge], trigger_mode="always_last", api_visibility="private"
            )
        owner.change(owner_note, [owner, owners], owner_status, api_visibility="private")
        gr.on(
            [owner.change, name.change],
            on_name,
            [owner, name],
            name_status,
            trigger_mode="always_last",
            api_visibility="private",
        )
        deploy.click(
            on_deploy,
            inputs=form,
            outputs=[steps, log, summary, snippet, deploy],
            concurrency_limit=DEPLOY_CONCURRENCY,
            concurrency_id="deploy",
            api_name="deploy",
        )
    demo.queue(max_size=QUEUE_SIZE, default_concurrency_limit=8)
    return demo


class SignInFixes:
    """Two gaps in gradio 6.31's sign-in, mended before gradio sees the request:

    - the LoginButton sends `/login/huggingface?_target_url=/?owner=x&name=y` unencoded, so every
      deploy-link parameter after the first is lost: they are folded back into `_target_url`;
    - an OAuth error (Cancel on the consent page) gets a bare 500: the person is sent home instead.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").decode()
        if scope["path"] == "/login/callback" and "error" in parse_qs(query):
            await RedirectResponse("/?signin=cancelled", 302)(scope, receive, send)
            return
        if scope["path"] == "/login/huggingface":
            pairs = parse_qsl(query, keep_blank_values=True)
            target = dict(pairs).get("_target_url")
            extra = [(k, v) for k, v in pairs if not k.startswith("_")]
            if target is not None and extra:
                target += ("&" if "?" in target else "?") + urlencode(extra)
                kept = [(k, v) for k, v in pairs if k.startswith("_") and k != "_target_url"]
                scope = {
                    **scope,
                    "query_string": urlencode([("_target_url", target), *kept]).encode(),
                }
        await self.app(scope, receive, send)


def launch(demo: gr.Blocks) -> None:
    sandboxed = bool(ARGS.local_hub or ARGS.local_hub_url)
    demo.launch(
        # The sandbox's OAuth app accepts redirects to its host, 127.0.0.1 and localhost only.
        server_name=SANDBOX.host if sandboxed else None,
        server_port=ARGS.port,
        max_threads=DEPLOY_CONCURRENCY + 16,
        app_kwargs={"middleware": [Middleware(SignInFixes)]},
        css=CSS,
        footer_links=["api"],
    )


if __name__ == "__main__":
    demo = page()  # named `demo`, where gradio's Spaces reloader looks for it
    launch(demo)

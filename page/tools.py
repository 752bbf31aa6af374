"""The page's MCP tools as gradio serves them (`launch(mcp_server=True)`): each function's name,
signature and docstring are what an agent reads; what they do is in `page.agents`. The caller's
token comes from the `X-HF-Token` header (`gr.Header`), never from an argument."""

from __future__ import annotations

import json

import gradio as gr

from deployer import RunningDeploys
from page import agents
from page.form import Form


def add_tools(deploys: RunningDeploys, *, deploy_concurrency: int, load_concurrency: int) -> None:
    """The tools, in the `gr.Blocks` being built: the page's only public API. Deploys and
    upgrades share the page's registry and its deploy slots."""

    def plan_dashboard(
        owner: str,
        name: str = Form.name,
        kind: str = Form.kind,
        project: str = Form.project,
        private: bool = False,
        hardware: str = Form.hardware,
    ) -> str:
        """Plan a Trackio dashboard: what deploying it would do, without any Hub call. Returns
        JSON: {"plan": {...}} or {"problems": [{"field", "message"}]}.

        Args:
            owner: the Hugging Face username or organization the dashboard Space belongs to
            name: the Space's name
            kind: "live" (a Gradio Space that takes runs as they are logged; needs a paid plan)
                or "static" (free on every plan, public, shows one project synced with
                trackio.sync(..., sdk="static"))
            project: the trackio project a static dashboard shows (required for static)
            private: make the Space and its storage bucket private (live only)
            hardware: the Space hardware, e.g. cpu-basic (live only; a dashboard needs no more)
        """
        asked = Form(
            owner=owner,
            name=name,
            kind=kind,
            project=project,
            visibility=visibility_of(private),
            hardware=hardware,
        )
        return json.dumps(agents.plan(asked.request()))

    def deploy_dashboard(
        owner: str,
        name: str = Form.name,
        kind: str = Form.kind,
        project: str = Form.project,
        private: bool = False,
        hardware: str = Form.hardware,
        update: bool = False,
        wait: bool = True,
        x_hf_token: gr.Header | None = None,
    ) -> str:
        """Deploy a Trackio dashboard as a Hugging Face Space for the caller, with their own
        token sent in the X-HF-Token header. Returns a JSON list of every event of the deploy
        (as `python -m deployer deploy --json` prints them), the last being
        "done" (with the dashboard's URL and the snippet that fills it) or "failed" (with what
        to do next); nothing is written when the caller may not deploy there.

        Args:
            owner: the Hugging Face username or organization the dashboard Space belongs to
            name: the Space's name
            kind: "live" (a Gradio Space that takes runs as they are logged; needs a paid plan)
                or "static" (free on every plan, public, shows one project synced with
                trackio.sync(..., sdk="static"))
            project: the trackio project a static dashboard shows (required for static)
            private: make the Space and its storage bucket private (live only)
            hardware: the Space hardware, e.g. cpu-basic (live only; a dashboard needs no more)
            update: update the Space if it is already a Trackio dashboard (its data is kept)
            wait: wait until the dashboard answers; otherwise return once the Space is created
        """
        request = Form(
            owner=owner,
            name=name,
            kind=kind,
            project=project,
            visibility=visibility_of(private),
            hardware=hardware,
            update=update,
        ).request()
        return json.dumps(agents.deploy(deploys, x_hf_token, request, wait=wait))

    def list_dashboards(x_hf_token: gr.Header | None = None) -> str:
        """List the caller's Trackio dashboards (live and static) in their account and their
        organizations, with the caller's own token sent in the X-HF-Token header. Returns JSON,
        as the last line of `python -m deployer list --json`: {"kind": "listed", "owners",
        "template_version", "notes", "dashboards": [{"space_id", "kind", "stage", "hardware",
        "private", "trackio_version", "bucket_id", "behind", "actions", "app_url", ...}]}, or
        {"kind": "failed", "message"} saying what to do."""
        return json.dumps(agents.dashboards(x_hf_token))

    def upgrade_dashboard(space_id: str, x_hf_token: gr.Header | None = None) -> str:
        """Upgrade one of the caller's Trackio dashboards in place to this app's trackio, as
        safely as `trackio bump`: paused, its databases backed up in its bucket, every project,
        run and row counted before and checked after, rolled back on any failure. The caller's
        token is sent in the X-HF-Token header. Returns a JSON list of every event (as
        `python -m deployer upgrade --json` prints them), the last "done" or "failed" (with what
        happened, that nothing was lost, and what to do next).

        Args:
            space_id: the dashboard Space, owner/name, as list_dashboards lists it
        """
        return json.dumps(agents.upgrade(deploys, x_hf_token, space_id))

    def visibility_of(private: bool) -> str:
        return "private" if private else "public"

    gr.api(plan_dashboard, api_name="plan_dashboard", queue=False)
    gr.api(
        deploy_dashboard,
        api_name="deploy_dashboard",
        concurrency_limit=deploy_concurrency,
        concurrency_id="deploy",
    )
    gr.api(list_dashboards, api_name="list_dashboards", concurrency_limit=load_concurrency)
    gr.api(
        upgrade_dashboard,
        api_name="upgrade_dashboard",
        concurrency_limit=deploy_concurrency,
        concurrency_id="deploy",
    )

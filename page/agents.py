"""What the page's MCP tools do, without gradio: plan a deploy, and deploy a dashboard with the
caller's own token (sent in a request header), returning the same typed events, as JSON, that
`python -m deployer deploy --json` prints. Refusals are events too (`failed`, with the message the
page gives), and come before any write; the token never appears in what is returned."""

from __future__ import annotations

import uuid
from typing import Any

from deployer import (
    Deployer,
    DeployError,
    DeployRequest,
    HubClient,
    InvalidRequest,
    Problem,
    RunningDeploys,
    checked,
    make_plan,
    whoami,
)
from deployer.errors import READ_ONLY_MESSAGE
from deployer.events import Failed, to_json
from deployer.scrub import scrub

TOKEN_HEADER = "X-HF-Token"
NO_TOKEN_MESSAGE = (
    f"No Hugging Face token: send a write token in the {TOKEN_HEADER} header of your MCP"
    " client's requests (https://huggingface.co/settings/tokens), then call this tool again."
)


def plan(request: DeployRequest) -> dict[str, Any]:
    """The plan of a deploy, or the rules the request breaks; never a Hub call."""
    try:
        return {"plan": make_plan(checked(request)).to_dict()}
    except InvalidRequest as invalid:
        return {"problems": [{"field": p.field, "message": p.message} for p in invalid.problems]}


def deploy(
    deploys: RunningDeploys, token: str | None, request: DeployRequest, *, wait: bool = True
) -> list[dict[str, Any]]:
    """Deploy with the caller's token: every event of the deploy, the last `done` or `failed`."""
    token = (token or "").removeprefix("Bearer ").strip() or None
    if token is None:
        return [_failed(Problem.SIGN_IN_AGAIN, NO_TOKEN_MESSAGE)]
    try:
        checked(request)
        me = whoami(HubClient(token))
        if me.token_role == "read":
            return [_failed(Problem.READ_ONLY_TOKEN, READ_ONLY_MESSAGE)]
        following = deploys.start_or_join(
            user=me.name,
            space_id=request.space_id,
            session=f"mcp-{uuid.uuid4().hex}",  # each call is its own: it never joins another
            deploy=lambda running: Deployer(
                token, on_retry=running.report, cancel=running.cancel
            ).deploy(request, wait=wait),
        )
    except DeployError as refused:
        return [_failed(refused.problem, scrub(refused.message, [token]))]
    return [to_json(event) for batch in following.follow() for event in batch]


def _failed(problem: Problem, message: str) -> dict[str, Any]:
    return to_json(Failed(step=None, problem=problem, message=message))

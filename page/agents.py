"""What the page's MCP tools do, without gradio: plan a deploy, deploy a dashboard, list the
caller's dashboards and upgrade one, with the caller's own token (sent in a request header),
returning the same typed events, as JSON, that `python -m deployer deploy --json`, `list --json`
and `upgrade --json` print. Refusals are events too (`failed`, with the message the
page gives), and come before any write; the token never appears in what is returned."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from deployer import (
    Deployer,
    DeployError,
    DeployRequest,
    HubClient,
    InvalidRequest,
    Problem,
    RunningDeploy,
    RunningDeploys,
    checked,
    make_plan,
    whoami,
)
from deployer.dashboards import Listed, kind_of, list_dashboards
from deployer.errors import READ_ONLY_MESSAGE
from deployer.events import Event, Failed, to_json
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

    def deploying(token: str, running: RunningDeploy) -> Iterator[Event]:
        yield from _deployer(token, running).deploy(request, wait=wait)

    return _run(deploys, token, request.space_id, deploying, valid=lambda: checked(request))


def upgrade(deploys: RunningDeploys, token: str | None, space_id: str) -> list[dict[str, Any]]:
    """Upgrade one dashboard in place (`Deployer.upgrade`): every event, the last `done` or
    `failed`; refused before any change as the page and the CLI refuse it."""

    def upgrading(token: str, running: RunningDeploy) -> Iterator[Event]:
        deployer = _deployer(token, running)
        try:
            kind = kind_of(deployer.client, space_id)
        except DeployError as refused:
            yield Failed(
                step=None, problem=refused.problem, message=scrub(refused.message, [token])
            )
            return
        yield from deployer.upgrade(space_id, kind=kind)

    return _run(deploys, token, space_id, upgrading)


def dashboards(token: str | None) -> dict[str, Any]:
    """The caller's Trackio dashboards, as the last line of `python -m deployer list --json`."""
    token = _bare(token)
    if token is None:
        return _failed(Problem.SIGN_IN_AGAIN, NO_TOKEN_MESSAGE)
    try:
        listed = [e for e in list_dashboards(HubClient(token)) if isinstance(e, Listed)]
    except DeployError as refused:
        return _failed(refused.problem, scrub(refused.message, [token]))
    return listed[-1].to_dict()


def _run(
    deploys: RunningDeploys,
    token: str | None,
    space_id: str,
    run: Callable[[str, RunningDeploy], Iterable[Event]],
    *,
    valid: Callable[[], object] = lambda: None,
) -> list[dict[str, Any]]:
    """A change made with the caller's token, refused before any write without a write token,
    one at a time per person and per Space (the page's registry)."""
    token = _bare(token)
    if token is None:
        return [_failed(Problem.SIGN_IN_AGAIN, NO_TOKEN_MESSAGE)]
    try:
        valid()  # a request the rules refuse costs no Hub call
        me = whoami(HubClient(token))
        if me.token_role == "read":
            return [_failed(Problem.READ_ONLY_TOKEN, READ_ONLY_MESSAGE)]
        following = deploys.start_or_join(
            user=me.name,
            space_id=space_id,
            session=f"mcp-{uuid.uuid4().hex}",  # each call is its own: it never joins another
            deploy=lambda running: run(token, running),
        )
    except DeployError as refused:
        return [_failed(refused.problem, scrub(refused.message, [token]))]
    return [to_json(event) for batch in following.follow() for event in batch]


def _deployer(token: str, running: RunningDeploy) -> Deployer:
    return Deployer(token, on_retry=running.report, cancel=running.cancel)


def _bare(token: str | None) -> str | None:
    return (token or "").removeprefix("Bearer ").strip() or None


def _failed(problem: Problem, message: str) -> dict[str, Any]:
    return to_json(Failed(step=None, problem=problem, message=message))

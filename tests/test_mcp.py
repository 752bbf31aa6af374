"""The page as an MCP server (`launch(mcp_server=True)`), driven by the real `mcp` client over
streamable HTTP: only the plan, deploy, list and upgrade tools are there, the caller's token comes from the
`X-HF-Token` header, refusals write nothing, and the token is in no answer and no log line."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from huggingface_hub.errors import RepositoryNotFoundError

from harness import servers
from harness.older import pin_trackio
from page.agents import TOKEN_HEADER
from tests.conftest import api, unique

PLAN, DEPLOY = "plan_dashboard", "deploy_dashboard"
LIST, UPGRADE = "list_dashboards", "upgrade_dashboard"
TOOLS = sorted([PLAN, DEPLOY, LIST, UPGRADE])


@pytest.fixture(scope="module")
def page(localhub_simulated, tmp_path_factory):
    log = tmp_path_factory.mktemp("mcp") / "app.log"
    with servers.sandbox_page(localhub_simulated.url, log=log) as running:
        yield running


def call(page, tool: str | None, arguments: dict[str, Any], token: str | None = None) -> Any:
    """List the tools (tool=None) or call one, as an MCP client configured with the header."""
    from mcp import ClientSession
    from mcp.client.streamable_http import streamablehttp_client

    headers = {TOKEN_HEADER: token} if token else {}

    async def session() -> Any:
        url = f"{page.url}/gradio_api/mcp/"
        async with (
            streamablehttp_client(url, headers=headers, timeout=60) as (read, write, _),
            ClientSession(read, write) as mcp,
        ):
            await mcp.initialize()
            tools = {t.name: t for t in (await mcp.list_tools()).tools}
            if tool is None:
                return tools
            name = next(n for n in tools if n.endswith(tool))
            result = await mcp.call_tool(name, arguments)
            return [c.text for c in result.content if getattr(c, "text", None)]

    # A thread of its own: Playwright's sync API (other tests) keeps an event loop in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, session()).result()


def events(texts: list[str]) -> list[dict]:
    (answer,) = texts
    return json.loads(answer)


def test_only_plan_deploy_list_and_upgrade_are_tools_each_with_its_description(page):
    tools = call(page, None, {})
    # gradio names each tool after the function, behind the Space's name when it runs as one
    assert sorted(next(t for t in TOOLS if n.endswith(t)) for n in tools) == TOOLS, list(tools)
    for name, tool in tools.items():
        if not name.endswith(PLAN):
            assert "X-HF-Token" in tool.description, name
        assert "x_hf_token" not in tool.inputSchema["properties"], "the token is a header only"
    deploy = next(t for n, t in tools.items() if n.endswith(DEPLOY))
    assert set(deploy.inputSchema["properties"]) >= {"owner", "name", "private", "update"}
    upgrade = next(t for n, t in tools.items() if n.endswith(UPGRADE))
    assert set(upgrade.inputSchema["properties"]) == {"space_id"}
    openapi = httpx.get(f"{page.url}/gradio_api/info", timeout=30).json()["named_endpoints"]
    assert sorted(openapi) == [f"/{t}" for t in TOOLS], "no UI handler is an API"


def test_plan_answers_without_a_token_or_any_hub_call(page, localhub_simulated):
    localhub_simulated.control.clear_requests()
    (answer,) = call(page, PLAN, {"owner": "alice", "name": "planned"})
    plan = json.loads(answer)["plan"]
    assert plan["space_id"] == "alice/planned"
    assert plan["variables"]["GRADIO_MCP_SERVER"] == "True"
    assert localhub_simulated.control.requests() == []
    (invalid,) = call(page, PLAN, {"owner": "alice", "name": "../x"})
    assert json.loads(invalid)["problems"][0]["field"] == "name"


def test_deploy_with_a_token_in_the_header_gets_a_running_dashboard(page, localhub_simulated):
    name = unique("agent")
    answer = events(call(page, DEPLOY, {"owner": "alice", "name": name}, token="hf_alice"))
    assert answer[-1]["kind"] == "done", answer[-1]
    result = answer[-1]["result"]
    assert result["space_id"] == f"alice/{name}"
    assert result["ready"] is True
    assert f'space_id="alice/{name}"' in result["snippet"]
    assert api(localhub_simulated).get_space_runtime(f"alice/{name}").stage == "RUNNING"
    assert "hf_alice" not in json.dumps(answer)


@pytest.mark.parametrize(
    ("token", "owner", "says"),
    [
        (None, "alice", "X-HF-Token header"),
        ("hf_carol_read", "carol", "This token can only read"),
        ("hf_alice", "bob", "You are not a member of bob"),
    ],
    ids=["no token", "read-only token", "another user's namespace"],
)
def test_deploy_refusals_give_the_pages_message_and_write_nothing(
    page, localhub_simulated, token, owner, says
):
    name = unique("refused")
    localhub_simulated.control.clear_requests()
    answer = events(call(page, DEPLOY, {"owner": owner, "name": name}, token=token))
    assert answer[-1]["kind"] == "failed"
    assert says in answer[-1]["message"]
    assert not [r for r in localhub_simulated.control.requests() if r.write]
    with pytest.raises(RepositoryNotFoundError):
        api(localhub_simulated).space_info(f"{owner}/{name}")
    if token:
        assert token not in json.dumps(answer)


def test_the_token_appears_in_no_answer_and_no_log_line(page, localhub_simulated):
    token = localhub_simulated.control.mint_token(
        "alice", scopes=("openid", "profile", "contribute-repos")
    )
    texts = call(page, DEPLOY, {"owner": "alice", "name": unique("sweep")}, token=token)
    texts += call(page, DEPLOY, {"owner": "nobody-here", "name": unique("sweep")}, token=token)
    assert events(texts[:1])[-1]["kind"] == "done"
    assert token not in "\n".join(texts)
    assert token not in page.log.read_text(errors="replace")


def test_an_agent_lists_its_users_dashboards_and_upgrades_one_that_is_behind(
    page, localhub_simulated
):
    name = unique("behind")
    space_id = f"alice/{name}"
    deployed = events(call(page, DEPLOY, {"owner": "alice", "name": name}, token="hf_alice"))
    assert deployed[-1]["kind"] == "done", deployed[-1]
    pin_trackio(api(localhub_simulated), space_id)  # as an earlier template left it
    (answer,) = call(page, LIST, {}, token="hf_alice")
    listed = {d["space_id"]: d for d in json.loads(answer)["dashboards"]}
    assert listed[space_id]["behind"] is True
    assert "upgrade" in listed[space_id]["actions"]
    assert all(d["space_id"].split("/")[0] in ("alice", "trackio-lab") for d in listed.values())

    upgraded = events(call(page, UPGRADE, {"space_id": space_id}, token="hf_alice"))
    assert [e["kind"] for e in upgraded][-2:] == ["upgraded", "done"], upgraded[-1]
    (again,) = call(page, LIST, {}, token="hf_alice")
    after = {d["space_id"]: d for d in json.loads(again)["dashboards"]}
    assert after[space_id]["behind"] is False
    assert "hf_alice" not in answer + again + json.dumps(upgraded)


@pytest.mark.parametrize(
    ("token", "space_id", "says"),
    [
        (None, "alice/anything", "X-HF-Token header"),
        ("hf_carol_read", "carol/anything", "This token can only read"),
    ],
    ids=["no token", "read-only token"],
)
def test_upgrade_refusals_give_the_pages_message_and_write_nothing(
    page, localhub_simulated, token, space_id, says
):
    localhub_simulated.control.clear_requests()
    answer = events(call(page, UPGRADE, {"space_id": space_id}, token=token))
    assert answer[-1]["kind"] == "failed"
    assert says in answer[-1]["message"]
    assert not [r for r in localhub_simulated.control.requests() if r.write]


def test_upgrading_another_users_dashboard_is_refused_before_any_change(page, localhub_simulated):
    name = unique("theirs")
    mine = events(call(page, DEPLOY, {"owner": "alice", "name": name}, token="hf_alice"))
    assert mine[-1]["kind"] == "done", mine[-1]
    localhub_simulated.control.clear_requests()
    answer = events(call(page, UPGRADE, {"space_id": f"alice/{name}"}, token="hf_bob"))
    assert answer[-1]["kind"] == "failed", answer[-1]
    assert not [r for r in localhub_simulated.control.requests() if r.write]


def test_listing_without_a_token_says_how_to_send_one(page):
    (answer,) = call(page, LIST, {})
    assert json.loads(answer)["kind"] == "failed"
    assert "X-HF-Token header" in json.loads(answer)["message"]

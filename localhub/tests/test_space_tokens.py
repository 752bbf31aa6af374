"""Space tokens (`GET /api/spaces/{id}/jwt`) and private Spaces' hosts, as the Hub's proxy treats
them, on simulated Spaces: a private Space's host answers a reader's Hub token or a Space token
for that Space (`?__sign=`), and nobody else; a Space token is no Hub API token."""

from __future__ import annotations

import io
from collections.abc import Iterator

import httpx
import pytest
from huggingface_hub import CommitOperationAdd, HfApi
from huggingface_hub.errors import HfHubHTTPError

from localhub.service import LocalHub
from localhub.testing import api, unique, watch_stages

CARD = "---\ntitle: Demo\nemoji: 📈\nsdk: gradio\napp_file: app.py\n---\n"


@pytest.fixture(scope="module")
def simulated(tmp_path_factory) -> Iterator[LocalHub]:
    with LocalHub(spaces="simulate", data=tmp_path_factory.mktemp("hubdata")) as running:
        yield running


def running_space(hub: LocalHub, *, private: bool) -> str:
    space_id = f"alice/{unique()}"
    client = api(hub)
    client.create_repo(space_id, repo_type="space", space_sdk="gradio", private=private)
    client.create_commit(
        space_id,
        [
            CommitOperationAdd("README.md", io.BytesIO(CARD.encode())),
            CommitOperationAdd("app.py", b"print('hi')\n"),
        ],
        commit_message="card",
        repo_type="space",
    )
    assert watch_stages(client, space_id)[-1] == "RUNNING"
    return space_id


def space_token(hub: LocalHub, space_id: str, token: str = "hf_alice") -> httpx.Response:
    return httpx.get(
        f"{hub.url}/api/spaces/{space_id}/jwt", headers={"authorization": f"Bearer {token}"}
    )


def test_a_private_spaces_host_opens_for_a_space_token_or_a_reader_and_no_one_else(simulated):
    space_id = running_space(simulated, private=True)
    host = api(simulated).space_info(space_id).host
    token = space_token(simulated, space_id).json()["token"]
    assert httpx.get(f"{host}/", params={"__sign": token}).status_code == 200
    assert httpx.get(f"{host}/", headers={"authorization": "Bearer hf_alice"}).status_code == 200
    assert httpx.get(f"{host}/").status_code == 404, "anonymous"
    assert httpx.get(f"{host}/", headers={"authorization": "Bearer hf_bob"}).status_code == 404
    another = space_token(simulated, running_space(simulated, private=True)).json()["token"]
    assert httpx.get(f"{host}/", params={"__sign": another}).status_code == 404, "another Space's"
    assert httpx.get(f"{host}/", params={"__sign": token[:-4] + "AAAA"}).status_code == 404


def test_a_public_spaces_host_answers_anyone(simulated):
    space_id = running_space(simulated, private=False)
    assert httpx.get(f"{api(simulated).space_info(space_id).host}/").status_code == 200


def test_a_space_token_needs_a_reader_and_is_no_hub_api_token(simulated):
    space_id = running_space(simulated, private=True)
    assert space_token(simulated, space_id, "hf_bob").status_code == 404, "not bob's to read"
    assert httpx.get(f"{simulated.url}/api/spaces/{space_id}/jwt").status_code == 401
    token = space_token(simulated, space_id).json()["token"]
    with pytest.raises(HfHubHTTPError) as refused:
        HfApi(endpoint=simulated.url, token=token).whoami()
    assert refused.value.response.status_code == 401

"""Sandbox mode's own set-up: where the page listens, as gradio's conventions say."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from localhub.service import LocalHub
from localhub.signin import sign_in
from localhub.testing import free_port, serving
from sandbox import SEED
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def hub() -> Iterator[LocalHub]:
    with LocalHub(seed=SEED, spaces="off") as running:
        yield running


def sandbox_page(hub: LocalHub, tmp_path: Path, *args: str, **env: str):
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("GRADIO_SERVER")
    }
    environment.update(env, GRADIO_ANALYTICS_ENABLED="False")
    port = args[args.index("--port") + 1] if "--port" in args else env["GRADIO_SERVER_PORT"]
    return serving(
        [sys.executable, "app.py", "--local-hub-url", hub.url, *args],
        url=f"http://127.0.0.1:{port}",
        cwd=ROOT,
        env=environment,
        log=tmp_path / "page.log",
    )


def test_without_port_the_page_listens_on_gradio_server_port_and_name_and_sign_in_works(
    hub, tmp_path
):
    port = free_port()
    with sandbox_page(
        hub, tmp_path, GRADIO_SERVER_PORT=str(port), GRADIO_SERVER_NAME="127.0.0.1"
    ) as url:
        assert sign_in(url, "alice").user == "alice", "the OAuth app knows this address"


def test_port_wins_over_gradio_server_port(hub, tmp_path):
    chosen, ignored = free_port(), free_port()
    with sandbox_page(hub, tmp_path, "--port", str(chosen), GRADIO_SERVER_PORT=str(ignored)) as url:
        assert url.endswith(f":{chosen}")
        assert sign_in(url, "bob").user == "bob"

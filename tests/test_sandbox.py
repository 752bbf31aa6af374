"""Sandbox mode's own set-up: where the page listens, as gradio's conventions say."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from harness.servers import ChildServer
from localhub.service import LocalHub
from localhub.signin import sign_in
from sandbox import free_port


def sandbox_page(localhub: LocalHub, tmp_path: Path, *args: str, **env: str) -> ChildServer:
    """`python app.py --local-hub-url URL ARGS` with `env` on top of this environment, less any
    GRADIO_SERVER_* setting of its own."""
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("GRADIO_SERVER")
    }
    environment.update(env, GRADIO_ANALYTICS_ENABLED="False")
    port = args[args.index("--port") + 1] if "--port" in args else env["GRADIO_SERVER_PORT"]
    return ChildServer(
        command=[sys.executable, "app.py", "--local-hub-url", localhub.url, *args],
        port=int(port),
        log=tmp_path / "page.log",
        env=environment,
    )


def test_without_port_the_page_listens_on_gradio_server_port_and_name_and_sign_in_works(
    localhub_off, tmp_path
):
    port = free_port()
    with sandbox_page(
        localhub_off, tmp_path, GRADIO_SERVER_PORT=str(port), GRADIO_SERVER_NAME="127.0.0.1"
    ) as page:
        assert sign_in(page.url, "alice").user == "alice", "the OAuth app knows this address"


def test_port_wins_over_gradio_server_port(localhub_off, tmp_path):
    chosen, ignored = free_port(), free_port()
    with sandbox_page(
        localhub_off, tmp_path, "--port", str(chosen), GRADIO_SERVER_PORT=str(ignored)
    ) as page:
        assert page.url.endswith(f":{chosen}")
        assert sign_in(page.url, "bob").user == "bob"

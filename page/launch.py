"""How the page starts (`python app.py [--local-hub ...]`): the command line, and sandbox mode,
which must run before gradio is imported, since gradio and huggingface_hub read the Hub's address
and the OAuth app at import."""

from __future__ import annotations

import argparse
import os
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from page.gradio_workarounds import quiet_spaces_reloader

# Gradio keeps each tab's session (its component values and states) in memory; past this many,
# the least recently used goes first. A tab whose session went must be reloaded: gradio then
# refuses the Owner it no longer knows, before anything reaches the deployer.
SESSION_CAPACITY = 1000
# Set once at start-up in sandbox mode: the localhub the page runs against.
SANDBOX_HUB_VARIABLE = "DEPLOY_TRACKIO_SANDBOX_HUB"


@dataclass(frozen=True)
class Launch:
    port: int | None = None
    host: str | None = None  # sandbox mode: where its OAuth app accepts redirects
    sandboxed: bool = False

    def options(self) -> dict[str, Any]:
        """What `demo.launch` takes from the command line."""
        return {
            "server_name": self.host,
            "server_port": self.port,
            "state_session_capacity": SESSION_CAPACITY,
        }


def sandbox_run_command(user: str) -> str:
    """In sandbox mode, the command that runs a person's own training script against localhub
    as `user`; empty otherwise."""
    hub_url = os.environ.get(SANDBOX_HUB_VARIABLE)
    if not hub_url:
        return ""
    import sandbox

    return shlex.join(sandbox.run_command(hub_url, user))


def from_command_line(argv: Sequence[str] | None = None) -> Launch:
    """Parse the command line and, in sandbox mode, start it (or join a running localhub)."""
    cli = argparse.ArgumentParser(prog="python app.py", description="Deploy Trackio: the page.")
    cli.add_argument(
        "--local-hub", action="store_true", help="sandbox mode: start localhub and use it"
    )
    cli.add_argument(
        "--local-hub-url", help="sandbox mode against a localhub that is already running"
    )
    cli.add_argument(
        "--local-hub-data", help="localhub's data folder in sandbox mode (default: .localhub)"
    )
    cli.add_argument("--port", type=int, help="the page's port (default: 7860, or a free one)")
    args = cli.parse_args(argv)
    if not (args.local_hub or args.local_hub_url):
        return Launch(port=args.port)

    import sandbox  # sets the environment gradio and huggingface_hub read at import

    started = sandbox.start(
        port=args.port,
        hub_url=args.local_hub_url,
        data=Path(args.local_hub_data) if args.local_hub_data else sandbox.DATA,
    )
    quiet_spaces_reloader()
    os.environ[SANDBOX_HUB_VARIABLE] = started.hub_url
    return Launch(port=started.port, host=started.host, sandboxed=True)

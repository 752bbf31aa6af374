"""Sandbox mode (`python app.py --local-hub`): the page against localhub instead of huggingface.co.

Runs before gradio and huggingface_hub are imported, because both read their settings (the Hub's
address, the OAuth app) at import: it starts localhub (or joins a running one), registers the page
as an OAuth app there, points the environment at it, and publishes the template Space.
"""

from __future__ import annotations

import atexit
import os
import secrets
import shlex
import signal
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import yaml

from localhub.control import Control
from localhub.service import READY_LINE, LocalHub

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / ".localhub"
# The accounts of this project's localhub: the people who deploy, and the maintainer who
# publishes the template Space they duplicate. Tests and benchmarks start localhub with it too.
SEED = Path(__file__).resolve().parent / "seed.toml"
# What a Trackio dashboard answers when localhub simulates Spaces (`spaces="simulate"`): the
# `/version` the deployer checks. Tests and benchmarks that simulate Spaces pass it.
SIMULATED_TRACKIO = Path(__file__).resolve().parent / "simulated-trackio.json"
SPACE_ID = "trackio-deployer/deploy"  # the page's own id, as a Space would have it
MAINTAINER_TOKEN = "hf_maintainer"  # publishes the template (see SEED)


@dataclass(frozen=True)
class Sandbox:
    hub_url: str
    host: str  # where the page listens
    port: int

    def run_command(self, user: str) -> str:
        """What the result card tells a person to run their training script with."""
        return shlex.join(run_command(self.hub_url, user))


def run_command(hub_url: str, user: str, *program: str) -> list[str]:
    """A person's own program (by default `python train.py`), unmodified, against the sandbox's
    localhub as `user`: trackio reaches the Hub and the dashboard's https://{ns}-{name}.hf.space
    there (see localhub's README, "Running your own program against it")."""
    return [
        "python",
        "-m",
        "localhub",
        "run",
        "--hub",
        hub_url,
        "--user",
        user,
        "--",
        *(program or ("python", "train.py")),
    ]


def start(*, port: int | None, data: Path = DATA, hub_url: str | None = None) -> Sandbox:
    """Start (or join) localhub and set this process up as the deployer Space running against it.

    The page listens where gradio would: `GRADIO_SERVER_NAME` and `GRADIO_SERVER_PORT` unless
    `port` is given (127.0.0.1, and 7860 or a free port, without them)."""
    host = os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    port = port or int(os.environ.get("GRADIO_SERVER_PORT") or 0) or _free_port(preferred=7860)
    if hub_url is None:
        data.mkdir(parents=True, exist_ok=True)
        hub = LocalHub(data=data, seed=SEED, log_path=data / "localhub.log").start()
        atexit.register(hub.stop)
        # SIGTERM ends the page through atexit too, so localhub and its Spaces stop with it.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        hub_url = hub.url
    print(READY_LINE.format(url=hub_url), flush=True)
    card = _card()
    scopes = ["openid", "profile", *card.get("hf_oauth_scopes", [])]
    client_id, client_secret = "deploy-trackio-sandbox", secrets.token_urlsafe(24)
    Control(hub_url).add_oauth_app(
        client_id=client_id,
        client_secret=client_secret,
        name=f"{card.get('title', 'Deploy Trackio')} (sandbox)",
        redirect_uris=[
            f"http://{name}:{port}/login/callback"
            for name in dict.fromkeys([host, "127.0.0.1", "localhost"])
        ],
        scopes=scopes,
        token_minutes=card.get("hf_oauth_expiration_minutes", 480),
    )
    # What a Space with `hf_oauth: true` gets, minus SPACE_HOST: without it gradio builds the
    # OAuth redirect from the request, so sign-in works over plain http on this machine.
    os.environ.update(
        SYSTEM="spaces",
        SPACE_ID=SPACE_ID,
        HF_ENDPOINT=hub_url,
        OPENID_PROVIDER_URL=hub_url,
        OAUTH_CLIENT_ID=client_id,
        OAUTH_CLIENT_SECRET=client_secret,
        OAUTH_SCOPES=" ".join(scopes),
        HF_HUB_DISABLE_TELEMETRY="1",
        NO_PROXY="127.0.0.1,localhost",
    )
    for name in ("SPACE_HOST", "HF_TOKEN"):
        os.environ.pop(name, None)
    _publish_template()
    _quiet_spaces_reloader()
    return Sandbox(hub_url=hub_url, host=host, port=port)


def _quiet_spaces_reloader() -> None:
    """With SYSTEM=spaces gradio starts the Spaces hot-reloader, which needs the `spaces` package
    that only real Spaces have; its thread dies at once with a traceback. Say it in one line."""
    default = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if "`spaces` package is required" in str(args.exc_value):
            return
        default(args)

    threading.excepthook = hook


def _publish_template() -> None:
    from deployer.hub import HubSession  # imports huggingface_hub: only once the environment is set
    from deployer.publish import publish_template
    from deployer.request import DEFAULT_TEMPLATE

    publish_template(HubSession(MAINTAINER_TOKEN), DEFAULT_TEMPLATE)


def _card() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1]) or {}


def _free_port(*, preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")

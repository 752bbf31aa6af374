"""Sandbox mode (`python app.py --local-hub`): the page against localhub instead of huggingface.co.

Runs before gradio and huggingface_hub are imported, because both read their settings (the Hub's
address, the OAuth app) at import: it starts localhub (or joins a running one), registers the page
as an OAuth app there, points the environment at it, and publishes the template Space.

Tests and benchmarks build on the same pieces: this project's localhub (`make_localhub`, with
`SEED`), `publish_template` and `free_port`.
"""

from __future__ import annotations

import atexit
import os
import secrets
import signal
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from localhub.control import Control
from localhub.service import READY_LINE, LocalHub

if TYPE_CHECKING:
    from deployer.publish import Published

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
DEFAULT_PORT = 7860


@dataclass(frozen=True)
class Sandbox:
    hub_url: str
    host: str  # where the page listens
    port: int


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


def make_localhub(*, seed: Path = SEED, **options: Any) -> LocalHub:
    """localhub as this project runs it, not started yet (`with make_localhub(...) as localhub:`):
    with this project's seed and, where Spaces are simulated, answering as a Trackio dashboard."""
    if options.get("spaces") == "simulate":
        options.setdefault("simulated_space", SIMULATED_TRACKIO)
    return LocalHub(seed=seed, **options)


def start(*, port: int | None, data: Path = DATA, hub_url: str | None = None) -> Sandbox:
    """Start (or join) localhub and set this process up as the deployer Space running against it.

    The page listens where gradio would: `GRADIO_SERVER_NAME` and `GRADIO_SERVER_PORT` unless
    `port` is given (127.0.0.1, and 7860 or a free port, without them)."""
    host = os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1"
    port = (
        port or int(os.environ.get("GRADIO_SERVER_PORT") or 0) or free_port(preferred=DEFAULT_PORT)
    )
    if hub_url is None:
        data.mkdir(parents=True, exist_ok=True)
        localhub = make_localhub(data=data, log_path=data / "localhub.log").start()
        atexit.register(localhub.stop)
        # SIGTERM ends the page through atexit too, so localhub and its Spaces stop with it.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        hub_url = localhub.url
    print(READY_LINE.format(url=hub_url), flush=True)
    card = _card()
    os.environ.update(
        oauth_space_environment(
            hub_url,
            host=host,
            port=port,
            space_id=SPACE_ID,
            name=f"{card.get('title', 'Deploy Trackio')} (sandbox)",
            scopes=card.get("hf_oauth_scopes", []),
            token_minutes=card.get("hf_oauth_expiration_minutes", 480),
        ),
        HF_HUB_DISABLE_TELEMETRY="1",
        NO_PROXY="127.0.0.1,localhost",
    )
    for name in ("SPACE_HOST", "HF_TOKEN"):
        os.environ.pop(name, None)
    publish_template(hub_url)
    return Sandbox(hub_url=hub_url, host=host, port=port)


def oauth_space_environment(
    hub_url: str,
    *,
    host: str = "127.0.0.1",
    port: int,
    space_id: str,
    name: str,
    scopes: list[str] | tuple[str, ...] = (),
    token_minutes: int = 480,
) -> dict[str, str]:
    """Register an OAuth app for a page on `host:port` with localhub, and return the environment a
    Space with `hf_oauth: true` gets, minus SPACE_HOST: without it gradio builds the OAuth redirect
    from the request, so sign-in works over plain http on this machine."""
    all_scopes = ["openid", "profile", *scopes]
    client_id, client_secret = f"{space_id.replace('/', '-')}-{port}", secrets.token_urlsafe(24)
    Control(hub_url).add_oauth_app(
        client_id=client_id,
        client_secret=client_secret,
        name=name,
        redirect_uris=[
            f"http://{name}:{port}/login/callback"
            for name in dict.fromkeys([host, "127.0.0.1", "localhost"])
        ],
        scopes=all_scopes,
        token_minutes=token_minutes,
    )
    return {
        "SYSTEM": "spaces",
        "SPACE_ID": space_id,
        "HF_ENDPOINT": hub_url,
        "OPENID_PROVIDER_URL": hub_url,
        "OAUTH_CLIENT_ID": client_id,
        "OAUTH_CLIENT_SECRET": client_secret,
        "OAUTH_SCOPES": " ".join(all_scopes),
    }


def publish_template(hub_url: str, *, to: str | None = None, kind: str = "live") -> list[Published]:
    """Publish the template Spaces deploys duplicate (`templates/trackio` for live dashboards,
    `templates/trackio-static` for static ones) in this localhub, as its maintainer does on the
    Hub; with `to`, only the `kind`'s template, to that Space."""
    # Imports huggingface_hub: only once the environment is set.
    from deployer.client import HubClient
    from deployer.publish import publish_template as publish
    from deployer.request import DEFAULT_TEMPLATES, Kind

    client = HubClient(MAINTAINER_TOKEN, endpoint=hub_url)
    if to is not None:
        return [publish(client, to, kind=Kind(kind))]
    return [publish(client, space_id, kind=k) for k, space_id in DEFAULT_TEMPLATES.items()]


def free_port(*, preferred: int | None = None) -> int:
    """`preferred` if it is free on 127.0.0.1, else any free port."""
    for port in (preferred, 0) if preferred else (0,):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("no free port on 127.0.0.1")


def _card() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1]) or {}

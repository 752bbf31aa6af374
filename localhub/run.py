"""`python -m localhub run --hub URL --user NAME -- COMMAND...`: a person's own program, unmodified,
against a running localhub, as that user.

The program gets what a user's machine has, pointed at localhub: `HF_ENDPOINT` (the Hub's address,
which huggingface_hub reads), `HF_TOKEN` (a write token of the user, made for this run), and an
HTTPS proxy (`localhub.proxy`) that takes `https://{ns}-{name}.hf.space` to the Space's app and
`https://huggingface.co` to localhub, for clients that hard-code those addresses (trackio's does),
with the run's certificate authority added to the ones the program trusts."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx

from localhub import names
from localhub.control import Control
from localhub.proxy import Authority, SpaceNotFound, SpaceProxy

# The variables clients read for a CA bundle: Python's ssl and httpx, requests, curl, Node.
CA_VARIABLES = ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "NODE_EXTRA_CA_CERTS")


@dataclass(frozen=True)
class RunFor:
    """Who the program runs as, against which localhub."""

    hub_url: str
    user: str
    role: str = "write"


def run(command: Sequence[str], target: RunFor) -> int:
    """Run `command` to its end; its exit code."""
    hub_url = target.hub_url.rstrip("/")
    token = Control(hub_url).user_token(target.user, role=target.role)
    with tempfile.TemporaryDirectory(prefix="localhub-run-") as scratch:
        authority = Authority(Path(scratch))
        proxy = SpaceProxy(
            hub_url=hub_url,
            authority=authority,
            space_address=lambda subdomain: space_address(hub_url, token, subdomain),
        )
        try:
            env = environment(
                os.environ, hub_url=hub_url, token=token, proxy=proxy, authority=authority
            )
            process = subprocess.Popen(list(command), env=env)
            try:
                return process.wait()
            except KeyboardInterrupt:
                process.send_signal(signal.SIGINT)
                return process.wait()
        finally:
            proxy.close()


def environment(
    base: os._Environ | dict[str, str],
    *,
    hub_url: str,
    token: str,
    proxy: SpaceProxy,
    authority: Authority,
) -> dict[str, str]:
    bundle = str(authority.bundle(base.get("SSL_CERT_FILE") or base.get("REQUESTS_CA_BUNDLE")))
    local = "127.0.0.1,localhost"
    return {
        **base,
        "HF_ENDPOINT": hub_url,
        "HF_TOKEN": token,
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HTTPS_PROXY": proxy.url,
        "https_proxy": proxy.url,
        "NO_PROXY": local,
        "no_proxy": local,
        **dict.fromkeys(CA_VARIABLES, bundle),
    }


def space_address(hub_url: str, token: str, subdomain: str) -> tuple[str, int]:
    """The host and port of the app of the Space at `https://{subdomain}.hf.space`."""
    headers = {"authorization": f"Bearer {token}"}
    with httpx.Client(base_url=hub_url, headers=headers, timeout=30) as hub:
        spaces = hub.get("/api/spaces").raise_for_status().json()
        for space in spaces:
            if names.subdomain(space["id"]) != subdomain:
                continue
            info = hub.get(f"/api/spaces/{space['id']}").raise_for_status().json()
            host = httpx.URL(info.get("host") or "")
            if host.scheme != "http" or host.path not in ("", "/") or host.port is None:
                raise SpaceNotFound(
                    f"The Space {space['id']} has no app to reach here (host {info.get('host')!r});"
                    " is localhub simulating Spaces?"
                )
            return host.host, host.port
    raise SpaceNotFound(f"No Space at {subdomain}.hf.space on localhub that you may see")

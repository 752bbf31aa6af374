"""`serve`: localhub in this process, until Ctrl-C or SIGTERM (`python -m localhub serve`)."""

from __future__ import annotations

import os
import signal
import socket
import sys
import tempfile
from pathlib import Path

import uvicorn

from localhub.backend import Backend
from localhub.deviations import Deviations
from localhub.routes import build_app, simulated
from localhub.runtime import IdleRunner, Runner, Runtime, SimulatedRunner
from localhub.seed import load_seed
from localhub.service import READY_LINE, Options
from localhub.simulation import SimulatedAnswers
from localhub.store import Store
from localhub.traffic import Traffic


def serve(options: Options) -> None:
    """Every Space process is stopped on the way out."""
    simulated_answers = SimulatedAnswers.load(options.simulated_space)
    with tempfile.TemporaryDirectory(prefix="localhub-") as scratch:
        data = options.data or Path(scratch)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((options.host, options.port))
        url = f"http://{options.host}:{sock.getsockname()[1]}"

        # localhub's own hf_xet client keeps its cache with the rest of localhub's state.
        os.environ["HF_XET_CACHE"] = str(data / "xet" / "client-cache")
        store = Store(data)
        store.apply_seed(load_seed(options.seed))
        deviations = Deviations()
        runtime = Runtime(
            store,
            _runner(options),
            endpoint=url,
            max_running=options.max_running,
            simulated_host=(lambda repo: f"{url}{simulated.PREFIX}/{repo.repo_id}")
            if options.spaces == "simulate"
            else None,
            deviations=deviations,
        )
        backend = Backend.build(
            store,
            runtime,
            endpoint=url,
            traffic=Traffic(latency_ms=options.latency_ms),
            simulated=simulated_answers,
            deviations=deviations,
        )

        class Server(uvicorn.Server):
            async def startup(self, sockets: list | None = None) -> None:
                await super().startup(sockets=sockets)
                runtime.resume_all()
                print(READY_LINE.format(url=url), flush=True)

        server = Server(
            uvicorn.Config(
                build_app(backend),
                log_level="warning",
                timeout_graceful_shutdown=2,
                lifespan="off",
                server_header=False,
                date_header=False,
            )
        )
        # uvicorn stops gracefully on SIGTERM, then raises it again: end as a clean exit instead.
        signal.signal(signal.SIGTERM, _exit_cleanly)
        try:
            server.run(sockets=[sock])
        finally:
            runtime.close()
            store.close()


def _exit_cleanly(*_: object) -> None:
    sys.exit(0)


def _runner(options: Options) -> Runner:
    if options.spaces == "simulate":
        return SimulatedRunner()
    if options.spaces == "off":
        return IdleRunner()
    from localhub.runner import ProcessRunner  # Linux only: real Spaces die with localhub

    return ProcessRunner(install_requirements=options.install_requirements)

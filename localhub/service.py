"""Starting and stopping localhub: the server in this process, or as a child process from Python."""

from __future__ import annotations

import functools
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from localhub.control import Control
from localhub.hub import Hub
from localhub.oauth import Provider
from localhub.runner import ProcessRunner, die_with_parent
from localhub.runtime import IdleRunner, Runner, Runtime, SimulatedRunner
from localhub.seed import load_seed
from localhub.server import SIMULATED_PREFIX, ControlState, build_app
from localhub.store import Store

READY_LINE = "localhub ready at {url}"
SPACE_MODES = ("run", "simulate", "off")


@dataclass(frozen=True)
class Options:
    host: str = "127.0.0.1"
    port: int = 0
    data: Path | None = None
    seed: Path | None = None
    spaces: str = "run"
    max_running: int = 8
    latency_ms: int = 0
    install_requirements: bool = False


def serve(options: Options) -> None:
    """Run localhub until Ctrl-C or SIGTERM; every Space process is stopped on the way out."""
    with tempfile.TemporaryDirectory(prefix="localhub-") as scratch:
        data = options.data or Path(scratch)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((options.host, options.port))
        url = f"http://{options.host}:{sock.getsockname()[1]}"

        store = Store(data)
        store.apply_seed(load_seed(options.seed))
        runtime = Runtime(
            store,
            _runner(options),
            endpoint=url,
            max_running=options.max_running,
            simulated_host=(lambda repo: f"{url}{SIMULATED_PREFIX}{repo.repo_id}")
            if options.spaces == "simulate"
            else None,
        )
        hub = Hub(store, runtime, endpoint=url)
        app = build_app(
            hub, Provider(store, endpoint=url), ControlState(latency_ms=options.latency_ms)
        )

        class Server(uvicorn.Server):
            async def startup(self, sockets: list | None = None) -> None:
                await super().startup(sockets=sockets)
                runtime.resume_all()
                print(READY_LINE.format(url=url), flush=True)

        server = Server(
            uvicorn.Config(
                app,
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
    return ProcessRunner(install_requirements=options.install_requirements)


class LocalHub:
    """localhub as a child process, for tests, benchmarks and the app's sandbox mode.

    Example:
        >>> with LocalHub(data=Path("hubdata")) as hub:
        ...     HfApi(endpoint=hub.url, token="hf_alice").whoami()["name"]
        'alice'
    """

    def __init__(
        self, *, log_path: Path | None = None, env: dict[str, str] | None = None, **options: Any
    ) -> None:
        self.options = Options(**options)
        self.log_path = log_path
        self.env = env
        self.url = ""
        self.control = Control("")  # its control API, once started
        self._process: subprocess.Popen | None = None
        self._log_dir: tempfile.TemporaryDirectory | None = None

    def start(self, *, timeout: float = 60) -> LocalHub:
        o = self.options
        command = [
            sys.executable,
            "-m",
            "localhub",
            "serve",
            "--host",
            o.host,
            "--port",
            str(o.port),
        ]
        command += [
            "--spaces",
            o.spaces,
            "--max-running",
            str(o.max_running),
            "--latency-ms",
            str(o.latency_ms),
        ]
        if o.data is not None:
            command += ["--data", str(o.data)]
        if o.seed is not None:
            command += ["--seed", str(o.seed)]
        if o.install_requirements:
            command.append("--install-requirements")
        if self.log_path is None:
            self._log_dir = tempfile.TemporaryDirectory(prefix="localhub-log-")
            self.log_path = Path(self._log_dir.name) / "localhub.log"
        root = Path(__file__).resolve().parent.parent
        env = {**os.environ, **(self.env or {}), "PYTHONPATH": str(root), "PYTHONUNBUFFERED": "1"}
        with self.log_path.open("wb") as log:
            # localhub dies with the thread that started it, so a killed test run or page leaves
            # neither localhub nor its Spaces behind.
            self._process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=root,
                preexec_fn=functools.partial(die_with_parent, os.getpid()),  # noqa: PLW1509 - no locks taken
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.log_path.read_text(errors="replace").splitlines():
                if line.startswith("localhub ready at "):
                    self.url = line.removeprefix("localhub ready at ").strip()
                    self.control = Control(self.url)
                    return self
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"localhub exited with {self._process.returncode}:\n{self.log_text()}"
                )
            time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"localhub did not start within {timeout} s:\n{self.log_text()}")

    def stop(self, *, timeout: float = 30) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def kill(self) -> None:
        """Stop it the hard way, as a crash would."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None

    def log_text(self) -> str:
        return (
            self.log_path.read_text(errors="replace")
            if self.log_path and self.log_path.exists()
            else ""
        )

    def __enter__(self) -> LocalHub:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
        if self._log_dir is not None:
            self._log_dir.cleanup()

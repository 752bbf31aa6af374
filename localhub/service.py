"""localhub as a child process, for tests, benchmarks and sandboxes: `LocalHub`, and `Options`,
which are the flags of `python -m localhub serve`. The client side: it imports neither the server
nor anything that needs Linux."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localhub.control import Control
from localhub.lifetime import dies_with_parent

READY_LINE = "localhub ready at {url}"
SPACE_MODES = ("run", "simulate", "off")


@dataclass(frozen=True)
class Options:
    host: str = "127.0.0.1"
    port: int = 0
    data: Path | None = None
    seed: Path | None = None
    spaces: str = "run"
    simulated_space: Path | None = None  # what simulated Spaces answer (`localhub.simulation`)
    max_running: int = 8
    latency_ms: int = 0
    install_requirements: bool = False


class LocalHub:
    """localhub as a child process (`python -m localhub serve`), stopped with it when used as a
    context manager.

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
        if o.simulated_space is not None:
            command += ["--simulated-space", str(o.simulated_space)]
        if o.install_requirements:
            command.append("--install-requirements")
        if self.log_path is None:
            self._log_dir = tempfile.TemporaryDirectory(prefix="localhub-log-")
            self.log_path = Path(self._log_dir.name) / "localhub.log"
        # The child imports this very copy of localhub, installed or not.
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, **(self.env or {}), "PYTHONUNBUFFERED": "1"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        with self.log_path.open("wb") as log:
            # localhub dies with the thread that started it, so a killed test run or page leaves
            # neither localhub nor its Spaces behind.
            self._process = subprocess.Popen(
                command,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                preexec_fn=dies_with_parent(),  # noqa: PLW1509 - no locks taken
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

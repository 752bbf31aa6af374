"""Spaces that really run: each build is a checkout, a requirements check (or install) and the app
file started as a child process with the environment a Space gets.

Every process starts in its own process group and dies with the thread that watches it (Linux
`PR_SET_PDEATHSIG`), so stopping localhub, even by a crash, leaves no Space behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from packaging.requirements import InvalidRequirement, Requirement

from localhub.lifetime import dies_with_parent
from localhub.runtime import Build, Stage

STOP_GRACE_SECONDS = 10.0
START_TIMEOUT_SECONDS = 300.0
RUN_LOG_TAIL = 20


class BuildFailed(Exception):
    """Why a build stopped; the message goes to the build log and the runtime's error."""


class Superseded(Exception):
    """A newer build of the Space, or a stop, took over: this build ends without a word."""


@dataclass
class _Handle:
    generation: int
    thread: threading.Thread | None = None
    process: subprocess.Popen | None = None  # what the build runs now: pip, then the app
    pump: threading.Thread | None = None
    stopping: bool = False
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=RUN_LOG_TAIL))


class ProcessRunner:
    def __init__(
        self, *, install_requirements: bool = False, start_timeout: float = START_TIMEOUT_SECONDS
    ) -> None:
        self.install_requirements = install_requirements
        self.start_timeout = start_timeout
        self._handles: dict[str, _Handle] = {}
        self._lock = threading.Lock()
        self._closed = False

    # -- the Runner protocol --------------------------------------------------------------------

    def start(self, build: Build) -> None:
        with self._lock:
            previous = self._handles.get(build.space_id)
            thread = threading.Thread(
                target=self._run,
                args=(build, previous),
                name=f"space {build.space_id}",
                daemon=True,
            )
            self._handles[build.space_id] = _Handle(build.generation, thread=thread)
        thread.start()

    def stop(self, space_id: str) -> None:
        with self._lock:
            handle = self._handles.get(space_id)
            if handle is not None:
                handle.stopping = True  # kept, so that the next build waits for this one's end
        if handle is not None:
            _terminate(handle, wait=False)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            handles, self._handles = list(self._handles.values()), {}
        for handle in handles:
            _terminate(handle, wait=True)

    # -- one build ------------------------------------------------------------------------------

    def _run(self, build: Build, previous: _Handle | None) -> None:
        log = build.build_log
        if previous is not None:
            _terminate(previous, wait=True)
            if previous.thread is not None:
                previous.thread.join()  # one build of a Space at a time: they share its folder
        try:
            log.write(f"===== Building {build.space_id} at {build.commit[:7]} =====")
            app_dir = build.home / "app"
            shutil.rmtree(app_dir, ignore_errors=True)
            build.checkout(app_dir)
            command = self._prepare(build, app_dir)
        except Superseded:
            return
        except BuildFailed as failure:
            log.write(f"ERROR: {failure}")
            build.report(Stage.BUILD_ERROR, str(failure))
            return
        except Exception as error:  # a broken checkout is a build error, not a crash of localhub
            log.write(f"ERROR: {type(error).__name__}: {error}")
            build.report(Stage.BUILD_ERROR, f"{type(error).__name__}: {error}")
            return
        log.write("===== Build finished; starting the app =====")
        build.report(Stage.APP_STARTING, None)
        handle = self._launch(build, command, app_dir)
        if handle is None:
            return
        self._watch(build, handle)

    def _prepare(self, build: Build, app_dir: Path) -> list[str]:
        config = build.config
        if config.sdk == "docker":
            raise BuildFailed(
                "localhub cannot build Docker Spaces: only gradio Spaces run here (static ones are"
                " served, not built)"
            )
        requirements = app_dir / "requirements.txt"
        lines = (
            requirements.read_text(errors="replace").splitlines() if requirements.exists() else []
        )
        if self.install_requirements:
            python = self._install(build, lines)
        else:
            python = sys.executable
            check_requirements(lines, build.build_log.write)
        return [python, "-u", config.app_file]

    def _install(self, build: Build, lines: list[str]) -> str:
        """A virtual environment of the Space's own, rebuilt only when its requirements change."""
        venv = build.home / "venv"
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
        marker = venv / "requirements.sha256"
        python = str(venv / "bin" / "python")
        if marker.exists() and marker.read_text() == digest:
            build.build_log.write("Requirements unchanged: reusing the virtual environment")
            return python
        shutil.rmtree(venv, ignore_errors=True)
        gradio = f"gradio[oauth]=={importlib.metadata.version('gradio')}"
        steps = [
            [sys.executable, "-m", "venv", str(venv)],
            [
                python,
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                gradio,
                "-r",
                str(build.home / "app" / "requirements.txt"),
            ]
            if lines
            else [python, "-m", "pip", "install", "--disable-pip-version-check", gradio],
        ]
        for step in steps:
            build.build_log.write("$ " + " ".join(step[2:] if step[0] == python else step))
            handle = self._spawn(
                build,
                step,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            process = handle.process
            assert process is not None
            assert process.stdout is not None
            for line in iter(process.stdout.readline, b""):
                build.build_log.write(line.decode("utf-8", "replace").rstrip())
            if process.wait() != 0:
                if handle.stopping:
                    raise Superseded
                raise BuildFailed(
                    f"Installing the requirements failed (pip exited with {process.returncode})"
                )
        marker.write_text(digest)
        return python

    def _launch(self, build: Build, command: list[str], app_dir: Path) -> _Handle | None:
        home = build.home / "home"
        home.mkdir(parents=True, exist_ok=True)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "HOME": str(home),
            "HF_HOME": str(home / ".cache" / "huggingface"),
            "TMPDIR": str(home),
            **build.env,
        }
        try:
            handle = self._spawn(
                build,
                command,
                cwd=app_dir,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
        except Superseded:
            return None
        handle.pump = threading.Thread(target=_pump, args=(handle, build), daemon=True)
        handle.pump.start()
        return handle

    def _spawn(self, build: Build, command: list[str], **options: Any) -> _Handle:
        """Start a child process of this build in a process group of its own, or raise
        `Superseded` if a newer build or a stop took over while this one was getting there."""
        with self._lock:
            handle = self._handles.get(build.space_id)
            if (
                self._closed
                or handle is None
                or handle.generation != build.generation
                or handle.stopping
            ):
                raise Superseded
            handle.process = subprocess.Popen(
                command,
                start_new_session=True,
                preexec_fn=dies_with_parent(),  # noqa: PLW1509 - no locks taken
                **options,
            )
            return handle

    def _watch(self, build: Build, handle: _Handle) -> None:
        process = handle.process
        assert process is not None
        deadline = time.monotonic() + self.start_timeout
        url = f"http://127.0.0.1:{build.port}/"
        while process.poll() is None:
            try:
                httpx.get(url, timeout=2)
                build.report(Stage.RUNNING, None)
                break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                _terminate(handle, wait=True)
                build.run_log.write(
                    f"The app did not answer on port {build.port} within {self.start_timeout:.0f} s"
                )
                build.report(Stage.RUNTIME_ERROR, "The app did not answer in time")
                return
            time.sleep(0.2)
        code = process.wait()
        if handle.stopping:
            return
        if handle.pump is not None:
            handle.pump.join(timeout=5)  # the app's last lines come before its exit in the log
        build.run_log.write(f"===== Application exited with code {code} =====")
        last = " | ".join(line for line in handle.tail if line.strip())[-500:]
        build.report(Stage.RUNTIME_ERROR, f"Exit code: {code}. Reason: {last}")


def check_requirements(lines: list[str], log: callable) -> None:
    """Each requirement must be satisfied by the interpreter that runs localhub."""
    for raw in lines:
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-"):
            log(
                f"Skipping pip option {line!r} (localhub checks requirements, it does not install them)"
            )
            continue
        try:
            requirement = Requirement(line)
        except InvalidRequirement as error:
            raise BuildFailed(
                f"Invalid requirement {line!r} in requirements.txt: {error}"
            ) from None
        if requirement.url:
            raise BuildFailed(
                f"Cannot check {line!r} without installing it: run localhub with --install-requirements"
            )
        _check(requirement, seen=set())
        log(f"Requirement satisfied: {line}")


def _check(requirement: Requirement, *, seen: set[str], extra: str | None = None) -> None:
    if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra or ""}):
        return
    key = f"{requirement.name.lower()}[{','.join(sorted(requirement.extras))}]"
    if key in seen:
        return
    seen.add(key)
    try:
        installed = importlib.metadata.version(requirement.name)
    except importlib.metadata.PackageNotFoundError:
        raise BuildFailed(
            f"Requirement {requirement} is not installed (missing: {requirement.name})"
        ) from None
    if requirement.specifier and not requirement.specifier.contains(installed, prereleases=True):
        raise BuildFailed(
            f"Requirement {requirement} is not satisfied: {requirement.name} {installed} is installed"
        )
    for extra_name in requirement.extras:
        for dependency in importlib.metadata.requires(requirement.name) or []:
            dep = Requirement(dependency)
            if dep.marker is not None and dep.marker.evaluate({"extra": extra_name}):
                dep.marker = None
                _check(dep, seen=seen)


def _pump(handle: _Handle, build: Build) -> None:
    process = handle.process
    assert process is not None
    assert process.stdout is not None
    for raw in iter(process.stdout.readline, b""):
        line = raw.decode("utf-8", "replace").rstrip("\n")
        handle.tail.append(line)
        build.run_log.write(line)


def _terminate(handle: _Handle, *, wait: bool) -> None:
    handle.stopping = True
    process = handle.process
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)

    def reap() -> None:
        try:
            process.wait(timeout=STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    if wait:
        reap()
    else:
        threading.Thread(target=reap, daemon=True).start()

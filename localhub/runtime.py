"""The life of each Space: its stage, its build and run logs, and when it (re)builds.

The Hub restarts a Space on every commit and every change of secrets, variables, hardware, sleep time
or volumes; `Runtime.rebuild` is that one place. It decides the stage from the Space's card, counts
the build and hands a `Build` to a `Runner`, which really runs it (`localhub.runner`), pretends to
(`SimulatedRunner`) or leaves it `BUILDING` (`IdleRunner`). A static Space is not built: it is
served from its files (`localhub.static_sites`) in every mode, and costs no build, as on the Hub.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from localhub.card import CardError, SpaceConfig, repo_card, space_config
from localhub.control import Deviation
from localhub.deviations import Deviations
from localhub.static_sites import StaticSites
from localhub.store import OAuthAppRecord, Repo, Store, now_iso


class Stage(StrEnum):
    NO_APP_FILE = "NO_APP_FILE"
    CONFIG_ERROR = "CONFIG_ERROR"
    BUILDING = "BUILDING"
    BUILD_ERROR = "BUILD_ERROR"
    APP_STARTING = "APP_STARTING"
    RUNNING = "RUNNING"
    RUNTIME_ERROR = "RUNTIME_ERROR"
    PAUSED = "PAUSED"
    STOPPED = "STOPPED"


ACTIVE_STAGES = (Stage.BUILDING, Stage.APP_STARTING, Stage.RUNNING)
DEFAULT_SLEEP_TIME = 172_800  # cpu-basic sleeps after 48 h, and that cannot be changed


class LogBuffer:
    """Log lines with timestamps; readers can follow it until it is closed. A log replaced by the
    next build's (`hand_over`) is closed too, and its followers go on with the new one."""

    def __init__(self) -> None:
        self._lines: list[dict[str, str]] = []
        self._closed = False
        self._successor: LogBuffer | None = None
        self._lock = threading.Lock()

    def write(self, text: str) -> None:
        stamp = now_iso()
        with self._lock:
            for line in text.splitlines():
                self._lines.append({"data": line + "\n", "timestamp": stamp})

    def close(self) -> None:
        with self._lock:
            self._closed = True

    def hand_over(self, successor: LogBuffer) -> None:
        with self._lock:
            self._successor = successor
            self._closed = True

    @property
    def closed(self) -> bool:
        return self._closed

    def lines(self, start: int = 0) -> list[dict[str, str]]:
        with self._lock:
            return self._lines[start:]

    def text(self) -> str:
        return "".join(line["data"] for line in self.lines())

    async def follow(
        self, *, poll: float = 0.1, keepalive: float = 15.0
    ) -> AsyncIterator[dict[str, str] | None]:
        """Every line, then new ones as they come, until closed; `None` marks a keep-alive."""
        buffer, sent, idle = self, 0, 0.0
        while True:
            lines = buffer.lines(sent)
            for line in lines:
                yield line
            sent += len(lines)
            if buffer.closed and not buffer.lines(sent):
                if buffer._successor is None:
                    return
                buffer, sent = buffer._successor, 0
                continue
            if lines:
                idle = 0.0
            elif idle >= keepalive:
                idle = 0.0
                yield None
            await asyncio.sleep(poll)
            idle += poll


@dataclass
class SpaceState:
    stage: Stage
    error: str | None = None
    generation: int = 0
    build_log: LogBuffer = field(default_factory=LogBuffer)
    run_log: LogBuffer = field(default_factory=LogBuffer)
    last_active: float = field(default_factory=time.monotonic)
    commit: str | None = None
    static: bool = False  # served from its files: never built, never paused to make room


@dataclass(frozen=True)
class Build:
    """One build-and-run of a Space at one commit: everything a runner needs, nothing more."""

    space_id: str
    generation: int
    commit: str
    config: SpaceConfig
    files: dict[str, str]  # path -> blob id
    env: dict[str, str]
    volumes: dict[str, Path]  # mount path -> folder on this machine
    port: int
    home: Path  # the Space's own folder for its checkout, virtualenv and HOME
    read_blob: Callable[[str], bytes]
    build_log: LogBuffer
    run_log: LogBuffer
    report: Callable[[Stage, str | None], None]

    def checkout(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for path, oid in self.files.items():
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.read_blob(oid))


class Runner(Protocol):
    def start(self, build: Build) -> None:
        """Build and run in the background, calling `build.report` on each change of stage."""

    def stop(self, space_id: str) -> None:
        """Stop the Space's process, if any, and wait until it is gone."""

    def close(self) -> None:
        """Stop everything; nothing may be left running afterwards."""


class IdleRunner:
    """Builds nothing: a Space that would build stays `BUILDING` (the Hub with its builders down)."""

    def start(self, build: Build) -> None:
        build.build_log.write("localhub runs no Spaces in this mode (--spaces off)")

    def stop(self, space_id: str) -> None:
        pass

    def close(self) -> None:
        pass


class SimulatedRunner:
    """Reaches `RUNNING` after short pauses without starting the app; the host is a stand-in
    served by localhub with the answers it was given (`localhub.simulation`). For measuring
    callers of the Hub, not Spaces."""

    def __init__(self, *, build_seconds: float = 0.3, start_seconds: float = 0.2) -> None:
        self.build_seconds = build_seconds
        self.start_seconds = start_seconds
        self._timers: dict[str, threading.Timer] = {}
        self._lock = threading.Lock()

    def start(self, build: Build) -> None:
        self.stop(build.space_id)

        def starting() -> None:
            build.build_log.write("Simulated build finished")
            build.build_log.close()
            build.report(Stage.APP_STARTING, None)
            self._schedule(build.space_id, self.start_seconds, running)

        def running() -> None:
            build.run_log.write("Simulated app running")
            build.report(Stage.RUNNING, None)

        build.build_log.write(f"Simulated build of {build.space_id} at {build.commit[:7]}")
        self._schedule(build.space_id, self.build_seconds, starting)

    def _schedule(self, space_id: str, delay: float, action: Callable[[], None]) -> None:
        timer = threading.Timer(delay, action)
        timer.daemon = True
        with self._lock:
            self._timers[space_id] = timer
        timer.start()

    def stop(self, space_id: str) -> None:
        with self._lock:
            timer = self._timers.pop(space_id, None)
        if timer:
            timer.cancel()

    def close(self) -> None:
        for space_id in list(self._timers):
            self.stop(space_id)


class Runtime:
    """Stages of every Space, and the single place where builds are decided and counted."""

    def __init__(
        self,
        store: Store,
        runner: Runner,
        *,
        endpoint: str,
        max_running: int = 8,
        simulated_host: Callable[[Repo], str] | None = None,
        deviations: Deviations | None = None,
    ) -> None:
        self.store = store
        self.runner = runner
        self.endpoint = endpoint
        self.max_running = max_running
        self.simulated_host = simulated_host
        self.deviations = deviations or Deviations()
        self._states: dict[str, SpaceState] = {}
        self._lock = threading.RLock()
        self.sites = StaticSites(
            store, serving=lambda repo: self.state(repo).stage is Stage.RUNNING
        )

    # -- reading --------------------------------------------------------------------------------

    def state(self, repo: Repo) -> SpaceState:
        with self._lock:
            state = self._states.get(repo.repo_id.lower())
            if state is None:
                stage, error = self._configured_stage(repo)
                saved = repo.settings.get("stage")
                if stage is Stage.BUILDING and saved in (Stage.PAUSED, Stage.STOPPED):
                    stage = Stage(saved)
                state = SpaceState(
                    stage=stage, error=error, commit=repo.head, static=self._is_static(repo)
                )
                self._states[repo.repo_id.lower()] = state
            return state

    def touch(self, repo: Repo) -> None:
        self.state(repo).last_active = time.monotonic()

    def host(self, repo: Repo) -> str:
        if self.simulated_host is not None and not self.state(repo).static:
            return self.simulated_host(repo)
        return f"http://127.0.0.1:{repo.settings['port']}"

    def runtime_json(self, repo: Repo) -> dict:
        state = self.state(repo)
        settings = repo.settings
        requested = settings.get("hardware", "cpu-basic")
        running = state.stage in (Stage.RUNNING, Stage.APP_STARTING)
        body = {
            "stage": state.stage.value,
            "hardware": {"current": requested if running else None, "requested": requested},
            "gcTimeout": settings.get("sleep_time", DEFAULT_SLEEP_TIME),
            "storage": None,
            "devMode": False,
            "replicas": {"current": 1 if running else 0, "requested": 1},
            "volumes": settings.get("volumes", []),
            "sha": state.commit,
            "domains": [{"domain": self.host(repo).split("://", 1)[1], "stage": "READY"}],
        }
        if state.error:
            body["errorMessage"] = state.error
        if Deviation.RUNTIME_WITHOUT_SHA in self.deviations:
            del body["sha"]
        return body

    # -- changing -------------------------------------------------------------------------------

    def rebuild(self, repo: Repo, *, reason: str, wake: bool = False, counted: bool = True) -> None:
        """Called for every event that restarts a Space on the Hub; `wake` also starts a paused one.

        `counted=False` is for localhub's own restarts, which a user of the Hub never causes."""
        with self._lock:
            state = self.state(repo)
            if state.stage in (Stage.PAUSED, Stage.STOPPED) and not wake:
                return
            stage, error = self._configured_stage(repo)
            state.static = self._is_static(repo)
            if state.static and stage is Stage.BUILDING:
                stage = Stage.RUNNING  # served from its files the moment they land
            state.generation += 1
            state.commit = repo.head
            state.error = error
            state.stage = stage
            build_log, run_log = LogBuffer(), LogBuffer()
            state.build_log.hand_over(build_log)  # whoever follows a log goes on with the new one
            state.run_log.hand_over(run_log)
            state.build_log, state.run_log = build_log, run_log
            state.last_active = time.monotonic()
            self._save_stage(repo, stage)
            build = None
            if stage is Stage.BUILDING:
                if counted:
                    self.store.count(repo.key, builds=1)
                state.build_log.write(f"===== Build queued ({reason}) at {now_iso()} =====")
                self._make_room(repo)
                build = self._build(repo, state)
            elif state.static and stage is Stage.RUNNING:
                state.build_log.write("A static Space: its files are served, nothing is built")
                state.build_log.close()
                state.run_log.close()
            else:  # nothing to build: the card is invalid or the app file is missing
                state.build_log.write(error or stage.value)
                state.build_log.close()
                state.run_log.close()
        if build is None:
            self.runner.stop(repo.repo_id)
        else:
            self.runner.start(build)
        if state.static:
            self.sites.serve(repo)
        else:  # a Space whose card changed from static
            self.sites.stop(repo.repo_id)

    def pause(self, repo: Repo, stage: Stage = Stage.PAUSED, *, note: str | None = None) -> None:
        with self._lock:
            state = self.state(repo)
            state.generation += 1
            state.stage = stage
            state.error = None
            self._save_stage(repo, stage)
        self.runner.stop(repo.repo_id)
        if note:
            state.run_log.write(note)
        state.build_log.close()
        state.run_log.close()

    def forget(self, repo: Repo) -> None:
        self.runner.stop(repo.repo_id)
        self.sites.stop(repo.repo_id)
        with self._lock:
            state = self._states.pop(repo.repo_id.lower(), None)
        if state is not None:
            state.build_log.close()
            state.run_log.close()

    def resume_all(self) -> None:
        """After a restart of localhub, start again the Spaces that were running or on their way."""
        for repo in self.store.repos("space"):
            if repo.settings.get("stage") in (Stage.BUILDING, Stage.APP_STARTING, Stage.RUNNING):
                self.rebuild(repo, reason="localhub restarted", counted=False)

    def close(self) -> None:
        self.runner.close()
        self.sites.close()

    # -- internals ------------------------------------------------------------------------------

    def _configured_stage(self, repo: Repo) -> tuple[Stage, str | None]:
        try:
            config = self._config(repo)
        except CardError as error:
            return Stage.CONFIG_ERROR, str(error)
        if config.app_file not in self.store.tree(repo.id, repo.head):
            return Stage.NO_APP_FILE, None
        return Stage.BUILDING, None

    def _config(self, repo: Repo) -> SpaceConfig:
        return space_config(repo_card(self.store, repo, repo.head))

    def _is_static(self, repo: Repo) -> bool:
        try:
            return self._config(repo).sdk == "static"
        except CardError:
            return False

    def _save_stage(self, repo: Repo, stage: Stage) -> None:
        fresh = self.store.repo("space", repo.namespace, repo.name)
        if fresh is not None:
            self.store.update_repo(fresh, settings={**fresh.settings, "stage": stage.value})

    def _make_room(self, repo: Repo) -> None:
        active = [
            (state.last_active, key)
            for key, state in self._states.items()
            if state.stage in ACTIVE_STAGES and not state.static and key != repo.repo_id.lower()
        ]
        active.sort()
        while len(active) >= self.max_running:
            _, key = active.pop(0)
            namespace, name = key.split("/", 1)
            idle = self.store.repo("space", namespace, name)
            if idle is not None:
                self.pause(
                    idle, note=f"Paused by localhub: at most {self.max_running} Spaces run at once"
                )

    def _build(self, repo: Repo, state: SpaceState) -> Build:
        assert repo.head is not None
        config = self._config(repo)
        generation = state.generation
        home = self.store.data_dir / "spaces" / repo.namespace / repo.name
        volumes = {
            volume["mountPath"]: self.store.bucket_dir(*volume["source"].split("/", 1))
            for volume in repo.settings.get("volumes", [])
            if volume.get("type") == "bucket"
        }

        def report(stage: Stage, error: str | None) -> None:
            with self._lock:
                if state.generation != generation:
                    return  # a newer build took over
                state.stage = stage
                state.error = error
                if stage is not Stage.BUILDING and stage is not Stage.APP_STARTING:
                    state.build_log.close()
                if stage in (Stage.BUILD_ERROR, Stage.RUNTIME_ERROR):
                    state.run_log.close()
                self._save_stage(repo, stage)

        return Build(
            space_id=repo.repo_id,
            generation=generation,
            commit=repo.head,
            config=config,
            files={path: entry.oid for path, entry in self.store.tree(repo.id, repo.head).items()},
            env=_mounted(self._space_env(repo, config), volumes),
            volumes=volumes,
            port=repo.settings["port"],
            home=home,
            read_blob=lambda oid: self.store.blob(oid) or b"",
            build_log=state.build_log,
            run_log=state.run_log,
            report=report,
        )

    def _space_env(self, repo: Repo, config: SpaceConfig) -> dict[str, str]:
        """The environment a Space gets: its identity, the Hub, its variables and secrets, OAuth."""
        port = repo.settings["port"]
        env = {
            "SYSTEM": "spaces",
            "SPACE_ID": repo.repo_id,
            "SPACE_AUTHOR_NAME": repo.namespace,
            "SPACE_REPO_NAME": repo.name,
            "SPACE_TITLE": str(
                (repo_card(self.store, repo, repo.head) or {}).get("title", repo.name)
            ),
            "SPACE_HOST": f"127.0.0.1:{port}",
            "HF_ENDPOINT": self.endpoint,
            "GRADIO_SERVER_NAME": "127.0.0.1",
            "GRADIO_SERVER_PORT": str(port),
            "GRADIO_ANALYTICS_ENABLED": "False",
            "HF_HUB_DISABLE_TELEMETRY": "1",
            "NO_PROXY": "127.0.0.1,localhost",
            "PYTHONUNBUFFERED": "1",
        }
        for kind in ("variable", "secret"):
            env.update(
                {key: item["value"] for key, item in self.store.space_values(repo, kind).items()}
            )
        if config.hf_oauth:
            app = self._oauth_app(repo, config)
            env.update(
                OAUTH_CLIENT_ID=app.client_id,
                OAUTH_CLIENT_SECRET=app.client_secret,
                OAUTH_SCOPES=" ".join(app.scopes),
                OPENID_PROVIDER_URL=self.endpoint,
            )
        return env

    def _oauth_app(self, repo: Repo, config: SpaceConfig) -> OAuthAppRecord:
        """Every Space whose card says `hf_oauth: true` gets an OAuth app of its own."""
        app = self.store.space_oauth_app(repo.repo_id)
        port = repo.settings["port"]
        uris = (
            f"https://127.0.0.1:{port}/login/callback",
            f"http://127.0.0.1:{port}/login/callback",
        )
        if (
            app is not None
            and app.scopes == config.oauth_scopes
            and app.redirect_uris == uris
            and app.token_minutes == config.oauth_minutes
        ):
            return app
        return self.store.put_oauth_app(
            client_id=app.client_id if app else secrets.token_hex(16),
            client_secret=app.client_secret if app else secrets.token_urlsafe(24),
            name=repo.repo_id,
            redirect_uris=uris,
            scopes=config.oauth_scopes,
            space=repo.repo_id,
            token_minutes=config.oauth_minutes,
        )


def _mounted(env: dict[str, str], volumes: dict[str, Path]) -> dict[str, str]:
    """Volumes are mounted by rewriting paths: a value under a mount path points into its folder."""
    return {key: _mount_path(value, volumes) for key, value in env.items()}


def _mount_path(value: str, volumes: dict[str, Path]) -> str:
    for mount_path, folder in volumes.items():
        mount = mount_path.rstrip("/")
        if value == mount or value.startswith(mount + "/"):
            return str(folder) + value[len(mount) :]
    return value

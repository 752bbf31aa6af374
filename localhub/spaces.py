"""A Space's own settings and life through the Hub API: variables and secrets, hardware, sleep time,
volumes, restart, pause, runtime and logs. Every change restarts the Space, as on the Hub."""

from __future__ import annotations

from typing import Any

from localhub import names
from localhub.auth import Principal
from localhub.repos import RepoRef, Repos
from localhub.runtime import LogBuffer, Runtime
from localhub.space_settings import SpaceSettings, check_value
from localhub.store import Store

VALUE_KINDS = ("secret", "variable")


class Spaces:
    def __init__(
        self, store: Store, repos: Repos, runtime: Runtime, settings: SpaceSettings
    ) -> None:
        self.store = store
        self.repos = repos
        self.runtime = runtime
        self.settings = settings

    def values(self, principal: Principal | None, ref: RepoRef, kind: str) -> dict[str, Any]:
        """Variables with their values, or secrets without theirs."""
        repo = self.repos.find_writable(principal, ref)
        values = self.store.space_values(repo, kind)
        if kind == "secret":
            return {
                key: {"description": v["description"], "updatedAt": v["updatedAt"]}
                for key, v in values.items()
            }
        return values

    def set_value(
        self, principal: Principal | None, ref: RepoRef, kind: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        repo = self.repos.find_writable(principal, ref)
        key, value = names.text(body, "key"), body.get("value", "")
        check_value(kind, key, value)
        self.store.set_space_value(repo, kind, key, value, body.get("description"))
        self.runtime.rebuild(repo, reason=f"{kind} {key} changed")
        return self.values(principal, ref, kind)

    def delete_value(
        self, principal: Principal | None, ref: RepoRef, kind: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        repo = self.repos.find_writable(principal, ref)
        key = names.text(body, "key")
        if self.store.delete_space_value(repo, kind, key):
            self.runtime.rebuild(repo, reason=f"{kind} {key} deleted")
        return self.values(principal, ref, kind)

    def runtime_of(self, principal: Principal | None, ref: RepoRef) -> dict[str, Any]:
        return self.runtime.runtime_json(self.repos.find(principal, ref))

    def change(
        self, principal: Principal | None, ref: RepoRef, changes: dict[str, Any]
    ) -> dict[str, Any]:
        """Hardware, sleep time or volumes: each change restarts the Space."""
        repo = self.repos.find_writable(principal, ref)
        assert principal is not None
        settings = {
            **repo.settings,
            **self.settings.parse(principal, changes, base=repo.settings),
        }
        if "volumes" in changes and changes["volumes"] is None:
            settings.pop("volumes", None)
        repo = self.store.update_repo(repo, settings=settings)
        self.runtime.rebuild(repo, reason="settings changed")
        return self.runtime.runtime_json(repo)

    def restart(self, principal: Principal | None, ref: RepoRef) -> dict[str, Any]:
        repo = self.repos.find_writable(principal, ref)
        self.runtime.rebuild(repo, reason="restarted", wake=True)
        return self.runtime.runtime_json(repo)

    def pause(self, principal: Principal | None, ref: RepoRef) -> dict[str, Any]:
        repo = self.repos.find_writable(principal, ref)
        self.runtime.pause(repo)
        return self.runtime.runtime_json(repo)

    def log(self, principal: Principal | None, ref: RepoRef, *, build: bool) -> LogBuffer:
        """The current build or run log, for its owner to read or follow."""
        state = self.runtime.state(self.repos.find_writable(principal, ref))
        return state.build_log if build else state.run_log

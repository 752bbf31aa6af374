"""What the reliability, bad-input and credential tests check after every deploy: the user's other
repos are untouched, no second Space appeared, nothing was written when nothing should have been,
and no token shows up where it should not."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from huggingface_hub import CommitOperationAdd, HfApi

from localhub.control import LoggedRequest, RepoStats
from localhub.service import LocalHub

# Anything shaped like a Hugging Face token, whoever it belongs to (long enough not to match
# names such as `hf_oauth_expiration_minutes`).
TOKEN_SHAPE = re.compile(r"hf_oauth_[A-Za-z0-9_-]{30,}|hf_[A-Za-z0-9]{30,}")


def writes(requests: list[LoggedRequest], user: str | None = None) -> list[tuple[str, str]]:
    """The requests (by `user`, or anyone) that may change state on the Hub."""
    return [(r.method, r.path) for r in requests if r.write and (user is None or r.user == user)]


def calls_by_people(requests: list[LoggedRequest]) -> list[LoggedRequest]:
    """The requests, less what earlier tests left going on a shared localhub: running dashboards
    reading their buckets, and log streams of earlier deploys (logged when they end)."""
    return [
        r
        for r in requests
        if not (r.user is None and r.path.startswith("/api/buckets/")) and "/logs/" not in r.path
    ]


def leaks(text: str, secrets: tuple[str, ...]) -> list[str]:
    """The secrets found in `text`, and anything else in it shaped like a token."""
    found = [s for s in secrets if s and s in text]
    found += [m for m in TOKEN_SHAPE.findall(text) if m not in found]
    return found


def spaces_of(localhub: LocalHub, owner: str, token: str) -> set[str]:
    return {s.id for s in HfApi(endpoint=localhub.url, token=token).list_spaces(author=owner)}


@dataclass(frozen=True)
class RepoState:
    sha: str | None
    files: tuple[tuple[str, str | None], ...]
    variables: tuple[tuple[str, str], ...]
    secrets: tuple[str, ...]
    stats: RepoStats


class Precious:
    """A user's repos made before any deploy: a Space that is not Trackio (a file, a variable and a
    secret), a Trackio dashboard under another name, and a model. `state()` is compared byte for
    byte (commit, file blobs, variables, secret names, commit and build counters) after each run."""

    def __init__(
        self, localhub: LocalHub, owner: str, token: str, *, prefix: str = "precious"
    ) -> None:
        self.localhub = localhub
        self.api = HfApi(endpoint=localhub.url, token=token)
        self.space = f"{owner}/{prefix}-space"
        self.model = f"{owner}/{prefix}-model"
        self.repos: list[tuple[str, str]] = [(self.space, "space"), (self.model, "model")]

    def create(self) -> Precious:
        self.api.create_repo(self.space, repo_type="space", space_sdk="gradio")
        self.api.create_commit(
            self.space,
            [
                CommitOperationAdd(
                    "app.py", b"import gradio as gr\n\ngr.Markdown('mine').launch()\n"
                ),
                CommitOperationAdd("notes.md", b"my own notes\n"),
            ],
            commit_message="my own Space",
            repo_type="space",
        )
        self.api.add_space_variable(self.space, "KEEP", "my value")
        self.api.add_space_secret(self.space, "MY_SECRET", "my secret value")
        self.api.create_repo(self.model, repo_type="model")
        self.api.create_commit(
            self.model,
            [CommitOperationAdd("weights.txt", b"0.1 0.2 0.3\n")],
            commit_message="my model",
        )
        return self

    def add(self, repo_id: str, repo_type: str = "space") -> None:
        """Guard one more repo, e.g. a dashboard the user deployed earlier."""
        self.repos.append((repo_id, repo_type))

    def state(self) -> dict[str, RepoState]:
        states = {}
        for repo_id, repo_type in self.repos:
            info = self.api.repo_info(repo_id, repo_type=repo_type, files_metadata=True)
            files = tuple(sorted((s.rfilename, s.blob_id) for s in info.siblings or []))
            variables: tuple[tuple[str, str], ...] = ()
            secrets: tuple[str, ...] = ()
            if repo_type == "space":
                variables = tuple(
                    sorted((k, v.value) for k, v in self.api.get_space_variables(repo_id).items())
                )
                secrets = tuple(sorted(self.api.get_space_secrets(repo_id)))
            stats = self.localhub.control.stats(repo_id, repo_type=repo_type)
            states[repo_id] = RepoState(info.sha, files, variables, secrets, stats)
        return states


def dump(value: Any) -> str:
    """Everything in `value` as one string to search (dataclasses through their repr)."""
    return json.dumps(value, default=repr)

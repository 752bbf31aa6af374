"""Your dashboards: every Trackio Space (live and static) of a person and of the organizations they
granted, with its stage, hardware, visibility, trackio version, bucket and last change, and whether
it is behind this app's template.

A listing of N dashboards across O owners asks the Hub at most `1 + O + N` times: one `whoami`
(none when the caller knows who is signed in), one `list_spaces` per owner (per page of results)
with `expand=` for exactly the fields shown, and one small file for each dashboard that cannot tell
its version itself: its pinned `requirements.txt` when it is private or not running, its
`config.json` when it is static. A running public dashboard answers its own `/version` (a request
to the Space, not the Hub; never with the person's token, and never to a private Space, whose code
could keep it). Nothing else is read: no Space is woken, no log opened.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlparse

from huggingface_hub import SpaceInfo, Volume, hf_hub_url
from huggingface_hub.errors import RepositoryNotFoundError
from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status

from deployer.account import Me, SignIn, whoami
from deployer.client import HubClient
from deployer.errors import DeployError, Problem
from deployer.events import STEP_TITLES, Event, Failed, Step, StepFinished, StepStarted
from deployer.request import MOUNT_PATH, NAME_RULE, Kind
from deployer.space_api import SpaceApi
from deployer.template import pinned_trackio_version
from deployer.versions import MIN_UPGRADABLE, is_older, trackio_pin

TRACKIO_TAG = "trackio"
LISTED_FIELDS = ["author", "sdk", "private", "runtime", "lastModified", "tags", "sha", "subdomain"]
WAKEABLE_STAGES = frozenset({"PAUSED", "SLEEPING", "STOPPED"})
FAILED_STAGES = frozenset({"BUILD_ERROR", "RUNTIME_ERROR", "CONFIG_ERROR", "NO_APP_FILE"})
VERSION_TIMEOUT = 5.0  # a dashboard that is slow to say its version is read from its files instead
WORKERS = 8
# What a dashboard says of itself is shown only if it looks like what it claims to be.
VERSION_SHAPE = re.compile(r"[0-9A-Za-z.+-]{1,64}")


class VersionSource(StrEnum):
    DASHBOARD = "dashboard"  # the running dashboard's /version
    REQUIREMENTS = "requirements"  # the pin in its requirements.txt (private or not running)
    CONFIG = "config"  # a static dashboard's config.json
    UNKNOWN = "unknown"


class Action(StrEnum):
    OPEN = "open"
    WAKE = "wake"  # restart a paused or sleeping dashboard
    UPGRADE = "upgrade"  # bring it to this app's template (see deployer.upgrade)


@dataclass(frozen=True)
class Dashboard:
    space_id: str
    kind: Kind
    stage: str
    hardware: str | None
    private: bool
    trackio_version: str | None
    version_source: VersionSource
    bucket_id: str | None
    last_modified: str | None  # ISO 8601
    space_url: str  # the Space's page on the Hub
    app_url: str  # the dashboard itself
    may_change: bool  # the person's role in the owner lets them change it
    behind: bool  # runs an older trackio than this app's template pins

    @property
    def actions(self) -> tuple[Action, ...]:
        actions = [Action.OPEN]
        if self.may_change and self.stage in WAKEABLE_STAGES:
            actions.append(Action.WAKE)
        if self.may_change and self.behind and not self.too_old:
            actions.append(Action.UPGRADE)
        return tuple(actions)

    @property
    def too_old(self) -> bool:
        """A live dashboard older than any upgrade in place carries over (`deployer.upgrade`); a
        static one takes any frontend."""
        return self.kind is Kind.LIVE and is_older(self.trackio_version, MIN_UPGRADABLE)

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "too_old": self.too_old,
            "actions": [a.value for a in self.actions],
        }


@dataclass(frozen=True)
class Progress:
    """How far a listing got: `done` of `total` things to read (owners, then dashboards)."""

    done: int
    total: int
    message: str
    kind: str = field(default="progress", init=False)


@dataclass(frozen=True)
class Listed:
    dashboards: tuple[Dashboard, ...]
    owners: tuple[str, ...]
    template_version: str  # what "behind" compares with
    notes: tuple[str, ...] = ()  # owners that could not be listed, and why
    kind: str = field(default="listed", init=False)

    @property
    def behind(self) -> tuple[Dashboard, ...]:
        return tuple(d for d in self.dashboards if Action.UPGRADE in d.actions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "owners": list(self.owners),
            "template_version": self.template_version,
            "notes": list(self.notes),
            "dashboards": [d.to_dict() for d in self.dashboards],
        }


ListEvent = Progress | Listed


@dataclass(frozen=True)
class Owner:
    name: str
    may_change: bool


def listed_owners(me: Me, sign_in: SignIn) -> list[Owner]:
    """The person, then every organization they belong to and granted (all of them for a token
    that names no grant); a read role lists the dashboards but changes none."""
    granted = None if sign_in.granted_orgs is None else {g.lower() for g in sign_in.granted_orgs}
    return [Owner(me.name, may_change=True)] + [
        Owner(org.name, may_change=org.role != "read")
        for org in me.orgs
        if granted is None or org.name.lower() in granted
    ]


def list_dashboards(
    client: HubClient, *, sign_in: SignIn | None = None, me: Me | None = None
) -> Iterator[ListEvent]:
    """Progress as each owner and each dashboard is read, then `Listed`.

    Raises `DeployError` when the sign-in itself fails; an owner that cannot be listed is left
    out with a note."""
    me = me or whoami(client)
    owners = listed_owners(me, sign_in or SignIn())
    template_version = pinned_trackio_version()
    total, done = len(owners), 0
    yield Progress(done, total, f"Listing the Spaces of {', '.join(o.name for o in owners)}")
    found: list[tuple[SpaceInfo, Owner]] = []
    notes: list[str] = []
    with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="dashboards") as pool:
        listings: dict[Future, Owner] = {
            pool.submit(_trackio_spaces, client, owner.name): owner for owner in owners
        }
        for future in as_completed(listings):
            owner, done = listings[future], done + 1
            try:
                spaces = future.result()
            except DeployError as error:
                notes.append(f"{owner.name}: {error.message}")
                yield Progress(done, total, f"Could not list {owner.name}'s Spaces")
                continue
            found += [(space, owner) for space in spaces]
            total += len(spaces)
            yield Progress(done, total, f"{owner.name}: {_count(len(spaces))}")
        reads: dict[Future, str] = {
            pool.submit(_describe, client, space, owner, template_version): space.id
            for space, owner in found
        }
        dashboards = []
        for future in as_completed(reads):
            dashboards.append(future.result())
            done += 1
            yield Progress(done, total, f"Read {reads[future]}")
    dashboards.sort(key=lambda d: d.last_modified or "", reverse=True)
    yield Listed(
        dashboards=tuple(dashboards),
        owners=tuple(o.name for o in owners),
        template_version=template_version,
        notes=tuple(notes),
    )


def _count(n: int) -> str:
    return f"{n} Trackio dashboard{'' if n == 1 else 's'}"


def _trackio_spaces(client: HubClient, owner: str) -> list[SpaceInfo]:
    return client.call(
        "list the Spaces",
        owner,
        lambda: list(
            client.api.list_spaces(author=owner, filter=TRACKIO_TAG, expand=LISTED_FIELDS)
        ),
    )


def _describe(client: HubClient, space: SpaceInfo, owner: Owner, template: str) -> Dashboard:
    kind = Kind.STATIC if space.sdk == "static" else Kind.LIVE
    runtime = space.runtime
    stage = str(runtime.stage) if runtime else "UNKNOWN"
    app_url = dashboard_url(client.endpoint, space)
    private = bool(space.private)
    bucket = mounted_bucket(runtime.volumes if runtime else None)
    if kind is Kind.STATIC:
        config = _static_config(client, space)
        version = _version_shaped(config.get("version"))
        bucket = _bucket_shaped(config.get("bucket_id")) or bucket
        source = VersionSource.CONFIG
    else:
        version, source = None, VersionSource.UNKNOWN
        if stage == "RUNNING" and not private:
            version = _running_version(app_url)
            source = VersionSource.DASHBOARD
        if version is None:
            version = pinned_version(client, space.id, revision=space.sha)
            source = VersionSource.REQUIREMENTS
    modified = space.last_modified
    return Dashboard(
        space_id=space.id,
        kind=kind,
        stage=stage,
        hardware=(runtime.hardware or runtime.requested_hardware) if runtime else None,
        private=private,
        trackio_version=version,
        version_source=source if version else VersionSource.UNKNOWN,
        bucket_id=bucket,
        last_modified=modified.isoformat() if isinstance(modified, datetime) else modified,
        space_url=f"{client.endpoint}/spaces/{space.id}",
        app_url=app_url,
        may_change=owner.may_change,
        behind=is_older(version, template),
    )


def dashboard_url(endpoint: str, space: SpaceInfo) -> str:
    """Where the dashboard answers: the domain its runtime names, with the Hub's own scheme
    (https on huggingface.co), else `https://{subdomain}.hf.space`."""
    domains = ((space.runtime.raw if space.runtime else None) or {}).get("domains") or []
    if domains and domains[0].get("domain"):
        return f"{urlparse(endpoint).scheme}://{domains[0]['domain']}"
    return space.host or f"https://{space.subdomain}.hf.space"


def mounted_bucket(volumes: list[Volume] | None) -> str | None:
    """The bucket mounted at /data among a Space's volumes, if any."""
    for volume in volumes or []:
        if volume.type == "bucket" and volume.mount_path == MOUNT_PATH:
            return volume.source
    return None


def _running_version(app_url: str) -> str | None:
    try:
        version = SpaceApi(app_url, timeout=VERSION_TIMEOUT).version().get("version")
    except Exception:  # an answer that is not trackio's: the pinned version tells instead
        return None
    return _version_shaped(version)


def _version_shaped(value: Any) -> str | None:
    return value if isinstance(value, str) and VERSION_SHAPE.fullmatch(value) else None


def _bucket_shaped(value: Any) -> str | None:
    parts = value.split("/") if isinstance(value, str) else []
    return value if len(parts) == 2 and all(NAME_RULE.fullmatch(p) for p in parts) else None


def pinned_version(client: HubClient, space_id: str, *, revision: str | None) -> str | None:
    """The trackio version the Space's `requirements.txt` pins (one Hub request)."""
    data = read_space_file(client, space_id, "requirements.txt", revision=revision)
    return trackio_pin(data.decode(errors="replace")) if data is not None else None


def _static_config(client: HubClient, space: SpaceInfo) -> dict[str, Any]:
    data = read_space_file(client, space.id, "config.json", revision=space.sha)
    try:
        config = json.loads(data) if data else {}
    except ValueError:
        return {}
    return config if isinstance(config, dict) else {}


def read_space_file(
    client: HubClient, space_id: str, path: str, *, revision: str | None
) -> bytes | None:
    """One file of a Space at a revision, in one request; None when the Space has no such file."""
    url = hf_hub_url(space_id, path, repo_type="space", revision=revision, endpoint=client.endpoint)

    def read() -> bytes:
        response = get_session().get(
            url, headers=build_hf_headers(token=client.token), timeout=client.timeout
        )
        hf_raise_for_status(response)
        return response.content

    try:
        return client.call(f"read {path} of {space_id}", space_id.split("/", maxsplit=1)[0], read)
    except DeployError as error:
        if error.status == 404:
            return None
        raise


def wake(
    client: HubClient, space_id: str, *, timeout: float = 900.0, poll: float = 1.0
) -> Iterator[Event]:
    """Restart a paused or sleeping dashboard (one write, one build) and follow it until it runs:
    the events of one step, or `Failed` with what to do."""
    owner = space_id.split("/", maxsplit=1)[0]
    yield StepStarted(step=Step.BUILD, title=STEP_TITLES[Step.BUILD])
    started = time.monotonic()
    try:
        client.call("wake the Space", owner, lambda: client.api.restart_space(space_id))
        stage = ""
        while time.monotonic() - started < timeout:
            runtime = client.call(
                "read the Space's status", owner, lambda: client.api.get_space_runtime(space_id)
            )
            stage = str(runtime.stage)
            if stage == "RUNNING":
                yield StepFinished(
                    step=Step.BUILD, seconds=round(time.monotonic() - started, 3), detail=stage
                )
                return
            if stage in FAILED_STAGES:
                raise DeployError(
                    Problem.BUILD_FAILED,
                    f"{space_id} stopped at {stage} as it woke: see its logs on"
                    f" {client.endpoint}/spaces/{space_id}.",
                )
            time.sleep(poll)
        raise DeployError(
            Problem.NOT_ANSWERING,
            f"{space_id} is still {stage} after {timeout:.0f} s; it comes up on its own, or see"
            f" {client.endpoint}/spaces/{space_id}.",
        )
    except DeployError as error:
        yield Failed(step=Step.BUILD, problem=error.problem, message=error.message)


def kind_of(client: HubClient, space_id: str) -> Kind:
    """Which kind of dashboard the Space is (one request); a missing Space or an invalid id is
    the upgrade's to say."""
    owner = space_id.split("/", maxsplit=1)[0]
    try:
        info = client.call(
            "look up the Space", owner, lambda: client.api.space_info(space_id, expand=["sdk"])
        )
    except (RepositoryNotFoundError, ValueError):
        return Kind.LIVE
    return Kind.STATIC if info.sdk == Kind.STATIC.sdk else Kind.LIVE

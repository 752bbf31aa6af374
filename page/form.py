"""The deploy form: its fields and their defaults, defined once, and how they become a
`DeployRequest`; the kind of dashboard an owner is offered first; when Deploy is off and why; the
hardware on offer; a valid name for an invalid one; what a deploy link may fill in, and the badge
that carries one.

The page builds its inputs from `FIELDS`, and the tests and the benchmark fill the form with `Form`.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass, field, fields
from typing import Any
from urllib.parse import urlencode

from huggingface_hub import constants

from deployer import DashboardSettings, DeployRequest, NameState, Owner, Visibility, validate
from deployer.request import (
    DEFAULT_HARDWARE,
    DEFAULT_NAME,
    HARDWARE,
    NAME_RULE,
    PROJECT_RULE,
    Kind,
)

DEFAULT_SLEEP = "default"  # the sleep-time choice that leaves the Hub's default
SLEEP_CHOICES = [
    ("Default (cpu-basic sleeps after 48 h)", DEFAULT_SLEEP),
    ("After 15 minutes", "900"),
    ("After 1 hour", "3600"),
    ("After 24 hours", "86400"),
    ("Never", "-1"),
]
BADGE = "https://huggingface.co/datasets/huggingface/badges/resolve/main/deploy-on-spaces-md.svg"
# This page's address on the Hub, where a deploy link points.
PAGE_URL = f"{constants.ENDPOINT.rstrip('/')}/spaces/{os.environ.get('SPACE_ID', 'trackio-deployer/deploy')}"


@dataclass(frozen=True)
class Form:
    """The form's values as the page holds them (text and ticks), in the page's order.

    Example:
        >>> Form(owner="alice", name="trackio", sleep_time="3600").request().sleep_time
        3600
    """

    owner: str = ""
    name: str = DEFAULT_NAME
    kind: str = Kind.LIVE.value
    project: str = ""
    visibility: str = Visibility.PUBLIC.value
    hardware: str = DEFAULT_HARDWARE
    storage: bool = True
    bucket: str = ""
    update: bool = False
    sleep_time: str = DEFAULT_SLEEP
    write_token: str = field(default="", repr=False)
    logo_light_url: str = ""
    logo_dark_url: str = ""
    plot_order: str = ""
    cost_accepted: bool = False  # the person accepted what paid hardware costs

    def values(self) -> list[object]:
        """In the order of `FIELDS`, as the page's Deploy takes them."""
        return list(astuple(self))

    def request(self) -> DeployRequest:
        """The request, as typed; `deployer.validate` then says what is wrong with it.

        A static dashboard takes none of the fields only a live one has (hardware, sleep time,
        storage off, a write token, the looks): the page hides them, so they cannot be fixed. A
        kind that is neither is left as typed, for `validate` to refuse."""
        kind = Kind(self.kind) if self.kind in (Kind.LIVE, Kind.STATIC) else self.kind
        live = kind is Kind.LIVE
        return DeployRequest(
            owner=_text(self.owner),
            name=_text(self.name),
            kind=kind,  # type: ignore[arg-type]
            project=_text(self.project) or None,
            visibility=Visibility(self.visibility)
            if self.visibility in (Visibility.PUBLIC, Visibility.PRIVATE)
            else Visibility.PUBLIC,
            hardware=self.hardware if live else DEFAULT_HARDWARE,
            sleep_time=None
            if not live or self.sleep_time in (None, "", DEFAULT_SLEEP)
            else int(self.sleep_time),
            storage=bool(self.storage) or not live,
            bucket=_text(self.bucket) or None,
            write_token=(_text(self.write_token) or None) if live else None,
            dashboard=DashboardSettings(
                logo_light_url=_text(self.logo_light_url) or None,
                logo_dark_url=_text(self.logo_dark_url) or None,
                plot_order=_text(self.plot_order) or None,
            )
            if live
            else DashboardSettings(),
            allow_update=bool(self.update),
        )


FIELDS = tuple(f.name for f in fields(Form))


def _text(value: str | None) -> str:
    return (value or "").strip()


def first_kind(owner: Owner | None, linked: str = Kind.LIVE.value) -> str:
    """The kind of dashboard the form offers first: static for an owner whose plan cannot host a
    live one (nobody is shown a dead end), else what a deploy link asked for, live by default."""
    if owner is not None and not owner.can_host:
        return Kind.STATIC.value
    return linked if linked in (Kind.LIVE, Kind.STATIC) else Kind.LIVE.value


def prefill(query: dict[str, str]) -> dict[str, str]:
    """The form values a deploy link sets (`?owner=&name=&kind=&project=&private=&hardware=`),
    valid ones only: never the template, a token or a secret."""
    values: dict[str, str] = {}
    if NAME_RULE.fullmatch(query.get("owner", "")):
        values["owner"] = query["owner"]
    if NAME_RULE.fullmatch(query.get("name", "")):
        values["name"] = query["name"]
    if query.get("kind") in (Kind.LIVE, Kind.STATIC):
        values["kind"] = query["kind"]
    if PROJECT_RULE.fullmatch(query.get("project", "")):
        values["project"] = query["project"]
    if query.get("private", "").lower() in ("true", "1", "yes"):
        values["visibility"] = Visibility.PRIVATE.value
    elif query.get("private", "").lower() in ("false", "0", "no"):
        values["visibility"] = Visibility.PUBLIC.value
    if query.get("hardware") in HARDWARE:
        values["hardware"] = query["hardware"]
    return values


def badge_markdown(request: DeployRequest) -> str:
    """A README badge whose link opens this page with the request's link fields filled in."""
    query = {"owner": request.owner, "name": request.name, "kind": request.kind.value}
    if request.project:
        query["project"] = request.project
    query |= {"private": str(request.private).lower(), "hardware": request.hardware}
    link = f"{PAGE_URL}?{urlencode(query)}"
    return f"[![Deploy your Trackio dashboard]({BADGE})]({link})"


# -- when Deploy is off, and why -------------------------------------------------------------------


@dataclass(frozen=True)
class NameChecks:
    """What the Hub said of the Space ids looked up lately, newest last. The page renders the
    name's state from the id the form holds now: an answer about an id typed a moment ago never
    passes for the current one."""

    answers: tuple[tuple[str, NameState, str], ...] = ()  # (space id, state, message)

    def with_answer(self, space_id: str, state: NameState, message: str) -> NameChecks:
        kept = tuple(a for a in self.answers if a[0] != space_id)[-(KEPT_ANSWERS - 1) :]
        return NameChecks((*kept, (space_id, state, message)))

    def of(self, space_id: str) -> tuple[NameState, str] | None:
        return next(((s, m) for i, s, m in reversed(self.answers) if i == space_id), None)


KEPT_ANSWERS = 16


def blocked_reason(
    form: Form, checks: NameChecks, owners: Sequence[Owner], catalogue: Catalogue
) -> str:
    """Why Deploy cannot succeed with this form, in a sentence; empty when it can."""
    request = form.request()
    if not request.owner:
        return "Choose an owner."
    if not request.name:
        return "Type a name for the Space."
    problems = validate(request)
    if problems:
        return f"{problems[0].field.replace('_', ' ').capitalize()}: {problems[0].message}."
    owner = next((o for o in owners if o.name == request.owner), None)
    if owner is not None and not owner.can_host and request.kind is Kind.LIVE:
        return (
            f"{request.owner} cannot host a live dashboard: choose Static, or see the note above."
        )
    answer = checks.of(request.space_id)
    state = answer[0] if answer else None
    if state is None:
        return f"Checking whether {request.space_id} is free…"
    if state is NameState.TAKEN:
        return f"{request.space_id} is taken by a Space that is not Trackio: choose another name."
    if state is NameState.INVALID:
        return "The Space name is not valid: see the note under it."
    if state is NameState.TRACKIO and not request.allow_update:
        return f"{request.space_id} is already a Trackio dashboard: tick “Update it” or choose another name."
    if catalogue.costs(request.hardware) and not form.cost_accepted:
        return f"Accept the cost of {request.hardware} under More options, or choose CPU basic."
    return ""


# -- names ---------------------------------------------------------------------------------------

NOT_ALLOWED = re.compile(r"[^A-Za-z0-9_.-]", re.ASCII)


def name_problem(typed: str) -> tuple[str, str]:
    """For a name the Hub would refuse: what is wrong with it, and a valid name close to it."""
    bad = sorted(set(NOT_ALLOWED.findall(typed)))
    suggestion = NOT_ALLOWED.sub("-", typed)
    suggestion = re.sub(r"[-.]{2,}", "-", suggestion).strip("-.")[:96] or DEFAULT_NAME
    if bad:
        shown = " ".join(repr(c) for c in bad)
        return f"A Space name cannot contain {shown}.", suggestion
    return (
        "A Space name may not start or end with '-' or '.', nor hold '--' or '..' (at most 96"
        " characters).",
        suggestion,
    )


# -- hardware: CPU first, the rest with what it costs ----------------------------------------------


@dataclass(frozen=True)
class Hardware:
    name: str
    label: str
    usd_per_hour: float


class Catalogue:
    """The Space hardware the Hub offers, with prices: asked once per process (it is the Hub's
    price list, the same for everyone), CPU first. Until the Hub answers, CPU basic alone."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: tuple[Hardware, ...] = (
            Hardware(DEFAULT_HARDWARE, "CPU basic · included", 0.0),
        )
        self._loaded = False

    def load(self, fetch: Callable[[], list[Any]]) -> None:
        """Fill it from `fetch()` (`HfApi.list_spaces_hardware`) once; a failure is retried on
        the next call."""
        with self._lock:
            if self._loaded:
                return
            try:
                items = [_hardware(info) for info in fetch()]
            except Exception:  # the price list is a nicety: CPU basic alone until the Hub answers
                return
            if items:
                items.sort(key=lambda h: (h.name.startswith("cpu") is False, h.usd_per_hour))
                self._items = tuple(items)
                self._loaded = True

    def choices(self) -> list[tuple[str, str]]:
        return [(h.label, h.name) for h in self._items]

    def costs(self, name: str) -> float:
        """USD per hour while the Space runs; 0 for included hardware (and unknown names)."""
        return next((h.usd_per_hour for h in self._items if h.name == name), 0.0)


def _hardware(info: Any) -> Hardware:
    per_hour = float(info.unit_cost_usd or 0) * {"minute": 60, "hour": 1}.get(
        str(info.unit_label), 60
    )
    specs = f"{info.cpu}, {info.ram}"
    if info.accelerator is not None:
        specs += f", {getattr(info.accelerator, 'model', 'GPU')} GPU"
    price = "included" if per_hour == 0 else f"${per_hour:.2f}/hour"
    return Hardware(info.name, f"{info.pretty_name} · {specs} · {price}", round(per_hour, 4))


def hardware_note(name: str, catalogue: Catalogue, owner: str) -> str:
    """What choosing this hardware means; empty for CPU basic."""
    cost = catalogue.costs(name)
    if name == DEFAULT_HARDWARE:
        return ""
    gpu = "" if name.startswith("cpu") else " A Trackio dashboard needs no GPU."
    if cost == 0:
        return f"{name} is included in {owner}'s plan.{gpu}"
    return (
        f"{name} costs ${cost:.2f} per hour while the Space runs, billed to {owner}, until you"
        f" change it in the Space's settings. A Trackio dashboard runs well on CPU basic.{gpu}"
    )

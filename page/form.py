"""The deploy form: its fields and their defaults, defined once, and how they become a
`DeployRequest`; the kind of dashboard an owner is offered first; what a deploy link may fill in,
and the badge that carries one.

The page builds its inputs from `FIELDS`, and the tests and the benchmark fill the form with `Form`.
"""

from __future__ import annotations

import os
from dataclasses import astuple, dataclass, field, fields
from urllib.parse import urlencode

from huggingface_hub import constants

from deployer import DashboardSettings, DeployRequest, Owner, Visibility
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

    def values(self) -> list[object]:
        """In the order of `FIELDS`, as the page's Deploy takes them."""
        return list(astuple(self))

    def request(self) -> DeployRequest:
        """The request, as typed; `deployer.validate` then says what is wrong with it.

        A static dashboard takes none of the fields only a live one has (hardware, sleep time,
        storage off, a write token, the looks): the page hides them, so they cannot be fixed."""
        kind = Kind.STATIC if self.kind == Kind.STATIC else Kind.LIVE
        live = kind is Kind.LIVE
        return DeployRequest(
            owner=_text(self.owner),
            name=_text(self.name),
            kind=kind,
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

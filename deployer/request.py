"""What a person asks for, and the rules it must meet before anything is sent to the Hub."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from urllib.parse import urlparse

from huggingface_hub import SpaceHardware

from deployer.errors import FieldError, InvalidRequest

DEFAULT_NAME = "trackio"
DEFAULT_PROJECT = "my-project"  # the snippet's project when a live request names none
DEFAULT_TEMPLATE = "trackio-deployer/trackio-dashboard"
DEFAULT_STATIC_TEMPLATE = "trackio-deployer/trackio-static-dashboard"
DEFAULT_HARDWARE = SpaceHardware.CPU_BASIC.value
HARDWARE = tuple(h.value for h in SpaceHardware)
MOUNT_PATH = "/data"
MIN_SLEEP_TIME = 300  # the Hub's shortest sleep time: 5 minutes
MAX_SLEEP_TIME = 30 * 24 * 3600
NEVER_SLEEP = -1

# The Hub's repo-name rule: letters, digits, "-", "_", "."; no "--" or ".."; not starting or ending
# with "-" or "."; at most 96 characters. ASCII only, so Unicode look-alikes are refused.
NAME_RULE = re.compile(r"(?![-.])(?!.*[-.]$)(?!.*--)(?!.*\.\.)[A-Za-z0-9_.-]{1,96}", re.ASCII)
COLOR_RULE = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})|[a-zA-Z]{3,20}", re.ASCII)
TOKEN_RULE = re.compile(r"[A-Za-z0-9_\-.]{8,256}", re.ASCII)
# A project name that stays the same wherever it lands: a Python string, a shell word, trackio's
# files (trackio keeps letters, digits, "-" and "_" of a name for its files).
PROJECT_RULE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,95}", re.ASCII)
# Names trackio 0.43 refuses for a project (`SQLiteStorage.validate_project_name`): the registry
# prefix, and suffixes its side files use for another project's tables.
RESERVED_PROJECT_PREFIX = "registry-"
RESERVED_PROJECT_SUFFIXES = (
    "_system",
    "_configs",
    "_traces",
    "_artifacts",
    "_artifact_versions",
    "_artifact_aliases",
    "_run_artifact_links",
    "_external_run_artifact_links",
)
MAX_SETTING_LENGTH = 2048
# Unicode categories refused in one-line settings: controls (newlines, NUL, escapes), format
# characters (zero-width, bidirectional overrides), surrogates, line and paragraph separators.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


class Visibility(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


class Kind(StrEnum):
    """What a dashboard is. **live**: a Gradio Space running Trackio, private or public, that takes
    logs as they are made (hosting it needs a paid plan). **static**: a static Space (free on every
    plan, public only) that shows one project from a public bucket in the browser, updated by
    `trackio.sync(..., sdk="static")` from the person's machine."""

    LIVE = "live"
    STATIC = "static"

    @property
    def sdk(self) -> str:
        """The Space SDK of this kind of dashboard."""
        return "static" if self is Kind.STATIC else "gradio"


DEFAULT_TEMPLATES = {Kind.LIVE: DEFAULT_TEMPLATE, Kind.STATIC: DEFAULT_STATIC_TEMPLATE}


@dataclass(frozen=True)
class DashboardSettings:
    """Optional looks of the dashboard; each becomes a Space variable Trackio reads."""

    logo_light_url: str | None = None
    logo_dark_url: str | None = None
    plot_order: str | None = None  # comma-separated metric names or patterns, e.g. "loss,acc*"
    color_palette: str | None = None  # comma-separated colours, e.g. "#ff7f0e,#1f77b4"

    def variables(self) -> dict[str, str]:
        pairs = {
            "TRACKIO_LOGO_LIGHT_URL": self.logo_light_url,
            "TRACKIO_LOGO_DARK_URL": self.logo_dark_url,
            "TRACKIO_PLOT_ORDER": self.plot_order,
            "TRACKIO_COLOR_PALETTE": self.color_palette,
        }
        return {key: value for key, value in pairs.items() if value}


@dataclass(frozen=True)
class DeployRequest:
    """One deploy: where the dashboard goes and how it is set up.

    The signed-in user's own token is not part of the request: it is handed to the deployer
    separately, used for the Hub calls and nothing else. `write_token` is different: a token the
    user chose to give the dashboard, stored only as the Space's `HF_TOKEN` secret.

    Example:
        >>> DeployRequest(owner="alice", name="trackio").space_id
        'alice/trackio'
    """

    owner: str
    name: str = DEFAULT_NAME
    kind: Kind = Kind.LIVE
    project: str | None = None  # the project a static dashboard shows (required for static)
    visibility: Visibility = Visibility.PUBLIC
    hardware: str = DEFAULT_HARDWARE
    sleep_time: int | None = None
    storage: bool = True
    bucket: str | None = (
        None  # a bucket name (in the owner's namespace) or id; default <name>-bucket
    )
    write_token: str | None = field(default=None, repr=False)
    dashboard: DashboardSettings = field(default_factory=DashboardSettings)
    template: str | None = None  # the template Space; default: the kind's (DEFAULT_TEMPLATES)
    allow_update: bool = False
    # Use an existing bucket whose visibility differs from the Space's (a private dashboard whose
    # runs anyone can read, or a public one that publishes a private bucket): refused otherwise.
    allow_visibility_mismatch: bool = False

    @property
    def space_id(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def bucket_id(self) -> str | None:
        if not self.storage:
            return None
        bucket = self.bucket or f"{self.name}-bucket"
        return bucket if "/" in bucket else f"{self.owner}/{bucket}"

    @property
    def private(self) -> bool:
        return self.visibility is Visibility.PRIVATE

    @property
    def template_id(self) -> str:
        """The template Space a deploy duplicates."""
        return self.template or DEFAULT_TEMPLATES.get(self.kind, DEFAULT_TEMPLATE)

    @property
    def project_name(self) -> str:
        """The project the result's snippet logs to."""
        return self.project or DEFAULT_PROJECT

    def with_changes(self, **changes: object) -> DeployRequest:
        return replace(self, **changes)


def validate(request: DeployRequest) -> list[FieldError]:
    """Every rule the request breaks, each naming its field and the rule."""
    problems: list[FieldError] = []

    def check(ok: bool, name: str, message: str) -> None:
        if not ok:
            problems.append(FieldError(name, message))

    check(_is_name(request.owner), "owner", name_rule("An owner"))
    check(_is_name(request.name), "name", name_rule("A Space name"))
    check(isinstance(request.kind, Kind), "kind", "must be live or static")
    if request.project is not None or request.kind is Kind.STATIC:
        check(request.project is not None, "project", "name the project the dashboard shows")
        if request.project is not None:
            check(_is_project(request.project), "project", _project_rule(request.project))
    if request.kind is Kind.STATIC:
        problems.extend(_static_problems(request))
    check(isinstance(request.visibility, Visibility), "visibility", "must be public or private")
    check(
        isinstance(request.hardware, str) and request.hardware in HARDWARE,
        "hardware",
        f"must be one of: {', '.join(HARDWARE)}",
    )
    if request.sleep_time is not None:
        sane = (
            isinstance(request.sleep_time, int)
            and not isinstance(request.sleep_time, bool)
            and (
                request.sleep_time == NEVER_SLEEP
                or MIN_SLEEP_TIME <= request.sleep_time <= MAX_SLEEP_TIME
            )
        )
        check(
            sane,
            "sleep_time",
            "must be -1 (never sleep) or from 300 seconds (5 minutes) to 30 days",
        )
        check(
            request.hardware != DEFAULT_HARDWARE,
            "sleep_time",
            "can only be set on upgraded hardware: cpu-basic always sleeps after 48 hours",
        )
    if request.storage and request.bucket is not None:
        parts = request.bucket.split("/") if isinstance(request.bucket, str) else [None]
        check(
            len(parts) <= 2 and all(_is_name(p) for p in parts),
            "bucket",
            name_rule("A bucket name"),
        )
    if request.write_token is not None:
        check(
            isinstance(request.write_token, str)
            and TOKEN_RULE.fullmatch(request.write_token) is not None,
            "write_token",
            "must be a Hugging Face access token (letters, digits, '_', '-', '.'; no spaces or newlines)",
        )
    for field_name, url in (
        ("logo_light_url", request.dashboard.logo_light_url),
        ("logo_dark_url", request.dashboard.logo_dark_url),
    ):
        if url is not None:
            check(
                _is_https_url(url),
                field_name,
                f"must be an https:// address of an image: ASCII without spaces, at most {MAX_SETTING_LENGTH} characters",
            )
    if request.dashboard.plot_order is not None:
        check(_is_one_line(request.dashboard.plot_order), "plot_order", _one_line_rule())
    if request.dashboard.color_palette is not None:
        palette = request.dashboard.color_palette
        check(
            _is_one_line(palette)
            and all(COLOR_RULE.fullmatch(c.strip()) for c in palette.split(",")),
            "color_palette",
            "must be colours separated by commas, each like #1f77b4 or a colour name",
        )
    if request.template is not None:
        parts = request.template.split("/") if isinstance(request.template, str) else []
        check(
            len(parts) == 2 and all(_is_name(p) for p in parts),
            "template",
            "must be a Space id: owner/name",
        )
    return problems


def _static_problems(request: DeployRequest) -> list[FieldError]:
    """What a static dashboard cannot have: it is public, has no server and keeps its data in a
    public bucket, read by the browser."""
    why = "a static dashboard has no server"
    wanted = (
        (
            request.private,
            "visibility",
            "a static dashboard is public: the browser reads its runs straight from a public"
            " bucket. Choose live for a private dashboard.",
        ),
        (not request.storage, "storage", "a static dashboard keeps its runs in a bucket"),
        (request.hardware != DEFAULT_HARDWARE, "hardware", f"{why}: it needs no hardware"),
        (request.sleep_time is not None, "sleep_time", f"{why}: it never sleeps"),
        (
            request.write_token is not None,
            "write_token",
            f"{why} to give a token to: your own machine writes its bucket",
        ),
        (
            bool(request.dashboard.variables()),
            "dashboard",
            f"{why} to read logos, plot order or colours from",
        ),
    )
    return [FieldError(name, message) for refused, name, message in wanted if refused]


def checked(request: DeployRequest) -> DeployRequest:
    """The request itself when it is valid; `InvalidRequest` listing every problem otherwise."""
    problems = validate(request)
    if problems:
        raise InvalidRequest(problems)
    return request


def _is_name(value: object) -> bool:
    return isinstance(value, str) and NAME_RULE.fullmatch(value) is not None


def _is_project(value: object) -> bool:
    if not (isinstance(value, str) and PROJECT_RULE.fullmatch(value)):
        return False
    kept = "".join(c for c in value if c.isalnum() or c in "-_")  # trackio's file name for it
    return not kept.startswith(RESERVED_PROJECT_PREFIX) and not any(
        len(kept) > len(suffix) and kept.endswith(suffix) for suffix in RESERVED_PROJECT_SUFFIXES
    )


def _project_rule(value: object) -> str:
    if isinstance(value, str) and PROJECT_RULE.fullmatch(value):
        return (
            f"trackio reserves names starting with {RESERVED_PROJECT_PREFIX!r} or ending with"
            f" {', '.join(RESERVED_PROJECT_SUFFIXES)}: choose another project name"
        )
    return (
        "A project name may use letters, digits, '-', '_' and '.', up to 96 characters, starting"
        " with a letter or digit"
    )


def name_rule(what: str) -> str:
    return (
        f"{what} may use letters, digits, '-', '_' and '.', up to 96 characters, without '--' or '..',"
        " and may not start or end with '-' or '.'"
    )


def _is_one_line(value: object) -> bool:
    """Text that stays one line wherever it lands (an environment variable, a log, the page): no
    control characters, line or paragraph separators, or invisible format characters."""
    return (
        isinstance(value, str)
        and len(value) <= MAX_SETTING_LENGTH
        and not any(unicodedata.category(c) in HIDDEN_CATEGORIES for c in value)
    )


def _one_line_rule() -> str:
    return (
        f"must be one line of at most {MAX_SETTING_LENGTH} characters, without control characters"
    )


def _is_https_url(value: object) -> bool:
    """An https address with a host, in plain ASCII (no look-alike letters), without spaces,
    backslashes or credentials (`user@host` is how links pretend to go somewhere else)."""
    if not (
        isinstance(value, str)
        and len(value) <= MAX_SETTING_LENGTH
        and value.isascii()
        and value.isprintable()
        and not any(c in value for c in " \\")
    ):
        return False
    try:
        parsed = urlparse(value)
        host = parsed.hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parsed.scheme == "https" and bool(host) and "@" not in parsed.netloc

"""Scrubbing: every string a deploy reports passes through here before anyone sees it.

The person's own token and the write token they gave are replaced wherever they appear, and so is
anything shaped like a Hugging Face token, whoever it belongs to. Text bound for a terminal also
loses every control sequence (`for_terminal`): a Space's log or a Hub's message could otherwise set
the window title, plant a link or write the clipboard (OSC 0, 8 and 52)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields, replace
from enum import Enum
from typing import Any

from deployer.events import Event, Result

# ESC and what follows it: CSI (`ESC [`), the string controls OSC, DCS, SOS, PM and APC (`ESC ]`,
# `P`, `X`, `^`, `_`) up to BEL or ST, and any other two-character escape; then the same as 8-bit
# C1 controls; then every other control character but newline and tab.
TERMINAL_CONTROLS = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c|$)"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|[\x90\x98\x9d\x9e\x9f].*?(?:\x07|\x1b\\|\x9c|$)"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]",
    re.DOTALL,
)
# Shapes of tokens worth hiding even when their value is unknown here.
TOKEN_SHAPES = re.compile(r"hf_(?:oauth_)?[A-Za-z0-9_-]{30,}|(?<=write_token=)[^\s&\"']+")
REDACTED = "[redacted]"


def scrub(text: str, secrets: Iterable[str | None] = ()) -> str:
    """The text with every known secret, and anything shaped like a token, replaced."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return TOKEN_SHAPES.sub(REDACTED, text)


def for_terminal(text: str) -> str:
    """The text without any terminal control sequence or control character (newlines and tabs
    stay): what a Space or the Hub wrote is shown as text, never obeyed."""
    return TERMINAL_CONTROLS.sub("", text)


def scrub_event(event: Event, secrets: Iterable[str | None]) -> Event:
    """The event with every string in it scrubbed of secrets."""
    secrets = tuple(secrets)

    def clean(value: Any) -> Any:
        if isinstance(value, Enum):
            return value
        if isinstance(value, str):
            return scrub(value, secrets)
        if isinstance(value, tuple):
            return tuple(clean(v) for v in value)
        if isinstance(value, Result):
            return replace(value, **{f.name: clean(getattr(value, f.name)) for f in fields(value)})
        return value

    return replace(
        event, **{f.name: clean(getattr(event, f.name)) for f in fields(event) if f.init}
    )

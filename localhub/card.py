"""README front matter: the card data the Hub reads, and the Space configuration it implies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from localhub.store import Repo, Store

SDKS = ("gradio", "docker", "static")
DEFAULT_APP_FILE = {"gradio": "app.py", "docker": "Dockerfile", "static": "index.html"}


class CardError(ValueError):
    """The README's front matter is not valid YAML metadata."""


def parse_front_matter(text: str) -> dict[str, Any] | None:
    """The YAML block between the leading `---` lines, or `None` when the README has none."""
    if not text.startswith("---"):
        return None
    lines = text.splitlines()
    if lines[0].strip() != "---":
        return None
    end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)
    if end is None:
        raise CardError("The YAML front matter is not closed by a line with ---")
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise CardError(
            f"Invalid YAML in the README front matter{where}: {getattr(error, 'problem', error)}"
        ) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CardError("The README front matter must be a YAML mapping of keys to values")
    return data


@dataclass(frozen=True)
class SpaceConfig:
    sdk: str
    app_file: str
    hf_oauth: bool
    oauth_scopes: tuple[str, ...]
    oauth_minutes: int


def space_config(card: dict[str, Any] | None) -> SpaceConfig:
    """What the Hub needs from a Space's card to build it; `CardError` says why it cannot."""
    if card is None:
        raise CardError(
            "Missing configuration in README: add YAML front matter with at least `sdk`"
        )
    sdk = card.get("sdk")
    if sdk is None:
        raise CardError(
            "Missing configuration in README: `sdk` is required (gradio, docker or static)"
        )
    if sdk not in SDKS:
        raise CardError(f"Invalid sdk {sdk!r} in README: use one of {', '.join(SDKS)}")
    app_file = card.get("app_file", DEFAULT_APP_FILE[sdk])
    if (
        not isinstance(app_file, str)
        or not app_file
        or app_file.startswith("/")
        or ".." in app_file
    ):
        raise CardError(f"Invalid app_file {app_file!r} in README")
    scopes = card.get("hf_oauth_scopes") or []
    if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
        raise CardError("hf_oauth_scopes must be a list of scope names")
    minutes = card.get("hf_oauth_expiration_minutes", 480)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 30 <= minutes <= 43_200:
        raise CardError("hf_oauth_expiration_minutes must be a whole number from 30 to 43200")
    return SpaceConfig(
        sdk=sdk,
        oauth_minutes=minutes,
        app_file=app_file,
        hf_oauth=card.get("hf_oauth") is True,
        oauth_scopes=tuple(dict.fromkeys(["openid", "profile", *scopes])),
    )


def validate_metadata(card: dict[str, Any], repo_type: str) -> list[str]:
    """Errors the Hub's metadata check would report for this card."""
    problems = []
    if repo_type == "space":
        for key in ("title", "emoji", "app_file", "sdk_version", "short_description"):
            if key in card and not isinstance(card[key], str | int | float):
                problems.append(f'"{key}" must be a string')
        if "sdk" in card and card["sdk"] not in SDKS:
            problems.append(f'"sdk" must be one of {", ".join(SDKS)}')
        if "hf_oauth" in card and not isinstance(card["hf_oauth"], bool):
            problems.append('"hf_oauth" must be a boolean')
    tags = card.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        problems.append('"tags" must be an array of strings')
    return problems


def repo_card(store: Store, repo: Repo, commit: str | None) -> dict[str, Any] | None:
    """The card data of the repo's README at `commit` (`None` without README or front matter)."""
    entry = store.tree(repo.id, commit).get("README.md")
    if entry is None:
        return None
    return parse_front_matter((store.blob(entry.oid) or b"").decode("utf-8", "replace"))

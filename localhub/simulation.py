"""What a simulated Space answers (`--spaces simulate`): canned answers per path, read from a JSON
file the caller passes in (`--simulated-space FILE`), so that localhub knows no particular app.

The file maps a path to an answer: `{"/version": {"status": 200, "json": {"api_version": 1}}}`;
an answer has `status` (default 200), then `json` or `text`, and optional `headers`. As an app's
answers depend on its environment, an answer may list variants under `when`, each with the Space
variables it needs (`{"when": [{"variables": {"PAUSED": "1"}, "json": {...}}], "json": {...}}`):
the first whose variables the Space has is answered. A path not in the file answers 404; a Space
that is not RUNNING answers 503, as a sleeping Space's host would."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_ANSWERS: dict[str, Any] = {
    "/": {"text": "A simulated Space: localhub reports it RUNNING without running its app."}
}


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    media_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Variants:
    """A path's answer, and the variants that replace it for Spaces with given variables."""

    default: Answer
    when: tuple[tuple[dict[str, str], Answer], ...] = ()

    def pick(self, variables: dict[str, str]) -> Answer:
        for needed, answer in self.when:
            if all(variables.get(key) == value for key, value in needed.items()):
                return answer
        return self.default


@dataclass(frozen=True)
class SimulatedAnswers:
    by_path: dict[str, Variants]

    @classmethod
    def load(cls, path: Path | None) -> SimulatedAnswers:
        """The answers in `path` (JSON), or the default ones; a malformed file says where."""
        data = DEFAULT_ANSWERS if path is None else json.loads(path.read_text(encoding="utf-8"))
        where = f"simulated Space answers {path}" if path else "default answers"
        if not isinstance(data, dict):
            raise ValueError(f"{where}: expected an object mapping paths to answers")
        return cls({route: _variants(route, spec, where) for route, spec in data.items()})

    def answer(self, path: str, variables: dict[str, str]) -> Answer | None:
        """What `path` answers for a Space with these variables."""
        variants = self.by_path.get("/" + path.lstrip("/"))
        return variants.pick(variables) if variants else None


def _variants(route: str, spec: Any, where: str) -> Variants:
    if not route.startswith("/") or not isinstance(spec, dict):
        raise ValueError(f"{where}: {route!r} must start with / and map to an object")
    when = spec.get("when") or []
    if not isinstance(when, list) or not all(
        isinstance(w, dict) and isinstance(w.get("variables"), dict) for w in when
    ):
        raise ValueError(f"{where}: `when` of {route} must list objects with `variables`")
    return Variants(
        _answer(route, {k: v for k, v in spec.items() if k != "when"}, where),
        tuple(
            (
                {str(k): str(v) for k, v in w["variables"].items()},
                _answer(route, {k: v for k, v in w.items() if k != "variables"}, where),
            )
            for w in when
        ),
    )


def _answer(route: str, spec: dict[str, Any], where: str) -> Answer:
    unknown = set(spec) - {"status", "json", "text", "headers"}
    if unknown or ("json" in spec) == ("text" in spec):
        raise ValueError(
            f"{where}: the answer for {route} needs exactly one of json or text, and may add"
            " status and headers"
        )
    if "json" in spec:
        body, media_type = json.dumps(spec["json"]).encode(), "application/json"
    else:
        body, media_type = str(spec["text"]).encode(), "text/plain; charset=utf-8"
    return Answer(
        status=int(spec.get("status", 200)),
        body=body,
        media_type=media_type,
        headers={str(k): str(v) for k, v in (spec.get("headers") or {}).items()},
    )

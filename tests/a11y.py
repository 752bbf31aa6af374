"""What the browser tests check of every state of the page: axe-core (from npm, `package.json`)
injected into the page finds no serious or critical WCAG violation, in light and dark, at desktop
and phone size; and a screenshot of each lands in `tests/artifacts/`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sandbox import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    where: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}): {'; '.join(self.where)}"


def axe(page: Any) -> list[Violation]:
    """The serious and critical violations axe-core finds on the page as it is now."""
    if not AXE.exists():
        raise FileNotFoundError(f"{AXE} is missing: run `npm ci` (bash scripts/test does)")
    if not page.evaluate("() => Boolean(window.axe)"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags},
            resultTypes: ['violations']})).violations.map((v) => ({
              rule: v.id, impact: v.impact,
              where: v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ': ' + n.failureSummary)}))""",
        WCAG_AA,
    )
    return [
        Violation(v["rule"], v["impact"], tuple(v["where"]))
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


def check_state(page: Any, state: str, artifacts: Any) -> None:
    """Axe and a screenshot of `state` in light and dark, at both sizes; the page is left at
    desktop size in light."""
    artifacts.mkdir(parents=True, exist_ok=True)
    problems = []
    for size, viewport in SIZES.items():
        page.set_viewport_size(viewport)
        for scheme in SCHEMES:
            page.emulate_media(color_scheme=scheme)
            page.wait_for_function(
                "(dark) => document.body.classList.contains('dark') === dark", arg=scheme == "dark"
            )
            page.wait_for_timeout(150)  # transitions settle
            page.screenshot(path=artifacts / f"{state}-{size}-{scheme}.png")
            problems += [f"{size} {scheme}: {v}" for v in axe(page)]
    page.set_viewport_size(SIZES["desktop"])
    page.emulate_media(color_scheme="light")
    assert not problems, f"{state}:\n" + "\n".join(problems)

"""The page's footprint: time from start to the first HTTP 200 and resident memory, next to a bare
Gradio page with only a `gr.LoginButton`, both in the Spaces environment of sandbox mode."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bench.figures import Figure
from harness.servers import bare_page, sandbox_page


@dataclass
class Footprint:
    app_start: list[float] = field(default_factory=list)
    app_rss: list[float] = field(default_factory=list)
    bare_start: list[float] = field(default_factory=list)
    bare_rss: list[float] = field(default_factory=list)

    def to_dict(self) -> dict:
        app_start, bare_start = Figure.of(self.app_start), Figure.of(self.bare_start)
        app_rss, bare_rss = Figure.of(self.app_rss), Figure.of(self.bare_rss)
        return {
            "app": {"start_s": app_start.to_dict(), "rss_mib": app_rss.to_dict(1)},
            "bare_login_page": {"start_s": bare_start.to_dict(), "rss_mib": bare_rss.to_dict(1)},
            "ratio": {
                "start": round(app_start.median / bare_start.median, 2),
                "rss": round(app_rss.median / bare_rss.median, 2),
            },
        }


def measure(*, hub_url: str, scratch: Path, runs: int) -> Footprint:
    """Alternate the two, after one unmeasured start of each (cold file caches are not the app's)."""
    result = Footprint()
    for n in range(runs + 1):
        with sandbox_page(hub_url, log=scratch / "footprint-app.log") as app:
            if n:
                result.app_start.append(app.ready_seconds)
                result.app_rss.append(app.rss_mib())
        with bare_page(hub_url, log=scratch / "footprint-bare.log") as bare:
            if n:
                result.bare_start.append(bare.ready_seconds)
                result.bare_rss.append(bare.rss_mib())
    return result

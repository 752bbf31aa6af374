"""Gradio session memory: thousands of tabs opening the page, one after another, and the page's
resident memory as they come. Each tab is a gradio session (its own `session_hash`) that runs the
page's load events as a browser does (who is signed in, the account, the name's state), signed in
as one person. The page keeps at most `page.launch.SESSION_CAPACITY` sessions (gradio's
`state_session_capacity`, least recently used first out), so memory must level off."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.figures import BenchError
from harness.driver import PageDriver
from harness.servers import sandbox_page
from localhub.signin import sign_in
from page.form import Form
from page.ids import ElementId
from page.launch import SESSION_CAPACITY
from sandbox import make_localhub, publish_template

OWNER = "alice"


@dataclass
class Soak:
    capacity: int
    sessions: list[int] = field(default_factory=list)  # sessions opened so far
    rss_mib: list[float] = field(default_factory=list)  # the page's resident memory then

    def to_dict(self) -> dict[str, Any]:
        half = len(self.rss_mib) // 2
        return {
            "capacity": self.capacity,
            "sessions": self.sessions,
            "rss_mib": [round(r, 1) for r in self.rss_mib],
            # Growth over the second half of the soak: about zero once memory has levelled off.
            "second_half_growth_mib": round(self.rss_mib[-1] - self.rss_mib[half], 1),
            "first_half_growth_mib": round(self.rss_mib[half] - self.rss_mib[0], 1),
        }


def measure(*, scratch: Path, sessions: int, every: int = 250, workers: int = 8) -> Soak:
    soak = Soak(capacity=SESSION_CAPACITY)
    with make_localhub(spaces="simulate", log_path=scratch / "sessions-localhub.log") as hub:
        publish_template(hub.url)
        with sandbox_page(hub.url, log=scratch / "sessions-page.log") as page:
            cookie = sign_in(page.url, OWNER).cookie

            def open_tab(_: int) -> None:
                tab = PageDriver(page.url, cookie)
                try:
                    loaded = tab.load(Form(owner=OWNER))
                    if f'data-user="{OWNER}"' not in loaded.value(ElementId.SIGNED_IN_AS):
                        raise BenchError("a tab of the soak was not signed in")
                    if loaded.error or not loaded.value(ElementId.NAME_STATE):
                        raise BenchError(f"a tab's account did not load: {loaded.error}")
                finally:
                    tab.close()

            soak.sessions.append(0)
            soak.rss_mib.append(page.rss_mib())
            with ThreadPoolExecutor(max_workers=workers) as pool:
                for start in range(0, sessions, every):
                    list(pool.map(open_tab, range(start, min(start + every, sessions))))
                    soak.sessions.append(min(start + every, sessions))
                    soak.rss_mib.append(page.rss_mib())
    return soak

"""One click of Deploy as the person sees it, read from the page's element ids: when it was sent,
when the first update arrived, when the Space was created (its step turned done), and when and how
the deploy ended."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bench.figures import BenchError
from deployer import Step
from harness.driver import Reply
from page.ids import ElementId
from page.render import Outcome, StepState

OUTCOME = re.compile(r'data-outcome="(\w+)"')
CREATED = f'data-step="{Step.CREATE}" data-state="{StepState.DONE}"'


@dataclass
class Watch:
    reply: Reply
    first: float | None = None
    created: float | None = None
    done: float | None = None
    outcome: str = ""
    summary: str = ""  # what the page said at the end, for error messages
    seen: int = 0

    @property
    def clicked(self) -> float:
        return self.reply.sent

    @property
    def succeeded(self) -> bool:
        return self.outcome == Outcome.DONE

    def poll(self) -> bool:
        """Look at the updates that arrived since the last poll; True once the deploy has ended."""
        updates = self.reply.updates
        fresh, self.seen = updates[self.seen :], len(updates)
        for update in fresh:
            if self.first is None:
                self.first = update.at
            steps = update.value(ElementId.STEPS)
            if self.created is None and CREATED in steps:
                self.created = update.at
            outcome = OUTCOME.search(steps)
            if outcome and outcome.group(1) != Outcome.RUNNING:
                self.outcome, self.done = outcome.group(1), update.at
                self.summary = update.value(ElementId.SUMMARY)
        if self.done is None and self.reply.ended.is_set():
            self.done = time.perf_counter()
            self.summary = f"ended without an outcome: {self.reply.broken or self.reply.error}"
        return self.done is not None


def follow(watches: Sequence[Watch], *, timeout: float, interval: float = 0.005) -> None:
    """Poll every watch from one thread (not one busy thread per deploy, which would steal the
    CPU the page and localhub run on) until all have ended."""
    deadline = time.perf_counter() + timeout
    pending = list(watches)
    while pending:
        pending = [w for w in pending if not w.poll()]
        if time.perf_counter() > deadline:
            raise BenchError(f"{len(pending)} deploy(s) did not end within {timeout:.0f} s")
        time.sleep(interval)

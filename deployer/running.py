"""Deploys running in this process: one per person and one per Space at a time, each in a thread
of its own, so that a closed tab or a second click never cuts one short.

The page starts a deploy here and follows it; a second click of the same person in the same tab
joins the deploy already running instead of starting another, and takes over following it: one
tab, one follower, so repeated clicks never pile up followers (each holds one of the page's deploy
slots while it follows). No gradio here: the registry is tested on its own
(`tests/test_running_deploys.py`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from deployer.errors import DeployError, Problem
from deployer.events import Event


@dataclass
class RunningDeploy:
    """One deploy in its thread: the events so far, and whether it has finished."""

    user: str
    space_id: str
    session: str  # the tab that started it
    events: list[Event] = field(default_factory=list)
    finished: bool = False
    changed: threading.Condition = field(default_factory=threading.Condition)
    clicks: int = 0  # the clicks of its tab so far; the latest follows it
    # Set by Cancel; the deploy (`Deployer(cancel=...)`) stops at its next Hub call or wait.
    cancel: threading.Event = field(default_factory=threading.Event)

    def report(self, event: Event) -> None:
        """Add an event for the followers: the deploy's own, or one told while it waits (a retry)."""
        with self.changed:
            self.events.append(event)
            self.changed.notify_all()

    def follow(self, click: int | None = None) -> Iterator[list[Event]]:
        """Batches of events (all that came since the last batch) until the deploy has finished,
        or, for a `click` of its tab, until a later click follows it instead."""
        seen = 0
        while True:
            with self.changed:
                self.changed.wait_for(
                    lambda seen=seen: (
                        len(self.events) > seen or self.finished or self._overtaken(click)
                    )
                )
                if self._overtaken(click):
                    return
                fresh, finished = self.events[seen:], self.finished
            seen += len(fresh)
            if fresh:
                yield fresh
            if finished:
                return

    def _overtaken(self, click: int | None) -> bool:
        return click is not None and click != self.clicks

    def click(self) -> Following:
        """One more click of its tab: it follows the deploy from now on, in place of the last."""
        with self.changed:
            self.clicks += 1
            self.changed.notify_all()
            return Following(self, self.clicks)


@dataclass(frozen=True)
class Following:
    """One click's view of a running deploy: its events until it ends, or until a later click
    of the same tab follows it instead."""

    deploy: RunningDeploy
    click: int

    def follow(self) -> Iterator[list[Event]]:
        return self.deploy.follow(self.click)


class RunningDeploys:
    """The registry: who deploys which Space right now."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_user: dict[str, RunningDeploy] = {}
        self._by_space: dict[str, RunningDeploy] = {}

    def start_or_join(
        self,
        *,
        user: str,
        space_id: str,
        session: str,
        deploy: Callable[[RunningDeploy], Iterable[Event]],
    ) -> Following:
        """Start `deploy(running)` in a thread of its own, or join the one this tab started for the
        same Space (the tab's earlier click then stops following it); `DeployError(DEPLOY_RUNNING)`
        when this person or this Space has another running. The deploy gets its `RunningDeploy`
        to report retries and to hear a cancel."""
        space = space_id.lower()
        with self._lock:
            mine = self._by_user.get(user)
            if mine is not None:
                if mine.space_id.lower() == space and mine.session == session:
                    return mine.click()  # a second click of the same person: the same deploy
                raise DeployError(
                    Problem.DEPLOY_RUNNING,
                    f"You already have a deploy of {mine.space_id} running; wait for it to finish.",
                )
            if space in self._by_space:
                raise DeployError(
                    Problem.DEPLOY_RUNNING,
                    f"Someone is deploying {space_id} right now; try again when it is done.",
                )
            running = RunningDeploy(user=user, space_id=space_id, session=session)
            self._by_user[user] = running
            self._by_space[space] = running
        thread = threading.Thread(
            target=self._run, args=(running, deploy), name=f"deploy {space}", daemon=True
        )
        thread.start()
        return running.click()

    def cancel(self, *, user: str, session: str) -> bool:
        """Cancel the deploy this person started in this tab; False when there is none."""
        with self._lock:
            mine = self._by_user.get(user)
        if mine is None or mine.session != session:
            return False
        mine.cancel.set()
        return True

    def _run(
        self, running: RunningDeploy, deploy: Callable[[RunningDeploy], Iterable[Event]]
    ) -> None:
        try:
            for event in deploy(running):
                running.report(event)
        finally:
            with self._lock:
                self._by_user.pop(running.user, None)
                self._by_space.pop(running.space_id.lower(), None)
            with running.changed:
                running.finished = True
                running.changed.notify_all()

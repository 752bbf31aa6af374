"""Deviations: departures from the Hub's behaviour that a test switches on, to see what a client
does when the Hub behaves otherwise than documented (a duplicate that ignores its volumes, a
runtime that does not name its commit, ...). Off by default; set through the control API
(`Control.set_deviations`), never by a seed, so a localhub always starts as the Hub behaves."""

from __future__ import annotations

import threading

from localhub.control import Deviation


class Deviations:
    def __init__(self) -> None:
        self._on: frozenset[Deviation] = frozenset()
        self._lock = threading.Lock()

    def set(self, deviations: frozenset[Deviation]) -> None:
        with self._lock:
            self._on = deviations

    def on(self) -> frozenset[Deviation]:
        with self._lock:
            return self._on

    def __contains__(self, deviation: Deviation) -> bool:
        return deviation in self.on()

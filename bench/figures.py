"""Figures with their spread, and the one error a benchmark raises when it cannot produce one."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


class BenchError(RuntimeError):
    """A benchmark could not produce its figure; the message says what went wrong."""


@dataclass(frozen=True)
class Figure:
    """The median of repeated runs, with the spread (lowest and highest)."""

    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Figure:
        if not values:
            raise BenchError("no runs to summarise")
        return cls(
            median=statistics.median(values), low=min(values), high=max(values), runs=len(values)
        )

    def to_dict(self, digits: int = 3) -> dict[str, float | int]:
        return {
            "median": round(self.median, digits),
            "min": round(self.low, digits),
            "max": round(self.high, digits),
            "runs": self.runs,
        }


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank percentile: the smallest value with at least q% of the values at or below."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]

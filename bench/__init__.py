"""Benchmarks: the Hub cost of a deploy next to trackio's own, time to a dashboard, concurrency
through the page's queue, and the page's footprint. `python bench/run.py [--quick]` runs them all."""

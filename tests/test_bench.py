"""`python bench/run.py --quick` as CI runs it: the run completes, results.json has the documented
shape, and the Hub-cost targets hold, the upgrade's beside `trackio bump`'s. Those are counts; the
timed figures are reported, never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys

from sandbox import ROOT

COUNTS = {"requests", "writes", "commits", "builds"}


def test_quick_benchmark_completes_and_meets_the_hub_cost_targets(tmp_path):
    out = tmp_path / "results.json"
    run = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert out.exists(), f"bench/run.py wrote no results:\n{run.stdout}\n{run.stderr[-4000:]}"
    results = json.loads(out.read_text())

    assert {
        "hub_cost",
        "static",
        "time_to_dashboard",
        "concurrency",
        "footprint",
        "sessions",
    } <= set(results)
    cost = results["hub_cost"]
    assert set(cost) == {"duplicate", "upload", "trackio"}
    for path, figures in cost.items():
        assert set(figures) == COUNTS, path
        assert all(isinstance(v, int | float) for v in figures.values()), path
    assert cost["duplicate"]["writes"] <= 2
    assert cost["duplicate"]["builds"] == 1
    assert cost["upload"]["writes"] <= 3
    assert cost["upload"]["builds"] == 1
    assert cost["trackio"]["writes"] > 0, "trackio's own deploy was measured"
    assert cost["trackio"]["builds"] > 0

    upgrade = results["upgrade_cost"]
    assert set(upgrade) == {"ours", "trackio_bump"}
    assert upgrade["trackio_bump"]["writes"] > 0, "trackio bump was measured"
    assert upgrade["ours"]["writes"] <= upgrade["trackio_bump"]["writes"]
    assert upgrade["ours"]["builds"] <= upgrade["trackio_bump"]["builds"]

    static = results["static"]["hub_cost"]
    assert set(static) == {"static", "static_upload", "trackio_static"}
    for path in ("static", "static_upload"):
        assert static[path]["writes"] <= 3, path
        assert static[path]["builds"] == 0, path
    assert static["trackio_static"]["writes"] > 0, "trackio's own static deploy was measured"

    assert results["concurrency"]["deploys"] == results["concurrency"]["users"]
    assert results["time_to_dashboard"]["duplicate_via_page"]["total_s"]["runs"] >= 1
    assert results["footprint"]["ratio"]["rss"] > 0
    assert (tmp_path / "hub_cost.png").stat().st_size > 0
    assert (tmp_path / "concurrency.png").stat().st_size > 0
    assert results["sessions"]["sessions"][-1] == 500
    assert (tmp_path / "sessions.png").stat().st_size > 0
    assert run.returncode == 0, run.stderr[-4000:]

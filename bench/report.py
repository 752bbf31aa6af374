"""results.json as the Markdown tables `bench/run.py` prints and BENCHMARKS.md shows."""

from __future__ import annotations

from typing import Any

PATHS = {
    "duplicate": "ours, duplicate path: bucket + 1 duplicate",
    "upload": "ours, upload path: bucket + create + 1 commit",
    "trackio": "trackio `deploy_as_space`",
}


def _figure(figure: dict[str, float], unit: str = "", digits: int = 2) -> str:
    text = f"{figure['median']:.{digits}f}{unit}"
    if figure.get("runs", 1) > 1:
        text += f" ({figure['min']:.{digits}f}–{figure['max']:.{digits}f})"
    return text


def _count(value: float) -> str:
    return f"{value:g}"


def hub_cost(results: dict[str, Any]) -> str:
    cost, ratios = results["hub_cost"], results["hub_cost_vs_trackio"]
    detail = results["hub_cost_detail"]
    rows = [
        "| Hub cost of one deploy | requests | writes | commits | builds |",
        "|---|---:|---:|---:|---:|",
    ]
    for path, label in PATHS.items():
        c = cost[path]
        spread = detail[path]["requests"]
        requests = _count(c["requests"])
        if spread["min"] != spread["max"]:
            requests += f" ({spread['min']:g}–{spread['max']:g})"
        rows.append(
            f"| {label} | {requests} | {_count(c['writes'])} | {_count(c['commits'])} | {_count(c['builds'])} |"
        )
    for path in ("duplicate", "upload"):
        r = ratios[path]
        rows.append(
            f"| {path} / trackio | {r['requests']:.2f} | {r['writes']:.2f} | {r['commits']:.2f} | {r['builds']:.2f} |"
        )
    return "\n".join(rows)


def upgrade_cost(results: dict[str, Any]) -> str:
    cost, detail = results["upgrade_cost"], results["upgrade_detail"]
    labels = {"ours": "ours: `Deployer.upgrade`", "trackio_bump": "`trackio bump`"}
    rows = [
        f"| Upgrade in place, trackio {detail['ours']['from']} to the pinned one | requests | writes"
        " | builds | downtime | upgrade, start to end |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for who, label in labels.items():
        c, d = cost[who], detail[who]
        rows.append(
            f"| {label} | {_count(c['requests'])} | {_count(c['writes'])} | {_count(c['builds'])}"
            f" | {_figure(d['downtime_s'], ' s', 1)} | {_figure(d['seconds'], ' s', 1)} |"
        )
    return "\n".join(rows)


STATIC_PATHS = {
    "static": "ours, static, duplicate path: bucket + 1 duplicate + 1 commit",
    "static_upload": "ours, static, upload path: bucket + create + 1 commit",
    "trackio_static": 'trackio `sync(..., sdk="static")`, first deploy (uploads the project too)',
}


def static_cost(results: dict[str, Any]) -> str:
    static = results["static"]
    cost, ratios, seconds = static["hub_cost"], static["hub_cost_vs_trackio"], static["seconds"]
    rows = [
        "| Hub cost of one static dashboard (free plan) | requests | writes | commits | builds | seconds |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for path, label in STATIC_PATHS.items():
        c = cost[path]
        rows.append(
            f"| {label} | {_count(c['requests'])} | {_count(c['writes'])} | {_count(c['commits'])}"
            f" | {_count(c['builds'])} | {_figure(seconds[path])} |"
        )
    for path in ("static", "static_upload"):
        r = ratios[path]
        rows.append(
            f"| {path.replace('_', ' ')} / trackio | {r['requests']:.2f} | {r['writes']:.2f} |"
            f" {r['commits']:.2f} | {r['builds']:.2f} | |"
        )
    return "\n".join(rows)


def time_to_dashboard(results: dict[str, Any]) -> str:
    t = results["time_to_dashboard"]
    page, trackio = t["duplicate_via_page"], t["trackio"]
    return "\n".join(
        [
            "| Deploy to a dashboard that answers (sandbox mode, real Space) | seconds |",
            "|---|---:|",
            f"| ours via the page: total, click to “running” | {_figure(page['total_s'])} |",
            f"| · the deployer's own time | {_figure(page['deployer_s'])} |",
            f"| · · checks, bucket, duplicate (click to Space created) | {_figure(page['before_build_s'])} |",
            f"| · · noticing RUNNING and verifying `/version` | {_figure(page['notice_and_verify_s'])} |",
            f"| · localhub builds and starts the Space | {_figure(page['localhub_build_and_start_s'])} |",
            f"| ours, deployer in-process (duplicate) | {_figure(t['duplicate_in_process_s'])} |",
            f"| ours, deployer in-process (upload) | {_figure(t['upload_in_process_s'])} |",
            f"| trackio `deploy_as_space` call (returns before the build) | {_figure(trackio['deploy_call_s'])} |",
            f"| trackio: call to a dashboard that answers | {_figure(trackio['to_dashboard_s'])} |",
        ]
    )


def concurrency(results: dict[str, Any]) -> str:
    c = results["concurrency"]
    first, done = c["first_progress_ms"], c["click_to_done_s"]
    floor = c["floor_first_progress_ms"]
    return "\n".join(
        [
            f"| {c['users']} people at once, +{c['latency_ms']} ms per Hub request, Spaces simulated | |",
            "|---|---:|",
            f"| deploys that succeeded | {c['succeeded']} of {c['deploys']} |",
            f"| one deploy alone, click to done | {_figure(c['single_deploy_s'], ' s')} |",
            f"| makespan, first click to last done | {_figure(c['makespan_s'], ' s')} |",
            f"| makespan / one deploy alone | {c['makespan_over_single']:.2f}x |",
            f"| click to first update, p50 | {_figure(first['p50'], ' ms', 0)} |",
            f"| click to first update, p95 | {_figure(first['p95'], ' ms', 0)} |",
            f"| click to first update, max | {_figure(first['max'], ' ms', 0)} |",
            f"| floor: the same clicks on a page that does nothing, p95 | {_figure(floor['p95'], ' ms', 0)} |",
            f"| click to first update p95 / floor p95, round by round | {_figure(c['first_progress_p95_over_floor'], 'x', 2)} |",
            f"| click to done, p50 / p95 | {done['p50']['median']:.2f} s / {done['p95']['median']:.2f} s |",
        ]
    )


def footprint(results: dict[str, Any]) -> str:
    f = results["footprint"]
    app, bare, ratio = f["app"], f["bare_login_page"], f["ratio"]
    return "\n".join(
        [
            "| Footprint | start to first HTTP 200 | resident memory |",
            "|---|---:|---:|",
            f"| the page (`app.py`, sandbox mode) | {_figure(app['start_s'], ' s')} | {_figure(app['rss_mib'], ' MiB', 0)} |",
            f"| bare Gradio page with a `gr.LoginButton` | {_figure(bare['start_s'], ' s')} | {_figure(bare['rss_mib'], ' MiB', 0)} |",
            f"| ratio | {ratio['start']:.2f}x | {ratio['rss']:.2f}x |",
        ]
    )


def sessions(results: dict[str, Any]) -> str:
    s = results["sessions"]
    every = max(1, len(s["sessions"]) // 8)
    points = list(zip(s["sessions"], s["rss_mib"], strict=True))[::every]
    rows = [
        f"| Tabs opened (gradio keeps {s['capacity']} sessions) | the page's resident memory |",
        "|---:|---:|",
    ]
    rows += [f"| {n} | {rss:.0f} MiB |" for n, rss in points]
    rows.append(
        f"| growth over the first / second half | {s['first_half_growth_mib']:.0f} MiB /"
        f" {s['second_half_growth_mib']:.0f} MiB |"
    )
    return "\n".join(rows)


def targets(results: dict[str, Any]) -> str:
    rows = ["| Target | measured | met |", "|---|---:|:---:|"]
    rows += [
        f"| {t['name']} | {t['value']} | {'yes' if t['met'] else '**no**'} |"
        for t in results["targets"]
    ]
    return "\n".join(rows)


def tables(results: dict[str, Any]) -> str:
    sections = [
        hub_cost,
        upgrade_cost,
        static_cost,
        time_to_dashboard,
        concurrency,
        footprint,
        sessions,
        targets,
    ]
    return "\n\n".join(section(results) for section in sections)

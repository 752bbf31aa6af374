"""The pictures of BENCHMARKS.md, drawn with Pillow (installed with gradio; no matplotlib here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

INK = (33, 33, 33)
GRID = (225, 225, 225)
MUTED = (110, 110, 110)
COLORS = {"duplicate": (46, 125, 50), "upload": (249, 168, 37), "trackio": (198, 40, 40)}
LABELS = {
    "duplicate": "ours, duplicate path (bucket + 1 duplicate)",
    "upload": "ours, upload path (bucket + create + 1 commit)",
    "trackio": "trackio deploy_as_space",
}
METRICS = ("requests", "writes", "commits", "builds")


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def hub_cost(results: dict[str, Any], path: Path) -> Path:
    """One panel per count, each on its own scale, three bars in each: the paths side by side."""
    cost = results["hub_cost"]
    paths = [p for p in ("duplicate", "upload", "trackio") if p in cost]
    width, height = 1200, 600
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    runs = results.get("hub_cost_detail", {}).get("duplicate", {}).get("runs", 1)
    draw.text(
        (40, 20), "Hub cost of one deploy, same Space, same localhub", font=_font(30), fill=INK
    )
    draw.text(
        (40, 60),
        f"median of {runs} run{'s' if runs != 1 else ''}; each commit or settings change restarts the Space: one more build",
        font=_font(18),
        fill=MUTED,
    )
    top, bottom, left = 190, 510, 40
    panel = (width - 2 * left) // len(METRICS)
    bar = (panel - 80) // len(paths)
    for i, metric in enumerate(METRICS):
        x0 = left + i * panel
        peak = max(cost[p][metric] for p in paths) or 1
        draw.line([(x0 + 20, bottom), (x0 + panel - 20, bottom)], fill=INK, width=2)
        draw.text((x0 + panel // 2, bottom + 30), metric, font=_font(24), fill=INK, anchor="mt")
        for j, name in enumerate(paths):
            value = cost[name][metric]
            bx = x0 + 40 + j * bar
            by = bottom - round((bottom - top) * value / peak)
            draw.rectangle([bx + 6, by, bx + bar - 6, bottom], fill=COLORS[name])
            draw.text((bx + bar // 2, by - 8), f"{value:g}", font=_font(22), fill=INK, anchor="mb")
    x = left
    for name in paths:
        draw.rectangle([x, 105, x + 18, 123], fill=COLORS[name])
        draw.text((x + 26, 114), LABELS[name], font=_font(18), fill=INK, anchor="lm")
        x += 26 + round(draw.textlength(LABELS[name], font=_font(18))) + 40
    image.save(path)
    return path


def concurrency(results: dict[str, Any], path: Path) -> Path:
    """Each person's deploy as a bar from click to done, the first update marked, against one
    deploy's time alone and the 2x target."""
    figures = results["concurrency"]
    deploys = figures["timeline"]
    single = figures["single_deploy_s"]["median"]
    width, height = 1200, 180 + 22 * len(deploys)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text(
        (40, 20),
        f"{figures['users']} people deploy at once through the page's queue",
        font=_font(30),
        fill=INK,
    )
    draw.text(
        (40, 60),
        f"{figures['latency_ms']} ms added to every Hub request, Spaces simulated; bar: click to"
        " done, tick: first update on the page",
        font=_font(18),
        fill=MUTED,
    )
    left, right, top = 130, width - 40, 120
    span = max(2 * single, *(d["done"] for d in deploys)) * 1.05
    scale = (right - left) / span

    def x(seconds: float) -> int:
        return left + round(seconds * scale)

    bottom = top + 22 * len(deploys)
    step = 0.5 if span < 8 else 1.0 if span < 16 else 2.0
    tick = 0.0
    while tick <= span:
        draw.line([(x(tick), top - 6), (x(tick), bottom)], fill=GRID)
        draw.text((x(tick), bottom + 8), f"{tick:g} s", font=_font(16), fill=MUTED, anchor="mt")
        tick += step
    for seconds, label in ((single, "one deploy alone"), (2 * single, "2x target")):
        draw.line([(x(seconds), top - 10), (x(seconds), bottom)], fill=INK, width=2)
        draw.text((x(seconds) + 4, top - 12), label, font=_font(16), fill=INK, anchor="lb")
    # The p95 target for the first update: 1.25x what the same clicks take on a page doing nothing.
    first_target = 1.25 * figures["floor_first_progress_ms"]["p95"]["median"] / 1000
    draw.line([(x(first_target), top - 10), (x(first_target), bottom)], fill=MUTED, width=1)
    draw.text(
        (x(first_target) + 4, top - 12), "1.25x floor", font=_font(16), fill=MUTED, anchor="lb"
    )
    for row, deploy in enumerate(deploys):
        y = top + 22 * row
        color = COLORS["duplicate"] if deploy["succeeded"] else COLORS["trackio"]
        draw.text((left - 10, y + 9), deploy["user"], font=_font(15), fill=MUTED, anchor="rm")
        draw.rectangle([x(deploy["clicked"]), y + 3, x(deploy["done"]), y + 16], fill=color)
        draw.line([(x(deploy["first"]), y), (x(deploy["first"]), y + 19)], fill=INK, width=3)
    image.save(path)
    return path


def sessions(results: dict[str, Any], path: Path) -> Path:
    """The page's resident memory as tabs keep opening it: it must level off."""
    soak = results["sessions"]
    opened, rss = soak["sessions"], soak["rss_mib"]
    width, height = 1200, 520
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 20), "The page's memory as tabs open it", font=_font(30), fill=INK)
    draw.text(
        (40, 60),
        f"{opened[-1]} tabs, each a gradio session that runs the page's load events; gradio keeps"
        f" {soak['capacity']} sessions",
        font=_font(18),
        fill=MUTED,
    )
    left, right, top, bottom = 110, width - 40, 120, height - 60
    high = max(rss) * 1.1
    span = max(opened) or 1

    def point(n: int, mib: float) -> tuple[int, int]:
        return left + round((right - left) * n / span), bottom - round((bottom - top) * mib / high)

    for mib in range(0, round(high) + 1, max(50, round(high / 5 / 50) * 50)):
        y = point(0, mib)[1]
        draw.line([(left, y), (right, y)], fill=GRID)
        draw.text((left - 10, y), f"{mib} MiB", font=_font(16), fill=MUTED, anchor="rm")
    cap = point(soak["capacity"], 0)[0]
    draw.line([(cap, top), (cap, bottom)], fill=MUTED, width=1)
    draw.text((cap + 4, top), "capacity", font=_font(16), fill=MUTED, anchor="lt")
    draw.line(
        [point(n, m) for n, m in zip(opened, rss, strict=True)], fill=COLORS["duplicate"], width=3
    )
    draw.line([(left, bottom), (right, bottom)], fill=INK, width=2)
    draw.text((right, bottom + 10), f"{opened[-1]} tabs", font=_font(16), fill=INK, anchor="rt")
    image.save(path)
    return path

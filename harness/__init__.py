"""What the tests and the benchmarks share: an isolated environment, the page and other web
servers as child processes (`harness.servers`), and a driver that uses the page over gradio's queue
as a browser tab does (`harness.driver`). Built on `sandbox` (this project's localhub, its seed,
the template, free ports)."""

from __future__ import annotations

import os
from pathlib import Path

LOCAL = "127.0.0.1,localhost"


def isolate(home: Path) -> None:
    """Call before huggingface_hub or gradio is imported: they read these at import. Nothing
    talks to huggingface.co or sends telemetry, and neither the developer's token nor their cache
    is read."""
    os.environ.update(
        HF_HUB_DISABLE_TELEMETRY="1",
        NO_PROXY=LOCAL,
        HF_HOME=str(home / "hf-home"),
        GRADIO_ANALYTICS_ENABLED="False",
    )
    for name in ("HF_TOKEN", "HF_ENDPOINT", "SYSTEM", "SPACE_ID", "SPACE_HOST"):
        os.environ.pop(name, None)

"""A user of a Trackio dashboard: a training script that logs to a Space with `trackio.init`, and
the Space's own HTTP API to read back what it holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from localhub.service import LocalHub

# trackio sends a Space's logs to https://{ns}-{name}.hf.space (`_space_id_to_url`); this maps that
# one function to the Space's host on localhub, then runs the user's script unchanged.
TRACKIO_CLIENT = """\
import json
import os
import runpy
import sys

import trackio.remote_client

hosts = json.loads(os.environ["LOCALHUB_SPACE_HOSTS"])
hf_space_url = trackio.remote_client._space_id_to_url
trackio.remote_client._space_id_to_url = (
    lambda space_id: hosts[space_id].rstrip("/") + "/" if space_id in hosts else hf_space_url(space_id)
)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""
TRAINING_SCRIPT = """\
import sys

import trackio

project, space_id, run = sys.argv[1:4]
trackio.init(project=project, space_id=space_id, name=run, auto_log_cpu=False, auto_log_gpu=False)
for step in range(3):
    trackio.log({"loss": 1 / (step + 1)})
trackio.finish()
"""
LOSSES = [1.0, 0.5, 1 / 3]


def call_space(host: str, name: str, *, token: str | None = None, **kwargs) -> httpx.Response:
    """One call of a Trackio Space's HTTP API, as trackio's remote client makes it."""
    headers = {"authorization": f"Bearer {token}"} if token else {}
    return httpx.post(
        f"{host}/api/{name}",
        json={"args": [], "kwargs": kwargs},
        headers=headers,
        timeout=30,
    )


def log_with_trackio(
    localhub: LocalHub,
    tmp_path: Path,
    *,
    space_id: str,
    host: str,
    project: str,
    run: str = "run-1",
    token: str = "hf_alice",
) -> subprocess.CompletedProcess:
    """A user's training script, in an interpreter of its own: trackio and huggingface_hub read
    HF_ENDPOINT when they are imported."""
    client_script, training_script = tmp_path / "trackio_client.py", tmp_path / "train.py"
    client_script.write_text(TRACKIO_CLIENT)
    training_script.write_text(TRAINING_SCRIPT)
    home = tmp_path / "user-home"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HF_", "TRACKIO_", "SPACE_", "GRADIO_")) and key != "SYSTEM"
    }
    env.update(
        HOME=str(home),
        HF_HOME=str(home / "hf"),
        TRACKIO_DIR=str(home / "trackio"),
        HF_ENDPOINT=localhub.url,
        HF_TOKEN=token,
        HF_HUB_DISABLE_TELEMETRY="1",
        NO_PROXY="127.0.0.1,localhost",
        LOCALHUB_SPACE_HOSTS=json.dumps({space_id: host}),
    )
    result = subprocess.run(
        [sys.executable, str(client_script), str(training_script), project, space_id, run],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "could not" not in output, output  # trackio's non-fatal warnings all say "could not"
    return result


def logged_losses(host: str, project: str, run: str = "run-1") -> list[float]:
    answer = call_space(host, "get_metric_values", project=project, run=run, metric_name="loss")
    answer.raise_for_status()
    return [point["value"] for point in answer.json()["data"]]

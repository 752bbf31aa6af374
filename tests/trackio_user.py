"""A user of a Trackio dashboard: a training script that logs to a Space with `trackio.init`, and
the Space's own HTTP API to read back what it holds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from localhub.service import LocalHub
from sandbox import run_command

# A plain training script, as a person writes it: nothing in it knows about localhub.
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
    project: str,
    run: str = "run-1",
    user: str = "alice",
    warnings: tuple[str, ...] = (),
) -> subprocess.CompletedProcess:
    """A user's training script that logs three losses to the dashboard at `space_id`; trackio
    may warn only with `warnings` (its non-fatal warnings all say "could not")."""
    result = run_as_user(localhub, tmp_path, TRAINING_SCRIPT, project, space_id, run, user=user)
    output = result.stdout + result.stderr
    unexpected = [
        line
        for line in output.splitlines()
        if "could not" in line and not any(warning in line for warning in warnings)
    ]
    assert unexpected == [], output
    return result


def run_as_user(
    localhub: LocalHub, tmp_path: Path, script: str, *args: str, user: str = "alice"
) -> subprocess.CompletedProcess:
    """A person's own script, run unmodified as the README says to in sandbox mode:
    `python -m localhub run --hub URL --user alice -- python train.py` (the Hub's address, a token
    of the user, and https://{ns}-{name}.hf.space reaching the Space on localhub). Their machine
    is `tmp_path`: its home, trackio's local data and caches."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    training_script = tmp_path / "script.py"
    training_script.write_text(script)
    home = tmp_path / "user-home"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HF_", "TRACKIO_", "SPACE_", "GRADIO_")) and key != "SYSTEM"
    }
    env.update(HOME=str(home), HF_HOME=str(home / "hf"), TRACKIO_DIR=str(home / "trackio"))
    command = run_command(localhub.url, user, "python", str(training_script), *args)
    result = subprocess.run(
        [sys.executable if part == "python" else part for part in command],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def logged_losses(host: str, project: str, run: str = "run-1") -> list[float]:
    answer = call_space(host, "get_metric_values", project=project, run=run, metric_name="loss")
    answer.raise_for_status()
    return [point["value"] for point in answer.json()["data"]]

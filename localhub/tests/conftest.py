"""localhub's own fixtures: one localhub with its default seed, and headless Chromium."""

from __future__ import annotations

import os
import tempfile

# huggingface_hub reads these at import: the suite never talks to huggingface.co, never sends
# telemetry, and never reads the developer's own token or cache.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ["NO_PROXY"] = "127.0.0.1,localhost"
os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="hf-home-localhub-tests-")
os.environ.pop("HF_TOKEN", None)
os.environ.pop("HF_ENDPOINT", None)

from collections.abc import Iterator

import pytest

from localhub.service import LocalHub
from localhub.testing import browser_page, playwright_session

__all__ = ["browser_page", "playwright_session"]  # fixtures, found by pytest here


@pytest.fixture(scope="session")
def hub() -> Iterator[LocalHub]:
    """One localhub for API tests, with the default seed; Spaces are left BUILDING (no
    processes), and tests use unique names."""
    with LocalHub(spaces="off") as running:
        yield running

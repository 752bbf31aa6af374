"""A running dashboard's own HTTP API (trackio's server, not the Hub's): `/version` and the
`POST /api/<name>` calls trackio's remote client makes.

The person's token is never sent here: whoever may write to the Space may change the code that
answers. A private Space is opened with a Space token when the caller has one (`sign`), as the
Hub's own pages open it.
"""

from __future__ import annotations

from typing import Any

from huggingface_hub.utils import get_session


class SpaceApi:
    """Example:
    >>> SpaceApi("https://alice-trackio.hf.space").version()["version"]
    '0.43.0'
    """

    def __init__(self, host: str, *, timeout: float = 30.0, sign: str | None = None) -> None:
        self.host = host.rstrip("/")
        self.timeout = timeout
        self.params = {"__sign": sign} if sign else None

    def version(self) -> dict[str, Any]:
        """What `/version` answers: `version`, `api_version`, `writes_paused`, ..."""
        response = get_session().get(
            f"{self.host}/version", params=self.params, timeout=self.timeout
        )
        response.raise_for_status()
        answer = response.json()
        return answer if isinstance(answer, dict) else {}

    def call(self, name: str, **kwargs: Any) -> Any:
        """One call of the dashboard's API, e.g. `call("get_all_projects")`; its `data`."""
        response = get_session().post(
            f"{self.host}/api/{name}",
            params=self.params,
            json={"args": [], "kwargs": kwargs},
            timeout=self.timeout,
        )
        response.raise_for_status()
        return response.json()["data"]

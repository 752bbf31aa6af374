"""A static dashboard's deploy: the steps of a live one (`deployer.deploy`), with its own storage,
create and verify, and no build.

The Space is the one trackio's own `deploy_as_static_space` makes: a card with `sdk: static` and
the `trackio` tag, trackio's built frontend (`templates/trackio-static`), and `config.json` naming
the mode, the project, the trackio version and the bucket. So `trackio.sync(..., sdk="static")`
run afterwards finds the bucket in `config.json` and fills it instead of making another, and
`trackio freeze` and upgrades know the Space for what it is.

Three Hub writes at most, and no build (a static Space is served, not built): the public bucket,
then the Space (a duplicate of the static template Space, or a new one), then one commit (its
`config.json`, or after a new Space every file with it). An update of a static dashboard is one
commit that brings its files to the template and keeps its bucket, its project and its runs."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

from huggingface_hub import SpaceInfo, hf_hub_url
from huggingface_hub.utils import build_hf_headers, get_session, hf_raise_for_status
from packaging.version import InvalidVersion, Version

from deployer import template
from deployer.deploy import Change, _Run
from deployer.errors import DeployError, Problem
from deployer.events import DeployPath, Event
from deployer.plan import space_variables
from deployer.request import Kind

CONFIG = "config.json"
COMMIT_MESSAGE = "Deploy the static Trackio dashboard"
# The script tag of the frontend's entry point, in the template's index.html: the page a Space
# serves is this frontend when it loads the same one.
ENTRY_SCRIPT = re.compile(rb'<script[^>]*\ssrc="([^"]+)"')


def static_config(*, project: str, bucket_id: str, version: str) -> bytes:
    """`config.json` as trackio's static deploy writes it (same keys, order and spacing), so that
    a sync of the same project with the same trackio changes nothing in it."""
    config = {
        "mode": "static",
        "project": project,
        "private": False,
        "version": version,
        "bucket_id": bucket_id,
    }
    return json.dumps(config).encode()


def entry_script() -> str:
    """The address of the frontend's entry script, e.g. `/assets/index-BoUtOhbH.js`."""
    found = ENTRY_SCRIPT.search(template.template_files(Kind.STATIC)["index.html"])
    if found is None:
        raise ValueError("templates/trackio-static/index.html loads no script")
    return found.group(1).decode()


class StaticRun(_Run):
    """One deploy of a static dashboard."""

    builds = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._existing_config: dict[str, Any] | None = None  # an existing dashboard's config.json

    def _settings(self, *, bare: bool = False) -> dict[str, Any]:
        # Public, and nothing a server would read; the variable marks a Space this app created.
        if bare:
            return {"private": False}
        return {
            "private": False,
            "space_variables": [
                {"key": k, "value": v} for k, v in space_variables(self.request).items()
            ],
        }

    def _setting_changes(self, info: SpaceInfo, *, secrets: bool = True) -> list[Change]:
        # A static Space has no hardware, secrets or volumes: its variables are all it carries.
        return self._variable_changes()

    def _files(self) -> dict[str, bytes]:
        assert self.bucket_id is not None  # a static request always names its bucket
        config = static_config(
            project=self.project,
            bucket_id=self.bucket_id,
            version=template.pinned_trackio_version(),
        )
        return {**template.template_files(Kind.STATIC), CONFIG: config}

    # -- check: what an existing static dashboard shows, and whether updating it goes forward ------

    def _check(self) -> Iterator[Event]:
        detail = yield from super()._check()
        if self.choice.path is DeployPath.UPDATE:
            shown = self.existing_config.get("version")
            pinned = template.pinned_trackio_version()
            if _is_newer(shown, pinned):
                raise DeployError(
                    Problem.NEWER_TRACKIO,
                    f"{self.space_id} shows its runs with trackio {shown} (from its last sync), newer"
                    f" than the {pinned} this app deploys: updating would take it back. It needs no"
                    ' update: each trackio.sync(..., sdk="static") brings its own frontend along.',
                )
            shown_project = self.existing_config.get("project")
            if isinstance(shown_project, str) and shown_project:
                if shown_project != self.project and not self.keep_settings:
                    yield from self._warn(
                        f"{self.space_id} keeps showing the project {shown_project}, whose runs are"
                        f" in its bucket. To show {self.project} there, run"
                        f' trackio.sync(project="{self.project}", space_id="{self.space_id}",'
                        ' sdk="static").'
                    )
                self.project = shown_project
        return detail

    @property
    def existing_config(self) -> dict[str, Any]:
        """The existing dashboard's config.json, read once: the bucket check needs it first."""
        if self._existing_config is None:
            self._existing_config = self._space_config()
        return self._existing_config

    def _kept_bucket(self) -> tuple[str, str] | None:
        bucket = self.existing_config.get("bucket_id")
        return (bucket, f"that its {CONFIG} names") if isinstance(bucket, str) and bucket else None

    def _space_config(self) -> dict[str, Any]:
        """The existing Space's `config.json`; empty when it has none (a deploy that did not
        finish) or it is not JSON."""
        url = hf_hub_url(self.space_id, CONFIG, repo_type="space", endpoint=self.client.endpoint)

        def read() -> Any:
            response = get_session().get(
                url, headers=build_hf_headers(token=self.client.token), timeout=self.client.timeout
            )
            if response.status_code == 404:
                return {}
            hf_raise_for_status(response)
            return response.json()

        try:
            config = self.call(f"read the Space's {CONFIG}", read)
        except ValueError:  # not JSON: nothing of it is kept
            return {}
        return config if isinstance(config, dict) else {}

    # -- create: a duplicate and one commit of config.json (or, after a new Space, of everything) -

    def _finish_duplicate(self) -> str:
        self.created = True  # from here on, a deploy that stops leaves a Space to finish
        parent = self.call("read the Space", lambda: self.client.space_info(self.space_id)).sha
        return self._commit(
            f"commit its {CONFIG}", [CONFIG], [], message=COMMIT_MESSAGE, parent=parent
        )

    def _update(self) -> Iterator[Event]:
        """One commit of what differs from the template and this dashboard's config.json; its
        bucket, its runs and its other files stay, and nothing restarts."""
        info = self.existing
        assert info is not None
        self.host = (info.host or "").rstrip("/")
        if info.private:
            yield from self._warn(
                f"{self.space_id} is private, so only you can open it: a static dashboard is meant"
                " to be public. Change its visibility in the Space's settings."
            )
        files = self._files()
        remote = template.remote_blob_ids(info.siblings, files)
        changed = [p for p, data in files.items() if remote.get(p) != template.blob_id(data)]
        if not changed:
            return info.sha, f"{self.space_id} is already up to date"
        sha = self._commit(
            "commit the dashboard's files",
            changed,
            [],
            message="Update the static Trackio dashboard",
            parent=info.sha,
        )
        return sha, f"{len(changed)} file change(s) in one commit; nothing to build"

    # -- verify: the page is this frontend, and its config.json names the bucket -----------------

    def _verify(self) -> Iterator[Event]:
        page_url, config_url = f"{self.host}/", f"{self.host}/{CONFIG}"
        script = entry_script()
        deadline = time.monotonic() + self.deployer.health_timeout
        session = get_session()
        last = ""
        while True:
            self.client.stop_if_cancelled()
            try:  # a public page: read without any token
                page = session.get(page_url, timeout=self.client.timeout)
                config = session.get(config_url, timeout=self.client.timeout)
                if page.status_code != 200 or script not in page.text:
                    last = f"{page_url} is not the Trackio dashboard (HTTP {page.status_code})"
                elif config.status_code != 200:
                    last = f"{config_url} answers HTTP {config.status_code}"
                else:
                    named = config.json()
                    if named.get("mode") == "static" and named.get("bucket_id") == self.bucket_id:
                        yield from ()
                        return f"the dashboard is served and its {CONFIG} names {self.bucket_id}"
                    last = f"its {CONFIG} does not name the bucket {self.bucket_id}"
            except Exception as error:
                last = type(error).__name__
            if time.monotonic() >= deadline:
                raise DeployError(
                    Problem.NOT_ANSWERING,
                    f"{self.space_id} does not serve the dashboard yet ({last}). Open"
                    f" {self.space_url} to see what it holds, then deploy again with updating"
                    " allowed.",
                )
            time.sleep(self.deployer.poll_interval)


def _is_newer(shown: object, pinned: str) -> bool:
    try:
        return isinstance(shown, str) and Version(shown) > Version(pinned)
    except InvalidVersion:
        return False

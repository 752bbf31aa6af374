"""Static Spaces, served as the Hub serves them: straight from the repo's files at its head commit,
with no build and no process (`sdk: static`; localhub does not run an `app_build_command`).

Each static Space answers on its own port (its host), so that a page's root-relative addresses
(`/config.json`, `/assets/...`) work as on `{subdomain}.static.hf.space`. A commit is served the
moment it lands; a paused Space answers 503. Serving is the same in every Spaces mode: the Hub's
builders play no part in it."""

from __future__ import annotations

import contextlib
import mimetypes
import threading
import time
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from localhub.card import CardError, repo_card, space_config
from localhub.store import Repo, Store

BIND_SECONDS = 10.0
# Browsers refuse module scripts served with another type; the platform's table may lack these.
TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json"}


class StaticSites:
    """One small HTTP server per static Space, on the Space's port, for as long as it exists.

    `serving(repo)` says whether the Space may answer now (its stage); the files are read from the
    store on every request, so what is served is always the head commit."""

    def __init__(self, store: Store, *, serving: Callable[[Repo], bool]) -> None:
        self.store = store
        self.serving = serving
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._lock = threading.Lock()

    def serve(self, repo: Repo) -> None:
        key = repo.repo_id.lower()
        with self._lock:
            if key in self._servers:
                return
            server = self._bind(repo)
            self._servers[key] = server
        threading.Thread(
            target=server.serve_forever, name=f"static Space {repo.repo_id}", daemon=True
        ).start()

    def _bind(self, repo: Repo) -> ThreadingHTTPServer:
        """A server on the Space's port; a process of the Space's that is being stopped (its card
        just changed to static) may hold the port for a moment."""
        deadline = time.monotonic() + BIND_SECONDS
        while True:
            try:
                server = ThreadingHTTPServer(
                    ("127.0.0.1", repo.settings["port"]), self._handler(repo.namespace, repo.name)
                )
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
                continue
            server.daemon_threads = True
            return server

    def stop(self, space_id: str) -> None:
        with self._lock:
            server = self._servers.pop(space_id.lower(), None)
        if server is not None:
            server.shutdown()
            server.server_close()

    def close(self) -> None:
        for key in list(self._servers):
            self.stop(key)

    def _handler(self, namespace: str, name: str) -> type[BaseHTTPRequestHandler]:
        sites = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._answer(body=True)

            def do_HEAD(self) -> None:
                self._answer(body=False)

            def _answer(self, *, body: bool) -> None:
                repo = sites.store.repo("space", namespace, name)
                if repo is None or not sites.serving(repo):
                    self._send(HTTPStatus.SERVICE_UNAVAILABLE, b"Space not running", "text/plain")
                    return
                found = sites._file(repo, unquote(urlsplit(self.path).path))
                if found is None:
                    self._send(HTTPStatus.NOT_FOUND, b"Not found", "text/plain")
                    return
                path, data = found
                suffix = path[path.rfind(".") :] if "." in path else ""
                kind = TYPES.get(suffix) or mimetypes.guess_type(path)[0]
                self._send(HTTPStatus.OK, data, kind or "application/octet-stream", body=body)

            def _send(
                self, status: HTTPStatus, data: bytes, kind: str, *, body: bool = True
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if body:
                    with contextlib.suppress(ConnectionError):
                        self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the Hub's request log is for the Hub API, not for Space pages

        return Handler

    def _file(self, repo: Repo, path: str) -> tuple[str, bytes] | None:
        """The file at a URL path: `/` is the app file, a folder its `index.html`."""
        tree = self.store.tree(repo.id, repo.head)
        wanted = path.strip("/")
        if not wanted:
            try:
                wanted = space_config(repo_card(self.store, repo, repo.head)).app_file
            except CardError:
                return None
        candidates = [wanted, f"{wanted}/index.html"]
        for candidate in candidates:
            entry = tree.get(candidate)
            if entry is not None:
                data = self.store.blob(entry.oid)
                if data is not None:
                    return candidate, data
        return None

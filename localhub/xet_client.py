"""localhub's own use of the real `hf_xet` client against its Xet storage (`localhub.cas`): a file
a Space wrote into its bucket's folder goes into the storage (which gives its Xet hash, as the Hub
computes it), and a file uploaded through the API is rebuilt in the bucket's folder from its hash.

Called from the worker threads that serve requests; hf_xet reaches the storage over HTTP, like any
other client, so these requests appear in the request log with no user."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from localhub.cas import Cas


class XetClient:
    def __init__(self, cas: Cas) -> None:
        self.cas = cas
        self._session: Any = None
        self._lock = threading.Lock()

    def upload(self, path: Path) -> tuple[str, int]:
        """Store the file's content; its Xet hash and size."""
        from hf_xet import SKIP_SHA256

        with self._session_().new_upload_commit(**self._connection(write=True)) as commit:
            handle = commit.start_upload_file(str(path), sha256=SKIP_SHA256)
        info = handle.result().xet_info
        return info.hash, info.file_size

    def download(self, file_hash: str, size: int, target: Path) -> None:
        """Rebuild a stored file at `target`."""
        from hf_xet import XetFileInfo

        if size == 0:
            target.write_bytes(b"")
            return
        with self._session_().new_file_download_group(**self._connection(write=False)) as group:
            group.start_download_file(XetFileInfo(file_hash, size), str(target))

    def _connection(self, *, write: bool) -> dict[str, Any]:
        token = self.cas.token(write=write, user=None)
        return {
            "endpoint": token.cas_url,
            "token": token.access_token,
            "token_expiry_unix_secs": token.exp,
        }

    def _session_(self) -> Any:
        with self._lock:
            if self._session is None:
                from hf_xet import XetSession

                self._session = XetSession()
            return self._session

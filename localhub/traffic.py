"""What tests and benchmarks steer and read about the HTTP traffic, on the server's side: faults
waiting for their requests, the request log and the latency added to every Hub request.

`localhub.control` is the client of this state; its `Fault` is the one fault shape both use."""

from __future__ import annotations

import fnmatch
import threading
from collections import deque
from dataclasses import dataclass, replace

from localhub.control import Fault, LoggedRequest

LOG_SIZE = 200_000


@dataclass
class _Pending:
    fault: Fault
    left: int | None  # None: until cleared


class Traffic:
    def __init__(self, *, latency_ms: int = 0) -> None:
        self.latency_ms = latency_ms
        self._faults: list[_Pending] = []
        self._log: deque[LoggedRequest] = deque(maxlen=LOG_SIZE)
        self._lock = threading.Lock()  # guards both lists: requests are served by many threads

    # -- faults ---------------------------------------------------------------------------------

    def add_faults(self, faults: list[Fault]) -> None:
        with self._lock:
            self._faults.extend(_Pending(fault, fault.times) for fault in faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def faults(self) -> list[Fault]:
        """The faults still waiting, each with the number of requests it will still meet."""
        with self._lock:
            return [replace(p.fault, times=p.left) for p in self._faults]

    def take_fault(self, method: str, path: str) -> Fault | None:
        """The first fault matching this request, counted as met."""
        with self._lock:
            for pending in self._faults:
                fault = pending.fault
                if (fault.method == "*" or fault.method.upper() == method) and (
                    fnmatch.fnmatchcase(path, fault.path)
                ):
                    if pending.left is not None:
                        pending.left -= 1
                        if pending.left <= 0:
                            self._faults.remove(pending)
                    return fault
        return None

    # -- the request log ------------------------------------------------------------------------

    def record(self, request: LoggedRequest) -> None:
        with self._lock:
            self._log.append(request)

    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._log)

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()

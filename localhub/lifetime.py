"""Child processes that die with the thread that started them (Linux `PR_SET_PDEATHSIG`): neither
localhub nor a Space outlives its parent, even when the parent is killed.

Importing this module needs no Linux: libc is loaded on first use, in the parent, because a child
must not load a library between fork and exec."""

from __future__ import annotations

import ctypes
import functools
import os
import signal
import sys
from collections.abc import Callable

PR_SET_PDEATHSIG = 1


def dies_with_parent() -> Callable[[], None] | None:
    """A `preexec_fn` for `subprocess.Popen`; `None` where the platform cannot do it."""
    if not sys.platform.startswith("linux"):
        return None
    return functools.partial(_die_with, _libc(), os.getpid())


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL("libc.so.6", use_errno=True)


def _die_with(libc: ctypes.CDLL, parent: int) -> None:
    """In the child, before exec: get SIGTERM when the thread that started it ends, which it does
    only after the child has exited or when its parent dies; and exit at once if the parent
    already died between the fork and this call."""
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)

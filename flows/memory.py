"""Give the heap's free pages back to the system between stages.

A long run frees most of what a stage allocated, but glibc's allocator keeps the freed pages
of its heap (they sit between live blocks): a process's resident size then climbs part after
part though what it holds does not. ``malloc_trim(0)`` hands those pages back. Elsewhere (no
glibc) it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
if sys.platform.startswith("linux"):
    try:
        _trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        _trim = None


def give_back() -> bool:
    """Return the free pages of the C heap to the system; True if any were returned."""
    return bool(_trim(0)) if _trim is not None else False

"""The flow hands the heap's free pages back between stages (``flows.memory.give_back``)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from flows import memory


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's",
)
def test_free_pages_go_back_to_the_system_on_glibc() -> None:
    assert memory._trim is not None
    # every other block of the heap freed: free pages between live blocks, which glibc's own
    # free() never returns (it trims only the top of the heap)
    held = [bytearray(20_000) for _ in range(4_000)]
    del held[::2]
    assert memory.give_back() is True
    assert len(held) == 2_000
    memory.give_back()  # a second call finds little or nothing to return, and does not fail


def test_without_malloc_trim_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_trim", None)
    assert memory.give_back() is False


# Run in a fresh interpreter, whose heap has no free hole of megabytes (a large block is
# carved from such a hole, whatever the threshold): whether a 4 MiB block, made after a
# 16 MiB one was freed, got a mapping of its own (the IS_MMAPPED bit of its chunk's size word).
_PROBE = """
import ctypes, sys
from flows import memory
if sys.argv[1] == "settle":
    assert memory.settle()
big = bytearray(16 << 20)
del big  # glibc alone now raises its threshold to 16 MiB
block = bytearray(4 << 20)
address = ctypes.addressof(ctypes.c_char.from_buffer(block))
word = ctypes.c_size_t.from_address(address - ctypes.sizeof(ctypes.c_size_t)).value
print("mapped" if word & 2 else "heap")
"""


def _probe(mode: str) -> str:
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    return done.stdout.strip()


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)
def test_large_blocks_keep_their_own_mappings_once_settled() -> None:
    assert memory.settle() is True
    assert memory.settle() is True  # once per process; again is harmless
    assert _probe("settle") == "mapped"
    assert _probe("plain") == "heap"  # what glibc does by itself


def test_without_mallopt_settle_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_mallopt", None)
    monkeypatch.setattr(memory, "_settled", False)
    assert memory.settle() is False

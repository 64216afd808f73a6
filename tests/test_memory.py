"""The flow hands the heap's free pages back between stages (``flows.memory.give_back``)."""

from __future__ import annotations

import ctypes
import platform
import sys

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


def _mapped_apart(block: bytearray) -> bool:
    """Whether glibc gave this block a mapping of its own: the IS_MMAPPED bit of its chunk's
    size word, just before the block (a property of the block, whatever other threads do)."""
    address = ctypes.addressof(ctypes.c_char.from_buffer(block))
    return bool(ctypes.c_size_t.from_address(address - ctypes.sizeof(ctypes.c_size_t)).value & 2)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)
def test_large_blocks_keep_their_own_mappings_once_settled() -> None:
    assert memory.settle() is True
    assert memory.settle() is True  # once per process; again is harmless
    # freeing a 16 MiB mapped block would raise glibc's own threshold to 16 MiB, and the
    # next 1 MiB block would come from the heap; settled, it is mapped apart
    big = bytearray(16 << 20)
    assert _mapped_apart(big)
    del big
    block = bytearray(1 << 20)
    assert _mapped_apart(block)
    small = bytearray(1000)  # far below the threshold: from the heap
    assert not _mapped_apart(small)


def test_without_mallopt_settle_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_mallopt", None)
    monkeypatch.setattr(memory, "_settled", False)
    assert memory.settle() is False

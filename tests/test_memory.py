"""The flow hands the heap's free pages back between stages (``flows.memory.give_back``)."""

from __future__ import annotations

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

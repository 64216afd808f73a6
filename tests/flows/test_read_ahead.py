"""Read-ahead of a batch's raw files: advice to the kernel that never fails a batch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows import batches


def test_read_ahead_advises_every_readable_file_and_skips_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("A headline\n\nSome text.\n", encoding="utf-8")
    advised: list[int] = []
    real = os.posix_fadvise

    def spy(fd: int, offset: int, length: int, advice: int) -> None:
        assert advice == os.POSIX_FADV_WILLNEED
        advised.append(os.fstat(fd).st_ino)
        real(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", spy)
    before = good.stat()
    batches.read_ahead([str(tmp_path / "missing.txt"), str(good)])
    assert advised == [good.stat().st_ino]
    after = good.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


def test_read_ahead_survives_advice_the_file_system_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("text\n", encoding="utf-8")

    def refuse(fd: int, offset: int, length: int, advice: int) -> None:
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(os, "posix_fadvise", refuse)
    batches.read_ahead([str(good), str(tmp_path)])  # a directory opens read-only, too

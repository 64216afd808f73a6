"""Atomic writes: whole files only, the usual permissions, no temporary files left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from flows import io


def test_write_atomic_replaces_whole_file_with_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "articles" / "a.txt"
        io.write_atomic(target, "first\n")
        io.write_atomic(target, "second\n")
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "second\n"
    assert target.stat().st_mode & 0o777 == 0o644  # readable by the team, like any file
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]


def test_failed_write_leaves_old_content_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "index.jsonl"
    io.write_lines_atomic(target, ["a\n", "b\n"])

    def broken() -> object:
        yield "c\n"
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        io.write_lines_atomic(target, broken())  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "a\nb\n"
    assert [p.name for p in tmp_path.iterdir()] == ["index.jsonl"]

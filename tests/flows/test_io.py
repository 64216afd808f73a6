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


def test_discovered_paths_come_in_pathlib_order_without_hidden_files(tmp_path: Path) -> None:
    """String paths sorted part by part, as sorted Paths are: "a/b" before "a.b/c" (a plain
    string sort puts "." before "/"), hidden files and folders left out."""
    raw = tmp_path / "raw"
    names = ["a/b.txt", "a.b/c.txt", "a-b/d.txt", "a/z/e.txt", "a/.hidden.txt", ".git/x.txt"]
    names += ["B/f.txt", "a b/g.jsonl", "a/b/h.txt", "zz.txt"]
    for name in names:
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text("x\n", encoding="utf-8")
    expected = sorted(p for p in raw.rglob("*") if p.is_file() and ".git" not in p.parts)
    expected = [p for p in expected if not p.name.startswith(".")]
    for root in (raw, Path(str(raw) + "/")):
        got = io.discover_paths(root)
        assert got == [str(p) for p in expected]
        assert io.discover(root) == expected
    assert [Path(p).relative_to(raw).as_posix() for p in io.discover_paths(raw)][:3] == [
        "B/f.txt",
        "a/b/h.txt",
        "a/b.txt",
    ]

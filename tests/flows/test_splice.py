"""flows.splice: a sorted file with some lines replaced, dropped or added, the rest copied."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from flows import splice

HEAD = b'{"id": "'


def _line(doc_id: str, body: str) -> bytes:
    return (json.dumps({"id": doc_id, "text": body}) + "\n").encode()


def _expected(old: dict[str, bytes], drop: set[str], fresh: dict[str, bytes]) -> bytes:
    kept = {k: v for k, v in old.items() if k not in drop}
    kept.update(fresh)
    return b"".join(kept[k] for k in sorted(kept))


def _run(tmp_path: Path, old: dict[str, bytes], drop: set[str], fresh: dict[str, bytes]) -> bytes:
    src = tmp_path / "old.jsonl"
    src.write_bytes(b"".join(old[k] for k in sorted(old)))
    dst = tmp_path / "new.jsonl"
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        with src.open("rb") as fh:
            dropped, added = splice.splice(fh, fd, sorted(drop), fresh, HEAD)
    finally:
        os.close(fd)
    out = dst.read_bytes()
    assert added == len(fresh)
    assert dropped == len(drop & set(old))
    return out


@pytest.mark.parametrize("seed", range(30))
def test_the_same_bytes_as_rewriting_every_line(tmp_path: Path, seed: int) -> None:
    rnd = random.Random(seed)
    ids = sorted({f"site-{rnd.randrange(10**6):06x}" for _ in range(rnd.randint(0, 400))})
    # lines of very different lengths, some far longer than the search's window
    old = {i: _line(i, "x" * rnd.choice([1, 50, 3000, 20000])) for i in ids}
    drop = set(rnd.sample(ids, min(len(ids), rnd.randint(0, 30))))
    new_ids = {f"site-{rnd.randrange(10**6):06x}" for _ in range(rnd.randint(0, 20))}
    changed = set(rnd.sample(sorted(drop), len(drop) // 2)) if drop else set()
    fresh = {i: _line(i, f"fresh {i}") for i in (new_ids - set(old)) | changed}
    drop |= set(fresh)  # (a line that comes is pending, as in the state)
    assert _run(tmp_path, old, drop, fresh) == _expected(old, drop, fresh)


def test_ends_and_an_empty_file(tmp_path: Path) -> None:
    old = {k: _line(k, k) for k in ("b", "c", "d")}
    fresh = {"a": _line("a", "new first"), "e": _line("e", "new last"), "d": _line("d", "new")}
    drop = {"a", "b", "d", "e"}
    assert _run(tmp_path, old, drop, fresh) == _expected(old, drop, fresh)
    assert _run(tmp_path, {}, {"x"}, {"x": _line("x", "only")}) == _line("x", "only")


def test_a_foreign_line_is_refused(tmp_path: Path) -> None:
    old = {f"k{n:03d}": _line(f"k{n:03d}", "y" * 100) for n in range(200)}
    src = tmp_path / "old.jsonl"
    data = b"".join(old[k] for k in sorted(old))
    src.write_bytes(data[: len(data) // 2] + b"not json\n" + data[len(data) // 2 :])
    fd = os.open(tmp_path / "new", os.O_WRONLY | os.O_CREAT, 0o666)
    try:
        with src.open("rb") as fh, pytest.raises(splice.ForeignLineError):
            for key in ("k050", "k100", "k101", "k150"):  # one of them lands on it
                splice.splice(fh, fd, [key], {}, HEAD)
                fh.seek(0)
    finally:
        os.close(fd)

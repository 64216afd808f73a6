"""bench/real_corpus.py on a small benchmark folder of this test's own making (the real one,
../shared, is not part of the repository)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import real_corpus

PROSE = (
    "The city council voted on Tuesday to approve the new budget for the coming year after a "
    "long debate about road repairs, school funding and the future of the public library."
)


def _page(n: int) -> str:
    words = PROSE.split()
    lines = ["Home", "News", "Sport", "Subscribe to our newsletter", f"Headline number {n}"]
    for k in range(6):  # prose lines that differ from page to page
        lines.append(" ".join(words[(n + k) % len(words) :] + words[: (n + k) % len(words)]))
    lines += ["Share this article", "Copyright 2026 The Example Post. All rights reserved."]
    return "\n".join(lines) + "\n"


def _shared(root: Path) -> Path:
    bp = root / "boilerplate-dev" / "pages"
    sn = root / "snippets-dev" / "pages"
    dd = root / "dedup-dev" / "docs"
    for d in (bp, sn, dd):
        d.mkdir(parents=True)
    for n in range(3):
        (bp / f"page{n}.full.txt").write_text(_page(n), encoding="utf-8")
    with (sn / "snippets.jsonl").open("w", encoding="utf-8") as fh:
        for n in range(3, 6):
            (sn / f"s{n}.full.txt").write_text(_page(n), encoding="utf-8")
            fh.write(json.dumps({"id": f"s{n}", "site": f"site{n}.example"}) + "\n")
    with (root / "dedup-dev" / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for n in range(2):
            (dd / f"doc{n}.txt").write_text(_page(10 + n), encoding="utf-8")
            fh.write(json.dumps({"doc_id": f"doc{n}", "cluster_id": "c000001", "site": "Wire"}))
            fh.write("\n")
    return root


def test_builds_a_scored_corpus_the_same_every_time(tmp_path: Path) -> None:
    shared = _shared(tmp_path / "shared")
    a, b = tmp_path / "a", tmp_path / "b"
    summary = real_corpus.generate(a, 300, shared=shared)
    real_corpus.generate(b, 300, shared=shared)
    gold = [json.loads(line) for line in (a / "gold.jsonl").read_text("utf-8").splitlines()]
    assert len(gold) == summary["docs"] == 300
    assert summary["sources"] == 8
    for g in gold:  # every gold line names a file of raw/, written in its encoding
        data = (a / "raw" / g["doc"]).read_bytes()
        assert data == (b / "raw" / g["doc"]).read_bytes()
        data.decode(g["encoding"])
    kinds = {g["kind"] for g in gold}
    assert {"dev-copy", "original"} <= kinds
    assert kinds & {"copy", "truncated", "exact", "mojibake"}
    # a copy carries its story's prose, under another site's header and footer
    stories = {g["story"]: g for g in gold if g["kind"] == "original"}
    copy = next(g for g in gold if g["kind"] == "exact")
    original = stories[copy["story"]]
    prose = [
        line
        for line in (a / "raw" / original["doc"]).read_text("utf-8").splitlines()
        if len(line.split()) >= real_corpus.PROSE_WORDS
    ]
    assert prose and all(
        line in (a / "raw" / copy["doc"]).read_text("utf-8").splitlines() for line in prose
    )
    assert copy["doc"].split("/")[0] != original["doc"].split("/")[0]


def test_stories_of_one_source_differ(tmp_path: Path) -> None:
    shared = _shared(tmp_path / "shared")
    real_corpus.generate(tmp_path / "c", 200, shared=shared)
    gold = [json.loads(x) for x in (tmp_path / "c" / "gold.jsonl").read_text("utf-8").splitlines()]
    by_source: dict[str, list[str]] = {}
    for g in gold:
        if g["kind"] == "original":
            by_source.setdefault(g["source"], []).append(g["doc"])
    docs = next(v for v in by_source.values() if len(v) >= 2)
    texts = [(tmp_path / "c" / "raw" / d).read_text("utf-8") for d in docs[:2]]
    assert texts[0] != texts[1]


def test_stops_with_a_message_without_the_benchmarks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        real_corpus.generate(tmp_path / "c", 10, shared=tmp_path / "missing")
    assert "needs the development benchmarks" in str(exc.value)
    assert not (tmp_path / "c").exists()

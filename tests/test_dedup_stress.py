"""bench/dedup_stress.py on articles of this test's own making: the set is the same for a seed,
in the dev set's format, and its hard negatives share no more than the dev set's do."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bench import dedup_stress
from bench.dedup_stress import SHARE_MAX, Article


def _articles(n: int) -> list[Article]:
    rng = random.Random(0)
    words = [f"w{i}" for i in range(3000)]
    arts = []
    for i in range(n):
        paras = [
            " ".join(rng.choice(words) for _ in range(rng.randint(10, 60))) + "."
            for _ in range(rng.randint(2, 9))
        ]
        arts.append(Article(f"src{i:03d}", "example.org", "", f"Headline number {i}", paras))
    return arts


def _shingles(text: str) -> set[tuple[str, ...]]:
    t = re.findall(r"\w+", text.lower())
    return {tuple(t[i : i + 5]) for i in range(len(t) - 4)}


def test_same_seed_same_set_in_the_dev_format(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    dedup_stress.build(_articles(40), 3, 30, a)
    dedup_stress.build(_articles(40), 3, 30, b)
    assert (a / "gold.jsonl").read_bytes() == (b / "gold.jsonl").read_bytes()
    gold = [json.loads(x) for x in (a / "gold.jsonl").read_text().splitlines()]
    assert {"doc_id", "cluster_id", "story", "site", "ops", "hard_negative"} <= set(gold[0])
    for g in gold:
        text = (a / "docs" / f"{g['doc_id']}.txt").read_text(encoding="utf-8")
        site = re.sub(r"[^A-Za-z0-9]+", "-", g["site"]).strip("-").lower()
        assert (a / "raw" / site / f"{g['doc_id']}.txt").read_text(encoding="utf-8") == text
        assert any(op.startswith("furniture:") for op in g["ops"])
    sizes = {}
    for g in gold:
        sizes[g["cluster_id"]] = sizes.get(g["cluster_id"], 0) + 1
    assert max(sizes.values()) <= 6 and min(sizes.values()) == 1
    assert any(g["hard_negative"] for g in gold)


def test_shared_paragraphs_stay_under_the_share() -> None:
    rng = random.Random(1)
    paras = ["one two three four five six seven eight nine ten"] * 3 + ["x " * 200]
    for _ in range(50):
        got = dedup_stress._shareable(rng, paras, 3, 100)
        assert sum(len(p.split()) for p in got) <= SHARE_MAX * 100
        assert len(got) <= 3


def test_hard_negatives_share_less_than_copies(tmp_path: Path) -> None:
    dedup_stress.build(_articles(60), 5, 50, tmp_path)
    gold = [json.loads(x) for x in (tmp_path / "gold.jsonl").read_text().splitlines()]
    body = {}
    for g in gold:
        lines = (tmp_path / "docs" / f"{g['doc_id']}.txt").read_text().splitlines()
        body[g["doc_id"]] = _shingles(" ".join(x for x in lines if re.search(r"\bw\d", x)))
    first = {}
    for g in gold:
        first.setdefault(g["story"], g)
    checked = 0
    for g in gold:
        hn = g["hard_negative"]
        if hn and g["copy"] == 0 and hn["with_story"] in first:
            a, b = body[g["doc_id"]], body[first[hn["with_story"]]["doc_id"]]
            # typos and truncation change a copy; the whole story shares at most SHARE_MAX
            ops = " ".join(g["ops"] + first[hn["with_story"]]["ops"])
            if "truncate" not in ops and "drop_paras" not in ops:
                assert len(a & b) <= (SHARE_MAX + 0.05) * min(len(a), len(b))
                checked += 1
    assert checked

"""Near-duplicate benchmark: run newsclean's cleaning and dedup on the dev set and score it.

Lays the documents out as raw/<site>/<doc_id>.txt (sites are what a real raw/ is organised by),
runs the whole pipeline the flow runs (read, clean, site furniture, dedup against a fresh
state, outputs), turns clean/'s indexes into pred.jsonl and prints the scorer's line.

    uv run python bench/dedup.py [--bench ../shared/bench/dedup-dev] [--config FILE]

A set made by bench/dedup_stress.py has no scorer of its own: pass the dev set's with
``--score``. ``--by-op`` prints the recall of each copy operation, ``--misses`` every pair of
true copies left apart and every hard-negative pair merged, with the cleaned bodies' word
counts, exact Jaccard and containment, and each copy's operations.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from cleaners.config import PipelineConfig, load_config
from flows import plain
from flows.io import iter_jsonl


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", default="../shared/bench/dedup-dev")
    ap.add_argument("--config", default=None)
    ap.add_argument("--by-op", action="store_true")
    ap.add_argument("--score", default=None, help="the scorer (default: the set's score.py)")
    ap.add_argument("--misses", action="store_true", help="list missed and wrongly merged pairs")
    args = ap.parse_args()
    bench = Path(args.bench)
    scorer = Path(args.score) if args.score else bench / "score.py"
    if not (bench / "gold.jsonl").is_file() or not scorer.is_file():
        sys.exit(
            f"bench/dedup.py: needs the near-duplicate benchmark data in {bench}/ (gold.jsonl, "
            "docs/, score.py; ../shared is not part of this repository): pass --bench DIR"
        )
    cfg = load_config(Path(args.config).read_text()) if args.config else PipelineConfig()
    gold = [json.loads(line) for line in (bench / "gold.jsonl").read_text().splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        for g in gold:
            site = re.sub(r"[^A-Za-z0-9]+", "-", g["site"]).strip("-").lower()
            dest = raw / site / f"{g['doc_id']}.txt"
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes((bench / "docs" / f"{g['doc_id']}.txt").read_bytes())
        out = Path(tmp) / "clean"
        t0 = time.perf_counter()
        report = plain.run_plain(str(raw), str(out), cfg, run_id="bench")
        t1 = time.perf_counter()
        stem = {g["doc_id"]: g["doc_id"] for g in gold}
        pred = Path(tmp) / "pred.jsonl"
        cluster: dict[str, str] = {}
        ids: dict[str, str] = {}  # gold doc id -> newsclean's id
        with pred.open("w") as fh:
            for row in iter_jsonl(out / "articles.jsonl"):
                name = Path(row["raw_path"]).stem
                cluster[stem[name]], ids[stem[name]] = row["cluster_id"], row["id"]
            for row in iter_jsonl(out / "duplicates.jsonl"):
                name = Path(row["raw_path"]).stem
                cluster[stem[name]], ids[stem[name]] = row["cluster_id"], row["id"]
            for row in iter_jsonl(out / "rejected.jsonl"):
                name = Path(row["raw_path"]).stem
                cluster[stem[name]] = row["id"]
            for doc_id, cid in cluster.items():
                fh.write(json.dumps({"doc_id": doc_id, "cluster_id": cid}) + "\n")
        cmd = [sys.executable, str(scorer), str(bench / "gold.jsonl"), str(pred)]
        if args.by_op:
            cmd.append("--by-op")
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        line = done.stdout.strip()
        if args.misses:
            misses = _misses(gold, cluster, ids, out, cfg)
    print(f"docs={report['counts']['read']} run={t1 - t0:.2f}s")
    print(line)
    if args.by_op:
        print(done.stderr.rstrip())
    if args.misses:
        print("\n".join(misses))


def _misses(
    gold: list[dict[str, Any]],
    cluster: dict[str, str],
    ids: dict[str, str],
    out: Path,
    cfg: PipelineConfig,
) -> list[str]:
    """One line per pair of true copies left apart and per hard-negative pair merged: both
    copies' cleaned word counts and shingles, their exact Jaccard and containment, and ops."""
    from cleaners.dedup import make_key
    from cleaners.pairs import similarity
    from flows.state import State

    keys: dict[str, Any] = {}
    with State(out, reader=True) as state:
        for g in gold:
            doc = state.document(ids[g["doc_id"]]) if g["doc_id"] in ids else None
            if doc is not None:
                keys[g["doc_id"]] = make_key(doc.id, doc.text, doc.word_count, None, cfg.dedup)
    by_story: dict[Any, list[dict[str, Any]]] = {}
    for g in gold:
        by_story.setdefault(g["story"], []).append(g)

    def pair(tag: str, a: dict[str, Any], b: dict[str, Any]) -> str:
        ka, kb = keys.get(a["doc_id"]), keys.get(b["doc_id"])
        if ka is None or kb is None:
            return f"{tag} {a['doc_id']} {b['doc_id']} (one was rejected)"
        j, c = similarity(ka.shingles, kb.shingles)
        return (
            f"{tag} {a['doc_id']} {b['doc_id']} story={a['story']} words={ka.word_count}/"
            f"{kb.word_count} shingles={ka.size}/{kb.size} J={j:.3f} C={c:.3f}\n"
            f"    {a['doc_id']}: {' '.join(a['ops'])}\n    {b['doc_id']}: {' '.join(b['ops'])}"
        )

    lines = []
    for docs in by_story.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                if cluster.get(a["doc_id"]) != cluster.get(b["doc_id"]):
                    lines.append(pair("MISS", a, b))
    for a in gold:
        hn = a.get("hard_negative")
        if hn:
            for b in by_story.get(hn["with_story"], []):
                if b["cluster_id"] != a["cluster_id"] and cluster.get(a["doc_id"]) == cluster.get(
                    b["doc_id"]
                ):
                    lines.append(pair("HN-MERGED", a, b))
    return lines


if __name__ == "__main__":
    main()

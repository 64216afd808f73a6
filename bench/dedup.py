"""Near-duplicate benchmark: run newsclean's cleaning and dedup on the dev set and score it.

Lays the documents out as raw/<site>/<doc_id>.txt (sites are what a real raw/ is organised by),
runs the whole pipeline the flow runs (read, clean, site furniture, dedup against a fresh
state, outputs), turns clean/'s indexes into pred.jsonl and prints the scorer's line.

    uv run python bench/dedup.py [--bench ../shared/bench/dedup-dev] [--config FILE]
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

from cleaners.config import PipelineConfig, load_config
from flows import plain
from flows.io import iter_jsonl


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", default="../shared/bench/dedup-dev")
    ap.add_argument("--config", default=None)
    ap.add_argument("--by-op", action="store_true")
    args = ap.parse_args()
    bench = Path(args.bench)
    if not (bench / "gold.jsonl").is_file() or not (bench / "score.py").is_file():
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
        with pred.open("w") as fh:
            for row in iter_jsonl(out / "articles.jsonl"):
                name = Path(row["raw_path"]).stem
                fh.write(json.dumps({"doc_id": stem[name], "cluster_id": row["cluster_id"]}) + "\n")
            for row in iter_jsonl(out / "duplicates.jsonl"):
                name = Path(row["raw_path"]).stem
                fh.write(json.dumps({"doc_id": stem[name], "cluster_id": row["cluster_id"]}) + "\n")
            for row in iter_jsonl(out / "rejected.jsonl"):
                name = Path(row["raw_path"]).stem
                fh.write(json.dumps({"doc_id": stem[name], "cluster_id": row["id"]}) + "\n")
        cmd = [sys.executable, str(bench / "score.py"), str(bench / "gold.jsonl"), str(pred)]
        if args.by_op:
            cmd.append("--by-op")
        line = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    print(f"docs={report['counts']['read']} run={t1 - t0:.2f}s")
    print(line)


if __name__ == "__main__":
    main()

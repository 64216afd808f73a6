"""Near-duplicate benchmark: run newsclean's cleaning and dedup on the dev set and score it.

Lays the documents out as raw/<site>/<doc_id>.txt (sites are what a real raw/ is organised by),
runs the same stage functions the flow runs (read, clean, dedup keys, clusters), writes
pred.jsonl and prints the benchmark scorer's line.

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
from flows import stages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", default="../shared/bench/dedup-dev")
    ap.add_argument("--config", default=None)
    ap.add_argument("--by-op", action="store_true")
    args = ap.parse_args()
    bench = Path(args.bench)
    cfg = load_config(Path(args.config).read_text()) if args.config else PipelineConfig()
    gold = [json.loads(line) for line in (bench / "gold.jsonl").read_text().splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        for g in gold:
            site = re.sub(r"[^A-Za-z0-9]+", "-", g["site"]).strip("-").lower()
            dest = raw / site / f"{g['doc_id']}.txt"
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes((bench / "docs" / f"{g['doc_id']}.txt").read_bytes())
        paths = [str(p) for p in sorted(raw.rglob("*.txt"))]
        t0 = time.perf_counter()
        batch = stages.clean_files(paths, str(raw), cfg)
        stages.apply_site_furniture([batch], {}, cfg)  # as the flow does, with no earlier runs
        t1 = time.perf_counter()
        clusters = stages.cluster(batch.keys, cfg)
        t2 = time.perf_counter()
        path_of = {d.id: Path(d.raw_path).stem for d in batch.docs}
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w") as fh:
            for c in clusters:
                for member in [c.canonical, *(m.id for m in c.duplicates)]:
                    fh.write(json.dumps({"doc_id": path_of[member], "cluster_id": c.id}) + "\n")
            for r in batch.rejected:
                fh.write(json.dumps({"doc_id": Path(r.raw_path).stem, "cluster_id": r.id}) + "\n")
        cmd = [sys.executable, str(bench / "score.py"), str(bench / "gold.jsonl"), str(pred)]
        if args.by_op:
            cmd.append("--by-op")
        line = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    print(f"docs={len(paths)} clean={t1 - t0:.2f}s dedup={t2 - t1:.2f}s")
    print(line)


if __name__ == "__main__":
    main()

"""newsclean against a plain datasketch dedup pipeline, on the same corpus, in the same run.

    uv run python bench/compare.py --docs 20000 [--workers 2]
    uv run python bench/compare.py --docs 20000 --real    # the dev benchmarks' real text

The baseline does dedup only, the way a datasketch user would write it: read and decode each
file, the same normalisation and word 5-gram shingles hashed with xxh32, MinHash with
datasketch's batch update (128 permutations), MinHashLSH at the same threshold, and clusters as
the connected candidate pairs (no cleaning, no language, no verification, no outputs). newsclean
runs its real CLI: cleaning, language, dedup with verification, every output. Both are scored
against the corpus's gold stories. ``--real`` builds the corpus from the development
benchmarks' real text instead of the generator's (``bench/real_corpus.py``; needs ../shared).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import cached_corpus, pairwise, run_cli  # noqa: E402


def baseline(raw: Path, threshold: float, num_perm: int) -> tuple[dict[str, str], float, int]:
    """Plain datasketch: returns {doc: cluster}, seconds and this process's peak RSS."""
    import gzip

    from datasketch import MinHash, MinHashLSH

    from cleaners.clusters import UnionFind
    from cleaners.dedup import normalize_for_dedup, shingle_hashes

    start = time.perf_counter()
    template = MinHash(num_perm=num_perm, seed=1, hashfunc=int)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sigs: dict[str, MinHash] = {}
    for path in sorted(raw.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(raw).as_posix()
        data = path.read_bytes()
        if rel.endswith(".gz"):
            data = gzip.decompress(data)
        text = data.decode("utf-8", errors="replace")
        if ".jsonl" in rel:
            records = []
            for n, line in enumerate(text.splitlines(), start=1):
                try:
                    records.append((f"{rel}#{n}", json.loads(line)["text"]))
                except (ValueError, KeyError, TypeError):
                    continue
        else:
            records = [(rel, text)]
        for doc, body in records:
            m = template.copy()
            hashes = shingle_hashes(normalize_for_dedup(body), 5)
            if len(hashes):
                m.update_batch(hashes.tolist())
            sigs[doc] = m
            lsh.insert(doc, m, check_duplication=False)
    uf = UnionFind()
    for doc, m in sigs.items():
        for other in lsh.query(m):
            uf.union(doc, other)
    clusters = {d: uf.find(d) for d in sigs}
    seconds = time.perf_counter() - start
    return clusters, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--corpus", type=Path, help="a corpus (raw/ and gold.jsonl)")
    ap.add_argument(
        "--real",
        action="store_true",
        help="a corpus of the development benchmarks' real text (bench/real_corpus.py)",
    )
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsclean-bench")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    corpus = cached_corpus(args.corpus, args.cache, args.docs, args.real)
    docs = sum(1 for _ in (corpus / "gold.jsonl").open(encoding="utf-8"))

    from cleaners.config import DedupConfig

    cfg = DedupConfig()
    clusters, base_s, base_rss = baseline(corpus / "raw", cfg.lsh_threshold, cfg.num_perm)
    work = Path(tempfile.mkdtemp(prefix="newsclean-compare-"))
    try:
        base_out = work / "baseline"
        base_out.mkdir()
        with (base_out / "articles.jsonl").open("w", encoding="utf-8") as fh:
            for doc, cid in clusters.items():
                path, _, record = doc.partition("#")
                row = {"raw_path": path, "raw_record": int(record) if record else None}
                fh.write(json.dumps({**row, "cluster_id": cid}) + "\n")
        (base_out / "duplicates.jsonl").write_text("", encoding="utf-8")
        bp, br, bf = pairwise(base_out, corpus)
        res = run_cli(corpus / "raw", work / "clean", args.workers, None)
        report = res["report"]
        assert isinstance(report, dict)
        wall = float(res["wall"])  # type: ignore[arg-type]
        np_, nr, nf = pairwise(work / "clean", corpus)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"corpus: {docs} documents ({corpus})")
    print(
        f"datasketch dedup only, 1 process: {base_s:.1f} s = {docs / base_s:,.0f} documents/s, "
        f"peak RSS {base_rss / 2**20:,.0f} MiB; vs gold P {bp:.4f} R {br:.4f} F1 {bf:.4f}"
    )
    flow = float(report["seconds"])
    rss = int(res["peak_rss"])  # type: ignore[call-overload]
    print(
        f"newsclean, everything, {args.workers} workers: {wall:.1f} s wall = "
        f"{docs / wall:,.0f} documents/s ({docs / flow:,.0f}/s in the flow), peak RSS "
        f"{rss / 2**20:,.0f} MiB; vs gold P {np_:.4f} R {nr:.4f} F1 {nf:.4f}"
    )
    print(f"ratio newsclean / datasketch (documents/s, wall): {base_s / wall:.2f}")


if __name__ == "__main__":
    main()

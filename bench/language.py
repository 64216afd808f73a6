"""Language benchmark: the cheap path against langdetect on whole bodies.

Each text is cleaned first (encoding repair, furniture), as in a run, and detection sees the
body. Reference: langdetect itself (seeded) on each whole body (up to 20,000 characters). Measured:
``detect_language`` as the pipeline calls it, with each method, on its bounded sample: the
share of texts where it names the same language, and the time per text.

Texts: the gold bodies of the boilerplate dev set, the dedup dev documents, the seeds, and
with ``--corpus DIR`` up to ``--limit`` text files from a raw/ tree (bench/make_corpus.py).

    uv run python bench/language.py [--corpus DIR] [--limit 3000]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from collections import Counter
from pathlib import Path

from langdetect import detect_langs
from langdetect.lang_detect_exception import LangDetectException

from cleaners.config import LanguageConfig, PipelineConfig
from cleaners.document import RawDocument
from cleaners.encoding import decode_bytes
from cleaners.language import UNDETERMINED, detect_language
from cleaners.pipeline import Cleaner


def reference(text: str, cfg: LanguageConfig) -> str:
    """langdetect on the whole text, with the pipeline's letter and probability floors."""
    if detect_language(text, dataclasses.replace(cfg, method="langdetect"))[0] == UNDETERMINED:
        return UNDETERMINED
    try:
        best = detect_langs(text[:20_000])[0]
    except LangDetectException:
        return UNDETERMINED
    return str(best.lang) if best.prob >= cfg.min_probability else UNDETERMINED


def load_texts(shared: Path, corpus: Path | None, limit: int) -> list[str]:
    paths = sorted((shared / "bench/boilerplate-dev/pages").glob("*.gold.txt"))
    paths += sorted((shared / "bench/dedup-dev/docs").glob("*.txt"))
    paths += sorted((shared / "seeds").glob("*.txt"))
    if corpus is not None:
        paths += sorted(corpus.rglob("*.txt"))[:limit]
    cleaner = Cleaner(PipelineConfig())
    bodies = []
    for p in paths:
        text, encoding = decode_bytes(p.read_bytes())
        raw = RawDocument(p.stem, text, "bench", p.name, "", encoding)
        doc = cleaner(raw).doc
        if doc is not None:
            bodies.append("\n\n".join(doc.paragraphs))
    return bodies


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--limit", type=int, default=3000)
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "bench").is_dir() and not args.corpus:
        sys.exit(
            f"bench/language.py: needs the benchmark texts in {shared}/ (bench/, seeds/; "
            "../shared is not part of this repository): pass --shared DIR, or --corpus DIR alone"
        )
    texts = load_texts(shared, Path(args.corpus) if args.corpus else None, args.limit)
    if not texts:
        sys.exit("bench/language.py: no texts found: check --shared and --corpus")
    base = LanguageConfig()
    ref = [reference(t, base) for t in texts]
    print(f"{len(texts)} texts; langdetect on whole texts: {Counter(ref).most_common(12)}")
    for method in ("profile", "langdetect"):
        cfg = dataclasses.replace(base, method=method)
        detect_language(texts[0], cfg)  # load the model before timing
        start = time.perf_counter()
        got = [detect_language(t, cfg)[0] for t in texts]
        ms = 1000 * (time.perf_counter() - start) / len(texts)
        agree = sum(a == b for a, b in zip(got, ref, strict=True)) / len(texts)
        print(
            f"{method:>10} on a {cfg.sample_chars}-character sample: agrees on {agree:.2%}, "
            f"{ms:.2f} ms per text"
        )
        for a, b, t in [(a, b, t) for a, b, t in zip(got, ref, texts, strict=True) if a != b][:5]:
            print(f"    {a} vs {b}: {t[:70]!r}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

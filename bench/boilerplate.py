"""Boilerplate benchmark: clean every dev page (both text renderings and the HTML) and print
the scorer's lines.

uv run python bench/boilerplate.py [--bench ../shared/bench/boilerplate-dev] [--keep DIR]
    [--only article|full|html]

Each page is read as the product reads a file of its kind: a text rendering as a ``.txt`` file
(its first line may be the headline, or a masthead the whole-page headline replaces).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.scoring import score
from cleaners.config import PipelineConfig, load_config
from cleaners.document import RawDocument
from cleaners.encoding import decode_bytes
from cleaners.pipeline import Cleaner

RENDERINGS = ("article", "full", "html")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", default="../shared/bench/boilerplate-dev")
    ap.add_argument("--config", default=None)
    ap.add_argument("--keep", default=None, help="write predictions here instead of a temp dir")
    ap.add_argument("--only", choices=RENDERINGS, default=None, help="one rendering only")
    args = ap.parse_args()
    bench = Path(args.bench)
    if not (bench / "ids.txt").is_file() or not (bench / "score.py").is_file():
        sys.exit(
            f"bench/boilerplate.py: needs the boilerplate benchmark data in {bench}/ (ids.txt, "
            "pages/, score.py; ../shared is not part of this repository): pass --bench DIR"
        )
    cfg = load_config(Path(args.config).read_text()) if args.config else PipelineConfig()
    cleaner = Cleaner(cfg)
    ids = [i for i in (bench / "ids.txt").read_text().split() if i]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep) if args.keep else Path(tmp)
        for rendering in [args.only] if args.only else RENDERINGS:
            pred = base / rendering
            pred.mkdir(parents=True, exist_ok=True)
            for pid in ids:
                suffix = "html" if rendering == "html" else f"{rendering}.txt"
                text, enc = decode_bytes((bench / "pages" / f"{pid}.{suffix}").read_bytes())
                raw = RawDocument(
                    id=pid,
                    text=text,
                    source="bench",
                    raw_path=pid,
                    raw_sha256="",
                    encoding=enc,
                    headline_first=True,  # as the product reads any text file
                    markup="html" if rendering == "html" else "text",
                )
                report = cleaner(raw)
                body = "\n".join(report.doc.paragraphs) if report.doc else ""
                (pred / f"{pid}.txt").write_text(body + "\n", encoding="utf-8")
            print(score(bench, pred, f"newsclean {suffix}"))


if __name__ == "__main__":
    main()

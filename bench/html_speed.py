"""Speed of the HTML path: extraction, and newsclean's own cleaning on top of it.

uv run python bench/html_speed.py [DIR ...] [--repeat 3] [--warc ARCHIVE]

Cleans every ``*.html`` under the folders given (default: the development benchmarks' pages;
they are not part of this repository) in one process, ``--repeat`` times, and prints the
median CPU time per page of the extraction alone and of the whole cleaning, and pages per
second per core. With ``--warc``, it also times reading that archive (records/s: decoding
each HTML response into a document, no cleaning), or an archive it writes of those pages.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cleaners import extraction, rule_cache
from cleaners.config import PipelineConfig
from cleaners.document import RawDocument
from cleaners.pipeline import Cleaner

DEFAULT = ["../shared/bench/boilerplate-dev/pages", "../shared/bench/snippets-dev/pages"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dirs", nargs="*", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warc", default=None, help="time reading this WARC archive (or 'make')")
    args = ap.parse_args()
    files = sorted(f for d in args.dirs for f in Path(d).glob("*.html"))
    if not files:
        sys.exit(f"bench/html_speed.py: no .html files in {', '.join(args.dirs)}")
    pages = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    cfg = PipelineConfig()
    alone: list[float] = []
    own: list[float] = []
    real_extract = extraction.extract
    for _ in range(args.repeat):
        t = time.process_time()
        found = {id(page): real_extract(page) for page in pages}
        alone.append(time.process_time() - t)
        # the cleaning with the extraction already done: newsclean's own work
        extraction.extract = lambda page, url=None, found=found: found[id(page)]  # type: ignore[misc]
        rule_cache.RuleCache._sets.clear()  # cold, as for pages never seen
        try:
            t = time.process_time()
            cleaner = Cleaner(cfg, defer_language=True, explain=False)
            for page in pages:
                cleaner(RawDocument("p", page, "bench", "p.html", "", markup="html"))
            own.append(time.process_time() - t)
        finally:
            extraction.extract = real_extract
    n = len(pages)
    ex = statistics.median(alone) / n * 1000
    ours = statistics.median(own) / n * 1000
    kb = sum(len(p) for p in pages) / n / 1000
    print(f"{n} pages ({kb:.0f} k characters on average), median of {args.repeat}:")
    print(f"  extraction (trafilatura, with the page's metadata): {ex:.1f} ms of CPU a page")
    print(f"  newsclean's own work on the extracted blocks: {ours:.1f} ms ({ours / ex:.0%})")
    print(f"  together: {1000 / (ex + ours):.0f} pages/s per core")
    if args.warc:
        _time_archive(args.warc, [f.read_bytes() for f in files], args.repeat)


def _time_archive(where: str, pages: list[bytes], repeat: int) -> None:
    from flows import inputs
    from tests.builders import http_response, warc_record, write_warc

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp)
        if where == "make":  # the pages, each with a request and a metadata record, gzipped
            path = raw / "pages.warc.gz"
            records = []
            for n, page in enumerate(pages):
                uri = f"https://site{n % 40}.example/{n}.html"
                records.append(warc_record("request", uri, b"GET / HTTP/1.1\r\n\r\n", f"q{n}"))
                records.append(warc_record("response", uri, http_response(page), f"r{n}"))
                records.append(warc_record("metadata", uri, b"fetchTimeMs: 1\r\n", f"m{n}"))
            write_warc(path, records)
        else:
            path = Path(where).resolve()
            raw = path.parent
        seconds = []
        for _ in range(repeat):
            t = time.perf_counter()
            n = sum(1 for _ in inputs.FileReading(path, raw))
            seconds.append(time.perf_counter() - t)
        mb = path.stat().st_size / 1e6
        best = statistics.median(seconds)
        print(
            f"  WARC reading ({mb:.0f} MB, {n} responses, decoded, not cleaned): "
            f"{n / best:,.0f} records/s, {mb / best:.0f} MB/s (median of {repeat})"
        )


if __name__ == "__main__":
    main()

"""Snippet benchmark and title accuracy on full-page text.

uv run python bench/snippets.py [--bench ../shared/bench/snippets-dev] [--keep DIR]
uv run python bench/snippets.py --titles-only --bench ../shared/bench/boilerplate-dev

Cleans every page's ``<id>.full.txt`` (all visible text of the page, as a scraper that keeps
no structure gives it) and writes title and body to ``<id>.txt`` for the set's scorer (the
snippets set has one; the boilerplate set is scored by ``bench/boilerplate.py``). Then title
accuracy: the page's own headline, from its HTML (``og:title``, ``twitter:title``, ``<h1>``,
``<title>``), is the answer key. A title counts as right when, compared without case,
punctuation or spacing, it equals one of them, or one of them is it plus a site name after a
separator ("Headline | Site"). Pages whose HTML names no headline are left out.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from bench.scoring import score
from cleaners.config import PipelineConfig, load_config
from cleaners.document import RawDocument
from cleaners.encoding import decode_bytes
from cleaners.pipeline import Cleaner

_META = re.compile(
    r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"'](?:og:title|twitter:title)[\"'][^>]*>", re.I | re.S
)
_CONTENT = re.compile(r"content\s*=\s*(\"[^\"]*\"|'[^']*')", re.I | re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_SEPARATORS = re.compile(r"\s+[|\-–—:·»]\s+")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", html.unescape(text)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def headline_keys(page: str) -> list[str]:
    """What the page itself calls its headline, as normalised strings (may be empty)."""
    found: list[str] = []
    for tag in _META.findall(page):
        m = _CONTENT.search(tag)
        if m:
            found.append(m.group(1)[1:-1])
    found += [_TAG.sub(" ", h) for h in _H1.findall(page)[:2]]
    found += [_TAG.sub(" ", t) for t in _TITLE.findall(page)[:1]]
    keys = []
    for value in found:
        # "Headline — with a dash | Site": the pieces, and the text before or after each
        # separator (so a headline that holds a separator itself is a key too)
        cuts = list(_SEPARATORS.finditer(value))
        parts = [value, *_SEPARATORS.split(value)]
        parts += [value[: m.start()] for m in cuts] + [value[m.end() :] for m in cuts]
        keys += [k for k in map(_norm, parts) if len(k.split()) >= 2]
    return list(dict.fromkeys(keys))


def title_right(title: str | None, keys: list[str]) -> bool:
    return bool(title) and _norm(title or "") in keys


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bench", default="../shared/bench/snippets-dev")
    ap.add_argument("--config", default=None)
    ap.add_argument("--keep", default=None, help="write predictions here instead of a temp dir")
    ap.add_argument("--titles-only", action="store_true", help="title accuracy only")
    ap.add_argument("--html", action="store_true", help="clean the pages' HTML, not their text")
    ap.add_argument("--show", type=int, default=0, help="print this many wrong titles")
    args = ap.parse_args()
    bench = Path(args.bench)
    if not (bench / "ids.txt").is_file():
        sys.exit(
            f"bench/snippets.py: needs a benchmark in {bench}/ (ids.txt, pages/; ../shared is "
            "not part of this repository): pass --bench DIR"
        )
    cfg = load_config(Path(args.config).read_text()) if args.config else PipelineConfig()
    cleaner = Cleaner(cfg, explain=False)
    ids = [i for i in (bench / "ids.txt").read_text().split() if i]
    right = judged = 0
    wrong: list[tuple[str, str | None, list[str]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(args.keep) if args.keep else Path(tmp)
        pred.mkdir(parents=True, exist_ok=True)
        for pid in ids:
            suffix = "html" if args.html else "full.txt"
            text, enc = decode_bytes((bench / "pages" / f"{pid}.{suffix}").read_bytes())
            markup = "html" if args.html else "text"
            raw = RawDocument(pid, text, "bench", pid, "", enc, headline_first=True, markup=markup)
            report = cleaner(raw)
            doc = report.doc
            title = doc.title if doc else None
            body = "\n".join(doc.paragraphs) if doc else ""
            (pred / f"{pid}.txt").write_text(
                (title + "\n" if title else "") + body + "\n", encoding="utf-8"
            )
            page = bench / "pages" / f"{pid}.html"
            keys = headline_keys(page.read_text(encoding="utf-8", errors="replace"))
            if keys:
                judged += 1
                ok = title_right(title, keys)
                right += ok
                if not ok:
                    wrong.append((pid, title, keys[:2]))
        if not args.titles_only and (bench / "score.py").is_file():
            print(score(bench, pred, f"newsclean {suffix}"))
    print(f"titles: {right}/{judged} right ({right / max(1, judged):.1%}) on {bench.name}")
    for pid, title, keys in wrong[: args.show]:
        print(f"  {pid[:16]}  got {title!r}  want {keys}")


if __name__ == "__main__":
    main()

"""Make a corpus of scraped news from the development benchmarks' real text, for speed runs.

    uv run python bench/real_corpus.py OUT_DIR --docs 20000 [--seed 1] [--shared DIR]
    uv run python bench/compare.py --corpus OUT_DIR      # or: bench/compare.py --real

The generator (``bench/make_corpus.py``) writes news from templates, 4.4 KiB a document; real
pages are longer, messier and in more languages. This writes the same layout (``raw/`` and a
``gold.jsonl`` that ``bench/compare.py`` and ``bench/run.py`` score), made from the real texts
in ``../shared/bench/`` beside the project:

- **sources**: the whole-page text of boilerplate-dev (``*.full.txt``, 67 pages) and
  snippets-dev (``*.full.txt``, 483 pages: menus, footers, cookie banners, many languages), and
  the 214 syndicated copies of dedup-dev (a headline, then paragraphs with their sites'
  furniture). The dedup-dev copies are also written once as they are, with their gold clusters
  (hard negatives included).
- **stories**: a source gives many stories of its site. Each story replaces about one word in
  four of the source's prose lines (lines of 8 words or more) by another word of the same page,
  so two stories of one source share few word 5-grams (Jaccard about 0.03) while the page's
  furniture, its short lines and its language stay as they were: a site's pages repeat their
  menus and footers, as real sites do.
- **syndicated copies** (a third of the documents): the article region of an earlier story (its
  first to its last prose line) inside another source's header and footer, in that source's
  site folder, with the generator's edits: paragraphs dropped, typos, quotes straightened, an
  editor's note, HTML entities, some cut short with "Continue reading", a few exact copies,
  about 3 % mojibake (UTF-8 read as Windows-1252).
- **encodings**: about 40 % of the Cyrillic documents are written in Windows-1251, 2 % of the
  others in Windows-1252; **junk** (0.5 %): empty files and pages of nothing but furniture.

``gold.jsonl``: one line per document: ``doc`` (path under ``raw/``), ``story`` (-1 for
junk), ``kind`` (original, copy, truncated, exact, mojibake, dev-copy, junk), ``lang`` (null:
the sources are not labelled), ``encoding`` and ``source`` (the benchmark page it comes from).
The same arguments give byte-identical output. Needs ``../shared``; stops and says so without it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_corpus import _entities, _mojibake, _straighten, _typos  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
PROSE_WORDS = 8  # a line this long (in words) is prose: mutated in a story, carried by a copy
MIN_PROSE = 150  # a source with fewer prose words makes no stories (too little to tell apart)
SWAP = 0.25  # share of prose words replaced in each story
COPY_SHARE = 0.33
JUNK_SHARE = 0.005
_CYRILLIC = re.compile("[а-яА-ЯіїєґІЇЄҐёЁ]")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # e.g. snippets-dev/001f43cb87b4416b
    site: str  # folder under raw/
    lines: tuple[str, ...]
    first: int  # index of the first and last prose line
    last: int
    words: tuple[str, ...]  # the prose's words, what a story swaps in
    cyrillic: bool


def _site_slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")[:40] or "site"


def _source(name: str, site: str, text: str) -> Source | None:
    lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    prose = [i for i, line in enumerate(lines) if len(line.split()) >= PROSE_WORDS]
    words = tuple(w for i in prose for w in lines[i].split())
    if len(words) < MIN_PROSE:
        return None
    cyrillic = len(_CYRILLIC.findall(text)) > len(text) // 10
    return Source(name, _site_slug(site), lines, prose[0], prose[-1], words, cyrillic)


def load_sources(shared: Path) -> tuple[list[Source], list[tuple[str, str, str, int]]]:
    """The usable sources, and the dedup-dev copies as (site, doc id, text, cluster number)."""
    need = [
        shared / "boilerplate-dev" / "pages",
        shared / "snippets-dev" / "pages" / "snippets.jsonl",
        shared / "dedup-dev" / "gold.jsonl",
    ]
    missing = [str(p) for p in need if not p.exists()]
    if missing:
        sys.exit(
            "bench/real_corpus.py: needs the development benchmarks beside the project "
            f"(../shared/bench: boilerplate-dev, snippets-dev, dedup-dev; not part of this "
            f"repository); missing: {', '.join(missing)}. Pass --shared DIR, or use the "
            "generator's corpus (bench/make_corpus.py)."
        )
    sources: list[Source] = []
    for path in sorted((shared / "boilerplate-dev" / "pages").glob("*.full.txt")):
        page = path.name.split(".")[0]
        found = _source(f"boilerplate-dev/{page}", f"page-{page[:10]}", path.read_text("utf-8"))
        if found:
            sources.append(found)
    pages = shared / "snippets-dev" / "pages"
    for line in (pages / "snippets.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        path = pages / f"{rec['id']}.full.txt"
        if path.is_file():
            found = _source(f"snippets-dev/{rec['id']}", rec["site"], path.read_text("utf-8"))
            if found:
                sources.append(found)
    dev: list[tuple[str, str, str, int]] = []
    for line in (shared / "dedup-dev" / "gold.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        text = (shared / "dedup-dev" / "docs" / f"{rec['doc_id']}.txt").read_text("utf-8")
        dev.append((_site_slug(rec["site"]), rec["doc_id"], text, int(rec["cluster_id"][1:])))
        found = _source(f"dedup-dev/{rec['doc_id']}", rec["site"], text)
        if found:
            sources.append(found)
    return sources, dev


def _story_lines(src: Source, rng: random.Random) -> list[str]:
    """The source's lines with about a quarter of each prose line's words swapped."""
    out = []
    for line in src.lines:
        words = line.split()
        if len(words) >= PROSE_WORDS:
            words = [rng.choice(src.words) if rng.random() < SWAP else w for w in words]
            line = " ".join(words)
        out.append(line)
    return out


def _edit_copy(body: list[str], rng: random.Random) -> tuple[list[str], str]:
    """A syndicated copy's edits of the story's article region; returns it and its kind."""
    u = rng.random()
    if u < 0.05:
        return list(body), "exact"
    body = list(body)
    prose = [i for i, line in enumerate(body) if len(line.split()) >= PROSE_WORDS]
    for i in rng.sample(prose, min(len(prose) // 6, rng.randint(0, 2))):
        body[i] = ""
    body = [line for line in body if line]
    kind = "copy"
    if u < 0.17 and len(body) > 6:
        cut = max(3, int(len(body) * rng.uniform(0.3, 0.6)))
        body = [*body[:cut], "Continue reading the full story"]
        kind = "truncated"
    if rng.random() < 0.5:
        body = [_typos(line, rng, 1) if rng.random() < 0.2 else line for line in body]
    if rng.random() < 0.4:
        body = [_straighten(line) for line in body]
    if rng.random() < 0.1:
        body = [_entities(line, rng) for line in body]
    if rng.random() < 0.15:
        body.append("Editor's note: this story has been updated with additional information.")
    return body, kind


def generate(out_dir: Path, docs: int, seed: int = 1, shared: Path = SHARED) -> dict[str, Any]:
    """Write ``docs`` documents under out_dir/raw and their gold lines; return a summary."""
    t0 = time.perf_counter()
    sources, dev = load_sources(shared)
    raw = out_dir / "raw"
    gold_path = out_dir / "gold.jsonl"
    if gold_path.exists():
        raise FileExistsError(f"{gold_path} exists: choose an empty OUT_DIR")
    raw.mkdir(parents=True, exist_ok=True)
    stories: list[tuple[int, Source, list[str]]] = []  # (story id, source, its lines)
    kinds: dict[str, int] = {}
    nbytes = 0
    day0 = date(2026, 1, 1)
    with gold_path.open("w", encoding="utf-8") as gold_fh:

        def put(rel: str, text: str, gold: dict[str, Any], cyrillic: bool, k: int) -> None:
            nonlocal nbytes
            u = _unit(seed, "encoding", k)
            encoding = "utf-8"
            if cyrillic and u < 0.4:
                encoding = "cp1251"
            elif not cyrillic and u < 0.02:
                encoding = "cp1252"
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                encoding, data = "utf-8", text.encode("utf-8")
            path = raw / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            nbytes += len(data)
            gold = {"doc": rel, **gold, "lang": None, "encoding": encoding}
            kinds[gold["kind"]] = kinds.get(gold["kind"], 0) + 1
            gold_fh.write(json.dumps(gold, ensure_ascii=False) + "\n")

        for n, (site, doc_id, text, cluster) in enumerate(dev[:docs]):  # the dev copies, as is
            gold = {"story": 10_000_000 + cluster, "kind": "dev-copy", "source": doc_id}
            put(f"{site}/dev/{doc_id}.txt", text, gold, bool(_CYRILLIC.search(text)), n)
        for k in range(len(dev), docs):
            rng = random.Random(f"{seed}:doc:{k}")
            day = (day0 + timedelta(days=k * 365 // max(docs, 1))).isoformat()
            u = rng.random()
            if u < JUNK_SHARE:
                src = rng.choice(sources)
                head = list(src.lines[: src.first]) if rng.random() < 0.7 else []
                rel = f"{src.site}/{day}/page-{k}.txt"
                put(
                    rel,
                    "\n".join(head),
                    {"story": -1, "kind": "junk", "source": src.name},
                    False,
                    k,
                )
                continue
            if u < COPY_SHARE and stories:
                sid, story_src, lines = stories[
                    len(stories) - 1 - int(rng.random() * min(len(stories), 3000))
                ]
                host = rng.choice(sources)
                while host.site == story_src.site and len(sources) > 1:
                    host = rng.choice(sources)
                region = lines[story_src.first : story_src.last + 1]
                body, kind = _edit_copy(region, rng)
                page = [*host.lines[: host.first], *body, *host.lines[host.last + 1 :]]
                text = "\n".join(page) + "\n"
                if kind == "copy" and rng.random() < 0.045:
                    text, kind = _mojibake(text), "mojibake"
                rel = f"{host.site}/{day}/copy-{k}.txt"
                gold = {"story": sid, "kind": kind, "source": story_src.name}
                put(rel, text, gold, story_src.cyrillic, k)
                continue
            src = sources[int(_unit(seed, "source", k) * len(sources))]
            lines = _story_lines(src, rng)
            stories.append((k, src, lines))
            gold = {"story": k, "kind": "original", "source": src.name}
            put(f"{src.site}/{day}/story-{k}.txt", "\n".join(lines) + "\n", gold, src.cyrillic, k)
    return {
        "docs": docs,
        "sources": len(sources),
        "bytes": nbytes,
        "seconds": round(time.perf_counter() - t0, 2),
        "kinds": dict(sorted(kinds.items())),
    }


def _unit(seed: int, tag: str, k: int) -> float:
    h = hashlib.blake2b(f"{seed}:{tag}:{k}".encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") / 2**64


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("out_dir", type=Path, help="where raw/ and gold.jsonl are written")
    ap.add_argument("--docs", type=int, default=20000, help="how many documents (default 20000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the benchmarks' folder")
    args = ap.parse_args(argv)
    try:
        s = generate(args.out_dir, args.docs, args.seed, args.shared)
    except FileExistsError as exc:
        print(f"real_corpus: {exc}", file=sys.stderr)
        return 2
    print(
        f"docs {s['docs']} from {s['sources']} real pages  bytes {s['bytes']} "
        f"({s['bytes'] / max(s['docs'], 1) / 1024:.1f} KiB/doc)  kinds {s['kinds']}  "
        f"seconds {s['seconds']}  -> {args.out_dir / 'raw'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The flow's stages as plain functions: read+clean a batch, cluster, write, summarise.

The Prefect flow only wraps these; deleting its decorators leaves a working pipeline.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaners.config import PipelineConfig
from cleaners.dedup import Cluster, DedupKey, find_clusters, make_key
from cleaners.document import CleanDocument, Rejection
from cleaners.pipeline import Cleaner
from cleaners.sitelines import candidate_keys, drop_site_furniture
from flows import io

PIPELINE_VERSION = "1"
SITE_STATE = Path(".newsclean") / "site-lines.json"

# Fixes any faithful copy may need; the others (mojibake, entities) mark a damaged copy.
_COSMETIC = frozenset({"normalize_spaces", "remove_invisible", "NFC", "remove_control_chars"})


@dataclass(slots=True)
class BatchResult:
    """What one batch of input files gave: clean documents with their dedup keys, rejections."""

    docs: list[CleanDocument] = field(default_factory=list)
    keys: list[DedupKey] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    read: int = 0
    seconds: float = 0.0
    site_keys: dict[str, list[str]] = field(default_factory=dict)  # doc id -> line keys


def clean_files(paths: list[str], raw_dir: str, cfg: PipelineConfig) -> BatchResult:
    """Read, decode and clean every document in the given files; build their dedup keys."""
    start = time.perf_counter()
    root = Path(raw_dir)
    cleaner = Cleaner(cfg)
    out = BatchResult()
    for p in paths:
        raws, rejected = io.read_file(Path(p), root)
        out.read += len(raws) + len(rejected)
        out.rejected.extend(rejected)
        for raw in raws:
            report = cleaner(raw)
            if report.doc is None:
                assert report.rejection is not None
                out.rejected.append(report.rejection)
                continue
            doc = report.doc
            out.docs.append(doc)
            if cfg.boilerplate.site_min_stories > 0:
                out.site_keys[doc.id] = sorted(candidate_keys(doc.paragraphs))
            repairs = sum(1 for f in doc.encoding_fixes if not _COSMETIC.issuperset(f.steps))
            out.keys.append(
                make_key(doc.id, doc.text, doc.word_count, doc.published, cfg.dedup, repairs)
            )
    out.seconds = time.perf_counter() - start
    return out


def drop_repeated_ids(batches: list[BatchResult]) -> None:
    """Reject documents whose id was already used earlier in the run (in path order)."""
    seen: dict[str, str] = {}
    for batch in batches:
        keep_docs, keep_keys = [], []
        for doc, key in zip(batch.docs, batch.keys, strict=True):
            where = f"{doc.raw_path}" + (f"#{doc.record}" if doc.record else "")
            if doc.id in seen:
                batch.rejected.append(
                    Rejection(
                        doc.id,
                        doc.source,
                        doc.raw_path,
                        doc.record,
                        "duplicate_id",
                        f"id {doc.id!r} is already used by {seen[doc.id]}",
                    )
                )
                continue
            seen[doc.id] = where
            keep_docs.append(doc)
            keep_keys.append(key)
        batch.docs, batch.keys = keep_docs, keep_keys


def load_site_state(out_dir: str) -> dict[str, dict[str, Any]]:
    """Line keys of the distinct stories seen in earlier runs: {doc id: {source, keys}}."""
    path = Path(out_dir) / SITE_STATE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # unreadable state is rebuilt from this run, never fatal
    docs = data.get("docs", {}) if isinstance(data, dict) else {}
    return docs if isinstance(docs, dict) else {}


def apply_site_furniture(
    batches: list[BatchResult], earlier: dict[str, dict[str, Any]], cfg: PipelineConfig
) -> int:
    """Count each site's short lines over its stories (this run and earlier ones) and remove
    the lines shared by ``site_min_stories`` or more; return how many documents changed."""
    min_stories = cfg.boilerplate.site_min_stories
    if min_stories <= 0:
        return 0
    current = {d.id: d.source for b in batches for d in b.docs}
    counts: dict[str, Counter[str]] = {}
    for doc_id, entry in earlier.items():
        if doc_id not in current:
            counts.setdefault(entry.get("source", ""), Counter()).update(entry.get("keys", []))
    # within this run, copies of one story on a site (same normalised body) count once;
    # across runs only canonical articles were kept (save_site_state)
    counted: set[tuple[str, str]] = set()
    for b in batches:
        for d, key in zip(b.docs, b.keys, strict=True):
            if (d.source, key.exact) not in counted:
                counted.add((d.source, key.exact))
                counts.setdefault(d.source, Counter()).update(b.site_keys.get(d.id, []))
    changed = 0
    for b in batches:
        for n, d in enumerate(b.docs):
            if d.source == io.UNKNOWN_SOURCE:
                continue
            new = drop_site_furniture(d, counts.get(d.source, Counter()), min_stories)
            if new is not d:
                b.docs[n] = new
                b.keys[n] = make_key(
                    new.id, new.text, new.word_count, new.published, cfg.dedup, b.keys[n].repairs
                )
                changed += 1
    return changed


def save_site_state(
    out_dir: str,
    earlier: dict[str, dict[str, Any]],
    batches: list[BatchResult],
    clusters: list[Cluster],
) -> None:
    """Keep the line keys of this run's canonical articles (distinct stories) for later runs."""
    canonical = {c.canonical for c in clusters}
    current = {d.id for b in batches for d in b.docs}
    docs = {k: v for k, v in earlier.items() if k not in current}
    for b in batches:
        for d in b.docs:
            if d.id in canonical and d.source != io.UNKNOWN_SOURCE:
                docs[d.id] = {"source": d.source, "keys": b.site_keys.get(d.id, [])}
    payload = json.dumps({"version": 1, "docs": docs}, separators=(",", ":"), sort_keys=True)
    io.write_atomic(Path(out_dir) / SITE_STATE, payload + "\n")


def cluster(keys: list[DedupKey], cfg: PipelineConfig) -> list[Cluster]:
    return find_clusters(keys, cfg.dedup)


def write_outputs(
    out_dir: str,
    batches: list[BatchResult],
    clusters: list[Cluster],
    run_id: str,
    cfg: PipelineConfig,
) -> dict[str, Any]:
    """Write articles, indexes and rejections; return the counts. Every write is atomic."""
    out = Path(out_dir)
    articles_dir = out / "articles"
    docs = {d.id: d for b in batches for d in b.docs}
    rejected = [r for b in batches for r in b.rejected]
    common = {"pipeline_version": PIPELINE_VERSION, "dedup_version": cfg.dedup.version}

    article_rows: list[dict[str, Any]] = []
    duplicate_rows: list[dict[str, Any]] = []
    for c in clusters:
        canon = docs[c.canonical]
        dups = []
        for m in c.duplicates:
            d = docs[m.id]
            row = {
                "id": d.id,
                "raw_path": d.raw_path,
                "raw_record": d.record,
                "source": d.source,
                "title": d.title,
                "similarity": {"jaccard": m.jaccard, "containment": m.containment},
                "check": m.check,
            }
            dups.append(row)
            duplicate_rows.append({**row, "duplicate_of": canon.id, "cluster_id": c.id})
        meta = {**canon.metadata(), "cluster_id": c.id, "duplicates": dups, **common}
        meta = _write_article(articles_dir, canon, meta, run_id)
        article_rows.append(
            {"id": canon.id, "text": canon.text, **{k: v for k, v in meta.items() if k != "id"}}
        )

    keep = {f"{c.canonical}.txt" for c in clusters} | {f"{c.canonical}.json" for c in clusters}
    if articles_dir.is_dir():  # articles of an earlier run that this run did not publish
        for stale in articles_dir.iterdir():
            if stale.suffix in {".txt", ".json"} and stale.name not in keep:
                stale.unlink()

    io.write_jsonl_atomic(out / "articles.jsonl", article_rows)
    io.write_jsonl_atomic(out / "duplicates.jsonl", duplicate_rows)
    io.write_jsonl_atomic(out / "rejected.jsonl", (r.to_dict() for r in rejected))
    return {
        "canonical": len(article_rows),
        "duplicates": len(duplicate_rows),
        "rejected": len(rejected),
    }


def _write_article(
    articles_dir: Path, doc: CleanDocument, meta: dict[str, Any], run_id: str
) -> dict[str, Any]:
    """Write an article's two files unless they already say the same; return its metadata.

    ``run_id`` in the metadata is the run that last changed the article, so a re-run over
    unchanged input leaves every article file as it was, byte for byte.
    """
    txt_path, json_path = articles_dir / f"{doc.id}.txt", articles_dir / f"{doc.id}.json"
    text = render_text(doc)
    old: dict[str, Any] = {}
    try:
        loaded = json.loads(json_path.read_text(encoding="utf-8"))
        same_text = txt_path.read_text(encoding="utf-8") == text
        old = loaded if isinstance(loaded, dict) else {}
    except (OSError, ValueError):
        same_text = False
    if same_text and "run_id" in old and {k: v for k, v in old.items() if k != "run_id"} == meta:
        return old
    meta = {**meta, "run_id": run_id}
    io.write_atomic(txt_path, text)
    io.write_atomic(json_path, json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    return meta


def render_text(doc: CleanDocument) -> str:
    """The article file: title, blank line, paragraphs separated by blank lines."""
    head = f"{doc.title}\n\n" if doc.title else ""
    return f"{head}{doc.text}\n"


def summarize(batches: list[BatchResult], clusters: list[Cluster]) -> dict[str, Any]:
    """Counts for the run report and the dashboard: rules fired, languages, fixes, rejections."""
    rules: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    fixes: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    canonical = {c.canonical for c in clusters}
    for b in batches:
        for d in b.docs:
            rules.update(r.rule for r in d.removed)
            for f in d.encoding_fixes:
                fixes.update(f.steps)
            if d.id in canonical:
                languages[d.language] += 1
        reasons.update(r.rule for r in b.rejected)
    return {
        "rules_fired": dict(rules.most_common()),
        "languages": dict(languages.most_common()),
        "encoding_fixes": dict(fixes.most_common()),
        "rejection_reasons": dict(reasons.most_common()),
        "clusters_with_duplicates": sum(1 for c in clusters if c.duplicates),
    }

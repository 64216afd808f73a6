"""One article rendered from the state: what its cluster holds, its file, its metadata and
its line of articles.jsonl.

The flow reads a share of clusters from the state (``cluster_inputs``) and hands it to a
worker, which renders and writes the article files (``render_share``) and hands back their
index lines; ``flows.publish`` decides which articles to render and writes the indexes. No
Prefect here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaners.config import PipelineConfig
from cleaners.document import CleanDocument
from cleaners.language import DEFERRED
from cleaners.pipeline import with_language
from flows import io
from flows.checkpoint import checkpoint
from flows.plan import PIPELINE_VERSION
from flows.state import State, load_language_model, pack, unpack_document


def render_text(doc: CleanDocument) -> str:
    """The article file: title, blank line, paragraphs separated by blank lines."""
    head = f"{doc.title}\n\n" if doc.title else ""
    return f"{head}{doc.text}\n"


# A cluster's duplicates as its article lists them and duplicates.jsonl holds them (the
# columns, their order, and the entry made of a row)
DUP_ORDER = "d.word_count DESC, d.repairs, d.published IS NULL, d.published, d.id"


DUP_COLUMNS = 'd.id, d.path, d.record, d.source, d.title, d.jaccard, d.containment, d."check"'


def dup_entry(row: tuple[Any, ...]) -> dict[str, Any]:
    i, path, record, source, title, j, c, chk = row
    return {
        "id": i,
        "raw_path": path,
        "raw_record": record,
        "source": source,
        "title": title,
        "similarity": {"jaccard": j, "containment": c},
        "check": chk,
    }


def _article_meta(
    doc: CleanDocument, cid: str, dups: list[dict[str, Any]], dedup_version: str | None
) -> dict[str, Any]:
    return {
        **doc.metadata(),
        "cluster_id": cid,
        "duplicates": dups,
        "pipeline_version": PIPELINE_VERSION,
        "dedup_version": dedup_version,
    }


# A canonical's language detected ahead of its article (``batches.detect_languages_batch``):
# document id -> (language, score)
Languages = dict[str, tuple[str, float]]


@dataclass(slots=True)
class ClusterInput:
    """What rendering one cluster's article needs, read from the state by the flow: its
    canonical (packed body), the run that last changed it, the language the cluster holds
    (None: not detected yet) and its duplicates' rows, in the order the article lists them."""

    cid: str
    canonical: str
    last_run: str
    language: str | None
    score: float | None
    body: bytes | None
    dups: list[tuple[Any, ...]]


@dataclass(slots=True)
class RenderShare:
    """A share of the article files, as the flow hands it to a worker (a file of the run's
    folder): the clusters in their order, and the state's dedup version."""

    clusters: list[ClusterInput]
    dedup_version: str | None


def cluster_inputs(state: State, clusters: list[str]) -> list[ClusterInput]:
    """The given clusters' inputs (those the state holds), in their order; read 500 at a
    time (one query per cluster cost about 3 queries' latency per article)."""
    found: list[ClusterInput] = []
    for i in range(0, len(clusters), 500):
        chunk = clusters[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows = {
            r[0]: r
            for r in state.rows(
                "SELECT id, canonical, article_run, language, language_score FROM clusters"
                f" WHERE id IN ({marks})",
                chunk,
            )
        }
        canon = [rows[c][1] for c in chunk if c in rows]
        bodies = dict(
            state.rows(
                f"SELECT id, body FROM docs WHERE id IN ({','.join('?' * len(canon))})", canon
            )
        )
        dups: dict[str, list[tuple[Any, ...]]] = {}
        sql = (
            f"SELECT d.cluster, {DUP_COLUMNS} FROM docs d WHERE d.cluster IN ({marks})"
            f" AND d.status='article' ORDER BY d.cluster, {DUP_ORDER}"
        )
        for cid, *row in state.rows(sql, chunk):
            if row[0] != rows[cid][1]:
                dups.setdefault(cid, []).append(tuple(row))
        for cid in chunk:
            if cid in rows:
                _, canonical, last_run, language, score = rows[cid]
                body = bodies.get(canonical)
                found.append(
                    ClusterInput(cid, canonical, last_run, language, score, body, dups.get(cid, []))
                )
    return found


def render_cluster(
    item: ClusterInput,
    cfg: PipelineConfig,
    dedup_version: str | None,
    ahead: Languages | None = None,
    model: Path | None = None,
) -> tuple[CleanDocument, dict[str, Any], str] | None:
    """A cluster's canonical article: the document, its metadata (without run_id) and the
    run that last changed it. A canonical whose language the cleaning stage deferred gets it
    detected here, unless the cluster already holds it (``render_outputs`` keeps it there)
    or ``ahead`` does (the flow detects some while it commits); the language scorer's
    arrays come from ``model`` (the state's directory)."""
    if item.body is None:
        return None
    doc = unpack_document(item.body)
    language, score = item.language, item.score
    if language is None and ahead and item.canonical in ahead:
        language, score = ahead[item.canonical]
    if doc.language == DEFERRED and language is not None:
        doc = dataclasses.replace(doc, language=language, language_score=score or 0.0)
    else:
        if doc.language == DEFERRED and cfg.language.method == "profile" and model is not None:
            load_language_model(model)
        doc = with_language(doc, cfg)
    dups = [dup_entry(r) for r in item.dups]
    return doc, _article_meta(doc, item.cid, dups, dedup_version), item.last_run


def render_article(
    state: State, cid: str, cfg: PipelineConfig, ahead: Languages | None = None
) -> tuple[CleanDocument, dict[str, Any], str] | None:
    """A cluster's canonical article, read from the state (see ``render_cluster``)."""
    items = cluster_inputs(state, [cid])
    if not items:
        return None
    return render_cluster(items[0], cfg, state.dedup_version(), ahead, state.path.parent)


def article_sha(state: State, cid: str, cfg: PipelineConfig) -> str:
    rendered = render_article(state, cid, cfg)
    assert rendered is not None, cid
    doc, meta, _ = rendered
    blob = render_text(doc) + json.dumps(meta, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _write_if_changed(path: Path, data: str) -> bool:
    payload = data.encode("utf-8")
    if io.holds(path, payload):
        return False
    io.write_atomic(path, payload, make_parent=False)  # sync_outputs made the directory
    return True


# A cached index line for the state: (packed line, language, score, cluster id)
FreshRow = tuple[bytes, str, float, str]


def render_share(
    share: RenderShare,
    out_dir: str,
    cfg: PipelineConfig,
    ahead: Languages | None,
    model: Path | None,
) -> tuple[int, list[FreshRow]]:
    """Write a share's article files (each only if its bytes changed); return how many were
    written and the index lines for the state (runs in a worker, which never opens the
    state: ``keep_rows`` is the flow's)."""
    articles = Path(out_dir) / "articles"
    written = 0
    fresh: list[FreshRow] = []
    for item in share.clusters:
        rendered = render_cluster(item, cfg, share.dedup_version, ahead, model)
        assert rendered is not None, item.cid
        doc, meta, last_run = rendered
        meta = {**meta, "run_id": last_run}
        path = articles / f"{doc.id}.txt"
        written += _write_if_changed(path, render_text(doc))
        written += _write_if_changed(path.with_suffix(".json"), io.dumps_pretty(meta) + "\n")
        checkpoint("mid-outputs")
        line = index_line(doc.id, doc.text, meta)
        fresh.append((pack(line.encode("utf-8"), 1), doc.language, doc.language_score, item.cid))
    return written, fresh


def index_line(doc_id: str, text: str, meta: dict[str, Any]) -> str:
    """An article's line of articles.jsonl: ``json.dumps`` of its id, its text and the rest of
    its metadata, in that order. The text, most of the line, is escaped on its own (through
    ``io.dumps_str``: the standard library's C encoder spent half of a generated article's line
    on it); the same bytes as one ``json.dumps`` of the row (a test compares them)."""
    rest = {k: v for k, v in meta.items() if k != "id"}
    if type(doc_id) is not str or type(text) is not str or "text" in rest:
        row = {"id": doc_id, "text": text, **rest}
        return json.dumps(row, ensure_ascii=False) + "\n"
    tail = json.dumps(rest, ensure_ascii=False)  # "{...}", or "{}"
    head = '{"id": ' + io.dumps_str(doc_id) + ', "text": ' + io.dumps_str(text)
    return head + ("}\n" if tail == "{}" else ", " + tail[1:] + "\n")

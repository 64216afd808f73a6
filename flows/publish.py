"""The outputs: clean/ brought up to date with the state (the article files, then
articles.jsonl, duplicates.jsonl and rejected.jsonl).

The outputs are written from the state, so a run killed at any point is finished, not
repeated, by the next one.

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
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
from flows.splice import ForeignLineError, splice
from flows.state import State, load_language_model, pack, unpack, unpack_document


def render_text(doc: CleanDocument) -> str:
    """The article file: title, blank line, paragraphs separated by blank lines."""
    head = f"{doc.title}\n\n" if doc.title else ""
    return f"{head}{doc.text}\n"


_DUP_ORDER = "d.word_count DESC, d.repairs, d.published IS NULL, d.published, d.id"


_DUP_COLUMNS = 'd.id, d.path, d.record, d.source, d.title, d.jaccard, d.containment, d."check"'


def _dup_entry(row: tuple[Any, ...]) -> dict[str, Any]:
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


def keep_languages(state: State, languages: Languages) -> None:
    """Keep languages detected for canonicals in their clusters (a part of a run detects them
    while it commits; a later commit that touches the cluster clears them again)."""
    with state.transaction() as db:
        db.executemany(
            "UPDATE clusters SET language=?, language_score=? WHERE canonical=?"
            " AND language IS NULL",
            ((lang, score, doc_id) for doc_id, (lang, score) in sorted(languages.items())),
        )


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
            f"SELECT d.cluster, {_DUP_COLUMNS} FROM docs d WHERE d.cluster IN ({marks})"
            f" AND d.status='article' ORDER BY d.cluster, {_DUP_ORDER}"
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
    dups = [_dup_entry(r) for r in item.dups]
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


def sync_outputs(state: State, out_dir: str, cfg: PipelineConfig) -> int:
    """Bring clean/ up to date with the state; return how many article files were written.

    Only the articles a commit marked pending are rewritten (or removed, when they stopped
    being canonical), each only if its bytes changed; then the three indexes are rewritten
    from the state. Done only when a commit left the outputs stale, so a re-run over an
    unchanged raw/ touches no file. A run killed half-way leaves them stale for the next run.
    The flow runs the same three steps, with ``render_outputs`` shared among its workers.
    """
    todo = outputs_plan(state, out_dir)
    if todo is None:
        return 0
    written = render_outputs(state, out_dir, todo, cfg)
    finish_outputs(state, out_dir, cfg)
    return written


def outputs_plan(state: State, out_dir: str) -> list[str] | None:
    """Sweep what a killed run left and the files of articles no longer published; return
    the clusters whose article must be rendered again, or None when the outputs are clean."""
    status = state.get_meta("outputs")
    out = Path(out_dir)
    articles = out / "articles"
    for leftover in [*out.glob(".*.tmp"), *articles.glob(".*.tmp")]:
        leftover.unlink(missing_ok=True)  # a write killed half-way (we hold the run lock)
    if status == "clean":
        return None
    canon = {c: cid for cid, c in state.rows("SELECT id, canonical FROM clusters")}
    if status is None:  # never synced: every article, and sweep files no article owns
        pending = set(canon)
        if articles.is_dir():
            keep = {f"{c}.{ext}" for c in canon for ext in ("txt", "json")}
            for stale in articles.iterdir():
                if stale.suffix in {".txt", ".json"} and stale.name not in keep:
                    stale.unlink()
    else:
        pending = {r[0] for r in state.rows("SELECT id FROM pending")}
    for doc_id in sorted(pending - set(canon)):  # no longer published
        (articles / f"{doc_id}.txt").unlink(missing_ok=True)
        (articles / f"{doc_id}.json").unlink(missing_ok=True)
    articles.mkdir(parents=True, exist_ok=True)
    return [canon[d] for d in sorted(pending & set(canon))]


def render_outputs(
    state: State,
    out_dir: str,
    clusters: list[str],
    cfg: PipelineConfig,
    ahead: Languages | None = None,
) -> int:
    """Write the given clusters' article files (each only if its bytes changed) and cache
    their index lines in the state; return how many files were written, in this process.
    The flow's workers run the middle of it (``render_share``) on shares of the clusters;
    the lines are only trusted once ``finish_outputs`` marks the outputs clean (a pending
    article is always rendered again). The canonical's language goes into the cluster's row
    with the line (cleaning defers it: see ``render_cluster``)."""
    written = 0
    for i in range(0, len(clusters), ROWS_PER_WRITE):
        share = render_share_of(state, clusters[i : i + ROWS_PER_WRITE])
        done, fresh = render_share(share, out_dir, cfg, ahead, state.path.parent)
        keep_rows(state, fresh)
        written += done
    return written


def render_share_of(state: State, clusters: list[str]) -> RenderShare:
    """What a worker needs to write these clusters' articles, read from the state."""
    items = cluster_inputs(state, clusters)
    assert len(items) == len(clusters), "a pending cluster has no canonical in the state"
    return RenderShare(items, state.dedup_version())


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


# Articles rendered in this process between two writes of their index lines to the state.
ROWS_PER_WRITE = 1000


def keep_rows(state: State, fresh: list[FreshRow]) -> None:
    """Keep rendered articles' index lines and languages in their clusters' rows."""
    with state.transaction() as db:
        db.executemany("UPDATE clusters SET row=?, language=?, language_score=? WHERE id=?", fresh)


def finish_outputs(state: State, out_dir: str, cfg: PipelineConfig) -> None:
    """Rewrite the three indexes from the state (articles from the cached lines), then mark
    the outputs clean."""
    out = Path(out_dir)
    missing = [r[0] for r in state.rows("SELECT id FROM clusters WHERE row IS NULL")]
    if missing:  # none after render_outputs; a state written by an older version may have some
        render_outputs(state, out_dir, missing, cfg)

    index = out / "articles.jsonl"
    published = state.db.execute("SELECT count(*) FROM clusters").fetchone()[0]
    intact = _index_intact(state, index)
    known = state.get_meta("articles_lines") if intact else None
    try:
        if known is not None:  # the pending lines replaced, the rest copied by the kernel
            lines = io.write_fd_atomic(index, lambda fd: _splice_index(state, index, fd, known))
        else:
            lines = io.write_chunks_atomic(index, _index_lines(state, index, intact))
    except (_ForeignIndexError, ForeignLineError, ValueError):
        lines = -1
    if lines != published:  # not the file the state describes: every line from the state
        io.write_chunks_atomic(index, _index_lines(state, index, False))
    stat = index.stat()
    dups = out / "duplicates.jsonl"
    expected = state.counts()["duplicates"]
    try:
        lines = io.write_chunks_atomic(
            dups, _duplicate_lines(state, dups, _index_intact(state, dups, "duplicates_index"))
        )
    except _ForeignIndexError:
        lines = -1
    if lines != expected:  # not the file the state describes: every line from the state
        io.write_chunks_atomic(dups, _duplicate_lines(state, dups, False))
    dup_stat = dups.stat()
    io.write_jsonl_atomic(out / "rejected.jsonl", _rejected_rows(state))
    checkpoint("before-synced")
    with state.transaction() as db:
        db.execute("DELETE FROM pending")
        db.execute("INSERT OR REPLACE INTO meta VALUES ('outputs', 'clean')")
        db.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)",
            (
                ("articles_index", f"{stat.st_size}:{stat.st_mtime_ns}"),
                ("articles_lines", str(published)),
                ("duplicates_index", f"{dup_stat.st_size}:{dup_stat.st_mtime_ns}"),
            ),
        )


_INDEX_HEAD = b'{"id": "'  # how every line of articles.jsonl starts (json.dumps, id first)


class _ForeignIndexError(ValueError):
    """articles.jsonl holds a line newsclean did not write."""


def _index_intact(state: State, index: Path, key: str = "articles_index") -> bool:
    """Whether an index (articles.jsonl; duplicates.jsonl with ``key`` duplicates_index) is
    the file the last complete run wrote (size and mtime as recorded then)."""
    stat = index.stat() if index.is_file() else None
    recorded = state.get_meta(key)
    return stat is not None and recorded == f"{stat.st_size}:{stat.st_mtime_ns}"


def _index_lines(state: State, index: Path, splice: bool) -> Iterator[bytes]:
    """The lines of articles.jsonl, in canonical id order: the cached line of every article.

    With ``splice`` (the file on disk is intact) only the pending articles' lines come from
    the state; every other line is copied from the file as it is, so an incremental run does
    not decompress the whole corpus's lines again. The pending set holds every article whose
    line changed or went since that file was written (a killed run's too: it is cleared only
    with the indexes).
    """
    if not splice:
        sql = "SELECT row FROM clusters ORDER BY canonical"
        for (cached,) in state.db.cursor().execute(sql):
            yield unpack(cached)
        return
    pending = {r[0] for r in state.rows("SELECT id FROM pending")}
    sql = (
        "SELECT c.canonical, c.row FROM pending p JOIN clusters c ON c.canonical = p.id"
        " ORDER BY c.canonical"
    )
    fresh = iter(state.db.cursor().execute(sql))
    nxt = next(fresh, None)
    with index.open("rb") as fh:
        for line in fh:
            if not line.startswith(_INDEX_HEAD):
                raise _ForeignIndexError(index)
            doc_id = line[len(_INDEX_HEAD) : line.index(b'"', len(_INDEX_HEAD))].decode()
            while nxt is not None and nxt[0] < doc_id:
                yield unpack(nxt[1])
                nxt = next(fresh, None)
            if doc_id not in pending:
                yield line
    while nxt is not None:
        yield unpack(nxt[1])
        nxt = next(fresh, None)


def _splice_index(state: State, index: Path, fd: int, known: str) -> int:
    """articles.jsonl as ``_index_lines`` splices it, written to ``fd``: the pending
    articles' lines from the state, every other line copied from the file as it is by the
    kernel (``flows.splice``), without reading it; return the lines written (``known``: the
    lines the file holds, as recorded when it was written)."""
    pending = sorted(r[0] for r in state.rows("SELECT id FROM pending"))
    sql = "SELECT c.canonical, c.row FROM pending p JOIN clusters c ON c.canonical = p.id"
    fresh = {doc_id: unpack(row) for doc_id, row in state.rows(sql)}
    with index.open("rb") as fh:
        dropped, added = splice(fh, fd, pending, fresh, _INDEX_HEAD)
    return int(known) - dropped + added


_DUPLICATE_OF = b', "duplicate_of": "'  # the last two keys of a duplicates.jsonl line


def _duplicate_of(line: bytes, index: Path) -> str:
    """The canonical a line of duplicates.jsonl names (``duplicate_of``)."""
    at = line.rfind(_DUPLICATE_OF)
    if at < 0 or not line.startswith(_INDEX_HEAD) or not line.endswith(b'"}\n'):
        raise _ForeignIndexError(index)
    start = at + len(_DUPLICATE_OF)
    return line[start : line.index(b'"', start)].decode()


def _duplicate_lines(state: State, index: Path, splice: bool) -> Iterator[bytes]:
    """The lines of duplicates.jsonl, by canonical id and then as each cluster orders its
    duplicates.

    With ``splice`` (the file on disk is intact) only the lines of clusters whose canonical
    is pending come from the state, and the others are copied as they are, so an incremental
    run does not read every duplicate again. A cluster a run touches has its canonical before
    and after the run pending (``dedup.deduplicate``), so every line it changes, moves or drops is
    under a pending canonical.
    """
    if not splice:
        for row in _duplicate_rows(state):
            yield (json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8")
        return
    pending = {r[0] for r in state.rows("SELECT id FROM pending")}
    fresh = _duplicate_rows(state, pending_only=True)
    nxt = next(fresh, None)
    with index.open("rb") as fh:
        for line in fh:
            canon = _duplicate_of(line, index)
            while nxt is not None and nxt["duplicate_of"] < canon:
                yield (json.dumps(nxt, ensure_ascii=False) + "\n").encode("utf-8")
                nxt = next(fresh, None)
            if canon not in pending:
                yield line
    while nxt is not None:
        yield (json.dumps(nxt, ensure_ascii=False) + "\n").encode("utf-8")
        nxt = next(fresh, None)


def _duplicate_rows(state: State, pending_only: bool = False) -> Iterator[dict[str, Any]]:
    """Every duplicate's row (or those of the clusters whose canonical is pending), ordered
    as duplicates.jsonl is."""
    # the pending clusters' rows looked up from the pending ids (SQLite keeps a CROSS JOIN's
    # order; left to itself it scanned every document: 0.4 s at 100k, against 8 ms)
    source = (
        "pending p CROSS JOIN clusters c ON c.canonical = p.id CROSS JOIN docs d"
        " ON d.cluster = c.id"
        if pending_only
        else "docs d JOIN clusters c ON d.cluster = c.id"
    )
    sql = (
        f"SELECT {_DUP_COLUMNS}, c.canonical, c.id FROM {source}"
        f" WHERE d.status='article' AND d.id != c.canonical ORDER BY c.canonical, {_DUP_ORDER}"
    )
    for *entry, canon, cid in list(state.rows(sql)):
        yield {
            **_dup_entry(tuple(entry)),
            "duplicate_of": canon,
            "cluster_id": cid,
        }


def _rejected_rows(state: State) -> Iterator[dict[str, Any]]:
    sql = (
        "SELECT id, source, path, record, rule, reason FROM docs WHERE status='rejected'"
        " ORDER BY path, record IS NOT NULL, record, id"
    )
    for i, source, path, record, rule, reason in list(state.rows(sql)):
        yield {
            "id": i,
            "source": source,
            "raw_path": path,
            "raw_record": record,
            "rule": rule,
            "reason": reason,
        }

"""The outputs: clean/ brought up to date with the state (the article files, then
articles.jsonl, duplicates.jsonl and rejected.jsonl).

The outputs are written from the state, so a run killed at any point is finished, not
repeated, by the next one. Which articles to write, and the indexes, are here; rendering one
article (its file, its metadata, its index line) is ``flows.articles``'s.

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cleaners.config import PipelineConfig
from flows import io
from flows.articles import (
    DUP_COLUMNS,
    DUP_ORDER,
    FreshRow,
    Languages,
    RenderShare,
    cluster_inputs,
    dup_entry,
    render_share,
)
from flows.checkpoint import checkpoint
from flows.splice import ForeignLineError, splice
from flows.state import State, unpack


def keep_languages(state: State, languages: Languages) -> None:
    """Keep languages detected for canonicals in their clusters (a part of a run detects them
    while it commits; a later commit that touches the cluster clears them again)."""
    with state.transaction() as db:
        db.executemany(
            "UPDATE clusters SET language=?, language_score=? WHERE canonical=?"
            " AND language IS NULL",
            ((lang, score, doc_id) for doc_id, (lang, score) in sorted(languages.items())),
        )


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
        f"SELECT {DUP_COLUMNS}, c.canonical, c.id FROM {source}"
        f" WHERE d.status='article' AND d.id != c.canonical ORDER BY c.canonical, {DUP_ORDER}"
    )
    for *entry, canon, cid in list(state.rows(sql)):
        yield {
            **dup_entry(tuple(entry)),
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

"""The CPU stage of a run: read and clean one batch of raw files, and build their dedup keys.

It runs in worker processes or on a Dask cluster's workers (one task per batch) and never
opens the state: a worker reads raw/ and the files of the run's folder, and writes the
article files and files of the run's folder (``flows.runfiles``). Everything after it
(staging, site furniture, dedup against earlier runs, commit, outputs) is in
``flows.staging``, ``flows.furniture``, ``flows.dedup``, ``flows.commit`` and
``flows.publish``, in the flow's process.

The other worker tasks' functions are here too (a share of the site furniture, of the article
files, of the languages detected ahead); the whole run as plain Python is ``flows.plain``.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaners.config import PipelineConfig
from cleaners.dedup import DedupKey, exact_hash, make_key
from cleaners.document import CleanDocument, RawDocument, Rejection
from cleaners.language import DEFERRED
from cleaners.pipeline import Cleaner, with_language
from cleaners.sitelines import candidate_keys, drop_site_furniture, removed_keys
from flows import discovery, ids, inputs, runfiles
from flows.articles import Languages, RenderShare, render_share
from flows.furniture import drop_furniture
from flows.memory import give_back, settle
from flows.staging import StagedBatch, skey, stage_documents
from flows.state import STATE_PATH, load_language_model, unpack_document

# Fixes any faithful copy may need; the others (mojibake, entities) mark a damaged copy.
COSMETIC = frozenset({"normalize_spaces", "remove_invisible", "NFC", "remove_control_chars"})


@dataclass(slots=True)
class BatchResult:
    """What one batch of input files gave: clean documents with their dedup keys, rejections."""

    docs: list[CleanDocument] = field(default_factory=list)
    keys: list[DedupKey] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    read: int = 0
    seconds: float = 0.0
    site_keys: dict[str, list[str]] = field(default_factory=dict)  # doc id -> line keys
    files: dict[str, str | None] = field(default_factory=dict)  # rel path -> sha256
    # doc id -> (keys of the lines the batch's own site furniture removed, exact hash of the
    # body before that), for the documents that lost such lines
    local: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)


def clean_files(paths: list[str], raw_dir: str, cfg: PipelineConfig) -> BatchResult:
    """Read, decode and clean every document in the given files; build their dedup keys.

    Site furniture the batch alone proves (a short line in ``site_min_stories`` or more
    distinct stories of a site among these files: the whole run can only count more) is
    removed here, before the dedup key is built, so most articles need no second pass once
    the run's counts are known (``flows.furniture.site_furniture_plan`` checks every one).
    """
    start = time.perf_counter()
    root = Path(raw_dir)
    threading.Thread(target=read_ahead, args=(paths,), daemon=True).start()
    # language is detected on canonical articles only; per-line decisions are for ``explain``
    cleaner = Cleaner(cfg, defer_language=True, explain=False)
    out = BatchResult()
    holders: dict[str, str] = {}  # id -> where the document that holds it came from
    for p in paths:
        # a WARC archive is streamed: each page is cleaned as it is read, and only the clean
        # article is kept (rejections come first for other files, as the reader lists them)
        reading = inputs.FileReading.of(p, root, cfg.limits)
        for raw in reading:
            out.read += 1
            if isinstance(raw, Rejection):
                holders.setdefault(raw.id, skey(raw.raw_path, raw.record))
                out.rejected.append(raw)
                continue
            where = skey(raw.raw_path, raw.record)
            holder = holders.setdefault(raw.id, where)
            if holder != where:
                out.rejected.append(_duplicate_id(raw, holder, holders))
                continue
            try:
                report = cleaner(raw)
            except Exception as exc:  # one document never fails its batch
                out.rejected.append(_failed(raw, exc))
                continue
            if report.doc is None:
                assert report.rejection is not None
                out.rejected.append(report.rejection)
                continue
            out.docs.append(report.doc)
        out.files[discovery.relative(reading.path, root)] = reading.sha
    min_stories = cfg.boilerplate.site_min_stories
    if min_stories > 0:
        for doc in out.docs:
            out.site_keys[doc.id] = sorted(candidate_keys(doc.paragraphs))
        _drop_batch_furniture(out, min_stories)
    for doc in out.docs:
        repairs = sum(1 for f in doc.encoding_fixes if not COSMETIC.issuperset(f.steps))
        out.keys.append(
            make_key(doc.id, doc.text, doc.word_count, doc.published, cfg.dedup, repairs)
        )
    out.seconds = time.perf_counter() - start
    return out


def _duplicate_id(raw: RawDocument, holder: str, holders: dict[str, str]) -> Rejection:
    """The rejection of a document whose id an earlier one of the batch holds: the first
    document (in file order) keeps an id; the others are rejected under an id of their own,
    made from where they came from, naming the holder."""
    where = skey(raw.raw_path, raw.record)
    new_id = ids.make_id(ids.source_of(raw.raw_path), raw.raw_path, raw.record)
    while new_id in holders:
        new_id += "-dup"
    holders[new_id] = where
    reason = f"id {raw.id!r} is already used by {holder}"
    return Rejection(new_id, raw.source, raw.raw_path, raw.record, "duplicate_id", reason)


def _failed(raw: RawDocument, exc: Exception) -> Rejection:
    text = str(exc).strip()[:300]
    what = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    if isinstance(exc, MemoryError):
        what = "not enough memory"
    reason = f"cleaning failed ({what}); please report this document"
    return Rejection(raw.id, raw.source, raw.raw_path, raw.record, "error", reason)


def read_ahead(paths: list[str]) -> None:
    """Ask the kernel to start reading these files now (each read then waits for the disk
    only if cleaning catches up with it). On a corpus not in the page cache the batch is
    cleaned 13-15 % faster (2,000 files: 2.06-2.33 -> 1.78-2.02 ms per document). Advice
    only: a file that cannot be opened is left to the reader to report, and so is anything
    but a regular file under raw/ (a named pipe must not block here, a link is not followed)."""
    if not hasattr(os, "posix_fadvise"):
        return
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC
    for p in paths:
        try:
            fd = os.open(p, flags)
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def _drop_batch_furniture(out: BatchResult, min_stories: int) -> None:
    """Remove the site furniture the batch's own documents prove (see ``clean_files``)."""
    counts: dict[str, Counter[str]] = {}
    seen: set[tuple[str, str]] = set()
    for doc in out.docs:  # one count per distinct body of a site, as the run counts them
        if doc.source == ids.UNKNOWN_SOURCE or (doc.source, doc.text) in seen:
            continue
        seen.add((doc.source, doc.text))
        counts.setdefault(doc.source, Counter()).update(out.site_keys[doc.id])
    furniture = {
        source: {k: n for k, n in c.items() if n >= min_stories} for source, c in counts.items()
    }
    for n, doc in enumerate(out.docs):
        lines = furniture.get(doc.source)
        if not lines or not any(k in lines for k in out.site_keys[doc.id]):
            continue
        new = drop_site_furniture(doc, lines, min_stories)
        if new is not doc:
            out.local[doc.id] = (removed_keys(new), exact_hash(doc.text))
            out.docs[n] = new


def clean_to_file(
    paths: list[str], raw_dir: str, cfg: PipelineConfig, file: str, run_id: str
) -> StagedBatch:
    """The worker's whole task: clean the files, write their documents' rows for the state
    into ``file`` (article text goes to a file of the run's folder, not back to the flow:
    the flow stages it) and return the light records, with the seconds the task took."""
    settle()
    started, start, cpu = time.time(), time.perf_counter(), time.thread_time()
    batch = clean_files(paths, raw_dir, cfg)
    staging = time.perf_counter()
    staged, rows = stage_documents(
        batch.docs, batch.keys, batch.site_keys, batch.rejected, run_id, batch.local
    )
    del batch.docs, batch.keys
    runfiles.put(file, rows)
    del rows
    staged.file = file
    staged.files = batch.files
    staged.seconds = time.perf_counter() - start
    staged.staging = time.perf_counter() - staging
    staged.cpu = time.thread_time() - cpu
    staged.started, staged.finished = started, time.time()
    staged.pid = os.getpid()
    give_back()
    return staged


def clean_and_stage(
    paths: list[str], raw_dir: str, cfg: PipelineConfig, out_dir: str, run_id: str
) -> StagedBatch:
    """Clean the files and stage their documents in the state, in this process (what a
    worker's ``clean_to_file`` and the flow's ``staging.accept_batch`` do, without the id
    checks); return the light records."""
    from flows.state import State

    folder = runfiles.run_folder(Path(out_dir), run_id)
    folder.mkdir(parents=True, exist_ok=True)
    staged = clean_to_file(paths, raw_dir, cfg, str(folder / "clean-batch.pkl"), run_id)
    with State(Path(out_dir)) as state:
        state.stage(*runfiles.take(staged.file, drop=True))
    return staged


def drop_furniture_batch(
    bodies_file: str,
    out_file: str,
    furniture: dict[str, dict[str, int]],
    repairs: dict[str, int],
    cfg: PipelineConfig,
) -> tuple[list[tuple[str, DedupKey, int]], float]:
    """A worker's share of site furniture: remove it from the staged bodies the flow wrote
    into ``bodies_file``, write the changed ones into ``out_file`` (the flow restages them)
    and return their new light keys, with the seconds it took."""
    start = time.perf_counter()
    bodies: dict[str, bytes] = runfiles.take(bodies_file)
    results, changed = drop_furniture(bodies, furniture, repairs, cfg)
    runfiles.put(out_file, changed)
    return results, time.perf_counter() - start


def write_articles_batch(
    share_file: str,
    out_dir: str,
    cfg: PipelineConfig,
    ahead: Languages | None = None,
    rows_file: str = "",
) -> tuple[int, float, float]:
    """A worker's share of the article files: render and write the clusters the flow wrote
    into ``share_file`` (detecting the language of canonicals that have none yet, in the
    state or ``ahead``), write their index lines into ``rows_file`` (the flow keeps them in
    the state); return (files written, seconds, CPU seconds: less than the seconds when the
    worker waited for the disk or a core)."""
    start, cpu = time.perf_counter(), time.thread_time()
    share: RenderShare = runfiles.take(share_file)
    model = Path(out_dir) / STATE_PATH.parent
    written, fresh = render_share(share, out_dir, cfg, ahead, model)
    del share
    runfiles.put(rows_file, fresh)
    give_back()
    return written, time.perf_counter() - start, time.thread_time() - cpu


LANGUAGE_CHUNK = 200  # documents between two looks at the stop file (about 70 ms of work)


def detect_languages_batch(
    bodies_file: str, out_dir: str, cfg: PipelineConfig, stop: str
) -> tuple[Languages, float]:
    """Detect the language of the documents the flow wrote into ``bodies_file`` ((id, packed
    body) each: the run's new articles, or the canonicals it is about to write) in their
    order, until done or until the file ``stop`` exists; return what was found and the
    seconds it took. The flow runs it on a worker that would otherwise wait while the flow
    deduplicates and commits; the article files then only detect what it did not reach."""
    start = time.perf_counter()
    found: Languages = {}
    stop_file = Path(stop)
    if cfg.language.method == "profile":
        # built on a first run: then the article files load it
        load_language_model(Path(out_dir) / STATE_PATH.parent)
    # the file holds the bodies in chunks (``languages_ahead.write_bodies``): one in memory
    chunks = runfiles.take_chunks(bodies_file)
    try:
        _detect_until_stopped(chunks, stop_file, cfg, found)
    finally:
        chunks.close()
    give_back()
    return found, time.perf_counter() - start


def _detect_until_stopped(
    chunks: Iterator[list[tuple[str, bytes]]],
    stop_file: Path,
    cfg: PipelineConfig,
    found: Languages,
) -> None:
    for bodies in chunks:
        for i in range(0, len(bodies), LANGUAGE_CHUNK):
            if stop_file.exists():
                return
            for doc_id, body in bodies[i : i + LANGUAGE_CHUNK]:
                doc = unpack_document(body)
                if doc.language != DEFERRED:
                    continue
                done = with_language(doc, cfg)
                found[doc_id] = (done.language, done.language_score)

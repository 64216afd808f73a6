"""The corpus state: one SQLite file beside the outputs, ``<out>/.newsclean/state.sqlite``.

It holds what every later run needs to stay incremental:

- ``files``: every raw file seen (path relative to raw/, size, mtime, sha256) and the cleaning
  fingerprint it was cleaned with, so an unchanged file is skipped;
- ``docs``: every document read (published, duplicate or rejected), its compressed clean body,
  its exact hash and MinHash signature, its cluster and how it matched the canonical;
- ``bands``: the LSH band keys of every article, so a new document finds its candidates with
  an index lookup instead of a rebuilt in-memory LSH;
- ``clusters``: canonical article of each cluster, the run that last changed its files, its
  line of ``articles.jsonl`` (compressed), so an index of the whole corpus is rewritten from
  the articles a run touched plus the cached lines of all others, and the canonical's
  language (cleaning defers it; it is detected when the article is written);
- ``runs``: one report per run; ``meta``: schema version and the dedup parameters;
- ``pending``: article ids whose files must still be brought up to date (cleared after the
  outputs are written, so a run killed while writing is finished by the next one);
- ``staging``: documents cleaned by the current run, not yet committed, keyed by where they
  came from (path, and line for a JSONL record); the workers that clean write them here.

WAL mode, and one transaction per commit point: a run killed at any moment leaves the state as
it was before the run, or as it is after the commit, never in between.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import numpy as np
import zstandard

from cleaners import language
from cleaners.config import DedupConfig
from cleaners.dedup import DedupKey
from cleaners.document import CleanDocument, document_from_record, document_to_record
from flows.io import write_atomic

SCHEMA_VERSION = 2
STATE_PATH = Path(".newsclean") / "state.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files(
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT,
    fingerprint TEXT NOT NULL,
    run_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS docs(
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    {doc_columns},
    cluster TEXT,
    jaccard REAL,
    containment REAL,
    "check" TEXT
);
CREATE INDEX IF NOT EXISTS docs_path ON docs(path);
CREATE INDEX IF NOT EXISTS docs_cluster ON docs(cluster);
CREATE INDEX IF NOT EXISTS docs_exact ON docs(exact);
CREATE INDEX IF NOT EXISTS docs_source ON docs(source);
CREATE INDEX IF NOT EXISTS docs_rejected ON docs(path, record, id) WHERE status='rejected';
CREATE TABLE IF NOT EXISTS bands(
    key INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY(key, n)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS clusters(
    id TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    article_sha TEXT NOT NULL,
    article_run TEXT NOT NULL,
    row BLOB,
    language TEXT,
    language_score REAL
);
CREATE INDEX IF NOT EXISTS clusters_canonical ON clusters(canonical);
CREATE TABLE IF NOT EXISTS runs(id TEXT PRIMARY KEY, started TEXT NOT NULL, report TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending(id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS staging(skey TEXT PRIMARY KEY, id TEXT NOT NULL, {doc_columns});
CREATE INDEX IF NOT EXISTS staging_id ON staging(id);
CREATE TABLE IF NOT EXISTS staged_shingles(skey TEXT PRIMARY KEY, shingles BLOB NOT NULL)
    WITHOUT ROWID;
"""

# Columns a document has before it is clustered (staging and docs share them).
DOC_COLUMNS = (
    "path",  # raw file, relative to raw/
    "record",  # JSONL line, or NULL
    "source",
    "title",
    "status",  # 'article' or 'rejected'
    "rule",  # rejection rule
    "reason",  # rejection reason
    "body",  # compressed JSON of the clean document (see ``pack``)
    "exact",  # sha256 of the normalised body
    "signature",  # MinHash signature, uint32 bytes
    "lead",  # MinHash signature of the opening shingles, uint32 bytes
    "word_count",
    "published",
    "repairs",
    "language",  # as cleaning found it: '' when deferred (a canonical's: in ``clusters``)
    "site_keys",  # JSON list of short-line keys (site furniture)
    "run_id",  # the run that read this document
    "shingle_count",  # distinct shingles (NULL in states written before it was kept)
)
# Columns added to a table after its schema version was fixed: a state that lacks them gets
# them (NULL in its earlier rows), and the code reads NULL as "not known".
_ADDED = {"shingle_count": "INTEGER"}
_ADDED_TO = {
    "docs": _ADDED,
    "staging": _ADDED,
    # the canonical's language, detected when its article is written (cleaning defers it)
    "clusters": {"language": "TEXT", "language_score": "REAL"},
}
_TYPES = {"record": "INTEGER", "word_count": "INTEGER", "repairs": "INTEGER", **_ADDED}
_TYPES |= {"body": "BLOB", "signature": "BLOB", "lead": "BLOB"}
_DOC_DDL = ",\n    ".join(f"{c} {_TYPES.get(c, 'TEXT')}" for c in DOC_COLUMNS)


class StateMismatchError(RuntimeError):
    """The state was built with settings this run cannot mix with."""


# Set in every process that runs tasks on a Dask cluster's worker (``flows.cluster``): such a
# process never opens the state, which is SQLite and must stay with the flow's process (a
# worker on another machine would reach it over a network filesystem, where SQLite's locks
# are not safe). Its tasks get what they need in files of the run's folder instead.
WORKER_ENV = "NEWSCLEAN_WORKER"


class WorkerStateError(RuntimeError):
    """A cluster's worker tried to open the state."""


# Documents' bodies and cached index lines are Zstandard frames: a 6 KB document packs in
# 26 us at level 3 (zlib at level 6: 101 us) and unpacks in 9 us (zlib: 27), 3 % larger.
# States written before hold zlib streams; ``unpack`` tells the two apart by the frame's
# magic number, so old and new rows mix. Compressors are not thread safe: one per thread.
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_codecs = threading.local()


def pack(data: bytes, level: int = 3) -> bytes:
    compressors: dict[int, zstandard.ZstdCompressor] | None = getattr(_codecs, "packers", None)
    if compressors is None:
        compressors = _codecs.packers = {}
    compressor = compressors.get(level)
    if compressor is None:
        compressor = compressors[level] = zstandard.ZstdCompressor(level=level)
    return compressor.compress(data)


def unpack(blob: bytes) -> bytes:
    if blob[:4] != _ZSTD_MAGIC:
        return zlib.decompress(blob)  # written by an earlier version
    decompressor: zstandard.ZstdDecompressor | None = getattr(_codecs, "unpacker", None)
    if decompressor is None:
        decompressor = _codecs.unpacker = zstandard.ZstdDecompressor()
    return decompressor.decompress(blob)


def pack_document(doc: CleanDocument) -> bytes:
    blob = json.dumps(document_to_record(doc), ensure_ascii=False, separators=(",", ":"))
    return pack(blob.encode("utf-8"))


def unpack_document(body: bytes) -> CleanDocument:
    return document_from_record(json.loads(unpack(body)))


def dedup_params(cfg: DedupConfig) -> dict[str, Any]:
    """The settings that make signatures and clusters comparable between runs."""
    return {
        "version": cfg.version,
        "shingle": cfg.shingle,
        "num_perm": cfg.num_perm,
        "seed": cfg.seed,
        "lsh_threshold": cfg.lsh_threshold,
        "jaccard": cfg.jaccard,
        "containment": cfg.containment,
        "min_shingles": cfg.min_shingles,
        # (only when off: a state built before the second look had no such key)
        **({} if cfg.typos else {"typos": False}),
    }


@dataclass(frozen=True, slots=True)
class FileRow:
    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    fingerprint: str


class State:
    """A connection to one output directory's state file."""

    def __init__(self, out_dir: Path, reader: bool = False) -> None:
        """Open (and create or upgrade) the state of ``out_dir``. A ``reader`` only reads a
        state the run has opened already: it does not check the schema, which takes the
        write lock, so it can read while the run commits. Refused in a cluster's worker
        (``WORKER_ENV``)."""
        if os.environ.get(WORKER_ENV):
            raise WorkerStateError(
                f"a cluster's worker must not open the state ({out_dir / STATE_PATH}): only"
                " the flow's process does"
            )
        self.path = out_dir / STATE_PATH
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(
            self.path, isolation_level=None, timeout=60, check_same_thread=False
        )
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=OFF")
        # Builds of SQLite compiled with SECURE_DELETE (Debian's among them) zero every freed
        # page and write it out: clearing the staging area at each commit wrote it twice
        # more. The state holds nothing the outputs do not, so freed pages need no wiping.
        self.db.execute("PRAGMA secure_delete=OFF")
        if not reader:
            self._create()

    def _create(self) -> None:
        version = None
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = int(row[0]) if row else None
        except sqlite3.OperationalError:
            pass
        if version is not None and version != SCHEMA_VERSION:
            raise StateMismatchError(
                f"{self.path} has state schema {version}, this newsclean uses {SCHEMA_VERSION}; "
                "use a new output directory or delete the state file to rebuild from raw/"
            )
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _SCHEMA.format(doc_columns=_DOC_DDL).split(";"):
                if stmt.strip():
                    self.db.execute(stmt)
            self.db.execute(
                "INSERT OR IGNORE INTO meta VALUES('schema', ?)", (str(SCHEMA_VERSION),)
            )
            for table, added in _ADDED_TO.items():
                have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
                for column, kind in added.items():
                    if column not in have:
                        self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------------------

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type: object, *rest: object) -> None:
            self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")

    def transaction(self) -> State._Tx:
        """``with state.transaction() as db:`` commits on success, rolls back on error."""
        return State._Tx(self.db)

    # --- meta ---------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else None

    def dedup_version(self) -> str | None:
        stored = self.get_meta("dedup")
        return json.loads(stored).get("version") if stored else None

    def check_params(self, cfg: DedupConfig) -> None:
        """Refuse to mix signatures or clusters made with other dedup parameters."""
        want = dedup_params(cfg)
        stored = self.get_meta("dedup")
        if stored is None:
            return
        have = json.loads(stored)
        if have != want:
            diff = ", ".join(
                f"{k}: state {have.get(k)!r}, this run {want.get(k)!r}"
                for k in sorted(set(have) | set(want))
                if have.get(k) != want.get(k)
            )
            raise StateMismatchError(
                f"the state in {self.path.parent.parent} was built with other dedup settings "
                f"({diff}); run with the settings it was built with, or use a new --out "
                "directory (or delete it) to rebuild the corpus with the new ones"
            )

    # --- files --------------------------------------------------------------------------

    def files(self, paths: list[str] | None = None) -> dict[str, FileRow]:
        """Every raw file the state knows, or only those of ``paths`` it knows."""
        sql = "SELECT path, size, mtime_ns, sha256, fingerprint FROM files"
        if paths is None:
            return {r[0]: FileRow(*r) for r in self.db.execute(sql)}
        found: dict[str, FileRow] = {}
        for i in range(0, len(paths), 500):
            chunk = paths[i : i + 500]
            rows = self.db.execute(f"{sql} WHERE path IN ({','.join('?' * len(chunk))})", chunk)
            found.update((r[0], FileRow(*r)) for r in rows)
        return found

    # --- staging ------------------------------------------------------------------------

    def clear_staging(self) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM staging")
            db.execute("DELETE FROM staged_shingles")

    def stage(
        self, rows: Iterable[dict[str, Any]], shingles: Iterable[tuple[str, np.ndarray]] = ()
    ) -> None:
        """Keep documents cleaned by this run until the commit (one transaction per batch),
        with their shingle sets by staging key (dedup reads them only for pairs it checks)."""
        cols = ("skey", "id", *DOC_COLUMNS)
        marks = ", ".join("?" * len(cols))
        sql = f"INSERT OR REPLACE INTO staging({', '.join(cols)}) VALUES ({marks})"
        with self.transaction() as db:
            db.executemany(sql, ([r.get(c) for c in cols] for r in rows))
            db.executemany(
                "INSERT OR REPLACE INTO staged_shingles VALUES (?, ?)",
                ((k, _uint32_bytes(v)) for k, v in shingles),
            )

    def staged_shingles(self, skey: str) -> np.ndarray:
        row = self.db.execute(
            "SELECT shingles FROM staged_shingles WHERE skey=?", (skey,)
        ).fetchone()
        return np.frombuffer(row[0], dtype=np.uint32) if row else np.zeros(0, np.uint32)

    def staged_shingles_of(self, skeys: list[str]) -> list[tuple[str, bytes]]:
        """(staging key, shingle set as uint32 bytes) of the given staged documents."""
        marks = ",".join("?" * len(skeys))
        sql = f"SELECT skey, shingles FROM staged_shingles WHERE skey IN ({marks})"
        return self.db.execute(sql, skeys).fetchall()

    def unstage(self, skey: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM staging WHERE skey=?", (skey,))
            db.execute("DELETE FROM staged_shingles WHERE skey=?", (skey,))

    def staged_document(self, doc_id: str) -> CleanDocument:
        row = self.db.execute("SELECT body FROM staging WHERE id=?", (doc_id,)).fetchone()
        return unpack_document(row[0])

    def restage(self, changed: list[tuple[str, bytes, DedupKey]]) -> None:
        """Replace staged documents' bodies (packed) and dedup keys (site furniture changed
        them): (id, packed body, key with its shingle set) each."""

        def row(doc_id: str, body: bytes, key: DedupKey) -> tuple[Any, ...]:
            lead = key.lead if key.lead is not None else key.signature
            return (
                body,
                key.word_count,
                key.exact,
                key.signature.astype(np.uint32).tobytes(),
                lead.astype(np.uint32).tobytes(),
                key.size,
                doc_id,
            )

        with self.transaction() as db:
            db.executemany(
                "UPDATE staging SET body=?, word_count=?, exact=?, signature=?, lead=?,"
                " shingle_count=? WHERE id=?",
                (row(*c) for c in changed),
            )
            db.executemany(
                "UPDATE staged_shingles SET shingles=?"
                " WHERE skey=(SELECT skey FROM staging WHERE id=?)",
                ((_uint32_bytes(k.shingles), i) for i, _, k in changed),
            )

    def staged_bodies(self, ids: list[str]) -> dict[str, bytes]:
        """The packed bodies of staged documents, by id."""
        found: dict[str, bytes] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            sql = f"SELECT id, body FROM staging WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(self.db.execute(sql, chunk).fetchall())
        return found

    # --- reads --------------------------------------------------------------------------

    def load_language_model(self) -> None:
        """Give the language scorer its arrays from this state's directory (see
        ``load_language_model``)."""
        load_language_model(self.path.parent)

    def document(self, doc_id: str) -> CleanDocument | None:
        row = self.db.execute("SELECT body FROM docs WHERE id=?", (doc_id,)).fetchone()
        return unpack_document(row[0]) if row and row[0] is not None else None

    def current_bodies(self, ids: list[str]) -> list[tuple[str, bytes]]:
        """(id, packed body) of the given documents as the run in progress has them: staged
        (this run cleaned them) or else kept. Safe to read while the run commits: each
        document is in the staging area until the commit, and in ``docs`` after it."""
        found: dict[str, bytes] = {}
        for table in ("staging", "docs"):
            wanted = [i for i in ids if i not in found]
            if not wanted:
                break
            marks = ",".join("?" * len(wanted))
            sql = f"SELECT id, body FROM {table} WHERE id IN ({marks}) AND body IS NOT NULL"
            found.update(self.db.execute(sql, wanted).fetchall())
        return list(found.items())

    def counts(self) -> dict[str, int]:
        # through indexes: counting by status would read every document's row, body and all
        # (status is 'article' or 'rejected'; the rejected ones have a partial index)
        articles = self.db.execute("SELECT count(*) FROM clusters").fetchone()[0]
        total = self.db.execute("SELECT count(*) FROM docs").fetchone()[0]
        rejected = self.db.execute("SELECT count(*) FROM docs WHERE status='rejected'").fetchone()[
            0
        ]
        docs = total - rejected
        files = self.db.execute("SELECT count(*) FROM files").fetchone()[0]
        return {
            "files": files,
            "documents": docs + rejected,
            "canonical": articles,
            "duplicates": docs - articles,
            "rejected": rejected,
        }

    def runs(self, limit: int = 5) -> list[dict[str, Any]]:
        cur = self.db.execute("SELECT report FROM runs ORDER BY started DESC, id LIMIT ?", (limit,))
        return [json.loads(r[0]) for r in cur]

    def rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[tuple[Any, ...]]:
        yield from self.db.execute(sql, tuple(params))


def _uint32_bytes(v: np.ndarray | bytes) -> bytes:
    return v if isinstance(v, bytes) else v.astype(np.uint32).tobytes()


def load_language_model(folder: Path) -> None:
    """Give the language scorer its arrays from ``folder`` (the state's directory), building
    them and keeping them there the first time (a worker builds them from langdetect's
    profiles in about 1.5 s, and loads the 20 MB file in a few milliseconds). The file is
    named by what the arrays depend on, so another langdetect version builds its own; an
    unreadable one is built again. A file, not the state: cluster workers call it too."""
    if language.model_ready():
        return
    path = folder / f"language-model-{language.model_version()}.npz"
    try:
        with np.load(path, allow_pickle=False) as z:
            language.install_model((z["keys"], z["logp"], tuple(z["langs"].tolist())))
        return
    except (OSError, KeyError, ValueError, EOFError):
        pass  # none yet, or damaged: build it again
    keys, logp, langs = language.built_model()
    buf = BytesIO()
    np.savez(buf, keys=keys, logp=logp, langs=np.array(langs))
    write_atomic(path, buf.getvalue())

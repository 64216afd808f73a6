"""The corpus as Parquet files (``newsclean export``): one row per canonical article, the
columns of an ``articles.jsonl`` line in its order, with the same values.

The rows are the lines of ``articles.jsonl`` as the state holds them: ``render_outputs``
(``flows.publish``) caches each article's line in its cluster's row when it writes the
article, and ``_index_lines`` reads them back in the file's order. A field added to the
articles' metadata is therefore a column here too, with nothing to change. The whole export
reads one snapshot of the state (one read transaction), so a run that commits meanwhile does
not mix two corpora into one export.

It streams: lines are read, converted and written ``CHUNK_ROWS`` at a time, as row groups of
files of about ``FILE_BYTES``. The schema is inferred by pyarrow from the rows and is the same
in every file: a chunk whose rows fit it (a null where another chunk had a value) is cast to
it; one that widens it (a value where every earlier row had null, a new key in a nested
record) makes the export read the rest of the rows for their schema only, then start again
with the schema of them all: at most two passes. The first guess is the schema of 2,000
articles spread over the corpus, so only a type that few articles have takes the second.

Files are written under temporary names and renamed when every one is complete; the files of
an earlier export in the folder are removed only then. No Prefect here; pyarrow is imported
by the functions that write, so the CLI starts without it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flows import io
from flows.publish import _index_lines
from flows.state import STATE_PATH, State, unpack

if TYPE_CHECKING:
    import pyarrow as pa

FILE_BYTES = 500_000_000  # a file is closed once it passes this size (by one row group at most)
CHUNK_ROWS = 2_000  # articles read, converted and written at a time
FILE_NAME = "articles-{:05d}.parquet"
_FILE = re.compile(r"articles-\d{5,}\.parquet")
_TEMP = re.compile(
    r"\.articles-\d{5,}\.parquet\.(\d+)(?:\.[\w-]+)?\.tmp"
)  # as io.write_atomic names them


class ExportError(Exception):
    """The export cannot be made as asked; ``code`` is the exit code the CLI gives."""

    code = 2


class CorpusBusyError(ExportError):
    """A run is writing the corpus's outputs: its cached lines are not all current."""

    code = 3


@dataclass(frozen=True)
class ExportResult:
    rows: int
    files: list[Path]
    bytes: int


def export_parquet(
    out_dir: Path, dest: Path, file_bytes: int = FILE_BYTES, chunk_rows: int = CHUNK_ROWS
) -> ExportResult:
    """Write the canonical articles of the corpus in ``out_dir`` to ``dest`` as
    ``articles-00000.parquet``, ``articles-00001.parquet``, … (zstd), replacing an earlier
    export there. The state is only read."""
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"--corpus {str(out_dir)!r} is a file, not a run's output folder")
    if not (out_dir / STATE_PATH).is_file():
        raise ExportError(
            f"{str(out_dir)!r} holds no newsclean run yet; run `newsclean run --out {out_dir}`"
            " first"
        )
    with State(out_dir, reader=True) as state:
        state.db.execute("BEGIN")  # one snapshot for every read below
        try:
            check_destination(dest, out_dir, raw_dirs(state, out_dir))
            _check_exportable(state, out_dir)
            index = out_dir / "articles.jsonl"
            return write_parquet(
                lambda: _index_lines(state, index, False),
                dest,
                file_bytes,
                chunk_rows,
                sample=_sample(state, chunk_rows),
            )
        finally:
            state.db.execute("COMMIT")


def _check_exportable(state: State, out_dir: Path) -> None:
    """The cached lines are current when the last run wrote its outputs to the end (a commit
    marks them stale in the same transaction that changes the corpus)."""
    if state.get_meta("outputs") != "clean":
        held = io.is_locked(out_dir)
        if held:
            raise CorpusBusyError(
                f"a run is updating {str(out_dir)!r} ({held}); export when it has finished"
            )
        raise ExportError(
            f"the outputs of {str(out_dir)!r} were not finished (a run was interrupted); run"
            f" `newsclean run --out {out_dir}` to finish them, then export"
        )
    counts = state.counts()
    if counts["canonical"] == 0:
        raise ExportError(
            f"{str(out_dir)!r} holds no articles ({counts['documents']} documents read, "
            f"{counts['rejected']} rejected); nothing to export"
        )


def raw_dirs(state: State, out_dir: Path) -> list[Path]:
    """Where the corpus's raw folder may be: the last run's ``--raw``, and, when it was
    relative, taken from here and from the folder that run started in (found from its
    ``--corpus`` as it named it, when that was relative too)."""
    runs = state.runs(limit=1)
    if not runs:
        return []
    raw = Path(runs[0].get("raw_dir") or "raw")
    if raw.is_absolute():
        return [raw]
    found = [Path.cwd() / raw]
    named = Path(os.path.normpath(runs[0].get("out_dir") or "."))
    here = Path(os.path.abspath(out_dir)).parts  # noqa: PTH100  (as the run named it)
    parts = named.parts
    if not named.is_absolute() and ".." not in parts and parts and here[-len(parts) :] == parts:
        found.append(Path(*here[: -len(parts)]) / raw)
    return found


def check_destination(dest: Path, out_dir: Path, raws: Iterable[Path]) -> None:
    """Refuse a destination that is a file, the corpus folder or its state folder, or in a
    raw folder (never modified)."""
    if dest.exists() and not dest.is_dir():
        raise ExportError(f"--out {str(dest)!r} is a file, not a folder")
    target, corpus = dest.resolve(), out_dir.resolve()
    if target == corpus:
        raise ExportError("--out must not be the corpus folder (--corpus): give the export its own")
    state_dir = (corpus / STATE_PATH).parent
    if target == state_dir or state_dir in target.parents:
        raise ExportError(f"--out must not be inside the corpus's state folder {state_dir}")
    for raw in raws:
        if not raw.is_dir():
            continue
        real = raw.resolve()
        if target == real or real in target.parents:
            raise ExportError(
                f"--out must not be inside the raw folder {str(raw)!r}: raw/ is never modified"
            )


def write_parquet(
    lines: Callable[[], Iterable[bytes]],
    dest: Path,
    file_bytes: int = FILE_BYTES,
    chunk_rows: int = CHUNK_ROWS,
    sample: list[bytes] | None = None,
) -> ExportResult:
    """Write JSON lines (one object each; ``lines()`` gives them from the start every time it
    is called) to ``dest`` as Parquet files of about ``file_bytes``; then rename them into
    place and remove an earlier export's other files. The schema starts as that of the lines
    in ``sample`` (some of the lines), else of the first chunk."""
    import pyarrow as pa

    if file_bytes < 1 or chunk_rows < 1:
        raise ExportError("the file size and the rows per chunk must be at least 1")
    dest.mkdir(parents=True, exist_ok=True)
    _sweep(dest)
    schema = pa.RecordBatch.from_struct_array(pa.array(_parsed(sample))).schema if sample else None
    del sample  # not held while the export runs
    while True:
        files = _Files(dest, file_bytes)
        try:
            rows = _write_rows(lines(), files, schema, chunk_rows)
            done = files.close()
        except _WiderSchemaError as wider:
            files.discard()
            schema = wider.schema
            continue
        except BaseException:
            files.discard()
            raise
        if not rows:
            raise ExportError("no articles to export")
        size = sum(temp.stat().st_size for temp, _ in done)
        return ExportResult(rows, _publish(dest, done), size)


class _WiderSchemaError(Exception):
    def __init__(self, schema: pa.Schema) -> None:
        super().__init__("schema widened")
        self.schema = schema


def _write_rows(
    lines: Iterable[bytes], files: _Files, schema: pa.Schema | None, chunk_rows: int
) -> int:
    import pyarrow as pa

    rows = 0
    chunks = _chunks(lines, chunk_rows)
    for chunk, size in chunks:
        batch = pa.RecordBatch.from_struct_array(pa.array(chunk))
        if schema is None:
            schema = batch.schema
        elif batch.schema != schema:
            wider = _unify(schema, batch.schema)
            if wider != schema:
                # the files so far are of no use: learn the rest of the schema, start again
                for rest, _ in chunks:
                    wider = _unify(wider, pa.RecordBatch.from_struct_array(pa.array(rest)).schema)
                raise _WiderSchemaError(wider)
            batch = batch.cast(schema)
        # no row group larger than a file may be (counted as JSON, which is larger still)
        per_group = max(1, min(len(chunk), files.file_bytes * len(chunk) // max(size, 1)))
        for offset in range(0, len(chunk), per_group):
            files.write(batch.slice(offset, per_group), schema)
        rows += len(chunk)
    return rows


def _unify(schema: pa.Schema, other: pa.Schema) -> pa.Schema:
    """``schema`` with what ``other`` adds: a type where it had null, a wider number, a key of
    a nested record it lacked (new fields after its own, in their order)."""
    import pyarrow as pa

    return pa.unify_schemas([schema, other], promote_options="permissive")


def _sample(state: State, size: int) -> list[bytes]:
    """About ``size`` lines spread evenly over the corpus (by rowid: a lookup each), so that
    the schema is right from the start even when the first chunk lacks a type (a corpus whose
    first 2,000 articles have no URL, say)."""
    last = state.db.execute("SELECT max(rowid) FROM clusters").fetchone()[0] or 0
    rowids = list(range(1, last + 1, max(1, last // size)))
    found: list[bytes] = []
    for i in range(0, len(rowids), 500):
        part = rowids[i : i + 500]
        sql = f"SELECT row FROM clusters WHERE rowid IN ({','.join('?' * len(part))})"
        found += [unpack(r[0]) for r in state.db.execute(sql, part) if r[0] is not None]
    return found


def _parsed(lines: list[bytes]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in lines]


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[tuple[list[dict[str, Any]], int]]:
    """Lists of ``size`` parsed lines, with their length in bytes."""
    chunk: list[dict[str, Any]] = []
    length = 0
    for line in lines:
        chunk.append(json.loads(line))
        length += len(line)
        if len(chunk) >= size:
            yield chunk, length
            chunk, length = [], 0
    if chunk:
        yield chunk, length


class _Files:
    """The files of one export attempt, under temporary names until ``_publish``."""

    def __init__(self, dest: Path, file_bytes: int) -> None:
        self.dest = dest
        self.file_bytes = file_bytes
        self.done: list[tuple[Path, Path]] = []  # (temporary, final)
        self.open: tuple[Any, Any, Path, Path] | None = None  # writer, sink, temporary, final

    def write(self, batch: pa.RecordBatch, schema: pa.Schema) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.open is None:
            final = self.dest / FILE_NAME.format(len(self.done))
            temp = io._temp_for(final)
            sink = pa.OSFile(str(temp), "wb")
            self.open = (pq.ParquetWriter(sink, schema, compression="zstd"), sink, temp, final)
        writer, sink, _, _ = self.open
        writer.write_batch(batch)  # one row group
        if sink.tell() >= self.file_bytes:
            self._close_current()

    def _close_current(self) -> None:
        assert self.open is not None
        writer, sink, temp, final = self.open
        self.open = None
        try:
            writer.close()
        finally:
            sink.close()
        self.done.append((temp, final))

    def close(self) -> list[tuple[Path, Path]]:
        if self.open is not None:
            self._close_current()
        return self.done

    def discard(self) -> None:
        temps = [t for t, _ in self.done]
        if self.open is not None:
            writer, sink, temp, _ = self.open
            self.open = None
            temps.append(temp)
            with contextlib.suppress(Exception):  # a failed write: the file goes anyway
                writer.close()
            sink.close()
        for temp in temps:
            temp.unlink(missing_ok=True)
        self.done = []


def _publish(dest: Path, done: list[tuple[Path, Path]]) -> list[Path]:
    """Rename the complete files into place, then remove an earlier export's other files."""
    earlier = [p for p in dest.iterdir() if _FILE.fullmatch(p.name)]
    for temp, final in done:
        temp.replace(final)
    now = {final.name for _, final in done}
    for old in earlier:
        if old.name not in now:
            old.unlink(missing_ok=True)
    return [final for _, final in done]


def _sweep(dest: Path) -> None:
    """Remove the temporary files of exports killed before they finished."""
    for path in dest.iterdir():
        found = _TEMP.fullmatch(path.name)
        if found and not _alive(int(found[1])):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process writes no file before it sweeps
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

"""Find and read raw/ documents, within raw/ and within the limits.

No Prefect here: the flow wraps these functions in tasks, and the CLI's ``explain`` uses the
readers directly. A reader never raises for what one file holds: whatever goes wrong while
reading, inflating, decoding or parsing one file or one record becomes a rejection with a
rule id and a reason, and the run goes on.

What a run reads is bounded (``LimitsConfig``): only regular files under raw/ (a symbolic
link that leads out of raw/ is refused, never opened), at most ``file_bytes`` of a file,
at most ``decompressed_bytes`` inflated from a ``.gz`` (streamed: inflation stops at the
limit), at most ``document_chars`` per document, and JSONL records nested at most
``json_depth`` deep.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaners import extraction
from cleaners.config import LimitsConfig
from cleaners.document import RawDocument, Rejection
from cleaners.encoding import DecodeError, decode_bytes
from flows import web_inputs
from flows.feeds import describe_error, over_chars, read_jsonl, whole_text
from flows.ids import make_id, source_of

SUPPORTED = (
    ".txt",
    ".jsonl",
    ".html",
    ".htm",
    ".warc",
    ".txt.gz",
    ".jsonl.gz",
    ".html.gz",
    ".htm.gz",
    ".warc.gz",
)
_KINDS = {"txt": "txt", "jsonl": "jsonl", "html": "html", "htm": "html", "warc": "warc"}
ARCHIVE_RECORD_BYTES = 30_000  # an archive's bytes per response record, for sizing parts
_SURROGATE = re.compile("[\ud800-\udfff]")
_DEFAULT_LIMITS = LimitsConfig()


# --- finding the files -------------------------------------------------------------------


@dataclass(slots=True)
class Listing:
    """What a walk of raw/ found: the files (absolute paths, sorted as pathlib sorts them)
    and the folders it could not list (relative to raw/), whose files are unavailable this
    run, not gone."""

    paths: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)


def discover(raw_dir: Path) -> list[Path]:
    """Every file under raw_dir (sorted), hidden files and folders excepted.

    Unsupported files are returned too, so they are listed as rejected, not silently skipped.
    """
    return [Path(p) for p in discover_paths(raw_dir)]


def discover_paths(raw_dir: Path) -> list[str]:
    """``discover`` as strings, in the same order (pathlib's: part by part), without building
    a Path per file (a third of the cost of a re-run over 100,000 unchanged files)."""
    return list_inputs(raw_dir).paths


def list_inputs(raw_dir: Path) -> Listing:
    """Walk raw_dir: its files (hidden ones excepted) and the folders that could not be listed.

    Folders reached through a symbolic link are not walked: a link to a folder inside raw/ is
    read where the folder is; a link to a folder outside raw/ is listed as a file, so that the
    reader rejects it (``outside_raw``) and the run says so.
    """
    found = Listing()
    top = str(raw_dir)
    root_real = os.path.realpath(top)

    def unlisted(exc: OSError) -> None:
        where = exc.filename if isinstance(exc.filename, str) else top
        found.unlisted.append(printable(os.path.relpath(where, top)))

    # (strings on purpose: the pathlib forms the linter prefers are what this avoids)
    for root, dirs, files in os.walk(top, onerror=unlisted):
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            full = os.path.join(root, d)  # noqa: PTH118
            if os.path.islink(full):  # noqa: PTH114
                if not _inside(os.path.realpath(full), root_real):
                    files.append(d)  # rejected by the reader, never walked
                continue
            kept.append(d)
        dirs[:] = kept
        found.paths.extend(os.path.join(root, f) for f in files if not f.startswith("."))  # noqa: PTH118
    found.paths.sort(key=lambda p: p.split(os.sep))  # noqa: PTH206
    return found


def _inside(real: str, root_real: str) -> bool:
    return real == root_real or real.startswith(os.path.join(root_real, ""))  # noqa: PTH118


def printable(rel: str) -> str:
    """A path as text that can be stored and printed: bytes of a file name that are not
    UTF-8 (Python keeps them as lone surrogates) are shown as ``\\xe9``."""
    if rel.isascii() or not _SURROGATE.search(rel):
        return rel
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def relative(path: Path, raw_dir: Path) -> str:
    """The path relative to raw/, POSIX separators, printable (see ``printable``)."""
    return printable(path.relative_to(raw_dir).as_posix())


def _kind(rel: str) -> str | None:
    low = rel.lower()
    for suffix in SUPPORTED:
        if low.endswith(suffix):
            return _KINDS[suffix.split(".")[1]]
    return None


def is_feed(rel: str) -> bool:
    """True for a JSONL feed (plain or gzipped): a file of many documents."""
    return _kind(rel) == "jsonl"


def refusal(
    path: str, raw_dir: str, limits: LimitsConfig = _DEFAULT_LIMITS
) -> tuple[str, str] | None:
    """Why a file must not be opened at all, as (rule, reason), or None when it may be read:
    a link out of raw/, a file name that is not UTF-8, anything but a regular file, a file
    over ``limits.file_bytes``. Nothing here opens the file."""
    refused = _boundary(path, raw_dir)
    if refused:
        return refused
    try:
        return _kind_and_size(os.stat(path), limits, web_inputs.is_archive(path))  # noqa: PTH116
    except OSError as exc:
        return "unreadable", f"cannot read file: {exc.strerror or exc}"


def _boundary(path: str, raw_dir: str) -> tuple[str, str] | None:
    """A link out of raw/, or a name that is not UTF-8, as (rule, reason); else None."""
    if os.path.islink(path):  # noqa: PTH114
        real = os.path.realpath(path)
        if not _inside(real, os.path.realpath(raw_dir)):
            return (
                "outside_raw",
                f"a symbolic link to {printable(real)}, outside the input folder:"
                " only files under it are read",
            )
    if _SURROGATE.search(path):
        return "file_name", "the file name is not valid UTF-8: rename the file to read it"
    return None


def _kind_and_size(
    st: os.stat_result, limits: LimitsConfig, archive: bool = False
) -> tuple[str, str] | None:
    if not stat.S_ISREG(st.st_mode):
        return "not_a_file", f"not a regular file ({_file_type(st.st_mode)}): only files are read"
    limit, name = (
        (limits.archive_bytes, "archive_bytes") if archive else (limits.file_bytes, "file_bytes")
    )
    if st.st_size > limit:
        return "too_large", (
            f"the file has {st.st_size:,} bytes, over the limit of {limit:,} (limits.{name})"
        )
    return None


def _file_type(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def documents_in(
    path: Path, raw_dir: Path | None = None, limits: LimitsConfig = _DEFAULT_LIMITS
) -> int:
    """About how many documents reading a file gives, without decoding it: one for a text
    file (or one rejection), the lines of a JSONL feed (blank ones included: an upper bound),
    for sizing a run's parts, and for a WARC archive an estimate from its size (reading it
    to count would cost a pass). A file that cannot or must not be read counts one."""
    if web_inputs.is_archive(path.name):
        try:
            return max(1, path.stat().st_size // ARCHIVE_RECORD_BYTES)
        except OSError:
            return 1
    if not is_feed(path.name):
        return 1
    if refusal(str(path), str(raw_dir if raw_dir is not None else path.parent), limits):
        return 1
    lines, last = 0, b"\n"
    try:
        with _open_regular(str(path)) as raw:
            f: Any = gzip.GzipFile(fileobj=raw) if path.name.lower().endswith(".gz") else raw
            seen = 0
            while chunk := f.read(1 << 20):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
                seen += len(chunk)
                if seen > limits.decompressed_bytes:
                    return 1
    except (OSError, EOFError, zlib.error):
        return max(1, lines)
    return max(1, lines + (last != b"\n"))


def _open_regular(path: str) -> Any:
    """Open a file for reading without blocking on a named pipe, and only a regular file
    (a file swapped for a pipe or device after it was checked is refused here)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"not a regular file: {path}")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# --- reading one file --------------------------------------------------------------------


class _LimitError(ValueError):
    """An input over one of the limits; the message says by how much."""


def read_file(
    path: Path, raw_dir: Path, limits: LimitsConfig = _DEFAULT_LIMITS
) -> tuple[list[RawDocument], list[Rejection]]:
    """Read one raw file into documents; anything unreadable becomes a rejection, not an error."""
    docs, rejected, _ = read_file_sha(path, raw_dir, limits)
    return docs, rejected


def read_file_sha(
    path: Path, raw_dir: Path, limits: LimitsConfig = _DEFAULT_LIMITS
) -> tuple[list[RawDocument], list[Rejection], str | None]:
    """``read_file``, plus the sha256 of the file's bytes (None when it could not be read).

    Never raises for what the file holds: any error becomes the file's rejection (``error``)."""
    rel = relative(path, raw_dir)
    source = source_of(rel)

    def reject(rule: str, reason: str, record: int | None = None) -> Rejection:
        return Rejection(make_id(source, rel, record), source, rel, record, rule, reason)

    sha: str | None = None
    try:
        refused = _boundary(str(path), str(raw_dir))
        if refused:
            return [], [reject(*refused)], None
        kind = _kind(rel)
        if kind is None:
            suffix = "".join(path.suffixes) or "(none)"
            reason = f"unsupported file type {suffix}; supported: {', '.join(SUPPORTED)}"
            return [], [reject("unsupported", reason)], None
        if kind == "warc":
            refused = refusal(str(path), str(raw_dir), limits)
            if refused:
                return [], [reject(*refused)], None
            reading = FileReading(path, raw_dir, limits)
            items = list(reading)
            docs = [x for x in items if isinstance(x, RawDocument)]
            return docs, [x for x in items if isinstance(x, Rejection)], reading.sha
        data, refused = _read_regular(str(path), limits)
        if refused:
            return [], [reject(*refused)], None
        sha = hashlib.sha256(data).hexdigest()
        if rel.lower().endswith(".gz"):
            data = gunzip(data, limits.decompressed_bytes)
        if kind == "html":
            return [_read_html(data, rel, source, sha, limits)], [], sha
        text, encoding = decode_bytes(data)
        del data
        if kind == "txt":
            if len(text) > limits.document_chars:
                raise _LimitError(over_chars(len(text), limits))
            doc = RawDocument(
                id=make_id(source, rel),
                text=whole_text(text),
                source=source,
                raw_path=rel,
                raw_sha256=sha,
                encoding=encoding,
            )
            return [doc], [], sha
        docs, rejected = read_jsonl(text, rel, source, encoding, limits)
        return docs, rejected, sha
    except _LimitError as exc:
        return [], [reject("too_large", str(exc))], sha
    except _GzipError as exc:
        return [], [reject("unreadable", f"not a valid gzip file: {exc}")], sha
    except (DecodeError, UnicodeDecodeError) as exc:
        return [], [reject("decode", f"cannot decode: {exc}")], sha
    except OSError as exc:
        return [], [reject("unreadable", f"cannot read file: {exc.strerror or exc}")], sha
    except MemoryError:
        return [], [reject("error", "not enough memory to read this file")], sha
    except Exception as exc:  # one file never fails a run
        return [], [reject("error", f"could not read the file: {describe_error(exc)}")], sha


def _read_html(
    data: bytes,
    rel: str,
    source: str,
    sha: str,
    limits: LimitsConfig,
    url: str | None = None,
    content_type: str | None = None,
    record: int | None = None,
    fetched: str | None = None,
    record_id: str | None = None,
) -> RawDocument:
    text, encoding = web_inputs.decode_page(data, content_type)
    if len(text) > limits.page_chars:
        raise _LimitError(
            f"page of {len(text):,} characters is over the limit of {limits.page_chars:,}"
            " (limits.page_chars)"
        )
    url = url or extraction.declared_url(text)
    site = extraction.site_of(url) or source
    return RawDocument(
        id=make_id(site, rel, record),
        text=text,
        source=site,
        raw_path=rel,
        raw_sha256=sha,
        encoding=encoding,
        record=record,
        url=url,
        headline_first=False,
        markup="html",
        fetched=fetched,
        record_id=record_id,
    )


# --- reading a WARC archive, record by record -------------------------------------------


class FileReading:
    """The documents and rejections of one raw file, as an iterator, then its sha256.

    A text file or feed is read whole (within the limits) and handed out; a WARC archive is
    streamed: one record in memory at a time, so a run can clean each page as it is read
    and keep only the clean article. ``sha`` is set once the items are exhausted (None for a
    file that could not be read).
    """

    def __init__(
        self,
        path: Path,
        raw_dir: Path,
        limits: LimitsConfig = _DEFAULT_LIMITS,
        start: int | None = None,
        end: int | None = None,
    ):
        self.path, self.raw_dir, self.limits = path, raw_dir, limits
        # an archive: with ``start`` alone, only the record at that byte offset; with ``end``
        # too, the records that start in [start, end) (a slice: see web_inputs.slices)
        self.start, self.end = start, end
        self.sha: str | None = None

    @classmethod
    def of(cls, entry: str, raw_dir: Path, limits: LimitsConfig) -> FileReading:
        """The reading of a batch's entry: a file's path, or an archive's slice."""
        path, start, end = web_inputs.split_slice(entry)
        return cls(Path(path), raw_dir, limits, start, end)

    def __iter__(self) -> Iterator[RawDocument | Rejection]:
        rel = relative(self.path, self.raw_dir)
        if _kind(rel) == "warc" and not refusal(str(self.path), str(self.raw_dir), self.limits):
            yield from self._archive(rel)
            return
        docs, rejected, self.sha = read_file_sha(self.path, self.raw_dir, self.limits)
        yield from rejected
        yield from docs

    def _archive(self, rel: str) -> Iterator[RawDocument | Rejection]:
        source = source_of(rel)
        limits = self.limits
        try:
            with _open_regular(str(self.path)) as f:
                # the sha first (a second pass reads from the page cache): every document
                # carries its file's
                digest = hashlib.sha256()
                while chunk := f.read(1 << 20):
                    digest.update(chunk)
                sha = self.sha = digest.hexdigest()
                begin = self.start or 0
                if self.end is not None:  # a slice: from the first record that starts in it
                    found = web_inputs.record_start(
                        f, begin, self.path.name.lower().endswith(".gz"), self.end
                    )
                    if found is None:
                        return
                    begin = found
                f.seek(begin)
                records = web_inputs.archive_records(f, limits.page_chars)
                if self.start is not None and self.end is None:
                    records = itertools.islice(records, 1)
                for rec in records:  # (offsets are the file's, wherever reading began)
                    if self.end is not None and rec.offset >= self.end:
                        break
                    site = extraction.site_of(rec.uri) or source
                    if rec.payload is None:
                        reason = f"{rec.uri or 'a record'}: {rec.skip}"
                        yield Rejection(
                            make_id(site, rel, rec.offset),
                            site,
                            rel,
                            rec.offset,
                            "not_a_page",
                            reason,
                        )
                        continue
                    try:
                        yield _read_html(
                            rec.payload,
                            rel,
                            source,
                            sha,
                            limits,
                            rec.uri,
                            rec.content_type,
                            rec.offset,
                            rec.fetched,
                            rec.record_id,
                        )
                    except (_LimitError, DecodeError, UnicodeDecodeError) as exc:
                        rule = "too_large" if isinstance(exc, _LimitError) else "decode"
                        yield Rejection(
                            make_id(site, rel, rec.offset), site, rel, rec.offset, rule, str(exc)
                        )
        except Exception as exc:  # a broken archive keeps the records read before the break
            at = self.start if self.end is not None else None  # (one per slice)
            yield Rejection(
                make_id(source, rel, at),
                source,
                rel,
                at,
                "unreadable",
                f"cannot read the archive past this point: {describe_error(exc)}",
            )


def _read_regular(path: str, limits: LimitsConfig) -> tuple[bytes, tuple[str, str] | None]:
    """The bytes of a regular file, at most ``limits.file_bytes`` of them, or why it is not
    read (a named pipe is opened without blocking and refused, as is anything but a file).
    One open, one fstat and plain reads: this runs for every file a run reads."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        refused = _kind_and_size(os.fstat(fd), limits)
        if refused:
            return b"", refused
        limit = limits.file_bytes
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise _LimitError(f"the file has more than {limit:,} bytes, the limit (limits.file_bytes)")
    return b"".join(chunks) if len(chunks) != 1 else chunks[0], None


class _GzipError(ValueError):
    """Bytes that are not a complete gzip stream."""


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate gzip data (every member, as gzip(1) does), never more than ``limit`` bytes:
    a stream that would give more is refused when the limit is reached, not after. Bytes
    after the last complete member that do not start another one are ignored, as gzip(1)
    ignores trailing garbage."""
    out = bytearray()
    rest = data
    first = True
    while rest:
        if not first and rest[:2] != b"\x1f\x8b":
            break  # trailing bytes that are not a member: ignored
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, limit - len(out) + 1)
            while len(out) <= limit and not inflater.eof:
                if not inflater.unconsumed_tail:
                    raise _GzipError("the stream is cut short")
                out += inflater.decompress(inflater.unconsumed_tail, limit - len(out) + 1)
        except zlib.error as exc:
            if first:
                raise _GzipError(str(exc)) from None
            break  # a damaged member after good ones: keep what inflated, as gzip(1)
        if len(out) > limit:
            raise _LimitError(
                f"the file inflates to more than {limit:,} bytes, the limit"
                " (limits.decompressed_bytes)"
            )
        rest = inflater.unused_data
        first = False
    return bytes(out)

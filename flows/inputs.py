"""Read raw/ documents, within raw/ and within the limits.

No Prefect here: the flow wraps these functions in tasks, and the CLI's ``explain`` uses the
readers directly. A reader never raises for what one file holds: whatever goes wrong while
reading, inflating, decoding or parsing one file or one record becomes a rejection with a
rule id and a reason, and the run goes on. Finding the files, and refusing those that must
not be opened at all, is ``flows.discovery``'s.

What a run reads is bounded (``LimitsConfig``): only regular files under raw/ (a symbolic
link that leads out of raw/ is refused, never opened), at most ``file_bytes`` of a file,
at most ``decompressed_bytes`` inflated from a ``.gz`` (streamed: inflation stops at the
limit), at most ``document_chars`` per document, and JSONL records nested at most
``json_depth`` deep.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from cleaners import extraction
from cleaners.config import LimitsConfig
from cleaners.document import RawDocument, Rejection
from cleaners.encoding import DecodeError, decode_bytes
from flows import web_inputs
from flows.discovery import (
    SUPPORTED,
    boundary,
    file_kind,
    kind_and_size,
    open_regular,
    refusal,
    relative,
)
from flows.feeds import describe_error, over_chars, read_jsonl, whole_text
from flows.ids import make_id, source_of

_DEFAULT_LIMITS = LimitsConfig()


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
        refused = boundary(str(path), str(raw_dir))
        if refused:
            return [], [reject(*refused)], None
        kind = file_kind(rel)
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
        if file_kind(rel) == "warc" and not refusal(str(self.path), str(self.raw_dir), self.limits):
            yield from self._archive(rel)
            return
        docs, rejected, self.sha = read_file_sha(self.path, self.raw_dir, self.limits)
        yield from rejected
        yield from docs

    def _archive(self, rel: str) -> Iterator[RawDocument | Rejection]:
        source = source_of(rel)
        limits = self.limits
        try:
            with open_regular(str(self.path)) as f:
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
        refused = kind_and_size(os.fstat(fd), limits)
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

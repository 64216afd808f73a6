"""Web input: HTML pages' bytes to text, and WARC archives record by record.

No policy here (ids, sites, limits and rejections are ``flows.inputs``'s and
``flows.discovery``'s): this module knows the formats. An archive is streamed (fastwarc): one
record's payload in memory at a time, however large the archive. Each ``response`` record is
reported with its byte offset in the archive, its WARC and HTTP headers and, for an HTML page
fetched with status 200, its payload; ``request``, ``metadata`` and ``warcinfo`` records are
not documents and are skipped unseen.
"""

from __future__ import annotations

import codecs
import itertools
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastwarc.warc import ArchiveIterator, WarcRecordType

from cleaners import extraction
from cleaners.encoding import decode_bytes

ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
SLICE_BYTES = 64 << 20  # an archive is cleaned in slices of at most about this size...
MIN_SPLIT = 8 << 20  # ... and one of at least this size in as many as there are workers
_SLICE = "\0"  # joins a path and a byte range: no file name holds it
# a WARC record's header block: the version line, then fields, one of them its type
_HEADER = re.compile(rb"WARC/1\.[01]\r\n(?:[!-9;-~]+:[^\r\n]*\r\n)*WARC-Type:[^\r\n]*\r\n", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def decode_page(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """An HTML page's text: in the charset it declares (HTTP header, then ``<meta>``) when
    its bytes decode in it, else as any other input (UTF-8, else detected). A declared
    Latin-1 is read as Windows-1252, as browsers do.

    >>> decode_page("<meta charset='windows-1251'><p>Київ</p>".encode("cp1251"))
    ("<meta charset='windows-1251'><p>Київ</p>", 'cp1251')
    """
    declared = extraction.charset(data, content_type)
    if declared:
        try:
            codec: str | None = codecs.lookup(declared).name
        except LookupError:
            codec = None
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"
        if codec:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
    return decode_bytes(data)


@dataclass(slots=True)
class ArchiveRecord:
    """One ``response`` record of a WARC archive.

    ``payload`` is the HTTP body of an HTML page fetched with status 200 (at most the limit
    it was read with); otherwise None and ``skip`` says why it is not a document.
    """

    offset: int
    uri: str | None
    fetched: str | None  # WARC-Date, ISO 8601
    record_id: str | None  # WARC-Record-ID, without "<urn:uuid:" and ">"
    content_type: str | None  # the HTTP Content-Type header, charset included
    payload: bytes | None = None
    skip: str | None = None


def archive_records(stream: Any, max_payload: int) -> Iterator[ArchiveRecord]:
    """Every ``response`` record of an open WARC archive (plain, or gzip per record), in order.

    A payload over ``max_payload`` bytes is not read (``skip`` says so); a record cut short
    (a truncated archive) is reported as such, not passed on as a page.
    """
    for rec in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
        headers = rec.headers
        http = rec.http_headers
        content_type = http.get("Content-Type") if http is not None else None
        item = ArchiveRecord(
            offset=rec.stream_pos,
            uri=headers.get("WARC-Target-URI"),
            fetched=headers.get("WARC-Date"),
            record_id=_urn(headers.get("WARC-Record-ID")),
            content_type=content_type,
        )
        status = _status(http)
        mime = (rec.http_content_type or "").lower()
        if http is None or status is None:
            item.skip = "not an HTTP response"
        elif status != 200:
            item.skip = f"HTTP status {status}, not a page"
        elif mime not in _HTML_TYPES:
            item.skip = f"not an HTML page ({mime or 'no Content-Type'})"
        elif rec.content_length > max_payload:
            item.skip = (
                f"payload of {rec.content_length:,} bytes, over the limit of {max_payload:,}"
            )
        if item.skip is None:
            expected = rec.content_length
            data = rec.reader.read()
            if len(data) < expected:
                item.skip = (
                    f"truncated: {len(data):,} of {expected:,} bytes (the archive ends early)"
                )
            else:
                item.payload = data
        yield item


def _status(http: Any) -> int | None:
    code = getattr(http, "status_code", None) if http is not None else None
    return code if isinstance(code, int) else None


def _urn(value: str | None) -> str | None:
    if not value:
        return None
    return value.strip().removeprefix("<").removesuffix(">").removeprefix("urn:uuid:")


# --- slices: one archive cleaned by several workers ---------------------------------------


def slices(path: str, size: int, workers: int = 1) -> list[str]:
    """An archive of ``size`` bytes as equal byte ranges, each written ``path\\0start\\0end``:
    a worker cleans the records that start in its range (see ``record_start``). As many
    ranges as the workers (once the archive is worth splitting, ``MIN_SPLIT``), more when
    it is larger than ``SLICE_BYTES`` each; any other file is itself.

    >>> [s.split("\\0")[1:] for s in slices("a.warc.gz", 100 << 20, 2)]
    [['0', '52428800'], ['52428800', '104857600']]
    >>> slices("a.warc.gz", 1 << 20, 2), slices("a.txt", 100 << 20, 2)
    (['a.warc.gz'], ['a.txt'])
    """
    if not is_archive(path) or size < MIN_SPLIT:
        return [path]
    n = max(workers, -(-size // SLICE_BYTES))
    if n < 2:
        return [path]
    bounds = [size * k // n for k in range(n + 1)]
    return [f"{path}{_SLICE}{a}{_SLICE}{b}" for a, b in itertools.pairwise(bounds)]


def split_slice(entry: str) -> tuple[str, int | None, int | None]:
    """``(path, start, end)`` of a slice; ``(path, None, None)`` for a whole file."""
    if _SLICE not in entry:
        return entry, None, None
    path, start, end = entry.split(_SLICE)
    return path, int(start), int(end)


def record_start(f: Any, offset: int, gzipped: bool, limit: int) -> int | None:
    """The byte offset of the first WARC record that starts at or after ``offset`` (and
    before ``limit``), or None. In a gzip-per-record archive a record starts a gzip member
    whose first bytes inflate to ``WARC/``; in a plain one, a ``WARC/1.x`` header block with a
    ``WARC-Type`` field after the blank lines that end the record before it (a page quoting a
    bare "WARC/1.0" line is not taken for one)."""
    if offset == 0:
        return 0
    marker = b"\x1f\x8b\x08" if gzipped else b"\r\n\r\nWARC/1."
    pos = offset - (0 if gzipped else 4)
    while pos < limit:
        f.seek(pos)
        window = f.read(1 << 20)
        if not window:
            return None
        i = window.find(marker)
        while i != -1:
            at = pos + i
            if at >= offset - (0 if gzipped else 4):
                if not gzipped:
                    f.seek(at + 4)
                    if _HEADER.match(f.read(4096)):
                        return at + 4 if at + 4 < limit else None
                    i = window.find(marker, i + 1)
                    continue
                f.seek(at)
                try:
                    head = zlib.decompressobj(31).decompress(f.read(4096), 16)
                except zlib.error:
                    head = b""
                if head.startswith(b"WARC/"):
                    return at if at < limit else None
            i = window.find(marker, i + 1)
        if len(window) < (1 << 20):
            return None  # the end of the file
        pos += len(window) - len(marker)  # (the next window overlaps a marker cut in two)
    return None

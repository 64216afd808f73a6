"""Web input: HTML pages' bytes to text, and WARC archives record by record.

No policy here (ids, sites, limits and rejections are ``flows.inputs``'s): this module knows
the formats. An archive is streamed (fastwarc): one record's payload in memory at a time,
however large the archive. Each ``response`` record is reported with its byte offset in the
archive, its WARC and HTTP headers and, for an HTML page fetched with status 200, its payload;
``request``, ``metadata`` and ``warcinfo`` records are not documents and are skipped unseen.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastwarc.warc import ArchiveIterator, WarcRecordType

from cleaners import extraction
from cleaners.encoding import decode_bytes

ARCHIVE_SUFFIXES = (".warc", ".warc.gz")
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

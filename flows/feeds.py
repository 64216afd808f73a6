"""JSON Lines feeds: one article per line, as wire services and scrapers deliver them.

A record is a JSON object with a string ``text``; ``title``, ``url``, ``source``,
``published`` and ``id`` are optional and count only as strings (an integer ``id`` too). A
record ends at ``\\n`` only, as the format says. What one record holds never fails its file:
a record that is not one is a rejection with its line number, and the reading goes on. The
helpers every reader shares for its rejections' reasons and for writable text are here too
(``flows.inputs`` reads the other formats).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

from cleaners.config import LimitsConfig
from cleaners.document import RawDocument, Rejection
from cleaners.facts import parse_date
from flows.ids import make_id, safe_id

_SURROGATE = re.compile("[\ud800-\udfff]")


def describe_error(exc: BaseException) -> str:
    """An exception in one line for a rejection's reason: its type, and its message cut."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text[:300]}" if text else type(exc).__name__


def over_chars(n: int, limits: LimitsConfig) -> str:
    """The reason a document of ``n`` characters is too large."""
    return (
        f"the document has {n:,} characters, over the limit of {limits.document_chars:,}"
        " (limits.document_chars)"
    )


def whole_text(text: str) -> str:
    """Text with lone surrogates (from ``\\ud800`` escapes in JSON) replaced by U+FFFD and
    surrogate pairs joined, so that it can always be written as UTF-8."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """JSON Lines records: lines end at ``\\n`` only (U+2028 and the like are legal inside a
    JSON string), numbered from 1 as a text editor numbers them."""
    start, number = 0, 1
    end = len(text)
    while start < end:
        stop = text.find("\n", start)
        if stop < 0:
            stop = end
        yield number, text[start:stop]
        start, number = stop + 1, number + 1


def _depth(value: Any) -> int:
    """How deep arrays and objects nest in a parsed JSON value (iterative: no recursion)."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        item, level = todo.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            todo.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, level)
            todo.extend((v, level + 1) for v in item)
    return deepest


def read_jsonl(
    text: str, rel: str, source: str, encoding: str, limits: LimitsConfig
) -> tuple[list[RawDocument], list[Rejection]]:
    """The documents of a JSON Lines file's text, one per record, and a rejection for each
    record that is not one (not JSON, no string ``text``, too deep, too large), with its
    line number. ``source`` is the file's site; a record's own ``source`` wins."""
    docs: list[RawDocument] = []
    rejected: list[Rejection] = []
    for number, line in _lines(text):
        if not line.strip():
            continue
        fallback = make_id(source, rel, number)

        def reject(
            reason: str, rule: str = "jsonl", at: int = number, doc_id: str = fallback
        ) -> None:
            rejected.append(Rejection(doc_id, source, rel, at, rule, reason))

        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            reject(f"not valid JSON: {exc.msg}")
            continue
        except RecursionError:
            reject(
                f"nested deeper than the limit of {limits.json_depth} (limits.json_depth)",
                "too_large",
            )
            continue
        except Exception as exc:  # a record never fails its file
            reject(f"cannot parse the record: {describe_error(exc)}")
            continue
        if (
            line.count("[") + line.count("{") > limits.json_depth
            and _depth(rec) > limits.json_depth
        ):
            reject(
                f"nested deeper than the limit of {limits.json_depth} (limits.json_depth)",
                "too_large",
            )
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            reject("record has no string field 'text'")
            continue
        if len(rec["text"]) > limits.document_chars:
            reject(over_chars(len(rec["text"]), limits), "too_large")
            continue
        rec_source = _field(rec, "source") or source
        given = _field(rec, "id", numbers=True)
        doc_id = (safe_id(given) if given else None) or fallback
        published = _field(rec, "published")
        title = _field(rec, "title")
        docs.append(
            RawDocument(
                id=doc_id,
                text=whole_text(rec["text"]),
                source=rec_source,
                raw_path=rel,
                raw_sha256=hashlib.sha256(line.encode("utf-8", "surrogatepass")).hexdigest(),
                encoding=encoding,
                record=number,
                title=title,
                url=_field(rec, "url"),
                published=normalize_published(published) if published else None,
                headline_first=title is None,
            )
        )
    return docs, rejected


def _field(rec: dict[str, Any], name: str, numbers: bool = False) -> str | None:
    """A record's string field, stripped; None when missing, empty or not a string (an
    integer too, for ``numbers``: ids are often numbers). A list, an object, a float or a
    boolean is not taken as text: ``["x"]`` must not become a title ``"['x']"``."""
    value = rec.get(name)
    if numbers and type(value) is int:
        return str(value)
    if not isinstance(value, str):
        return None
    text = whole_text(value).strip()
    return text or None


def normalize_published(value: str) -> str:
    """ISO date when the value is a recognisable date or timestamp, else the value unchanged."""
    m = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
    if m:
        return m.group(1)
    return parse_date(value) or value

"""Records that flow through the pipeline: raw input, removals, cleaned articles, rejections.

Everything here is an immutable value. Cleaners return new records instead of mutating old ones,
so a decision can always be traced back to the step that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document as the reader found it, already decoded to text.

    ``raw_path`` is relative to the raw directory (POSIX separators); ``record`` is the 1-based
    line of a JSONL record, or None for a whole file. ``headline_first`` says whether the first
    line may be a headline (true for ``.txt``; false when a JSONL record carries its own title);
    for a WARC archive's record, ``record`` is its byte offset in the archive.
    ``markup`` is ``"html"`` for a web page (``text`` is its HTML, ``url`` its address when
    known).
    """

    id: str
    text: str
    source: str
    raw_path: str
    raw_sha256: str
    encoding: str = "utf-8"
    record: int | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    headline_first: bool = True
    markup: str = "text"  # "html": ``text`` is a page, its main content is extracted first
    fetched: str | None = None  # when the page was fetched (a WARC record's WARC-Date)
    record_id: str | None = None  # a WARC record's WARC-Record-ID


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that is not in the output, and why.

    ``rule`` is a stable dotted id (``cta.social``); ``reason`` is the human explanation;
    ``line`` is 1-based in the document's text, None for the whole document.
    """

    step: str
    rule: str
    reason: str
    line: int | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "rule": self.rule, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Image:
    """A caption that was lifted out of the body, with its credit when one was found."""

    caption: str
    credit: str | None
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {"caption": self.caption, "credit": self.credit, "line": self.line}


@dataclass(frozen=True, slots=True)
class EncodingFix:
    """What ftfy (or our own normalisation) changed on one line."""

    line: int
    steps: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "steps": list(self.steps)}


@dataclass(frozen=True, slots=True)
class CleanDocument:
    """A cleaned article, ready for deduplication and publishing."""

    id: str
    source: str
    raw_path: str
    raw_sha256: str
    record: int | None
    title: str | None
    paragraphs: tuple[str, ...]
    encoding: str
    encoding_fixes: tuple[EncodingFix, ...] = ()
    removed: tuple[Removal, ...] = ()
    url: str | None = None
    published: str | None = None
    dateline: str | None = None
    agency: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    language: str = "und"
    language_score: float = 0.0
    paragraph_lines: tuple[int, ...] = ()  # input line of each paragraph
    extra: dict[str, Any] = field(default_factory=dict)
    site_name: str | None = None  # the name a web page gives its site ("Coastal Gazette")
    fetched: str | None = None  # when a web page was fetched (WARC-Date)
    warc_record_id: str | None = None

    @property
    def text(self) -> str:
        """The body: paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def metadata(self) -> dict[str, Any]:
        """Every field except the body, as JSON-ready values."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "raw_path": self.raw_path,
            "raw_record": self.record,
            "raw_sha256": self.raw_sha256,
            "published": self.published,
            "dateline": self.dateline,
            "agency": self.agency,
            "authors": list(self.authors),
            "contributors": list(self.contributors),
            "images": [i.to_dict() for i in self.images],
            "language": self.language,
            "language_score": round(self.language_score, 4),
            "word_count": self.word_count,
            "encoding": self.encoding,
            "encoding_fixes": [f.to_dict() for f in self.encoding_fixes],
            "removed": [r.to_dict() for r in self.removed],
            "site_name": self.site_name,
            "fetched": self.fetched,
            "warc_record_id": self.warc_record_id,
        }


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input document that will not be published, with the rule and reason."""

    id: str
    source: str
    raw_path: str
    record: int | None
    rule: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "raw_path": self.raw_path,
            "raw_record": self.record,
            "rule": self.rule,
            "reason": self.reason,
        }


def document_to_record(doc: CleanDocument) -> dict[str, Any]:
    """Everything in a CleanDocument as JSON-ready values; ``document_from_record`` undoes it.

    >>> d = CleanDocument("a", "s", "s/a.txt", "f00", None, "T", ("One.", "Two."), "utf-8",
    ...                   removed=(Removal("rules", "cta.social", "why", 3, "Follow us"),))
    >>> document_from_record(document_to_record(d)) == d
    True
    """
    return {
        "id": doc.id,
        "source": doc.source,
        "raw_path": doc.raw_path,
        "raw_sha256": doc.raw_sha256,
        "record": doc.record,
        "title": doc.title,
        "paragraphs": list(doc.paragraphs),
        "encoding": doc.encoding,
        "encoding_fixes": [[f.line, list(f.steps)] for f in doc.encoding_fixes],
        "removed": [[r.step, r.rule, r.reason, r.line, r.text] for r in doc.removed],
        "url": doc.url,
        "published": doc.published,
        "dateline": doc.dateline,
        "agency": doc.agency,
        "authors": list(doc.authors),
        "contributors": list(doc.contributors),
        "images": [[i.caption, i.credit, i.line] for i in doc.images],
        "language": doc.language,
        "language_score": doc.language_score,
        "paragraph_lines": list(doc.paragraph_lines),
        "extra": doc.extra,
        "site_name": doc.site_name,
        "fetched": doc.fetched,
        "warc_record_id": doc.warc_record_id,
    }


def document_from_record(rec: dict[str, Any]) -> CleanDocument:
    return CleanDocument(
        id=rec["id"],
        source=rec["source"],
        raw_path=rec["raw_path"],
        raw_sha256=rec["raw_sha256"],
        record=rec["record"],
        title=rec["title"],
        paragraphs=tuple(rec["paragraphs"]),
        encoding=rec["encoding"],
        encoding_fixes=tuple(
            EncodingFix(line, tuple(steps)) for line, steps in rec["encoding_fixes"]
        ),
        removed=tuple(Removal(*r) for r in rec["removed"]),
        url=rec["url"],
        published=rec["published"],
        dateline=rec["dateline"],
        agency=rec["agency"],
        authors=tuple(rec["authors"]),
        contributors=tuple(rec["contributors"]),
        images=tuple(Image(*i) for i in rec["images"]),
        language=rec["language"],
        language_score=rec["language_score"],
        paragraph_lines=tuple(rec["paragraph_lines"]),
        extra=dict(rec["extra"]),
        site_name=rec.get("site_name"),
        fetched=rec.get("fetched"),
        warc_record_id=rec.get("warc_record_id"),
    )

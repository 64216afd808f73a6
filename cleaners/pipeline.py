"""One document through every per-document step: repair, boilerplate, metadata, language.

``clean_document`` is pure: same input and config, same output. Steps run in order and the
first rejection stops the document (datatrove's semantics). A run may leave language to
``with_language``, called on the canonical articles only, when no allow-list needs it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cleaners import extraction
from cleaners.boilerplate import STEP, LineDecision, strip_boilerplate
from cleaners.config import PipelineConfig
from cleaners.document import CleanDocument, RawDocument, Rejection, Removal
from cleaners.encoding import repair_line, repair_text
from cleaners.facts import split_names
from cleaners.language import DEFERRED, UNDETERMINED, detect_language
from cleaners.rules import Rule, compile_rules

# what the extractor left out of a page, as one removal (its lines are not the document's)
_OUTSIDE_MAIN = Removal(
    STEP,
    "html.outside_main",
    "outside the page's main content (menus, sidebars, footers, comments): left out by the"
    " HTML extractor",
    None,
    "",
)


@dataclass(frozen=True, slots=True)
class CleanReport:
    """The result for one document: a clean article or a rejection, and every line decision."""

    doc: CleanDocument | None
    rejection: Rejection | None
    decisions: tuple[LineDecision, ...] = ()


class Cleaner:
    """Holds the compiled rules for a config; call it on documents.

    With ``defer_language`` the documents come back with language ``DEFERRED`` unless the
    config's allow-list needs it to reject them (see ``clean_document``); with
    ``explain=False`` the reports carry no per-line decisions.
    """

    def __init__(
        self, cfg: PipelineConfig, defer_language: bool = False, explain: bool = True
    ) -> None:
        self.cfg = cfg
        self.rules: tuple[Rule, ...] = compile_rules(cfg.boilerplate)
        self.defer_language = defer_language
        self.explain = explain

    def __call__(self, raw: RawDocument) -> CleanReport:
        return clean_document(raw, self.cfg, self.rules, self.defer_language, self.explain)


def _reject(raw: RawDocument, rule: str, reason: str) -> Rejection:
    return Rejection(raw.id, raw.source, raw.raw_path, raw.record, rule, reason)


def clean_document(
    raw: RawDocument,
    cfg: PipelineConfig,
    rules: tuple[Rule, ...] | None = None,
    defer_language: bool = False,
    explain: bool = True,
) -> CleanReport:
    """Clean one decoded document.

    It does not deduplicate (that needs the whole corpus) and does not read or write files.
    With ``defer_language`` and no language allow-list, language is left ``DEFERRED`` for
    ``with_language``: a run detects it on the canonical articles only. With ``explain=False``
    the report has no per-line decisions (the same document otherwise).

    >>> from cleaners.document import RawDocument
    >>> raw = RawDocument(id="a", text="City Opens New Bridge\\nJOIN US ON TELEGRAM\\n"
    ...     "The new bridge over the river opened on Monday after three years of work.",
    ...     source="s", raw_path="s/a.txt", raw_sha256="0")
    >>> report = clean_document(raw, PipelineConfig())
    >>> report.doc.title, report.doc.removed[0].rule
    ('City Opens New Bridge', 'cta.social')
    >>> report.doc.paragraphs
    ('The new bridge over the river opened on Monday after three years of work.',)
    """
    if rules is None:
        rules = compile_rules(cfg.boilerplate)
    page = extraction.extract(raw.text, raw.url) if raw.markup == "html" else None
    text = raw.text if page is None else page.text
    if page is not None and not text.strip():
        return CleanReport(
            None, _reject(raw, "empty", "empty after cleaning: no main content in the page")
        )
    lines, fixes = repair_text(text, cfg.encoding)
    structured = page is not None
    headline_first = raw.headline_first
    if page is not None:  # the extractor keeps the page's <h1> as its first block
        headline_first = extraction.same_headline(
            next((x for x in lines if x.strip()), ""), page.title
        )
    result = strip_boilerplate(lines, rules, cfg.boilerplate, headline_first, explain, structured)
    if not result.paragraphs:
        what = "nothing but furniture" if result.removals else "no text"
        return CleanReport(
            None, _reject(raw, "empty", f"empty after cleaning: {what}"), result.decisions
        )
    allow = cfg.language.allow
    if defer_language and not allow:
        language, score = DEFERRED, 0.0
    else:
        language, score = detect_language("\n\n".join(result.paragraphs), cfg.language)
    if allow and language not in allow:
        shown = language if language != UNDETERMINED else "undetermined"
        return CleanReport(
            None,
            _reject(raw, "language", f"language {shown} not in allow-list {', '.join(allow)}"),
            result.decisions,
        )
    facts = result.facts
    title = result.title
    given = raw.title if raw.title is not None else page.title if page is not None else None
    if given is not None:
        title, _ = repair_line(given, cfg.encoding)
        title = title or None
    removed = result.removals
    authors = facts.authors
    published = raw.published or facts.published
    url = raw.url
    if page is not None:
        removed = (_OUTSIDE_MAIN, *removed)
        authors = [n for a in page.authors for n in split_names(a)] + list(authors)
        published = raw.published or page.published or facts.published
        url = url or page.url
    doc = CleanDocument(
        id=raw.id,
        source=raw.source,
        raw_path=raw.raw_path,
        raw_sha256=raw.raw_sha256,
        record=raw.record,
        title=title,
        paragraphs=result.paragraphs,
        paragraph_lines=result.paragraph_lines,
        site_name=page.site_name if page is not None else None,
        fetched=raw.fetched,
        warc_record_id=raw.record_id,
        encoding=raw.encoding,
        encoding_fixes=fixes,
        removed=removed,
        url=url,
        published=published,
        dateline=facts.dateline,
        agency=facts.agency,
        authors=tuple(dict.fromkeys(authors)),
        contributors=tuple(dict.fromkeys(facts.contributors)),
        images=tuple(facts.images),
        language=language,
        language_score=score,
    )
    return CleanReport(doc, None, result.decisions)


def with_language(doc: CleanDocument, cfg: PipelineConfig) -> CleanDocument:
    """The document with its language detected, if ``clean_document`` deferred it (the same
    detection on the same body: ``doc.text`` is the paragraphs joined as it joins them).

    >>> from cleaners.document import RawDocument
    >>> raw = RawDocument(id="a", text="Bridge Opens\\nThe new bridge over the river opened on "
    ...     "Monday after three years of work, and the mayor cut the ribbon.",
    ...     source="s", raw_path="s/a.txt", raw_sha256="0")
    >>> later = clean_document(raw, PipelineConfig(), defer_language=True).doc
    >>> later.language
    ''
    >>> with_language(later, PipelineConfig()) == clean_document(raw, PipelineConfig()).doc
    True
    """
    if doc.language != DEFERRED:
        return doc
    language, score = detect_language(doc.text, cfg.language)
    return replace(doc, language=language, language_score=score)

"""Site furniture learned from the corpus: lines that recur across many stories of one site.

A site's own furniture ("Follow The Ledger for more local news", a standard disclaimer, a
columnist's sign-off) is invisible in one article but obvious across fifty. Counting happens
per site over distinct stories (the flow counts canonical articles, so syndicated copies of
one story do not inflate a line), and the counts are kept between runs by the flow.

Only short lines are candidates: a paragraph longer than ``MAX_WORDS`` is never furniture
this way, so a story quoted in full elsewhere on the same site stays.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Mapping

from cleaners.document import CleanDocument, Removal

MAX_WORDS = 25
_WORD = re.compile(r"\w+")


def line_key(text: str) -> str:
    """A short, stable key of a line: its lower-cased words, hashed.

    >>> line_key("Follow us!") == line_key("follow   US")
    True
    """
    words = " ".join(_WORD.findall(text.casefold()))
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:16]


def candidate_keys(paragraphs: Iterable[str]) -> set[str]:
    """Keys of the paragraphs short enough to be site furniture."""
    return {line_key(p) for p in paragraphs if 0 < len(p.split()) <= MAX_WORDS}


RULE = "site.repeated"


def drop_site_furniture(
    doc: CleanDocument, counts: Mapping[str, int], min_stories: int
) -> CleanDocument:
    """Remove the paragraphs that recur in at least ``min_stories`` stories of the doc's site.

    It never empties an article: if every paragraph would go, the document is left as it is.
    The reason names the threshold, not the count, so it does not depend on when (or in which
    batch of a run) the line was found to be furniture.
    """
    if min_stories <= 0:
        return doc
    keep: list[int] = []
    removed: list[Removal] = []
    lines = doc.paragraph_lines or tuple(range(1, len(doc.paragraphs) + 1))
    for idx, para in enumerate(doc.paragraphs):
        n = counts.get(line_key(para), 0) if len(para.split()) <= MAX_WORDS else 0
        if n >= min_stories:
            removed.append(
                Removal(
                    "boilerplate",
                    RULE,
                    f"line repeated across {min_stories} or more stories of this site",
                    lines[idx],
                    para,
                )
            )
        else:
            keep.append(idx)
    if not removed or not keep:
        return doc
    return dataclasses.replace(
        doc,
        paragraphs=tuple(doc.paragraphs[i] for i in keep),
        paragraph_lines=tuple(lines[i] for i in keep),
        removed=tuple(sorted((*doc.removed, *removed), key=lambda r: r.line or 0)),
    )


def removed_keys(doc: CleanDocument) -> frozenset[str]:
    """Keys of the paragraphs site furniture took out of ``doc``."""
    return frozenset(line_key(r.text) for r in doc.removed if r.rule == RULE)


def restore_site_furniture(doc: CleanDocument) -> CleanDocument:
    """``doc`` as it was before site furniture was removed: each such paragraph back at its
    line, its removal record gone (a worker removes what its batch alone proves to be
    furniture; the whole run's counts may decide otherwise).

    >>> from cleaners.document import CleanDocument
    >>> d = CleanDocument("a", "s", "s/a.txt", "0", None, None, ("One.", "Two.", "Ad"), "utf-8")
    >>> dropped = drop_site_furniture(d, {line_key("Ad"): 5}, 5)
    >>> dropped.paragraphs, restore_site_furniture(dropped) == d
    (('One.', 'Two.'), False)
    >>> restore_site_furniture(dropped).paragraphs, restore_site_furniture(dropped).removed
    (('One.', 'Two.', 'Ad'), ())
    """
    back = [(r.line, r.text) for r in doc.removed if r.rule == RULE and r.line is not None]
    if not back:
        return doc
    lines = doc.paragraph_lines or tuple(range(1, len(doc.paragraphs) + 1))
    merged: list[tuple[int, str]] = sorted(
        [*zip(lines, doc.paragraphs, strict=True), *back],
        key=lambda item: item[0],
    )
    return dataclasses.replace(
        doc,
        paragraphs=tuple(text for _, text in merged),
        paragraph_lines=tuple(line for line, _ in merged),
        removed=tuple(r for r in doc.removed if not (r.rule == RULE and r.line is not None)),
    )

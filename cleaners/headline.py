"""The headline of a whole scraped page, chosen by evidence across the page.

A page scraped as all its visible text starts with a masthead, a menu or a breadcrumb, not
with the headline, and the headline itself sits a few lines above the article's body, among
bylines, dates, share buttons and category labels. The first line is only trusted when it has
a headline's shape (not a menu or a breadcrumb) and the body follows it closely (an article as
a scraper that keeps only the article gives it).
Otherwise every line in a window above the body's main block is weighed:

- shape: a headline's (a short line that does not end a sentence, or a question or an
  exclamation), three to ``max_words`` words, not a menu (separators), a date or glued
  interface labels ("Copy LinkURLCopied!");
- the lead repeats its words: the share of its content words found in the body's first
  paragraphs, scaled down when fewer than three are shared;
- a page repeats its headline (the document title and the heading): a line found twice;
- nearness to the body, and length (a headline says more than a section label).

A line with no word in common with the lead and not repeated on the page is never chosen (the
first line stays the title when nothing is better). Named rules' removals (calls to action,
share buttons, bylines) are never candidates; lines the layout classifier dropped for their
context are.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from cleaners.layout import SENTENCE_END, WORD

WINDOW = 30  # lines above the body's first line that may hold the headline
TRUST_FIRST = 5  # the first line is the headline when at most this many lines precede the body
_GAP = 4  # kept lines further apart than this start a new block
_MENU = re.compile(r"\s[|>»/•·]\s|\s[|>»•]|[|>»•]\s")
_DATE = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}:\d{2}"
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    re.IGNORECASE,
)
_GLUED = re.compile(r"[a-z][A-Z][a-z]|[A-Z]{2}[a-z]{2}")
_INNER_END = re.compile(  # a sentence end inside the line (not "U.S." or "Mr.")
    r"[a-zß-ÿа-яα-ω]{2}[.!?…]['\"’”»)\]]*\s+[\"'“‘«„(]*[A-ZÀ-ÞА-ЯΑ-Ω]"
)


def _content(text: str) -> set[str]:
    return {
        w for w in (x.casefold() for x in WORD.findall(text)) if len(w) >= 4 and not w.isdigit()
    }


def _key(text: str) -> str:
    return " ".join(WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _shaped(text: str, max_words: int, min_words: int = 3) -> bool:
    words = text.split()
    if not min_words <= len(words) <= max_words:
        return False
    core = text.rstrip("'\"’”»")
    if SENTENCE_END.search(core) and not core.endswith(("?", "!")):
        return False
    if core.endswith((",", ";", ":")) or _INNER_END.search(text):
        return False  # (two sentences are a paragraph, whatever the last one ends with)
    first = text.lstrip("\"'“‘«„(¿¡")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return not (len(_MENU.findall(text)) >= 2 or _DATE.search(text) or _GLUED.search(text))


def main_block(lines: Sequence[str], kept: Sequence[bool]) -> list[int]:
    """The kept lines of the body's main block: kept lines no more than a few lines apart,
    the block with the most words in sentences (an article's paragraphs, not a teaser)."""
    blocks: list[list[int]] = []
    for i, keep in enumerate(kept):
        if not keep:
            continue
        if blocks and i - blocks[-1][-1] <= _GAP:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    if not blocks:
        return []
    return max(
        blocks,
        key=lambda b: sum(len(lines[i].split()) for i in b if SENTENCE_END.search(lines[i])),
    )


def choose(
    lines: Sequence[str],
    kept: Sequence[bool],
    eligible: Sequence[bool],
    title: int | None,
    max_words: int,
) -> int | None:
    """The index of the page's headline: ``title`` when no line is better, None for none.

    ``kept`` marks body lines, ``eligible`` lines that may be the headline (not claimed by a
    named rule); ``title`` is the line taken as the title so far (the first line), kept when
    the body follows it closely.
    """
    block = main_block(lines, kept)
    if not block:
        return title
    anchor = block[0]
    if title is not None and title <= anchor and _shaped(lines[title], max_words, min_words=1):
        between = sum(1 for i in range(title + 1, anchor) if lines[i].strip())
        if between <= TRUST_FIRST:
            return title
    lead: set[str] = set()
    for i in [i for i in block if SENTENCE_END.search(lines[i])][:3]:
        lead |= _content(lines[i])
    seen = Counter(_key(line) for line in lines if line.strip())
    best, best_score = None, 0.0
    for i in range(max(0, anchor - WINDOW), anchor + 1):
        text = lines[i].strip()
        if not text or not (eligible[i] or i == title) or not _shaped(text, max_words):
            continue
        if len(block) == 1 and i == anchor:
            continue  # the body's only line stays the body
        words = _content(text)
        if len(words) < 2:
            continue
        shared = words & lead
        repeated = seen[_key(text)] > 1
        if not shared and not repeated:
            continue
        score = (
            len(shared) / len(words) * min(1.0, len(shared) / 3)
            + 0.15 * (1 - (anchor - i) / WINDOW)
            + (0.2 if repeated else 0.0)
            + 0.1 * min(len(text.split()), 10) / 10
        )
        if score > best_score:
            best, best_score = i, score
    return best if best is not None else title

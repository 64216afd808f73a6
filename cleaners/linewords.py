"""A line's words, its key and whether it ends a sentence: the per-line readings the layout
classifier, the list check and the line-shape tests all ask for.

Each is a pure function of the line, and scraped pages repeat lines (a site's furniture on
every page, a wire story's paragraphs on every site that runs it), so the costly ones are kept
in bounded per-process caches: a later step finds what an earlier one read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaners.encoding import TYPOGRAPHIC

CACHED = 1 << 15

WORD = re.compile(r"\w+")
# (a blog's or a social post's paragraph may end with emoji or hashtags after its full stop:
# "... bekommen. 🦁", "... im Wohnzimmer. #Barschrank #Vintage")
SENTENCE_END = re.compile(
    r"[.!?…。！？।؟۔]['\"’”»)\]」』]*"
    r"(?:\s*[\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*|\s+#\w+)*$"
)

# ``WORD`` on an ASCII text: the runs of ASCII letters, digits and "_". str.translate (with an
# ASCII table on an ASCII text) and str.split find them 3-4x faster than the regex. Lines are
# ASCII but for typographic punctuation far more often than not; those characters are never
# part of a word, so they become spaces first. A test checks both against the regex.
_ASCII_WORDS = str.maketrans(
    {c: c.lower() if c.isalnum() or c == "_" else " " for c in map(chr, range(128))}
)
_TYPOGRAPHIC = TYPOGRAPHIC + "\u201e\u00b7\u2022"  # and the low quote, middle dot, bullet


def ascii_words(text: str) -> list[str] | None:
    """The lower-cased ``WORD`` tokens of a line that is ASCII but for typographic
    punctuation; None for any other line."""
    for ch in _TYPOGRAPHIC:
        if ch in text:
            text = text.replace(ch, " ")
    return text.translate(_ASCII_WORDS).split() if text.isascii() else None


@lru_cache(maxsize=CACHED)
def line_key(text: str) -> str:
    """The line compared without case, spacing and punctuation: its lower-cased words."""
    words = ascii_words(text)
    return " ".join(WORD.findall(text.lower()) if words is None else words)


@lru_cache(maxsize=CACHED)  # called about three times per line, by several steps
def words_in(text: str) -> int:
    """The line's words, as ``str.split`` finds them."""
    return len(text.split())


@lru_cache(maxsize=CACHED)
def is_sentence(text: str) -> bool:
    """Whether the line ends a sentence (``SENTENCE_END``)."""
    return bool(SENTENCE_END.search(text))


def topic_words(*texts: str) -> set[str]:
    """The words of four letters or more of these lines, case-folded.

    They are read off the lines' keys: case-folding a lower-cased word gives what case-folding
    the word gives, for every character (a test checks all of Unicode, the final sigma
    included), and lower-casing a line keeps its words but for a line with "İ" (two characters
    in lower case), which is tokenised first. The keys are joined and split once, and each
    distinct word case-folded once."""
    out: set[str] = set()
    keys = []
    for text in texts:
        if "İ" in text:
            out.update(w for w in (x.casefold() for x in WORD.findall(text)) if len(w) >= 4)
        else:
            keys.append(line_key(text))
    out.update(w for w in map(str.casefold, set(" ".join(keys).split())) if len(w) >= 4)
    return out

"""What the headline chooser asks of one line (``cleaners.headline``): its content words,
cut to their first letters so that inflections meet; its key, compared without case or
punctuation; whether it has a headline's shape (not a sentence, a menu row, a date line, a
row of tags, a web address or glued interface labels); whether it is a teaser cut short of
another line; and how many times the page gives it. The answers for short lines are kept in
bounded per-process caches."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from cleaners.layout import SENTENCE_END, WORD, ascii_words
from cleaners.rules import DATE_RE, MONTHS, MONTHS_INTL
from cleaners.stopwords import STOPWORDS

STEM = 6  # letters of a word compared between the headline and the lead
STEM_CYRILLIC = 4  # ... in Russian and Ukrainian, whose endings are longer ("линию", "линии")
_TWO_PART = 14  # a headline of two short sentences has at most this many words
MENU = re.compile(r"\s[|>»›→/•·]\s|\s[|>»›→•]|[|>»›→•]\s")
_GUILLEMETS = re.compile(r"«[^«»]*»")  # a quoted name ("«Рівне» виграло у «Волині»")


def menu_marks(text: str) -> int:
    """How many separators of a menu or a breadcrumb ``text`` holds ("News | Sport", "Home »
    News", "Головна › Новини"); the closing guillemet of a quoted name is none."""
    if "«" in text:
        text = _GUILLEMETS.sub("Name", text)
    return len(MENU.findall(text))


_DATE = re.compile(
    rf"\b(?:{MONTHS}|{MONTHS_INTL})\s+\d|\d{{1,2}}:\d{{2}}"
    rf"|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|{DATE_RE}",
    re.IGNORECASE,
)
_TAGS = re.compile(r"\S+(?:\s+\S+){0,3}(?:,\s*\S+(?:\s+\S+){0,3}){2,}")  # short labels, 3+
CUT = re.compile(r"\w(?:…|\.\.\.)\s*$")  # a line cut short right after a word
_URL = re.compile(r"https?://|\bwww\.\w", re.IGNORECASE)
_GLUED = re.compile(r"[a-z][A-Z][a-z]|[A-Z]{2}[a-z]{2}")
_INNER_END = re.compile(  # a sentence end inside the line (not "U.S." or "Mr.")
    r"[a-zß-ÿа-яα-ω]{2}[.!?…]['\"’”»)\]]*\s+[\"'“‘«„(]*[A-ZÀ-ÞА-ЯΑ-Ω]"
)
_ENDS = ("…", "...")  # every match of ``CUT`` ends with one (whitespace aside): a cheap test

# A line's key and shape depend on the line alone, and the steps below ask about the same
# lines several times per page (``times`` keys most of a page's lines for each group of
# candidates) and pages repeat lines: the answers are kept in bounded per-process caches, as
# ``cleaners.lineshape`` keeps its own. Only a short line's are kept (a headline's
# candidates are short; a lead's paragraphs come once).
_CACHED = 1 << 13
_SHORT = 300  # characters


def content(text: str) -> set[str]:
    """Content words, cut to their first letters so that inflections meet ("japanisches" in
    the headline, "japanische" in the lead)."""
    words = ascii_words(text)  # (lower-cased: on ASCII the same as casefold)
    if words is None:
        words = [x.casefold() for x in WORD.findall(text)]
    return {
        w[: STEM_CYRILLIC if "а" <= w[0] <= "я" or w[0] in "іїєґё" else STEM]
        for w in words
        if len(w) >= 4 and not w.isdigit() and w not in STOPWORDS
    }


def key(text: str) -> str:
    return short_key(text) if len(text) <= _SHORT else key_of(text)


def key_of(text: str) -> str:
    return " ".join(WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


short_key = lru_cache(maxsize=_CACHED)(key_of)


def shaped(text: str, max_words: int, min_words: int = 3) -> bool:
    if len(text) <= _SHORT:
        return short_shaped(text, max_words, min_words)
    return shaped_as(text, max_words, min_words)


def shaped_as(text: str, max_words: int, min_words: int) -> bool:
    words = text.split()
    if not min_words <= len(words) <= max_words:
        return False
    core = text.rstrip("'\"’”»«")
    if SENTENCE_END.search(core) and not core.endswith(("?", "!", "…")):
        return False
    if core.endswith((",", ";", ":")):
        return False
    if len(_INNER_END.findall(text)) > (1 if len(words) <= _TWO_PART else 0):
        return False  # (two sentences are a paragraph, unless short and not ending in a period:
        #              "Vegetarians. Need, trend or choice?")
    first = text.lstrip("\"'“‘«»„(¿¡ \u00a0\u202f")[:1]  # (« Les Glaneurs », spaced as French)
    if not (first.isupper() or first.isdigit()):
        return False
    glued = len(_GLUED.findall(text))
    if glued >= 2 or (glued and len(words) < 4):  # "ShareTweetEmail", not one "AlphaTauri"
        return False
    if "©" in text or tags(text) or _URL.search(text):
        return False  # a photo credit; a row of tags ("Debate, Germany, Politics"); an address
    return not (menu_marks(text) >= 2 or dated(text))


short_shaped = lru_cache(maxsize=_CACHED)(shaped_as)


def dated(text: str) -> bool:
    """A date line: a date, and fewer than four other words of three letters or more ("Posted
    on April 8, 2026 by Kevin Tran"); a headline may name a day ("Minutes of the board meeting
    of 10 October 2019")."""
    if not _DATE.search(text):
        return False
    rest = _DATE.sub(" ", text)
    return sum(1 for w in WORD.findall(rest) if len(w) >= 3 and w.isalpha()) < 4


def tags(text: str) -> bool:
    """A row of three or more short labels, each capitalised ("Debate, Germany, Politics"),
    not a sentence with commas ("South Dakota says, 'Meth. We're On It,' and Twitter asks")."""
    if not _TAGS.fullmatch(text):
        return False
    return all(p.strip()[:1].isupper() or p.strip()[:1].isdigit() for p in text.split(","))


def cut_short(lines: Sequence[str], text: str) -> bool:
    """True when the page gives ``text`` whole on another line: a teaser of the headline cut
    short ("Habitat work in the open…")."""
    return cut(text) and any(cut_from(text, x) for x in lines)


def cut_from(text: str, whole: str) -> bool:
    """True when ``text`` is ``whole`` cut short: it ends in an ellipsis right after a word
    (or a part of one), and what stands before it, three words or more, starts ``whole``
    (compared without case, spacing or punctuation)."""
    if len(whole) <= len(text) - 3 or not cut(text):
        return False
    start, full = key(text), key(whole)
    return len(start.split()) >= 3 and len(start) < len(full) and full.startswith(start)


def cut(text: str) -> bool:
    """Whether ``text`` ends in an ellipsis right after a word, as ``CUT`` says. The pattern
    is searched at every character, so lines without its ending are not searched."""
    return text.rstrip().endswith(_ENDS) and CUT.search(text) is not None


def times(lines: Sequence[str], these: Sequence[str]) -> Counter[str]:
    """How many times the page gives each of ``these`` lines, compared as ``key`` does (a
    line more than twice as long as the longest of them, or less than half as long as the
    shortest, cannot have the same words, so it is not compared: most of a page's lines)."""
    keys = {key(t) for t in these}
    if not keys:
        return Counter()
    sizes = [len(k) for k in keys]
    least, most = min(sizes) // 2, 2 * max(sizes) + 20
    heads = {k.split(" ", 1)[0] for k in keys}
    return Counter(
        k
        for k in (
            key(x) for x in lines if least <= len(x) <= most and x.strip() and may_hold(x, heads)
        )
        if k in keys
    )


def may_hold(line: str, heads: set[str]) -> bool:
    """False when ``line`` cannot have a key that starts with one of ``heads`` (the keys'
    first words): an ASCII line's key is its lower-cased words, so each is in the line as it
    is written lower-cased (most of a page's lines are not keyed at all)."""
    if not line.isascii():
        return True
    low = line.lower()
    return any(h in low for h in heads)

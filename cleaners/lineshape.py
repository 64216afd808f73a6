"""What a line looks like on its own: its words, a heading's or a sentence's shape, and two
lines glued into one by a scraper (a Title Case headline run into its summary, a photo
caption run into the paragraph under it).

Each answer depends on the line alone, and the boilerplate steps ask about every line of a
page, some of them again and again (``is_heading`` about 300 times per real page); scraped
pages repeat lines (a site's menus, a syndicated story), so the answers are kept in bounded
per-process caches, as the layout classifier keeps its evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaners.linewords import SENTENCE_END as _SENTENCE_END
from cleaners.linewords import is_sentence as is_sentence
from cleaners.linewords import words_in as words_in

_CACHED = 1 << 15


@lru_cache(maxsize=_CACHED)
def is_heading(text: str, max_words: int = 16, caseless: bool = True) -> bool:
    """True for a short line that does not end a sentence: a headline or subheading shape.
    With ``caseless=False`` a line must start with a capital or a digit, so a line in a
    script without letter case (Chinese, Japanese, Arabic ...) never has the shape.

    >>> is_heading("Ukraine: Attacks on The Energy Sector Suspended?"), is_heading("He left.")
    (True, False)
    """
    n = words_in(text)
    if n == 0 or n > max_words:
        return False
    if _SENTENCE_END.search(text) and not text.rstrip("'\"’”»").endswith("?"):
        return False
    if text.endswith((",", ";", ":")):
        return False
    first = text.lstrip("\"'“‘«(")[:1]
    # a script without letter case (Chinese, Japanese, Arabic, Bengali ...) has no capital
    # to show a heading: any letter may start one
    if first.isupper() or first.isdigit():
        return True
    return caseless and first.isalpha() and not first.islower()


def exclaimed_heading(text: str, max_words: int) -> bool:
    """A headline that ends in an exclamation: 'Rescue caught on video: "We got him!"'.

    Only for the title: in running text such a line is a sentence.
    """
    core = text.rstrip("'\"’”»")
    return core.endswith("!") and is_heading(core[:-1], max_words)


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"}
    | {"as", "vs", "is", "up"}
)
_HEAD_GLUE = re.compile(r"(?:(?<=[a-z0-9])|(?<=[a-z0-9][?!’'\")\]]))(?=[A-Z][a-z]*[\s,])")


def _title_word(word: str) -> bool:
    """A word as a Title Case headline writes it: capitalised, a number or symbol, or small."""
    first = next((c for c in word if c.isalnum()), "")
    return not first.isalpha() or first.isupper() or word in _SMALL_WORDS


@lru_cache(maxsize=_CACHED)
def glued_headline(line: str) -> bool:
    """True when a headline runs straight into its story's first sentence: a Title Case
    headline glued to it without a space, or any headline followed by the story's dateline
    ("... pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has ...").

    >>> glued_headline("Customers Leave Without Paying At Troy SteakhouseA party of six left "
    ...                "the restaurant without paying on Saturday.")
    True
    >>> glued_headline("Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An "
    ...                "Indian-origin man has pleaded guilty to theft, the officials said.")
    True
    >>> glued_headline("The merged Gannett and GateHouse may not diverge from the trend.")
    False
    """
    if not is_sentence(line) or words_in(line) < 8:
        return False
    if _dateline_glued(line):
        return True
    # cheap tests first: the line ends the summary's sentence, has 4 + 5 words (one shared
    # at the glue), and starts with three whole words of the headline
    if not all(_title_word(w) for w in line.split(None, 3)[:3]):
        return False
    for m in _HEAD_GLUE.finditer(line, 0, 200):
        words = line[: m.start()].split()
        if not 4 <= len(words) <= 20:
            continue
        if not all(_title_word(w) for w in words):
            continue  # not a Title Case headline
        tail = line[m.start() :]
        if words_in(tail) >= 5 and is_sentence(tail):
            return True
    return False


# A dateline inside a line, after a headline: a place in capitals and a colon, then a sentence
_MID_DATELINE = re.compile(r"(?<=\S) (?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]{2,}: (?=[A-Z\"“‘])")


def _dateline_glued(line: str) -> bool:
    if ": " not in line:
        return False
    for m in _MID_DATELINE.finditer(line, 0, 250):
        head, tail = line[: m.start()], line[m.end() :]
        if 4 <= words_in(head) <= 20 and not _SENTENCE_END.search(head):
            return words_in(tail) >= 5 and is_sentence(tail)
    return False


def sentences(text: str) -> int:
    return max(1, len(re.findall(r"[.!?…](?:\s|$)", text)))


def is_long_question(text: str) -> bool:
    """A question longer than a headline: an interview asks every guest the same question.

    A repeated headline-length question is more often the page's headline shown twice.
    """
    return text.rstrip("'\"’”»)").endswith(("?", "？")) and not is_heading(text)


# A caption glued to a paragraph shows as a lower-case letter followed directly by a capital
# that starts the paragraph's first word: "in Miami, FloridaTalks were held".
_GLUE = re.compile(
    r"(?<=[a-z\u00df-\u00ff\u0430-\u045f])(?=[A-Z\u0400-\u042f][a-z\u0430-\u045f]+\s)"
)
# Brand names written in camel case that glue detection must not split.
_CAMEL_WORDS = frozenset(
    {
        "youtube",
        "playstation",
        "paypal",
        "tiktok",
        "whatsapp",
        "blackrock",
        "linkedin",
        "powerpoint",
        "mastercard",
        "softbank",
        "blackberry",
        "jetblue",
        "harpercollins",
        "glaxosmithkline",
        "exxonmobil",
        "conocophillips",
        "dreamworks",
        "gofundme",
        "macbook",
        "wordpress",
        "sharepoint",
        "onedrive",
        "spacex",
        "fedex",
        "starlink",
        "huffpost",
        "buzzfeed",
        "coindesk",
        "techcrunch",
        "moneygram",
        "doordash",
        "github",
        "soundcloud",
        "javascript",
        "facetime",
        "airpods",
        "homepod",
        "skynews",
        "kyivpost",
        "newsnation",
        "citynews",
        "mcdonald",
        "mccarthy",
        "mcconnell",
        "macarthur",
        "desantis",
        "dicaprio",
        "laguardia",
        "deepmind",
        "openai",
    }
)


_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|according|announced|reported|added|wrote|asked)\b", re.IGNORECASE
)


def find_glued_caption(line: str, context: str = "") -> int | None:
    """Return where a paragraph starts after a caption glued to its front, or None.

    It does not split camel-case names: the glued word must not be a known brand, must not
    occur elsewhere in the article, and the caption must be several words with no sentence
    end, followed by a full sentence.

    >>> line = "envoy Kirill Dmitriev in Miami, FloridaTalks were held on Sunday with officials."
    >>> line[find_glued_caption(line):]
    'Talks were held on Sunday with officials.'
    >>> find_glued_caption("Sony said its PlayStation sales rose by a third this year.") is None
    True
    """
    for cut, glued in _glue_cuts(line):
        if context.count(glued) <= 1:
            return cut
    return None


@lru_cache(maxsize=_CACHED)
def _glue_cuts(line: str) -> tuple[tuple[int, str], ...]:
    """Where ``find_glued_caption`` may cut ``line``, in order, with the glued word: every
    check but the one on the context (the page), which depends on the line alone."""
    cuts = []
    for m in _GLUE.finditer(line, 0, 300):
        cut = m.start()
        prefix, suffix = line[:cut], line[cut:]
        left = re.search(r"\w+$", prefix)
        right = re.match(r"\w+", suffix)
        if left is None or right is None or len(left.group()) < 3:
            continue
        glued = left.group() + right.group()
        if glued.lower() in _CAMEL_WORDS:
            continue
        if not 5 <= words_in(prefix) <= 40 or _SENTENCE_END.search(prefix.rstrip()):
            continue
        if _REPORTING.search(prefix):  # "The firm said LanternForge ..." is a sentence
            continue
        if re.search(r"[.!?]\s", prefix):  # the caption would contain a sentence end
            continue
        if words_in(suffix) < 6 or not is_sentence(suffix):
            continue
        cuts.append((cut, glued))
    return tuple(cuts)

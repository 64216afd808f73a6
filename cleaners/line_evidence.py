"""What one line says of itself, before its neighbours are looked at (``cleaners.layout``
decides the rest by context): furniture on its own (a web address or handle, a time stamp, a
copyright notice, a sign-up, cookie or social notice, a line the page repeats), a sentence of
the body, near-body text (long but unfinished, or thin in function words), or a short line.
The patterns are tried only on lines that hold one of their hints, and a line's evidence is
kept in a bounded per-process cache."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from cleaners.linekinds import BAD, GOOD, NEAR, SHORT, LineEvidence
from cleaners.linewords import CACHED, WORD, is_sentence, line_key, words_in
from cleaners.rules import DATELINE, MONTHS
from cleaners.stopwords import STOPWORDS

_key = line_key

_URL = re.compile(r"(?:https?://|www\.)\S+|\b\S+\.(?:com|org|net|co\.uk|html?|php)\b(?:/\S*)?|%2F")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_HANDLE = re.compile(r"^@\w{2,}$")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|all rights reserved|copyright\s+(?:©\s*)?\d{4}|"
    r"alle rechte vorbehalten|tous droits réservés|(?:todos los )?derechos reservados|"
    r"все права защищены|(?:усі|всі) права захищені|"
    # a site's licence note ("... are licensed under a Creative Commons licence")
    r"creative commons[\w -]{0,60}(?:licen[cs]e|lizenz|licencia)",
    re.I,
)
_FORMS = re.compile(
    r"\b(?:newsletters?|subscribe|subscription|unsubscribe|sign(?:ing)?[ -]up|inbox|opt-in|"
    r"cookies?|privacy policy|terms of (?:use|service)|log ?in|sign in|your email|"
    r"email address|e-?mails?|javascript|ad ?blocker|browser|(?:click|tap) here|donat(?:e|ion)|"
    r"affiliate|disclosure|notifications?|app store|google play)\b",
    re.I,
)
# Social networks are news too ("she wrote on Telegram"); only an appeal to the reader counts.
_SOCIAL = re.compile(
    r"\b(?:facebook|twitter|instagram|messenger|whatsapp|telegram|youtube|tiktok|podcast)\b",
    re.I,
)
# Forms address the reader; an article about subscriptions talks about third parties.
_YOU = re.compile(r"\b(?:you|your|we|our|us|please)\b", re.I)
_READER = re.compile(r"\b(?:you|your|us|please)\b", re.I)
# a price in a line with words ("$165 at Amazon", "ab 19,99 € bei Otto"), not a bare amount
# ("5€", a donation button) or a variable ("filename=$1")
_AMOUNT = r"(?<![\w=])(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?[€£₽₴])"
_ROW_SEPARATORS = re.compile(r"\s[|•·]\s")
_PRICE = re.compile(rf"{_AMOUNT}(?=.*?[^\W\d_]{{2}})|[^\W\d_]{{2}}.*?{_AMOUNT}")
_DATE_TOKENS = re.compile(
    rf"(?i:\b(?:{MONTHS}|mon(?:day)?|tue(?:sday)?|"
    r"wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\.m|p\.m|"
    r"et|est|edt|gmt|utc|bst|cet|cest|pst|pdt|hkt|ist|updated|published|posted|last|"
    r"ago|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|years?|read|min|"
    r"yesterday|today|at|on|by|of|the|just|now|st|nd|rd|th)\b)|\d+"
)

# The words ``_DATE_TOKENS`` removes whole, lower case (but "a.m" and "p.m", two words of one
# letter each: no word of one character is counted as certain to stay). A test checks the
# set against the pattern.
_DATE_WORD_LIST = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december mon monday tue tuesday wed wednesday thu "
    "thursday fri friday sat saturday sun sunday am pm et est edt gmt utc bst cet cest pst pdt "
    "hkt ist updated published posted last ago hour hours hr hrs minute minutes mins second "
    "seconds day days week weeks month months year years read min yesterday today at on by of "
    "the just now st nd rd th"
)
_DATE_WORDS = frozenset(_DATE_WORD_LIST.split())


def _dated_alone(text: str) -> bool:
    """Whether at most one word of the line is left once its date tokens and numbers are
    taken out (``_DATE_TOKENS``): a date or a time, perhaps with a label.

    Two words certain to stay answer it without the substitution: words of the line's key
    (cached) that are ASCII, two characters long at least, not all digits and no date word.
    Each is one run of word characters in the line, lower-cased, unless the line has one of
    the two characters whose lower case is ASCII ("İ", the Kelvin sign), which is then
    substituted."""
    if "İ" not in text and "\u212a" not in text:
        certain = 0
        for w in _key(text).split():
            if len(w) > 1 and w.isascii() and not w.isdigit() and w not in _DATE_WORDS:
                certain += 1
                if certain == 2:
                    return False
    return len(WORD.findall(_DATE_TOKENS.sub(" ", text))) <= 1


# Reasons for lines that are furniture on their own, with their rule ids.
BAD_REASONS = {
    "layout.region": "text block far from the article body (other stories, boxes)",
    "layout.link": "web address, e-mail or handle",
    "layout.timestamp": "date or time stamp",
    "layout.copyright": "copyright notice",
    "layout.form": "sign-up, login or cookie notice",
    "layout.repeated": "line repeated on the page",
}


_DIGIT = re.compile(r"\d")

# Strings every match of a pattern contains (lower-case ones for the case-blind patterns): a
# line without any is not searched. A speed-up only; a test checks it never changes a result.
_URL_HINTS = ("http", "www.", ".com", ".org", ".net", ".co.uk", ".htm", ".php", "%2F")
_EMAIL_HINTS = ("@",)
_COPYRIGHT_HINTS = (
    *("©", "(c)", "all rights reserved", "copyright", "creative commons"),
    *("alle rechte vorbehalten", "tous droits réservés", "derechos reservados"),
    *("все права защищены", "права захищені"),
)
_FORM_HINTS = (
    *("newsletter", "subscri", "sign", "inbox", "opt-in", "cookie", "privacy", "terms of"),
    *("log", "mail", "javascript", "blocker", "browser", "click here", "tap here", "donat"),
    "affiliate",
    *("disclosure", "notification", "app store", "google play"),
)
_SOCIAL_HINTS = (
    *("facebook", "twitter", "instagram", "messenger", "whatsapp", "telegram", "youtube"),
    *("tiktok", "podcast"),
)
# (pattern, hints, whether the hints are looked for in the lower-cased line)
PREFILTERS = (
    (_URL, _URL_HINTS, False),
    (_EMAIL, _EMAIL_HINTS, False),
    (_COPYRIGHT, _COPYRIGHT_HINTS, True),
    (_FORMS, _FORM_HINTS, True),
    (_SOCIAL, _SOCIAL_HINTS, True),
)


def _has(text: str, hints: tuple[str, ...]) -> bool:
    return any(h in text for h in hints)


try:  # one pass over a line finds every group's hints (pyahocorasick, a C automaton)
    import ahocorasick
except ImportError:  # pragma: no cover - then each group's hints are looked for in turn
    ahocorasick = None

# The prefilters' groups as bits. The web address hints are looked for in the lower-cased
# line too: that finds every one the line holds (and a few more, "HTTP"), so the pattern is
# searched whenever it may match, and its matches decide as before.
_URL_BIT, _COPYRIGHT_BIT, _FORM_BIT, _SOCIAL_BIT = 1, 2, 4, 8
_GROUPS = (
    (_URL_BIT, tuple(h.lower() for h in _URL_HINTS)),
    (_COPYRIGHT_BIT, _COPYRIGHT_HINTS),
    (_FORM_BIT, _FORM_HINTS),
    (_SOCIAL_BIT, _SOCIAL_HINTS),
)


def _build_hints() -> object:
    if ahocorasick is None:  # pragma: no cover
        return None
    bits: dict[str, int] = {}
    for bit, hints in _GROUPS:
        for h in hints:
            bits[h] = bits.get(h, 0) | bit
    automaton = ahocorasick.Automaton()
    for h, bit in bits.items():
        automaton.add_word(h, bit)
    automaton.make_automaton()
    return automaton


_HINTS: Any = _build_hints()


def _hint_groups(low: str) -> int:
    """The prefilter groups (bits) with a hint in the lower-cased line ``low``."""
    found = 0
    if _HINTS is not None:
        for _end, bit in _HINTS.iter(low):
            found |= bit
        return found
    for bit, hints in _GROUPS:  # pragma: no cover
        if _has(low, hints):
            found |= bit
    return found


def judge_line(text: str, repeats: int, stopword_doc: bool) -> tuple[LineEvidence, str | None]:
    """Classify one line on its own; return the evidence and, for ``bad``, a rule id.

    >>> judge_line("Updated 1:39 am EST, Wednesday, November 20, 2019", 1, True)[1]
    'layout.timestamp'
    >>> judge_line("The council voted on Tuesday to close the bridge.", 1, True)[0].cls
    'good'
    """
    tokens, stops = stop_counts(text)
    words = words_in(text)  # (this and the sentence end: the earlier steps asked, cached)
    if not text.isascii():  # Chinese and Japanese write without spaces: two characters a word
        words = max(words, len(_CJK.findall(text)) // 2)
    stop = stops / tokens if tokens else 0.0
    sentence = is_sentence(text)

    def ev(cls: str, reason: str | None = None) -> LineEvidence:
        return LineEvidence(cls, words, sentence, stop, reason)

    # a paragraph (over 40 words) is only looked at for web addresses
    hints = _hint_groups(text.lower()) if words <= 40 else _URL_BIT * _has(text, _URL_HINTS)
    url_chars = 0
    if hints & _URL_BIT:
        url_chars += sum(len(m.group()) for m in _URL.finditer(text))
    if "@" in text:
        url_chars += sum(len(m.group()) for m in _EMAIL.finditer(text))
    if _HANDLE.match(text) or (url_chars and (words <= 12 or url_chars > 0.3 * len(text))):
        return ev(BAD, BAD_REASONS["layout.link"]), "layout.link"
    if words <= 40 and hints & _COPYRIGHT_BIT and _COPYRIGHT.search(text):
        return ev(BAD, BAD_REASONS["layout.copyright"]), "layout.copyright"
    if words <= 30:
        form = (
            hints & _FORM_BIT
            and _FORMS.search(text)
            and (words <= 8 or not sentence or _YOU.search(text))
            and len(_ROW_SEPARATORS.findall(text)) < 2  # a menu row with "Newsletters" in it
        )
        social = hints & _SOCIAL_BIT and _SOCIAL.search(text) and _READER.search(text)
        if form or social:
            return ev(BAD, BAD_REASONS["layout.form"]), "layout.form"
    if (
        words <= 14
        and _DIGIT.search(text)
        and _dated_alone(text)
        and not _PRICE.search(text)  # "$165 at Amazon": a price, not a time
    ):
        return ev(BAD, BAD_REASONS["layout.timestamp"]), "layout.timestamp"
    dense = stop >= 0.15 or not stopword_doc
    # an agency dateline ("HAYWARD, Calif. (AP) — ...") opens the body, finished or not
    good = words >= 8 and dense and (sentence or bool(DATELINE.match(text)))
    # A repeated line: a caption shown again in a gallery, a teaser listed twice, a label.
    # A repeated paragraph keeps its first occurrence (repeats == 1 there, see classify).
    # A repeated question or short sentence is left to context: interviews repeat questions.
    if repeats > 1 and not good and not (sentence and words >= 3):
        return ev(BAD, BAD_REASONS["layout.repeated"]), "layout.repeated"
    # a later copy of a body paragraph is removed before this classifier runs (boilerplate
    # step 6b); a copy that reaches here is a short question, left to context
    if repeats < 0 and not good and not (sentence and words >= 3):
        return ev(BAD, BAD_REASONS["layout.repeated"]), "layout.repeated"
    if good:
        return ev(GOOD), None
    # Headlines of other stories run 6-14 words without a full stop: an unfinished line only
    # counts as near-body when it is longer than a headline.
    if (words >= 8 and sentence) or (words >= 15 and dense and stop >= 0.25):
        return ev(NEAR), None
    return ev(SHORT), None


def repeat_counts(lines: list[str]) -> Counter[str]:
    """How often each line occurs on the page, compared without case and spacing."""
    return Counter(_key(t) for t in lines if t)


# Scraped pages repeat lines (a site's furniture on every page, a wire story's paragraphs on
# every site that runs it), and the classifier looks at each line more than once: its key,
# word tokens and evidence are pure functions of the text, kept in bounded per-process caches.
_CACHED = CACHED


@lru_cache(maxsize=_CACHED)
def stop_counts(text: str) -> tuple[int, int]:
    """(word tokens, function words among them) of a line, each token lower-cased.

    They are the words of the line's key (cached, and known by the time a line is counted):
    lower-casing the whole line gives the same tokens, since every character but two
    lower-cases to one character that is a word character exactly when it was. The two:
    "İ" becomes "i" and a combining dot, and "Σ" lower-cases by its neighbours (a final
    sigma), so a line with either is tokenised first. A test checks this on every character.
    """
    if "İ" in text or "Σ" in text:
        lowered = [t.lower() for t in WORD.findall(text)]
    else:
        lowered = _key(text).split()
    return len(lowered), sum(map(STOPWORDS.__contains__, lowered))


@lru_cache(maxsize=_CACHED)
def judged(text: str, repeats: int, stopword_doc: bool) -> tuple[LineEvidence, str | None]:
    return judge_line(text, repeats, stopword_doc)

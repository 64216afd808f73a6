"""What one item of a list looks like, and the list an article ends with.

An item names something in a few words, then says what it is, when or where ("Hafen:
täglich 14 bis 22 Uhr", "Round 1: Bahrain Grand Prix, Sakhir – March 7"), gives a name's
figure ("Ruth Calder — 5,204"), a time and what is on ("8pm – Riverside (BBC One)"), or a
match's score between its two sides ("Riedval 2-1 Getafe B"). What is asked here:

- ``closing_list``: at the top of the short lines after the last paragraph, a list of such
  items that is the article's own: under its heading, or each with its figure, naming what
  the story names; counted by its labels ("Platz 1:", "Platz 2:", ...); or a programme by
  day (``day_programme``). A rail of teasers is not one: its header is a rule's line, and
  its items say things in sentences ("Politics: Mayor resigns over budget");
- ``schedule``: dates with their places, perhaps a button after each ("Tickets");
- ``item_runs``: the items of a page with no prose, which stand in for its body;
- ``alike``: two lines written as items of one list (an ad's label between them does not
  part it).

``cleaners.lists``, the layout classifier and the trailing-widget step (``cleaners.structure``)
ask it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from cleaners.linewords import line_key, topic_words
from cleaners.rules import SCHEDULE_ITEM, WEEKDAY_NAME
from cleaners.stopwords import STOPWORDS

MIN_LIST_LINES = 3  # a lone short line between paragraphs is a label ("Related", "Tags")
ENDS = frozenset(".!?:;…")  # a line ending with one of these is no heading or cell

# an item's name, a separator, and what is said of it: "Hafen: täglich 14 bis 22 Uhr",
# "«Тишина» — документальный фильм о Байкале", "Getafe - Osasuna (21.00)"
ITEM_PARTS = re.compile(r"(?P<name>\S[^:–—]{0,60}?)(?P<sep>:|\s[–—-])\s+\S")
NAME_WORDS = 6  # words of an item's name before its separator


def separator(item: str) -> str | None:
    """The separator of an item that names something in a few words, then says what it is
    or when ("Schlosshof: Freitag bis Sonntag 12 bis 20 Uhr": ":"); None for other lines."""
    m = ITEM_PARTS.match(item)
    if m is None or len(m.group("name").split()) > NAME_WORDS:
        return None
    return m.group("sep").strip()


# words a name or a time may hold in lower case: "Hale & Sons", "Bank of Ireland", "5 p.m.",
# and the dashes between a name and its place or date ("Bahrain Grand Prix, Sakhir – March 7")
_NAME_JOINS = frozenset(
    {"&", "and", "of", "the", "for", "at", "on", "in", "a.m.", "p.m.", "am", "pm", "uhr", "h"}
    | {"und", "der", "die", "das", "für", "von", "im", "et", "de", "du", "des", "la", "le"}
    | {"les", "à", "y", "del", "el", "los", "las", "en", "da", "do", "dos", "e", "di", "della"}
    | {"–", "—", "-", "|", "/"}
    # and a span of hours: "9 a.m. to 5 p.m.", "6.30 bis 21 Uhr", "de 9 h à 13 h"
    | {"to", "till", "until", "bis", "au", "hasta", "al", "a", "до", "по", "з"}
)
_NAME_VALUE_WORDS = 12
_NAME_PART_WORDS = 4  # words of one name, its joins aside: "Banco de Alimentos de Riedval"
_QUOTED = re.compile(r"«[^«»]{1,80}»|“[^“”]{1,80}”|„[^„“”]{1,80}[“”]|\"[^\"]{1,80}\"")
_NAME_PARTS = re.compile(r"[,;()]|\s[–—-]\s")


def _capital(word: str) -> bool:
    """A word of a name: it starts with a capital or a figure, or holds one ("iQ300")."""
    return word[0].isupper() or any(c.isupper() or c.isdigit() for c in word)


def names_a_thing(value: str) -> bool:
    """What an item says is a name, a place or a time, not a headline: every word starts
    with a capital or a figure, or joins a name in lower case ("Tom Hale, Hale & Sons
    Hardware", "Saturday, March 7, 10 a.m., St Anne's Church"), and each name is a few words.
    A teaser's headline has verbs in lower case, or is written in title case with its small
    words capitalised ("How The District Sets Its Rates") or runs longer than a name."""
    # a title in quotes is a name, whatever its words' case ("« La Nuit du 12 » de Dominik
    # Moll", "« Riedval, hiver »": French and Spanish titles capitalise their first word only)
    value = _QUOTED.sub(" Title ", value)
    for part in _NAME_PARTS.split(value):
        words = [w.strip("'\"“”‘’«»„") for w in part.split()]
        named = [w for w in words if w and w.lower() not in _NAME_JOINS]
        if len(named) > _NAME_PART_WORDS and not any(c.isdigit() for c in part):
            return False
        for k, w in enumerate(words):
            if not w:
                continue
            if not (_capital(w) or w.lower() in _NAME_JOINS):
                return False
            if k and w[0].isupper() and w.lower() in STOPWORDS:
                return False
    return bool(value.strip()) and len(value.split()) <= _NAME_VALUE_WORDS


def _named(item: str) -> bool:
    """ "Label: name" ("Burial: Riverton Cemetery", "Round 1: Bahrain Grand Prix, Sakhir –
    March 7")."""
    m = ITEM_PARTS.match(item)
    return (
        m is not None
        and m.group("sep") == ":"
        and len(m.group("name").split()) <= NAME_WORDS
        and names_a_thing(item[m.end("sep") :])
    )


# a match's result: a side, its score, the other side ("Riedval 2-1 Getafe B", "Alcalá 1:1
# Parla"); each side a name
_SCORE = re.compile(
    r"^(?P<home>\S.{0,40}?)\s+\d{1,3}\s?[-–:]\s?\d{1,3}\s+(?P<away>\S.{0,40})$"
    # ... or the two sides, then the score ("SV Riedhausen – TSV Bergheim 2:1")
    r"|^(?P<first>\S.{0,40}?)\s[-–—]\s(?P<second>\S.{0,40}?)\s+\d{1,3}\s?[-–:]\s?\d{1,3}$"
)


def _score_line(item: str) -> bool:
    m = _SCORE.match(item.strip())
    if m is None:
        return False
    sides = (m.group("home"), m.group("away")) if m.group("home") else (m["first"], m["second"])
    return all(names_a_thing(side) for side in sides)


# a label that counts its items: "Round 1:", "Platz 2:", "Stage 3:", "Etappe 4:", "Día 5:"
_COUNTED_LABEL = re.compile(
    r"^(?P<word>[^\W\d_][\w.]{0,15})\s(?P<n>\d{1,3})(?P<when>,[^:]{3,20})?:\s+(?P<what>\S.*)$"
)
_COUNTED_WORDS = 12  # words of what a counted item says: a name, a place, a figure

CLOSING_LIST_SHARED = 2  # stems a closing list under a heading shares with the body, at least
_STEM = 4  # letters a stem keeps: "elections" and "election", "wards" and "ward"


def _stems(words: set[str]) -> set[str]:
    return {w[:_STEM] for w in words}


def _counted(lines: list[str]) -> int:
    """How many of ``lines``, from the first, are items whose labels count them one by one
    from 1, each with its figure, date or time and no sentence ("Platz 1: Bosch Serie 8 (Note
    1,6)", "Stage 1, June 10: Riverton – Millbrook, 168 km"); 0 for fewer than
    MIN_LIST_LINES. A series' links ("Part 1: The Flood") give no figure."""
    word, last, n = None, -1, 0
    for line in lines:
        m = _COUNTED_LABEL.match(line)
        what = m.group("what") if m else ""
        if (
            m is None
            or not any(c.isdigit() for c in line[m.end("n") :])
            or len(what.split()) > _COUNTED_WORDS
            or what.rstrip()[-1:] in ENDS
        ):
            break
        number = int(m.group("n"))
        if (word is not None and (m.group("word") != word or number != last + 1)) or (
            word is None and number > 1
        ):
            break
        word, last, n = m.group("word"), number, n + 1
    return n if n >= MIN_LIST_LINES else 0


def closing_list(
    lines: list[str],
    body: Callable[[], set[str]],
    repeated: Callable[[str], bool] | None = None,
) -> Listed:
    """How many of ``lines`` (short lines after the last paragraph, top down), from the
    first, are the article's closing list (0 if they are not one), and the positions among
    them of a button given after its items ("Buy now", which is not the list's: a short line
    ``repeated`` says the page gives more than once). ``body`` gives the body's
    ``topic_words``, asked for only when the lines are shaped as such a list.

    - a heading, then three or more items written "Label: name" or as a match's score, that
      name what the body names ("The full list of winners" / "Business of the Year: Harbor
      Bakery"; "Service details" / "Burial: Riverton Cemetery"; "Resultados de la jornada 24"
      / "Riedval 2-1 Getafe B"): a masthead's staff ("Editor: Jane Roe"), the site's partners
      or another match's scores are new names to the story;
    - or three or more such items "Label: name" with no heading, each with its figure (a
      result, a price), or names each with its figure after a dash, or times each with what
      is on, that name what the body names ("Women's 100m: 1. Ana Ruiz (Riverton AC) 11.42",
      "Олена Коваль — 41,2%", "8pm – Riverside (BBC One)");
    - or three or more items whose labels count them ("Round 1:", "Round 2:", ...), each with
      a figure or a date;
    - or a programme by day: the days' headings, and under each its events with their times.
    """
    counted = _counted(lines) or day_programme(lines)
    if counted:
        return Listed(counted)
    if len(lines) < MIN_LIST_LINES:
        return Listed(0)
    head = lines[0]
    if _named(head) and _figured(head):
        kind, start = _figured_item, 0  # no heading: each item holds its figure
    elif _name_figure(head):
        kind, start = _name_figure, 0  # ... or is a name and its figure
    elif _timed(head):
        kind, start = _timed, 0  # ... or a time and what is on
    elif separator(head) is not None or head.rstrip()[-1:] in ENDS or len(lines) < 2:
        return Listed(0)
    else:
        second = lines[1]
        kind = _named if _named(second) else _name_figure if _name_figure(second) else _score_line
        start = 1
    items, end, button = 0, start, None
    buttons: list[int] = []
    for k in range(start, len(lines)):
        if kind(lines[k]):
            items, end = items + 1, k + 1
            continue
        if repeated is None or (button := _as_button(lines[k], button, items, repeated)) is None:
            break  # ("Buy now" after an item: the page's button, not the list's line)
        buttons.append(k)
    if items < MIN_LIST_LINES:
        return Listed(0)
    shared = _stems(topic_words(*lines[:end])) & _stems(body())
    if len(shared) < CLOSING_LIST_SHARED:
        return Listed(0)
    return Listed(end, frozenset(b for b in buttons if b < end))


class Listed(NamedTuple):
    """What ``closing_list`` found: how many lines from the first, and the buttons among
    them."""

    lines: int
    buttons: frozenset[int] = frozenset()


def is_item(line: str) -> bool:
    """A list's item: "Label: name", a name and its figure, a time and what is on, or a
    match's score."""
    return _named(line) or _name_figure(line) or _timed(line) or _score_line(line)


def _figured(item: str) -> bool:
    """What the item says of its name holds a figure ("Ana Ruiz (Riverton AC) 11.42")."""
    m = ITEM_PARTS.match(item)
    return m is not None and any(c.isdigit() for c in item[m.end("sep") :])


# a name and its figure, after a dash: "Олена Коваль — 41,2%", "Harbor Bakery – 1,204 votes"
_NAME_FIGURE = re.compile(r"^(?P<name>\S.{0,50}?)\s[–—-]\s(?P<figure>\d[\d\s.,:]*(?:\s?\S{1,8})?)$")


def _name_figure(item: str) -> bool:
    m = _NAME_FIGURE.match(item.strip())
    return m is not None and names_a_thing(m.group("name"))


# a time, then what is on: "8pm – Riverside (BBC One)", "20.15 Uhr – Tatort (ARD)"
_TIMED = re.compile(
    r"^\s*(?:\d{1,2}(?:[:.]\d{2})?\s?(?i:[ap]\.?m\.?|h|uhr)|\d{1,2}[:.]\d{2})\s*[–—-]\s+(?P<what>\S.*)$"
)


def _timed(item: str) -> bool:
    m = _TIMED.match(item)
    return m is not None and names_a_thing(m.group("what"))


def _figured_item(item: str) -> bool:
    """ "Label: name" with a figure: a result, a price ("Women's 100m: 1. Ana Ruiz (Riverton
    AC) 11.42")."""
    return _named(item) and _figured(item)


_BUTTON_WORDS = 3  # a button between a schedule's items: "Tickets", "Buy tickets", "Sold out"


def schedule(lines: list[str]) -> tuple[list[int], int] | None:
    """The positions of a schedule's items (each a date and what happens where: "October 2 –
    Glasgow, Barrowland Ballroom") at the top of ``lines``, and how many lines the schedule
    takes: three or more items, perhaps with one button given after each ("Tickets"), up to
    the first other line. None when the lines do not start with one."""
    items: list[int] = []
    button = None
    end = 0
    for k, line in enumerate(lines):
        if SCHEDULE_ITEM.match(line):
            items.append(k)
            end = k + 1
            continue
        if (button := _as_button(line, button, len(items))) is None:
            break
        end = k + 1
    return (items, end) if len(items) >= MIN_LIST_LINES else None


def _as_button(
    line: str, button: str | None, items: int, repeated: Callable[[str], bool] | None = None
) -> str | None:
    """The key of ``line`` when it is the button a list gives after its items: ``button``
    again, or, after the first item, a short line with no figure (that ``repeated`` says the
    page gives more than once, when asked); None when the line ends the list."""
    key = line_key(line)
    if button is None and items:
        short = len(line.split()) <= _BUTTON_WORDS and not any(c.isdigit() for c in line)
        if short and (repeated is None or repeated(line)):
            return key
    return key if key == button else None


def given_twice(lines: list[str]) -> Callable[[str], bool]:
    """Whether the page of ``lines`` gives a line more than once, compared without case and
    spacing (a button after each item); the page's lines are counted when first asked."""
    keys: Counter[str] = Counter()

    def asked(text: str) -> bool:
        if not keys:
            keys.update(line_key(t) for t in lines if t)
        return keys[line_key(text)] > 1

    return asked


# a day's heading in a programme: the weekday alone or with its date ("Saturday", "Friday 12
# June", "Samstag, 13. Juni"); an item under it gives its time ("Jazz at the Harbour Bar,
# 8pm, free entry", "Konzert im Park, 19.30 Uhr")
_DAY_HEADING = re.compile(rf"^\s*{WEEKDAY_NAME}(?:,?\s+\d{{1,2}}\.?(?:\s+[^\W\d_]+)?)?\s*$")
_HOUR = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?i:[ap]\.?m\b\.?|uhr\b|h\b)|\b\d{1,2}[:.]\d{2}\b")
_PROGRAMME_ITEM_WORDS = 15
_DAY_LINES = 8  # lines under one day's heading, at most


def day_programme(lines: list[str]) -> int:
    """How many of ``lines``, from the first, are a programme by day: a day's heading, then
    the events of the day, at least one of its lines with a time ("Friday" / "Jazz at the
    Harbour Bar, 8pm, free entry"; "Saturday 14 March" / "Spring market" / "Town Hall, 9am
    to 1pm"), and so for two days or more; 0 if they are not. A day's lines are a few, short
    and no sentences."""
    if not lines or not _DAY_HEADING.match(lines[0]):
        return 0
    days = items = end = 0
    under: list[str] = []

    def timed() -> bool:
        return any(_HOUR.search(t) for t in under)

    for k, line in enumerate(lines):
        if _DAY_HEADING.match(line):
            if days and not timed():
                break  # a day with nothing on it: a menu of days, not a programme
            days, under = days + 1, []
            continue
        if (
            len(under) >= _DAY_LINES
            or len(line.split()) > _PROGRAMME_ITEM_WORDS
            or line.rstrip()[-1:] in ".!?"
        ):
            break
        under.append(line)
        items += 1
        if _HOUR.search(line):
            end = k + 1  # (up to the last line with a time: not the button after it)
    return end if days >= 2 and items >= MIN_LIST_LINES else 0


# a ranked result: its place, then who, then a figure ("1. Ana Ruiz (Cantabria) 1:12:05")
RANKED = re.compile(r"^\s*(\d{1,3})[.)]\s+\D.*\d")


def _kind(line: str) -> str | None:
    """Which kind of a list's item with its figure or date ``line`` is, if any."""
    if RANKED.match(line):
        return "ranked"
    if SCHEDULE_ITEM.match(line):
        return "schedule"
    if _score_line(line):
        return "score"
    if _name_figure(line) or _figured_item(line):
        return "figure"
    return None


def item_runs(lines: list[str]) -> list[int]:
    """The positions of ``lines`` in runs of three or more items of one kind, each with its
    figure or date: places with their times, dates with their places, scores, names with
    their figures. A page without a paragraph of prose whose body is such a list (results,
    a tour's dates) has its body in them; a menu's or a footer's lines give no figures."""
    kinds = [_kind(line) for line in lines]
    out: list[int] = []
    start = 0
    for k in range(1, len(kinds) + 1):
        if k == len(kinds) or kinds[k] != kinds[start]:
            if kinds[start] is not None and k - start >= MIN_LIST_LINES:
                out.extend(range(start, k))
            start = k
    return out


COUNTED_START = re.compile(r"^\s*(?:\d|[-•*–—▪●]\s)")  # "200 g flour", "• Watering limits"


def alike(a: str, b: str) -> bool:
    """Two lines written as items of one list: both counted or bulleted ("200 g flour", "2
    eggs"), both a schedule's items, or both named with the same separator."""
    if COUNTED_START.match(a) and COUNTED_START.match(b):
        return True
    if SCHEDULE_ITEM.match(a) and SCHEDULE_ITEM.match(b):
        return True
    sep = separator(a)
    return sep is not None and sep == separator(b)

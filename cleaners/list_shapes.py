"""The shapes of a run of short lines that make it a list: items counted or written alike,
a schedule's dates, a label over its items, a ranking, a table with one cell to a line, the
body's words again. ``cleaners.lists`` weighs them with where the run sits."""

from __future__ import annotations

import itertools
import re

from cleaners.linekinds import LineEvidence
from cleaners.linewords import topic_words
from cleaners.list_items import COUNTED_START, ENDS, MIN_LIST_LINES, RANKED, separator
from cleaners.rules import SCHEDULE_ITEM

LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–—▪●])\s+\S")

LIST_TOPIC_SHARE = 0.3  # of a list's words, at least this share also in the body around it
LIST_COUNTED_SHARE = 0.5  # of a counted list's lines, this share start with a number or bullet


def counted(items: list[str]) -> bool:
    """Most items start with a number or a bullet: a list by what it says."""
    return sum(1 for t in items if COUNTED_START.match(t)) >= LIST_COUNTED_SHARE * len(items)


def parallel(items: list[str]) -> bool:
    """The items are written alike: each an item with the same separator. A list by its
    shape, whose names and places are new words to the body."""
    seps = {separator(item) for item in items}
    return len(seps) == 1 and None not in seps


def tail_list(run: list[int], lines: list[str]) -> list[int]:
    """The list ``run`` ends with: from its last label ending in a colon, when three or more
    items written alike follow it to the run's end, or its last three or more lines when each
    is a schedule's item (a week's listings: "Monday: The Long Winter (12A), 7.30pm"); nothing
    otherwise."""
    label = next(
        (k for k in range(len(run) - 1, -1, -1) if lines[run[k]].rstrip().endswith(":")), None
    )
    if (
        label is not None
        and len(run) - 1 - label >= MIN_LIST_LINES
        and parallel([lines[i] for i in run[label + 1 :]])
    ):
        return run[label:]
    first = len(run)
    while first > 0 and SCHEDULE_ITEM.match(lines[run[first - 1]]):
        first -= 1
    return run[first:] if len(run) - first >= MIN_LIST_LINES else []


def programme(
    run: list[int], judged: dict[int, tuple[LineEvidence, str | None]], lines: list[str]
) -> list[int]:
    """The lines of a programme that opens ``run``: day headings (time stamps, "Friday 12
    June") and items written alike under them, each a time or a name, a dash or a colon, and
    what happens ("6pm – The Hollow Pines (Main Stage)"); up to its last item, at least three
    items and a heading. Nothing when the run does not open so."""
    first: str | None = None
    items = headings = last = 0
    for n, i in enumerate(run):
        if judged[i][1] == "layout.timestamp":
            headings += 1
            continue
        sep = separator(lines[i])
        first = first or sep
        if sep is None or sep != first:
            break
        items, last = items + 1, n + 1
    return run[:last] if items >= MIN_LIST_LINES and headings else []


def labelled_list(items: list[str]) -> bool:
    """A label ending in a colon, then three or more items, each numbered or bulleted ("1.",
    "•"), and perhaps a closing line after them."""
    if not items[0].rstrip().endswith(":"):
        return False
    listed = list(itertools.takewhile(LIST_ITEM.match, items[1:]))
    return len(listed) >= MIN_LIST_LINES and len(items) - 1 - len(listed) <= 1


# a table's cell that holds a figure: a rank, a time, a score, an amount, a share ("1",
# "32:41", "2019*", "- 0,176", "$129", "33 %", "12,9", "4 (1x)"), not a date ("03.06.2026")
_FIGURE = re.compile(
    r"^[-+−–]?\s?[$€£¥]?\d[\d\s.,:/'’]*(?:\s?(?:%|°|\*|[^\W\d_]{1,3}\.?))?"
    r"(?:\s?\([^()]{1,6}\))?$"  # and what it counts or where: "15 (29)", "2020 (F2)"
)
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
TABLE_FIGURE_SHARE = 0.3  # of a table's cells, at least this share are figures
TABLE_FIGURES = 3  # and at least this many: two rows of a column, and more
TABLE_CELL_WORDS = 6  # a table's cells are short: a name, a club, a label
TABLE_WORD_CELLS = 3  # different cells in words, at least: names, column heads


def _figure(text: str) -> bool:
    text = text.strip()
    return bool(_FIGURE.match(text)) and not _DATE.search(text)


def tabular(items: list[str], stamps: tuple[str, ...] | list[str] = ()) -> bool:
    """A table with one cell to a line (results, standings, statistics, prices), perhaps
    under its caption: every cell a few words, many of them figures, and several different
    cells in words (names, column heads). The cells of a figure column read like time stamps
    ("32:41", "2019"), which alone would make the run furniture. A stamp in words ("2 hours
    ago", "June 3") is a comment's or a teaser's, and so is a cell that ends a sentence or
    names a speaker ("Great piece!", "Anna says:"). Three cells in a row that come again in
    the same order are a widget shown twice (a donation form's amounts), not rows."""
    if any(len(t.split()) > TABLE_CELL_WORDS for t in items) or not all(map(_figure, stamps)):
        return False
    if any(t.rstrip()[-1:] in ENDS for t in items[1:]):
        return False
    triples = list(zip(items, items[1:], items[2:], strict=False))
    if len(set(triples)) < len(triples):
        return False
    figures = [_figure(t) for t in items]
    count = sum(figures)
    words = {t.strip().casefold() for t, f in zip(items, figures, strict=True) if not f}
    return (
        count >= TABLE_FIGURES
        and count >= TABLE_FIGURE_SHARE * len(items)
        and len(words) >= TABLE_WORD_CELLS
    )


def labelled_head(items: list[str]) -> int:
    """How many lines at the top of ``items`` are a list under its own label: the label
    ending in a colon, then three or more items that are a schedule's ("Freitag: bewölkt, 8
    Grad", "14 juillet : Ibrahim Maalouf") or written alike each with its figure ("PSOE: 12
    concejales"); 0 when the lines do not start so. What follows the items (a button, a
    line of furniture) is not counted."""
    if not items or not items[0].rstrip().endswith(":"):
        return 0
    dated = 0
    while 1 + dated < len(items) and SCHEDULE_ITEM.match(items[1 + dated]):
        dated += 1
    if dated >= MIN_LIST_LINES:
        return 1 + dated
    figured = 0
    sep = separator(items[1]) if len(items) > 1 else None
    while (
        sep is not None
        and 1 + figured < len(items)
        and separator(items[1 + figured]) == sep
        and any(c.isdigit() for c in items[1 + figured])
    ):
        figured += 1
    return 1 + figured if figured >= MIN_LIST_LINES else 0


def ranked(items: list[str]) -> bool:
    """Results or standings as numbered lines, perhaps under a label: places in order from
    the first, each with a figure after the name. A numbered widget of other stories ("1.
    Storm closes coastal road") has no figure to give."""
    if items and not RANKED.match(items[0]) and not LIST_ITEM.match(items[0]):
        items = items[1:]  # the label: "Clasificación femenina", "Final standings"
    places = [int(m[1]) for t in items if (m := RANKED.match(t))]
    if len(items) < MIN_LIST_LINES or len(places) < len(items):
        return False
    return places == list(range(places[0], places[0] + len(places)))


def on_topic(items: list[str], body: set[str]) -> bool:
    """The list continues the body's subject: enough of its words are the body's words."""
    words = [w for t in items for w in topic_words(t)]
    return bool(words) and sum(w in body for w in words) >= LIST_TOPIC_SHARE * len(words)

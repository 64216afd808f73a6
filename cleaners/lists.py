"""Lists inside the article: short lines the layout classifier dropped for their context
that are the body's own (a schedule, results, a recipe, opening times, a programme), told
from furniture by what says they are a list (a paragraph introducing or announcing them, the
items written alike, dates with their places, numbers under a label) and where they sit
(between or after body paragraphs, with no rule's line among them). ``cleaners.layout`` calls
this after its first pass; the boilerplate step's trailing-widget check asks it too."""

from __future__ import annotations

import itertools
import re

from cleaners.linekinds import BAD, GOOD, LineEvidence
from cleaners.linewords import topic_words
from cleaners.rules import SCHEDULE_ITEM

LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*–—▪●])\s+\S")

MIN_LIST_LINES = 3  # a lone short line between paragraphs is a label ("Related", "Tags")
LIST_TOPIC_SHARE = 0.3  # of a list's words, at least this share also in the body around it
LIST_COUNTED_SHARE = 0.5  # of a counted list's lines, this share start with a number or bullet


_COUNTED = re.compile(r"^\s*(?:\d|[-•*–—▪●]\s)")


def _counted(items: list[str]) -> bool:
    """Most items start with a number or a bullet: a list by what it says."""
    return sum(1 for t in items if _COUNTED.match(t)) >= LIST_COUNTED_SHARE * len(items)


# an item's name, a separator, and what is said of it: "Hafen: täglich 14 bis 22 Uhr",
# "«Тишина» — документальный фильм о Байкале", "Getafe - Osasuna (21.00)"
_ITEM_PARTS = re.compile(r"(?P<name>\S[^:–—]{0,60}?)(?P<sep>:|\s[–—-])\s+\S")


def _parallel(items: list[str]) -> bool:
    """The items are written alike: each names something in a few words, then, after the
    same separator, says what it is or when ("Schlosshof: Freitag bis Sonntag 12 bis 20
    Uhr"). A list by its shape, whose names and places are new words to the body."""
    seps = set()
    for item in items:
        m = _ITEM_PARTS.match(item)
        if m is None or len(m.group("name").split()) > 6:
            return False
        seps.add(m.group("sep").strip())
    return len(seps) == 1


def _labelled_list(items: list[str]) -> bool:
    """A label ending in a colon, then three or more items, each numbered or bulleted ("1.",
    "•"), and perhaps a closing line after them."""
    if not items[0].rstrip().endswith(":"):
        return False
    listed = list(itertools.takewhile(LIST_ITEM.match, items[1:]))
    return len(listed) >= MIN_LIST_LINES and len(items) - 1 - len(listed) <= 1


def _on_topic(items: list[str], body: set[str]) -> bool:
    """The list continues the body's subject: enough of its words are the body's words."""
    words = [w for t in items for w in topic_words(t)]
    return bool(words) and sum(w in body for w in words) >= LIST_TOPIC_SHARE * len(words)


# dropped for their context, as repeated, or as a time stamp ("1 egg" reads like "10 p.m."):
# what a list's items may have been taken for
_SOFT = frozenset({None, "layout.repeated", "layout.timestamp"})


def enclosed_runs(
    order: list[int],
    final: dict[int, str],
    judged: dict[int, tuple[LineEvidence, str | None]],
    lines: list[str],
    furniture: frozenset[int],
) -> list[int]:
    """Lines dropped for their context alone (short, unfinished or repeated) that sit between
    body paragraphs, or after a body paragraph that introduces them ("...the dates:"), with
    no line a rule claimed among or around them, and that continue the body's subject: a
    list inside the article (a schedule, a recipe, results, a meal plan), not furniture. A
    block is furniture by what it says (a rule, a link, a form, a time stamp) or where it
    sits (before, after or beside furniture), not by the length of its lines. A schedule
    (each item a date and a place) after a body paragraph is the body's too, at the end."""

    n = len(order)
    soft = [final[i] == BAD and judged[i][1] in _SOFT and i not in furniture for i in order]
    # joined[pos]: no line a rule claimed (or the title) between order[pos] and order[pos + 1]
    filled = list(itertools.accumulate(map(bool, lines), initial=0))  # non-blank lines before
    joined = [filled[b] == filled[a + 1] for a, b in itertools.pairwise(order)]

    body: set[str] = set()  # the body's topic words, gathered when a run first needs them

    def on_topic(items: list[str]) -> bool:
        if not body:
            body.update(topic_words(*(lines[i] for i in order if final[i] == GOOD)))
        return _on_topic(items, body)

    out: list[int] = []
    pos = 0
    while pos < n:
        if not soft[pos]:
            pos += 1
            continue
        end = pos
        while end + 1 < n and soft[end + 1] and joined[end]:
            end += 1
        pos, run = end + 1, order[pos : end + 1]
        if len(run) < MIN_LIST_LINES:
            continue
        before, after = pos - len(run) - 1, end + 1
        opened = before >= 0 and final[order[before]] == GOOD and joined[before]
        closed = after < n and final[order[after]] == GOOD and joined[end]
        introduced = opened and lines[order[before]].rstrip().endswith(":")
        announced = opened and announces(lines[order[before]])
        stamped = any(judged[i][1] == "layout.timestamp" for i in run)
        items = [lines[i] for i in run]
        if (
            (
                opened
                and (closed or introduced)
                and not stamped
                and (on_topic(items) or _parallel(items))
            )
            # a paragraph that says a list follows ("Here is what is happening."): the list's
            # names and places are new words, so its subject shows in the announcement
            or (announced and not stamped)
            or (
                # a schedule the article ends with: each item a date and what happens where
                # (the places are new words, so the subject shows in the items' shape)
                opened and all(map(SCHEDULE_ITEM.match, items))
            )
            or (
                # a counted list under its own label ("Ingredients:", "Results:") that the
                # body goes on from: quantities, dates, ranks, scores
                closed and _counted(items) and any(t.rstrip().endswith(":") for t in items)
            )
            or (
                # ... or right under the body's paragraph: a label, then numbered or
                # bulleted items ("Результати естафети:" / "1. Україна — 1:18:42.5")
                opened and _labelled_list(items)
            )
        ):
            out.extend(run)
    return out


# the last sentence of a paragraph that announces a list: "Here is what is happening.",
# "Here are the dates.", "Voici le programme :", "Hier sind die Termine."
_ANNOUNCES = re.compile(
    r"(?:^|[.!?]\s+)(?i:here(?:'s|’s|\s+is|\s+are)|these\s+are|below\s+(?:is|are)|"
    r"hier\s+(?:sind|ist|die|einige|das)|voici|voilà|estos\s+son|estas\s+son|"
    r"a\s+continuación|вот|ось)\b[^.!?:]*[.:]\s*$"
)


def announces(line: str) -> bool:
    """Whether a body paragraph's last sentence says that a list follows ("... Here is what
    is happening."); a teaser's summary without its full stop ("Here are some names to keep an
    eye on") does not."""
    return bool(_ANNOUNCES.search(line.rstrip()))


def in_list(lines: list[str], order: list[int], pos: int, cls: dict[int, str]) -> bool:
    """True for a list item, or a list's "...:" lead-in, in a list the body introduced."""
    k = pos
    while k >= 0 and LIST_ITEM.match(lines[order[k]]):
        k -= 1
    if k == pos and not (lines[order[k]].endswith(":") and pos + 1 < len(order)):
        return False  # neither an item nor a lead-in
    if k == pos:  # a lead-in: the next line must be an item, and not furniture
        nxt = order[pos + 1]
        return bool(LIST_ITEM.match(lines[nxt])) and cls[nxt] != BAD
    return k >= 0 and lines[order[k]].rstrip().endswith(":")

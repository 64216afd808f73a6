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
from cleaners.list_items import MIN_LIST_LINES, closing_list, given_twice, schedule
from cleaners.list_shapes import (
    LIST_ITEM,
    TABLE_CELL_WORDS,
    counted,
    labelled_head,
    labelled_list,
    on_topic,
    parallel,
    programme,
    ranked,
    tabular,
    tail_list,
)
from cleaners.rules import MONTHS, MONTHS_INTL, SCHEDULE_ITEM


def _runs(flags: list[bool], joined: list[bool]) -> list[tuple[int, int]]:
    """The (first, last) positions of each run of flagged lines with no rule's line among
    them."""
    runs, pos, n = [], 0, len(flags)
    while pos < n:
        if not flags[pos]:
            pos += 1
            continue
        end = pos
        while end + 1 < n and flags[end + 1] and joined[end]:
            end += 1
        runs.append((pos, end))
        pos = end + 1
    return runs


# dropped for their context, as repeated, or as a time stamp ("1 egg" reads like "10 p.m."):
# what a list's items may have been taken for
_SOFT = frozenset({None, "layout.repeated", "layout.timestamp"})
_CLOSING_LINES = 30  # lines looked at for the article's closing list

# a count of things ("2 lemons", "4 Eier", "3 cebollas"), which the time-stamp test reads as a
# number with a label; a stamp's one word is a month or a unit of time, and a counter's
# ("2 diggs", "0 Diskussionen", "14 comments") counts what readers did
_COUNT = re.compile(r"^\s*([1-9]\d{0,3})\s+([^\W\d_]{3,})\s*$")
_STAMP_WORD = re.compile(
    rf"^(?:{MONTHS}|{MONTHS_INTL}|(?i:(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year|"
    r"comment|repl(?:y|ie)|view|like|share|vote|digg|reaction|point|pt)s?|uhr|stunden?|tagen?|"
    r"minuten|jahren?|heures?|jours?|horas?|días|dias|kommentare?|diskussion(?:en)?|"
    r"commentaires?|comentarios?|минут[аы]?|час(?:а|ов)?|дн(?:я|ей)|годин[аи]?|хвилин[аи]?|"
    r"комментари(?:й|я|ев)|коментар(?:і|ів)?))$"
)


def _stamp(text: str) -> bool:
    """A line the time-stamp test dropped that is a date, a time or a counter, not a count
    of things."""
    m = _COUNT.match(text)
    return m is None or bool(_STAMP_WORD.match(m[2]))


def enclosed_runs(
    order: list[int],
    final: dict[int, str],
    judged: dict[int, tuple[LineEvidence, str | None]],
    lines: list[str],
    furniture: frozenset[int],
    slots: frozenset[int] = frozenset(),
) -> list[int]:
    """Lines dropped for their context alone (short, unfinished or repeated) that sit between
    body paragraphs, or after a body paragraph that introduces them ("...the dates:"), with
    no line a rule claimed among or around them, and that continue the body's subject: a
    list inside the article (a schedule, a recipe, results, a meal plan), not furniture. A
    block is furniture by what it says (a rule, a link, a form, a time stamp) or where it
    sits (before, after or beside furniture), not by the length of its lines. A schedule
    (each item a date and a place) after a body paragraph is the body's too, at the end."""

    n = len(order)
    # a table's repeated cells (a club in every other row) were removed as copies already
    soft = [final[i] == BAD and judged[i][1] in _SOFT for i in order]
    copy = [i in furniture for i in order]
    # joined[pos]: no line a rule claimed (or the title) between order[pos] and order[pos + 1],
    # and neither is one (the layout pass gives it a rule's furniture as context, "rule")
    # non-blank lines before each line, but for the slots an article holds anywhere (an ad's
    # label), which do not part a list: "200 g flour" / "ADVERTISEMENT" / "100 g sugar"
    filled = list(
        itertools.accumulate((bool(t) and k not in slots for k, t in enumerate(lines)), initial=0)
    )
    ruled = [judged[i][1] == "rule" for i in order]
    joined = [
        filled[b] == filled[a + 1] and not ruled[k] and not ruled[k + 1]
        for k, (a, b) in enumerate(itertools.pairwise(order))
    ]

    body: set[str] = set()  # the body's topic words, gathered when a run first needs them

    def body_words() -> set[str]:
        if not body:
            body.update(topic_words(*(lines[i] for i in order if final[i] == GOOD)))
        return body

    def continues(items: list[str]) -> bool:
        return on_topic(items, body_words())

    def sandwiched(start: int, end: int) -> tuple[bool, bool]:
        """(opened, closed): a body paragraph right before the run, and right after it."""
        before, after = start - 1, end + 1
        opened = before >= 0 and final[order[before]] == GOOD and joined[before]
        closed = after < n and final[order[after]] == GOOD and joined[end]
        return opened, closed

    def following(start: int) -> list[str]:
        """The lines from ``start`` on, up to a rule's line (at most a list's length)."""
        stop = start + 1
        while stop < min(n, start + _CLOSING_LINES) and joined[stop - 1]:
            stop += 1
        return [lines[i] for i in order[start:stop]]

    repeated = given_twice(lines)
    out: list[int] = []
    plain = [s and not c for s, c in zip(soft, copy, strict=True)]
    for start, end in _runs(plain, joined):
        run = order[start : end + 1]
        if len(run) < MIN_LIST_LINES:
            continue
        opened, closed = sandwiched(start, end)
        introduced = opened and lines[order[start - 1]].rstrip().endswith(":")
        announced = opened and announces(lines[order[start - 1]])
        stamped = any(judged[i][1] == "layout.timestamp" and _stamp(lines[i]) for i in run)
        items = [lines[i] for i in run]
        if (
            (
                opened
                and (closed or introduced)
                and not stamped
                and (continues(items) or parallel(items))
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
                closed and counted(items) and any(t.rstrip().endswith(":") for t in items)
            )
            or (
                # ... or right under the body's paragraph: a label, then numbered or
                # bulleted items ("Результати естафети:" / "1. Україна — 1:18:42.5")
                opened and labelled_list(items)
            )
            or (
                # results the article ends with (furniture a rule named, or the page's end,
                # follows): places in order, each with its time, score or points
                opened and (end == n - 1 or not joined[end]) and ranked(items)
            )
        ):
            out.extend(run)
        elif opened and (head := labelled_head(items)):
            # ... or under its own label right under the body's paragraph, up to its last item
            # ("Die Aussichten:" / "Freitag: bewölkt, 8 Grad"; "Así queda el pleno:" / "PSOE:
            # 12 concejales")
            out.extend(run[:head])
        elif opened and (listed := closing_list(following(start), body_words, repeated)).lines:
            # the article's closing list (winners under their heading, a funeral's details,
            # results), perhaps with items the first pass kept after the run; not the
            # button given after each item
            listed_lines = order[start : start + listed.lines]
            out.extend(
                i
                for k, i in enumerate(listed_lines)
                if k not in listed.buttons and (final[i] != BAD or judged[i][1] in _SOFT)
            )
        elif announced or introduced:
            # a programme the body announces: its day headings read as time stamps, its items
            # are written alike ("6pm – The Hollow Pines (Main Stage)"), up to its last item
            out.extend(programme(run, judged, lines))
        elif closed:
            # items written alike under their own label, or a schedule, which the body goes
            # on from ("Die Ergebnisse im Überblick:" / "SV Riedhausen – TSV Bergheim 2:1")
            out.extend(tail_list(run, lines))
    # a table: its repeated cells were removed as copies, and its figures read as stamps
    taken = set(out)
    rest = [s and order[k] not in taken for k, s in enumerate(soft)]
    for start, end in _runs(rest, joined):
        run = order[start : end + 1]
        if len(run) < MIN_LIST_LINES:
            continue
        opened, closed = sandwiched(start, end)
        if not opened:
            continue
        dated = schedule([lines[i] for i in run])
        if dated is not None:
            # a schedule with a button given after each item ("Tickets", a copy of the first):
            # the items are the body's, the buttons furniture
            out.extend(run[k] for k in dated[0])
            continue
        # the table ends at its last short cell: a note or a subheading may follow it
        cells = list(itertools.takewhile(lambda i: len(lines[i].split()) <= TABLE_CELL_WORDS, run))
        whole = len(cells) == len(run)
        closed = closed and whole
        # ... or the article ends with it: furniture a rule named, or the page's end, follows
        ended = whole and (end == n - 1 or not joined[end])
        introduced = lines[order[start - 1]].rstrip().endswith(":")
        captioned = lines[run[0]].rstrip().endswith(":")  # "Results since 2018:"
        stamps = [lines[i] for i in cells if judged[i][1] == "layout.timestamp"]
        if (closed or ended or introduced or captioned) and tabular(
            [lines[i] for i in cells], stamps
        ):
            out.extend(cells)  # a table between body paragraphs, or under "...:"
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

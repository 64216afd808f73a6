"""Story cards: a rail of other stories after the article, each a headline, a byline or a
date, and a one-sentence summary ("Kurt Volker throws Rudy Giuliani under the bus / Kaylee
McGhee / Tuesday November 19, 2019 / Kurt Volker, a former special envoy ...").

The rules and the layout classifier drop each card's headline, name and date, but the summary
is a full sentence, and a sentence is never dropped on context alone. Together the cards show
a shape no article has: kept sentences each standing alone between dropped lines, one after
another, every gap holding a date or a byline. Three such cards in a row are a rail; a
paragraph between captions or advertisements has no date or byline in every gap. Reader
comments have the same shape (a name, a date, the comment) and are furniture too. A card's
text is a sentence (or cut short with an ellipsis): a list of names or results, each under a
date, is not a rail of cards.

A rail may also show each story as its headline and the first words of its text cut short
("... The AirPods Pro features Active Noise Cancellat..."), with no date: three such teasers in
a row, each perhaps under its headline, are a rail too. An article's paragraph does not stop
in the middle of a word three times in a row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners.lineshape import is_sentence

RULE = "related.card"
REASON = "card in a rail (another story's summary or a reader's comment under a name and date)"
CUT_REASON = "teaser in a rail (another story's text cut short)"

_MIN_CARDS = 3
_GAP = (2, 6)  # dropped lines between two cards' summaries
_MAX_WORDS = 70  # a card's summary is a sentence or two


def find(
    lines: Sequence[str],
    order: Sequence[int],
    kept: Sequence[bool],
    dated: Sequence[bool],
) -> list[int]:
    """The summaries of story-card rails. ``order`` is the page's non-blank lines in order;
    ``kept[i]`` tells whether line ``i`` is still in the body and ``dated[i]`` whether it was
    dropped as a date or byline."""
    rails: list[int] = []
    run: list[int] = []
    gap, gap_dated = 0, False
    for pos, i in enumerate(order):
        if not kept[i]:
            gap += 1
            gap_dated = gap_dated or dated[i]
            continue
        alone = pos + 1 == len(order) or not kept[order[pos + 1]]
        if (
            alone
            and _GAP[0] <= gap <= _GAP[1]
            and gap_dated
            and len(lines[i].split()) <= _MAX_WORDS
            and (is_sentence(lines[i]) or lines[i].endswith(("…", "...")))
        ):
            run.append(i)
        else:
            if len(run) >= _MIN_CARDS:
                rails += run
            run = []
        gap, gap_dated = 0, False
    if len(run) >= _MIN_CARDS:
        rails += run
    return rails


_CUT = re.compile(r"\w(?:\.\.\.|…)$|\w[,;:]?\s?[\"”»’]?(?:\.\.\.|…)$")  # cut mid-text
_ENDS = ("...", "…")  # every match of ``_CUT`` ends with one: a cheap test first
_HEADLINE_WORDS = 25  # a teaser's headline above its cut text
_CUT_BAND = 0.2  # most cut teasers of a rail are within this share of their median length


def _cut(text: str) -> bool:
    """Whether ``text`` (right-stripped) is cut mid-text, as ``_CUT`` says. The pattern is
    searched at every character, so lines without its ending are not searched."""
    return text.endswith(_ENDS) and _CUT.search(text) is not None


def find_cut(lines: Sequence[str], order: Sequence[int], kept: Sequence[bool]) -> list[int]:
    """The teasers (and their headlines) of rails that show other stories' text cut short:
    at least three kept lines cut mid-text, one after another among the kept lines, each
    perhaps under one unfinished line (its headline), most of them cut at about the same
    length (a site cuts its teasers at a fixed count of characters; readers' posts that
    trail off with an ellipsis are of every length)."""
    body = [i for i in order if kept[i]]
    rails: list[int] = []
    run: list[int] = []
    cuts: list[int] = []

    def close() -> None:
        lengths = sorted(len(lines[i].rstrip()) for i in cuts)
        if len(cuts) < _MIN_CARDS:
            return
        middle = lengths[len(lengths) // 2]
        alike = sum(1 for n in lengths if abs(n - middle) <= _CUT_BAND * middle)
        if alike >= _MIN_CARDS and 2 * alike >= len(lengths):
            rails.extend(run)

    pos = 0
    while pos < len(body):
        i = body[pos]
        text = lines[i].rstrip()
        nxt = body[pos + 1] if pos + 1 < len(body) else None
        if _cut(text):
            run.append(i)
            cuts.append(i)
            pos += 1
        elif (
            nxt is not None
            and _cut(lines[nxt].rstrip())
            and len(text.split()) <= _HEADLINE_WORDS
            and not is_sentence(text)
        ):
            run += [i, nxt]  # a headline and its cut text
            cuts.append(nxt)
            pos += 2
        else:
            close()
            run, cuts = [], []
            pos += 1
    close()
    return rails

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
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaners.lineshape import is_sentence

RULE = "related.card"
REASON = "card in a rail (another story's summary or a reader's comment under a name and date)"

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

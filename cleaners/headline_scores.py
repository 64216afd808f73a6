"""The candidates for a whole page's headline in the window above the body, each with its
score (``cleaners.headline`` chooses among them): the share of its words the lead repeats,
nearness to the body, length, a byline or a date beside it, a picture's credit under it, a
page that gives it twice. A summary's points under their label are no candidates."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaners import headline_lines as hl

WINDOW = 45  # lines above the body's first line that may hold the headline
_BESIDE = 0.2  # the score of a line right above or below a byline or a date line
_CREDITED = 0.4  # taken from a line right above a picture's credit (a caption)


def scores(
    lines: Sequence[str],
    eligible: Sequence[bool],
    title: int | None,
    max_words: int,
    block: list[int],
    lead: set[str],
    meta: Sequence[bool] | None = None,
    credit: Sequence[bool] | None = None,
) -> dict[int, float]:
    """Every candidate line in the window above the body, with its score."""
    anchor = block[0]
    found: dict[int, float] = {}
    listed = _listed(lines, max(0, anchor - WINDOW), anchor, max_words, meta)
    for i in range(max(0, anchor - WINDOW), anchor + 1):
        text = lines[i].strip()
        if not text or not (eligible[i] or i == title) or not hl.shaped(text, max_words):
            continue
        if i in listed:
            continue
        if len(block) == 1 and i == anchor:
            continue  # the body's only line stays the body
        words = hl.content(text)
        if len(words) < 2:
            continue
        shared = words & lead
        if not shared or hl.cut_short(lines, text):
            continue
        found[i] = (
            len(shared) / len(words) * min(1.0, len(shared) / 3)
            + 0.15 * (1 - (anchor - i) / WINDOW)
            + 0.1 * min(len(text.split()), 10) / 10
            + (_BESIDE if meta is not None and beside_meta(lines, meta, i) else 0.0)
            - (_CREDITED if credit is not None and right_above(lines, credit, i) else 0.0)
        )
    # a line the page gives twice (a label on every menu is there three times or more)
    seen = hl.times(lines, [lines[i] for i in found])
    for i in found:
        if seen[hl.key(lines[i])] == 2:
            found[i] += 0.2
    return found


# A summary's label, with or without its colon: "Key points", "Das Wichtigste in Kürze"
_SUMMARY = re.compile(
    r"(?i:key (?:points|events|facts|takeaways)|what we know(?: so far)?|at a glance|in brief|"
    r"das wichtigste(?: in kürze)?|auf einen blick|l[’']essentiel|en bref|"
    r"ce qu[’']il faut (?:savoir|retenir)|lo (?:más importante|esencial)|claves|en resumen|"
    r"главное|коротко|головне|коротко про головне)\s*:?"
)


def _listed(
    lines: Sequence[str], start: int, end: int, max_words: int, meta: Sequence[bool] | None
) -> set[int]:
    """The items of lists introduced by a label ("Key points:", "What we know:"): two or
    more headline-shaped lines in a row right under a label of two words or more ending in a
    colon, each given once on the page. A summary's points share the lead's words as a
    headline does, but they are not the headline."""
    listed: set[int] = set()
    for k in range(start, end):
        label = lines[k].strip()
        if (not label.endswith(":") or len(label.split()) < 2) and not _SUMMARY.fullmatch(label):
            continue  # (a field's one-word label is no summary's: "Search:", "Inhalt:")
        items = []
        for j in range(k + 1, end + 1):
            text = lines[j].strip()
            if not text:
                continue
            if (meta is not None and meta[j]) or not hl.shaped(text, max_words):
                break
            items.append(j)
        if len(items) >= 2 and max(hl.times(lines, [lines[j] for j in items]).values()) == 1:
            listed.update(items)  # (a line given twice is a headline: "Up next:" over it)
    return listed


def beside_meta(lines: Sequence[str], meta: Sequence[bool], i: int) -> bool:
    """True when the line right above ``i`` or right below it (blank lines aside) is a
    byline or a date line."""
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return any(j is not None and meta[j] for j in (above, below))


def right_above(lines: Sequence[str], marked: Sequence[bool], i: int) -> bool:
    """True when the line right below ``i`` (blank lines aside) is ``marked``: a picture's
    credit (``i`` is its caption), a byline or a date line."""
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return below is not None and marked[below]

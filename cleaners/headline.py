"""The headline of a whole scraped page, chosen by evidence across the page.

A page scraped as all its visible text starts with a masthead, a menu or a breadcrumb, not
with the headline, and the headline itself sits a few lines above the article's body, among
bylines, dates, share buttons and category labels. The first line is only trusted when it has
a headline's shape (not a menu or a breadcrumb) and the body follows it closely (an article as
a scraper that keeps only the article gives it).
Otherwise every line in a window above the body's main block is weighed:

- shape: a headline's (a short line that does not end a sentence, or a question or an
  exclamation), three to ``max_words`` words, not a menu (separators), a date line (a
  headline may name a day), a web address, a row of tags or glued interface labels ("Copy
  LinkURLCopied!");
- the lead repeats its words: the share of its content words (not function words; compared
  by their first letters, so inflections meet) found in the body's first lines of prose,
  scaled down when fewer than three are shared;
- a page repeats its headline (the document title and the heading): a line found twice (a
  menu label, found three times or more, gets nothing for it);
- nearness to the body, and length (a headline says more than a section label);
- a byline or a date line right above or below it (a menu label has other labels around it);
  not a picture's credit right below it (the line is the picture's caption);
- of a headline and the standfirst under it on the same subject, the headline: the
  standfirst is the longer line, or the one the page gives once where it gives the headline
  twice; a label of a few words above a headline is its kicker;
- a teaser cut short ("…") of a line the page gives whole is not it, and a kicker run into
  the headline ("Local news So the auction went") gives way to the headline given alone.

A line with no content word in common with the lead is never chosen (the first line stays the
title when nothing is better). A body without prose (results, a tour's dates) has no lead: its
headline is the line right above it, when that line is shaped as one. Named rules' removals
(calls to action, share buttons, bylines) are never candidates; lines the layout classifier
dropped for their context are. What is asked of one line (its words, key and shape) is
``cleaners.headline_lines``.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from cleaners import headline_lines as hl
from cleaners.headline_scores import beside_meta, right_above, scores
from cleaners.lineshape import is_sentence, words_in

TRUST_FIRST = 5  # the first line is the headline when at most this many lines precede the body
_KICKER = 4  # a line of fewer words right above the headline is a kicker, not the headline
_STANDFIRST = 12  # ... unless the line under it has this many words: a standfirst
_SHARE = 3  # a block with a third of the largest block's words in sentences starts the body
_MENU_ITEM = 2  # words of a menu's item, one to a line
_PROSE = 12  # words of a line that counts as the lead's prose without ending a sentence
_GAP = 4  # kept lines further apart than this start a new block


def main_block(lines: Sequence[str], kept: Sequence[bool]) -> list[int]:
    """The kept lines of the body's main block: kept lines no more than a few lines apart,
    the block with the most words in sentences (an article's paragraphs, not a teaser)."""
    blocks: list[list[int]] = []
    for i, keep in enumerate(kept):
        if not keep:
            continue
        if blocks and i - blocks[-1][-1] <= _GAP:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    if not blocks:
        return []

    def weight(block: list[int]) -> int:
        return sum(words_in(lines[i]) for i in block if is_sentence(lines[i]))

    # the body's first block of weight: a related-stories box can split the article in two,
    # and its headline stands above the first part, not the larger one
    weights = [weight(b) for b in blocks]
    most = max(weights)
    return next(b for b, w in zip(blocks, weights, strict=True) if w * _SHARE >= most)


def _outshone(
    lines: Sequence[str],
    eligible: Sequence[bool],
    title: int,
    anchor: int,
    lead: set[str],
    max_words: int,
    meta: Sequence[bool] | None = None,
) -> bool:
    """True when a line between the first line and the body is plainly the headline and the
    first line is not: a third of its words come back in the lead, and at least two more of
    them than of the first line's ("Search" above "Dresden's Stollen festival, where ..." and a
    lead about the festival; a masthead sharing one word with the lead above a headline
    sharing four). Or it stands right above the byline or the date, shares a word with the
    lead, and the first line shares none and stands beside neither ("Riverton Gazette" above
    "What's on this weekend in Riverton" above "Staff Writer")."""
    first = len(hl.content(lines[title]) & lead)
    by_meta = meta is not None and first == 0 and not beside_meta(lines, meta, title)
    for i in range(title + 1, anchor + 1):
        text = lines[i].strip()
        if not (eligible[i] and hl.shaped(text, max_words)):
            continue
        if _goes_on(lines, i):
            continue  # a sentence broken across lines, not a headline
        words = hl.content(text)
        shared = words & lead
        if len(shared) >= first + 2 and len(shared) * 3 >= len(words):
            return True
        if by_meta and shared and meta is not None and right_above(lines, meta, i):
            return True  # (right above the byline or the date)
    return False


def _menu_under(lines: Sequence[str], eligible: Sequence[bool], title: int, anchor: int) -> bool:
    """True when a menu row (three items or more, no named rule's: not the share buttons)
    stands between the first line and the body: the first line is the page's masthead or
    section name, and the headline comes after the menu ("Home & Living" / "Gift Guides |
    Deals | Reviews" / the headline)."""
    return any(eligible[i] and hl.menu_marks(lines[i]) >= 2 for i in range(title + 1, anchor))


def _menu_column(
    lines: Sequence[str], title: int, anchor: int, meta: Sequence[bool] | None
) -> bool:
    """True when the first line is an item of a menu written one to a line: it and the two
    lines after it are a word or two each, none a byline or a date ("España" /
    "Internacional" / "Deportes" above the headline)."""
    if len(lines[title].split()) > _MENU_ITEM:
        return False
    after = [i for i in range(title + 1, anchor) if lines[i].strip()][:2]
    return len(after) == 2 and all(
        len(lines[i].split()) <= _MENU_ITEM
        and not lines[i].rstrip().endswith((".", "!", "?"))
        and not (meta is not None and meta[i])
        for i in after
    )


def _under_kicker(
    lines: Sequence[str],
    eligible: Sequence[bool],
    title: int,
    anchor: int,
    max_words: int,
    meta: Sequence[bool] | None,
) -> int:
    """The first line of a few words or more under the first line, when the first is a label
    of a few words (a section's name, "Sorties", perhaps with more labels under it) and that
    line is a headline of ordinary length above the body ("Fête de la musique : le programme
    à Nantes"): the label is its kicker. A line of a standfirst's length, a byline or date
    line, or the start of a sentence broken across lines under a short first line leaves the
    first line the headline."""
    if len(lines[title].split()) >= _KICKER:
        return title
    labels = 0
    for i in range(title + 1, anchor):
        text = lines[i].strip()
        if not text:
            continue
        if meta is not None and meta[i]:
            return title  # the byline or the date: the first line heads the article
        words = len(text.split())
        if words < _KICKER and labels < _GAP and _label(text):
            labels += 1
            continue  # more labels: the menu's or the section's ("Cinema")
        ok = eligible[i] and hl.shaped(text, max_words) and _KICKER <= words < _STANDFIRST
        return i if ok and not text[:1].isdigit() and not _goes_on(lines, i) else title
    return title


def _above_list(
    lines: Sequence[str],
    eligible: Sequence[bool],
    anchor: int,
    max_words: int,
    meta: Sequence[bool] | None,
) -> int | None:
    """The line right above a body without prose (results, a tour's dates), bylines and dates
    aside, when it is shaped as a headline of three words or more ("Trail des Crêtes : le
    classement complet"); None when the line there is a menu's label or not a headline."""
    i = anchor - 1
    while i >= 0 and (not lines[i].strip() or (meta is not None and meta[i])):
        i -= 1
    if i < 0 or anchor - i > _GAP:
        return None
    text = lines[i].strip()
    if eligible[i] and hl.shaped(text, max_words) and len(text.split()) >= 3:
        return i
    return None


def _goes_on(lines: Sequence[str], i: int) -> bool:
    """True when the next non-blank line starts in lower case: line ``i`` is the start of a
    sentence broken across lines, not a headline."""
    after = next((x.strip() for x in itertools.islice(lines, i + 1, None) if x.strip()), "")
    return after[:1].islower()


def _label(text: str) -> bool:
    """A menu's or a section's label: a few words, no figure, not introducing a list."""
    return not text.endswith(":") and not any(c.isdigit() for c in text)


def choose(
    lines: Sequence[str],
    kept: Sequence[bool],
    eligible: Sequence[bool],
    title: int | None,
    max_words: int,
    meta: Sequence[bool] | None = None,
    credit: Sequence[bool] | None = None,
) -> int | None:
    """The index of the page's headline: ``title`` when no line is better, None for none.

    ``kept`` marks body lines, ``eligible`` lines that may be the headline (not claimed by a
    named rule), ``meta`` bylines and date lines, ``credit`` pictures' credits; ``title`` is
    the line taken as the title so far (the first line), kept when the body follows it
    closely.
    """
    block = main_block(lines, kept)
    if not block:
        return title
    # the body starts at its first line of prose: short lines kept above it in the same block
    # (a login box, labels, the headline itself) are candidates, not the body
    block = block[_first_prose(lines, block, max_words) :]
    anchor = block[0]
    lead = _lead(lines, block, max_words)
    if not lead:  # a body without prose (a list): no lead to weigh a headline by
        above = _above_list(lines, eligible, anchor, max_words, meta)
        if above is not None:
            return above
    if title is not None and title <= anchor and hl.shaped(lines[title], max_words, min_words=1):
        between = sum(1 for i in range(title + 1, anchor) if lines[i].strip())
        if (
            between <= TRUST_FIRST
            and not _outshone(lines, eligible, title, anchor, lead, max_words, meta)
            and not _menu_under(lines, eligible, title, anchor)
            and not _menu_column(lines, title, anchor, meta)
        ):
            return _under_kicker(lines, eligible, title, anchor, max_words, meta)
    scored = scores(lines, eligible, title, max_words, block, lead, meta, credit)
    if not scored:
        if title is not None and title <= anchor:
            return _under_kicker(lines, eligible, title, anchor, max_words, meta)
        return title
    best = max(scored, key=lambda i: scored[i])  # (the first of equals)
    best = _unlabelled(lines, scored, best)
    return _above_standfirst(lines, eligible, best, lead, max_words, title, meta)


def _unlabelled(lines: Sequence[str], scored: dict[int, float], best: int) -> int:
    """The candidate right beside ``best`` that is ``best`` without its first words: a
    kicker or section label run into the headline ("Local news So the auction went"), given
    again alone."""
    key = hl.key(lines[best])
    for j in range(best - _GAP, best + _GAP + 1):
        if j in scored and j != best:
            other = hl.key(lines[j])
            if len(other) < len(key) and key.endswith(" " + other):
                return j
    return best


def _first_prose(lines: Sequence[str], block: list[int], max_words: int) -> int:
    """The position in ``block`` of its first line of prose (a sentence of eight words or
    more, or a long line) that is not shaped as a headline; 0 when there is none."""
    for n, i in enumerate(block):
        text = lines[i].strip()
        words = words_in(text)
        prose = (words >= 8 and is_sentence(text)) or words >= _PROSE
        if prose and not hl.shaped(text, max_words):
            return n
    return 0


def _lead(lines: Sequence[str], block: list[int], max_words: int) -> set[str]:
    """The content words of the lead: the body's first lines of prose (a sentence, or a long
    line: a lead may end with ":" before a quote or a list), not a heading among them."""
    lead: set[str] = set()
    taken = 0
    for i in block:
        text = lines[i]
        prose = is_sentence(text) or words_in(text) >= _PROSE
        if prose and not hl.shaped(text.strip(), max_words):
            lead |= hl.content(text)
            taken += 1
            if taken == 3:
                break
    return lead


def _above_standfirst(
    lines: Sequence[str],
    eligible: Sequence[bool],
    best: int,
    lead: set[str],
    max_words: int,
    title: int | None = None,
    meta: Sequence[bool] | None = None,
) -> int:
    """The line right above ``best`` when ``best`` is the standfirst under it: a shorter line
    on the same subject (two words of the lead) stands above a longer one. A label of a few
    words above a headline of ordinary length is its kicker ("Climbing news", "Winter tips"
    above the headline), not a headline above a standfirst."""
    i = best - 1
    # (bylines and dates between them aside: a headline above the byline, and under the date
    # the lead run on without its full stop, which a headline's shape cannot tell apart)
    run_on = lines[best].rstrip()[-1:] not in ".!?…"  # (a question under the date is no lead)
    crossed = False  # (a byline or a date between them)
    while i >= 0 and (not lines[i].strip() or (run_on and meta is not None and meta[i])):
        crossed = crossed or bool(lines[i].strip())
        i -= 1
    if i < 0 or not (eligible[i] or i == title):  # (the first line, taken so far)
        return best
    text = lines[i].strip()
    if not hl.shaped(text, max_words):
        return best
    if len(text.split()) < _KICKER and len(lines[best].split()) < _STANDFIRST:
        return best
    if len(text.split()) >= len(lines[best].split()) and not _repeated_over(lines, i, best):
        return best
    # one word of the lead is enough for a headline of a few words right above a standfirst
    # that stands right above the byline or the date (not above a byline and a date that
    # stand above the longer line: a section's name is there as often as the headline)
    beside = meta is not None and right_above(lines, meta, best) and len(text.split()) >= _KICKER
    # across the byline and the date, the run-on lead's own words count as the lead's: the
    # headline sums up the paragraph right under its byline
    words = lead | hl.content(lines[best]) if crossed else lead
    return i if len(hl.content(text) & words) >= (1 if beside else 2) else best


def _repeated_over(lines: Sequence[str], i: int, best: int) -> bool:
    """True when the page gives line ``i`` twice and ``best`` once: a page repeats its
    headline (the document title and the heading), not the standfirst."""
    seen = hl.times(lines, (lines[i], lines[best]))
    return seen[hl.key(lines[i])] == 2 and seen[hl.key(lines[best])] == 1

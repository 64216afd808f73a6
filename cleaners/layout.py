"""Furniture no rule names: a line classifier that weighs evidence and context.

Each line not already claimed by a rule is first judged on its own (``cleaners.line_evidence``):

- ``bad``: a web address, a bare handle, a time stamp, a copyright notice, a sign-up or cookie
  notice, or a line repeated elsewhere on the page;
- ``good``: a sentence of at least 8 words with a normal share of function words;
- ``near``: long, but either no sentence end or few function words;
- ``short``: everything else (headings, labels, one-line quotes, list items).

Then context decides the ``short`` and ``near`` lines, as jusText does: a line between body
text is body (a subheading, a one-line paragraph, a list item); a line among furniture, or
outside the article, is furniture. The page edges count as furniture. Lines removed by a rule
are transparent: a caption between two paragraphs does not make them furniture. A page with
no ``good`` line whose body is a list of items with their figures or dates (results, a tour's
dates: ``cleaners.list_items.item_runs``) has those items as its body text.

What it deliberately does not do: remove a ``good`` line on context alone, so prose is only
lost to explicit evidence.
"""

from __future__ import annotations

import itertools
from collections import Counter

from cleaners import line_evidence, list_items
from cleaners.line_evidence import BAD_REASONS as BAD_REASONS
from cleaners.line_evidence import judge_line as judge_line
from cleaners.linekinds import BAD, FAR, GOOD, NEAR, SHORT, LineEvidence

# line shapes shared with cleaners.boilerplate and cleaners.headline
from cleaners.linewords import SENTENCE_END as SENTENCE_END
from cleaners.linewords import WORD as WORD
from cleaners.linewords import ascii_words as ascii_words
from cleaners.linewords import line_key as line_key
from cleaners.lists import enclosed_runs, in_list

_key = line_key  # (the classifier's own name for it)
_ascii_words = ascii_words

# A gap of this many lines that are not body text separates two blocks of text; a block with
# less than this share of the main block's words is not part of the article.
REGION_GAP = 6
REGION_SHARE = 0.3


def classify(
    lines: list[str],
    candidates: list[int],
    title: str | None = None,
    page: list[str] | None = None,
    furniture: frozenset[int] = frozenset(),
    named: frozenset[int] = frozenset(),
    slots: frozenset[int] = frozenset(),
) -> dict[int, tuple[str, str, LineEvidence]]:
    """Decide the candidate lines; return {index: (keep|drop, rule id, evidence)}.

    ``candidates`` are the lines to decide, in order, and those that only inform their
    neighbours: ``furniture`` (candidates already removed: a repeated paragraph) and ``named``
    (lines a rule removed as furniture), which count as furniture for their neighbours;
    ``named`` lines get no verdict. Every other line (title, blank, metadata, a caption) is
    ignored, so it neither helps nor hurts its neighbours; of those, ``slots`` (an ad's label)
    do not part a list either. ``page`` is every line of the page
    except the title, for counting repeats.
    """
    # repetition is counted over the whole page (``page``), so a line whose later copies
    # were already removed still shows as repeated
    shown = page if page is not None else [lines[i] for i in candidates]
    keys = {t: _key(t) for t in {*shown, *(lines[i] for i in candidates)} if t}
    counts = Counter(keys[t] for t in shown if t)
    # each distinct line once, and not the title's repeat: a repeated line (removed as such)
    # must not make a page read as prose on the first pass and not on the second
    distinct = {keys[lines[i]]: lines[i] for i in candidates if lines[i] and i not in named}
    if title:
        distinct.pop(_key(title), None)
    stops = [line_evidence.stop_counts(t) for t in distinct.values()]
    total = sum(n for n, _ in stops)
    stopword_doc = bool(total) and sum(k for _, k in stops) / total >= 0.08
    seen: set[str] = {_key(title)} if title else set()
    if title:
        counts[_key(title)] += 1
    judged: dict[int, tuple[LineEvidence, str | None]] = {}
    for i in candidates:
        key = keys[lines[i]] if lines[i] else ""
        # -1 marks a later occurrence of a line already seen: always furniture
        repeats = -1 if key in seen and counts[key] > 1 else counts[key]
        seen.add(key)
        # judge_line only tells apart repeats below 0, of 0 or 1, and above 1
        judged[i] = line_evidence.judged(lines[i], max(-1, min(repeats, 2)), stopword_doc)
        if i in furniture:  # already removed (a repeated paragraph): furniture as context
            judged[i] = (_as_bad(judged[i][0]), "layout.repeated")
        elif i in named:  # removed by a rule: furniture as context, decided already
            judged[i] = (_as_bad(judged[i][0]), "rule")
    order = list(candidates)
    cls = {i: judged[i][0].cls for i in order}
    if GOOD not in cls.values():
        # no paragraph of prose: a body that is a list of items with their figures or dates
        # (results, a tour's dates) is the body that context judges by
        for pos in list_items.item_runs([lines[i] for i in order]):
            cls[order[pos]] = GOOD
    # the nearest decided line on each side (the page edge counts as furniture): of good and
    # bad lines only, and of good, bad and near-body lines, found in one pass each way
    seq = [cls[i] for i in order]
    before, before_near = _nearest(seq)
    after, after_near = (x[::-1] for x in _nearest(seq[::-1]))

    def neighbour(pos: int, step: int, skip_near: bool) -> str:
        if step < 0:
            return before[pos] if skip_near else before_near[pos]
        return after[pos] if skip_near else after_near[pos]

    # a near-body line, and a short one between body paragraphs, are not judged by the lines
    # a rule named: a paragraph whose function words read thin (a language the page mixes
    # with another) stays beside a widget, and so does a subheading above an in-article box
    if named:
        core = [SHORT if i in named else cls[i] for i in order]
        core_before, core_after = _nearest(core)[0], _nearest(core[::-1])[0][::-1]
    else:
        core_before, core_after = before, after

    final: dict[int, str] = {}
    if GOOD not in cls.values():
        # Nothing reads as body text (a very short piece, or a script without our function
        # words): context cannot tell body from furniture, so only intrinsic evidence counts.
        for i in order:
            final[i] = BAD if cls[i] == BAD else GOOD
        order = []
    for pos, i in enumerate(order):
        c = cls[i]
        if c in (GOOD, BAD):
            final[i] = c
            continue
        prev, nxt = neighbour(pos, -1, True), neighbour(pos, 1, True)
        if c == NEAR:
            final[i] = BAD if core_before[pos] == BAD and core_after[pos] == BAD else GOOD
            continue
        ev = judged[i][0]
        if core_before[pos] == GOOD and core_after[pos] == GOOD:
            final[i] = GOOD  # between body paragraphs, whatever a rule named beside it
        elif prev == BAD and nxt == BAD:
            final[i] = BAD
        elif (prev == BAD and neighbour(pos, -1, False) == NEAR) or (
            nxt == BAD and neighbour(pos, 1, False) == NEAR
        ):
            final[i] = GOOD
        elif GOOD in (prev, nxt) and ev.sentence and ev.words >= 3:
            final[i] = GOOD  # a short sentence opening or closing the body
        elif prev == GOOD and in_list(lines, order, pos, cls):
            final[i] = GOOD  # a list the body introduced ("...three parts:")
        else:
            final[i] = BAD

    for i in enclosed_runs(order, final, judged, lines, furniture, slots):
        final[i] = GOOD

    far = _far_regions([i for i in candidates if final[i] == GOOD], lines)
    for i in far:
        final[i] = FAR

    out: dict[int, tuple[str, str, LineEvidence]] = {}
    for i in candidates:
        if i in named:
            continue
        ev, rule = judged[i]
        if final[i] == GOOD:
            out[i] = ("keep", "layout.body", ev)
        elif final[i] == FAR:
            out[i] = ("drop", "layout.region", ev)
        elif rule is not None:
            out[i] = ("drop", rule, ev)
        else:
            out[i] = ("drop", "layout.context", ev)
    return out


def _as_bad(ev: LineEvidence) -> LineEvidence:
    """``ev`` with the class ``bad`` (``dataclasses.replace`` costs ten times as much)."""
    return LineEvidence(BAD, ev.words, ev.sentence, ev.stopwords, ev.reason)


def _nearest(seq: list[str]) -> tuple[list[str], list[str]]:
    """For each position, the class of the nearest line before it that is good or bad, and
    of the nearest that is good, bad or near-body; bad at the page's start."""
    decided, near = [], []
    last, last_near = BAD, BAD
    for c in seq:
        decided.append(last)
        near.append(last_near)
        if c in (GOOD, BAD):
            last = last_near = c
        elif c == NEAR:
            last_near = c
    return decided, near


def _far_regions(kept: list[int], lines: list[str]) -> list[int]:
    """Kept lines in blocks far from the main block of text (whole-page renderings).

    Blocks are runs of kept lines separated by at least REGION_GAP other non-blank lines;
    the main block has the most words; blocks after it with under REGION_SHARE of its words
    are far. It does not touch a page that is one block.
    """
    if not kept:
        return []
    blocks: list[list[int]] = [[kept[0]]]
    for prev, cur in itertools.pairwise(kept):
        gap = sum(1 for k in range(prev + 1, cur) if lines[k])
        if gap >= REGION_GAP:
            blocks.append([])
        blocks[-1].append(cur)
    if len(blocks) == 1:
        return []
    words = [sum(len(lines[i].split()) for i in b) for b in blocks]
    main = max(words)
    if main < 0.5 * sum(words):
        return []  # no block dominates (an interview, a list of sections): nothing to prune
    # Only blocks after the main one: text before it is far more often the article's opening
    # cut off by an in-article widget than furniture (menus above an article are caught on
    # their own evidence); on the dev pages this costs 0.001 F1 on whole pages and keeps ledes.
    first = words.index(main)
    return [
        i
        for n, (b, w) in enumerate(zip(blocks, words, strict=True))
        if n > first and w < REGION_SHARE * main
        for i in b
    ]


CONTEXT_REASON = "short or unfinished line among furniture, not between body paragraphs"

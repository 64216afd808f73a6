"""Furniture found by where it sits, the boilerplate pass's structural steps: the teasers
under a related-stories header, teasers and captions glued to other text, a gallery's heading,
a caption or a paragraph given twice, a block of short lines trailing the article, the reader
comments after the body, a rail of other stories' cards and the writer's biography. Each step
reads and marks a page's working state (``cleaners.boilerplate._Page``); the order they run
in is ``cleaners.boilerplate.strip_boilerplate``'s."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from cleaners import authorbox, cards, layout, list_items, list_shapes, lists
from cleaners.actions import BLANK, DROP, KEEP, SPLIT, TITLE
from cleaners.config import BoilerplateConfig
from cleaners.document import Image
from cleaners.lineshape import (
    find_glued_caption,
    glued_headline,
    is_heading,
    is_long_question,
    is_sentence,
    sentences,
    words_in,
)
from cleaners.linewords import topic_words
from cleaners.rules import BYLINE, CAPTION, DATE, HEADER, Rule

if TYPE_CHECKING:
    from cleaners.boilerplate import _Page

_DATED = re.compile(r"[^\W\d_]|\b\d{4}\b")  # a word (month, weekday, "ago") or a year
_WORD = layout.WORD
_LIST_ITEM = list_shapes.LIST_ITEM


def related_blocks(p: _Page, cfg: BoilerplateConfig) -> None:
    # 3. related-story blocks: a header takes the teaser headlines (and one-sentence
    #    summaries right under a teaser headline) that follow it. Once a headline is
    #    followed straight by the next headline, the block lists bare headlines: a sentence
    #    after a later headline is the body again when a paragraph follows it.
    for i in p.nonblank:
        header = p.rule_of[i]
        if header is None or header.kind != HEADER:
            continue
        j = p.next_nonblank(i)
        taken = 0
        summaries = True
        while j is not None and taken < cfg.max_teasers:
            if p.action[j] == DROP:
                j = p.next_nonblank(j)
                continue
            if p.action[j] != KEEP or not is_heading(p.lines[j]):
                break
            p.action[j], p.why[j] = (
                DROP,
                ("related.teaser_headline", "related-story teaser headline"),
            )
            taken += 1
            k = p.next_nonblank(j)
            if k is not None and p.action[k] == KEEP and is_heading(p.lines[k]):
                summaries = False
            elif (
                k is not None
                and (summaries or not _body_follows(p, k))
                and p.action[k] == KEEP
                and is_sentence(p.lines[k])
                and words_in(p.lines[k]) <= 45
                and sentences(p.lines[k]) == 1
            ):
                p.action[k], p.why[k] = DROP, ("related.teaser", "related-story teaser")
                k = p.next_nonblank(k)
            j = k


def glued_teasers(p: _Page) -> None:
    # 3b. a list of other stories rendered without separators: each line a Title Case
    #     headline glued to its summary ("... At Troy SteakhouseA party of six left ...").
    #     One such line can be a camel-case name in prose ("Hugh McPherson"); two within a
    #     few lines of each other are a teaser list.
    glued = [i for i in p.nonblank if p.action[i] == KEEP and glued_headline(p.lines[i])]
    for a, b in itertools.pairwise(glued):
        between = sum(1 for k in range(a + 1, b) if p.action[k] != BLANK)
        if between <= 3:
            for i in (a, b):
                p.action[i] = DROP
                p.why[i] = ("related.glued", "teaser headline glued to its summary")


def _body_follows(p: _Page, k: int) -> bool:
    """True when a paragraph (not a headline, not furniture) follows line ``k``."""
    n = p.next_nonblank(k)
    return n is not None and p.action[n] == KEEP and not is_heading(p.lines[n])


def galleries(p: _Page) -> None:
    # 4. galleries: a short heading right above a caption, with no body text after the
    #    captions, is the gallery's title (a real subheading is followed by paragraphs)
    # (the caption is looked for first: few lines are captions, most of a page's kept lines
    # are heading-shaped; a line's next non-blank line is the next in ``p.nonblank``, as no
    # step blanks a line)
    last_body: int | None = None
    for pos in range(len(p.nonblank) - 1):
        i, j = p.nonblank[pos], p.nonblank[pos + 1]
        rule = p.rule_of[j]
        if rule is None or rule.kind != CAPTION:
            continue
        if p.action[i] != KEEP or not is_heading(p.lines[i], 12):
            continue
        if last_body is None:  # the page's last kept line that is not heading-shaped (a
            # heading this step drops never was that line, so it is found once)
            last_body = next(
                (
                    k
                    for k in reversed(p.nonblank)
                    if p.action[k] == KEEP and not is_heading(p.lines[k])
                ),
                -1,
            )
        if last_body <= j:  # no body text after the captions
            p.action[i], p.why[i] = DROP, ("gallery.header", "gallery header")


def glued_captions(p: _Page) -> None:
    # 5. captions glued to the start of the next paragraph ("..., FloridaTalks were held")
    text_all = "\n".join(dict.fromkeys(p.lines))  # a line repeated verbatim counts once
    for i in p.nonblank:
        if p.action[i] != KEEP:
            continue
        cut = find_glued_caption(p.lines[i], text_all)
        if cut is not None:
            p.action[i] = SPLIT
            p.kept_text[i] = p.lines[i][cut:]
            p.why[i] = ("caption.glued", "photo caption glued to the paragraph")
            p.facts.images.append(Image(caption=p.lines[i][:cut], credit=None, line=i + 1))


def duplicate_captions(p: _Page) -> None:
    # 6. a caption repeated inside another line (slideshow or gallery copy of a caption)
    captions = [p.lines[i] for i in p.nonblank if p.action[i] == DROP and _is_caption(p.rule_of[i])]
    if not captions:
        return
    cores = [_caption_core(c) for c in captions]
    for i in p.nonblank:
        if p.action[i] == KEEP and words_in(p.lines[i]) >= 8:
            core = _caption_core(p.lines[i])
            if core and any(core in c for c in cores):
                p.action[i], p.why[i] = DROP, ("caption.duplicate", "duplicated caption")


def _is_caption(rule: Rule | None) -> bool:
    return rule is not None and rule.kind == CAPTION


def _caption_core(text: str) -> str:
    """The caption's words without counters, credits and separators, for comparison."""
    body = text.split("|")
    longest = max(body, key=len)
    return " ".join(_WORD.findall(longest.lower()))[:200]


def repeated_paragraphs(p: _Page) -> None:
    # 6b. a paragraph that repeats an earlier one (pull quote, caption shown twice)
    seen_body: set[str] = set()
    for i in p.nonblank:
        if p.action[i] not in (KEEP, SPLIT):
            continue
        body = layout.line_key(p.kept_text[i] or p.lines[i])
        if (
            body in seen_body
            and not (is_sentence(p.lines[i]) and words_in(p.lines[i]) < 10)  # "Why now?"
            and not is_long_question(p.lines[i])
        ):
            if p.action[i] == SPLIT:
                p.facts.images = [im for im in p.facts.images if im.line != i + 1]
                p.kept_text[i] = None
            p.action[i], p.why[i] = DROP, ("layout.repeated", layout.BAD_REASONS["layout.repeated"])
        seen_body.add(body)


def trailing_widgets(p: _Page, structured: bool = False) -> None:
    # 7. a block of short heading-shaped lines trailing the article is a widget (a list
    #    introduced by "...:" and a closing question are body, not widgets). In an HTML
    #    page's main content a line in a script without letter case is not taken for a
    #    heading: the extractor put it in the article, and no capital shows a heading.
    block: list[int] = []
    lead_in = None
    for pos in range(len(p.nonblank) - 1, -1, -1):
        i = p.nonblank[pos]
        if p.action[i] == DROP:
            continue
        if (
            p.action[i] == KEEP
            and is_heading(p.lines[i], 10, caseless=not structured)
            and not p.lines[i].rstrip("'\"’”»").endswith("?")
            and not _LIST_ITEM.match(p.lines[i])
            and _has_body_before(p.action, p.lines, i)
        ):
            block.append(i)
            continue
        lead_in = i
        break
    if (
        lead_in is not None
        and p.action[lead_in] == KEEP
        and (p.lines[lead_in].endswith(":") or lists.announces(p.lines[lead_in]))
    ):
        return  # "...the dates:", "Here is what is happening.": the body's list, not a widget
    listed = len(block) >= list_items.MIN_LIST_LINES  # (enough lines for a list)
    dated = list_items.schedule([p.lines[i] for i in block[::-1]]) if listed else None
    if dated is not None:
        # a tour's or a season's dates, each with its place: the body's own list (a button
        # given after each, "Tickets", is left to the layout pass); what follows is the widget
        block = block[: len(block) - dated[1]]
        listed = False
    if listed and list_shapes.tabular([p.lines[i] for i in block[::-1]]):
        return  # results or standings, one cell to a line (the layout pass judges the cells)
    # the article's closing list (a heading over items naming what the story names, or items
    # counted by their labels) is the body's; what follows it is the widget
    repeated = list_items.given_twice(p.lines)  # (a button after each item: asked lazily)
    if listed:
        first = block[-1]
        count = list_items.closing_list(
            [p.lines[i] for i in block[::-1]], lambda: _kept_words(p, first), repeated
        ).lines
        block = block[: len(block) - count]  # (buttons among the items: the layout pass's)
    if block:
        # ... or a closing list that starts above the block: its first items read as
        # sentences ("Opening hours" / "Monday to Friday: 9 a.m. – 8 p.m." / ... / "Sunday:
        # Closed")
        tail = _after_last_paragraph(p)
        if tail:
            listed_lines = tail[
                : list_items.closing_list(
                    [p.lines[i] for i in tail], lambda: _kept_words(p, tail[0]), repeated
                ).lines
            ]
            block = [i for i in block if i not in listed_lines]
    for i in block:
        p.action[i], p.why[i] = DROP, ("widget.trailing", "trailing widget block")


def _kept_words(p: _Page, end: int) -> set[str]:
    """The topic words of the kept lines above line ``end``."""
    return topic_words(*(p.lines[k] for k in range(end) if p.action[k] == KEEP))


def _after_last_paragraph(p: _Page) -> list[int]:
    """The kept lines after the body's last paragraph (a sentence of eight words or more
    that is not a list's item), top down, up to the first removed line."""
    last = next(
        (
            i
            for i in reversed(p.nonblank)
            if p.action[i] == KEEP
            and words_in(p.lines[i]) >= 8
            and is_sentence(p.lines[i])
            and not list_items.is_item(p.lines[i])
        ),
        None,
    )
    if last is None:
        return []
    tail = []
    for i in itertools.islice(p.nonblank, bisect.bisect_right(p.nonblank, last), None):
        if p.action[i] != KEEP:
            break
        tail.append(i)
    return tail


def _has_body_before(action: list[str], lines: list[str], i: int) -> bool:
    return any(
        action[k] == SPLIT or (action[k] == KEEP and not is_heading(lines[k])) for k in range(i)
    )


def comment_section(p: _Page, structured: bool) -> None:
    # 7a. reader comments: everything after a comment-section header that follows 70 % of
    #     the body ("2 comments", "Leave a Reply", "3 thoughts on ..."), but the page's
    #     copyright notice, which the layout pass names (when it runs)
    body_words = [words_in(p.lines[i]) if p.action[i] == KEEP else 0 for i in range(p.n)]
    total = sum(body_words)
    before = 0
    for i in p.nonblank:
        before += body_words[i]
        marker = p.rule_of[i]
        if marker is not None and marker.id == "comment.form" and total and before >= 0.7 * total:
            p.comments_from = i
            for k in range(i + 1, p.n):
                if p.action[k] == KEEP and (structured or not _copyright(p.lines[k])):
                    p.action[k], p.why[k] = DROP, ("comment.section", "reader comments")
            break


def _copyright(line: str) -> bool:
    """Whether ``line`` is a copyright notice, as the layout pass judges it."""
    return layout.judge_line(line, 1, True)[1] == "layout.copyright"


def story_cards(p: _Page) -> None:
    # 7c. a rail of other stories' cards after the layout pass (``cleaners.cards``)
    order = [i for i in p.nonblank if p.action[i] != TITLE]
    kept = [a == KEEP for a in p.action]
    # a date or byline a rule claimed or the classifier took for a time stamp, and its
    # copies (dropped as repeated lines)
    stamp = {
        i
        for i in p.nonblank
        if (p.rule_of[i] is not None and p.rule_of[i].kind in (DATE, BYLINE))  # type: ignore[union-attr]
        or (
            p.why[i] is not None
            and p.why[i][0] == "layout.timestamp"  # type: ignore[index]
            and _DATED.search(p.lines[i]) is not None  # not a slide counter ("2/5")
        )
    }
    claimed = {p.lines[i] for i in stamp}
    dated = [p.action[i] == DROP and p.lines[i] in claimed for i in range(p.n)]
    for i in cards.find(p.lines, order, kept, dated):
        p.action[i], p.why[i] = DROP, (cards.RULE, cards.REASON)
    kept = [a == KEEP for a in p.action]
    for i in cards.find_cut(p.lines, order, kept):
        p.action[i], p.why[i] = DROP, (cards.RULE, cards.CUT_REASON)


def author_boxes(p: _Page) -> None:
    # 7a'. the writer's biography after the article (``cleaners.authorbox``)
    order = [i for i in p.nonblank if p.action[i] != TITLE]
    kept = {i for i in order if p.action[i] == KEEP}
    for i in authorbox.find(p.lines, order, kept):
        p.action[i], p.why[i] = DROP, (authorbox.RULE, authorbox.REASON)

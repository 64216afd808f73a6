"""Decide, for every line of an article, whether it is body or page furniture, and why.

Evidence comes from four places, tried in this order:

1. the rule library (``cleaners.rules``): what a line says ("JOIN US ON TELEGRAM");
2. structure: where a line is and what surrounds it (the teasers under a related-stories
   header, a caption glued to the next paragraph, a heading over a photo gallery, a block of
   short lines trailing the article, a comment section after the body);
3. the layout classifier (``cleaners.layout``): furniture no rule names, judged on the line's
   own evidence and its neighbours;
4. facts: furniture that carries facts (post date, dateline, contributors, captions) is moved
   into metadata instead of disappearing.

Site furniture learned across a corpus is applied later, by ``cleaners.sitelines``.

Nothing here deletes silently: every non-blank line ends up as the title, a body paragraph, or
a removal with a rule id and reason.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from cleaners import authorbox, cards, layout, lists, page_headline, removal_facts
from cleaners.actions import BLANK, DROP, KEEP, SPLIT, TITLE
from cleaners.config import BoilerplateConfig
from cleaners.document import Image, Removal
from cleaners.lineshape import (
    exclaimed_heading,
    find_glued_caption,
    glued_headline,
    is_heading,
    is_long_question,
    is_sentence,
    sentences,
    words_in,
)
from cleaners.rule_cache import RuleCache
from cleaners.rules import (
    BYLINE,
    CAPTION,
    DATE,
    HEADER,
    LINE,
    SCHEDULE_ITEM,
    Rule,
)

STEP = "boilerplate"


_DATED = re.compile(r"[^\W\d_]|\b\d{4}\b")  # a word (month, weekday, "ago") or a year
_TERMINAL = re.compile(r"[.!?…:;]['\"’”»)\]]*$")
_SENTENCE_END = layout.SENTENCE_END
_WORD = layout.WORD


@dataclass(frozen=True, slots=True)
class LineDecision:
    """What happened to one input line. ``kept`` is the text that stays (for ``split``)."""

    line: int
    text: str
    action: str
    rule: str | None = None
    reason: str | None = None
    kept: str | None = None
    evidence: str | None = None


@dataclass(slots=True)
class Facts:
    """Metadata lifted out of furniture."""

    published: str | None = None
    dateline: str | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BoilerplateResult:
    title: str | None
    paragraphs: tuple[str, ...]
    removals: tuple[Removal, ...]
    decisions: tuple[LineDecision, ...]
    facts: Facts
    paragraph_lines: tuple[int, ...] = ()


@dataclass(slots=True)
class _Page:
    """The working state of one article while the steps decide its lines."""

    lines: list[str]
    n: int
    action: list[str]
    rule_of: list[Rule | None]
    why: list[tuple[str, str] | None]
    match_of: list[re.Match[str] | None]
    kept_text: list[str | None]
    evidence: list[str | None]
    facts: Facts
    nonblank: list[int]
    title: str | None = None
    comments_from: int | None = None  # the reader comments' header, when the page has one

    @classmethod
    def of(cls, lines: list[str]) -> _Page:
        n = len(lines)
        action = [BLANK if not t else KEEP for t in lines]
        return cls(
            lines,
            n,
            action,
            [None] * n,
            [None] * n,
            [None] * n,
            [None] * n,
            [None] * n,
            Facts(),
            [i for i in range(n) if action[i] != BLANK],
        )

    def next_nonblank(self, i: int) -> int | None:
        for j in range(i + 1, self.n):
            if self.action[j] != BLANK:
                return j
        return None


def strip_boilerplate(
    lines: list[str],
    rules: tuple[Rule, ...],
    cfg: BoilerplateConfig,
    headline_first: bool = True,
    explain: bool = True,
    structured: bool = False,
) -> BoilerplateResult:
    """Classify every line; return the title, the body paragraphs and the removals.

    It errs towards keeping: a line is removed only when a rule matches it, its position proves
    it is furniture, or the layout classifier finds evidence against it (and a full sentence is
    never removed on context alone), so an unusual but real paragraph stays in the body.
    With ``explain=False`` the result carries no per-line decisions (a batch run drops them).
    With ``structured`` the lines are the blocks an HTML extractor found to be the main
    content: the named rules and the furniture blocks they open (related stories, comment
    sections, trailing widgets) still apply, but nothing is dropped for its shape or context
    alone (the page's structure already put a short line or a list in the article) and the
    headline is the page's own, not searched for.

    >>> from cleaners.rules import compile_rules
    >>> cfg = BoilerplateConfig()
    >>> r = strip_boilerplate(["A Headline", "Body text here.", "Leave a Reply"],
    ...                       compile_rules(cfg), cfg)
    >>> r.title, r.paragraphs, [x.rule for x in r.removals]
    ('A Headline', ('Body text here.',), ['comment.form'])
    """
    p = _Page.of(lines)
    _apply_rules(p, rules)
    _find_title(p, cfg, headline_first)
    _standfirst(p)
    _related_blocks(p, cfg)
    _glued_teasers(p)
    _galleries(p)
    _glued_captions(p)
    _duplicate_captions(p)
    if not structured:
        _repeated_paragraphs(p)
    _trailing_widgets(p, structured)
    _comment_section(p, structured)
    if not structured:
        _layout(p, cfg, explain)
        _story_cards(p)
    _author_boxes(p)
    if not structured:
        _trailing_widgets(p)  # again: lines the classifier removed may have trailed a widget
        page_headline.choose_headline(p, cfg, headline_first)
    removal_facts.facts_from_removals(p)
    removal_facts.dateline(p)
    return _result(p, explain)


def _apply_rules(p: _Page, rules: tuple[Rule, ...]) -> None:
    # 1. rules: the first that matches wins, as ``Rule.match`` tried in order (the dispatch
    #    tries only the rules a line's first character, word count and prefilters leave)
    first = RuleCache.of(rules).first
    for i in p.nonblank:
        hit = first(p.lines[i])
        if hit is not None:
            rule, m = hit
            p.action[i], p.rule_of[i], p.match_of[i] = DROP, rule, m
            p.why[i] = (rule.id, rule.reason)


def _find_title(p: _Page, cfg: BoilerplateConfig, headline_first: bool) -> None:
    # 2. title: the first line, when it has a headline's shape and no rule claimed it
    # (page furniture a rule removed may stand above it: "Skip to content")
    first_kept = next((i for i in p.nonblank if p.action[i] != DROP), None)
    if headline_first and first_kept is not None and p.action[first_kept] == KEEP:
        first = p.lines[first_kept]
        if is_heading(first, cfg.title_max_words) or exclaimed_heading(first, cfg.title_max_words):
            p.action[first_kept], p.title = TITLE, first


def _standfirst(p: _Page) -> None:
    # 2b. the standfirst: a single line between the headline and the byline or date line
    #     is the summary under the headline, not the article's first paragraph (the body
    #     starts after the byline)
    if p.title is None:
        return
    t = next(i for i in p.nonblank if p.action[i] == TITLE)
    j = p.next_nonblank(t)
    if j is None or p.action[j] != KEEP or not is_sentence(p.lines[j]):
        return
    # between it and the body: a block of furniture (a lone date line after the first
    # paragraph is not enough) with the byline or date a rule claimed, and other short
    # unfinished lines (the author's title, a time stamp, share labels)
    k = p.next_nonblank(j)
    meta, between = False, 0
    while k is not None and between < 20:
        if p.action[k] == KEEP and is_sentence(p.lines[k]):
            break
        if p.action[k] == KEEP and words_in(p.lines[k]) > 15:
            return  # unfinished text, not furniture: the body may have started
        rule = p.rule_of[k]
        meta = meta or (rule is not None and rule.kind in (BYLINE, DATE))
        between += 1
        k = p.next_nonblank(k)
    if meta and between >= 2 and k is not None and p.action[k] == KEEP and is_sentence(p.lines[k]):
        p.action[j], p.why[j] = DROP, ("meta.standfirst", "standfirst between headline and byline")


def _related_blocks(p: _Page, cfg: BoilerplateConfig) -> None:
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


def _glued_teasers(p: _Page) -> None:
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


def _galleries(p: _Page) -> None:
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


def _glued_captions(p: _Page) -> None:
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


def _duplicate_captions(p: _Page) -> None:
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


def _repeated_paragraphs(p: _Page) -> None:
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


def _trailing_widgets(p: _Page, structured: bool = False) -> None:
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
    if len(block) >= lists.MIN_LIST_LINES and all(SCHEDULE_ITEM.match(p.lines[i]) for i in block):
        return  # a tour's or a season's dates, each with its place: the body's own list
    if len(block) >= lists.MIN_LIST_LINES and lists.tabular([p.lines[i] for i in block[::-1]]):
        return  # results or standings, one cell to a line (the layout pass judges the cells)
    for i in block:
        p.action[i], p.why[i] = DROP, ("widget.trailing", "trailing widget block")


def _comment_section(p: _Page, structured: bool) -> None:
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


def _story_cards(p: _Page) -> None:
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


def _author_boxes(p: _Page) -> None:
    # 7a'. the writer's biography after the article (``cleaners.authorbox``)
    order = [i for i in p.nonblank if p.action[i] != TITLE]
    kept = {i for i in order if p.action[i] == KEEP}
    for i in authorbox.find(p.lines, order, kept):
        p.action[i], p.why[i] = DROP, (authorbox.RULE, authorbox.REASON)


def _layout(p: _Page, cfg: BoilerplateConfig, explain: bool = True) -> None:
    # 7b. furniture no rule names: judge the remaining lines on evidence and context
    if cfg.layout:
        # split lines take part with the paragraph they keep, and are never dropped here
        copies = frozenset(i for i in p.nonblank if p.why[i] and p.why[i][0] == "layout.repeated")  # type: ignore[index]
        # lines a rule removed as furniture (not metadata, captions or headers) are furniture
        # for their neighbours too; share buttons and ad slots are not: they sit anywhere in
        # an article (a recipe card's "Print" above its ingredients, "Advertisement" between
        # a subheading and its paragraph)
        named = frozenset(
            i
            for i in p.nonblank
            if p.action[i] == DROP
            and (rule := p.rule_of[i]) is not None
            and rule.kind == LINE
            and not rule.id.startswith(("share.", "ad."))
            and p.why[i] is not None
            and p.why[i][0] == rule.id  # type: ignore[index]
        )
        candidates = [
            i for i in p.nonblank if p.action[i] in (KEEP, SPLIT) or i in copies or i in named
        ]
        texts = [p.kept_text[i] or p.lines[i] for i in range(p.n)]
        page = [p.lines[i] for i in p.nonblank if p.action[i] != TITLE]
        verdicts = layout.classify(texts, candidates, p.title, page, copies, named)
        for i, (verdict, lid, ev) in verdicts.items():
            if explain:
                p.evidence[i] = ev.describe()
            if verdict == "drop" and p.action[i] == KEEP:
                p.action[i] = DROP
                p.why[i] = (lid, layout.BAD_REASONS.get(lid, layout.CONTEXT_REASON))
            elif verdict == "keep" and i in copies:  # a table's repeated cell
                p.action[i], p.why[i] = KEEP, None


def _result(p: _Page, explain: bool = True) -> BoilerplateResult:
    """The page's paragraphs and removals, and with ``explain`` a decision for every line."""
    decisions: list[LineDecision] = []
    removals: list[Removal] = []
    paragraphs: list[str] = []
    paragraph_lines: list[int] = []
    for i, action in enumerate(p.action):
        if action == KEEP:
            paragraphs.append(p.lines[i])
            paragraph_lines.append(i + 1)
        elif action in (SPLIT, DROP):
            rid, reason = p.why[i] or (None, None)
            kept = (p.kept_text[i] or "") if action == SPLIT else None
            removed = p.lines[i][: len(p.lines[i]) - len(kept)] if kept is not None else p.lines[i]
            removals.append(Removal(STEP, rid or "", reason or "", i + 1, removed))
            if kept is not None:
                paragraphs.append(kept)
                paragraph_lines.append(i + 1)
            if explain:
                decisions.append(
                    LineDecision(i + 1, p.lines[i], action, rid, reason, kept, p.evidence[i])
                )
            continue
        if explain:
            decisions.append(LineDecision(i + 1, p.lines[i], action, evidence=p.evidence[i]))
    return BoilerplateResult(
        p.title,
        tuple(paragraphs),
        tuple(removals),
        tuple(decisions),
        p.facts,
        tuple(paragraph_lines),
    )


def _is_caption(rule: Rule | None) -> bool:
    return rule is not None and rule.kind == CAPTION


def _caption_core(text: str) -> str:
    """The caption's words without counters, credits and separators, for comparison."""
    body = text.split("|")
    longest = max(body, key=len)
    return " ".join(_WORD.findall(longest.lower()))[:200]


def _has_body_before(action: list[str], lines: list[str], i: int) -> bool:
    return any(
        action[k] == SPLIT or (action[k] == KEEP and not is_heading(lines[k])) for k in range(i)
    )


_LIST_ITEM = lists.LIST_ITEM

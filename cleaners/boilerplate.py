"""Decide, for every line of an article, whether it is body or page furniture, and why.

Evidence comes from four places, tried in this order:

1. the rule library (``cleaners.rules``): what a line says ("JOIN US ON TELEGRAM");
2. structure (``cleaners.structure``): where a line is and what surrounds it (the teasers
   under a related-stories header, a caption glued to the next paragraph, a heading over a
   photo gallery, a block of short lines trailing the article, a comment section after the
   body);
3. the layout classifier (``cleaners.layout``): furniture no rule names, judged on the line's
   own evidence and its neighbours;
4. facts: furniture that carries facts (post date, dateline, contributors, captions) is moved
   into metadata instead of disappearing.

Site furniture learned across a corpus is applied later, by ``cleaners.sitelines``.

Nothing here deletes silently: every non-blank line ends up as the title, a body paragraph, or
a removal with a rule id and reason.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from cleaners import layout, list_items, page_headline, removal_facts, structure
from cleaners.actions import BLANK, DROP, KEEP, SPLIT, TITLE
from cleaners.config import BoilerplateConfig
from cleaners.document import Image, Removal
from cleaners.lineshape import (
    exclaimed_heading,
    is_heading,
    is_sentence,
    words_in,
)
from cleaners.rule_cache import RuleCache
from cleaners.rules import (
    BYLINE,
    DATE,
    LINE,
    Rule,
)

STEP = "boilerplate"


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
    structure.related_blocks(p, cfg)
    structure.glued_teasers(p)
    structure.galleries(p)
    structure.glued_captions(p)
    structure.duplicate_captions(p)
    if not structured:
        structure.repeated_paragraphs(p)
    structure.trailing_widgets(p, structured)
    structure.comment_section(p, structured)
    if not structured:
        _layout(p, cfg, explain)
        structure.story_cards(p)
    structure.author_boxes(p)
    if not structured:
        # again: lines the classifier removed may have trailed a widget
        structure.trailing_widgets(p)
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


# rules for lines an article holds anywhere: not furniture for their neighbours
_SLOTS = ("share.", "ad.")


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
            and not rule.id.startswith(_SLOTS)
            and p.why[i] is not None
            and p.why[i][0] == rule.id  # type: ignore[index]
        )
        # an ad's label between two items written alike does not part their list ("200 g
        # flour" / "ADVERTISEMENT" / "100 g sugar"); elsewhere it parts a run, as share
        # buttons do (it stands between the body and the recommendations under it)
        slots = frozenset(i for i in p.nonblank if _ad_inside_list(p, i))
        candidates = [
            i for i in p.nonblank if p.action[i] in (KEEP, SPLIT) or i in copies or i in named
        ]
        texts = [p.kept_text[i] or p.lines[i] for i in range(p.n)]
        page = [p.lines[i] for i in p.nonblank if p.action[i] != TITLE]
        verdicts = layout.classify(texts, candidates, p.title, page, copies, named, slots)
        for i, (verdict, lid, ev) in verdicts.items():
            if explain:
                p.evidence[i] = ev.describe()
            if verdict == "drop" and p.action[i] == KEEP:
                p.action[i] = DROP
                p.why[i] = (lid, layout.BAD_REASONS.get(lid, layout.CONTEXT_REASON))
            elif verdict == "keep" and i in copies:  # a table's repeated cell
                p.action[i], p.why[i] = KEEP, None


def _ad_inside_list(p: _Page, i: int) -> bool:
    rule = p.rule_of[i]
    if p.action[i] != DROP or rule is None or not rule.id.startswith("ad."):
        return False
    pos = bisect.bisect_left(p.nonblank, i)
    if pos == 0 or pos + 1 >= len(p.nonblank):
        return False
    before, after = p.nonblank[pos - 1], p.nonblank[pos + 1]
    return list_items.alike(p.lines[before], p.lines[after])


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

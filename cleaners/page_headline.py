"""The headline of a whole page, from the boilerplate pass's decisions: which lines may be
the headline, which are bylines and dates, which are pictures' credits (the last step of
``cleaners.boilerplate.strip_boilerplate``; the choice itself is ``cleaners.headline``'s)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cleaners import cards, headline, headline_lines, line_evidence
from cleaners.actions import DROP, KEEP, TITLE
from cleaners.config import BoilerplateConfig
from cleaners.rules import BYLINE, CAPTION, CONTRIBUTORS, DATE

if TYPE_CHECKING:
    from cleaners.boilerplate import _Page


def choose_headline(p: _Page, cfg: BoilerplateConfig, headline_first: bool) -> None:
    """The headline of a whole page: the first line only when the body follows it closely,
    else the line the evidence across the page points to; a first line so replaced was a
    masthead. Then the headline cut short, kept below the article (a most-read list names the
    article itself: "Riverton council closes Main…"), goes."""
    if headline_first:
        _choose(p, cfg)
    if p.title is not None:
        _own_teasers(p, p.title)


def _own_teasers(p: _Page, title: str) -> None:
    for i in p.nonblank:
        if p.action[i] == KEEP and headline_lines.cut_from(p.lines[i], title):
            p.action[i] = DROP
            p.why[i] = (cards.RULE, "a teaser of this very article, cut short (a most-read list)")


# How a page's <title> joins the headline and the site's name: "Headline | Site", "Site –
# Headline", "Headline :: Site"
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|·•–—-]|::|»)\s+")
_TITLE_TAG_SPAN = 12  # the headline under the page's title: within this many lines


def _title_tag(p: _Page, t: int) -> int | None:
    """The line under the first line ``t`` that is the first line without the site's name
    (the page's <title> above its own headline: "Why are fares rising? | Riverton Herald",
    then "Why are fares rising?"), or None."""
    parts = _TITLE_SEPARATOR.split(p.lines[t])
    if len(parts) < 2:
        return None
    keys = {headline_lines.key(part) for part in (parts[0], parts[-1]) if len(part.split()) >= 3}
    keys.discard("")
    if not keys:
        return None
    after = [i for i in p.nonblank if i > t][:_TITLE_TAG_SPAN]
    return next(
        (i for i in after if p.action[i] == KEEP and headline_lines.key(p.lines[i]) in keys), None
    )


def _choose(p: _Page, cfg: BoilerplateConfig) -> None:
    t = next((i for i in p.nonblank if p.action[i] == TITLE), None)
    own = _title_tag(p, t) if t is not None else None
    if own is not None and t is not None:
        p.action[t] = DROP
        p.why[t] = ("meta.masthead", "the page's title: the headline under it and the site's name")
        p.action[own], p.why[own], p.title = TITLE, None, p.lines[own]
        return
    eligible = [
        p.action[i] == KEEP or (p.action[i] == DROP and p.rule_of[i] is None and _by_layout(p, i))
        for i in range(p.n)
    ]
    meta = [_meta_line(p, i) for i in range(p.n)]
    credit = [_credit_line(p, i) for i in range(p.n)]
    pick = headline.choose(
        p.lines, [a == KEEP for a in p.action], eligible, t, cfg.title_max_words, meta, credit
    )
    if pick is None or pick == t:
        return
    if t is not None:
        p.action[t] = DROP
        p.why[t] = ("meta.masthead", "a masthead or page name above the article, not its headline")
    p.action[pick], p.why[pick], p.title = TITLE, None, p.lines[pick]
    _run_on_lead(p, pick, meta)


def _run_on_lead(p: _Page, title: int, meta: list[bool]) -> None:
    """Keep the lead run on without its full stop under the headline's byline and date
    ("Riverton's mayor quit on Monday after a bitter row over the budget", then the body):
    the layout pass dropped it between the date line and the body as a short line among
    furniture, and only the headline's choice tells it from a teaser."""
    after = [i for i in p.nonblank if i > title]
    k = 0
    while k < len(after) and meta[after[k]]:
        k += 1
    if k == 0 or k + 1 >= len(after):
        return  # (no byline or date under the headline: nothing tells a lead)
    lead, nxt = after[k], after[k + 1]
    text = p.lines[lead].strip()
    words, heads = headline_lines.content(text), headline_lines.content(p.lines[title])
    if (
        p.action[lead] == DROP
        and _by_layout(p, lead)
        and p.action[nxt] == KEEP
        and len(text.split()) >= _LEAD_WORDS
        and text[-1:] not in ".!?…:"
        and not _SENTENCE_INSIDE.search(text)  # (one sentence: a caption runs on to its credit)
        and "©" not in text
        and len(words & heads) >= 2
        and len(words & heads) < _REPEATS_TITLE * len(words)  # (not the headline again)
        and _prose(text)
    ):
        p.action[lead], p.why[lead] = KEEP, None


def _prose(text: str) -> bool:
    """Words of a sentence: a share of function words, and no figure (a caption's names and
    places, a date line run into a name, have neither)."""
    tokens, function = line_evidence.stop_counts(text)
    return tokens > 0 and function >= _LEAD_FUNCTION * tokens and not any(map(str.isdigit, text))


_LEAD_FUNCTION = 0.3
_LEAD_WORDS = 8  # a run-on lead is at least a headline's length
_REPEATS_TITLE = 0.7  # of its words the headline's: the headline given again, not the lead
_SENTENCE_INSIDE = re.compile(r"[.!?…]\s+\S")


def _meta_line(p: _Page, i: int) -> bool:
    # a byline or a date line: a rule took its names or date, or the classifier its stamp
    rule, why = p.rule_of[i], p.why[i]
    if rule is not None:
        return rule.kind in (DATE, BYLINE, CONTRIBUTORS)
    return why is not None and why[0] == "layout.timestamp"


def _credit_line(p: _Page, i: int) -> bool:
    # a picture's caption or credit, as a caption rule claimed it
    rule = p.rule_of[i]
    return rule is not None and rule.kind == CAPTION


def _by_layout(p: _Page, i: int) -> bool:
    why = p.why[i]
    return why is not None and why[0].startswith("layout.")

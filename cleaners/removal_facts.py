"""Facts from furniture: what the boilerplate steps removed may carry the post date, the
authors, the contributors and the pictures' captions and credits; they go to metadata instead
of disappearing (steps 8 and 9 of ``cleaners.boilerplate.strip_boilerplate``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaners.actions import DROP, KEEP, SPLIT
from cleaners.document import Image
from cleaners.facts import parse_date, publication_date, split_credit, split_names
from cleaners.rules import BYLINE, CAPTION, CONTRIBUTORS, DATE, DATE_STAMPS, DATELINE

if TYPE_CHECKING:
    from cleaners.boilerplate import _Page


def facts_from_removals(p: _Page) -> None:
    """Step 8 of ``strip_boilerplate``: the facts in the removed lines (post date, authors,
    contributors, captions and credits) go to ``p.facts``."""
    _date_stamps(p)
    dates: list[tuple[str, bool]] = []
    for i in p.nonblank:
        fired, m = p.rule_of[i], p.match_of[i]
        if p.action[i] != DROP or fired is None or m is None:
            continue
        rule = fired
        found = m.groupdict()
        if rule.kind == DATE:
            date = parse_date(found["date"]) if found.get("date") else None
            if date is not None:
                dates.append((date, bool(found.get("updated"))))
            if found.get("names"):
                p.facts.authors.extend(split_names(found["names"]))
        elif rule.kind == CONTRIBUTORS:
            p.facts.contributors.extend(split_names(found["names"]))
        elif rule.kind == BYLINE:
            if found.get("names"):  # a newsroom's credit names no one
                p.facts.authors.extend(split_names(found["names"]))
        elif rule.kind == CAPTION and rule.id != "caption.slideshow":
            if found.get("credit"):  # a credit alone on its line, under a picture
                p.facts.images.append(Image(caption="", credit=found["credit"], line=i + 1))
            else:
                caption, credit = split_credit(p.lines[i])
                p.facts.images.append(Image(caption=caption, credit=credit, line=i + 1))
    p.facts.published = publication_date(dates)


# the layout classifier's ids for a line it removed that may be a date line
_STAMPED = frozenset({"layout.timestamp", "layout.repeated", "layout.context"})


def _date_stamps(p: _Page) -> None:
    """Name a date line the layout classifier removed ("10.04.2026", "2 hours ago") as a post
    date, so that its date is kept. No rule claims such a line before the classifier, for
    which it is evidence about its neighbours (``cleaners.rules.DATE_STAMPS``). The rules'
    answers are remembered per line, as for the rule library (a site's menus and labels come
    back on its every page)."""
    from cleaners.boilerplate import _RuleCache  # (boilerplate runs this step: no import cycle)

    stamps = _RuleCache.of(DATE_STAMPS).first
    for i in p.nonblank:
        why = p.why[i]
        if p.action[i] != DROP or p.rule_of[i] is not None or why is None or why[0] not in _STAMPED:
            continue
        hit = stamps(p.lines[i])
        if hit is not None:
            rule, m = hit
            p.rule_of[i], p.match_of[i], p.why[i] = rule, m, (rule.id, rule.reason)


def dateline(p: _Page) -> None:
    """Step 9: the dateline stays in the body; its date and agency go to metadata."""
    for i in p.nonblank[:6]:
        if p.action[i] in (KEEP, SPLIT):
            dm = DATELINE.match(p.kept_text[i] or p.lines[i])
            if dm:
                p.facts.dateline = dm.group("dateline").strip()
                p.facts.agency = dm.group("agency").strip()
            break

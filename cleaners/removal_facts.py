"""Facts from furniture: what the boilerplate steps removed may carry the post date, the
authors, the contributors and the pictures' captions and credits; they go to metadata instead
of disappearing (steps 8 and 9 of ``cleaners.boilerplate.strip_boilerplate``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cleaners.actions import DROP, KEEP, SPLIT, TITLE
from cleaners.document import Image
from cleaners.facts import (
    parse_date,
    parse_day_first,
    publication_date,
    split_credit,
    split_names,
)
from cleaners.lineshape import is_sentence, words_in
from cleaners.rule_cache import RuleCache
from cleaners.rules import BYLINE, CAPTION, CONTRIBUTORS, DATE, DATE_STAMPS, DATELINE, ROLE
from cleaners.rules.patterns import _AGENCIES, _BY, _UP, _WEEKDAY, DATELINE_ALONE

if TYPE_CHECKING:
    from cleaners.boilerplate import _Page


def facts_from_removals(p: _Page) -> None:
    """Step 8 of ``strip_boilerplate``: the facts in the removed lines (post date, authors,
    contributors, captions and credits) go to ``p.facts``."""
    _date_stamps(p)
    dates: list[tuple[str, bool]] = []
    bare: list[str] = []  # names beside a date without a "By" (``DATE_STAMPS``)
    comments = p.comments_from if p.comments_from is not None else p.n
    for i in p.nonblank:
        fired, m = p.rule_of[i], p.match_of[i]
        if p.action[i] != DROP or fired is None or m is None:
            continue
        rule = fired
        found = m.groupdict()
        if i > comments and rule.kind in (DATE, BYLINE):
            continue  # a reader's comment: "Kommentar von Alex Barritt", "07.04.2020"
        if rule.kind == DATE:
            date = (
                parse_date(found["date"])
                if found.get("date")
                else parse_day_first(found["dmy"])
                if found.get("dmy")
                else None
            )
            if date is not None:
                dates.append((date, bool(found.get("updated"))))
            if found.get("names"):
                p.facts.authors.extend(split_names(found["names"]))
            elif found.get("bare"):
                bare.append(found["bare"])
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
    lower = None  # the page's lower-case words, read once when a bare name needs them
    if not p.facts.authors and bare:
        lower = _lower_words(p)
        p.facts.authors.extend(
            n for n in bare if not _lower_case(n, lower) and not _WEEKDAY_IN.search(n + " ")
        )
    if not p.facts.authors:
        _bare_byline(p, lower)


# A person's name alone on its line: two capitalised words, or three with an initial or a
# particle ("Anna M. Roe", "Christoph von Eichhorn"), and perhaps the agency after it
_TOKEN = rf"{_UP}[^\W\d_]+(?:[-'’]{_UP}?[^\W\d_]+)*"
_BARE_NAME = re.compile(
    rf"(?P<name>(?:{_UP}\.\s?)?{_TOKEN}\s+(?:{_UP}\.\s+|"
    rf"(?:van der|de la|van|von|de|da|del|di|le|la|bin|al)\s+)?{_TOKEN})"
    rf"(?:\s*,?\s+{_AGENCIES})?"
)
# a writer's role alone on its line ("Political Editor", "Chefredakteur"), not a desk
_ROLE_LINE = re.compile(
    rf"(?!(?i:intern|staff|team|desk|redaktion|rédaction|redacción)$)(?:{ROLE})\s*[.,]?"
)
_BYLINE = ("meta.byline", "byline on its own lines (to metadata)")
_WEEKDAY_IN = re.compile(rf"\b{_WEEKDAY}")  # "Blackswan Thursday, May 30, 2019": no name
_AND = re.compile(r"(?i:and|und|et|y|і|и|та|&|,)")
_LONE_BY = re.compile(_BY)  # "By" alone on its line


def _bare_byline(p: _Page, lower: frozenset[str] | None = None) -> None:
    """A byline without its "By" on the same line: the writer's name alone on a line in the
    article's header (after the headline, before the body gets going), under a "By" alone,
    or next to the post date or the writer's role ("Alex Brown" / "Political Editor" / "5
    hours ago"). The layout pass removed it as a short line among furniture, or kept it
    between the standfirst and the lead when the date line is right beside it (it goes
    then); the name goes to ``authors``. A name is a word the page never writes in lower
    case ("Tweet This" is a button: the page says "this")."""
    start = next((k for k, i in enumerate(p.nonblank) if p.action[i] == TITLE), None)
    if start is None:
        return
    zone: list[int] = []
    kept = 0
    for i in p.nonblank[start + 1 : start + 9]:
        if p.action[i] == KEEP and not _kept_name(p, i):
            kept += 1
            if kept == 2:
                break
        zone.append(i)
    lone_by = [
        k
        for k, i in enumerate(zone)
        if p.action[i] == DROP and _LONE_BY.fullmatch(p.lines[i].strip())
    ]
    if not any(
        (_dropped_by_layout(p, i) or _kept_name(p, i)) and _BARE_NAME.fullmatch(p.lines[i].strip())
        for i in zone
    ):
        return
    if lower is None:
        lower = _lower_words(p)
    for k, i in enumerate(zone):
        name = _name(p, i, lower)
        if name is None:
            continue
        near = [zone[n] for n in (k - 1, k + 1) if 0 <= n < len(zone)]
        roles = [j for j in near if _dropped_by_layout(p, j) and _ROLE_LINE.fullmatch(p.lines[j])]
        # under a "By" alone when the header has one, else beside the date or the role (a
        # kept name: right beside a date line a rule named)
        if p.action[i] == KEEP:
            beside = any(_is_stamp(p, j) for j in near if abs(j - i) <= 2) and not lone_by
        else:
            beside = bool(roles) or any(_is_stamp(p, j) for j in near)
        if (k - 1 in lone_by) if lone_by else beside:
            p.facts.authors.append(name)
            if lone_by:
                p.why[zone[k - 1]] = _BYLINE
            # "By" / "David Brand" / "and" / "Ana Ruiz": the names after it too
            while k + 2 < len(zone) and _AND.fullmatch(p.lines[zone[k + 1]].strip()):
                other = _name(p, zone[k + 2], lower)
                if other is None:
                    break
                p.facts.authors.append(other)
                p.why[zone[k + 1]] = p.why[zone[k + 2]] = _BYLINE
                k += 2
            p.action[i], p.why[i] = DROP, _BYLINE
            for j in roles:
                p.why[j] = ("meta.byline", "byline: the author's role")
            return


def _name(p: _Page, i: int, lower: frozenset[str]) -> str | None:
    """The name on line ``i``, if it is a name: no word of it is one the page writes in lower
    case (``lower``)."""
    text = p.lines[i].strip()
    if not (_dropped_by_layout(p, i) or _kept_name(p, i)) or len(text) > 60 or text.isupper():
        return None
    m = _BARE_NAME.fullmatch(text)
    if m is None or _lower_case(m.group("name"), lower) or _ROLE_LINE.fullmatch(text):
        return None  # (not a writer's role: "Staff Writer", "Political Editor")
    return m.group("name")


def _lower_case(name: str, lower: frozenset[str]) -> bool:
    """Whether a capitalised word of ``name`` is one the page writes in lower case."""
    words = [w for w in re.split(r"[\s.]+", name) if w[:1].isupper() and len(w) > 1]
    return any(w.lower() in lower for w in words)


def _lower_words(p: _Page) -> frozenset[str]:
    """The words the page writes in lower case."""
    return frozenset(w for w in re.findall(r"[^\W\d_]+", " ".join(p.lines)) if w.islower())


def _kept_name(p: _Page, i: int) -> bool:
    """A kept line shaped as a name alone (two or three capitalised words, no full stop)."""
    text = p.lines[i].strip()
    return p.action[i] == KEEP and len(text) <= 40 and _BARE_NAME.fullmatch(text) is not None


def _dropped_by_layout(p: _Page, i: int) -> bool:
    why = p.why[i]
    return (
        p.action[i] == DROP
        and p.rule_of[i] is None
        and why is not None
        and why[0].startswith("layout.")
    )


def _is_stamp(p: _Page, i: int) -> bool:
    rule = p.rule_of[i]
    return p.action[i] == DROP and rule is not None and rule.kind in (DATE, BYLINE)


# the layout classifier's ids for a line it removed that may be a date line
_STAMPED = frozenset({"layout.timestamp", "layout.repeated", "layout.context"})


def _date_stamps(p: _Page) -> None:
    """Name a date line the layout classifier removed ("10.04.2026", "2 hours ago") as a post
    date, so that its date is kept. No rule claims such a line before the classifier, for
    which it is evidence about its neighbours (``cleaners.rules.DATE_STAMPS``). The rules'
    answers are remembered per line, as for the rule library (a site's menus and labels come
    back on its every page)."""

    stamps = RuleCache.of(DATE_STAMPS).first
    header = _header(p)
    for i in p.nonblank:
        why = p.why[i]
        # (a date line the layout kept under the headline, beside a standfirst, too)
        kept = i in header and p.action[i] == KEEP and p.rule_of[i] is None
        removed = p.action[i] == DROP and p.rule_of[i] is None and why and why[0] in _STAMPED
        if not (kept or removed):
            continue
        hit = stamps(p.lines[i])
        if hit is not None:
            rule, m = hit
            p.action[i] = DROP
            p.rule_of[i], p.match_of[i], p.why[i] = rule, m, (rule.id, rule.reason)


_HEADER_LINES = 4  # the headline's standfirst, byline and date: within this many lines under it


def _header(p: _Page) -> frozenset[int]:
    """The lines right under the headline, before the body's first paragraph of eight words or
    more that ends a sentence (but for one right under the headline, the standfirst): where
    the standfirst, the byline and the date line stand."""
    t = next((k for k, i in enumerate(p.nonblank) if p.action[i] == TITLE), None)
    if t is None:
        return frozenset()
    zone: list[int] = []
    for i in p.nonblank[t + 1 : t + 1 + _HEADER_LINES]:
        if zone and p.action[i] == KEEP and words_in(p.lines[i]) >= 8 and is_sentence(p.lines[i]):
            break
        zone.append(i)
    return frozenset(zone)


def dateline(p: _Page) -> None:
    """Step 9: the dateline stays in the body; its date and agency go to metadata."""
    for i in p.nonblank[:6]:
        if p.action[i] in (KEEP, SPLIT):
            text = p.kept_text[i] or p.lines[i]
            dm = DATELINE.match(text) or DATELINE_ALONE.fullmatch(text)
            if dm:
                p.facts.dateline = dm.group("dateline").strip()
                p.facts.agency = dm.group("agency").strip()
            break

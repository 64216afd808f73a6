"""Author boxes: the writer's short biography a site prints beside or after the article.

A box has a label ("About the author", "Über den Autor", "AUTOR"), the writer's name and role
on short lines, one paragraph of biography, and often a link to the writer's other posts
("View all posts by ..."). Sometimes there is no label, only the name on a line of its own and
a paragraph that starts with it ("Inga Buller / Inga Buller ist Head of Social ...").

The biography is a full paragraph, so neither the rules (which protect prose) nor the layout
classifier (which never drops a sentence on context alone) remove it. This step does, when the
structure says it is a box: a label or a name line, the shape above, and a place after most of
the body (a byline at the top of the article, "Autor / Max Muster / <first paragraph>", has
most of the body after it and is left alone). A name-led paragraph counts only once on a page:
several are a list of profiles, which is body.
"""

from __future__ import annotations

import re

from cleaners.rules import blog

RULE = "author.box"
REASON = "author box (the writer's biography)"

# Labels that open a box, alone on their line, in the languages the rules cover.
_LABEL = re.compile(
    r"^(?:about the authors?|about the writer|author bio(?:graphy)?|about me|"
    r"authors?|bio|biography|the author|"
    r"über (?:den|die) autor(?:in|en|innen)?|über mich|zum autor|zur autorin|zu den autoren|"
    r"(?:der |die )?autor(?:in|en)?|"
    r"à propos de l['’]auteur(?:e)?|l['’]auteur(?:e)?|sur l['’]auteur(?:e)?|"
    r"sobre el autor|sobre la autora|acerca del autor|acerca de la autora|el autor|la autora|"
    r"o autorze|o autorce|об авторе|про автора|автор)\s*:?$",
    re.IGNORECASE,
)
# "About Jane Doe", "Über Steffi 1009 Artikel": a label only when the box confirms it.
_ABOUT_NAME = re.compile(
    r"^(?i:about|über|à propos de|sobre|o)\s+"
    r"(?P<name>\w[\w.'’-]*(?:\s+\w[\w.'’-]*){0,3}?)(?:\s+\d[\d.,]*\s+\w+)?\s*$"
)
# The link to the writer's other posts that closes many boxes.
MORE_BY = re.compile(rf"^{blog.MORE_BY}.{{0,60}}$", re.IGNORECASE)
_FIRST_PERSON = re.compile(
    r"^(?:\W*(?:hi|hallo|hej|hey|hello|hola|salut)\b\W*\s*)?"
    r"(?:i am|i'm|i’m|ich bin|je suis|soy|me llamo|jestem|я)\s",
    re.IGNORECASE,
)
# What a biography says right after the writer's name ("Jane Doe is ...", "... schreibt seit")
_BIO_VERB = re.compile(
    r"^(?:is|was|works|writes|lives|has been|ist|war|arbeitet|schreibt|lebt|est|était|"
    r"travaille|écrit|es|fue|trabaja|escribe|jest|pisze|pracuje|є|работает|пишет)\b"
)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЄІЇҐ][\w'’.-]+|Dr\.|Prof\.|von|van|de|del|da)$")

_SHORT = 8  # a name or role line
_BIO_MIN, _BIO_MAX = 12, 160  # words in the biography paragraph
# the share of the page's kept words above a box: a quarter for a labelled box, half for a
# name line alone (a byline above the body has next to none)
_BODY_BEFORE_LABEL, _BODY_BEFORE_NAME = 0.25, 0.5


def _words(text: str) -> int:
    return len(text.split())


def _is_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)


def find(lines: list[str], order: list[int], kept: set[int]) -> list[int]:
    """The kept lines of author boxes. ``order`` is the page's non-blank lines in order and
    ``kept`` those still in the body; a box's label and name lines may already be gone."""
    words = [_words(lines[i]) if i in kept else 0 for i in order]
    total = sum(words)
    if not total:
        return []
    before = 0
    boxes: list[list[int]] = []
    name_led: list[list[int]] = []
    for pos, i in enumerate(order):
        share = before / total
        before += words[pos]
        text = lines[i].strip()
        if share < _BODY_BEFORE_LABEL or _words(text) > 6:
            continue
        if _LABEL.match(text):
            box = _box(lines, order, pos, name=None)
            if box:
                boxes.append(box)
            continue
        about = _ABOUT_NAME.match(text)
        if about and _is_name_like(about.group("name")):
            box = _box(lines, order, pos, name=about.group("name"), confirm=True)
            if box:
                boxes.append(box)
            continue
        if _is_name(text) and share >= _BODY_BEFORE_NAME:
            box = _box(lines, order, pos, name=text, confirm=True, led=True)
            if box:
                name_led.append(box)
    if len(name_led) == 1:
        boxes.extend(name_led)
    return sorted({i for box in boxes for i in box if i in kept})


def _is_name_like(name: str) -> bool:
    return all(_NAME_WORD.match(w) for w in name.split())


def _box(
    lines: list[str],
    order: list[int],
    pos: int,
    name: str | None,
    confirm: bool = False,
    led: bool = False,
) -> list[int]:
    """The box opened at ``order[pos]``: up to three short lines, one biography paragraph and
    an optional "more by" line; empty when the lines below are not that shape (or, with
    ``confirm``, when nothing but the shape says it is a box)."""
    box = [order[pos]]
    q = pos + 1
    short = 0
    while q < len(order) and short < 3 and _words(lines[order[q]]) <= _SHORT:
        if MORE_BY.match(lines[order[q]].strip()):
            return []  # a "more by" line before any biography: a byline, not a box
        box.append(order[q])
        short += 1
        q += 1
    if q >= len(order):
        return []
    bio = lines[order[q]].strip()
    if not _BIO_MIN <= _words(bio) <= _BIO_MAX:
        return []
    box.append(order[q])
    more = q + 1 < len(order) and bool(MORE_BY.match(lines[order[q + 1]].strip()))
    if more:
        box.append(order[q + 1])
    if confirm and not more:
        name = name or ""
        if led:
            # a name line and a paragraph that starts with the same full name and says what
            # the writer is or does ("Jane Doe is ...")
            if not (bio.startswith(name + " ") and _BIO_VERB.match(bio[len(name) :].lstrip())):
                return []
        elif not (
            bio.startswith((name + " ", name.split(" ")[0] + " ")) or _FIRST_PERSON.match(bio)
        ):
            return []
    return box

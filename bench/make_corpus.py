"""Make a synthetic corpus of scraped news for newsclean benchmarks: deterministic, any size.

Usage::

    uv run python bench/make_corpus.py OUT_DIR --docs 100000 [--seed 1] [--syndicated 0.33]
        [--start 0]

or from Python: ``generate(Path("OUT_DIR"), docs=2000)`` (returns the summary as a dict).

What it writes under OUT_DIR:

- ``raw/<site>/<yyyy-mm-dd>/<slug>.txt``: one article per file: the headline on the first line,
  then the body paragraphs one per line (some sites put blank lines between them, two use CRLF),
  mixed with that site's page furniture at the top, in the middle and at the bottom: bylines and
  post dates, "Recommended Stories" with teaser headlines of other stories, "Read more:" lines,
  photo captions with credits, "Advertisement", Telegram/Twitter/newsletter calls to action,
  share buttons, comment forms, "Source link", copyright lines, tags, and a few site-specific
  lines no rule knows. Every site has its own fixed set of furniture, used in most articles.
- ``raw/<site>/feed-<n>.jsonl``: three wire sites deliver their articles as JSON Lines
  (``id``, ``title``, ``text``, ``url``, ``published``, ``source``), about 50 records a file.
- ``gold.jsonl``: one line per document, in generation order: ``doc`` (the path under
  ``raw/``, plus ``#<line>`` for a JSONL record), ``story`` (the story id; -1 for junk),
  ``kind`` (original, copy, truncated, exact, mojibake, followup, junk), ``lang`` (en, de,
  fr, es, uk, ru) and ``encoding`` (utf-8, cp1251, cp1252).

What the documents are like:

- Stories are made from templates with nested alternatives and per-story entities (people,
  places, organisations, numbers, dates) drawn from large word lists, so two different stories
  share few word 5-grams; about a fifth of the stories share an "event" (topic, place, people)
  with a few others, so they share names and phrases but not paragraphs. Datelines ("KYIV
  (Reuters) — "), quotes with typographic quotation marks, subheadings and bulleted lists
  appear in some. About 85% are English; German, French, Spanish, Ukrainian and Russian
  stories (about 3% each) are written in those languages, with furniture in the same language.
- A fraction ``--syndicated`` of the documents are copies of an earlier story on another site
  of the same language, with that site's furniture and edits: paragraphs dropped, a changed
  headline, typos, straight instead of curly quotes (or the other way), an editor's note, a
  dateline added or removed, HTML entities; some are truncated after 30-60% of the paragraphs
  with a "Continue reading" line, a few are exact copies and about 3% are mojibake (UTF-8
  decoded as cp1252).
- About 2% are follow-up stories that quote one whole paragraph of an earlier story (not
  duplicates); about 2% of the files are in cp1251 (Ukrainian, Russian) or cp1252; about 0.5%
  are junk: empty files, files of nothing but furniture, and ``.html``/``.pdf`` files.

Document k is a pure function of (seed, syndicated, k): ``--start N --docs M`` generates
documents N .. N+M-1 of the same infinite sequence, so a corpus can be extended later
(``--start 50000 --docs 500`` into the same OUT_DIR appends gold lines and adds files; the
only existing files it touches are the last JSONL feeds, to which records are appended). The
same arguments give byte-identical output: every choice comes from ``random.Random`` seeded
with strings and from blake2b hashes, never from ``hash()`` or the clock.

Story ids are document numbers: an original or follow-up published as document k is story k,
and its copies carry k as their story id.
"""

from __future__ import annotations

import argparse
import bisect
import codecs
import functools
import hashlib
import json
import os
import random
import re
import sys
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# --- the template engine -------------------------------------------------------------------
#
# A template is text with "{key}" fields (filled from the story's entities with format_map)
# and "[a|b|c]" alternatives (one picked at random each time; they nest, and may be empty).
# Compiled, a template is a tuple of parts: a str is literal text, a tuple is a set of
# alternatives, each a str or a tuple of parts.

Tpl = tuple[Any, ...]  # a compiled template
Tv = tuple[str, ...]  # a template's expansions


def _parse(text: str, i: int, nested: bool) -> tuple[Tpl, int]:
    alts: list[Any] = []
    parts: list[Any] = []
    buf: list[str] = []
    while i < len(text):
        ch = text[i]
        if ch == "[":
            if buf:
                parts.append("".join(buf))
                buf = []
            sub, i = _parse(text, i + 1, True)
            parts.append(sub)
            continue
        if nested and ch in "|]":
            if buf:
                parts.append("".join(buf))
                buf = []
            if not parts:
                alts.append("")
            elif all(isinstance(p, str) for p in parts):
                alts.append("".join(parts))
            else:
                alts.append(tuple(parts))
            parts = []
            i += 1
            if ch == "]":
                return tuple(alts), i
            continue
        buf.append(ch)
        i += 1
    if nested:
        raise ValueError(f"unclosed '[' in template: {text!r}")
    if buf:
        parts.append("".join(buf))
    return tuple(parts), i


def _compile(text: str) -> Tpl:
    return _parse(text, 0, False)[0]


VARIANTS = 48  # a template is used as up to this many fixed expansions (fast to fill)


def _count(parts: Tpl) -> int:
    n = 1
    for p in parts:
        if p.__class__ is not str:
            n *= sum(1 if a.__class__ is str else _count(a) for a in p)
    return n


def _enumerate(parts: Tpl) -> list[str]:
    out = [""]
    for p in parts:
        if p.__class__ is str:
            out = [o + p for o in out]
        else:
            opts: list[str] = []
            for a in p:
                opts.extend([a] if a.__class__ is str else _enumerate(a))
            out = [o + x for o in out for x in opts]
    return out


def _expand(parts: Tpl, rnd: Callable[[], float], out: list[str]) -> None:
    for p in parts:
        if p.__class__ is str:
            out.append(p)
        else:
            a = p[int(rnd() * len(p))]
            if a.__class__ is str:
                out.append(a)
            else:
                _expand(a, rnd, out)


def _tidy(s: str) -> str:
    return " ".join(s.split()).replace(" ,", ",").replace(" .", ".")


def _variants(text: str) -> tuple[str, ...]:
    """A template's expansions: all of them, or VARIANTS distinct ones picked at random."""
    parts = _compile(text)
    if _count(parts) <= VARIANTS:
        found = _enumerate(parts)
    else:
        rnd = random.Random(text).random
        seen: dict[str, None] = {}
        for _ in range(VARIANTS * 3):
            out: list[str] = []
            _expand(parts, rnd, out)
            seen["".join(out)] = None
            if len(seen) >= VARIANTS:
                break
        found = list(seen)
    return tuple(dict.fromkeys(_sentence_start(_tidy(v)) for v in found))


# Fields whose values never start with a lower-case letter (names, numbers): no {key__cap}.
_NO_CAP = re.compile(
    r"(p\d|p\ds|qps?|place2?|city2?|co\d|dl|Group1|Num1|He\d|mascot2?|agency"
    r"|pct[1-3x]|count[1-3x]|money[1-3x]|year[1-3x]|num[34x]|small_money)"
)


def _sentence_start(v: str) -> str:
    """Capitalise a variant's first letter now, or mark its first field {key} as {key__cap}."""
    if v.startswith("{"):
        end = v.index("}")
        if _NO_CAP.fullmatch(v[1:end]):
            return v
        return v[:end] + "__cap" + v[end:]
    return v[:1].upper() + v[1:]


def _tpls(text: str) -> tuple[tuple[str, ...], ...]:
    """Templates one per line; a line starting with spaces continues the one before."""
    lines: list[str] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if raw[0] == " " and lines:
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw.strip())
    return tuple(_variants(line) for line in lines)


class Ents(dict[str, str]):
    """A story's entities. Keys ending in "x" ({pctx}, {countx}, {moneyx}, {yearx}, {numx})
    are not stored: each use draws a fresh number from ``rng`` (set only while a body is
    written, so cached stories never draw)."""

    __slots__ = ("fresh", "rng")

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rng: random.Random | None = None
        self.fresh: Callable[[str, random.Random], str] | None = None

    def __missing__(self, key: str) -> str:
        if key.endswith("__cap"):
            base = key[:-5]
            value = self[base]
            value = value[:1].upper() + value[1:]
            if not base.endswith("x"):
                self[key] = value
            return value
        if self.rng is None or self.fresh is None:
            raise KeyError(key)
        return self.fresh(key, self.rng)


class _Deck:
    """Draw without replacement, reshuffling when empty, so a story rarely repeats itself."""

    __slots__ = ("cards", "items", "rnd")

    def __init__(self, items: Any, rnd: Callable[[], float]) -> None:
        self.items = items
        self.rnd = rnd
        self.cards: list[int] = []

    def draw(self) -> Any:
        if not self.cards:
            cards = list(range(len(self.items)))
            for i in range(len(cards) - 1, 0, -1):
                j = int(self.rnd() * (i + 1))
                cards[i], cards[j] = cards[j], cards[i]
            self.cards = cards
        return self.items[self.cards.pop()]


def _shuffled(items: Any, rnd: Callable[[], float], need: int) -> list[Any]:
    """Shuffled copies of items, one after another, at least ``need`` long (a _Deck, drawn
    ahead: pop() from the end)."""
    out: list[Any] = []
    while len(out) < need:
        cards = list(items)
        for i in range(len(cards) - 1, 0, -1):
            j = int(rnd() * (i + 1))
            cards[i], cards[j] = cards[j], cards[i]
        out[:0] = cards
    return out


def _fill(tpl: tuple[str, ...], d: dict[str, str], rnd: Callable[[], float]) -> str:
    """One expansion of the template, filled from d (an Ents, for the {key__cap} fields)."""
    return tpl[int(rnd() * len(tpl))].format_map(d)


def _pick(seq: Any, rnd: Callable[[], float]) -> Any:
    return seq[int(rnd() * len(seq))]


def _two(seq: Any, rnd: Callable[[], float]) -> tuple[Any, Any]:
    """Two distinct items."""
    n = len(seq)
    i = int(rnd() * n)
    j = int(rnd() * (n - 1))
    return seq[i], seq[j + 1 if j >= i else j]


def _sample(seq: Any, k: int, rnd: Callable[[], float]) -> list[Any]:
    """k distinct items (like random.sample, but cheaper for small k)."""
    n = len(seq)
    idx: list[int] = []
    while len(idx) < k:
        i = int(rnd() * n)
        if i not in idx:
            idx.append(i)
    return [seq[i] for i in idx]


def _items(text: str) -> tuple[str, ...]:
    """A "|"-separated list (newlines allowed) as a tuple of stripped items."""
    return tuple(" ".join(x.split()) for x in text.split("|") if x.strip())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Items written "a/b" (or "a" for "a/a")."""
    out = []
    for item in _items(text):
        a, _, b = item.partition("/")
        out.append((a.strip(), (b or a).strip()))
    return tuple(out)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@dataclass(frozen=True)
class Topic:
    name: str
    world: bool
    things: tuple[tuple[str, str], ...]  # (noun phrase, short form for headlines)
    orgs: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]  # (male, female) forms
    acts: tuple[str, ...]  # en: verb phrases; other languages: noun phrases (measures)
    issues: tuple[str, ...]
    groups: tuple[tuple[str, str], ...]  # (with article / nominative, bare / genitive)
    heads: tuple[Tv, ...]
    facts: tuple[Tv, ...]
    items: tuple[Tv, ...]


def _topic(name: str, world: bool = False, **kw: str) -> Topic:
    return Topic(
        name=name,
        world=world,
        things=_pairs(kw["things"]),
        orgs=_items(kw["orgs"]),
        roles=_pairs(kw["roles"]),
        acts=_items(kw["acts"]),
        issues=_items(kw["issues"]),
        groups=_pairs(kw["groups"]),
        heads=_tpls(kw["heads"]),
        facts=_tpls(kw["facts"]),
        items=_tpls(kw["items"]),
    )


@dataclass(frozen=True)
class Pack:
    """Everything one language needs: topics, sentence templates, entities, furniture."""

    code: str
    topics: tuple[Topic, ...]
    topic_weights: tuple[float, ...]
    ents: Callable[[random.Random, Topic], dict[str, str]]
    fresh: Callable[[str, random.Random], str]
    lead: tuple[Tv, ...]
    gen: tuple[Tv, ...]
    background: tuple[Tv, ...]
    closing: tuple[Tv, ...]
    quotes: tuple[Tv, ...]
    qforms: tuple[Tv, ...]
    subheads: tuple[Tv, ...]
    list_intros: tuple[Tv, ...]
    heads: tuple[Tv, ...]
    captions: tuple[Tv, ...]
    datelines: tuple[Tv, ...]
    dateline_p: tuple[float, float]  # probability for local and world topics
    names: Callable[[random.Random], str]  # a random person's name (photo credits, staff)
    date_fmt: Callable[[date], str]
    furn: dict[str, tuple[str, ...]]
    notes: tuple[Tv, ...]


# --- English -----------------------------------------------------------------------------

EN_FIRST_M = _words(
    "James John Robert Michael David William Richard Joseph Thomas Charles Daniel Matthew "
    "Anthony Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George Timothy Ronald Jason "
    "Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon "
    "Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose "
    "Adam Nathan Henry Douglas Zachary Peter Kyle Noah Ethan Jeremy Walter Christian Keith "
    "Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Bruce "
    "Gabriel Logan Alan Juan Albert Elijah Wayne Randy Vincent Mason Roy Ralph Russell Bradley "
    "Philip Eugene Luis Omar Tariq Rahul Hiroshi Kwame Mateo Diego Andriy Oleksandr Dmytro Yusuf "
    "Ibrahim Wei Arjun Malik Desmond Rafael Marco Felix Tobias Lars Sven Declan Callum Rohan"
)
EN_FIRST_F = _words(
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty "
    "Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie "
    "Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela "
    "Nicole Samantha Katherine Christine Helen Rachel Carolyn Janet Maria Catherine Heather "
    "Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith "
    "Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn "
    "Abigail Sophia Frances Jean Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn "
    "Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie Sofia Priya "
    "Aisha Fatima Mei Yuki Amara Chioma Olena Iryna Natalia Leila Ingrid Astrid Camila Lucia "
    "Valentina Nadia Zainab Siobhan Imani Keiko"
)
EN_LAST = _words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
    "Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres "
    "Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts "
    "Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales "
    "Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos "
    "Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes "
    "Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry "
    "Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Romero Jordan "
    "Patterson Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera "
    "Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison "
    "Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker "
    "Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason "
    "Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox "
    "Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan "
    "Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce Hansen Peters Santos Hart Bradley "
    "Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Berry Perkins "
    "Hoffman Johnston Matthews Richards Willis Carpenter Lawrence Sandoval Okonkwo Adeyemi "
    "Mensah Kowalski Novak Horvat Kovalenko Shevchenko Bondarenko Tkachenko Petrenko Nakamura "
    "Tanaka Sato Yamamoto Singh Sharma Gupta Khan Ahmed Hussain Rahman Haddad Nasser Lindqvist "
    "Johansson Eriksen Halvorsen Brandt Fischer Weber Becker Rossi Bianchi Moretti Dubois "
    "Laurent Moreau Fontaine Costa Pereira Oliveira Whitlock Garrity Renner Hutchins Pike "
    "Ortega Brennan Donnelly Quinn Gallagher Doyle Byrne Kavanagh MacLeod Fraser Sinclair "
    "Abernathy Calloway Pruitt Whitfield Larkin Thornton Ashford Ellison Bishop Fairbanks "
    "Hollis Mercer Prescott Radcliffe Sterling Vance Winslow Yates Okafor Banerjee Lindgren"
)
EN_TOWN_A = _words(
    "Cedar Oak Maple Pine Elm Willow Birch Ash Red Stone Iron Silver Gold Copper Harbor North "
    "South East West Green Fair Clear Spring Mill Bridge Brook River Lake Rock Hill High Long "
    "Glen Sun Mount Bay Wood Fox Deer Hawk Eagle Crow Bell Chester Brent Mar Kings Lin Clay "
    "Sand Marsh Frank Edge Ever Haven Ridge Sharon Hamil Walden Ross Ames"
)
EN_TOWN_B = tuple(
    x.replace("_", " ")
    for x in _items(
        "ville|field|ford|ton|wood|brook|port|burg|dale|view|crest|haven|mont|ridge|land|ley|"
        "worth|stead|_Falls|_Springs|_Heights|_Creek|_Junction|_Harbor|_Valley|_Point|_Grove|"
        "_Rapids|_Bluff|_Hollow|_Lake"
    )
)
EN_STATES = _items(
    "Ohio|Iowa|Oregon|Maine|Vermont|Kansas|Nebraska|Montana|Idaho|Utah|Nevada|Texas|Georgia|"
    "Virginia|Michigan|Wisconsin|Minnesota|Missouri|Kentucky|Tennessee|Alabama|Arizona|"
    "Colorado|Indiana|Illinois|Pennsylvania|North Carolina|New York|Washington|Oklahoma"
)
EN_WORLD = _pairs(
    "Kyiv/Ukraine|Kharkiv/Ukraine|Odesa/Ukraine|Lviv/Ukraine|Dnipro/Ukraine|Zaporizhzhia/Ukraine|"
    "Kherson/Ukraine|Mykolaiv/Ukraine|Sumy/Ukraine|Chernihiv/Ukraine|Poltava/Ukraine|"
    "Warsaw/Poland|Berlin/Germany|Paris/France|Brussels/Belgium|London/Britain|Madrid/Spain|"
    "Rome/Italy|Vienna/Austria|Prague/the Czech Republic|Budapest/Hungary|Bucharest/Romania|"
    "Chisinau/Moldova|Vilnius/Lithuania|Riga/Latvia|Tallinn/Estonia|Helsinki/Finland|"
    "Ankara/Turkey|Istanbul/Turkey|Cairo/Egypt|Beirut/Lebanon|Nairobi/Kenya|Lagos/Nigeria|"
    "Accra/Ghana|Johannesburg/South Africa|New Delhi/India|Mumbai/India|Dhaka/Bangladesh|"
    "Jakarta/Indonesia|Manila/the Philippines|Bangkok/Thailand|Tokyo/Japan|Seoul/South Korea|"
    "Taipei/Taiwan|Sydney/Australia|Ottawa/Canada|Mexico City/Mexico|Lima/Peru|"
    "Santiago/Chile|Buenos Aires/Argentina|Geneva/Switzerland|The Hague/the Netherlands|"
    "Athens/Greece|Belgrade/Serbia|Tbilisi/Georgia|Yerevan/Armenia|Almaty/Kazakhstan"
)
EN_STREETS = _words(
    "Main Oak Elm Maple Church Market Water Mill Bridge Union Franklin Jefferson Lincoln "
    "Washington Lake Park Spring Front Broad Pearl Cherry Walnut Chestnut Locust Grant Sycamore"
)
EN_RIVERS = _words(
    "Cedar Platte Wabash Scioto Muskingum Grand Fox Rock Black Red White Green Huron Kalamazoo "
    "Salt Sabine Pecos Snake Willamette Rogue Kennebec Housatonic Allegheny Maumee"
)
EN_CO = _words(
    "Industries Holdings Group Manufacturing Logistics Foods Energy Systems Technologies Motors "
    "Materials Labs Partners Brands Steel Chemicals Robotics Pharma Networks Aerospace"
)
EN_PRODUCTS = _items(
    "battery|packaging|frozen food|software|steel pipe|medical device|furniture|solar panel|"
    "fertilizer|auto parts|pet food|paper|glass|semiconductor|bottled water|cement"
)
EN_MASCOTS = _words(
    "Mudcats Rivermen Comets Lumberjacks Falcons Grizzlies Stingrays Miners Pioneers Thunder "
    "Ironmen Otters Bison Herons Foxes Sentinels"
)
EN_DAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
EN_MONTHS = _words(
    "January February March April May June July August September October November December"
)
EN_NUMW = _words("two three four five six seven eight nine ten eleven twelve")
EN_AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg", "UPI")
EN_ISSUE_REF = _items(
    "legal cannabis sales|a new sales tax|term limits|school funding|the city charter|"
    "a hotel tax|ranked-choice voting|a library levy"
)

_IRREGULAR = {
    "cut": "cut",
    "shut": "shut",
    "put": "put",
    "set": "set",
    "buy": "bought",
    "send": "sent",
    "shoot": "shot",
    "build": "built",
    "pay": "paid",
    "sell": "sold",
    "freeze": "froze",
    "take": "took",
    "make": "made",
    "hold": "held",
    "keep": "kept",
    "lead": "led",
    "bring": "brought",
    "give": "gave",
    "spend": "spent",
    "win": "won",
    "seek": "sought",
    "lose": "lost",
    "begin": "began",
    "split": "split",
}
_DOUBLE = {"ban", "cap", "plan", "stop", "drop", "scrap", "ship", "step"}


def _en_past(phrase: str) -> str:
    w, sep, rest = phrase.partition(" ")
    if w in _IRREGULAR:
        p = _IRREGULAR[w]
    elif w in _DOUBLE:
        p = w + w[-1] + "ed"
    elif w.endswith("e"):
        p = w + "d"
    elif w.endswith("y") and w[-2] not in "aeiou":
        p = w[:-1] + "ied"
    else:
        p = w + "ed"
    return p + sep + rest


def _en_third(phrase: str) -> str:
    w, sep, rest = phrase.partition(" ")
    if w == "have":
        p = "has"
    elif w.endswith(("s", "sh", "ch", "x", "z", "o")):
        p = w + "es"
    elif w.endswith("y") and w[-2] not in "aeiou":
        p = w[:-1] + "ies"
    else:
        p = w + "s"
    return p + sep + rest


def _en_money(rng: random.Random, big: bool) -> str:
    r = rng.random
    x = r()
    if big and x < 0.12:
        return f"${(11 + int(r() * 85)) / 10:g} billion"
    if x < 0.8:
        y = r()
        v = (
            2 + int(r() * 98)
            if y < 0.34
            else (12 + int(r() * 88)) / 10
            if y < 0.67
            else 100 + int(r() * 801)
        )
        return f"${v:g} million"
    return f"${(15 + int(r() * 976)) * 1000:,}"


@functools.cache
def _en_role(title: str) -> tuple[str, str]:
    """A role as a title before a name, and as a description after it ("the city engineer")."""
    plain = " ".join(w if (w.isupper() and len(w) > 1) else w.lower() for w in title.split())
    if title.startswith("*"):
        title = title[1:]
        plain = plain[1:]
        art = "an" if plain[:1] in "aeiou" else "a"
        return title, f"{art} {plain}"
    return title, f"the {plain}"


_EN_PERSON_KEYS = tuple(
    (f"p{i}", f"p{i}s", f"r{i}", f"r{i}l", f"he{i}", f"He{i}", f"his{i}") for i in (1, 2, 3, 4, 5)
)
_EN_HE = ("he", "He", "his")
_EN_SHE = ("she", "She", "her")


def _en_ents(rng: random.Random, topic: Topic) -> dict[str, str]:
    r = rng.random

    def c(seq: Any) -> Any:
        return seq[int(r() * len(seq))]

    def ri(lo: int, hi: int) -> int:
        return lo + int(r() * (hi - lo + 1))

    d: dict[str, str] = {}
    if topic.world:
        (city, country), (city2, _) = _two(EN_WORLD, r)
        d.update(place=city, city=city, place2=city2, city2=city2, country=country, state=country)
        d["dl"] = city.upper()
        d["county"] = f"the {city} region"
    else:
        place = c(EN_TOWN_A) + c(EN_TOWN_B)
        place2 = c(EN_TOWN_A) + c(EN_TOWN_B)
        state = c(EN_STATES)
        d.update(place=place, city=place, place2=place2, city2=place2, state=state)
        d["country"] = "the United States"
        d["dl"] = f"{place.upper()}, {state}"
        d["county"] = c(EN_LAST) + " County"
    d["street"] = c(EN_STREETS)
    d["route"] = str(ri(2, 199))
    d["river"] = c(EN_RIVERS)
    for i in (1, 2, 3):
        d[f"co{i}"] = f"{c(EN_LAST)} {c(EN_CO)}"
    d["product"] = c(EN_PRODUCTS)
    d["mascot"], d["mascot2"] = _two(EN_MASCOTS, r)
    d["score"] = f"{ri(3, 9)}-{ri(0, 2)}"
    percent = " percent" if r() < 0.7 else "%"
    for i in (1, 2, 3):
        v = ri(2, 19) if i == 1 else (ri(10, 45) if i == 2 else ri(20, 88))
        if r() < 0.2:
            d[f"pct{i}"] = f"{v}.{ri(1, 9)}{percent}"
        else:
            d[f"pct{i}"] = f"{v}{percent}"
    d["money1"] = _en_money(rng, True)
    d["money2"] = _en_money(rng, True)
    d["money3"] = _en_money(rng, False)
    d["small_money"] = c((f"${ri(2, 40)}", f"${ri(2, 19)}.{c('2557')}0"))
    for i in (1, 2, 3):
        d[f"count{i}"] = f"{ri(12, 2500) * 100:,}" if i != 3 else f"{ri(15, 900) * 10:,}"
    n1, n2 = _two(EN_NUMW, r)
    d["num1"], d["num2"], d["Num1"] = n1, n2, n1.capitalize()
    d["num3"] = str(ri(12, 95))
    d["num4"] = str(int(d["num3"]) + ri(3, 60))
    d["yrs"] = str(ri(5, 45))
    d["year1"] = str(ri(1948, 1999))
    d["year2"] = str(ri(2008, 2024))
    d["year3"] = str(ri(2026, 2032))
    d["day1"], d["day2"], d["day3"] = _sample(EN_DAYS, 3, r)
    m1, m2 = _two(EN_MONTHS, r)
    d["month1"], d["month2"] = m1, m2
    d["date1"] = f"{m1} {ri(1, 28)}"
    d["time1"] = c((f"{ri(1, 11)}:{c('0134')}{c('05')} {c(('a.m.', 'p.m.'))}", f"{ri(1, 11)} p.m."))
    d["vote"] = c(("4-1", "5-2", "6-3", "7-2", "3-2", "5-4", "8-1", "6-1"))
    d["mw"] = str(ri(20, 900))
    d["inches"] = str(ri(3, 24))
    d["acres"] = f"{ri(8, 950) * 100:,}"
    d["bail"] = f"${ri(5, 500) * 1000:,}"
    d["salary"] = f"${ri(38, 92) * 1000:,}"
    d["rent"] = f"${ri(9, 38) * 100:,}"
    d["alt"] = f"{ri(40, 3600) * 10:,}"
    d["mins"] = str(ri(15, 60))
    d["kmh"] = str(ri(60, 180))
    d["agency"] = c(EN_AGENCIES)
    d["issue_ref"] = c(EN_ISSUE_REF)
    roles, n_roles, n_last = topic.roles, len(topic.roles), len(EN_LAST)
    for keys in _EN_PERSON_KEYS:
        female = r() < 0.45
        firsts = EN_FIRST_F if female else EN_FIRST_M
        first = firsts[int(r() * len(firsts))]
        last = EN_LAST[int(r() * n_last)]
        title, desc = _en_role(roles[int(r() * n_roles)][0])
        pronouns = _EN_SHE if female else _EN_HE
        d.update(zip(keys, (f"{first} {last}", last, title, desc, *pronouns), strict=True))
    (t1, h1), (t2, h2) = _two(topic.things, r)
    d["thing"] = t1.format_map(d)
    d["thing_h"] = h1.format_map(d)
    d["thing2"] = t2.format_map(d)
    d["thing2_h"] = h2.format_map(d)
    for i, org in enumerate(_sample(topic.orgs, 3, r), start=1):
        o = org.format_map(d)
        d[f"org{i}"] = o
        d[f"org{i}h"] = _cap(o[4:] if o.startswith("the ") else o)
    for i, act in enumerate(_two(topic.acts, r), start=1):
        a = act.format_map(d)
        d[f"act{i}"] = a
        d[f"act{i}p"] = _en_past(a)
        d[f"act{i}h"] = _en_third(a)
    d["issue1"], d["issue2"] = _two(topic.issues, r)
    (g1, _), (g2, _) = _two(topic.groups, r)
    d["group1"], d["group2"], d["Group1"] = g1, g2, _cap(g1)
    return d


def _en_fresh(key: str, rng: random.Random) -> str:
    """Fresh numbers for {pctx}, {countx}, {moneyx}, {yearx}, {numx}."""
    r = rng.random
    if key == "pctx":
        return f"{2 + int(r() * 74)} percent"
    if key == "countx":
        return f"{(12 + int(r() * 2489)) * 100:,}"
    if key == "moneyx":
        return _en_money(rng, False)
    if key == "yearx":
        return str(2005 + int(r() * 20))
    if key == "numx":
        return str(12 + int(r() * 84))
    raise KeyError(key)


EN_TOPICS = (
    _topic(
        "local government",
        things="""the {place} water treatment plant/water plant|the {street} Street bridge/bridge|
        the downtown parking garage/parking garage|the new public library/library|
        the {place} wastewater system/sewer system|the county jail expansion/jail expansion|
        the municipal pool on {street} Avenue/city pool|the Route {route} bypass/bypass|
        the {place} community center/community center|the landfill on {street} Road/landfill""",
        orgs="""the {place} City Council|{county} commissioners|the {county} Board of Supervisors|
        the {place} Planning Commission|the state Department of Transportation|
        the {place} Public Works Department|the {place} Water Authority""",
        roles="""Mayor|City Manager|*Council Member|Commission Chair|Public Works Director|
        County Administrator|City Engineer|Finance Director|Council President|Planning Director""",
        acts="""approve a {money1} overhaul of {thing}|delay a vote on {thing}|
        raise water rates by {pct1}|hire an outside firm to review {thing}|
        put {thing} to a public referendum|borrow {money2} to pay for {thing}|
        close {thing} for repairs|scrap plans for {thing}""",
        issues="""the cost to taxpayers|years of deferred maintenance|rising construction costs|
        the safety of the structure|the county’s credit rating|a shortage of contractors|
        complaints from nearby residents|traffic during construction""",
        groups="residents|homeowners|ratepayers|local businesses|commuters|neighbors|taxpayers",
        heads="""
{place} council [delays|postpones|puts off] vote on {thing_h}
{county} [approves|backs|signs off on] {money1} {thing_h} [upgrade|overhaul|plan]
Residents [push back on|question|pack meeting over] {place} {thing_h} plan
{place} to [raise|hike] water rates {pct1} to pay for {thing_h}
[What the|Why the] {thing_h} vote [matters|means a lot] for {place}
{place} {thing_h} [will cost|could cost] {money1}, [engineers say|study finds]
""",
        facts="""
{thing} was built in {year1} and [serves|supplies] about {count1} [residents|households|customers]
    in {place} and [{num1} neighboring towns|the surrounding area].
Engineers told the [board|council] [last year|in {month1}|in a {year2} report] that [several of
    its pumps were|the main structure was|much of the equipment was] [operating well past its
    expected lifespan|in poor condition|close to failing].
Construction [is expected to|could] [begin|start] in [the fall|the spring|{month1}] and [take
    about {num1} years|last until {year3}|run through at least next summer].
To pay for the project, {org1} will [issue bonds|dip into reserves|seek state grants] and raise
    [rates|fees|property taxes] by about {pct1} a year[ for the next {num1} years|].
For a typical household, that would add roughly {small_money} a month to the [bill|tax bill]
    [in the first year|by {year3}|].
[Several|A dozen|More than {num3}] residents who spoke at the meeting raised concerns about
    {issue1}[, including {issue2}|].
{org2} will hold [two|three] public information sessions on {thing} in {month1}, one in {place}
    and one in {place2}.
The [work|project] [will|would] [close|narrow] {street} Street to one lane for [about|at least]
    {num1} months, [city officials|staff] said.
""",
        items="""
{money2} for new pumps and filters
a backup generator at the main building
{num2} new full-time maintenance jobs
a rate increase of {pct1} a year
repaving of {street} Avenue
a public dashboard tracking construction progress
new sidewalks along Route {route}
""",
    ),
    _topic(
        "courts and crime",
        things="""the fraud case against {p2}/fraud case|the {place} warehouse fire/warehouse fire|
        the embezzlement trial of {p2}/embezzlement trial|the shooting outside a {place} nightclub/
        nightclub shooting|the lawsuit over {place}’s police contract/police lawsuit|
        the investigation into missing county funds/missing funds probe|
        the hit-and-run on {street} Avenue/hit-and-run""",
        orgs="""the {county} Sheriff’s Office|the {place} Police Department|
        the district attorney’s office|a federal grand jury|the state attorney general’s office|
        the {county} Superior Court""",
        roles="""Police Chief|District Attorney|Sheriff|*Defense Attorney|Judge|*Detective|
        *Assistant District Attorney|Police Spokesperson|*Public Defender""",
        acts="""charge {num1} people in connection with {thing}|reopen {thing}|
        seek a plea deal in {thing}|release body camera footage from {thing}|
        drop the most serious charges in {thing}|ask the public for help with {thing}""",
        issues="""a backlog of unsolved cases|the handling of evidence|
        a shortage of patrol officers|
        the length of pretrial detention|public trust in the department|gun violence downtown""",
        groups="witnesses|the victims’ families|neighbors|jurors|prosecutors|defense lawyers",
        heads="""
{Num1} charged in {place} {thing_h}
Judge [delays|moves up|sets date for] trial in {thing_h}
{place} police release [new details|footage|a sketch] in {thing_h}
Prosecutors [drop|add] charges in {thing_h}
[Jury seated|Testimony begins|Closing arguments set] in {thing_h}
""",
        facts="""
According to court documents, {p2} is accused of [diverting|taking|misusing] more than {money3}
    [from the county’s accounts|from a charity {he2} ran|between {year2} and {year3}].
{p2s} has pleaded not guilty [to all charges|and is free on a {bail} bond|and remains in custody].
Officers [were called to|responded to] the area shortly after {time1} and found [two men|a woman|a
    man] with [gunshot wounds|serious injuries].
The case [is scheduled to go to trial|returns to court] on {date1}[, when|, and] {r3l} {p3} [is
    expected to rule on several motions|will hear arguments from both sides].
If convicted, {p2s} could face up to {num3} years in prison.
Investigators have [interviewed|spoken with] more than {num3} witnesses and [reviewed|collected]
    hours of surveillance video[ from nearby businesses|].
""",
        items="""
{num1} counts of wire fraud
one count of conspiracy
a charge of obstruction of justice
{num2} counts of tax evasion
one count of money laundering
""",
    ),
    _topic(
        "business",
        things="""the {co1} factory in {place}/factory|the planned merger with {co2}/merger|
        the company’s {product} division/{product} unit|
        the new distribution center near {place}/warehouse|{co1}’s quarterly earnings/earnings|
        the job cuts at {co1}/job cuts""",
        orgs="""{co1}|{co2}|the {place} Chamber of Commerce|the state economic development agency|
        the workers’ union|the company’s board of directors""",
        roles="""Chief Executive|Chief Financial Officer|Plant Manager|Union President|
        Economic Development Director|Company Spokesperson|*Analyst""",
        acts="""cut {count2} jobs|open a {money1} plant in {place}|buy {co2} for {money2}|
        raise prices by {pct1}|move its headquarters to {place2}|expand {thing}|
        close {thing}""",
        issues="""higher borrowing costs|weak demand|supply chain delays|rising labor costs|
        competition from overseas|tariffs on imported parts""",
        groups="workers|shareholders|suppliers|customers|investors|employees",
        heads="""
{co1} to cut {count2} jobs [at {place} {thing_h}|in {place}]
{co1} [posts|reports] {pct1} [rise|drop] in quarterly [profit|sales]
{co1} agrees to buy {co2} for {money2}
{co1} picks {place} for {money1} [plant|expansion]
""",
        facts="""
{co1} reported [revenue|sales] of {money2} for the quarter, [up|down] {pct1} from a year earlier,
    [and|while] [profit|net income] [rose|fell] to {money3}.
Shares of {co1} [rose|fell|slipped|jumped] {pct2} in [early|afternoon|after-hours]
    trading[ on {day1}|].
The company employs about {count1} people[ worldwide|], including {count3} at its [plant|
    headquarters|offices] in {place}.
Analysts [had expected|polled by {co3} had forecast] [earnings|revenue] of {money3}[ for the
    period|].
The [deal|plan|expansion] [is expected to close|should be completed] [by the end of {year3}|in
    {month1}|early next year], pending [regulatory approval|a shareholder vote].
""",
        items="""
a {money2} investment in new equipment
{count3} new jobs by {year3}
a {pct2} cut in operating costs
the sale of its {product} business
a new plant in {place2}
""",
    ),
    _topic(
        "energy",
        things="""the {place} wind farm/wind farm|the proposed gas pipeline/pipeline|
        the {place} nuclear plant/nuclear plant|the coal-fired power station near {place}/
        power station|the regional power grid/power grid|the {place} solar park/solar park""",
        orgs="""{co1}|the state utility commission|the grid operator|{place} Electric|
        the Energy Department|a coalition of environmental groups""",
        roles="""Energy Secretary|Utility Spokesperson|Grid Operator Chief|Plant Director|
        *Environmental Lawyer|*Energy Analyst""",
        acts="""shut down {thing}|raise electricity prices by {pct1}|approve {thing}|
        restore power to {count1} customers|extend the life of {thing}|delay {thing}""",
        issues="""the cost of electricity|winter supply|emissions targets|noise and bird deaths|
        the reliability of the grid|property values along the route""",
        groups="customers|households|factories|landowners|environmental groups",
        heads="""
{place} [wind farm|solar park] wins approval despite [local opposition|objections]
Utility seeks {pct1} rate increase as {issue1} [weighs|bites]
[Regulators|State] [approve|reject] {thing_h} near {place}
Power [restored to|still out for] {count1} customers in {county}
""",
        facts="""
{thing} [can generate|would produce] up to {mw} megawatts, enough to power about {count1} homes.
Electricity prices in the region have [risen|climbed|jumped] {pct2} since {year2}[, according to
    {org2}|].
[Opponents|Critics|Landowners along the route] say {thing} would [harm wildlife|spoil the
    landscape|lower property values] and [have vowed to|plan to] [appeal|challenge] the
    decision[ in court|].
The plant has been [offline|operating at reduced capacity] since {month1} because of [a cooling
    problem|repairs to a turbine|a fault in a transformer].
""",
        items="""
{mw} megawatts of new capacity
{money2} for grid upgrades
a {pct2} cut in emissions by {year3}
{num2} new substations
compensation for affected landowners
""",
    ),
    _topic(
        "transport",
        things="""the {place} light rail line/rail line|the airport expansion/airport expansion|
        the {place} bus network overhaul/bus overhaul|the streetcar line to {place2}/
        streetcar line|the Route {route} widening project/highway project|
        the new {place} ferry terminal/ferry terminal""",
        orgs="""the regional transit authority|the state Department of Transportation|
        the airport authority|the {place} Transit Agency|the Federal Transit Administration""",
        roles="""Transit Director|Transportation Secretary|Airport Director|Project Manager|
        Rail Union Leader|*Transportation Planner""",
        acts="""reopen {thing}|delay {thing} by {num1} years|cut service on {num3} routes|
        raise fares by {pct1}|award a {money1} contract for {thing}|pause {thing}""",
        issues="""ridership that has not recovered|cost overruns|delays on the busiest routes|
        driver shortages|the safety of the tracks|noise for nearby homes""",
        groups="commuters|riders|passengers|drivers|students",
        heads="""
{thing_h} in {place} [delayed|pushed back] [again|to {year3}]
{place} [transit agency|officials] [to cut|will restore] service on {num3} routes
[Fares|Tolls] to rise {pct1} [in {month1}|next year] in {place}
{org1h} awards {money1} contract for {thing_h}
""",
        facts="""
About {count1} [passengers|riders|commuters] used the line [every day|each weekday] before [the
    closure|the pandemic|the work began].
The project is {pct2} over budget and [at least|about] {num1} years behind schedule, [according to
    |based on] [a state audit|internal documents] [released|obtained] [on {day1}|last week].
[Trains|Buses|Streetcars] will run every {mins} minutes during [rush hour|peak hours] and [less
    often|every hour] [in the evening|at night|on weekends].
""",
        items="""
{num2} new stations
a fare cap of {small_money} a day
new trains from {co1}
{count3} extra parking spaces
service every {mins} minutes at peak hours
""",
    ),
    _topic(
        "weather",
        things="""the storm/storm|the wildfire near {place}/wildfire|
        the flooding along the {river} River/floods|the heat wave/heat wave|
        the tornado that struck {place}/tornado|the ice storm/ice storm""",
        orgs="""the National Weather Service|the state emergency management agency|
        the {county} Fire Department|the Red Cross|the {place} school district|{place} Electric""",
        roles="""Fire Chief|Emergency Management Director|*Meteorologist|Governor|
        School Superintendent|Utility Spokesperson""",
        acts="""close schools in {num1} districts|order evacuations in {place2}|
        open emergency shelters|declare a state of emergency|
        restore power to {count1} customers|lift the boil-water advisory""",
        issues="""rising river levels|downed power lines|icy roads|strong winds|dry conditions|
        the risk of flash floods""",
        groups="residents|drivers|farmers|families|homeowners",
        heads="""
{thing_h} [closes schools|knocks out power|snarls traffic] across {county}
[Evacuations ordered|Shelters open] as {thing_h} [nears|hits] {place}
{count2} without power after {thing_h}
{place} [cleans up|digs out] after {thing_h}
""",
        facts="""
{thing} dropped as much as {inches} inches of [snow|rain] [on parts of|across] {county}[ on
    {day1} night| over the weekend], the National Weather Service said.
State police reported more than {num3} crashes between midnight and {time1}, most of them minor.
[About|Nearly|More than] {count2} [homes and businesses|customers] [lost power|were without power]
    at the height of {thing}.
Forecasters expect temperatures to [rise above freezing|fall below zero|stay above 100 degrees]
    by {day2}, which could [bring|cause] [minor flooding|more outages|a quick melt] in
    low-lying areas[ near the river|].
The fire had burned [about|more than] {acres} acres by {day2} and was {pct2} contained.
""",
        items="""
Shelter at {place} High School, open 24 hours
Sandbags available at the {street} Street fire station
Cooling center at the {place} library until {time1}
Road closures on Route {route}
Boil-water advisory for {place2}
""",
    ),
    _topic(
        "health",
        things="""the measles outbreak/measles outbreak|the hospital merger/hospital merger|
        the new {place} clinic/clinic|the flu vaccination campaign/flu campaign|
        the closure of the maternity ward at {place} General/maternity ward|
        the shortage of nurses/nurse shortage""",
        orgs="""the state health department|{place} General Hospital|the county health board|
        the nurses’ union|{co1} Health|the Health and Human Services Department""",
        roles="""Health Commissioner|Hospital Chief Executive|*Epidemiologist|
        Nurses’ Union President|Chief Medical Officer|Health Secretary""",
        acts="""close the maternity ward|open {num1} new clinics|offer free vaccinations|
        hire {count3} nurses|extend visiting restrictions|merge {num1} hospitals""",
        issues="""long waiting times|staffing shortages|falling vaccination rates|the cost of care|
        emergency room crowding""",
        groups="patients|parents|nurses|doctors|older residents",
        heads="""
{thing_h} [spreads|grows] in {county} as cases reach {num3}
{place} General to [close|keep open] {thing_h}
{org1h} [moves|plans] to {act1}
[Nurses|Doctors] [warn|sound alarm] over {issue1} in {place}
""",
        facts="""
Health officials have confirmed {num3} cases[ so far|], [most of them|all but {num1} of them] in
    [children under 5|people who were not vaccinated].
Only about {pct3} of [kindergartners|children|residents] in {county} [are fully vaccinated|got a
    flu shot last year], [well below|below] the {pct2} target.
The average wait in the emergency room [has grown to|reached] {num1} hours[ last year| in
    {month1}], [according to hospital data|according to a state report].
""",
        items="""
free vaccinations at {num2} school sites
{count3} new nursing positions
extended clinic hours until {time1}
a {money2} grant for rural clinics
a telehealth line open seven days a week
""",
    ),
    _topic(
        "education",
        things="""the school budget/school budget|the teachers’ strike/teachers’ strike|
        the new {place} High School campus/new campus|
        the tuition increase at {place} State University/tuition increase|
        the plan to close {num1} elementary schools/school closures|
        the four-day school week/four-day week""",
        orgs="""the {place} school board|the teachers’ union|{place} State University|
        the state Board of Education|the {county} School District""",
        roles="""Superintendent|School Board President|Union President|University President|
        Principal|Education Secretary""",
        acts="""close {num1} elementary schools|raise teacher pay by {pct1}|cut {count3} positions|
        approve a four-day school week|freeze tuition|delay {thing}""",
        issues="""falling enrollment|teacher turnover|test scores|the cost of busing|
        overcrowded classrooms""",
        groups="parents|teachers|students|families|bus drivers",
        heads="""
{place} school board [votes to|moves to] {act1}
[Parents|Teachers] [protest|rally against] {thing_h} in {place}
{org1h} {act1h}
[Deal reached|Talks stall] in {place} {thing_h}
""",
        facts="""
Enrollment in the district has fallen by {pct2} since {year2}, to about {count1} students.
Teachers in {county} earn an average of {salary} a year, [less than|below] [the state average|in
    most neighboring districts].
The [strike|walkout|dispute] [left|kept] about {count2} students [out of class|at home] for {num1}
    days[ in {month1}|].
""",
        items="""
a {pct1} raise for teachers
{num2} new school buses
smaller class sizes in kindergarten
{money2} for building repairs
later start times for high schools
""",
    ),
    _topic(
        "war",
        world=True,
        things="""the drone attack on {city}/drone attack|the ceasefire talks/ceasefire talks|
        the prisoner exchange/prisoner swap|the shelling of {city}/shelling|
        the new military aid package/aid package|
        the missile strike on an energy facility in {city}/missile strike|
        the evacuation of civilians from {city2}/evacuation""",
        orgs="""the Defense Ministry|the regional military administration|the United Nations|
        the Foreign Ministry|NATO|the European Commission|the Red Cross|the General Staff""",
        roles="""Defense Minister|Foreign Minister|Regional Governor|Military Spokesperson|
        U.N. Envoy|Prime Minister|President|Mayor""",
        acts="""shoot down {num3} drones|evacuate {count2} civilians|send {money1} in military aid|
        resume talks in {city2}|exchange {num3} prisoners|restore power in {city}""",
        issues="""attacks on energy infrastructure|the safety of civilians|air defense shortages|
        the fate of prisoners of war|reconstruction costs""",
        groups="civilians|soldiers|residents|families of prisoners|aid workers",
        heads="""
[Russian|Overnight] drone attack [hits|damages] {city}[, {num1} killed|]
{country} [says|reports] it shot down {num3} drones over {city}
[Talks|Ceasefire talks] to resume in {city2}[, officials say|]
{org1h} pledges {money1} [in aid|for air defense]
""",
        facts="""
Air defenses shot down {num3} of the {num4} drones launched overnight, [the air force said|
    according to the military], but debris [damaged|set fire to] [several homes|a warehouse|
    power lines] in {city}.
At least {num1} people were killed and {num2} wounded, [{r3l} {p3}|regional officials] said[ on
    {day1}|].
The attack left about {count2} homes without [electricity|heating|water] in temperatures
    [of minus {num1} degrees Celsius|below freezing].
Talks [are due to resume|will continue] in {city2} [next week|on {day2}|later this month],
    [diplomats said|according to {org2}].
""",
        items="""
{num3} air defense systems
{money2} for energy repairs
artillery ammunition
{count3} tons of humanitarian aid
armored vehicles
""",
    ),
    _topic(
        "politics",
        things="""the {place} mayoral race/mayoral race|the referendum on {issue_ref}/referendum|
        the state budget/state budget|the coalition talks/coalition talks|
        the redistricting plan/redistricting plan|
        the ethics investigation into {p2}/ethics probe""",
        orgs="""the state Senate|the House Finance Committee|the election commission|
        the governor’s office|the Democratic caucus|the Republican caucus|the city ethics board""",
        roles="""Governor|*State Senator|House Speaker|Campaign Manager|Election Director|
        *Political Scientist|Mayor|*Council Member""",
        acts="""pass the budget|call a special session|certify the results|
        launch a campaign for mayor|veto {thing}|delay {thing}""",
        issues="""property taxes|public safety|the cost of housing|turnout among young voters|
        campaign finance""",
        groups="voters|lawmakers|donors|campaign volunteers|party leaders",
        heads="""
{p2} [wins|leads in] {place} [primary|mayoral race]
{org1h} [to vote|votes] on {thing_h}[ {day1}|]
Governor [signs|vetoes] {thing_h}
[Poll|Survey]: {pct3} of voters back {thing_h}
""",
        facts="""
{p2} [won|received] {pct3} of the vote[ in the primary|], ahead of {p3} with {pct2}, [according to
    |based on] [unofficial results|results from the election commission].
Turnout was about {pct2}, [up from|down from|similar to] {year2}.
The budget totals {money1}[ over two years|], up {pct1} from the current spending plan.
""",
        items="""
a {pct1} cut in the income tax rate
{money2} for road repairs
free school meals
{count3} new state police officers
a property tax rebate of {small_money}
""",
    ),
    _topic(
        "sports",
        things="""the {place} {mascot}/{mascot}|the stadium lease/stadium lease|
        the championship game/title game|the transfer of {p2}/transfer|
        the new training facility/training facility|the coaching search/coaching search""",
        orgs="""the {place} {mascot}|the league|the city council|the team’s owners|
        the players’ association""",
        roles="""Head Coach|General Manager|Team President|Owner|Team Captain|
        League Commissioner""",
        acts="""sign a {num3}-year lease|fire the head coach|move the team to {place2}|
        extend {p2s}’s contract|sell naming rights for {money2}|build {thing}""",
        issues="""attendance|the cost of stadium repairs|a string of injuries|ticket prices|
        the team’s future in {place}""",
        groups="fans|season ticket holders|players|local businesses|sponsors",
        heads="""
{mascot} [beat|edge|fall to] {mascot2} {score}
{place} {mascot} [sign|agree to] {num3}-year lease
{mascot} [part ways with|fire] head coach after {num1} seasons
{p2s} [leads|lifts] {mascot} [past|over] {mascot2}
""",
        facts="""
The {mascot} [beat|lost to|edged] the {mascot2} {score} [on {day1} night|in overtime|in front of
    {count3} fans].
Attendance averaged about {count3} fans a game last season, [near the middle of the league|the
    lowest in {num1} years|up {pct2} from the year before].
{p2s}, who [joined|signed with] the team in {year2}, [has been one of its best players|was named
    captain last season|is out with a knee injury].
""",
        items="""
new clubhouses
a larger video board
{count3} new seats
brighter field lighting
a {money2} practice facility
""",
    ),
    _topic(
        "technology",
        things="""the data breach at {co1}/data breach|the new weather satellite/satellite|
        the artificial intelligence bill/AI bill|the broadband expansion/broadband plan|
        the ransomware attack on the {place} city government/ransomware attack|
        the {place} research reactor/research reactor""",
        orgs="""{co1}|the state attorney general|the space agency|{place} University|
        the cybersecurity agency|a team of researchers at {place} University""",
        roles="""Chief Technology Officer|*Security Researcher|Professor|Lead Scientist|
        *Privacy Advocate|Technology Director""",
        acts="""notify {count2} customers|launch {thing}|pay a {money2} fine|
        restore its computer systems|connect {count3} homes to high-speed internet|delay {thing}""",
        issues="""the privacy of customer data|the cost of the program|security flaws|
        rural internet access|the lack of oversight""",
        groups="customers|researchers|users|students|privacy advocates",
        heads="""
{co1} [says|confirms] {thing_h} exposed data of {count2} [customers|users]
{place} [recovers from|still reeling from] {thing_h}
[Lawmakers|Senate] [advance|stall] {thing_h}
{org1h} to {act1}
""",
        facts="""
The breach exposed the [names and addresses|personal information|account details] of about
    {count2} [customers|users|patients], {co1} said.
The satellite [will orbit|is designed to orbit] about {alt} kilometers above Earth and [is expected
    to|should] operate for {num1} years.
The attack [forced|led] the city to [take its systems offline|return to paper records|cancel
    court hearings] for [nearly|more than] {num1} weeks.
""",
        items="""
two years of free credit monitoring
a {money2} settlement fund
{count3} new fiber connections
mandatory security audits
a hotline for affected customers
""",
    ),
    _topic(
        "environment",
        things="""the drought/drought|the wheat harvest/harvest|
        the {river} River cleanup/river cleanup|the logging ban/logging ban|
        the bird flu outbreak on {place} farms/bird flu|the new water restrictions/water rules""",
        orgs="""the Agriculture Department|the state environmental agency|the {county} Farm Bureau|
        the {place} Water District|the Fish and Wildlife Service""",
        roles="""Agriculture Secretary|*Farmer|*Hydrologist|*Environmental Scientist|
        Water District Manager|Forest Ranger""",
        acts="""limit watering to {num1} days a week|cull {count3} birds|ban logging in {place2}|
        pay farmers {money2} in compensation|lower the river’s flow|delay {thing}""",
        issues="""low reservoir levels|crop losses|the cost of feed|water quality|
        the spread of the virus""",
        groups="farmers|ranchers|growers|anglers|residents",
        heads="""
{county} [farmers|growers] brace for {issue1} as {thing_h} [drags on|deepens]
{org1h} [moves|votes] to {act1}
{thing_h} [costs|could cost] farmers {money2}
""",
        facts="""
Reservoirs in the region are at {pct3} of capacity, [the lowest level since {year2}|compared
    with {pct2} a year ago].
Farmers in {county} expect yields to fall by [as much as|about] {pct2} this year[ after weeks
    without rain| because of the heat|].
[Officials|Inspectors] [confirmed|detected] the virus at {num1} farms[ in {county}|] last week.
""",
        items="""
a ban on watering lawns during the day
{money2} in drought relief
{count3} acres of replanted forest
new testing at {num2} sites along the river
compensation of {small_money} per bird
""",
    ),
    _topic(
        "housing",
        things="""the affordable housing project on {street} Street/housing project|
        the rent control measure/rent control|the zoning change/zoning change|
        the {place} homeless shelter/shelter|
        the apartment tower planned for downtown {place}/apartment tower""",
        orgs="""the {place} Housing Authority|the zoning board|{co1} Development|
        the tenants’ union|the {place} City Council""",
        roles="""Housing Director|*Developer|*Tenant Organizer|Zoning Board Chair|
        *Real Estate Agent|*Economist""",
        acts="""build {count3} apartments|cap rent increases at {pct1}|
        rezone {num3} acres for housing|open {thing}|delay {thing}""",
        issues="""rising rents|a shortage of affordable homes|traffic and parking|evictions|
        property values""",
        groups="renters|tenants|homeowners|landlords|families",
        heads="""
{place} [approves|rejects] {thing_h} on {street} Street
Rents in {place} [jump|climb] {pct2} in a year
{org1h} {act1h}
[Neighbors|Tenants] [fight|back] {thing_h} in {place}
""",
        facts="""
The median rent for a two-bedroom apartment in {place} has [risen|climbed] to {rent} a month, up
    {pct2} from {year2}.
The project would include {count3} apartments, [about a third|half] of them reserved for
    [families earning|households that earn] less than {salary} a year.
""",
        items="""
{count3} apartments for low-income families
a {pct1} cap on annual rent increases
{num2} floors of retail space
a new bus stop on {street} Street
{money2} in tax credits
""",
    ),
)

EN_LEAD = _tpls("""
{org1} [voted|agreed|decided] [{vote}|unanimously|narrowly] [on {day1}|late {day1}] to {act1},
    [the biggest step yet in a debate that has divided {place}|ending months of uncertainty for
    {group1}|a move that [supporters|critics] say will [reshape|change] {place} for years].
[Officials in {place}|Leaders in {county}|{org1}] [on {day1}|this week] [moved to|agreed to]
    {act1}, [saying|arguing] that {issue1} [had left them little choice|could no longer be
    ignored|had become impossible to ignore].
{p1}, {r1l}[ of {place}|], [announced|said] [on {day1}|{day1}] that {org1} [would|will] {act1}[ by
    {month1}| before the end of the year|].
[More than|Nearly|About] {count1} {group1} [in {place}|across {county}] [could be|will be|are]
    affected after {org1} {act1p}[ on {day1}| this week].
{thing} [will|could] [cost|require] [at least|as much as] {money1}[, nearly {pct2} more than first
    estimated|, according to a new estimate|], {org1} said [on {day1}|{day1}|in a report
    released {day1}].
A [long-running|bitter|months-long] dispute over {thing} [came to a head|reached a turning
    point|took a new turn] [on {day1}|this week] when {org1} {act1p}.
{Group1} in {place} [will have to wait longer for|face new uncertainty over|are one step closer
    to] {thing} after {org1} {act1p}[ on {day1}|].
[In a surprise move|After a marathon meeting|With little debate], {org1} {act1p} [on {day1}|late
    {day1}|this week], [leaving|handing] {group1} [with more questions than answers|a long-awaited
    win|a bill they had hoped to avoid].
{org1} {act1p} on {day1}[, a decision that [had been expected for weeks|surprised some
    observers|followed months of debate]|, {num1} days after {issue1} [dominated|overshadowed] a
    public hearing].
[Plans to|An effort to] {act2} [stalled|collapsed|gained ground] [on {day1}|this week] as {org2}
    [raised|voiced] [new|fresh] [concerns|objections] about {issue1}.
""")

EN_GEN = _tpls("""
The [decision|vote|move] [follows|comes after] [months|more than a year|{num1} years] of [debate|
    negotiations|public hearings] over {issue1}[ and {issue2}|].
[Supporters|Backers|Proponents] [say|argue] the plan will [ease|address|help with] {issue1}, while
    [critics|opponents|skeptics] [warn|worry|say] it [does too little about|could worsen|ignores]
    {issue2}.
{p2}, {r2l}, said {org1} [had|has] [looked at|considered|studied] [several|{num1}|other]
    [alternatives|options] [before settling on the current plan|but found none cheaper|over the
    past year].
[A|The] [final|formal] vote is [expected|scheduled] [on {date1}|in {month1}|next month], [and|
    although] [officials|several members] [said|cautioned] the [timeline|schedule|date] could
    [slip|change].
{org2} [has|had] [raised|voiced] [concerns|questions|objections] about {issue1}[ and asked for an
    independent review|, citing a {yearx} report| in a letter sent {day2}].
[According to|Based on] [figures|data|estimates] from {org2}, [about|roughly|nearly] {countx}
    {group2} [live|work] [near|within a mile of|in the area served by] {thing}.
[In|Since] {yearx}, {org1} has [spent|set aside|budgeted] [about|nearly|more than] {moneyx} on
    [repairs|planning|studies] related to {thing}[, records show|].
[It was not immediately clear|It remained unclear|Officials did not say] [how|when|whether]
    {org1} [would|will] [pay for|move forward with|finish] {thing}.
{p3s}, who [joined|took over] {org2} in {yearx}, [said|says] [the problem|the situation|{issue1}]
    [is|has been] [decades|years] in the making.
The [next|following] [step|hearing|meeting] is [set|scheduled] for {day2}, when {org2} [will|is
    expected to] [take up|review|consider] [the proposal|the plan|{thing}].
[Officials|Planners|Staff members] [estimate|expect] that [about|roughly] {pctx} of the cost will be
    covered by [state|federal|outside] [grants|funding|money].
[Several|A few|Some] {group2} [said|told {org1}] they [had not been|were never] [consulted|told|
    informed] about [the plan|the changes|{thing}] [before the vote|until it was announced|in
    advance].
{p4}, [who lives near|whose family has lived near] {thing} [for {yrs} years|since {year1}], said
    the [change|decision] [would|could] [affect|reshape] [everyday life|{his4} commute|{his4}
    business] [more than officials have acknowledged|in ways few people expect].
[Under|According to] the [plan|proposal|agreement], {org1} would [cover|pay] {pctx} of the
    cost[, with the rest coming from {org2}|].
[Records show|Documents show|A review of records shows] that {org1} [received|was warned about|
    discussed] [complaints|concerns|problems] [related to|about] {thing} as early as {yearx}.
[That|The] [figure|number|total] is [up|down] {pctx} from {yearx}[, when {issue2} [dominated|shaped]
    [the debate|local politics|the agenda]|].
{p1s} [said|acknowledged] that {org1} [had made mistakes|moved too slowly|could have communicated
    better] [in the past|early on], but [insisted|argued|said] [the new plan|this approach|the
    current proposal] [was|is] [different|sound|the right one].
[Residents|Members of the public|Community members] can [comment on|weigh in on|submit questions
    about] the plan [online|by mail|at {org1}’s website] until {date1}.
{p2s} [declined to|would not] [say|estimate] [how much|how long] [the work|the process|it] would
    [cost|take][, citing ongoing negotiations with {org2}| until the review is finished|].
[At a|During a] [packed|tense|two-hour] [meeting|hearing] [on {day1}|{day1} night], [dozens of|
    more than {num3}] {group1} [lined up|signed up] to speak, [most of them|many of them|nearly all]
    [in favor|opposed|asking for more time].
The [proposal|plan] [still needs|must also win] [approval from|the backing of] {org2}[, which
    meets again in {month1}| before it can take effect|].
{He1} [said|added] that {org1} [would|will] [publish|release] [a detailed timeline|the full
    budget|the engineering report] [by {date1}|within {num1} weeks|before the next meeting].
[Asked|Pressed] [about|on] {issue2}, {p1s} said [the question|it|that concern] [was|is] [fair|
    legitimate|being studied] but [that|] [no decision had been made|the numbers would hold].
[Last year|In {yearx}|Two years ago], a [similar|smaller|scaled-back] [proposal|plan] [failed|was
    rejected|stalled] [by {vote}|after a public outcry|amid concerns about {issue2}].
[Nearly|About|Roughly] {pctx} of the {count1} {group1} [surveyed|polled|who answered a survey] by
    {org2} said they [supported|opposed|had doubts about] {thing}.
[The|That] [estimate|projection|figure] does not include {issue2}, which [could add|might add|is
    expected to add] [another|at least] {moneyx}, [according to|said] {p3}, {r3l}.
{org1} [first proposed|began studying|started planning] {thing} in {yearx}, [but|and] [the effort|
    the plan|work] [stalled|slowed|sped up] [during the pandemic|when {issue1} grew|after {p3s}
    took office].
[For|To] {group2} [like|such as] {p5}, [the stakes are|the issue is] [personal|practical|simple]:
    [{he5} has|the family has] [lived|worked] [near|beside] {thing} [since {year1}|for {yrs}
    years].
[Some|Several|A handful of] [members|officials] [suggested|proposed|floated] [phasing in|delaying|
    scaling back] the [project|plan] [to ease|to soften|because of] {issue1}, but the idea [was
    rejected|did not get a vote|drew little support].
[The|This] [debate|fight|discussion] [over|about] {thing} [mirrors|echoes|is similar to] [battles|
    disputes|arguments] in [other|neighboring|nearby] [towns|communities|cities] such as {place2}.
[Both|Each of the] [sides|camps] [agree|acknowledge] that {issue1} [is real|must be addressed|has
    been ignored too long]; they [differ|disagree|part ways] on [how to pay for it|who should
    pay|how fast to move].
{org2} [said in a statement|said {day2}|said in a letter] that it [was reviewing|would study|had
    not yet seen] the [details|final plan|proposal] and [would comment later|expected to respond
    by {date1}].
""")

EN_BACKGROUND = _tpls("""
{thing} has been [a source of|at the center of] [debate|controversy|frustration] in {place} since
    at least {year1}.
In {yearx}, [a similar|an earlier] [proposal|plan|effort] [failed|collapsed|stalled] after {issue2}
    [drove up costs|turned public opinion against it|became a major issue].
[Back in|In] {year1}, when {place} had [just|only] {count3} residents, [few|no one] [expected|
    imagined] the [city|area|town] would [grow|change] so [quickly|much].
[Since then|Over the past decade], [costs|prices|the number of {group1}] [have|has] [more than
    doubled|risen sharply|grown by {pctx}], [according to|based on] [census figures|state data|
    {org2}].
[The last time|When] {org1} [faced|took on] a [decision|project] of this size, in {yearx}, [it|the
    work] [ran|went] {pctx} over budget[ and took {num1} years longer than planned|].
""")

EN_CLOSING = _tpls("""
{org1} is [scheduled|expected|set] to [meet|vote|decide] again on {date1}.
[A|The] [public hearing|community meeting|town hall] on {thing} [will be held|is scheduled] at
    {time1} on {day2} at [the {place} Public Library|{place} City Hall|the {place} Community
    Center].
{org2} did not [respond|immediately respond] to [a request|requests] for comment[ on {day1}|].
[It is|It’s] not clear [when|whether] {org1} will [revisit|return to|take up] the [issue|matter|
    plan] [again|before {month2}|this year].
[Officials said|{p1s} said] [more details|a full schedule|the next steps] would be [released|
    announced|posted online] [by {date1}|in {month2}|in the coming weeks].
""")

EN_QUOTES = _tpls("""
We [have been|’ve been] [patching|talking about|arguing over] this [for years|for a long time|since
    {year2}], and we [have run out of|are running out of] [patches|time|options]
This is not [something|a project|a decision] anyone [gets excited about|wanted], but it is one we
    cannot put off
[I’m|I am] not arguing that [we don’t need|there’s no need for] [this|change|the work]; [I’m|I am]
    arguing that we asked {group1} to carry too much of it
[Nobody|No one] in this room [wanted|wants] to [be here|see this happen|make this choice], [but|and
    yet] here we are
[The numbers|The facts|The figures] [speak for themselves|don’t lie|tell the story]: {issue1} [is|
    has become] [the biggest problem|the main concern] [we face|for {group1}]
[People|Families|{Group1}] [deserve|want|need] to know where [their|the] money is going
We [will|are going to] [keep pushing|keep fighting|keep working] until [every|the last] [family|
    household|resident] [has|gets] [an answer|what they were promised]
[It’s|It is] [a good day|a big step|a turning point] for {place}
[Honestly|Frankly], I [didn’t think|never thought] [we would get here|this would pass|I would see
    this day]
[We’re|We are] [asking|urging|telling] [everyone|people|residents] to [stay home|be patient|stay
    informed] [if they can|for a few more days|while the work goes on]
[There is|There’s] [still|] a lot we don’t know about {thing}, and we [want|need] to get it right
This [wasn’t|was not] [an easy|a simple|a quick] [decision|call|process], and I [respect|understand]
    the people who [disagree|voted the other way]
[Every|Each] [day|week|month] we wait, [it|the problem] gets [more expensive|worse|harder to fix]
We listened, because we had to[, but our first choice was always to stay in {place}|]
[My|Our] [family|grandfather|parents] [lived|grew up|worked] [here|in {place}] [for decades|all
    their lives], and I want [my kids|the next generation] to be able to say the same
[If|When] you [look at|add up] [the cost|the risks|what happens if we do nothing], [this|the plan]
    is the [cheapest|safest|only responsible] option [we have|on the table]
[I|We] [hear|understand] the [frustration|anger|worry], [and|but] [nobody|no one] [is|was] trying
    to hide anything from {group1}
[This|That] [is|was] [never|not] about politics; it [is|was] about [keeping people safe|making the
    numbers work|doing what’s right for {place}]
""")

EN_QFORMS = _tpls("""
“{qa},” said {qr} {qp}.
“{qa},” {qp}, {qrl}, said. “{qb}.”
“{qa},” {qps} said. “{qb}.”
{qp}, {qrl}, [put it|said it] [bluntly|simply]: “{qa}.”
“{qa}. {qb},” {qps} [said|told reporters|said in an interview].
“{qa},” said {qp}, {qrl}.
[Speaking|Asked] [after the meeting|on {day1}], {qps} said: “{qa}.”
""")

EN_SUBHEADS = _tpls("""
[What happens next|What comes next|Next steps|The road ahead]
[Questions about|Doubts over|Worries about] [cost|the timeline|{issue1}]
Who pays?
[The numbers|By the numbers]
[A long road|A long history|How we got here]
[Mixed|Divided] [reaction|reactions] in {place}
[Why|How] {place} [waited|is waiting]
{p2s}’s [warning|objection|case]
What [the plan|{thing_h}] means for {group1}
[Costs|Delays|Questions] [mount|pile up|remain]
The {year2} [precedent|problem|warning]
""")

EN_LIST_INTROS = _tpls("""
[The plan|The proposal|The agreement|The package] [includes|would include|calls for]:
Key [points|details|facts]:
[What|Here is what] [we know|is in the plan]:
[Officials|{org1}] listed [several|{num1}] [priorities|measures]:
""")

EN_HEADS = _tpls("""
{org1h} {act1h}
{place} [moves to|votes to|decides to|plans to] {act1}
{org1h} {act1h}[ despite {issue1}| amid {issue1}| after {year2} warnings|]
[Residents|{Group1}] [push back on|question|split over] {thing_h} plan
{p1s}: {thing_h} [decision|plan] [‘a turning point’|‘long overdue’|‘not the end’]
{thing_h} [cost|price tag] [climbs|rises|jumps] to {money1}
[What to know about|Explainer: What’s next for|Five things to know about] the {place} {thing_h}
{place} {thing_h} [vote|decision|plan] [delayed|postponed|pushed back] [to {month1}|again|until
    {month2}]
{Group1} [brace for|weigh] {issue1} as {org1h} {act1h}
{count1} {group1} [affected by|hit by] {thing_h} [decision|changes]
""")

EN_CAPTIONS = _tpls("""
{p1} [speaks to reporters|arrives for a meeting|talks with residents] in {place} on {day1}.
[Crews|Workers|Firefighters] [at|near] {thing} on {day1}.
[A view of|The site of] {thing} [in|near] {place}[ in {month1}|].
[Residents|Protesters|Supporters] [gather|wait|line up] outside [city hall|the courthouse|the
    meeting] in {place} on {day1}.
{p2} [listens during|attends|leaves] [a hearing|the meeting|a news conference] on {day2}.
""")

EN_DATELINES = _tpls("""
{dl} ({agency}) —
{dl} ({agency}) -
{dl} —
{date1} (UPI) --
""")

EN_NOTES = _tpls("""
Editor’s note: This story has been updated with comment from {p2}.
Editor’s note: An earlier version of this article misstated the cost of {thing}.
UPDATE: This story was updated at {time1} with additional details.
Correction: A previous version of this story misspelled {p3}’s name.
""")


# --- entities for the other languages ------------------------------------------------------


def _slavic_ok(n: int) -> bool:
    """Numbers after which Ukrainian and Russian nouns take the genitive plural."""
    return n % 10 in (0, 5, 6, 7, 8, 9) or 11 <= n % 100 <= 14


@dataclass(frozen=True)
class LangData:
    first_m: tuple[str, ...]
    first_f: tuple[str, ...]
    last: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (nominative, locative)
    world: tuple[tuple[str, str], ...]
    talks: tuple[tuple[str, str], ...]
    days: tuple[tuple[str, str], ...]  # ("am Montag", "Montag")
    months_in: tuple[str, ...]  # "im März"
    months_gen: tuple[str, ...]  # "März" as in "2. März"
    date_fmt: Callable[[int, str], str]
    money: Callable[[random.Random, bool], str]
    pct: Callable[[str], str]
    count: Callable[[int], str]
    small_money: Callable[[random.Random], str]
    time: Callable[[random.Random], str]
    company: Callable[[random.Random], str]
    streets: tuple[str, ...]
    rivers: tuple[str, ...]
    agency: str
    numw: tuple[str, ...] = ()
    slavic: bool = False
    feminine: Callable[[str], str] | None = None
    verbs: dict[str, tuple[str, str]] = field(default_factory=dict)


def _make_ents(ld: LangData) -> Callable[[random.Random, Topic], dict[str, str]]:
    def ents(rng: random.Random, topic: Topic) -> dict[str, str]:
        r = rng.random

        def c(seq: Any) -> Any:
            return seq[int(r() * len(seq))]

        def ri(lo: int, hi: int) -> int:
            return lo + int(r() * (hi - lo + 1))

        d: dict[str, str] = {}
        if topic.world:
            (p1, l1), (p2, l2) = _two(ld.world, r)
        else:
            (p1, l1), (p2, l2) = _two(ld.cities, r)
        t2, t2l = c(ld.talks) if topic.world else (p2, l2)
        d.update(place=p1, place_loc=l1, place2=p2, place2_loc=l2, city=p1, city_loc=l1)
        d.update(city2=t2, city2_loc=t2l, dl=p1, county=p2)
        d["street"] = c(ld.streets)
        d["river"] = c(ld.rivers)
        d["agency"] = ld.agency
        for i in (1, 2, 3):
            d[f"co{i}"] = ld.company(rng)
        for i in (1, 2, 3):
            v = ri(2, 19) if i == 1 else (ri(10, 45) if i == 2 else ri(20, 88))
            if ld.slavic:
                while not _slavic_ok(v):
                    v += 1
            d[f"pct{i}"] = ld.pct(str(v) if r() < 0.8 else f"{v},{ri(1, 9)}")
        d["money1"] = ld.money(rng, True)
        d["money2"] = ld.money(rng, True)
        d["money3"] = ld.money(rng, False)
        d["small_money"] = ld.small_money(rng)
        for i in (1, 2, 3):
            d[f"count{i}"] = ld.count(ri(12, 2500) * 100 if i != 3 else ri(15, 900) * 10)
        if ld.numw:
            d["num1"], d["num2"] = _two(ld.numw, r)
        else:
            a, b = rng.sample(range(5, 21), 2)
            d["num1"], d["num2"] = str(a), str(b)
        n3 = ri(12, 95)
        n4 = n3 + ri(3, 60)
        if ld.slavic:
            while not _slavic_ok(n3):
                n3 += 1
            n4 = max(n4, n3 + 3)
            while not _slavic_ok(n4):
                n4 += 1
        d["num3"], d["num4"] = str(n3), str(n4)
        yrs = ri(5, 45)
        while ld.slavic and not _slavic_ok(yrs):
            yrs += 1
        d["yrs"] = str(yrs)
        d["temp"] = str(ri(31, 41))
        d["year1"] = str(ri(1948, 1999))
        d["year2"] = str(ri(2008, 2024))
        d["year3"] = str(ri(2026, 2032))
        for i, (phrase, bare) in enumerate(_sample(ld.days, 3, r), start=1):
            d[f"day{i}"] = phrase
            d[f"dayb{i}"] = bare
        m1, m2 = rng.sample(range(12), 2)
        d["month1"], d["month2"] = ld.months_in[m1], ld.months_in[m2]
        d["date1"] = ld.date_fmt(ri(1, 28), ld.months_gen[m1])
        d["time1"] = ld.time(rng)
        d["level"] = f"{ri(3, 9)},{ri(10, 95)}"
        d["kmh"] = str(ri(60, 150))
        for i in (1, 2, 3, 4, 5):
            female = r() < 0.45
            first = c(ld.first_f if female else ld.first_m)
            last = c(ld.last)
            if female and ld.feminine is not None:
                last = ld.feminine(last)
            d[f"p{i}"] = f"{first} {last}"
            d[f"p{i}s"] = last
            d[f"r{i}"] = c(topic.roles)[1 if female else 0]
            for key, forms in ld.verbs.items():
                d[f"{key}{i}"] = forms[1 if female else 0]
        (t1, h1), (t2, h2) = _two(topic.things, r)
        d["thing"] = t1.format_map(d)
        d["thing_h"] = h1.format_map(d)
        d["thing2"] = t2.format_map(d)
        d["thing2_h"] = h2.format_map(d)
        for i, org in enumerate(_sample(topic.orgs, 3, r), start=1):
            o = org.format_map(d)
            d[f"org{i}"] = o
            d[f"org{i}h"] = _cap(o)
        for i, act in enumerate(_two(topic.acts, r), start=1):
            d[f"m{i}"] = act.format_map(d)
        d["issue1"], d["issue2"] = _two(topic.issues, r)
        (g1, g1g), (g2, g2g) = _two(topic.groups, r)
        d.update(group1=g1, group1g=g1g, group2=g2, group2g=g2g, Group1=_cap(g1))
        return d

    return ents


def _fresh_for(ld: LangData) -> Callable[[str, random.Random], str]:
    def fresh(key: str, rng: random.Random) -> str:
        r = rng.random
        if key in ("pctx", "numx"):
            v = 2 + int(r() * 74) if key == "pctx" else 12 + int(r() * 84)
            while ld.slavic and not _slavic_ok(v):
                v += 1
            return ld.pct(str(v)) if key == "pctx" else str(v)
        if key == "countx":
            return ld.count((12 + int(r() * 2489)) * 100)
        if key == "moneyx":
            return ld.money(rng, False)
        if key == "yearx":
            return str(2005 + int(r() * 20))
        raise KeyError(key)

    return fresh


def _num_de(v: float) -> str:
    return f"{v:g}".replace(".", ",")


def _money_eu(
    unit_m: str,
    unit_bn: tuple[str, str],
    thousands: Callable[[int], str],
    cur: str,
    singular_below: float = 2.0,
) -> Callable[[random.Random, bool], str]:
    def money(rng: random.Random, big: bool) -> str:
        x = rng.random()
        if big and x < 0.12:
            v = rng.randint(11, 95) / 10
            return f"{_num_de(v)} {unit_bn[0] if v < singular_below else unit_bn[1]}"
        if x < 0.8:
            v = rng.choice((rng.randint(2, 99), rng.randint(12, 99) / 10, rng.randint(100, 900)))
            return f"{_num_de(v)} {unit_m}"
        return f"{thousands(rng.randint(15, 990) * 1000)} {cur}"

    return money


def _dot_thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _space_thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


# --- German ----------------------------------------------------------------------------------

DE_DATA = LangData(
    first_m=_words(
        "Thomas Michael Andreas Stefan Frank Markus Christian Martin Peter Klaus Jürgen Uwe "
        "Wolfgang Matthias Tobias Jan Florian Sebastian Lukas Felix Jonas Maximilian Alexander "
        "Daniel Holger Jens Sven Dirk Ralf Bernd Niklas Moritz Henrik Timo Oliver"
    ),
    first_f=_words(
        "Anna Maria Katharina Julia Sabine Claudia Petra Monika Susanne Andrea Stefanie Nicole "
        "Birgit Ute Heike Laura Lea Hannah Sophie Lena Johanna Franziska Carolin Anja Kerstin "
        "Silke Jana Miriam Elke Ingrid Greta Paula Annika Svenja"
    ),
    last=_words(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
        "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann "
        "Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Köhler Herrmann König Walter "
        "Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel "
        "Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Ludwig "
        "Winter Simon Kraus Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas "
        "Schreiber Graf Schulte Dietrich Ziegler Kuhn Pohl Engel Horn Busch Bergmann Voigt Sauer "
        "Arnold Wolff Pfeiffer Lindner Ebert Kühn Marx Fiedler Kessler Böhm"
    ),
    cities=_pairs(
        "Berlin|Hamburg|München|Köln|Frankfurt|Stuttgart|Düsseldorf|Leipzig|Dortmund|Essen|"
        "Bremen|Dresden|Hannover|Nürnberg|Duisburg|Bochum|Wuppertal|Bielefeld|Bonn|Münster|"
        "Mannheim|Karlsruhe|Augsburg|Wiesbaden|Kiel|Rostock|Erfurt|Mainz|Freiburg|Lübeck|"
        "Magdeburg|Potsdam|Regensburg|Göttingen|Ulm|Heidelberg|Saarbrücken|Trier|Jena|Kassel"
    ),
    world=_pairs("Kiew|Charkiw|Odessa|Lwiw|Dnipro|Saporischschja|Cherson|Sumy|Mykolajiw"),
    talks=_pairs("Genf|Istanbul|Riad|Wien|Brüssel"),
    days=_pairs(
        "am Montag/Montag|am Dienstag/Dienstag|am Mittwoch/Mittwoch|am Donnerstag/Donnerstag|"
        "am Freitag/Freitag|am Samstag/Samstag|am Sonntag/Sonntag"
    ),
    months_in=tuple(
        "im " + m
        for m in _words(
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
        )
    ),
    months_gen=_words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    date_fmt=lambda day, month: f"{day}. {month}",
    money=_money_eu(
        "Millionen Euro", ("Milliarde Euro", "Milliarden Euro"), _dot_thousands, "Euro", 1.05
    ),
    pct=lambda v: f"{v} Prozent",
    count=_dot_thousands,
    small_money=lambda rng: rng.choice(
        (f"{rng.randint(2, 40)} Euro", f"{rng.randint(2, 19)},{rng.choice('2557')}0 Euro")
    ),
    time=lambda rng: f"{rng.randint(8, 20)}.{rng.choice('0134')}{rng.choice('05')} Uhr",
    company=lambda rng: rng.choice(
        (
            f"{rng.choice(DE_DATA.last)} {rng.choice(_words('AG GmbH Werke Logistik Technik'))}",
            f"{rng.choice(_words('Nord Süd Rhein Elbe Alpen Hansa'))}"
            f"{rng.choice(_words('stahl chemie bau tech energie pack'))}",
        )
    ),
    streets=_words("Goethe Schiller Bahnhof Haupt Berliner Kirch Linden Garten Markt Schul"),
    rivers=_words("Elbe Oder Mosel Donau Weser Saale Spree Havel Lahn Ems"),
    agency="dpa",
    numw=_words("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"),
)

DE_TOPICS = (
    _topic(
        "Kommunales",
        things="""die Sanierung der Stadtbrücke in {place}/Stadtbrücke|
        das neue Hallenbad in {place}/Hallenbad|die Erweiterung der Kläranlage/Kläranlage|
        das geplante Parkhaus am Bahnhof/Parkhaus|die neue Stadtbibliothek/Stadtbibliothek|
        die Umgestaltung der Innenstadt von {place}/Innenstadt|
        die Ortsumgehung von {place}/Ortsumgehung""",
        orgs="""der Stadtrat von {place}|die Stadtverwaltung|der Bauausschuss|die Landesregierung|
        der Kreistag|das Bauamt""",
        roles="""Bürgermeister/Bürgermeisterin|Baudezernent/Baudezernentin|Stadtrat/Stadträtin|
        Sprecher der Stadtverwaltung/Sprecherin der Stadtverwaltung|
        Fraktionschef/Fraktionschefin|Kämmerer/Kämmerin""",
        acts="""die Erhöhung der Abwassergebühren um {pct1}|ein Investitionspaket von {money1}|
        die Verschiebung der Abstimmung|die Vergabe eines neuen Gutachtens|
        neue Kredite in Höhe von {money2}|die Sperrung der Brücke für Lastwagen""",
        issues="""die steigenden Baukosten|die Sicherheit der Anwohner|die hohe Verschuldung|
        den Mangel an Fachkräften|den Verkehr in der Innenstadt|die Belastung für die Anwohner""",
        groups="Anwohner|Pendler|Hausbesitzer|Einzelhändler|Eltern|Steuerzahler",
        heads="""
{place}: [Stadtrat beschließt|Stadt plant] {money1} für {thing_h}
[Streit|Ärger|Debatte] um {thing_h} in {place}
{thing_h} in {place} wird [teurer|später fertig] als geplant
{place} erhöht Gebühren um {pct1}
""",
        facts="""
{thing} soll [nach Angaben der Verwaltung|laut Planung|nach derzeitigem Stand] [rund|etwa|mehr
    als] {money1} kosten und bis {year3} fertig sein.
Die Anlage stammt aus dem Jahr {year1} und versorgt [rund|etwa] {count1} [Einwohner|Haushalte] in
    {place} und [{num1} umliegenden Gemeinden|der Region].
[Gutachter|Ingenieure|Experten] hatten [bereits {year2}|im vergangenen Jahr|schon {month1}] vor
    [erheblichen Schäden|Rissen im Beton|maroden Leitungen] gewarnt.
Für einen durchschnittlichen Haushalt bedeutet das [Mehrkosten von|eine Belastung von] etwa
    {small_money} im Monat.
Während der Bauarbeiten soll die {street}straße [für mehrere Monate|bis zum {date1}|zeitweise] nur
    einspurig befahrbar sein.
""",
        items="""
{money2} für neue Pumpen und Filter
ein zusätzlicher Notstromgenerator
{num1} neue Stellen im Bauamt
eine Gebührenerhöhung von {pct1} pro Jahr
neue Radwege entlang der {street}straße
""",
    ),
    _topic(
        "Wirtschaft",
        things="""die Schließung des Werks von {co1} in {place}/Werksschließung|
        die geplante Übernahme durch {co2}/Übernahme|die Bilanz von {co1}/Bilanz|
        das neue Logistikzentrum bei {place}/Logistikzentrum|
        die Tarifrunde in der Metallindustrie/Tarifrunde|die Kurzarbeit bei {co1}/Kurzarbeit""",
        orgs="""der Konzern {co1}|die Gewerkschaft|der Betriebsrat|
        die Industrie- und Handelskammer|die Bundesagentur für Arbeit|der Vorstand von {co1}""",
        roles="""Vorstandschef/Vorstandschefin|Betriebsratsvorsitzender/Betriebsratsvorsitzende|
        Gewerkschaftssprecher/Gewerkschaftssprecherin|Finanzvorstand/Finanzvorständin|
        Ökonom/Ökonomin|Werksleiter/Werksleiterin""",
        acts="""den Abbau von {count2} Stellen|eine Investition von {money1} in {place}|
        die Verlagerung der Produktion nach {place2}|höhere Preise für Kunden|
        ein Sparprogramm im Umfang von {money2}|die Übernahme von {co2} für {money2}""",
        issues="""die schwache Nachfrage|die hohen Energiepreise|den Fachkräftemangel|
        die Konkurrenz aus Asien|die gestiegenen Zinsen|die Unsicherheit in der Branche""",
        groups="Mitarbeiter|Aktionäre|Zulieferer|Kunden|Anleger|Beschäftigte/Beschäftigten",
        heads="""
{co1} streicht {count2} Stellen[ in {place}|]
{co1}: Umsatz [steigt|sinkt] um {pct1}
{co1} übernimmt {co2} für {money2}
[Sorge|Unsicherheit] bei Beschäftigten von {co1} in {place}
{co1} investiert {money1} in {place}
""",
        facts="""
{co1} meldete für das [abgelaufene|vergangene] Quartal einen Umsatz von {money2}, [ein Plus|ein
    Minus] von {pct1} gegenüber dem Vorjahr.
Die Aktie von {co1} [gab {day1} um {pct2} nach|legte im frühen Handel um {pct2} zu|verlor zum
    Handelsschluss {pct2}].
Das Unternehmen beschäftigt [weltweit|] rund {count1} Menschen, davon {count3} am Standort {place}.
Analysten hatten [mit einem Gewinn von|mit Erlösen von] {money3} gerechnet.
""",
        items="""
{money2} für neue Maschinen
{count3} neue Arbeitsplätze bis {year3}
eine Senkung der Betriebskosten um {pct2}
der Verkauf einer Sparte
ein neues Werk in {place2}
""",
    ),
    _topic(
        "Politik",
        world=True,
        things="""die Waffenruhe in der Ukraine/Waffenruhe|
        das neue Hilfspaket für die Ukraine/Hilfspaket|
        die Reparatur der Energieversorgung in {place}/Energieversorgung|
        die Evakuierung von Zivilisten aus {place}/Evakuierung|
        die Freilassung von Kriegsgefangenen/Gefangenenaustausch|
        die Lieferung von Flugabwehrsystemen/Flugabwehr""",
        orgs="""die Bundesregierung|der Bundestag|das Verteidigungsministerium|die Opposition|
        die EU-Kommission|das Auswärtige Amt""",
        roles="""Verteidigungsminister/Verteidigungsministerin|Außenminister/Außenministerin|
        Ministerpräsident/Ministerpräsidentin|Fraktionsvorsitzender/Fraktionsvorsitzende|
        Regierungssprecher/Regierungssprecherin|
        Politikwissenschaftler/Politikwissenschaftlerin""",
        acts="""weitere Hilfen in Höhe von {money1}|die Lieferung von {num3} Luftabwehrsystemen|
        ein Sondervermögen von {money2}|eine Verschärfung der Sanktionen|
        die Verlängerung des Mandats um {num1} Monate|neue Gespräche in {city2}""",
        issues="""die Lage an der Front|die Finanzierung des Haushalts|die Sicherheit Europas|
        die steigenden Ausgaben|die Zukunft der Koalition""",
        groups="Wähler|Bürger|Soldaten|Diplomaten|Flüchtlinge",
        heads="""
[Angriff|Drohnenangriff] auf {place}: [mindestens {num3} Tote|viele Verletzte]
{org1h} [kündigt|beschließt] {m1} an
Gespräche in {city2} [sollen weitergehen|vertagt]
[Streit|Einigung] über {thing_h}
""",
        facts="""
Bei dem [Angriff|Drohnenangriff|Raketenangriff] auf {place} wurden [nach Behördenangaben|laut
    örtlichen Behörden] mindestens {num3} Menschen getötet und {num4} verletzt.
Die Abstimmung im Bundestag ist für den {date1} [geplant|angesetzt|vorgesehen].
Laut einer aktuellen Umfrage [unterstützen {pct3} der Befragten die Pläne|lehnen {pct3} der
    Befragten das Vorhaben ab].
Die Flugabwehr [fing|zerstörte] nach eigenen Angaben {num3} von {num4} Drohnen [ab|], Trümmer
    beschädigten jedoch [mehrere Wohnhäuser|ein Lagerhaus|eine Stromleitung] in {place}.
""",
        items="""
{num3} Luftabwehrsysteme
{money2} für die Reparatur der Energieversorgung
Munition für die Artillerie
humanitäre Hilfe im Umfang von {count3} Tonnen
gepanzerte Fahrzeuge
""",
    ),
    _topic(
        "Wetter",
        things="""das Hochwasser an der {river}/Hochwasser|das Sturmtief über Norddeutschland/Sturm|
        die Hitzewelle/Hitzewelle|die Waldbrandgefahr bei {place}/Waldbrandgefahr|
        das Unwetter in {place}/Unwetter|die Glätte auf den Straßen/Glätte""",
        orgs="""der Deutsche Wetterdienst|die Feuerwehr {place}|die Polizei|
        das Technische Hilfswerk|der Katastrophenschutz|die Deutsche Bahn""",
        roles="""Einsatzleiter/Einsatzleiterin|Meteorologe/Meteorologin|
        Feuerwehrsprecher/Feuerwehrsprecherin|Landrat/Landrätin|
        Polizeisprecher/Polizeisprecherin""",
        acts="""die Evakuierung von {count3} Anwohnern|eine Unwetterwarnung für {place2}|
        die Sperrung mehrerer Straßen|den Einsatz von {num3} zusätzlichen Kräften|
        die Schließung aller Schulen im Kreis""",
        issues="""die steigenden Pegelstände|die umgestürzten Bäume|die Glätte auf den Straßen|
        die anhaltende Trockenheit|die Gefahr durch Blitzeinschläge""",
        groups="Anwohner|Autofahrer|Landwirte|Bahnkunden|Schüler|Urlauber",
        heads="""
{thing_h} in {place}: [Straßen gesperrt|Schulen geschlossen|Keller überflutet]
[Unwetterwarnung|Hitzewarnung] für {place} und {place2}
{count2} Haushalte ohne Strom nach {thing_h}
""",
        facts="""
Der Pegel der {river} stieg bis zum {dayb1}abend auf {level} Meter.
Die Feuerwehr rückte [nach eigenen Angaben|bis zum Morgen] zu mehr als {num3} Einsätzen aus.
Rund {count2} Haushalte waren zeitweise ohne Strom.
Der Wetterdienst rechnet [bis {dayb2}|für die kommenden Tage] mit [weiteren Niederschlägen|
    Temperaturen von bis zu {temp} Grad|Sturmböen von bis zu {kmh} Kilometern pro Stunde].
""",
        items="""
Notunterkunft in der Sporthalle von {place}
Sandsäcke am Feuerwehrhaus in der {street}straße
Sperrung der Bundesstraße bei {place2}
Schulausfall im gesamten Kreis
""",
    ),
    _topic(
        "Gesundheit",
        things="""die Schließung der Geburtsstation in {place}/Geburtsstation|
        die Krankenhausreform/Krankenhausreform|die Grippewelle/Grippewelle|
        die neue Notfallpraxis in {place}/Notfallpraxis|
        die Masernwelle an einer Schule in {place}/Masernwelle|
        die Fusion der Kliniken im Kreis/Klinikfusion""",
        orgs="""das Gesundheitsamt|die Kassenärztliche Vereinigung|das Gesundheitsministerium|
        die Klinikleitung|der Landkreis|die Gewerkschaft Verdi""",
        roles="""Gesundheitsminister/Gesundheitsministerin|Chefarzt/Chefärztin|
        Amtsarzt/Amtsärztin|Klinikdirektor/Klinikdirektorin|
        Pflegedienstleiter/Pflegedienstleiterin""",
        acts="""die Einstellung von {count3} Pflegekräften|längere Öffnungszeiten der Notfallpraxis|
        kostenlose Impfungen an {num2} Schulen|eine Finanzspritze von {money2}|
        die Schließung der Station zum {date1}""",
        issues="""den Mangel an Pflegekräften|die langen Wartezeiten|die sinkenden Impfquoten|
        die Kosten der Versorgung|die Überlastung der Notaufnahmen""",
        groups="Patienten|Eltern|Pflegekräfte|Ärzte|Senioren",
        heads="""
{thing_h} in {place}: [Sorge bei Patienten|Kritik wächst|Entscheidung gefallen]
[Mehr|Weniger] Geld für {thing_h}
{org1h} [kritisiert|beklagt] {issue1}
""",
        facts="""
Das Gesundheitsamt hat bislang {num3} Fälle bestätigt, die meisten davon bei [Kindern|
    ungeimpften Kindern|Jugendlichen].
Die durchschnittliche Wartezeit in der Notaufnahme [stieg|lag] {month1} bei [fast|rund] {num1}
    Stunden.
""",
        items="""
{count3} neue Stellen in der Pflege
kostenlose Impfungen an {num2} Schulen
längere Öffnungszeiten bis {time1}
ein Zuschuss von {money2} für Landarztpraxen
""",
    ),
)

DE_LEAD = _tpls("""
{org1} hat [{day1}|in einer Sondersitzung {day1}|nach stundenlanger Debatte] {m1} beschlossen.
{thing} sorgt [in der Stadt|im Rathaus|in der Kommunalpolitik] für [neuen Streit|Unmut|
    heftige Diskussionen].
{p1}, {r1}, hat [{day1}|überraschend|nach langem Zögern] {m1} [angekündigt|verteidigt|vorgestellt].
{thing} wird [deutlich|erheblich] teurer als geplant: Statt {money3} [rechnet|kalkuliert] {org1}
    nun mit {money1}.
Nach [monatelangem|jahrelangem] Streit ist eine Entscheidung über {thing} gefallen: {org1}
    [billigte|genehmigte|beschloss] {m1}.
[Rund|Mehr als|Fast] {count1} {group1} in {place} müssen sich auf [Veränderungen|höhere Kosten|
    Einschränkungen] einstellen, nachdem {org1} {day1} {m1} beschlossen hat.
""")

DE_GEN = _tpls("""
Die Entscheidung [folgt auf|fällt nach] [monatelange|jahrelange|lange] [Debatten|Verhandlungen|
    Diskussionen] über {issue1}.
[Befürworter sehen darin einen wichtigen Schritt|Unterstützer sprechen von einer überfälligen
    Entscheidung], [Kritiker|Gegner] [befürchten dagegen|kritisieren vor allem] {issue2}.
{p2}, {r2}, [sagte|erklärte] [{day1}|auf Nachfrage|gegenüber Journalisten], man habe
    [mehrere|{num1}|verschiedene] [Alternativen|Varianten|Optionen] [geprüft|untersucht].
Eine [endgültige|abschließende] Entscheidung [soll|könnte] [am {date1}|{month1}|bis Ende des
    Jahres] fallen.
[Nach Angaben|Nach Schätzungen|Laut Zahlen] der Verwaltung [leben|wohnen|arbeiten] rund {countx}
    Menschen im [betroffenen Gebiet|Umkreis|Einzugsgebiet].
Seit {yearx} wurden [rund|fast|mehr als] {moneyx} in [Reparaturen|Gutachten|Planungen]
    [investiert|gesteckt].
Wie es [weitergeht|nun weitergeht], ist [noch offen|unklar|derzeit nicht absehbar].
{p3} [kritisierte|bemängelte] [vor allem|insbesondere|zudem] {issue1}.
[Mehrere|Einige|Zahlreiche] {group1} [beklagten|kritisierten|bemängelten], sie seien [nicht|zu
    spät] [informiert|eingebunden|gefragt] worden.
Die [nächste|kommende] Sitzung ist für {dayb2} [angesetzt|geplant].
[Rund|Etwa] {pctx} der Kosten [sollen|könnten] [durch Fördermittel|vom Land|vom Bund]
    [gedeckt|übernommen] werden.
Die [Zahl|Summe] liegt damit um {pctx} [höher|niedriger] als {yearx}.
Laut {p3s} hätte man [früher|schneller|entschlossener] handeln müssen.
[Bürgerinnen und Bürger|Anwohner|Interessierte] können [ihre Einwände|Stellungnahmen|Fragen] [bis
    zum {date1}|noch {month2}] [online|schriftlich] einreichen.
[Bereits|Schon] {year1} hatte es [ähnliche|vergleichbare] Pläne gegeben, die [damals|seinerzeit]
    [am Widerstand der {group2}|an den Kosten|an Protesten] scheiterten.
{org2} [wollte sich auf Anfrage nicht dazu äußern|hat sich bislang nicht zu den Plänen geäußert|
    verwies auf eine laufende Prüfung].
Insgesamt sind [nach Angaben von {p2s}|nach ersten Schätzungen|] {count3} [Menschen|Haushalte|
    Betriebe] betroffen.
Die Opposition [sprach von einem Fehler|kritisierte eine verpasste Chance|forderte eine
    unabhängige Überprüfung] und [kündigte Widerstand an|will das Thema erneut auf die
    Tagesordnung setzen].
{month2} soll eine [Bürgerversammlung|Informationsveranstaltung] in {place2} stattfinden.
[Nach Einschätzung|Nach Ansicht] von Fachleuten [könnte|dürfte] sich die Lage [bis {month2}|in den
    kommenden Wochen] [entspannen|verbessern|stabilisieren].
{p4} wohnt [seit {year1}|seit {yrs} Jahren] in {place} und [sagt|befürchtet], die Entscheidung
    werde [den Alltag|das Leben vieler Familien|das Geschäft] [stärker verändern als gedacht|
    spürbar belasten].
[In einer Umfrage|Bei einer Befragung] [der Stadt|im Auftrag der Verwaltung] sprachen sich
    [rund|knapp] {pctx} der {countx} Teilnehmer [für|gegen] {thing} aus.
[Zuletzt|Im Jahr {yearx}] hatte {org1} [für ein vergleichbares Projekt|für ähnliche Arbeiten]
    [rund|mehr als] {moneyx} ausgegeben, [am Ende|letztlich] [deutlich mehr als geplant|{pctx} über
    dem Budget].
Ob [der Zeitplan|das Budget|die Finanzierung] [hält|reicht], [wollte|konnte] {p2s} [nicht
    sagen|nicht abschließend beurteilen].
Nach Angaben von {p2s} laufen [die Vorbereitungen|die Planungen|die Gespräche] [bereits seit
    Wochen|seit dem Frühjahr|auf Hochtouren].
Kritiker verweisen [zudem|außerdem|vor allem] auf [frühere Fehlplanungen|die Erfahrungen in
    {place2}|ein Gutachten aus dem Jahr {yearx}].
[Im Rathaus|In der Verwaltung|Hinter den Kulissen] wird [seit Monaten|schon länger|intensiv] über
    [mögliche Alternativen|eine Verkleinerung des Projekts|einen neuen Zeitplan] [beraten|
    gesprochen|verhandelt].
Für viele {group2} [kommt die Entscheidung|kam die Nachricht] [überraschend|nicht unerwartet|zur
    Unzeit].
Die Verwaltung [will|möchte] [bis zum {date1}|in den nächsten Wochen] [einen detaillierten
    Zeitplan|eine Kostenschätzung|ein Finanzierungskonzept] vorlegen.
[Ein Sprecher|Eine Sprecherin] der Behörde [bestätigte|erklärte], man prüfe [die Unterlagen|den
    Vorschlag|die Zahlen] [derzeit|noch].
Insgesamt [haben sich|hatten sich] [bislang|bis zum Stichtag] [mehr als|rund] {countx} Menschen an
    der [Online-Umfrage|Bürgerbeteiligung] beteiligt.
[Die Stimmung|Der Ton] [in der Sitzung|im Ausschuss|bei der Versammlung] war [angespannt|gereizt|
    sachlich], [mehrere Redner wurden lauter|einige Zuhörer verließen vorzeitig den Saal|das
    Publikum applaudierte mehrfach].
Wann [die Arbeiten beginnen|mit ersten Ergebnissen zu rechnen ist], hängt [nach Angaben der
    Verwaltung|laut {p2s}] [von der Finanzierung|vom Wetter|von weiteren Gutachten] ab.
{p3s} [erinnerte daran|wies darauf hin], dass [ähnliche Projekte|frühere Vorhaben] in {place2}
    [deutlich teurer geworden seien|Jahre länger gedauert hätten].
""")

DE_BACKGROUND = _tpls("""
{thing} beschäftigt {place} bereits seit {year1}.
Im Jahr {yearx} war ein [ähnliches|früheres] Vorhaben [an den Kosten|am Widerstand der
    {group2}|an Protesten] gescheitert.
Damals [zählte|hatte] {place} [gerade einmal|nur] {count3} Einwohner.
Seitdem haben sich die [Kosten|Preise|Anforderungen] [mehr als verdoppelt|deutlich erhöht|stark
    verändert].
""")

DE_CLOSING = _tpls("""
{org1} will [am {date1}|{month2}|in der kommenden Woche] erneut [beraten|darüber beraten|
    abstimmen].
Eine [öffentliche Informationsveranstaltung|Bürgerversammlung] ist für {dayb2}, {time1}, im
    Rathaus von {place} [geplant|angesetzt].
{org2} war für eine Stellungnahme zunächst nicht [erreichbar|zu erreichen].
Weitere Einzelheiten [sollen|will {org1}] [bis zum {date1}|{month2}|in den kommenden Wochen]
    [bekanntgegeben werden|veröffentlichen].
""")

DE_QUOTES = _tpls("""
Wir [reden|diskutieren|streiten] [seit Jahren|seit {year2}|schon viel zu lange] über dieses
    Projekt, [jetzt muss endlich etwas passieren|jetzt ist die Zeit zum Handeln gekommen]
Das ist [keine leichte|keine einfache|eine schwierige] Entscheidung, aber [sie ist notwendig|wir
    können sie nicht länger aufschieben|sie ist richtig]
Die [Menschen|Bürgerinnen und Bürger|{Group1}] haben ein Recht darauf zu erfahren, wofür ihr Geld
    [ausgegeben|verwendet] wird
[Niemand|Keiner von uns] hat sich diese Situation [gewünscht|ausgesucht], aber wir [müssen|werden]
    jetzt [handeln|Verantwortung übernehmen]
Jeder [weitere|] Monat, den wir warten, macht [es|die Sache] [teurer|schwieriger|nur
    komplizierter]
Ich [hätte nicht gedacht|habe nicht erwartet], dass wir [so weit kommen|das noch erleben|heute
    hier stehen]
Wir [nehmen|verstehen] die Sorgen der {group1} [sehr ernst|gut], [aber|doch] [es gibt keine
    Alternative|wir müssen eine Lösung finden]
Das ist ein [guter|wichtiger|historischer] Tag für {place}
Es gibt [noch viele offene Fragen|noch viel zu tun], und wir wollen [es richtig machen|keine
    Fehler wiederholen]
Wir werden [weiter|so lange] [Druck machen|kämpfen|dranbleiben], bis [alle Fragen geklärt sind|die
    Menschen eine Antwort bekommen]
[Meine Familie lebt|Meine Eltern leben|Wir leben] seit Jahrzehnten hier, und ich möchte, dass das
    so bleibt
Wenn man [die Kosten|die Risiken|die Alternativen] ehrlich [betrachtet|vergleicht], ist [das|dieser
    Plan] die [vernünftigste|sicherste|günstigste] Lösung
""")

DE_QFORMS = _tpls("""
„{qa}“, sagte {qr} {qp}.
„{qa}“, sagte {qp}, {qr}[ von {place}|][, {day1}|].
„{qa}. {qb}“, erklärte {qps}.
{qp} [sagte|betonte]: „{qa}.“
„{qa}“, so {qps}. „{qb}.“
""")

DE_SUBHEADS = _tpls("""
[Wie es weitergeht|Der weitere Zeitplan|Ausblick]
[Kritik an den Kosten|Streit ums Geld|Offene Fragen]
Wer zahlt?
[Die Zahlen|Zahlen und Fakten]
[Hintergrund|Eine lange Geschichte]
[Streit|Unmut] in {place}
Warnung von {p2s}
Was {group1} jetzt wissen müssen
""")

DE_LIST_INTROS = _tpls("""
Der Plan sieht unter anderem vor:
Die wichtigsten Punkte im Überblick:
Das [Paket|Vorhaben] umfasst:
""")

DE_HEADS = _tpls("""
[Streit|Ärger|Entscheidung] um {thing_h} in {place}
{place}: [Neue Pläne für|Kritik an|Mehr Geld für] {thing_h}
{thing_h} [wird teurer|verzögert sich|kommt später]
{p1s}: „[Wir haben keine Wahl|Ein guter Tag für {place}|Das Geld ist gut investiert]“
{count1} {group1} [betroffen|warten auf Klarheit]
""")

DE_CAPTIONS = _tpls("""
{p1} [am {date1}|bei einem Termin|vor Journalisten] in {place}.
[Einsatzkräfte|Arbeiter|Feuerwehrleute] [an der Baustelle|vor Ort] in {place}.
Blick auf [die Baustelle|das Gelände] in {place}.
""")

DE_NOTES = _tpls("""
Anmerkung der Redaktion: Der Artikel wurde um eine Stellungnahme von {p2} ergänzt.
Korrektur: In einer früheren Version dieses Artikels wurden die Kosten falsch angegeben.
Aktualisiert um {time1}: Der Text wurde um weitere Details ergänzt.
""")

# --- French ----------------------------------------------------------------------------------

FR_DATA = LangData(
    first_m=_words(
        "Jean Pierre Michel Philippe Alain Nicolas Christophe Laurent Julien Thomas Antoine "
        "Mathieu Sébastien Olivier Frédéric Guillaume Romain Hugo Louis Lucas Benoît Éric "
        "Patrick Vincent François Arnaud Damien Yannick"
    ),
    first_f=_words(
        "Marie Nathalie Isabelle Sylvie Catherine Sophie Camille Julie Claire Céline Aurélie "
        "Émilie Sandrine Valérie Anne Chloé Léa Manon Inès Pauline Élodie Hélène Christine Laure "
        "Margaux Agnès Solène Mathilde"
    ),
    last=_words(
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
        "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre "
        "Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc "
        "Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez "
        "Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly "
        "Gautier Roger Roche Roy Noël Meyer Lucas Meunier Perez Marchand Dufour Blanchard Barbier "
        "Brun Dumas Brunet Schmitt Leroux Colin Fernandez Renard Arnaud Rolland Caron Aubert "
        "Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Leclercq Lacroix Fabre "
        "Dupuis Olivier Hubert Guillot Rivière Moulin Lecomte Fleury Deschamps Carpentier"
    ),
    cities=_pairs(
        "Lyon|Marseille|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Reims|"
        "Toulon|Grenoble|Dijon|Angers|Nîmes|Villeurbanne|Clermont-Ferrand|Limoges|Tours|Amiens|"
        "Metz|Besançon|Perpignan|Orléans|Rouen|Mulhouse|Caen|Nancy|Avignon|Poitiers|Brest|Pau|"
        "Calais|Annecy|Lorient|Chambéry"
    ),
    world=_pairs("Kiev|Kharkiv|Odessa|Lviv|Dnipro|Zaporijjia|Kherson|Soumy|Mykolaïv"),
    talks=_pairs("Genève|Istanbul|Riyad|Vienne|Bruxelles"),
    days=_pairs("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
    months_in=tuple(
        "en " + m
        for m in _words(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        )
    ),
    months_gen=_words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    date_fmt=lambda day, month: f"{day} {month}",
    money=_money_eu(
        "millions d’euros", ("milliard d’euros", "milliards d’euros"), _space_thousands, "euros"
    ),
    pct=lambda v: f"{v} %",
    count=_space_thousands,
    small_money=lambda rng: rng.choice(
        (f"{rng.randint(2, 40)} euros", f"{rng.randint(2, 19)},{rng.choice('2557')}0 euros")
    ),
    time=lambda rng: f"{rng.randint(8, 20)} h {rng.choice('0134')}{rng.choice('05')}",
    company=lambda rng: rng.choice(
        (
            f"{rng.choice(FR_DATA.last)} Industries",
            f"Groupe {rng.choice(FR_DATA.last)}",
            f"{rng.choice(FR_DATA.last)} et Fils",
            f"{rng.choice(_words('Alpi Norda Sudel Valo Techna Ouesta'))}"
            f"{rng.choice(_words('com mat tec nova gaz pack'))}",
        )
    ),
    streets=_words("Gambetta Jaurès Pasteur Foch Hugo Zola Carnot Voltaire"),
    rivers=_words("Seine Loire Garonne Marne Dordogne Meuse Saône Moselle"),
    agency="AFP",
    numw=_words("deux trois quatre cinq six sept huit neuf dix onze douze"),
)

FR_TOPICS = (
    _topic(
        "local",
        things="""la rénovation du pont de la Gare/le pont de la Gare|
        le projet de piscine municipale/la piscine municipale|
        la construction d’un nouveau collège à {place}/le nouveau collège|
        le réaménagement du centre-ville/le centre-ville|
        la station d’épuration de {place}/la station d’épuration|
        le parking souterrain de la place de la République/le parking souterrain|
        la ligne de tramway vers {place2}/le tramway""",
        orgs="""le conseil municipal de {place}|la métropole|la préfecture|
        le conseil départemental|la région|la mairie de {place}""",
        roles="""le maire/la maire|l’adjoint à l’urbanisme/l’adjointe à l’urbanisme|
        le chef de l’opposition/la cheffe de l’opposition|
        le directeur des services techniques/la directrice des services techniques|
        le porte-parole de la mairie/la porte-parole de la mairie""",
        acts="""une hausse de {pct1} des tarifs de l’eau|un budget de {money1}|
        le report du vote à la rentrée|la fermeture temporaire du pont|
        un emprunt de {money2}|l’embauche de {num3} agents|une étude indépendante""",
        issues="""la hausse des coûts|la sécurité des riverains|l’endettement de la ville|
        le manque de personnel|les nuisances sonores|le stationnement""",
        groups="""les riverains/riverains|les habitants/habitants|les commerçants/commerçants|
        les automobilistes/automobilistes|les contribuables/contribuables""",
        heads="""
{place} : [polémique|débat|tensions] autour [du projet|des travaux]
{place} : {thing_h} coûtera {money1}
{place} : le conseil municipal [tranche|se prononce] sur {thing_h}
""",
        facts="""
Selon la mairie, {thing} devrait coûter [environ|près de|plus de] {money1}, et les travaux
    [devraient s’achever|pourraient durer] [d’ici {year3}|jusqu’en {year3}].
[Les experts avaient alerté|Un rapport publié en {year2} avait déjà alerté|Les ingénieurs
    avaient alerté] [dès {year2}|l’an dernier|il y a plusieurs années] sur [l’état préoccupant
    des installations|la vétusté des équipements|les risques pour la sécurité].
Pour un foyer moyen, la facture augmenterait d’environ {small_money} par mois.
Les installations, construites en {year1}, desservent [environ|près de] {count1} habitants à
    {place} et dans [{num1} communes voisines|les environs].
Pendant le chantier, la rue {street} [sera fermée|restera partiellement fermée] [pendant
    plusieurs mois|jusqu’{month2}|].
""",
        items="""
{money2} pour de nouvelles pompes
un groupe électrogène de secours
{num1} postes supplémentaires aux services techniques
une hausse des tarifs de {pct1} par an
de nouvelles pistes cyclables rue {street}
""",
    ),
    _topic(
        "économie",
        things="""le projet de rachat par {co2}/le rachat|
        la fermeture de l’usine {co1} de {place}/l’usine {co1}|
        les résultats trimestriels de {co1}/les résultats|
        le nouveau centre logistique près de {place}/le centre logistique|
        le plan social chez {co1}/le plan social|les négociations salariales/les salaires""",
        orgs="""la direction de {co1}|le syndicat CGT|le comité social et économique|
        la chambre de commerce|le ministère de l’Économie|le conseil d’administration de {co1}""",
        roles="""le PDG/la PDG|le délégué syndical/la déléguée syndicale|
        le directeur financier/la directrice financière|l’économiste|
        le directeur du site/la directrice du site""",
        acts="""la suppression de {count2} emplois|un investissement de {money1} à {place}|
        la délocalisation de la production vers {place2}|une hausse des prix de {pct1}|
        un plan d’économies de {money2}|le rachat de {co2} pour {money2}""",
        issues="""la faiblesse de la demande|la hausse des prix de l’énergie|
        la pénurie de main-d’œuvre|la concurrence asiatique|la hausse des taux d’intérêt""",
        groups="""les salariés/salariés|les actionnaires/actionnaires|les fournisseurs/fournisseurs|
        les clients/clients|les syndicats/syndicats""",
        heads="""
{co1} [va supprimer|supprime] {count2} emplois[ à {place}|]
{co1} : chiffre d’affaires en [hausse|baisse] de {pct1}
{co1} rachète {co2} pour {money2}
[Inquiétude|Colère] chez les salariés de {co1} à {place}
""",
        facts="""
{co1} a publié un chiffre d’affaires de {money2} pour le trimestre, en [hausse|baisse] de {pct1}
    sur un an.
L’action {co1} a [reculé|progressé|chuté|bondi] de {pct2} [{day1}|en début de séance|à la
    clôture].
Le groupe emploie environ {count1} personnes, dont {count3} sur le site de {place}.
Les analystes tablaient sur [un bénéfice|des revenus] de {money3}.
""",
        items="""
{money2} pour de nouvelles machines
{count3} embauches d’ici {year3}
une baisse des coûts de {pct2}
la cession d’une filiale
une nouvelle usine à {place2}
""",
    ),
    _topic(
        "politique",
        world=True,
        things="""le cessez-le-feu en Ukraine/le cessez-le-feu|
        le nouveau paquet d’aide à l’Ukraine/l’aide à l’Ukraine|
        la réparation du réseau électrique de {place}/le réseau électrique|
        l’évacuation des civils de {place}/l’évacuation|
        l’échange de prisonniers/l’échange de prisonniers|
        le cycle de négociations à {city2}/les négociations""",
        orgs="""le gouvernement|l’Assemblée nationale|le ministère des Armées|l’opposition|
        la Commission européenne|le Quai d’Orsay""",
        roles="""le ministre des Armées/la ministre des Armées|
        le ministre des Affaires étrangères/la ministre des Affaires étrangères|
        le Premier ministre/la Première ministre|le président du groupe/la présidente du groupe|
        le porte-parole du gouvernement/la porte-parole du gouvernement|
        le politologue/la politologue""",
        acts="""une aide supplémentaire de {money1}|
        la livraison de {num3} systèmes de défense aérienne|
        de nouvelles sanctions|une prolongation de la mission de {num1} mois|
        l’ouverture de nouvelles négociations à {city2}""",
        issues="""la situation sur le front|le financement du budget|la sécurité européenne|
        la hausse des dépenses|l’avenir de la coalition""",
        groups="""les députés/députés|les électeurs/électeurs|les citoyens/citoyens|
        les soldats/soldats|les diplomates/diplomates|les réfugiés/réfugiés""",
        heads="""
Attaque contre {place} : [au moins {num3} morts|de nombreux blessés]
{org1h} annonce {m1}
Négociations à {city2} : [reprise|report] [prévue|annoncé] [la semaine prochaine|{dayb2}]
""",
        facts="""
L’attaque contre {place} a fait au moins {num3} morts et {num4} blessés, selon les autorités
    locales.
Le vote à l’Assemblée nationale est prévu le {date1}.
Selon un sondage récent, {pct3} des personnes interrogées [soutiennent|rejettent] le projet.
La défense aérienne a abattu {num3} des {num4} drones lancés dans la nuit, mais des débris ont
    [endommagé|touché] [plusieurs immeubles|un entrepôt|une ligne électrique] à {place}.
""",
        items="""
{num3} systèmes de défense aérienne
{money2} pour réparer le réseau électrique
des munitions d’artillerie
{count3} tonnes d’aide humanitaire
des véhicules blindés
""",
    ),
    _topic(
        "météo",
        things="""la tempête/la tempête|la crue de la {river}/la crue|
        la vague de chaleur/la canicule|les incendies près de {place}/les incendies|
        les violents orages/les orages|l’épisode neigeux/la neige""",
        orgs="""Météo-France|la préfecture|le service départemental d’incendie et de secours|
        la SNCF|la sécurité civile|la mairie de {place}""",
        roles="""le préfet/la préfète|le prévisionniste/la prévisionniste|
        le commandant des pompiers/la commandante des pompiers|le maire/la maire""",
        acts="""l’évacuation de {count3} habitants|une vigilance rouge pour {place2}|
        la fermeture de plusieurs routes|l’envoi de {num3} renforts|
        la fermeture des écoles du département""",
        issues="""la montée des eaux|les chutes d’arbres|le verglas|la sécheresse|
        le risque d’inondation""",
        groups="""les habitants/habitants|les automobilistes/automobilistes|
        les agriculteurs/agriculteurs|les voyageurs/voyageurs|les élèves/élèves""",
        heads="""
{thing_h} : [routes coupées|écoles fermées|caves inondées] à {place}
Vigilance [rouge|orange] à {place} et {place2}
{count2} foyers privés d’électricité après {thing_h}
""",
        facts="""
Le niveau de la {river} a atteint {level} mètres [dans la nuit de {dayb1} à {dayb2}|{dayb1}
    soir].
Les pompiers sont intervenus [plus de|près de] {num3} fois [dans la nuit|depuis {dayb1}].
Environ {count2} foyers ont été privés d’électricité[ pendant plusieurs heures|].
Météo-France prévoit [de nouvelles pluies|des températures jusqu’à {temp} degrés|des rafales
    jusqu’à {kmh} km/h] [d’ici {dayb2}|dans les prochains jours].
""",
        items="""
un gymnase ouvert pour l’hébergement d’urgence
des sacs de sable à la caserne de la rue {street}
la route départementale coupée près de {place2}
les écoles fermées dans tout le département
""",
    ),
    _topic(
        "santé",
        things="""la fermeture de la maternité de {place}/la maternité|
        la réforme de l’hôpital/la réforme de l’hôpital|l’épidémie de grippe/la grippe|
        le nouveau centre de santé de {place}/le centre de santé|
        la fusion des hôpitaux du département/la fusion des hôpitaux""",
        orgs="""l’agence régionale de santé|le ministère de la Santé|la direction de l’hôpital|
        le conseil départemental|la mairie de {place}""",
        roles="""le ministre de la Santé/la ministre de la Santé|
        le chef de service/la cheffe de service|
        le directeur de l’hôpital/la directrice de l’hôpital|le médecin/la médecin|
        le délégué syndical/la déléguée syndicale""",
        acts="""le recrutement de {count3} infirmiers|l’extension des horaires des urgences|
        une campagne de vaccination gratuite dans {num2} écoles|une aide de {money2}|
        la fermeture du service au {date1}""",
        issues="""le manque de soignants|les longs délais d’attente|la baisse de la couverture
        vaccinale|le coût des soins|la saturation des urgences""",
        groups="""les patients/patients|les parents/parents|les infirmiers/infirmiers|
        les médecins/médecins|les retraités/retraités""",
        heads="""
{place} : [inquiétude|colère] autour de {thing_h}
{org1h} annonce {m1}
[Urgences saturées|Manque de soignants] : {org1h} [alerte|réagit]
""",
        facts="""
L’agence régionale de santé a confirmé {num3} cas, [la plupart|pour l’essentiel] chez des
    [enfants|enfants non vaccinés|adolescents].
Le délai d’attente moyen aux urgences a atteint [près de|environ] {num1} heures {month1}.
""",
        items="""
{count3} postes d’infirmiers
une vaccination gratuite dans {num2} écoles
des horaires étendus jusqu’à {time1}
une aide de {money2} pour les médecins de campagne
""",
    ),
)

FR_LEAD = _tpls("""
{org1} a [adopté|voté|approuvé] {m1} [{day1}|{day1} soir|lors d’une séance extraordinaire
    {day1}].
{thing} [suscite|provoque] [de nouvelles tensions|la colère|de vifs débats] à {place}.
{p1}, {r1}, a [annoncé|présenté|défendu] {m1} [{day1}|ce {day1}].
{thing} coûtera [nettement|bien] plus cher que prévu : {org1} table désormais sur {money1} au lieu
    de {money3}.
Après des mois de [polémique|bras de fer|débats], {org1} a tranché en [adoptant|approuvant] {m1}.
[Près de|Environ|Plus de] {count1} {group1g} [pourraient être|seront] concernés par la décision
    prise {day1} par {org1}.
""")

FR_GEN = _tpls("""
Cette décision [intervient après|fait suite à] [des mois|plusieurs années|de longs mois] de
    [débats|négociations|discussions] sur {issue1}.
[Les partisans du projet y voient une étape importante|Ses défenseurs évoquent une décision
    attendue], tandis que [ses détracteurs|les opposants] [dénoncent|pointent du doigt] {issue2}.
{p2}, {r2}, a [expliqué|indiqué|assuré] [{day1}|à la presse|lors d’une conférence de presse] que
    [plusieurs|{num1}|différentes] [options|solutions|pistes] avaient été étudiées.
Une décision [définitive|finale] [est attendue|devrait être prise] [le {date1}|{month1}|d’ici la fin
    de l’année].
Selon [les estimations|les chiffres] [de la mairie|des services municipaux|officiels], [environ|près
    de] {countx} personnes [vivent|travaillent] dans [le secteur concerné|la zone concernée].
Depuis {yearx}, [environ|près de|plus de] {moneyx} ont été [dépensés|investis] dans [des
    réparations|des études|des travaux d’urgence].
[La suite reste incertaine|Le calendrier reste flou|Rien n’est encore décidé].
{p3} a [critiqué|dénoncé] [notamment|en particulier|surtout] {issue1}.
Plusieurs {group1g} [regrettent de ne pas avoir été consultés|affirment ne pas avoir été
    informés à temps|se disent inquiets pour l’avenir].
La prochaine réunion est prévue {day2}.
[Environ|Près de] {pctx} du coût [devrait|pourrait] être pris en charge par [l’État|la région|des
    fonds européens].
Ce montant est en [hausse|baisse] de {pctx} par rapport à {yearx}.
Selon {p3s}, il aurait fallu agir [plus tôt|plus vite|avec plus de fermeté].
Les habitants peuvent [déposer leurs observations|poser leurs questions] [en ligne|par courrier]
    jusqu’au {date1}.
Un projet [similaire|comparable] avait déjà été [abandonné|enterré] en {year1} [en raison de son
    coût|face à l’opposition locale|après des manifestations].
{org2} n’a pas [souhaité|voulu] [réagir|commenter] [dans l’immédiat|pour le moment].
Au total, [{count3} personnes seraient concernées|{count3} foyers seraient concernés|{count3}
    entreprises seraient concernées].
L’opposition [a dénoncé une erreur|parle d’une occasion manquée|réclame un audit indépendant].
Une réunion publique [aura lieu|est prévue] {month2} à {place2}.
D’après les spécialistes, la situation [pourrait|devrait] [s’améliorer|se stabiliser|évoluer]
    [d’ici {date1}|dans les prochaines semaines].
{p4}, qui habite [à {place}|le quartier] depuis {year1}, [estime|craint] que cette décision
    [change|bouleverse] [le quotidien|la vie] de [nombreuses familles|tout le quartier].
Dans une consultation menée par {org2}, [environ|près de] {pctx} des {countx} participants se
    sont dits [favorables|opposés] au projet.
En {yearx}, des travaux comparables avaient coûté [environ|plus de] {moneyx}, [soit|c’est-à-dire]
    {pctx} de plus que prévu.
{p2s} n’a pas voulu dire si [le calendrier|le budget|le financement] serait [tenu|suffisant|
    respecté].
Selon {p2s}, [les préparatifs|les discussions|les études] sont en cours [depuis plusieurs
    semaines|depuis le début de l’année|depuis l’été].
Les critiques rappellent [par ailleurs|aussi] [les erreurs du passé|l’expérience de {place2}|un
    rapport publié en {yearx}].
[À la mairie|En coulisses|Au sein de l’exécutif], on [discute|réfléchit] [depuis des mois|depuis
    longtemps] à [d’autres options|une version réduite du projet|un nouveau calendrier].
Pour de nombreux {group2g}, la décision [est une surprise|n’est pas une surprise|tombe au plus
    mauvais moment].
La collectivité [veut|entend] présenter [un calendrier détaillé|une estimation des coûts|un plan
    de financement] [d’ici le {date1}|dans les prochaines semaines].
Un porte-parole [a confirmé|a indiqué] que [les documents|la proposition|les chiffres] étaient [en
    cours d’examen|encore à l’étude].
Au total, plus de {countx} personnes ont participé à [la consultation en ligne|la concertation
    publique].
L’ambiance [lors de la séance|pendant la réunion] était [tendue|électrique|studieuse], et
    [plusieurs intervenants ont haussé le ton|certains habitants ont quitté la salle|le public a
    applaudi à plusieurs reprises].
Le début des travaux dépendra [du financement|de la météo|de nouvelles expertises], selon {p2s}.
{p3s} a rappelé que des projets [similaires|comparables] à {place2} avaient [coûté beaucoup plus
    cher|pris des années de retard].
""")

FR_BACKGROUND = _tpls("""
{thing} [fait débat|divise] à {place} depuis au moins {year1}.
En {yearx}, un projet [similaire|antérieur] avait échoué [en raison de son coût|face à la
    mobilisation des habitants|après un recours en justice].
À l’époque, {place} ne comptait que {count3} habitants.
Depuis, les coûts ont [plus que doublé|fortement augmenté].
""")

FR_CLOSING = _tpls("""
{org1} [doit|devrait] [se prononcer|se réunir] à nouveau le {date1}.
Une réunion publique d’information est prévue {dayb2} à {time1} à l’hôtel de ville de {place}.
{org2} n’a pas répondu à nos sollicitations.
De nouvelles précisions [sont attendues|devraient être communiquées] [d’ici le {date1}|{month2}].
""")

FR_QUOTES = _tpls("""
Nous [parlons de|discutons de|débattons de] ce projet depuis [des années|{year2}|trop longtemps],
    il est temps [d’agir|de passer aux actes]
Ce n’est pas une décision [facile|simple|agréable], mais [elle est nécessaire|nous ne pouvions
    plus la repousser|c’est la bonne]
Les habitants ont le droit de savoir [où va leur argent|comment leur argent est dépensé]
Personne n’a souhaité [cette situation|en arriver là], mais nous devons [agir|prendre nos
    responsabilités] maintenant
Chaque mois d’attente [rend le problème plus difficile à régler|coûte encore plus cher à la
    collectivité]
Je [ne pensais pas|n’aurais jamais cru] [en arriver là|voir ce jour|que ce serait si rapide]
Nous [entendons|comprenons] les inquiétudes [des riverains|des habitants|de chacun], mais [il n’y
    a pas d’alternative|nous devons trouver une solution]
C’est une [bonne|grande|belle] journée pour {place}
Il reste [beaucoup de questions|encore beaucoup de travail], et nous voulons [bien faire|éviter
    les erreurs du passé]
Nous [continuerons|allons continuer] à nous battre jusqu’à ce que [chacun obtienne une réponse|
    toutes les questions soient réglées]
Quand on regarde [les coûts|les risques|les alternatives] honnêtement, [ce projet|ce plan] est la
    solution la plus [raisonnable|sûre|économique]
""")

FR_QFORMS = _tpls("""
« {qa} », a déclaré {qp}, {qr}.
« {qa} », a [expliqué|souligné|affirmé] {qp}.
« {qa}. {qb} », a ajouté {qps}.
{qp}, {qr}, [résume|tranche|prévient] : « {qa}. »
""")

FR_SUBHEADS = _tpls("""
[Et maintenant ?|La suite|Le calendrier]
[La question du coût|Qui va payer ?]
[Les chiffres clés|En chiffres]
[Des inquiétudes persistent|Un long feuilleton]
[Colère|Inquiétude] à {place}
L’avertissement de {p2s}
Ce que prévoit le texte
""")

FR_LIST_INTROS = _tpls("""
Le plan prévoit notamment :
Les principales mesures :
Ce qu’il faut retenir :
""")

FR_HEADS = _tpls("""
{place} : [polémique|débat|tensions] autour du projet
{place} : {thing_h} coûtera {money1}
{count1} {group1g} concernés à {place}
{p1s} : « [Nous n’avons pas le choix|Une bonne journée pour {place}|Il faut agir vite] »
{place} : le conseil [tranche|se prononce] sur {thing_h}
""")

FR_CAPTIONS = _tpls("""
{p1} [lors d’une conférence de presse|à son arrivée] à {place}, {day1}.
[Des ouvriers|Des pompiers|Des agents] sur le chantier à {place}.
Vue [du chantier|du site] à {place}.
""")

FR_NOTES = _tpls("""
Note de la rédaction : cet article a été mis à jour avec la réaction de {p2}.
Correctif : une version précédente de cet article comportait une erreur sur le coût du projet.
Mise à jour à {time1} : ajout de précisions.
""")

# --- Spanish ---------------------------------------------------------------------------------

ES_DATA = LangData(
    first_m=_words(
        "José Antonio Manuel Francisco Juan David Javier Carlos Jesús Daniel Miguel Alejandro "
        "Rafael Pablo Sergio Fernando Jorge Luis Alberto Álvaro Diego Adrián Raúl Enrique Ramón "
        "Andrés Víctor Iván Rubén Óscar"
    ),
    first_f=_words(
        "María Carmen Ana Isabel Laura Cristina Marta Lucía Elena Paula Sara Raquel Pilar Rosa "
        "Beatriz Silvia Patricia Andrea Nuria Alicia Sofía Irene Claudia Julia Mercedes Teresa "
        "Rocío Lorena Inés Natalia"
    ),
    last=_words(
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez "
        "Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres "
        "Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado "
        "Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos "
        "Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña "
        "Flores Cabrera Campos Vega Fuentes Carrasco Caballero Reyes Nieto Aguilar Pascual "
        "Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Benítez Mora "
        "Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra "
        "Esteban Bravo Gallardo Rojas"
    ),
    cities=_pairs(
        "Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Murcia|Palma|Bilbao|Alicante|Córdoba|"
        "Valladolid|Vigo|Gijón|Granada|Oviedo|Badajoz|Cartagena|Pamplona|Almería|Santander|"
        "Burgos|Salamanca|Logroño|Huelva|Cáceres|Lleida|Tarragona|León|Cádiz|Jaén|Ourense|"
        "Girona|Lugo|Toledo|Segovia"
    ),
    world=_pairs("Kiev|Járkov|Odesa|Leópolis|Dnipró|Zaporiyia|Jersón|Sumy|Mykoláiv"),
    talks=_pairs("Ginebra|Estambul|Riad|Viena|Bruselas"),
    days=_pairs(
        "el lunes/lunes|el martes/martes|el miércoles/miércoles|el jueves/jueves|"
        "el viernes/viernes|el sábado/sábado|el domingo/domingo"
    ),
    months_in=tuple(
        "en " + m
        for m in _words(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
            "diciembre"
        )
    ),
    months_gen=_words(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    date_fmt=lambda day, month: f"{day} de {month}",
    money=_money_eu(
        "millones de euros", ("millones de euros", "millones de euros"), _dot_thousands, "euros"
    ),
    pct=lambda v: f"{v} %",
    count=_dot_thousands,
    small_money=lambda rng: rng.choice(
        (f"{rng.randint(2, 40)} euros", f"{rng.randint(2, 19)},{rng.choice('2557')}0 euros")
    ),
    time=lambda rng: f"{rng.randint(8, 20)}.{rng.choice('0134')}{rng.choice('05')}",
    company=lambda rng: rng.choice(
        (
            f"Industrias {rng.choice(ES_DATA.last)}",
            f"Grupo {rng.choice(ES_DATA.last)}",
            f"{rng.choice(_words('Ibe Cante Nava Sur Levan Astur'))}"
            f"{rng.choice(_words('tec metal gas pack ener sur'))}",
        )
    ),
    streets=_words("Mayor Real Alcalá Colón Cervantes Constitución Goya Prado"),
    rivers=_words("Ebro Duero Tajo Guadalquivir Júcar Segura Miño Guadiana"),
    agency="EFE",
    numw=_words("dos tres cuatro cinco seis siete ocho nueve diez once doce"),
)

ES_TOPICS = (
    _topic(
        "local",
        things="""la reforma del puente de San Pedro/el puente de San Pedro|
        la nueva piscina municipal de {place}/la piscina municipal|
        la depuradora de {place}/la depuradora|
        el aparcamiento subterráneo de la plaza Mayor/el aparcamiento de la plaza Mayor|
        la ampliación del tranvía hasta {place2}/el tranvía|
        la peatonalización del centro de {place}/la peatonalización|
        el nuevo instituto de {place}/el nuevo instituto""",
        orgs="""el Ayuntamiento de {place}|la Junta de Gobierno local|el pleno municipal|
        la Diputación|el Gobierno regional""",
        roles="""el alcalde/la alcaldesa|el concejal de Urbanismo/la concejala de Urbanismo|
        el portavoz municipal/la portavoz municipal|
        el ingeniero municipal/la ingeniera municipal|
        el líder de la oposición/la líder de la oposición""",
        acts="""una subida del {pct1} en la tasa del agua|un presupuesto de {money1}|
        el aplazamiento de la votación|el cierre temporal del puente|
        un préstamo de {money2}|la contratación de {num3} técnicos|un estudio independiente""",
        issues="""el aumento de los costes|la seguridad de los vecinos|la deuda municipal|
        la falta de personal|el ruido de las obras|el aparcamiento""",
        groups="""los vecinos/vecinos|los comerciantes/comerciantes|los conductores/conductores|
        los padres/padres|los contribuyentes/contribuyentes""",
        heads="""
{place}: polémica por {thing_h}
{thing_h} de {place} costará {money1}
{org1h} aprueba {m1}
""",
        facts="""
Según el Ayuntamiento, {thing} costará [unos|cerca de|más de] {money1} y las obras [deberían
    terminar en|se prolongarán hasta] {year3}.
[Los técnicos ya habían advertido|Un informe de {year2} ya había alertado|Los ingenieros habían
    avisado] [en {year2}|el año pasado|hace varios años] sobre [el mal estado de las
    instalaciones|el deterioro de la estructura|los riesgos para la seguridad].
Para una familia media, la factura subiría unos {small_money} al mes.
Las instalaciones, construidas en {year1}, dan servicio a [unos|cerca de] {count1} habitantes de
    {place} y [{num1} municipios cercanos|su comarca].
Durante las obras, la calle {street} [permanecerá cortada|tendrá un solo carril] [varios meses|
    hasta {month2}|].
""",
        items="""
{money2} para nuevas bombas y filtros
un generador de emergencia
{num1} nuevas plazas de técnicos municipales
una subida de la tasa del {pct1} anual
nuevos carriles bici en la calle {street}
""",
    ),
    _topic(
        "economía",
        things="""la compra de {co1} por parte de {co2}/la compra de {co1}|
        el cierre de la planta de {co1} en {place}/el cierre de la planta|
        los resultados trimestrales de {co1}/los resultados|
        el nuevo centro logístico de {place}/el centro logístico|
        el ERE en {co1}/el ERE|la negociación del convenio/el convenio""",
        orgs="""la dirección de {co1}|el comité de empresa|la patronal|la Cámara de Comercio|
        el Ministerio de Economía|el consejo de administración de {co1}""",
        roles="""el consejero delegado/la consejera delegada|
        el presidente del comité de empresa/la presidenta del comité de empresa|
        el portavoz sindical/la portavoz sindical|el director financiero/la directora financiera|
        el economista/la economista""",
        acts="""el despido de {count2} trabajadores|una inversión de {money1} en {place}|
        el traslado de la producción a {place2}|una subida de precios del {pct1}|
        un plan de ahorro de {money2}|la compra de {co2} por {money2}""",
        issues="""la debilidad de la demanda|el precio de la energía|la falta de mano de obra|
        la competencia asiática|la subida de los tipos de interés""",
        groups="""los trabajadores/trabajadores|los accionistas/accionistas|
        los proveedores/proveedores|los clientes/clientes|los sindicatos/sindicatos""",
        heads="""
{co1} despedirá a {count2} trabajadores[ en {place}|]
{co1} [eleva|reduce] su facturación un {pct1}
{co1} compra {co2} por {money2}
[Preocupación|Indignación] entre los trabajadores de {co1} en {place}
""",
        facts="""
{co1} registró una facturación de {money2} en el trimestre, un {pct1} [más|menos] que hace un año.
Las acciones de {co1} [cayeron|subieron|se dispararon|se desplomaron] un {pct2} [{day1}|en la
    apertura|al cierre de la sesión].
La empresa emplea a unas {count1} personas, {count3} de ellas en {place}.
Los analistas esperaban [unos beneficios|unos ingresos] de {money3}.
""",
        items="""
{money2} para maquinaria nueva
{count3} contrataciones antes de {year3}
un recorte de costes del {pct2}
la venta de una filial
una nueva planta en {place2}
""",
    ),
    _topic(
        "política",
        world=True,
        things="""el alto el fuego en Ucrania/el alto el fuego|
        el nuevo paquete de ayuda a Ucrania/la ayuda a Ucrania|
        la reparación de la red eléctrica de {place}/la red eléctrica|
        la evacuación de civiles de {place}/la evacuación|
        el canje de prisioneros/el canje de prisioneros|
        la ronda de negociaciones en {city2}/las negociaciones""",
        orgs="""el Gobierno|el Congreso|el Ministerio de Defensa|la oposición|
        la Comisión Europea|el Ministerio de Asuntos Exteriores""",
        roles="""el ministro de Defensa/la ministra de Defensa|
        el ministro de Asuntos Exteriores/la ministra de Asuntos Exteriores|
        el presidente del Gobierno/la presidenta del Gobierno|
        el portavoz parlamentario/la portavoz parlamentaria|el politólogo/la politóloga""",
        acts="""una ayuda adicional de {money1}|el envío de {num3} sistemas de defensa antiaérea|
        nuevas sanciones|la prórroga de la misión durante {num1} meses|
        una nueva ronda de conversaciones en {city2}""",
        issues="""la situación en el frente|la financiación del presupuesto|la seguridad europea|
        el aumento del gasto|el futuro de la coalición""",
        groups="""los diputados/diputados|los votantes/votantes|los ciudadanos/ciudadanos|
        los soldados/soldados|los diplomáticos/diplomáticos|los refugiados/refugiados""",
        heads="""
Ataque contra {place}: [al menos {num3} muertos|decenas de heridos]
{org1h} anuncia {m1}
Las negociaciones en {city2} [se reanudarán|se aplazan] [la próxima semana|{day2}]
""",
        facts="""
El ataque contra {place} dejó al menos {num3} muertos y {num4} heridos, según las autoridades
    locales.
La votación en el Congreso está prevista para el {date1}.
Según una encuesta reciente, el {pct3} de los ciudadanos [apoya|rechaza] el proyecto.
La defensa antiaérea derribó {num3} de los {num4} drones lanzados durante la noche, pero los
    restos [dañaron|alcanzaron] [varios edificios|un almacén|una línea eléctrica] en {place}.
""",
        items="""
{num3} sistemas de defensa antiaérea
{money2} para reparar la red eléctrica
munición de artillería
{count3} toneladas de ayuda humanitaria
vehículos blindados
""",
    ),
    _topic(
        "tiempo",
        things="""la borrasca/la borrasca|la crecida del {river}/la crecida del {river}|
        la ola de calor/la ola de calor|el incendio de {place}/el incendio|
        la dana en {place}/la dana|el temporal de nieve/el temporal""",
        orgs="""la Aemet|Protección Civil|el servicio de emergencias 112|la Guardia Civil|
        el Ayuntamiento de {place}""",
        roles="""el jefe de bomberos/la jefa de bomberos|el meteorólogo/la meteoróloga|
        el delegado del Gobierno/la delegada del Gobierno|el alcalde/la alcaldesa|
        el portavoz de Protección Civil/la portavoz de Protección Civil""",
        acts="""el desalojo de {count3} vecinos|la alerta roja en {place2}|
        el corte de varias carreteras|el envío de {num3} efectivos más|
        la suspensión de las clases en toda la provincia""",
        issues="""la subida del nivel del río|la caída de árboles|el hielo en las carreteras|
        la sequía|el riesgo de inundaciones""",
        groups="""los vecinos/vecinos|los conductores/conductores|los agricultores/agricultores|
        los viajeros/viajeros|los alumnos/alumnos""",
        heads="""
{thing_h}: [carreteras cortadas|clases suspendidas|sótanos inundados] en {place}
Alerta [roja|naranja] en {place} y {place2}
{count2} hogares sin luz por {thing_h}
""",
        facts="""
El caudal del {river} alcanzó {level} metros [en la noche del {dayb1}|el {dayb1} por la tarde].
Los bomberos realizaron más de {num3} intervenciones [durante la noche|desde {day1}].
Unos {count2} hogares se quedaron sin luz[ durante varias horas|].
La Aemet prevé [nuevas lluvias|temperaturas de hasta {temp} grados|rachas de hasta {kmh} km/h]
    [hasta {day2}|en los próximos días].
""",
        items="""
un polideportivo habilitado como albergue
sacos terreros en el parque de bomberos de la calle {street}
la carretera cortada cerca de {place2}
clases suspendidas en toda la provincia
""",
    ),
    _topic(
        "sanidad",
        things="""el cierre del paritorio de {place}/el paritorio|la reforma sanitaria/la reforma|
        la epidemia de gripe/la gripe|el nuevo centro de salud de {place}/el centro de salud|
        el brote de sarampión en un colegio de {place}/el sarampión|
        la fusión de los hospitales de la provincia/la fusión hospitalaria""",
        orgs="""la Consejería de Sanidad|el Ministerio de Sanidad|la dirección del hospital|
        el Servicio de Salud|el colegio de médicos""",
        roles="""el consejero de Sanidad/la consejera de Sanidad|
        el jefe de servicio/la jefa de servicio|
        el director del hospital/la directora del hospital|el médico/la médica|
        el delegado sindical/la delegada sindical""",
        acts="""la contratación de {count3} enfermeros|la ampliación del horario de urgencias|
        una campaña de vacunación gratuita en {num2} colegios|una ayuda de {money2}|
        el cierre del servicio el {date1}""",
        issues="""la falta de sanitarios|las largas listas de espera|el descenso de la vacunación|
        el coste de la atención|la saturación de las urgencias""",
        groups="""los pacientes/pacientes|los padres/padres|los enfermeros/enfermeros|
        los médicos/médicos|los jubilados/jubilados""",
        heads="""
{place}: [preocupación|indignación] por {thing_h}
{org1h} anuncia {m1}
[Urgencias saturadas|Falta de sanitarios]: {org1h} [alerta|responde]
""",
        facts="""
Sanidad ha confirmado {num3} casos, [la mayoría|casi todos] en [niños|niños no vacunados|
    adolescentes].
La espera media en urgencias llegó a [casi|unas] {num1} horas {month1}.
""",
        items="""
{count3} nuevas plazas de enfermería
vacunación gratuita en {num2} colegios
horario ampliado hasta las {time1}
{money2} para consultorios rurales
""",
    ),
)

ES_LEAD = _tpls("""
{org1} aprobó {m1} [{day1}|{day1} por la tarde|en un pleno extraordinario {day1}].
{thing} [genera|provoca] [nuevas tensiones|malestar|un intenso debate] en {place}.
{p1}, {r1}, [anunció|presentó|defendió] {m1} {day1}.
{thing} costará [mucho|bastante] más de lo previsto: {org1} calcula ahora {money1} en lugar de
    {money3}.
Tras meses de [polémica|debate|tira y afloja], {org1} [aprobó|dio luz verde a] {m1}.
[Cerca de|Unos|Más de] {count1} {group1g} [podrían verse|se verán] afectados por la decisión que
    {org1} tomó {day1}.
""")

ES_GEN = _tpls("""
La decisión [llega tras|se produce después de] [meses|varios años|largos meses] de [debate|
    negociaciones|discusiones] sobre {issue1}.
[Los defensores del proyecto hablan de un paso importante|Sus partidarios celebran una decisión
    largamente esperada], mientras que [los críticos denuncian|los detractores advierten sobre|la
    oposición alerta sobre] {issue2}.
{p2}, {r2}, [explicó|aseguró|señaló] [{day1}|ante los periodistas|en rueda de prensa] que se
    [habían estudiado|analizaron] [varias|{num1}|distintas] [alternativas|opciones].
Se espera una decisión [definitiva|final] [el {date1}|{month1}|antes de fin de año].
Según [las estimaciones|los datos] [del Ayuntamiento|municipales|oficiales], [unas|cerca de]
    {countx} personas [viven|trabajan] en la zona afectada.
Desde {yearx} se han [gastado|invertido] [unos|casi|más de] {moneyx} en [reparaciones|estudios|
    obras de urgencia].
[Por ahora no está claro|Todavía no se sabe|Sigue sin estar claro] [cómo|cuándo] se financiará el
    proyecto.
{p3} criticó [especialmente|sobre todo|además] {issue1}.
Varios {group1g} [lamentan no haber sido consultados|aseguran que no fueron informados a tiempo|
    se muestran preocupados por el futuro].
La próxima reunión está prevista para {day2}.
[Alrededor del|Cerca del] {pctx} del coste [podría|debería] ser financiado por [el Estado|la
    comunidad autónoma|fondos europeos].
La cifra es un {pctx} [mayor|menor] que en {yearx}.
Según {p3s}, [habría que haber actuado|se debería haber actuado] [antes|con más rapidez|con más
    firmeza].
Los vecinos pueden presentar [alegaciones|sus preguntas] [en línea|por escrito] hasta el {date1}.
Un proyecto [similar|parecido] ya fue [abandonado|descartado] en {year1} [por su coste|por la
    oposición vecinal|tras varias protestas].
{org2} [no quiso|declinó] [pronunciarse|hacer comentarios] [por el momento|de inmediato].
En total, [{count3} personas se verían afectadas|{count3} hogares se verían afectados|{count3}
    empresas se verían afectadas].
La oposición [denunció un error|habla de una oportunidad perdida|exige una auditoría
    independiente].
{month2} se celebrará una reunión informativa en {place2}.
Según los expertos, la situación [podría|debería] [mejorar|estabilizarse] [antes del {date1}|en
    las próximas semanas].
{p4}, que vive en {place} desde {year1}, [cree|teme] que la decisión [cambiará|complicará] [el
    día a día|la vida] de [muchas familias|todo el barrio].
En una consulta de {org2}, [alrededor del|cerca del] {pctx} de los {countx} participantes se
    mostró [a favor|en contra] del proyecto.
En {yearx}, unas obras similares costaron [unos|más de] {moneyx}, un {pctx} más de lo previsto.
{p2s} no quiso aclarar si [el calendario|el presupuesto|la financiación] se [cumplirá|mantendrá].
Según {p2s}, [los preparativos|las conversaciones|los estudios] están en marcha [desde hace
    semanas|desde principios de año|desde el verano].
Los críticos recuerdan [además|también] [los errores del pasado|la experiencia de {place2}|un
    informe publicado en {yearx}].
[En el Ayuntamiento|Entre bastidores|Dentro del Gobierno local] se estudia desde hace meses [una
    versión reducida del proyecto|un nuevo calendario|la posibilidad de aplazar las obras].
Para muchos {group2g}, la decisión [ha sido una sorpresa|no ha sorprendido|llega en el peor
    momento].
La administración quiere presentar [un calendario detallado|una estimación de costes|un plan de
    financiación] [antes del {date1}|en las próximas semanas].
Un portavoz [confirmó|indicó] que [los documentos|la propuesta|las cifras] [se están revisando|
    siguen en estudio].
En total, más de {countx} personas participaron en [la consulta en línea|el proceso de
    participación].
El ambiente [en el pleno|durante la reunión] fue [tenso|bronco|tranquilo], y [varios
    intervinientes alzaron la voz|algunos vecinos abandonaron la sala|el público aplaudió en
    varias ocasiones].
El inicio de las obras dependerá [de la financiación|del tiempo|de nuevos informes], según {p2s}.
{p3s} recordó que proyectos [similares|parecidos] en {place2} [costaron mucho más|sufrieron años
    de retraso].
""")

ES_BACKGROUND = _tpls("""
{thing} divide a {place} desde al menos {year1}.
En {yearx}, un proyecto [similar|anterior] fracasó [por su elevado coste|por la oposición
    vecinal|tras un recurso judicial].
Entonces, {place} apenas tenía {count3} habitantes.
Desde entonces, los costes se han [más que duplicado|disparado].
""")

ES_CLOSING = _tpls("""
{org1} [volverá a reunirse|tiene previsto pronunciarse de nuevo] el {date1}.
El {dayb2} a las {time1} habrá una reunión informativa en el ayuntamiento de {place}.
{org2} no respondió a las preguntas de este periódico.
Se esperan más detalles [antes del {date1}|{month2}|en las próximas semanas].
""")

ES_QUOTES = _tpls("""
Llevamos [años|mucho tiempo|desde {year2}] [hablando de|discutiendo] este proyecto, y ya es hora
    de [actuar|pasar a la acción]
No es una decisión [fácil|sencilla|agradable], pero [es necesaria|no podíamos aplazarla más|es la
    correcta]
Los vecinos tienen derecho a saber [en qué se gasta su dinero|adónde va su dinero]
Nadie quería [llegar a esta situación|llegar hasta aquí], pero ahora tenemos que [actuar|asumir
    nuestra responsabilidad]
Cada mes que esperamos, [el problema se vuelve más caro|la situación empeora|todo se complica más]
[Nunca pensé|No imaginaba] que [llegaríamos hasta aquí|vería este día|sería tan rápido]
Entendemos la preocupación de [los vecinos|la gente|todos], pero [no hay alternativa|tenemos que
    encontrar una solución]
Es un [gran|buen] día para {place}
Quedan [muchas preguntas|muchas cosas por hacer], y queremos [hacerlo bien|evitar los errores del
    pasado]
Seguiremos [luchando|trabajando] hasta que [todos tengan una respuesta|se resuelvan todas las
    dudas]
Si se miran [los costes|los riesgos|las alternativas] con honestidad, [este plan|este proyecto]
    es la opción más [razonable|segura|barata]
""")

ES_QFORMS = _tpls("""
«{qa}», afirmó {qp}, {qr}.
«{qa}», [explicó|señaló|aseguró] {qp}.
«{qa}. {qb}», añadió {qps}.
{qp}, {qr}, lo resume así: «{qa}».
""")

ES_SUBHEADS = _tpls("""
[¿Y ahora qué?|Próximos pasos|El calendario]
[La cuestión del coste|¿Quién paga?]
[Las cifras|En cifras]
[Preocupación|Malestar] en {place}
Una larga historia
La advertencia de {p2s}
Qué dice el plan
""")

ES_LIST_INTROS = _tpls("""
El plan incluye, entre otras medidas:
Las principales medidas:
Lo que hay que saber:
""")

ES_HEADS = _tpls("""
{place}: polémica por {thing_h}
{thing_h} costará {money1}
{count1} {group1g} afectados en {place}
{p1s}: «[No tenemos alternativa|Es un buen día para {place}|Hay que actuar ya]»
{org1h} aprueba {m1}
""")

ES_CAPTIONS = _tpls("""
{p1}, [durante una rueda de prensa|a su llegada] en {place}.
[Operarios|Bomberos|Técnicos] trabajan en la zona de obras en {place}.
Vista [de las obras|de la zona] en {place}.
""")

ES_NOTES = _tpls("""
Nota de la redacción: esta noticia se ha actualizado con la reacción de {p2}.
Fe de errores: una versión anterior de esta noticia recogía un coste erróneo.
Actualización a las {time1}: se han añadido más detalles.
""")


# --- Ukrainian -------------------------------------------------------------------------------


def _uk_fem(last: str) -> str:
    for m, f in (("ський", "ська"), ("цький", "цька"), ("ий", "а")):
        if last.endswith(m):
            return last[: -len(m)] + f
    return last


def _ru_fem(last: str) -> str:
    for m, f in (("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва")):
        if last.endswith(m):
            return last[: -len(m)] + f
    if last.endswith("ин"):
        return last + "а"
    return last


def _money_slavic(
    mln: str, bln: str, tys: str, cur: tuple[str, ...]
) -> Callable[[random.Random, bool], str]:
    def money(rng: random.Random, big: bool) -> str:
        x = rng.random()
        c = rng.choice(cur)
        if big and x < 0.12:
            return f"{_num_de(rng.randint(11, 95) / 10)} {bln} {c}"
        if x < 0.8:
            v = rng.choice((rng.randint(2, 99), rng.randint(12, 99) / 10, rng.randint(100, 900)))
            return f"{_num_de(v)} {mln} {c}"
        return f"{rng.randint(15, 990)} {tys} {c}"

    return money


UK_DATA = LangData(
    first_m=_words(
        "Олександр Андрій Сергій Володимир Дмитро Олег Юрій Віктор Іван Микола Василь Петро "
        "Михайло Богдан Тарас Ігор Максим Артем Роман Віталій Євген Степан Остап Ярослав Назар"
    ),
    first_f=_words(
        "Олена Наталія Ірина Тетяна Оксана Юлія Світлана Людмила Марія Ганна Катерина Вікторія "
        "Анастасія Софія Галина Лариса Христина Дарина Ольга Мирослава Соломія Уляна Надія Алла "
        "Зоряна"
    ),
    last=_words(
        "Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук Мельник Бойко "
        "Ткачук Савченко Руденко Марченко Лисенко Мороз Левченко Кузьменко Гончаренко Павленко "
        "Іваненко Литвиненко Сидоренко Петренко Клименко Захарченко Гаврилюк Мартинюк Романюк "
        "Кравчук Яковенко Остапенко Гнатюк Пономаренко Карпенко Дмитренко Козак Онищенко Вовк "
        "Мазур Кушнір Білик Грищенко Харченко Швець Панченко Стасюк Демченко Костенко Ковальський "
        "Вишневський Савицький Яблонський Зарицький"
    ),
    cities=_pairs(
        "Київ/Києві|Харків/Харкові|Одеса/Одесі|Львів/Львові|Дніпро/Дніпрі|Запоріжжя/Запоріжжі|"
        "Вінниця/Вінниці|Полтава/Полтаві|Чернігів/Чернігові|Житомир/Житомирі|Суми/Сумах|"
        "Черкаси/Черкасах|Хмельницький/Хмельницькому|Рівне/Рівному|Луцьк/Луцьку|"
        "Тернопіль/Тернополі|Івано-Франківськ/Івано-Франківську|Ужгород/Ужгороді|"
        "Миколаїв/Миколаєві|Херсон/Херсоні|Кропивницький/Кропивницькому|Чернівці/Чернівцях|"
        "Біла Церква/Білій Церкві|Кременчук/Кременчуці|Кривий Ріг/Кривому Розі"
    ),
    world=_pairs(
        "Київ/Києві|Харків/Харкові|Одеса/Одесі|Дніпро/Дніпрі|Запоріжжя/Запоріжжі|Суми/Сумах|"
        "Херсон/Херсоні|Миколаїв/Миколаєві|Чернігів/Чернігові|Полтава/Полтаві"
    ),
    talks=_pairs("Женева/Женеві|Стамбул/Стамбулі|Ер-Ріяд/Ер-Ріяді|Відень/Відні|Брюссель/Брюсселі"),
    days=_pairs(
        "у понеділок/понеділок|у вівторок/вівторок|у середу/середу|у четвер/четвер|"
        "у п’ятницю/п’ятницю|у суботу/суботу|у неділю/неділю"
    ),
    months_in=_items(
        "у січні|у лютому|у березні|у квітні|у травні|у червні|у липні|у серпні|у вересні|"
        "у жовтні|у листопаді|у грудні"
    ),
    months_gen=_words(
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
    ),
    date_fmt=lambda day, month: f"{day} {month}",
    money=_money_slavic("млн", "млрд", "тис.", ("грн", "грн", "грн", "доларів")),
    pct=lambda v: f"{v}%",
    count=_space_thousands,
    small_money=lambda rng: f"{rng.randint(3, 60) * 10} грн",
    time=lambda rng: f"{rng.randint(8, 20)}:{rng.choice('0134')}{rng.choice('05')}",
    company=lambda rng: (
        "«"
        + rng.choice(
            _words(
                "Агросвіт Дніпромаш Укртехпром Галтекс Світлотех Хмельзерно Одесмаш Карпатліс "
                "Поділляагро Енергобуд Київпак Харківсталь"
            )
        )
        + "»"
    ),
    streets=_items("Шевченка|Франка|Хмельницького|Грушевського|Лесі Українки"),
    rivers=_items("Дніпро|Десна|Південний Буг|Дністер|Сула|Рось"),
    agency="Укрінформ",
    slavic=True,
    feminine=_uk_fem,
    verbs={
        "said": ("заявив", "заявила"),
        "noted": ("зазначив", "зазначила"),
        "added": ("додав", "додала"),
        "explained": ("пояснив", "пояснила"),
        "emph": ("наголосив", "наголосила"),
        "criticized": ("розкритикував", "розкритикувала"),
        "announced": ("оголосив", "оголосила"),
    },
)

UK_TOPICS = (
    _topic(
        "місто",
        things="""ремонт мосту через річку/ремонт мосту|будівництво нової школи/нова школа|
        проєкт реконструкції водоканалу/реконструкція водоканалу|
        бюджет міста на {year3} рік/бюджет міста|капітальний ремонт лікарні/ремонт лікарні|
        благоустрій центральної площі/благоустрій площі|
        запуск нового тролейбусного маршруту/новий тролейбусний маршрут""",
        orgs="""міська рада|міська адміністрація|комісія з питань бюджету|обласна адміністрація|
        місцева влада""",
        roles="""міський голова/міська голова|заступник міського голови/заступниця міського голови|
        депутат міської ради/депутатка міської ради|директор департаменту/директорка департаменту|
        речник міської ради/речниця міської ради""",
        acts="""підвищення тарифів на воду на {pct1}|виділення {money1} на ремонт|
        перенесення голосування на наступний місяць|тимчасове закриття мосту|
        залучення кредиту на {money2}|створення {num3} нових робочих місць|
        проведення незалежного аудиту""",
        issues="""зростання вартості робіт|безпеку мешканців|борги комунальних підприємств|
        нестачу кадрів|шум від будівництва|стан доріг""",
        groups="""мешканці/мешканців|підприємці/підприємців|водії/водіїв|батьки/батьків|
        пенсіонери/пенсіонерів|містяни/містян""",
        heads="""
У {place_loc} [ухвалили|затвердили] {m1}
{thing_h} у {place_loc} коштуватиме {money1}
[Суперечки|Скандал|Дискусії] навколо проєкту у {place_loc}
""",
        facts="""
За даними міської ради, {thing} коштуватиме [близько|понад|майже] {money1}, а роботи [мають
    завершитися|триватимуть] до {year3} року.
[Експерти ще у {year2} році попереджали|Ще минулого року фахівці попереджали|Інженери
    неодноразово попереджали] про [аварійний стан споруди|зношеність обладнання|ризики для
    мешканців].
Для середньої родини це означатиме додаткові {small_money} на місяць.
Споруду збудували у {year1} році, і сьогодні вона обслуговує [близько|майже] {count1} мешканців
    у {place_loc} та [{num1} сусідніх громадах|прилеглих районах].
""",
        items="""
{money2} на нові насоси та фільтри
резервний генератор для водоканалу
{num1} нових посад у департаменті
підвищення тарифу на {pct1} щороку
нові велодоріжки на вулиці {street}
""",
    ),
    _topic(
        "війна",
        world=True,
        things="""нічний обстріл міста/нічний обстріл|
        удар по енергетичній інфраструктурі/удар по енергетиці|обмін полоненими/обмін полоненими|
        новий пакет військової допомоги/пакет допомоги|
        відновлення енергосистеми/відновлення енергосистеми|перемир’я/перемир’я""",
        orgs="""обласна військова адміністрація|протиповітряна оборона|Національна поліція|
        служба порятунку|міська військова адміністрація|Генеральна прокуратура""",
        roles="""начальник обласної військової адміністрації/
        начальниця обласної військової адміністрації|
        речник Повітряних сил/речниця Повітряних сил|міський голова/міська голова|
        міністр енергетики/міністерка енергетики|експерт/експертка""",
        acts="""виділення {money1} на відновлення|збиття {num3} безпілотників|
        повернення {num3} полонених|відключення світла за графіком|
        відкриття пунктів незламності""",
        issues="""безпеку цивільних|нестачу засобів ППО|відключення електроенергії|
        долю полонених|вартість відновлення""",
        groups="""цивільні/цивільних|військові/військових|мешканці/мешканців|
        рятувальники/рятувальників|волонтери/волонтерів""",
        heads="""
Нічна атака у {place_loc}: [загинули {num3} людей|є поранені|пошкоджено будинки]
[Сили ППО|Захисники неба] збили {num3} безпілотників
Переговори у {city2_loc} [відновляться|перенесли]
""",
        facts="""
Сили протиповітряної оборони збили {num3} з {num4} безпілотників, однак уламки [пошкодили|
    зруйнували] [кілька приватних будинків|склад|лінію електропередачі] у {place_loc}.
Внаслідок атаки загинули щонайменше {num1} людей, ще {num2} дістали поранення, повідомила
    {org1}.
Без світла залишилися близько {count2} родин.
Переговори мають продовжитися [наступного тижня|найближчими днями] у {city2_loc}.
""",
        items="""
{num3} систем протиповітряної оборони
{money2} на ремонт енергомереж
артилерійські боєприпаси
{count3} тонн гуманітарної допомоги
броньовані автомобілі
""",
    ),
    _topic(
        "економіка",
        things="""продаж заводу {co1}/продаж заводу|звіт компанії {co1}/звіт компанії|
        новий логістичний центр компанії {co1}/логістичний центр|
        скорочення працівників на підприємстві/скорочення працівників|
        експорт зерна/експорт зерна|підвищення мінімальної зарплати/мінімальна зарплата""",
        orgs="""компанія {co1}|податкова служба|профспілка працівників заводу|
        Торгово-промислова палата|Державна служба статистики""",
        roles="""генеральний директор компанії/генеральна директорка компанії|
        голова профспілки/голова профспілки|економіст/економістка|
        фінансовий директор/фінансова директорка|аналітик/аналітикиня""",
        acts="""скорочення {count3} робочих місць|інвестування {money1} у виробництво|
        перенесення виробництва на захід країни|підвищення цін на {pct1}|
        план економії на {money2}|придбання компанії {co2} за {money2}""",
        issues="""слабкий попит|ціни на енергоносії|брак працівників|логістичні проблеми|
        високу облікову ставку""",
        groups="""працівники/працівників|акціонери/акціонерів|постачальники/постачальників|
        покупці/покупців|аграрії/аграріїв""",
        heads="""
{co1} [скоротить|звільнить] {count2} працівників
Виручка {co1} [зросла|впала] на {pct1}
{co1} [купує|придбає] {co2} за {money2}
""",
        facts="""
За підсумками кварталу компанія {co1} отримала виручку в розмірі {money2}, що на {pct1}
    [більше|менше], ніж роком раніше.
Підприємство має близько {count1} працівників, з них {count3} — у {place_loc}.
Аналітики очікували [прибутку|виручки] на рівні {money3}.
""",
        items="""
{money2} на нове обладнання
{count3} нових робочих місць до {year3} року
скорочення витрат на {pct2}
продаж одного з підрозділів
новий завод у {place2_loc}
""",
    ),
    _topic(
        "здоров’я",
        things="""закриття пологового відділення/закриття пологового|
        реформування лікарень/реформування лікарень|сезонний грип/грип|
        новий центр первинної допомоги/новий медичний центр|спалах кору/спалах кору|
        об’єднання лікарень області/об’єднання лікарень""",
        orgs="""обласна лікарня|міська рада|Національна служба здоров’я|профспілка медиків|
        санітарна служба""",
        roles="""головний лікар/головна лікарка|
        міністр охорони здоров’я/міністерка охорони здоров’я|
        лікар-інфекціоніст/лікарка-інфекціоністка|директор лікарні/директорка лікарні|
        голова профспілки/голова профспілки""",
        acts="""найм {count3} медсестер|подовження роботи приймального відділення|
        безкоштовне щеплення у {num2} школах|виділення {money2} на обладнання|
        закриття відділення з {date1}""",
        issues="""нестачу медиків|довгі черги|низький рівень вакцинації|вартість лікування|
        перевантаження лікарень""",
        groups="""пацієнти/пацієнтів|батьки/батьків|медики/медиків|лікарі/лікарів|
        пенсіонери/пенсіонерів""",
        heads="""
{thing_h} у {place_loc}: [пацієнти занепокоєні|медики б’ють на сполох]
У {place_loc} [оголосили|запланували] {m1}
""",
        facts="""
Від початку року лікарі зафіксували {num3} випадків захворювання, більшість — серед [дітей|
    невакцинованих дітей|школярів].
Середній час очікування у приймальному відділенні [сягнув|перевищив] {num2} годин.
""",
        items="""
{count3} нових посад медсестер
безкоштовне щеплення у {num2} школах
подовжений графік до {time1}
{money2} на сільські амбулаторії
""",
    ),
)

UK_LEAD = _tpls("""
{org1} {day1} [ухвалила|підтримала|затвердила] {m1}.
{thing} [викликає|спричиняє] [нові суперечки|невдоволення|гострі дискусії] у {place_loc}.
{p1}, {r1}, {day1} {announced1} {m1}.
{thing} коштуватиме значно більше, ніж планували: тепер {org1} [розраховує на|говорить про]
    {money1} замість {money3}.
Після [кількох місяців суперечок|тривалих дискусій] {org1} нарешті [ухвалила|схвалила] {m1}.
Рішення, яке {org1} [ухвалила|затвердила] {day1}, торкнеться близько {count1} {group1g}.
""")

UK_GEN = _tpls("""
Рішення [ухвалили|прийняли] після [кількох місяців дискусій|тривалих суперечок|багатомісячних
    переговорів] про {issue1}.
[Прихильники проєкту називають його важливим кроком|Ініціатори вважають це рішення давно
    очікуваним], натомість [критики|опоненти|скептики] [вказують на|звертають увагу на] {issue2}.
{p2}, {r2}, {explained2}, що [розглядали|вивчали] [кілька варіантів|{num1} варіантів|різні
    варіанти|альтернативні рішення].
Остаточне рішення [мають ухвалити|очікують] [до кінця року|{month1}|до {date1}].
За [даними|оцінками] [міської ради|місцевої влади|фахівців], у [зоні впливу|цьому районі]
    [мешкають|працюють] [близько|понад] {countx} людей.
З {yearx} року на [ремонти|дослідження|аварійні роботи] вже [витратили|спрямували] [близько|
    майже|понад] {moneyx}.
[Поки що невідомо|Досі незрозуміло], [як саме буде профінансовано проєкт|коли розпочнуться
    роботи].
{p3} {criticized3} [насамперед|зокрема|також] {issue1}.
Деякі {group1} [скаржаться|кажуть|наголошують], що їх [не повідомили|не запитали|не попередили]
    [заздалегідь|вчасно].
Наступне засідання [заплановане|призначене] на {date1}.
[Близько|Майже] {pctx} вартості [планують|розраховують] покрити коштом [державного бюджету|
    міжнародних донорів|обласного бюджету].
Ця сума на {pctx} [більша|менша], ніж у {yearx} році.
Як {said3} {p3}, діяти треба було [раніше|швидше|рішучіше].
Мешканці можуть [надіслати свої пропозиції|поставити запитання] [онлайн|письмово] до {date1}.
Схожий проєкт [уже пропонували|намагалися реалізувати] у {year1} році, але [від нього
    відмовилися через вартість|його заблокували місцеві мешканці|його зупинили протести].
{org2} [поки що не коментує ситуацію|не відповіла на запит редакції|відмовилася від коментарів].
Загалом [це рішення стосується|йдеться про] [близько|майже] {count3} людей.
Опозиція [назвала рішення помилкою|говорить про втрачену можливість|вимагає незалежного
    аудиту].
Громадські слухання [відбудуться|заплановані] {month2}.
Як [повідомила|зазначила] {org2}, ситуація [може|має] [покращитися|стабілізуватися] [найближчими
    тижнями|{month2}].
{p4} живе у {place_loc} [з {year1} року|понад {yrs} років] і [вважає|побоюється], що це рішення
    [змінить|ускладнить] [повсякденне життя|життя багатьох родин] [більше, ніж визнає влада|
    сильніше, ніж здається].
В опитуванні, яке провела {org2}, [близько|майже] {pctx} з {countx} учасників [підтримали|
    не підтримали] проєкт.
У {yearx} році схожі роботи коштували [близько|понад] {moneyx}, що на {pctx} більше, ніж
    планували.
{p2s} не уточнює, чи [вдасться дотриматися графіка|вистачить коштів|зміниться кошторис].
За словами експертів, [підготовка|обговорення|дослідження] триває [уже кілька тижнів|з
    початку року|з літа].
Критики також нагадують про [помилки минулого|досвід інших міст|звіт, оприлюднений у {yearx}
    році].
У [міській раді|кулуарах|робочій групі] [уже кілька місяців|давно] обговорюють [зменшений варіант
    проєкту|новий графік робіт|можливість відкласти роботи].
Для багатьох {group2g} це рішення [стало несподіванкою|не стало несподіванкою|прийшло в
    найгірший момент].
Влада [обіцяє|планує] оприлюднити [детальний графік|оцінку вартості|план фінансування] [до
    {date1}|найближчими тижнями].
У пресслужбі [підтвердили|повідомили], що [документи|пропозиції|розрахунки] [зараз вивчають|ще
    перевіряють].
Загалом в онлайн-опитуванні взяли участь понад {countx} людей.
Атмосфера [на засіданні|під час зустрічі] була [напруженою|гарячою|спокійною], а [кілька
    промовців підвищили голос|частина мешканців залишила зал|присутні кілька разів аплодували].
Початок робіт залежатиме [від фінансування|від погоди|від нових експертиз].
Фахівці нагадують, що схожі проєкти в інших містах [коштували значно дорожче|затягувалися на
    роки].
""")

UK_BACKGROUND = _tpls("""
{thing} [є предметом суперечок|викликає дискусії] у {place_loc} щонайменше з {year1} року.
У {yearx} році схожий проєкт [провалився|зупинився] через [високу вартість|спротив мешканців|
    судові позови].
Тоді в {place_loc} мешкало лише {count3} людей.
Відтоді витрати [зросли більш ніж удвічі|суттєво зросли].
""")

UK_CLOSING = _tpls("""
{org1} [повернеться до цього питання|розгляне питання повторно] на засіданні {date1}.
Громадське обговорення відбудеться {day2} о {time1} у приміщенні міської ради.
{org2} не відповіла на запит редакції.
Детальніше про [графік робіт|кошторис|наступні кроки] обіцяють повідомити [до {date1}|{month2}].
""")

UK_QUOTES = _tpls("""
Ми [говоримо про|обговорюємо] цей проєкт [уже кілька років|з {year2} року|надто довго], і
    настав час [діяти|переходити до справи]
Це [непросте|нелегке|складне] рішення, але [воно необхідне|відкладати його далі ми не можемо|
    воно правильне]
Люди мають право знати, [куди йдуть їхні гроші|на що витрачають їхні податки]
Ніхто не хотів [такої ситуації|доводити до цього], але тепер ми маємо [діяти|взяти на себе
    відповідальність]
Кожен місяць зволікання [робить проблему дорожчою|лише погіршує ситуацію|ускладнює все ще
    більше]
Чесно кажучи, мало хто вірив, що [ми до цього дійдемо|це станеться так швидко]
Ми розуміємо занепокоєння [мешканців|людей|громади], але [альтернативи немає|ми мусимо знайти
    рішення]
Це [добрий|важливий|історичний] день для нашого міста
Питань ще багато, і ми хочемо [зробити все правильно|не повторити помилок минулого]
Ми [продовжимо боротися|працюватимемо], доки [кожен не отримає відповідь|всі питання не будуть
    вирішені]
Якщо чесно порівняти [витрати|ризики|варіанти], то [цей план|цей проєкт] — найрозумніше
    рішення
""")

UK_QFORMS = _tpls("""
«{qa}», — {qsaid} {qp}, {qr}.
«{qa}», — {qsaid} {qr} {qp}.
«{qa}. {qb}», — {qadded} {qps}.
{qp}, {qr}, {qemph}: «{qa}».
""")

UK_SUBHEADS = _tpls("""
[Що далі|Наступні кроки]
[Питання вартості|Хто платитиме]
[Цифри|У цифрах]
[Занепокоєння мешканців|Довга історія]
Попередження експертів
Що передбачає план
""")

UK_LIST_INTROS = _tpls("""
План, зокрема, передбачає:
Основні заходи:
Що відомо на цей момент:
""")

UK_HEADS = _tpls("""
У {place_loc} [ухвалили|затвердили] {m1}
{thing_h} коштуватиме {money1}
{p1s}: «[Відкладати далі не можна|Це важливий день для міста|Люди мають знати правду]»
[Суперечки|Скандал|Дискусії] навколо проєкту у {place_loc}
""")

UK_CAPTIONS = _tpls("""
{p1} [під час брифінгу|на засіданні] у {place_loc}.
[Робітники|Рятувальники|Комунальники] на місці робіт у {place_loc}.
""")

UK_NOTES = _tpls("""
Примітка редакції: матеріал оновлено з урахуванням нових даних.
Виправлення: у попередній версії матеріалу було неправильно вказано вартість проєкту.
Оновлено о {time1}: додано подробиці.
""")

# --- Russian ---------------------------------------------------------------------------------

RU_DATA = LangData(
    first_m=_words(
        "Александр Сергей Андрей Дмитрий Алексей Максим Евгений Иван Михаил Николай Владимир "
        "Олег Павел Игорь Артём Роман Виктор Юрий Константин Антон Кирилл Денис Григорий Борис "
        "Вадим"
    ),
    first_f=_words(
        "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Анастасия Марина "
        "Людмила Галина Валентина Дарья Ксения Вера Надежда Полина Алина Виктория Софья Евгения "
        "Лариса"
    ),
    last=_words(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов "
        "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев "
        "Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв "
        "Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов "
        "Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов "
        "Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков "
        "Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков "
        "Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Щербаков "
        "Назаров Калинин Исаев Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов "
        "Руденко Шевченко Бондаренко Ковальчук Литвин Островский Вишневский Левицкий"
    ),
    cities=_pairs(
        "Киев/Киеве|Харьков/Харькове|Одесса/Одессе|Днепр/Днепре|Рига/Риге|Минск/Минске|"
        "Кишинёв/Кишинёве|Таллин/Таллине|Астана/Астане|Бишкек/Бишкеке|Новосибирск/Новосибирске|"
        "Екатеринбург/Екатеринбурге|Казань/Казани|Самара/Самаре|Омск/Омске|Пермь/Перми|"
        "Воронеж/Воронеже|Тверь/Твери|Ярославль/Ярославле|Иркутск/Иркутске|Томск/Томске|"
        "Калининград/Калининграде|Караганда/Караганде|Николаев/Николаеве"
    ),
    world=_pairs(
        "Киев/Киеве|Харьков/Харькове|Одесса/Одессе|Днепр/Днепре|Запорожье/Запорожье|"
        "Сумы/Сумах|Херсон/Херсоне|Николаев/Николаеве|Белгород/Белгороде|Курск/Курске"
    ),
    talks=_pairs("Женева/Женеве|Стамбул/Стамбуле|Эр-Рияд/Эр-Рияде|Вена/Вене|Брюссель/Брюсселе"),
    days=_pairs(
        "в понедельник/понедельник|во вторник/вторник|в среду/среду|в четверг/четверг|"
        "в пятницу/пятницу|в субботу/субботу|в воскресенье/воскресенье"
    ),
    months_in=_items(
        "в январе|в феврале|в марте|в апреле|в мае|в июне|в июле|в августе|в сентябре|"
        "в октябре|в ноябре|в декабре"
    ),
    months_gen=_words(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
    ),
    date_fmt=lambda day, month: f"{day} {month}",
    money=_money_slavic("млн", "млрд", "тыс.", ("рублей", "тенге", "евро", "долларов")),
    pct=lambda v: f"{v}%",
    count=_space_thousands,
    small_money=lambda rng: f"{rng.randint(3, 60) * 10} рублей",
    time=lambda rng: f"{rng.randint(8, 20)}:{rng.choice('0134')}{rng.choice('05')}",
    company=lambda rng: (
        "«"
        + rng.choice(
            _words(
                "Техномаш Уралпром Сибэнерго Волгахим Стройинвест Агрозаря Северпак Балтлес "
                "Приморнефть Камастрой Донзерно Алтайхлеб"
            )
        )
        + "»"
    ),
    streets=_words("Ленина Пушкина Гагарина Мира Советская Садовая"),
    rivers=_words("Волга Обь Иртыш Кама Днепр Енисей"),
    agency="Интерфакс",
    slavic=True,
    feminine=_ru_fem,
    verbs={
        "said": ("заявил", "заявила"),
        "noted": ("отметил", "отметила"),
        "added": ("добавил", "добавила"),
        "explained": ("пояснил", "пояснила"),
        "emph": ("подчеркнул", "подчеркнула"),
        "criticized": ("раскритиковал", "раскритиковала"),
        "announced": ("объявил", "объявила"),
    },
)

RU_TOPICS = (
    _topic(
        "город",
        things="""ремонт моста через реку/ремонт моста|строительство новой школы/новая школа|
        проект реконструкции водоканала/реконструкция водоканала|
        бюджет города на {year3} год/бюджет города|капитальный ремонт больницы/ремонт больницы|
        благоустройство центральной площади/благоустройство площади|
        запуск нового троллейбусного маршрута/новый троллейбусный маршрут""",
        orgs="""городская администрация|городская дума|комиссия по бюджету|
        областная администрация|мэрия""",
        roles="""мэр|заместитель мэра|депутат городской думы|директор департамента|
        представитель администрации""",
        acts="""повышение тарифов на воду на {pct1}|выделение {money1} на ремонт|
        перенос голосования на следующий месяц|временное закрытие моста|
        привлечение кредита на {money2}|создание {num3} новых рабочих мест|
        проведение независимого аудита""",
        issues="""рост стоимости работ|безопасность жителей|долги коммунальных предприятий|
        нехватку кадров|шум от стройки|состояние дорог""",
        groups="""жители/жителей|предприниматели/предпринимателей|водители/водителей|
        родители/родителей|пенсионеры/пенсионеров|горожане/горожан""",
        heads="""
В {place_loc} [утвердили|одобрили] {m1}
{thing_h} в {place_loc} обойдётся в {money1}
[Споры|Скандал|Дискуссия] вокруг проекта в {place_loc}
""",
        facts="""
По данным городской администрации, {thing} обойдётся [примерно в|более чем в|почти в] {money1},
    а работы [должны завершиться|продлятся] до {year3} года.
[Эксперты ещё в {year2} году предупреждали|Ещё в прошлом году специалисты предупреждали|
    Инженеры неоднократно предупреждали] об [аварийном состоянии сооружения|износе
    оборудования|рисках для жителей].
Для средней семьи это означает дополнительные {small_money} в месяц.
Сооружение построили в {year1} году, и сегодня оно обслуживает [около|почти] {count1} жителей в
    {place_loc} и [{num1} соседних населённых пунктах|прилегающих районах].
""",
        items="""
{money2} на новые насосы и фильтры
резервный генератор для водоканала
{num1} новых ставок в департаменте
повышение тарифа на {pct1} ежегодно
новые велодорожки на улице {street}
""",
    ),
    _topic(
        "конфликт",
        world=True,
        things="""ночной обстрел города/ночной обстрел|
        удар по энергетической инфраструктуре/удар по энергетике|обмен пленными/обмен пленными|
        новый пакет санкций/пакет санкций|восстановление энергосистемы/восстановление энергосистемы|
        перемирие/перемирие""",
        orgs="""областная администрация|противовоздушная оборона|полиция|служба спасения|
        военная администрация|прокуратура""",
        roles="""глава области|представитель военных|мэр|министр энергетики|эксперт""",
        acts="""выделение {money1} на восстановление|уничтожение {num3} беспилотников|
        возвращение {num3} пленных|отключение света по графику|открытие пунктов обогрева""",
        issues="""безопасность мирных жителей|нехватку систем ПВО|отключения электроэнергии|
        судьбу пленных|стоимость восстановления""",
        groups="""мирные жители/мирных жителей|военные/военных|жители/жителей|
        спасатели/спасателей|волонтёры/волонтёров""",
        heads="""
Ночная атака в {place_loc}: [погибли {num3} человек|есть пострадавшие|повреждены дома]
Силы ПВО сбили {num3} беспилотников
Переговоры в {city2_loc} [возобновятся|перенесены]
""",
        facts="""
Силы ПВО сбили {num3} из {num4} беспилотников, однако обломки [повредили|разрушили] [несколько
    частных домов|склад|линию электропередачи] в {place_loc}.
В результате атаки погибли не менее {num1} человек, ещё {num2} получили ранения, сообщила
    {org1}.
Без света остались около {count2} семей.
Переговоры [должны продолжиться|возобновятся] [на следующей неделе|в ближайшие дни] в
    {city2_loc}.
""",
        items="""
{num3} систем противовоздушной обороны
{money2} на ремонт энергосетей
артиллерийские боеприпасы
{count3} тонн гуманитарной помощи
бронированные автомобили
""",
    ),
    _topic(
        "экономика",
        things="""отчёт компании {co1}/отчёт компании|
        новый логистический центр компании {co1}/логистический центр|
        сокращение сотрудников на предприятии/сокращение сотрудников|экспорт зерна/экспорт зерна|
        повышение минимальной зарплаты/минимальная зарплата|
        выкуп акций компании {co1}/выкуп акций""",
        orgs="""компания {co1}|налоговая служба|профсоюзная организация завода|
        Торгово-промышленная палата|статистическая служба""",
        roles="""генеральный директор компании|председатель профсоюза|экономист|
        финансовый директор|аналитик""",
        acts="""сокращение {count3} рабочих мест|инвестирование {money1} в производство|
        перенос производства в другой регион|повышение цен на {pct1}|
        план экономии на {money2}|приобретение компании {co2} за {money2}""",
        issues="""слабый спрос|цены на энергоносители|нехватку работников|логистические проблемы|
        высокую ключевую ставку""",
        groups="""сотрудники/сотрудников|акционеры/акционеров|поставщики/поставщиков|
        покупатели/покупателей|аграрии/аграриев""",
        heads="""
{co1} [сократит|уволит] {count2} сотрудников
Выручка {co1} [выросла|упала] на {pct1}
{co1} [покупает|приобретёт] {co2} за {money2}
""",
        facts="""
По итогам квартала компания {co1} получила выручку в размере {money2}, что на {pct1} [больше|
    меньше], чем годом ранее.
Акции {co1} [подешевели|подорожали] на {pct2} [в ходе торгов|к закрытию торгов|{day1}].
На предприятии работают около {count1} человек, из них {count3} — в {place_loc}.
""",
        items="""
{money2} на новое оборудование
{count3} новых рабочих мест до {year3} года
сокращение расходов на {pct2}
продажа одного из подразделений
новый завод в {place2_loc}
""",
    ),
    _topic(
        "здоровье",
        things="""закрытие родильного отделения/закрытие роддома|
        реформирование больниц/реформирование больниц|сезонный грипп/грипп|
        новый центр первичной помощи/новый медицинский центр|
        рост заболеваемости корью/корь|объединение больниц области/объединение больниц""",
        orgs="""областная больница|городская администрация|санитарная служба|
        профсоюзная организация медиков|страховая компания""",
        roles="""главный врач|министр здравоохранения|врач-инфекционист|директор больницы|
        председатель профсоюза""",
        acts="""наём {count3} медсестёр|продление работы приёмного отделения|
        бесплатную вакцинацию в {num2} школах|выделение {money2} на оборудование|
        закрытие отделения с {date1}""",
        issues="""нехватку медиков|длинные очереди|низкий уровень вакцинации|стоимость лечения|
        перегрузку больниц""",
        groups="""пациенты/пациентов|родители/родителей|медики/медиков|врачи/врачей|
        пенсионеры/пенсионеров""",
        heads="""
{thing_h} в {place_loc}: [пациенты обеспокоены|медики бьют тревогу]
В {place_loc} [объявили|запланировали] {m1}
""",
        facts="""
С начала года врачи зафиксировали {num3} случаев заболевания, большинство — среди [детей|
    непривитых детей|школьников].
Среднее время ожидания в приёмном отделении [достигло|превысило] {num2} часов.
""",
        items="""
{count3} новых ставок медсестёр
бесплатная вакцинация в {num2} школах
продлённый график до {time1}
{money2} на сельские амбулатории
""",
    ),
)

RU_LEAD = _tpls("""
{org1} {day1} [утвердила|поддержала|одобрила] {m1}.
{thing} [вызывает|провоцирует] [новые споры|недовольство|острые дискуссии] в {place_loc}.
{p1}, {r1}, {day1} {announced1} {m1}.
{thing} обойдётся значительно дороже, чем планировалось: теперь {org1} [рассчитывает на|говорит
    о] {money1} вместо {money3}.
После [нескольких месяцев споров|долгих дискуссий] {org1} наконец [утвердила|одобрила] {m1}.
Решение, которое {org1} [приняла|утвердила] {day1}, затронет около {count1} {group1g}.
""")

RU_GEN = _tpls("""
Решение [приняли|утвердили] после [нескольких месяцев споров|долгих дискуссий|многомесячных
    переговоров], затрагивающих {issue1}.
[Сторонники проекта называют его важным шагом|Инициаторы считают это решение долгожданным],
    тогда как [критики|оппоненты|скептики] [указывают на|обращают внимание на] {issue2}.
{p2}, {r2}, {explained2}, что [рассматривались|изучались] [несколько вариантов|{num1} вариантов|
    разные варианты|альтернативные решения].
Окончательное решение [должны принять|ожидается] [до конца года|{month1}|к {date1}].
По [данным|оценкам] [городской администрации|местных властей|специалистов], в [зоне влияния|
    этом районе] [проживают|работают] [около|более] {countx} человек.
С {yearx} года на [ремонты|исследования|аварийные работы] уже [потратили|направили] [около|почти|
    более] {moneyx}.
[Пока неизвестно|До сих пор неясно], [как именно будет профинансирован проект|когда начнутся
    работы].
{p3} {criticized3} [прежде всего|в частности|также] {issue1}.
Некоторые {group1} [жалуются|говорят|подчёркивают], что их [не уведомили|не спросили|не
    предупредили] [заранее|вовремя].
Следующее заседание [запланировано|назначено] на {date1}.
[Около|Почти] {pctx} стоимости [планируют|рассчитывают] покрыть за счёт [федерального бюджета|
    международных доноров|областного бюджета].
Эта сумма на {pctx} [больше|меньше], чем в {yearx} году.
Как {said3} {p3}, действовать нужно было [раньше|быстрее|решительнее].
Жители могут [отправить свои предложения|задать вопросы] [онлайн|письменно] до {date1}.
Похожий проект [уже предлагали|пытались реализовать] в {year1} году, но [от него отказались из-за
    стоимости|его заблокировали местные жители|его остановили протесты].
{org2} [пока не комментирует ситуацию|не ответила на запрос редакции|отказалась от
    комментариев].
В общей сложности [решение затрагивает около|речь идёт примерно о] {count3} человек.
Оппозиция [назвала решение ошибкой|говорит об упущенной возможности|требует независимого
    аудита].
Общественные слушания [пройдут|запланированы] {month2}.
Как [сообщила|отметила] {org2}, ситуация [может|должна] [улучшиться|стабилизироваться] [в
    ближайшие недели|{month2}].
{p4} живёт в {place_loc} [с {year1} года|более {yrs} лет] и [считает|опасается], что это
    решение [изменит|осложнит] [повседневную жизнь|жизнь многих семей] [сильнее, чем признают
    власти|больше, чем кажется].
В опросе, который провела {org2}, [около|почти] {pctx} из {countx} участников [поддержали|не
    поддержали] проект.
В {yearx} году похожие работы обошлись [примерно|более чем] в {moneyx}, что на {pctx} больше,
    чем планировалось.
{p2s} не уточняет, [удастся ли соблюсти график|хватит ли средств|изменится ли смета].
По словам экспертов, [подготовка|обсуждение|исследование] идёт [уже несколько недель|с
    начала года|с лета].
Критики также напоминают об [ошибках прошлого|опыте других городов|докладе, опубликованном в
    {yearx} году].
В [администрации|кулуарах|рабочей группе] [уже несколько месяцев|давно] обсуждают [уменьшенный
    вариант проекта|новый график работ|возможность отложить работы].
Для многих {group2g} это решение [стало неожиданностью|не стало неожиданностью|пришлось на самый
    неудачный момент].
Власти [обещают|планируют] опубликовать [подробный график|оценку стоимости|план финансирования]
    [до {date1}|в ближайшие недели].
В пресс-службе [подтвердили|сообщили], что [документы|предложения|расчёты] [сейчас изучают|ещё
    проверяют].
Всего в онлайн-опросе приняли участие более {countx} человек.
Атмосфера [на заседании|во время встречи] была [напряжённой|накалённой|спокойной], а [несколько
    выступающих повысили голос|часть жителей покинула зал|присутствующие несколько раз
    аплодировали].
Начало работ будет зависеть [от финансирования|от погоды|от новых экспертиз].
Специалисты напоминают, что похожие проекты в других городах [обошлись значительно дороже|
    затягивались на годы].
""")

RU_BACKGROUND = _tpls("""
{thing} [остаётся предметом споров|вызывает дискуссии] в {place_loc} как минимум с {year1} года.
В {yearx} году похожий проект [провалился|остановился] из-за [высокой стоимости|сопротивления
    жителей|судебных исков].
Тогда в {place_loc} жили всего {count3} человек.
С тех пор расходы [выросли более чем вдвое|существенно выросли].
""")

RU_CLOSING = _tpls("""
{org1} [вернётся к этому вопросу|рассмотрит вопрос повторно] на заседании {date1}.
Общественное обсуждение пройдёт {day2} в {time1} в здании администрации.
{org2} не ответила на запрос редакции.
Подробнее о [графике работ|смете|следующих шагах] обещают сообщить [до {date1}|{month2}].
""")

RU_QUOTES = _tpls("""
Мы [говорим об этом проекте|обсуждаем этот проект] [уже несколько лет|с {year2} года|слишком
    долго], и пора [действовать|переходить к делу]
Это [непростое|нелёгкое|сложное] решение, но [оно необходимо|откладывать его дальше мы не
    можем|оно правильное]
Люди имеют право знать, [куда идут их деньги|на что тратят их налоги]
Никто не хотел [такой ситуации|доводить до этого], но теперь мы должны [действовать|взять на
    себя ответственность]
Каждый месяц промедления [делает проблему дороже|только ухудшает ситуацию|всё усложняет]
Честно говоря, мало кто верил, что [мы до этого дойдём|это произойдёт так быстро]
Мы понимаем беспокойство [жителей|людей|горожан], но [альтернативы нет|мы должны найти решение]
Это [хороший|важный|исторический] день для нашего города
Вопросов ещё много, и мы хотим [сделать всё правильно|не повторить ошибок прошлого]
Мы [продолжим бороться|будем работать], пока [каждый не получит ответ|все вопросы не будут
    решены]
Если честно сравнить [расходы|риски|варианты], то [этот план|этот проект] — самое разумное
    решение
""")

RU_QFORMS = _tpls("""
«{qa}», — {qsaid} {qp}, {qr}.
«{qa}», — {qsaid} {qr} {qp}.
«{qa}. {qb}», — {qadded} {qps}.
{qp}, {qr}, {qemph}: «{qa}».
""")

RU_SUBHEADS = _tpls("""
[Что дальше|Следующие шаги]
[Вопрос стоимости|Кто заплатит]
[Цифры|В цифрах]
[Беспокойство жителей|Долгая история]
Предупреждение экспертов
Что предусматривает план
""")

RU_LIST_INTROS = _tpls("""
План, в частности, предусматривает:
Основные меры:
Что известно на данный момент:
""")

RU_HEADS = _tpls("""
В {place_loc} [утвердили|одобрили] {m1}
{thing_h} обойдётся в {money1}
{p1s}: «[Откладывать дальше нельзя|Это важный день для города|Люди должны знать правду]»
[Споры|Скандал|Дискуссия] вокруг проекта в {place_loc}
""")

RU_CAPTIONS = _tpls("""
{p1} [во время брифинга|на заседании] в {place_loc}.
[Рабочие|Спасатели|Коммунальщики] на месте работ в {place_loc}.
""")

RU_NOTES = _tpls("""
Примечание редакции: материал дополнен новыми данными.
Исправление: в предыдущей версии материала была неверно указана стоимость проекта.
Обновлено в {time1}: добавлены подробности.
""")


# --- page furniture, per language ----------------------------------------------------------
#
# Lines may use {name} (the site's name), {handle}, {slug}, {domain}, {year}; blocks of
# several lines are written with "\n". "credit" formats a photo credit ({cname}, {agency}).

FURN: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "byline": (
            "By {author}",
            "By {author}, Staff Writer",
            "Posted on {date} by {author}",
            "{author} | {date}",
            "Published {date} at {time}",
            "Updated {date}",
            "By {author} | {date}",
        ),
        "nav": ("Home", "Menu", "Skip to content", "Breaking News", "Latest News"),
        "share_top": (
            "Share this article",
            "Share on Facebook | Share on Twitter | Email",
            "Listen to this article",
            "Print",
        ),
        "ads": (
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Sponsored Content",
            "Continue reading below",
        ),
        "related": (
            "Recommended Stories",
            "Related Stories",
            "Read also",
            "You may also like",
            "More from {name}",
            "Trending Now",
            "Don't miss",
            "Editor’s Picks",
            "Related Articles",
        ),
        "readmore": ("Read more: ", "READ MORE: ", "Related: ", "See also: ", "Also read: "),
        "social": (
            "JOIN US ON TELEGRAM",
            "Follow us on Twitter @{handle}",
            "Follow {name} on Facebook",
            "Like us on Facebook",
            "Join our WhatsApp channel for breaking news",
            "Follow our live coverage on Telegram",
            "Subscribe to our YouTube channel",
        ),
        "newsletter": (
            "Sign up for our daily newsletter",
            "Sign up for the {name} morning briefing",
            "Get the latest headlines delivered to your inbox",
            "Subscribe to our free newsletter for the day’s top stories",
        ),
        "app": ("Download the {name} app", "Get our app for breaking news alerts"),
        "share": (
            "Share this:\nClick to share on Twitter (Opens in new window)\n"
            "Click to share on Facebook (Opens in new window)",
            "Share this:\nTwitter\nFacebook\nLike this:\nLike Loading...",
            "Share\nTweet\nEmail",
            "Share this:",
        ),
        "comments": (
            "Leave a Reply\nYour email address will not be published. Required fields are marked *",
            "Leave a Reply\nYour email address will not be published. Required fields are marked *"
            "\nComment *\nName *\nEmail *\nWebsite\nSave my name, email, and website in this "
            "browser for the next time I comment.\nPost Comment",
            "Leave a Comment",
            "Join the conversation",
            "Comments",
        ),
        "source": (
            "Source link",
            "Source: {name}",
            "Republished with permission.",
            "This article first appeared on {name}.",
        ),
        "copyright": (
            "© {year} {name}. All rights reserved.",
            "Copyright {year} {name}",
            "© {year} {name} Media Group. All Rights Reserved.",
        ),
        "novel": (
            "Got a news tip? Email us at tips@{domain}",
            "{name} is an independent, nonprofit newsroom.",
            "Support independent journalism — donate today.",
            "Have something to say? Send us a letter to the editor.",
            "We’d love to hear from you. Send a letter to the editor at letters@{domain}",
            "Never miss a story: turn on notifications for {name}.",
        ),
        "tags": ("Tags: ", "Topics: ", "Filed under: "),
        "continue": (
            "Continue reading",
            "Read more",
            "Continue reading at {src}",
            "Read the full story at {src}",
            "Read more…",
            "Click here to read the full article.",
        ),
        "credit": (
            "(Photo: {cname}/{agency})",
            "Photo by {cname}/{name}",
            "{agency_up}/{cname}",
            "(AP Photo/{cname})",
            "Photo: {cname} | {name}",
        ),
        "postfirst": ("The post {title} appeared first on {name}.",),
        "agencies": ("Reuters", "AFP", "AP", "Getty Images", "EPA"),
    },
    "de": {
        "byline": (
            "Von {author}",
            "{author}, {date}",
            "Veröffentlicht am {date}",
            "Aktualisiert: {date}, {time}",
        ),
        "nav": ("Startseite", "Menü", "Zum Inhalt springen"),
        "share_top": ("Artikel anhören", "Artikel teilen"),
        "ads": ("Anzeige", "Werbung", "ANZEIGE"),
        "related": ("Lesen Sie auch", "Mehr zum Thema", "Das könnte Sie auch interessieren"),
        "readmore": ("Lesen Sie auch: ", "Mehr zum Thema: ", "Auch interessant: "),
        "social": (
            "Folgen Sie uns auf Facebook",
            "Folgen Sie {name} auf Twitter",
            "Abonnieren Sie unseren WhatsApp-Kanal",
            "Folgen Sie uns auf Instagram",
        ),
        "newsletter": (
            "Abonnieren Sie unseren Newsletter",
            "Jetzt den kostenlosen Newsletter abonnieren",
        ),
        "app": ("Laden Sie die App von {name} herunter",),
        "share": ("Teilen\nFacebook\nWhatsApp\nE-Mail", "Artikel teilen", "Drucken"),
        "comments": (
            "Kommentare",
            "Kommentar schreiben\nIhre E-Mail-Adresse wird nicht veröffentlicht.\n"
            "Pflichtfelder sind mit * markiert",
        ),
        "source": ("Quelle: dpa", "Quelle: {name}", "Mit Material von dpa und AFP"),
        "copyright": (
            "© {year} {name}. Alle Rechte vorbehalten.",
            "Copyright © {year} {name} GmbH",
        ),
        "novel": (
            "Sie haben einen Hinweis? Schreiben Sie uns an redaktion@{domain}",
            "Jetzt {name} digital lesen – vier Wochen gratis",
        ),
        "tags": ("Themen: ", "Schlagworte: "),
        "continue": ("Weiterlesen", "Den ganzen Artikel lesen Sie bei {src}", "Mehr lesen"),
        "credit": ("Foto: {cname}/dpa", "Bild: picture alliance/dpa | {cname}", "Foto: {name}"),
        "postfirst": ("Der Beitrag {title} erschien zuerst auf {name}.",),
        "agencies": ("dpa", "AFP", "Reuters"),
    },
    "fr": {
        "byline": ("Par {author}", "Publié le {date}", "Mis à jour le {date} à {time}"),
        "nav": ("Accueil", "Menu", "Aller au contenu"),
        "share_top": ("Écouter cet article", "Partager l’article"),
        "ads": ("Publicité", "PUBLICITÉ"),
        "related": ("Lire aussi", "À lire aussi", "Sur le même sujet", "À voir aussi"),
        "readmore": ("Lire aussi : ", "À lire aussi : ", "LIRE AUSSI : "),
        "social": (
            "Suivez-nous sur Facebook",
            "Suivez {name} sur Twitter",
            "Rejoignez-nous sur Telegram",
            "Abonnez-vous à notre chaîne WhatsApp",
        ),
        "newsletter": (
            "Abonnez-vous à notre newsletter",
            "Recevez notre newsletter quotidienne",
        ),
        "app": ("Téléchargez l’application {name}",),
        "share": ("Partager\nFacebook\nTwitter\nE-mail", "Partager sur Facebook", "Imprimer"),
        "comments": (
            "Laisser un commentaire\nVotre adresse e-mail ne sera pas publiée.\n"
            "Les champs obligatoires sont indiqués avec *",
            "Commentaires",
        ),
        "source": ("Source : AFP", "Avec AFP", "Source : {name}"),
        "copyright": ("© {year} {name}. Tous droits réservés.", "Copyright {year} {name}"),
        "novel": (
            "Une info à nous signaler ? Écrivez-nous à redaction@{domain}",
            "Soutenez le journalisme local : abonnez-vous dès 1 € le premier mois",
        ),
        "tags": ("Mots-clés : ", "Thèmes : "),
        "continue": ("Lire la suite", "Lire l’article complet sur {src}"),
        "credit": ("(Photo : {cname} / AFP)", "Photo {name}", "© {cname} / AFP"),
        "postfirst": ("L’article {title} est apparu en premier sur {name}.",),
        "agencies": ("AFP", "Reuters"),
    },
    "es": {
        "byline": ("Por {author}", "Publicado el {date}", "Actualizado el {date} a las {time}"),
        "nav": ("Portada", "Inicio", "Menú", "Ir al contenido"),
        "share_top": ("Escuchar noticia", "Compartir noticia"),
        "ads": ("Publicidad", "PUBLICIDAD"),
        "related": ("Lee también", "Noticias relacionadas", "Te puede interesar", "Más noticias"),
        "readmore": ("Lee también: ", "LEE TAMBIÉN: ", "Te puede interesar: "),
        "social": (
            "Síguenos en Twitter",
            "Síguenos en Facebook",
            "Únete a nuestro canal de WhatsApp",
            "Únete a nuestro canal de Telegram",
        ),
        "newsletter": (
            "Suscríbete a nuestro boletín",
            "Recibe nuestro boletín diario en tu correo",
        ),
        "app": ("Descarga la app de {name}",),
        "share": ("Compartir\nFacebook\nTwitter\nWhatsApp", "Compartir en Facebook", "Imprimir"),
        "comments": (
            "Deja un comentario\nTu dirección de correo electrónico no será publicada.\n"
            "Los campos obligatorios están marcados con *",
            "Comentarios",
        ),
        "source": ("Fuente: EFE", "Con información de EFE", "Fuente: {name}"),
        "copyright": ("© {year} {name}. Todos los derechos reservados.", "Copyright {year} {name}"),
        "novel": (
            "¿Tienes una noticia? Escríbenos a redaccion@{domain}",
            "Apoya el periodismo local: suscríbete desde 1 € al mes",
        ),
        "tags": ("Etiquetas: ", "Temas: "),
        "continue": ("Seguir leyendo", "Leer la noticia completa en {src}"),
        "credit": ("(Foto: {cname}/EFE)", "Foto: {name}", "EFE/{cname}"),
        "postfirst": ("La entrada {title} se publicó primero en {name}.",),
        "agencies": ("EFE", "Europa Press"),
    },
    "uk": {
        "byline": ("Автор: {author}", "{date}, {time}", "Опубліковано: {date}", "{author}, {date}"),
        "nav": ("Головна", "Новини", "Меню", "Перейти до вмісту"),
        "share_top": ("Слухати статтю", "Поділитися"),
        "ads": ("Реклама", "РЕКЛАМА"),
        "related": ("Читайте також", "Більше новин", "Інші новини", "По темі"),
        "readmore": ("Читайте також: ", "ЧИТАЙТЕ ТАКОЖ: ", "Див. також: "),
        "social": (
            "Підписуйтесь на наш Telegram-канал",
            "Підписуйтеся на нас у Facebook",
            "Приєднуйтесь до нашого Viber-каналу",
            "Слідкуйте за нами в Instagram",
        ),
        "newsletter": (
            "Підпишіться на нашу розсилку",
            "Отримуйте головні новини дня на пошту",
        ),
        "app": ("Завантажуйте застосунок {name}",),
        "share": ("Поділитися\nFacebook\nTelegram\nViber", "Копіювати посилання"),
        "comments": (
            "Залишити коментар\nВаша електронна адреса не буде опублікована.\n"
            "Обов’язкові поля позначені *",
            "Коментарі",
        ),
        "source": ("Джерело: Укрінформ", "Джерело: {name}", "За матеріалами Укрінформ"),
        "copyright": (
            "© {year} {name}. Усі права захищено.",
            "При використанні матеріалів посилання на {name} обов’язкове",
        ),
        "novel": (
            "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
            "Підтримайте незалежну журналістику — станьте нашим патроном",
        ),
        "tags": ("Теги: ",),
        "continue": ("Читати далі", "Повний текст читайте на сайті {src}"),
        "credit": ("Фото: {cname}/Укрінформ", "Фото: {name}", "Фото: {cname}"),
        "postfirst": ("Публікація {title} вперше з’явилася на {name}.",),
        "agencies": ("Укрінформ", "УНІАН"),
    },
    "ru": {
        "byline": ("Автор: {author}", "{date}, {time}", "Опубликовано: {date}", "{author}, {date}"),
        "nav": ("Главная", "Новости", "Меню", "Перейти к содержимому"),
        "share_top": ("Слушать статью", "Поделиться"),
        "ads": ("Реклама", "РЕКЛАМА"),
        "related": ("Читайте также", "По теме", "Другие новости", "Ещё по теме"),
        "readmore": ("Читайте также: ", "ЧИТАЙТЕ ТАКЖЕ: ", "См. также: "),
        "social": (
            "Подписывайтесь на наш Telegram-канал",
            "Присоединяйтесь к нам в Facebook",
            "Следите за нами в Instagram",
            "Подписывайтесь на наш канал в Дзене",
        ),
        "newsletter": (
            "Подпишитесь на нашу рассылку",
            "Получайте главные новости дня на почту",
        ),
        "app": ("Скачайте приложение {name}",),
        "share": ("Поделиться\nВКонтакте\nTelegram\nОдноклассники", "Скопировать ссылку"),
        "comments": (
            "Оставить комментарий\nВаш адрес электронной почты не будет опубликован.\n"
            "Обязательные поля помечены *",
            "Комментарии",
        ),
        "source": ("Источник: {name}", "Источник: Интерфакс", "По материалам ТАСС"),
        "copyright": (
            "© {year} {name}. Все права защищены.",
            "При использовании материалов ссылка на {name} обязательна",
        ),
        "novel": (
            "Нашли ошибку? Выделите её и нажмите Ctrl+Enter",
            "Поддержите независимую журналистику",
        ),
        "tags": ("Теги: ",),
        "continue": ("Читать далее", "Полный текст читайте на сайте {src}"),
        "credit": ("Фото: {cname}/ТАСС", "Фото: {name}", "Фото: {cname}"),
        "postfirst": ("Запись {title} впервые появилась на {name}.",),
        "agencies": ("ТАСС", "Интерфакс"),
    },
}

# --- sites -----------------------------------------------------------------------------------
#
# (slug, display name, language, feed). A feed site delivers its articles as JSONL.

SITE_LIST: tuple[tuple[str, str, str, bool], ...] = (
    ("harborgazette", "Harbor Gazette", "en", False),
    ("kyivwire", "Kyiv Wire", "en", False),
    ("millbrookherald", "Millbrook Herald", "en", False),
    ("cedarfallscourier", "Cedar Falls Courier", "en", False),
    ("northshorepost", "North Shore Post", "en", False),
    ("valleysentinel", "Valley Sentinel", "en", False),
    ("prairietribune", "Prairie Tribune", "en", False),
    ("lakesidechronicle", "Lakeside Chronicle", "en", False),
    ("rivertonstar", "Riverton Star", "en", False),
    ("capitolobserver", "Capitol Observer", "en", False),
    ("eastbaydispatch", "East Bay Dispatch", "en", False),
    ("pinecrestnews", "Pinecrest News", "en", False),
    ("summitrecord", "Summit Record", "en", False),
    ("baylinetimes", "Bayline Times", "en", False),
    ("coastalreporter", "Coastal Reporter", "en", False),
    ("midlandmonitor", "Midland Monitor", "en", False),
    ("ironbridgejournal", "Ironbridge Journal", "en", False),
    ("westportexaminer", "Westport Examiner", "en", False),
    ("granitestatewire", "Granite State Wire", "en", False),
    ("lowcountryledger", "Lowcountry Ledger", "en", False),
    ("metrodailyreview", "Metro Daily Review", "en", False),
    ("oakhavenbulletin", "Oakhaven Bulletin", "en", False),
    ("greenfieldpress", "Greenfield Press", "en", False),
    ("dniprotimes", "The Dnipro Times", "en", False),
    ("balticbrief", "Baltic Brief", "en", False),
    ("eurasiadesk", "Eurasia Desk", "en", False),
    ("globalnewsdigest", "Global News Digest", "en", False),
    ("worlddispatch24", "World Dispatch 24", "en", False),
    ("frontlinereport", "Frontline Report", "en", False),
    ("continentalpost", "Continental Post", "en", False),
    ("atlanticinsider", "Atlantic Insider", "en", False),
    ("newsnowdaily", "News Now Daily", "en", False),
    ("briefingroom", "The Briefing Room", "en", False),
    ("citybeatnews", "City Beat News", "en", False),
    ("thecountyline", "The County Line", "en", False),
    ("heartlandvoice", "Heartland Voice", "en", False),
    ("sunbeltgazette", "Sunbelt Gazette", "en", False),
    ("redwoodregister", "Redwood Register", "en", False),
    ("highplainsherald", "High Plains Herald", "en", False),
    ("bluewaterbanner", "Bluewater Banner", "en", False),
    ("stonebrookstandard", "Stonebrook Standard", "en", False),
    ("elmcitytoday", "Elm City Today", "en", False),
    ("aggregatorhub", "Aggregator Hub", "en", False),
    ("wirefeed", "WireFeed", "en", True),
    ("presslinewire", "Pressline Wire", "en", True),
    ("newsdeskagency", "Newsdesk Agency", "en", True),
    ("rheinischerbote", "Rheinischer Bote", "de", False),
    ("hansekurier", "Hanse-Kurier", "de", False),
    ("alpenanzeiger", "Alpen-Anzeiger", "de", False),
    ("elbtagesblatt", "Elb-Tageblatt", "de", False),
    ("lecourrierdulac", "Le Courrier du Lac", "fr", False),
    ("lavoixdusud", "La Voix du Sud", "fr", False),
    ("ouestmatin", "Ouest Matin", "fr", False),
    ("lagazettedesalpes", "La Gazette des Alpes", "fr", False),
    ("diariodelsur", "Diario del Sur", "es", False),
    ("elheraldocosta", "El Heraldo de la Costa", "es", False),
    ("cronicadelvalle", "Crónica del Valle", "es", False),
    ("noticiasdelpuerto", "Noticias del Puerto", "es", False),
    ("kyivskivisti", "Київські вісті", "uk", False),
    ("lvivskyiportal", "Львівський портал", "uk", False),
    ("odesaden", "Одеса сьогодні", "uk", False),
    ("rigavesti", "Рижские вести", "ru", False),
    ("almatyinfo", "Алматы Инфо", "ru", False),
    ("kharkovnovosti", "Харьковские новости", "ru", False),
)

LANG_SHARES: tuple[tuple[str, float], ...] = (
    ("en", 0.85),
    ("de", 0.03),
    ("fr", 0.03),
    ("es", 0.03),
    ("uk", 0.03),
    ("ru", 0.03),
)
FEED_SHARE_EN = 0.059  # share of English documents on the feed sites (about 5% of all)


@dataclass
class Site:
    slug: str
    name: str
    lang: str
    feed: bool
    weight: float = 1.0
    blank: bool = False  # blank lines between paragraphs
    crlf: bool = False
    straight: bool = False  # straight quotes instead of typographic ones
    title_case: bool = False
    bullet: str = "• "
    slug_style: int = 0
    staff: tuple[str, ...] = ()
    handle: str = ""
    domain: str = ""
    items: tuple[tuple[str, float, str, str], ...] = ()  # (where, probability, kind, payload)
    credit: str = ""
    published_style: int = 0


def _make_site(slug: str, name: str, lang: str, feed: bool, pack: Pack) -> Site:
    r = random.Random(f"site:{slug}")
    fp = FURN[lang]
    tld = {"en": "com", "de": "de", "fr": "fr", "es": "es", "uk": "ua", "ru": "ru"}[lang]
    s = Site(slug=slug, name=name, lang=lang, feed=feed)
    s.blank = r.random() < 0.35
    s.crlf = slug in ("prairietribune", "hansekurier")
    s.straight = r.random() < 0.2
    s.title_case = lang == "en" and r.random() < 0.25
    s.bullet = r.choice(("• ", "- ", "* ", "— ", "· "))
    s.slug_style = r.randrange(4)
    s.staff = tuple(pack.names(r) for _ in range(r.randint(4, 9)))
    s.handle = slug if len(slug) <= 15 else slug[:15]
    s.domain = f"{slug}.{tld}"
    s.credit = r.choice(fp["credit"])
    s.published_style = r.randrange(3)
    items: list[tuple[str, float, str, str]] = []

    def add(where: str, p_site: float, kind: str, payload: str) -> None:
        if r.random() < p_site:
            items.append((where, r.uniform(0.55, 0.97), kind, payload))

    if feed:
        add("bottom", 0.9, "postfirst", fp["postfirst"][0])
        add("mid", 0.4, "caption", "")
        add("bottom", 0.5, "lines", r.choice(fp["source"]))
        add("top", 0.4, "byline", r.choice(fp["byline"]))
    else:
        add("top", 0.75, "byline", r.choice(fp["byline"]))
        add("top", 0.25, "lines", r.choice(fp["nav"]))
        add("top", 0.2, "lines", r.choice(fp["share_top"]))
        add("mid", 0.6, "caption", "")
        add("mid", 0.5, "lines", r.choice(fp["ads"]))
        add("mid", 0.45, "related", r.choice(fp["related"]))
        add("mid", 0.4, "readmore", r.choice(fp["readmore"]))
        add(r.choice(("top", "mid", "bottom")), 0.5, "lines", r.choice(fp["social"]))
        add(r.choice(("mid", "bottom")), 0.3, "lines", r.choice(fp["newsletter"]))
        add("bottom", 0.4, "lines", r.choice(fp["share"]))
        add("bottom", 0.35, "lines", r.choice(fp["comments"]))
        add("bottom", 0.3, "lines", r.choice(fp["source"]))
        add("bottom", 0.6, "lines", r.choice(fp["copyright"]))
        add("bottom", 0.2, "related", r.choice(fp["related"]))
        add("bottom", 0.25, "tags", r.choice(fp["tags"]))
        add(r.choice(("top", "bottom")), 0.5, "lines", r.choice(fp["novel"]))
        add("bottom", 0.15, "lines", r.choice(fp["app"]))
        if len(items) < 3:  # every site has some furniture
            items.append(("bottom", 0.9, "lines", r.choice(fp["copyright"])))
            items.append(("mid", 0.8, "lines", r.choice(fp["ads"])))
    order = {"top": 0, "mid": 1, "bottom": 2}
    s.items = tuple(sorted(items, key=lambda it: order[it[0]]))
    return s


# --- the language packs ----------------------------------------------------------------------


def _namer(
    first_m: tuple[str, ...],
    first_f: tuple[str, ...],
    last: tuple[str, ...],
    fem: Callable[[str], str] | None = None,
) -> Callable[[random.Random], str]:
    def name(rng: random.Random) -> str:
        if rng.random() < 0.5:
            surname = rng.choice(last)
            return f"{rng.choice(first_f)} {fem(surname) if fem else surname}"
        return f"{rng.choice(first_m)} {rng.choice(last)}"

    return name


def _date_fmt(months: tuple[str, ...], fmt: str) -> Callable[[date], str]:
    return lambda d: fmt.format(day=d.day, month=months[d.month - 1], year=d.year)


PACKS: dict[str, Pack] = {
    "en": Pack(
        code="en",
        topics=EN_TOPICS,
        topic_weights=(14, 9, 10, 6, 6, 8, 7, 6, 12, 8, 5, 5, 5, 4),
        ents=_en_ents,
        fresh=_en_fresh,
        lead=EN_LEAD,
        gen=EN_GEN,
        background=EN_BACKGROUND,
        closing=EN_CLOSING,
        quotes=EN_QUOTES,
        qforms=EN_QFORMS,
        subheads=EN_SUBHEADS,
        list_intros=EN_LIST_INTROS,
        heads=EN_HEADS,
        captions=EN_CAPTIONS,
        datelines=EN_DATELINES,
        dateline_p=(0.15, 0.8),
        names=_namer(EN_FIRST_M, EN_FIRST_F, EN_LAST),
        date_fmt=_date_fmt(EN_MONTHS, "{month} {day}, {year}"),
        furn=FURN["en"],
        notes=EN_NOTES,
    ),
    "de": Pack(
        code="de",
        topics=DE_TOPICS,
        topic_weights=(3, 2, 3, 1, 1),
        ents=_make_ents(DE_DATA),
        fresh=_fresh_for(DE_DATA),
        lead=DE_LEAD,
        gen=DE_GEN,
        background=DE_BACKGROUND,
        closing=DE_CLOSING,
        quotes=DE_QUOTES,
        qforms=DE_QFORMS,
        subheads=DE_SUBHEADS,
        list_intros=DE_LIST_INTROS,
        heads=DE_HEADS,
        captions=DE_CAPTIONS,
        datelines=_tpls("{dl} ({agency}) –\n{dl} –"),
        dateline_p=(0.2, 0.7),
        names=_namer(DE_DATA.first_m, DE_DATA.first_f, DE_DATA.last),
        date_fmt=_date_fmt(DE_DATA.months_gen, "{day}. {month} {year}"),
        furn=FURN["de"],
        notes=DE_NOTES,
    ),
    "fr": Pack(
        code="fr",
        topics=FR_TOPICS,
        topic_weights=(3, 2, 3, 1, 1),
        ents=_make_ents(FR_DATA),
        fresh=_fresh_for(FR_DATA),
        lead=FR_LEAD,
        gen=FR_GEN,
        background=FR_BACKGROUND,
        closing=FR_CLOSING,
        quotes=FR_QUOTES,
        qforms=FR_QFORMS,
        subheads=FR_SUBHEADS,
        list_intros=FR_LIST_INTROS,
        heads=FR_HEADS,
        captions=FR_CAPTIONS,
        datelines=_tpls("{dl} ({agency}) –"),
        dateline_p=(0.15, 0.7),
        names=_namer(FR_DATA.first_m, FR_DATA.first_f, FR_DATA.last),
        date_fmt=_date_fmt(FR_DATA.months_gen, "{day} {month} {year}"),
        furn=FURN["fr"],
        notes=FR_NOTES,
    ),
    "es": Pack(
        code="es",
        topics=ES_TOPICS,
        topic_weights=(3, 2, 3, 1, 1),
        ents=_make_ents(ES_DATA),
        fresh=_fresh_for(ES_DATA),
        lead=ES_LEAD,
        gen=ES_GEN,
        background=ES_BACKGROUND,
        closing=ES_CLOSING,
        quotes=ES_QUOTES,
        qforms=ES_QFORMS,
        subheads=ES_SUBHEADS,
        list_intros=ES_LIST_INTROS,
        heads=ES_HEADS,
        captions=ES_CAPTIONS,
        datelines=_tpls("{dl} ({agency}).-"),
        dateline_p=(0.2, 0.7),
        names=_namer(ES_DATA.first_m, ES_DATA.first_f, ES_DATA.last),
        date_fmt=_date_fmt(ES_DATA.months_gen, "{day} de {month} de {year}"),
        furn=FURN["es"],
        notes=ES_NOTES,
    ),
    "uk": Pack(
        code="uk",
        topics=UK_TOPICS,
        topic_weights=(3, 4, 2, 2),
        ents=_make_ents(UK_DATA),
        fresh=_fresh_for(UK_DATA),
        lead=UK_LEAD,
        gen=UK_GEN,
        background=UK_BACKGROUND,
        closing=UK_CLOSING,
        quotes=UK_QUOTES,
        qforms=UK_QFORMS,
        subheads=UK_SUBHEADS,
        list_intros=UK_LIST_INTROS,
        heads=UK_HEADS,
        captions=UK_CAPTIONS,
        datelines=(),
        dateline_p=(0.0, 0.0),
        names=_namer(UK_DATA.first_m, UK_DATA.first_f, UK_DATA.last, _uk_fem),
        date_fmt=_date_fmt(UK_DATA.months_gen, "{day} {month} {year}"),
        furn=FURN["uk"],
        notes=UK_NOTES,
    ),
    "ru": Pack(
        code="ru",
        topics=RU_TOPICS,
        topic_weights=(3, 3, 2, 2),
        ents=_make_ents(RU_DATA),
        fresh=_fresh_for(RU_DATA),
        lead=RU_LEAD,
        gen=RU_GEN,
        background=RU_BACKGROUND,
        closing=RU_CLOSING,
        quotes=RU_QUOTES,
        qforms=RU_QFORMS,
        subheads=RU_SUBHEADS,
        list_intros=RU_LIST_INTROS,
        heads=RU_HEADS,
        captions=RU_CAPTIONS,
        datelines=(),
        dateline_p=(0.0, 0.0),
        names=_namer(RU_DATA.first_m, RU_DATA.first_f, RU_DATA.last, _ru_fem),
        date_fmt=_date_fmt(RU_DATA.months_gen, "{day} {month} {year}"),
        furn=FURN["ru"],
        notes=RU_NOTES,
    ),
}

# --- text transformations ----------------------------------------------------------------------

_STRAIGHT = (
    ("“", '"'),
    ("”", '"'),
    ("„", '"'),
    ("«", '"'),
    ("»", '"'),
    ("’", "'"),
    ("‘", "'"),
    ("‚", "'"),
)


def _straighten(text: str) -> str:
    """Typographic quotes to straight ones (str.replace is much faster than translate here)."""
    for a, b in _STRAIGHT:
        if a in text:
            text = text.replace(a, b)
    return text


def _sloppy(err: UnicodeError) -> tuple[str, int]:
    """Bytes cp1252 leaves undefined decode to the C1 control of that value, as browsers do."""
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("make_corpus_sloppy", _sloppy)


def _mojibake(text: str) -> str:
    """UTF-8 text decoded as Windows-1252, as a misconfigured scraper does: ’ -> â€™."""
    return text.encode("utf-8").decode("cp1252", errors="make_corpus_sloppy")


def _entities(text: str, rng: random.Random) -> str:
    text = text.replace("&", "&amp;")
    if rng.random() < 0.6:
        text = text.replace("’", "&#8217;").replace("“", "&#8220;").replace("”", "&#8221;")
    else:
        text = _straighten(text.replace("’", "&rsquo;")).replace('"', "&quot;")
    if rng.random() < 0.5:
        text = text.replace("—", "&#8212;").replace("–", "&#8211;")
    return text


def _typos(text: str, rng: random.Random, n: int) -> str:
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(cands, min(n, len(cands))):
        w = words[i]
        j = rng.randint(1, len(w) - 2)
        op = rng.randrange(3)
        if op == 0:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif op == 1:
            w = w[:j] + w[j + 1 :]
        else:
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "yu",
        "я": "ya", "ы": "y", "э": "e", "ъ": "", "ё": "e",
    }
)  # fmt: skip
_SLUG_WORDS = re.compile(r"[a-z0-9]+")


def _slugify(text: str, lang: str) -> str:
    t = text.lower()
    if lang in ("uk", "ru"):
        t = t.translate(_TRANSLIT)
        if lang == "ru":
            t = t.replace("h", "g")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    return "-".join(_SLUG_WORDS.findall(t)[:8]) or "article"


def _title_case(h: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in h.split(" "))


# --- stories ------------------------------------------------------------------------------------


@dataclass
class Story:
    sid: int
    lang: str
    topic: Topic
    d: dict[str, str]
    headline: str
    dateline: str = ""
    blocks: list[tuple[str, str]] = field(default_factory=list)  # ("p"|"q"|"h"|"li", text)


def _minor_keys(d: dict[str, str]) -> tuple[str, ...]:
    """Keys of the minor people and numbers (3, 4, 5): what differs between stories of an event."""
    keys = tuple(d)
    found = _MINOR.get(keys)
    if found is None:
        found = _MINOR[keys] = tuple(k for k in keys if any(ch in "345" for ch in k))
    return found


_MINOR: dict[tuple[str, ...], tuple[str, ...]] = {}


class _LRU(OrderedDict[Any, Any]):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key: Any, value: Any) -> Any:
        self[key] = value
        if len(self) > self.size:
            self.popitem(last=False)
        return value

    def fetch(self, key: Any) -> Any:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value


def _headline(pack: Pack, topic: Topic, d: dict[str, str], rng: random.Random) -> str:
    r = rng.random
    pool = topic.heads if topic.heads and r() < 0.55 else pack.heads
    return _cap(_fill(_pick(pool, r), d, r))


def _quote_paragraph(pack: Pack, d: dict[str, str], rng: random.Random, quotes: _Deck) -> str:
    r = rng.random
    i = _pick((1, 1, 2, 2, 2, 3, 3, 4, 5), r)
    d["qp"], d["qps"], d["qr"] = d[f"p{i}"], d[f"p{i}s"], d[f"r{i}"]
    d["qrl"] = d.get(f"r{i}l", d[f"r{i}"])
    for key in ("said", "added", "emph"):
        if f"{key}{i}" in d:
            d["q" + key] = d[f"{key}{i}"]
    d["qa"] = _fill(quotes.draw(), d, r)
    d["qb"] = _fill(quotes.draw(), d, r)
    return _fill(_pick(pack.qforms, r), d, r)


def _make_blocks(
    pack: Pack, topic: Topic, d: dict[str, str], rng: random.Random
) -> tuple[str, list[tuple[str, str]]]:
    """A story's dateline and body: paragraphs, quotes, subheadings, a list sometimes."""
    r = rng.random
    x = r()
    if x < 0.07:
        n = 4 + int(r() * 4)
    elif x < 0.93:
        n = int(rng.triangular(9, 22, 13))
    else:
        n = 21 + int(r() * 8)
    dateline = ""
    if pack.datelines and r() < pack.dateline_p[1 if topic.world else 0]:
        dateline = _fill(_pick(pack.datelines, r), d, r)
    order = _shuffled(pack.gen + topic.facts, r, 6 * n + 4)
    nxt = order.pop
    background = _Deck(pack.background, r)
    quotes = _Deck(pack.quotes, r)

    def pick(tpl: tuple[str, ...]) -> str:  # an unfilled expansion
        return tpl[int(r() * len(tpl))]

    def sentence() -> str:
        t = nxt()
        return t[int(r() * len(t))]

    blocks: list[tuple[str, str]] = []
    lead = pick(_pick(pack.lead, r))
    if r() < 0.6:
        lead += " " + sentence()
    blocks.append(("p", lead.format_map(d)))
    list_at = 2 + int(r() * max(1, n - 3)) if r() < 0.12 else -1
    last_sub = 0
    for i in range(1, n - 1):
        if i >= 3 and i - last_sub >= 3 and r() < 0.1:
            blocks.append(("h", _fill(_pick(pack.subheads, r), d, r)))
            last_sub = i
        if i == list_at:
            blocks.append(("p", _fill(_pick(pack.list_intros, r), d, r)))
            for item in _sample(topic.items, min(len(topic.items), 3 + int(r() * 3)), r):
                blocks.append(("li", _fill(item, d, r)))
            continue
        x = r()
        if x < 0.25:
            blocks.append(("q", _quote_paragraph(pack, d, rng, quotes)))
        elif x < 0.35:
            parts = [pick(background.draw())]
            parts.extend(sentence() for _ in range(1 + int(r() * 2)))
            blocks.append(("p", " ".join(parts).format_map(d)))
        else:
            k = _pick((3, 3, 3, 4, 4, 4, 5, 5), r)
            parts = [(t := nxt())[int(r() * len(t))] for _ in range(k)]
            blocks.append(("p", " ".join(parts).format_map(d)))
    end = pick(_pick(pack.closing, r))
    if r() < 0.5:
        end = sentence() + " " + end
    blocks.append(("p", end.format_map(d)))
    return dateline, blocks


# --- the document sequence -----------------------------------------------------------------------

BASE_DATE = date(2025, 9, 1)
DOCS_PER_DAY = 500
FEED_BLOCK = 3000  # documents per JSONL feed file number (about 50 records per feed file)
JUNK_SHARE = 0.005
FOLLOWUP_SHARE = 0.02
SHARED_EVENT = 0.22  # stories that share their event (topic, place, people) with a few others


@dataclass
class Doc:
    rel: str  # path under raw/
    data: bytes | None  # file contents, or None for a JSONL record
    record: dict[str, Any] | None
    gold: dict[str, Any]


class Corpus:
    """The infinite, deterministic sequence of documents for one (seed, syndicated)."""

    def __init__(self, seed: int = 1, syndicated: float = 0.33) -> None:
        self.seed = seed
        self.syndicated = max(0.0, min(syndicated, 1.0 - JUNK_SHARE - FOLLOWUP_SHARE))
        self.sites = [_make_site(s, n, lang, feed, PACKS[lang]) for s, n, lang, feed in SITE_LIST]
        self.by_slug = {s.slug: s for s in self.sites}
        for lang, _ in LANG_SHARES:
            group = [s for s in self.sites if s.lang == lang]
            plain = [s for s in group if not s.feed]
            for rank, s in enumerate(plain, start=1):
                s.weight = 1.0 / rank**0.6
            feeds = [s for s in group if s.feed]
            total = sum(s.weight for s in plain)
            for s in feeds:
                s.weight = FEED_SHARE_EN * total / ((1 - FEED_SHARE_EN) * len(feeds))
        self._tables: dict[str, tuple[list[Site], list[float]]] = {}
        for lang in ("", *(code for code, _ in LANG_SHARES)):
            sites = [s for s in self.sites if lang in ("", s.lang)]
            acc: list[float] = []
            for s in sites:
                acc.append((acc[-1] if acc else 0.0) + s.weight)
            self._tables[lang] = (sites, acc)
        self._kind: dict[int, str] = {}
        self._lang: dict[int, str] = {}
        self._site: dict[int, Site] = {}
        self._events = _LRU(4000)
        self._metas = _LRU(20000)
        self._stories = _LRU(6000)

    # -- cheap per-document decisions (blake2b of seed, tag and number) -----------------------

    def _u(self, tag: str, k: int) -> float:
        h = hashlib.blake2b(f"{self.seed}:{tag}:{k}".encode(), digest_size=8).digest()
        return int.from_bytes(h, "big") / 18446744073709551616.0

    def kind(self, k: int) -> str:
        """junk, followup, copy (any syndicated copy) or original."""
        found = self._kind.get(k)
        if found is not None:
            return found
        u = self._u("kind", k)
        if k == 0:
            kind = "original"
        elif u < JUNK_SHARE:
            kind = "junk"
        elif u < JUNK_SHARE + FOLLOWUP_SHARE:
            kind = "followup"
        elif u < JUNK_SHARE + FOLLOWUP_SHARE + self.syndicated:
            kind = "copy"
        else:
            kind = "original"
        if len(self._kind) > 2_000_000:
            self._kind.clear()
        self._kind[k] = kind
        return kind

    def _earlier(self, k: int, tag: str, ok: tuple[str, ...], recent: int) -> int:
        for t in range(40):
            u = self._u(f"{tag}{t}", k)
            j = int(u * k) if t % 3 == 2 else k - 1 - int(u * min(k, recent))
            if self.kind(j) in ok:
                return j
        j = k - 1
        while self.kind(j) not in ok:
            j -= 1
        return j

    def source(self, k: int) -> int:
        """The story a copy copies: an earlier original or follow-up, usually a recent one."""
        return self._earlier(k, "src", ("original", "followup"), 600)

    def ref(self, k: int) -> int:
        """The earlier original a follow-up quotes."""
        return self._earlier(k, "ref", ("original",), 2000)

    def lang(self, k: int) -> str:
        found = self._lang.get(k)
        if found is None:
            if len(self._lang) > 2_000_000:
                self._lang.clear()
            found = self._lang[k] = self._lang_of(k)
        return found

    def _lang_of(self, k: int) -> str:
        kind = self.kind(k)
        if kind == "followup":
            return self.lang(self.ref(k))
        if kind == "copy":
            return self.lang(self.source(k))
        if kind == "junk":
            return self.site(k).lang
        u = self._u("lang", k)
        for lang, share in LANG_SHARES:
            if u < share:
                return lang
            u -= share
        return "en"

    def _pick_site(self, table: tuple[list[Site], list[float]], u: float) -> Site:
        sites, acc = table
        return sites[min(bisect.bisect_right(acc, u * acc[-1]), len(sites) - 1)]

    def site(self, k: int) -> Site:
        found = self._site.get(k)
        if found is None:
            if len(self._site) > 2_000_000:
                self._site.clear()
            found = self._site[k] = self._site_of(k)
        return found

    def _site_of(self, k: int) -> Site:
        kind = self.kind(k)
        if kind == "junk":
            return self._pick_site(self._tables[""], self._u("site", k))
        table = self._tables[self.lang(k)]
        if kind == "copy":  # another site of the same language
            src = self.site(self.source(k))
            for t in range(30):
                s = self._pick_site(table, self._u(f"csite{t}", k))
                if s is not src:
                    return s
            return next(s for s in table[0] if s is not src)
        return self._pick_site(table, self._u("site", k))

    def copy_kind(self, k: int) -> str:
        u = self._u("sub", k)
        if u < 0.07:
            return "exact"
        if u < 0.22:
            return "truncated"
        if u < 0.25:
            return "mojibake"
        return "copy"

    def encoding(self, k: int) -> str:
        u = self._u("enc", k)
        if self.lang(k) in ("uk", "ru"):
            return "cp1251" if u < 0.3 else "utf-8"
        return "cp1252" if u < 0.014 else "utf-8"

    def event(self, s: int) -> tuple[str, bool]:
        if self.kind(s) == "followup":
            return self.event(self.ref(s))[0], True
        if self._u("evs", s) < SHARED_EVENT:
            return f"g{s // 60}.{int(self._u('evp', s) * 5)}", True
        return f"s{s}", False

    # -- stories --------------------------------------------------------------------------------

    def _event(self, lang: str, eid: str) -> tuple[Topic, dict[str, str]]:
        key = (lang, eid)
        found = self._events.fetch(key)
        if found is None:
            pack = PACKS[lang]
            rng = random.Random(f"{self.seed}:event:{lang}:{eid}")
            topic = rng.choices(pack.topics, weights=pack.topic_weights)[0]
            found = self._events.put(key, (topic, pack.ents(rng, topic)))
        return found

    def meta(self, s: int) -> Story:
        """Story s without its body: language, topic, entities, headline."""
        found = self._metas.fetch(s)
        if found is not None:
            return found
        lang = self.lang(s)
        pack = PACKS[lang]
        eid, shared = self.event(s)
        if shared:  # same event, different story: its own minor people and numbers
            topic, ev = self._event(lang, eid)
            rng = random.Random(f"{self.seed}:ents:{s}")
            fresh = pack.ents(rng, topic)
            d = Ents(ev)
            for key in _minor_keys(fresh):
                d[key] = fresh[key]
        else:  # an event of its own: not worth caching
            rng = random.Random(f"{self.seed}:event:{lang}:{eid}")
            topic = rng.choices(pack.topics, weights=pack.topic_weights)[0]
            d = Ents(pack.ents(rng, topic))
        head = _headline(pack, topic, d, rng)
        return self._metas.put(s, Story(s, lang, topic, d, head))

    def story(self, s: int) -> Story:
        found = self._stories.fetch(s)
        if found is not None:
            return found
        m = self.meta(s)
        d = Ents(m.d)
        rng = random.Random(f"{self.seed}:body:{s}")
        d.rng, d.fresh = rng, PACKS[m.lang].fresh
        dateline, blocks = _make_blocks(PACKS[m.lang], m.topic, d, rng)
        d.rng = None  # the cached story never draws again
        if self.kind(s) == "followup":  # quote one whole paragraph of the earlier story
            earlier = self.story(self.ref(s)).blocks
            paras = [t for kd, t in earlier[1:] if kd in ("p", "q") and len(t.split()) >= 25]
            if not paras:
                paras = [t for kd, t in earlier if kd in ("p", "q")]
            pos = min(len(blocks) - 1, max(1, len(blocks) // 2 + rng.randint(-2, 2)))
            blocks.insert(pos, ("p", rng.choice(paras)))
        st = Story(s, m.lang, m.topic, d, m.headline, dateline, blocks)
        return self._stories.put(s, st)

    def teasers(self, k: int, lang: str, rng: random.Random, n: int) -> list[str]:
        """Headlines of other (earlier, same-language) stories for related-story widgets."""
        out: list[str] = []
        tries = 8 if lang == "en" else 400  # cheap lookups; a synthetic headline is not
        for _ in range(n):
            head = None
            for _ in range(tries):
                if k < 2:
                    break
                j = k - 1 - int(rng.random() * min(k - 1, 3000))
                if self.kind(j) == "original" and self.lang(j) == lang:
                    head = self.meta(j).headline
                    break
            if head is None:  # no suitable story yet: a headline of a story never published
                pack = PACKS[lang]
                topic = rng.choice(pack.topics)
                head = _headline(pack, topic, Ents(pack.ents(rng, topic)), rng)
            if head not in out:
                out.append(head)
        return out

    # -- documents ------------------------------------------------------------------------------

    def _furniture(
        self,
        kind: str,
        payload: str,
        site: Site,
        st: Story,
        headline: str,
        rng: random.Random,
        day: date,
        k: int,
    ) -> list[str]:
        pack = PACKS[site.lang]
        ctx = {
            "name": site.name,
            "handle": site.handle,
            "slug": site.slug,
            "domain": site.domain,
            "year": str(day.year),
        }
        if kind == "lines":
            return [x.format_map(ctx) if "{" in x else x for x in payload.split("\n")]
        if kind == "byline":
            r = rng.random
            if site.lang == "en":
                t = f"{1 + int(r() * 12)}:{int(r() * 60):02d} {'a.m.' if r() < 0.4 else 'p.m.'}"
            else:
                t = f"{7 + int(r() * 16)}:{int(r() * 60):02d}"
            author = _pick(site.staff, r)
            return [payload.format(author=author, date=pack.date_fmt(day), time=t)]
        if kind == "caption":
            desc = _fill(_pick(pack.captions, rng.random), st.d, rng.random)
            agency = rng.choice(pack.furn["agencies"])
            credit = site.credit.format(
                cname=pack.names(rng), agency=agency, agency_up=agency.upper(), name=site.name
            )
            return [f"{desc} {credit}"]
        if kind == "related":
            head = payload.format_map(ctx)
            return [head, *self.teasers(k, site.lang, rng, rng.randint(3, 5))]
        if kind == "readmore":
            return [payload + self.teasers(k, site.lang, rng, 1)[0]]
        if kind == "tags":
            tags = [st.d["place"], st.topic.name, st.d["thing_h"]]
            return [payload + ", ".join(tags)]
        if kind == "postfirst":
            return [payload.format(title=headline, name=site.name)]
        raise ValueError(kind)

    def _compose(
        self,
        site: Site,
        st: Story,
        headline: str,
        dateline: str,
        blocks: list[tuple[str, str]],
        rng: random.Random,
        day: date,
        k: int,
        top_extra: list[str],
        bottom_extra: list[str],
    ) -> list[str]:
        """The page as lines: headline, top furniture, body with furniture inside, bottom."""
        r = rng.random
        body = [site.bullet + text if kind == "li" else text for kind, text in blocks]
        if dateline and body:
            body[0] = f"{dateline} {body[0]}"
        top: list[str] = []
        bottom: list[str] = []
        inserts: list[tuple[int, list[str]]] = []  # mid-page furniture, between paragraphs
        for where, p, kind, payload in site.items:
            if r() >= p:
                continue
            lines = self._furniture(kind, payload, site, st, headline, rng, day, k)
            if where == "top":
                top.extend(lines)
            elif where == "bottom":
                bottom.extend(lines)
            elif kind == "caption" and site.lang == "en" and r() < 0.05 and len(body) > 2:
                pos = 1 + int(r() * (len(body) - 2))  # a caption glued to a paragraph
                body[pos] = lines[0].rsplit(" (", 1)[0].rstrip(".") + body[pos]
            else:
                inserts.append((1 + int(r() * (len(body) - 1)) if len(body) > 1 else 1, lines))
        for pos, lines in sorted(inserts, key=lambda x: -x[0]):
            body[pos:pos] = lines
        if site.title_case:
            headline = _title_case(headline)
        return [headline, *top, *top_extra, *body, *bottom_extra, *bottom]

    def document(self, k: int) -> Doc:
        kind = self.kind(k)
        rng = random.Random(f"{self.seed}:doc:{k}")
        day = BASE_DATE + timedelta(days=k // DOCS_PER_DAY)
        if kind == "junk":
            return self._junk(k, rng, day)
        site = self.site(k)
        top_extra: list[str] = []
        bottom_extra: list[str] = []
        if kind in ("original", "followup"):
            st = self.story(k)
            sid, gold_kind = k, kind
            headline, dateline, blocks = st.headline, st.dateline, st.blocks
            straight = site.straight
            encoding = "utf-8" if site.feed else self.encoding(k)
        else:
            sid = self.source(k)
            st = self.story(sid)
            gold_kind = self.copy_kind(k)
            src_site = self.site(sid)
            headline, dateline, blocks = self._edit(
                k, gold_kind, st, src_site, rng, top_extra, bottom_extra
            )
            if gold_kind == "exact":
                straight = src_site.straight
            else:
                straight = site.straight != (rng.random() < 0.15)
                if gold_kind == "mojibake":  # keep the characters that mojibake garbles
                    straight = False
            encoding = "utf-8"
        lines = self._compose(
            site, st, headline, dateline, blocks, rng, day, k, top_extra, bottom_extra
        )
        if straight or gold_kind in ("copy", "mojibake"):
            text = "\n".join(lines)
            if straight:
                text = _straighten(text)
            if rng.random() < 0.12 and gold_kind == "copy":
                text = _entities(text, rng)
            if gold_kind == "mojibake":
                text = _mojibake(text)
            lines = text.split("\n")
        slug = _slugify(headline, st.lang)
        gold = {"doc": "", "story": sid, "kind": gold_kind, "lang": st.lang}
        if site.feed:
            published = day.isoformat()
            if site.published_style == 1:
                published += f"T{rng.randint(5, 22):02d}:{rng.randint(0, 59):02d}:00Z"
            record = {
                "id": f"{site.slug}-{k}",
                "title": lines[0],
                "text": "\n".join(lines[1:]),
                "url": f"https://www.{site.domain}/{day:%Y/%m/%d}/{slug}",
                "published": published,
                "source": site.slug,
            }
            gold["encoding"] = "utf-8"
            rel = f"{site.slug}/feed-{k // FEED_BLOCK:04d}.jsonl"
            return Doc(rel, None, record, gold)
        name = (f"{slug}-{k}", f"{k}-{slug}", f"{slug}-{k:x}", f"article-{k}")[site.slug_style]
        rel = f"{site.slug}/{day.isoformat()}/{name}.txt"
        text = ("\n\n" if site.blank else "\n").join(lines) + "\n"
        if site.crlf:
            text = text.replace("\n", "\r\n")
        data = None
        if encoding != "utf-8":
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                encoding = "utf-8"
            if data is not None and data.isascii():  # same bytes in UTF-8: label it so
                encoding = "utf-8"
        if data is None:
            data = text.encode("utf-8")
        gold["encoding"] = encoding
        return Doc(rel, data, None, gold)

    def _edit(
        self,
        k: int,
        kind: str,
        st: Story,
        src_site: Site,
        rng: random.Random,
        top_extra: list[str],
        bottom_extra: list[str],
    ) -> tuple[str, str, list[tuple[str, str]]]:
        """A syndicated copy's headline, dateline and body, with the edits of its kind."""
        r = rng.random
        pack = PACKS[st.lang]
        headline, dateline, blocks = st.headline, st.dateline, list(st.blocks)
        if kind == "exact":
            return headline, dateline, blocks
        if kind == "truncated":
            keep = max(2, round(len(blocks) * (0.3 + 0.3 * r())))
            blocks = blocks[:keep]
            bottom_extra.append(rng.choice(pack.furn["continue"]).format(src=src_site.name))
            if r() < 0.2:
                headline = self._new_headline(pack, st, src_site, rng)
            return headline, dateline, blocks
        paras = [i for i, (kd, _) in enumerate(blocks) if i > 0 and kd in ("p", "q")]
        if len(paras) >= 6 and r() < 0.5:
            for i in sorted(rng.sample(paras, rng.randint(1, 3)), reverse=True):
                del blocks[i]
        if r() < 0.35:
            headline = self._new_headline(pack, st, src_site, rng)
        if r() < 0.2 and pack.datelines:
            dateline = "" if dateline else _fill(_pick(pack.datelines, r), st.d, r)
        if r() < 0.4:
            idx = [i for i, (kd, _) in enumerate(blocks) if kd in ("p", "q")]
            for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
                blocks[i] = (blocks[i][0], _typos(blocks[i][1], rng, rng.randint(1, 2)))
        if r() < 0.15:
            note = _fill(_pick(pack.notes, r), st.d, r)
            (top_extra if r() < 0.5 else bottom_extra).append(note)
        return headline, dateline, blocks

    def _new_headline(self, pack: Pack, st: Story, src_site: Site, rng: random.Random) -> str:
        x = rng.random()
        if x < 0.6:
            for _ in range(4):
                h = _headline(pack, st.topic, st.d, rng)
                if h != st.headline:
                    return h
        if x < 0.85 or pack.code != "en":
            return f"{st.headline} {rng.choice(('|', '-', '–'))} {src_site.name}"
        return rng.choice(("UPDATE: ", "WATCH: ", "BREAKING: ", "LIVE: ")) + st.headline

    def _junk(self, k: int, rng: random.Random, day: date) -> Doc:
        """Empty files, furniture-only files, and unsupported .html/.pdf files."""
        site = self.site(k)
        gold = {"doc": "", "story": -1, "kind": "junk", "lang": site.lang, "encoding": "utf-8"}
        base = f"{site.slug}/{day.isoformat()}"
        x = rng.random()
        if x < 0.4:
            data = rng.choice((b"", b"\n", b"  \n\n", b"\r\n"))
            return Doc(f"{base}/untitled-{k}.txt", data, None, gold)
        if x < 0.8:
            lines: list[str] = []
            for _, _, kind, payload in site.items:
                if kind == "lines" and rng.random() < 0.7:
                    lines.extend(payload.split("\n"))
            fp = FURN[site.lang]
            if len(lines) < 2:
                lines += [fp["comments"][0].split("\n")[0], fp["source"][0]]
            ctx = {"name": site.name, "handle": site.handle, "domain": site.domain}
            ctx.update(slug=site.slug, year=str(day.year))
            text = "\n".join(x.format_map(ctx) if "{" in x else x for x in lines) + "\n"
            return Doc(f"{base}/page-{k}.txt", text.encode("utf-8"), None, gold)
        if x < 0.9:
            title = self.teasers(k, site.lang, rng, 1)[0]
            html = (
                '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
                f'{title}</title></head>\n<body><div id="app"></div>'
                f'<script src="/static/js/main.{k:x}.js"></script></body></html>\n'
            )
            return Doc(f"{base}/{_slugify(title, site.lang)}-{k}.html", html.encode(), None, gold)
        noise = bytes(rng.randrange(256) for _ in range(rng.randint(200, 1500)))
        pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        return Doc(f"{base}/document-{k}.pdf", pdf + noise + b"\n%%EOF\n", None, gold)


# --- writing the corpus -----------------------------------------------------------------------


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def generate(
    out_dir: Path, docs: int, seed: int = 1, syndicated: float = 0.33, start: int = 0
) -> dict[str, Any]:
    """Write documents start .. start+docs-1 under out_dir/raw and append their gold lines.

    Refuses to write documents out_dir already holds (gold.jsonl has more than ``start``
    lines). Returns the summary: docs, files (created or appended to), bytes, seconds.
    """
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    raw = out_dir / "raw"
    gold_path = out_dir / "gold.jsonl"
    have = _count_lines(gold_path)
    if have > start:
        raise FileExistsError(
            f"{gold_path} already lists {have} documents; continue with --start {have}"
        )
    raw.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(seed, syndicated)
    made: set[str] = set()
    touched: set[str] = set()
    feed_lines: dict[str, int] = {}
    kinds: dict[str, int] = {}
    nbytes = 0
    base = str(raw) + "/"
    new_file = os.O_WRONLY | os.O_CREAT | os.O_EXCL  # never overwrite an existing file
    with gold_path.open("a", encoding="utf-8") as gold_fh:
        for k in range(start, start + docs):
            doc = corpus.document(k)
            folder, _, _ = doc.rel.rpartition("/")
            if folder not in made:
                (raw / folder).mkdir(parents=True, exist_ok=True)
                made.add(folder)
            if doc.record is not None:
                if doc.rel not in feed_lines:  # a feed file may hold records of an earlier run
                    feed_lines[doc.rel] = _count_lines(raw / doc.rel)
                feed_lines[doc.rel] += 1
                payload = (json.dumps(doc.record, ensure_ascii=False) + "\n").encode("utf-8")
                with (raw / doc.rel).open("ab") as fh:
                    fh.write(payload)
                doc.gold["doc"] = f"{doc.rel}#{feed_lines[doc.rel]}"
            else:
                assert doc.data is not None
                payload = doc.data
                fd = os.open(base + doc.rel, new_file, 0o644)
                try:
                    view = memoryview(payload)
                    while view:
                        view = view[os.write(fd, view) :]
                finally:
                    os.close(fd)
                doc.gold["doc"] = doc.rel
            touched.add(doc.rel)
            nbytes += len(payload)
            kinds[doc.gold["kind"]] = kinds.get(doc.gold["kind"], 0) + 1
            gold_fh.write(json.dumps(doc.gold, ensure_ascii=False) + "\n")
    summary = {
        "docs": docs,
        "start": start,
        "files": len(touched),
        "bytes": nbytes,
        "seconds": round(time.perf_counter() - t0, 2),
        "kinds": dict(sorted(kinds.items())),
    }
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Generate a deterministic synthetic scraped-news corpus (raw/ + gold.jsonl)."
    )
    ap.add_argument("out_dir", type=Path, help="where raw/ and gold.jsonl are written")
    ap.add_argument("--docs", type=int, default=1000, help="how many documents (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--syndicated", type=float, default=0.33, help="share of syndicated copies (0.33)"
    )
    ap.add_argument(
        "--start", type=int, default=0, help="number of the first document (to extend a corpus)"
    )
    args = ap.parse_args(argv)
    if args.docs < 0 or args.start < 0:
        ap.error("--docs and --start must not be negative")
    try:
        s = generate(args.out_dir, args.docs, args.seed, args.syndicated, args.start)
    except FileExistsError as exc:
        print(f"make_corpus: {exc}", file=sys.stderr)
        return 2
    print(
        f"docs {s['docs']} ({s['start']}..{s['start'] + s['docs'] - 1})  files {s['files']}  "
        f"bytes {s['bytes']} ({s['bytes'] / max(s['docs'], 1) / 1024:.1f} KiB/doc)  "
        f"seconds {s['seconds']}  -> {args.out_dir / 'raw'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

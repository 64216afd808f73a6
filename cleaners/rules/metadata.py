"""Furniture that carries metadata: post dates, bylines, contributors, author bios."""

from __future__ import annotations

import re

from cleaners.rules.base import BYLINE, CONTRIBUTORS, DATE, LINE, Rule, _r
from cleaners.rules.patterns import (
    _AGENCIES,
    _BY,
    _DATE_EN,
    _DATE_LINE,
    _FULL_NAME,
    _LABEL,
    _LABEL_INTL,
    _LEAD,
    _NAME,
    _NAMES,
    _ON,
    _POSTED_INTL,
    _READING,
    _RELATIVE,
    _REVISED_INTL,
    _ROLE_AFTER,
    _TIME,
    _TIME_EN,
    _UP,
    _UPDATED_EN,
    _WEEKDAY,
    BY_INTL,
    DATE_RE,
    ROLE,
)

# Prefilters (see ``Rule``): how a byline and a label in the other languages begin, and the
# digit every date holds.
_BY_STARTS = ("by", "von", "par", "por", "автор")
# A newsroom's name for itself, as its credit gives it ("Redacción", "La rédaction")
_NEWSROOM = r"(?i:redacción|redaccion|redaktion|la rédaction|rédaction|редакція|редакция)"
_NEWSROOM_STARTS = ("redacc", "redaktion", "la rédaction", "rédaction", "редакці", "редакци")
_LABEL_INTL_STARTS = (
    *("aktualisiert", "zuletzt", "geändert", "stand", "mis ", "modifié", "actualizad"),
    *("última", "оновлено", "обновлено", "змінено", "изменено", "veröffentlicht", "erstellt"),
    *("erschienen", "datum", "publi", "fecha", "опубліковано", "опубликовано", "дата"),
)
_DIGIT = re.compile(r"\d")
# What a byline may say after the names: the place or the paper it was written for ("By Jane
# Roe | Special to the Herald", "Por Ana Ruiz | Madrid"), and who took the pictures ("Texto:
# Ana Ruiz Fotos: Luis Gómez"; "Story by Jane Roe • Photos by John Smith" is the picture-credit
# rule's, which comes first)
_DESK_AFTER = (
    rf"(?:\s*[|·•]\s*(?:(?i:special to|for)\s+(?:(?i:the)\s+)?)?{_UP}[\w.'’-]+"
    rf"(?:\s+{_UP}[\w.'’-]+){{0,3}})?"
)
_PHOTOS_AFTER = (
    r"(?:\s*[|·•,;]?\s*(?i:photos?|fotos?|pictures?|images?|фото|photographie)"
    r"\s*(?::|(?i:by|von|de|por|par))\s*\S.{0,60})?"
)
# The kind of piece before a byline's "by": "Eine Kolumne von", "Analysis by", "Un análisis de"
_KIND = (
    r"(?i:(?:(?:a|an|ein|eine|un|une|una)\s+)?(?:column|analysis|commentary|opinion|"
    r"essay|review|article|story|(?:match\s+)?report|interview|words|kolumne|kommentar|"
    r"analyse|gastbeitrag|rezension|artikel|beitrag|bericht|spielbericht|chronique|tribune|"
    r"éditorial|reportage|entretien|columna|análisis|opinión|crónica|tribuna|artículo|"
    r"reportaje|entrevista)"
    r"\s+(?:by|von|par|de|por))"
)
# ... and a person's full name after it ("Une tribune de Jean Dupont"), not a paper's
# ("Tribune de Genève")
_PEOPLE = rf"{_FULL_NAME}(?:(?:,\s*|,?\s+(?:and|und|et|y|і|и|та)\s+|\s*&\s*){_FULL_NAME})*"
_KIND_STARTS = (
    *("a ", "an ", "ein", "un", "column", "analysis", "commentary", "opinion", "essay"),
    *("review", "article", "story", "kolumne", "kommentar", "analyse", "gastbeitrag"),
    *("rezension", "artikel", "beitrag", "chronique", "tribune", "éditorial", "columna"),
    *("análisis", "opinión", "crónica", "tribuna", "artículo", "match", "report"),
    *("interview", "words", "bericht", "spielbericht", "reportage", "entretien", "reportaje"),
    "entrevista",
)

META_RULES: tuple[Rule, ...] = (
    # --- metadata carried by furniture ----------------------------------------------------
    # A date line: an English date alone or under an English label ("Posted on March 14,
    # 2026"), as this rule has always claimed it. Other English date lines (a weekday, a time
    # before the date: "Updated 4:15 PM EDT, April 9, 2026") and the bare dates of any
    # language are left to the layout classifier, see ``DATE_STAMPS``.
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            r"^(?:(?i:posted|published|first published|updated|last updated|date|"
            r"опубліковано|опубликовано|veröffentlicht|publié le|publicado)"
            rf"(?:\s+(?i:by)\s+(?P<names>{_NAMES}))?(?i:\s+on|\s+at)?\s*:?\s*)?"
            rf"(?P<date>{_DATE_EN}){_TIME_EN}{_UPDATED_EN}{_READING}$",
            0,
        ),
        DATE,
        16,
        needs=_DIGIT,  # the date: each of its forms has digits
    ),
    # A date line under a label in the other languages ("Veröffentlicht am 10.04.2026, 08:30
    # Uhr", "Publié le 10 avril 2026 à 08h30", "Опубліковано 10 квітня 2026"), perhaps with a
    # byline in it. The classifier does not know these words, so the rule claims the line.
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(rf"^{_LABEL_INTL}(?:\s+{_BY}\s+(?P<names>{_NAMES}))?{_ON}{_DATE_LINE}\.?$", 0),
        DATE,
        16,
        starts=_LABEL_INTL_STARTS,
        needs=_DIGIT,
    ),
    # ... and a slashed date, which those languages write day first ("Publié le 08/04/2026 à
    # 14h30", "Actualizado el 10/04/2026 a las 08:30 CEST", "Le 08/04/2026 à 14h30"), perhaps
    # with the byline after it ("Publié le 12/05/2026 à 09h15 par Claire Martin"); an English
    # one may be month first. "Le" or "El" alone also opens a date in words ("Le 12 mai 2026
    # à 09h15").
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            rf"^(?:(?:{_LABEL_INTL}{_ON}|(?i:le|el)\s+){_WEEKDAY}?"
            rf"(?P<dmy>\d{{1,2}}/\d{{1,2}}/\d{{4}}){_TIME}"
            rf"(?:\s*,?\s+{BY_INTL}\s+(?P<names>{_NAMES}){_ROLE_AFTER})?"
            # (and the revision's: "... - Mis à jour le 12/05/2026 à 10:30")
            rf"(?:\s*[|·•,–—-]\s*(?i:{_REVISED_INTL}){_ON}\d{{1,2}}/\d{{1,2}}/\d{{4}}{_TIME})?"
            rf"|(?i:le|el)\s+{_DATE_LINE})\.?$",
            0,
        ),
        DATE,
        16,
        starts=(*_LABEL_INTL_STARTS, "le ", "el "),
        needs=_DIGIT,
    ),
    # The byline and a slashed date in those languages: "Par Claire Martin - 12/05/2026",
    # "Von Guido Beyss, 15/07/2014", "Por Ana Ruiz | 12/05/2026 08:30"; or the newsroom's
    # credit, which names no one ("Redacción | 12/05/2026")
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            rf"^(?:{BY_INTL}\s+(?P<names>{_NAMES}){_ROLE_AFTER}|{_NEWSROOM})"
            r"\s*(?:[|·•,–—-]|\b(?i:am|le|el)\b)"
            rf"\s*(?:{_LABEL_INTL}{_ON})?{_WEEKDAY}?(?P<dmy>\d{{1,2}}/\d{{1,2}}/\d{{4}}){_TIME}\.?$",
            0,
        ),
        DATE,
        16,
        starts=(*_BY_STARTS[1:], *_NEWSROOM_STARTS),
        needs=_DIGIT,
    ),
    # A byline and the date: "By Jane Doe | March 14, 2026", "Par Jean Dupont, le 10 avril 2026"
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            rf"^{_BY}\s+(?P<names>{_NAMES}){_ROLE_AFTER}\s*(?:[|·•,–—-]|\b(?i:on|am|le|el)\b|"
            # (or the date's own label: "By Maria Delgado Updated 4:15 PM EDT, April 9, 2026")
            rf"(?=(?i:updated|published|posted|{_POSTED_INTL}|{_REVISED_INTL})\b))"
            rf"\s*(?:{_LABEL}{_ON})?{_DATE_LINE}$",
            0,
        ),
        DATE,
        16,
        starts=_BY_STARTS,
        needs=_DIGIT,
    ),
    # The date and a byline after it: "Posted on April 8, 2026 by Kevin Tran"
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            # (the look-ahead for the "by" only saves time: most lines have none)
            rf"^(?=.*?\s{_BY}\s)(?:{_LABEL}{_ON})?{_LEAD}{_WEEKDAY}?(?P<date>{DATE_RE}){_TIME}"
            rf"\s*,?\s+{_BY}\s+(?P<names>{_NAMES}){_ROLE_AFTER}\s*$",
            0,
        ),
        DATE,
        16,
        hints=_BY_STARTS,  # the look-ahead's "by"
        needs=_DIGIT,
    ),
    # "Aktualisiert vor 2 Stunden": furniture, but with no date to keep (the day it counts
    # from is unknown)
    Rule(
        "meta.post_date",
        "relative post date (no date to metadata)",
        _r(rf"^{_LABEL_INTL}{_ON}{_RELATIVE}\s*$", 0),
        DATE,
        8,
        starts=_LABEL_INTL_STARTS,
    ),
    Rule(
        "meta.contributors",
        "contributor credit (to metadata)",
        _r(
            rf"^(?P<names>{_NAMES})\s+(?i:contributed\s+(?:additional\s+)?"
            r"(?:reporting|research|to this (?:report|article|story)))"
            r"(?:\s+(?:from|in)\s+[^.]+)?\.?$",
            0,
        ),
        CONTRIBUTORS,
        40,
        hints=("contributed",),
    ),
    Rule(
        "meta.contributors",
        "contributor credit (to metadata)",
        _r(
            rf"^\(?(?i:(?:additional\s+)?(?:reporting|writing|editing)\s+by|mitarbeit:?)\s+"
            rf"(?P<names>{_NAMES})"
            r"(?:\s*(?:in|from)\s+[A-Z][\w ]+)?(?i:\s*;\s*(?:additional reporting|writing|"
            r"editing)\s+by\s+[^.)]+)*\.?\)?$",
            0,
        ),
        CONTRIBUTORS,
        40,
        starts=("(", "additional", "reporting", "writing", "editing", "mitarbeit"),
    ),
    Rule(
        "meta.author_bio",
        "author bio",
        _r(
            rf"^{_NAME}\s+(?i:is|was)\s+(?i:a|an|the)\s+[^.!?]{{0,80}}?\b(?i:writer|reporter|"
            r"editor|correspondent|journalist|columnist|contributor|producer|author|blogger|"
            r"freelancer|photographer|critic|analyst at)s?\b"
            # how to reach the writer: "Jane Roe can be reached at 555-123-4567." (an address,
            # a handle or a telephone number in the line)
            rf"|^{_NAME}\s+(?i:can|may)\s+be\s+(?i:reached|contacted)\s+(?i:at|by|via|on)\s"
            r"(?=.*(?:\S@\S|(?<!\w)@\w|\d{3}[\s.)-]{1,2}\d{3,4}\b)).*$",
            0,
        ),
        LINE,
        70,
        hints=(
            *("writer", "reporter", "editor", "correspondent", "journalist", "columnist"),
            *("contributor", "producer", "author", "blogger", "freelancer", "photographer"),
            *("critic", "analyst at", "be reached", "be contacted"),
        ),
    ),
    Rule(
        "meta.byline",
        "byline (to metadata)",
        _r(rf"^{_BY}\s+(?P<names>{_NAMES}){_ROLE_AFTER}{_DESK_AFTER}{_PHOTOS_AFTER}\s*$", 0),
        BYLINE,
        16,
        starts=_BY_STARTS,
    ),
    # The kind of piece before the "by": "Eine Kolumne von Nils Pickert", "Analysis by Jane
    # Roe", "Une chronique de Jean Dupont", "Un análisis de Ana Ruiz"
    Rule(
        "meta.byline",
        "byline (to metadata)",
        _r(
            rf"^{_KIND}\s+(?P<names>{_PEOPLE}){_ROLE_AFTER}\s*$",
            0,
        ),
        BYLINE,
        14,
        starts=_KIND_STARTS,
    ),
    # A label, then the writer: "Words: Jane Roe", "Text: Anna Keller", "Texte : Julie
    # Martin", "Текст: Олена Коваль", "Reporter: Jane Roe", "Written by Jane Roe"
    Rule(
        "meta.byline",
        "byline (to metadata)",
        _r(
            r"^(?:(?i:words|text|texte|texto|текст|reporter(?:in)?|reportera?|journaliste|"
            r"periodista|autor(?:in|a)?|auteure?|author|writer|story|reportage)\s*:|"
            r"(?i:written|reported|story|text)\s+by)\s*"
            # (a newsroom's credit is the next rules': "Autor: Die Redaktion")
            r"(?!(?i:(?:(?:die|la|el|the|our)\s+)?(?:redaktion|rédaction|redacción|редакц|"
            r"newsroom|staff|editors?)\b))"
            rf"(?P<names>{_PEOPLE}){_ROLE_AFTER}{_PHOTOS_AFTER}\s*$",
            0,
        ),
        BYLINE,
        16,
        starts=(
            *("words", "text", "texto", "текст", "reporter", "reportera", "journaliste"),
            *("periodista", "autor", "auteur", "author", "writer", "story", "written"),
            *("reported", "reportage"),
        ),
    ),
    # A writer's name and job alone on the line: "Jane Roe, Correspondent", "Anna Keller,
    # Redakteurin"
    Rule(
        "meta.byline",
        "byline (to metadata)",
        _r(rf"^(?P<names>{_PEOPLE})\s*[,|–—-]\s*(?:{ROLE})\s*$", 0),
        BYLINE,
        8,
        needs=re.compile(r"[,|–—-]"),
    ),
    # ... or the agency it writes for: "Anna Keller, dpa", "Jean Roux, avec AFP", "John
    # Smith | Reuters"
    Rule(
        "meta.byline",
        "byline (to metadata)",
        _r(
            rf"^(?P<names>{_PEOPLE})\s*(?:[,|–—]\s*(?:(?i:with|avec|mit|con)\s+)?|"
            rf"\s+(?i:with|avec|mit|con)\s+){_AGENCIES}\s*$",
            0,
        ),
        BYLINE,
        8,
        needs=re.compile(r"[,|–—]|\s(?:with|avec|mit|con)\s"),
    ),
    # ... and the date after it: "Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45"
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            rf"^{_KIND}\s+(?P<names>{_PEOPLE}){_ROLE_AFTER}\s*(?:[|·•,–—-]|\b(?i:on|am|le|el)\b)"
            rf"\s*{_DATE_LINE}$",
            0,
        ),
        DATE,
        16,
        starts=_KIND_STARTS,
        needs=_DIGIT,
    ),
    # A newsroom's credit instead of a person's ("Redacción Diario Sur", "Redaktion", "By
    # Staff", "Staff Writer"): a byline with no author to keep. ("Newsroom" and "Staff" alone
    # are site sections as often.)
    Rule(
        "meta.byline",
        "byline: a newsroom credit, no author named",
        _r(
            rf"^(?:(?:{_BY}\s+)?{_NEWSROOM}|(?i:by\s+(?:the\s+)?(?:newsroom|news desk|"
            r"staff(?: reports?)?|editorial (?:board|staff|team)|editors))"
            # "Staff Writer" alone, "By a staff reporter", "By our news team"
            r"|(?i:(?:by\s+(?:a\s+|our\s+)?)?staff\s+(?:writer|reporter)s?"
            r"|by\s+(?:our|a)\s+(?:news\s+team|reporters?|correspondents?|staff)))"
            rf"(?:\s+(?:(?i:de la|de|del|of the|of|des|du|der|на|газеты|журнала)\s+)?"
            rf"{_UP}[\w.'’-]*(?:\s+(?:(?:de la|de|del|of the|of|des|du|der|la|el)\s+)?"
            rf"{_UP}[\w.'’-]*){{0,3}})?"
            rf"(?:\s*[/,|–-]\s*(?:(?i:agencias?|agencies|agences|agenturen)|{_AGENCIES}))?\s*$",
            0,
        ),
        BYLINE,
        8,
        starts=(*_BY_STARTS, *_NEWSROOM_STARTS, "staff"),
    ),
)


# Date lines the layout classifier recognises as time stamps on its own ("10.04.2026",
# "Wednesday, April 9, 2026", "Updated 4:15 PM EDT, April 9, 2026", "2 hours ago"): no rule
# claims them before it, because a removed time stamp is its evidence that the lines around
# it are furniture too (lists of other stories carry dates; a line a rule removed is no
# evidence either way). Once the classifier has removed such a line, these name it and keep
# its date (``cleaners.boilerplate``). Labels are optional here.
DATE_STAMPS: tuple[Rule, ...] = (
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            # (the place it was written first, one word: "Madrid, 3 de diciembre de 2026 -
            # 12:40"; two capitalised words are a name, see the last rule)
            rf"^(?:{_UP}[\w'’.-]+,\s+)?"
            rf"(?:{_LABEL}(?:\s+{_BY}\s+(?P<names>{_NAMES}))?{_ON})?{_DATE_LINE}"
            # the newsroom after it ("November 19, 2019 / 10:07 AM / CBS News"), or a
            # separator left over from a row of labels
            r"(?:\s*[/|·•]\s*(?-i:[A-Z][\w.&'’]*(?:\s[A-Z][\w.&'’]*){0,3}))?\s*[|/·•]?$",
            0,
        ),
        DATE,
        16,
    ),
    Rule(
        "meta.post_date",
        "relative post date (no date to metadata)",
        _r(rf"^(?:{_LABEL}{_ON})?{_RELATIVE}\s*$", 0),
        DATE,
        8,
    ),
    # A name and the date, without a "By": "Марія Іваненко — 3 грудня 2026, 10:15", "Jonas
    # Weber, 12. Dezember 2026". The name (``bare``) is an author only where the page never
    # writes its words in lower case: "City Budget — April 8, 2026" is a label
    # (``cleaners.removal_facts``).
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(rf"^(?P<bare>{_FULL_NAME}){_ROLE_AFTER}\s*[|·•,–—-]\s*{_DATE_LINE}$", 0),
        DATE,
        16,
        needs=_DIGIT,
    ),
)

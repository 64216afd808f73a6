"""The built-in boilerplate rule library: what page furniture looks like, one rule per kind.

Each rule has a stable dotted id, the human reason written into every removal record, a regex
tried against the whole stripped line, and a word limit that protects prose: a 60-word
paragraph that happens to start with "Follow" is never a call to action. Rules are tried in
order and the first match wins, so specific rules come before general ones.

Users add rules (and switch built-in ones off) in the config file; see ``compile_rules``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from cleaners.config import BoilerplateConfig, ConfigError, RuleSpec

# What a rule does besides dropping its line.
LINE = "line"  # drop the line
HEADER = "header"  # drop it and the teasers right under it (headline, optional one-line summary)
CAPTION = "caption"  # drop it and keep the caption and credit as an image in metadata
DATE = "date"  # drop it and keep the date as ``published``
BYLINE = "byline"  # drop it and keep the names as ``authors``
CONTRIBUTORS = "contributors"  # drop it and keep the names as ``contributors``
GALLERY = "gallery"  # a gallery/slideshow heading


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of furniture. ``hints``, when given, are lower-case strings of which every
    match contains at least one: a line without any is not searched. ``starts`` likewise are
    lower-case prefixes (up to 20 characters) of which every match starts with one, for rules
    anchored at the line's start. ``needs`` is a cheap pattern every match contains (four
    digits, say), searched after those. All three are speed-ups only; a test checks that they
    never change a result."""

    id: str
    reason: str
    pattern: re.Pattern[str]
    kind: str = LINE
    max_words: int = 20
    min_words: int = 0  # for rules about long lines, so the pattern need not count words
    hints: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    needs: re.Pattern[str] | None = None

    def match(self, line: str, words: int) -> re.Match[str] | None:
        if words > self.max_words or words < self.min_words:
            return None
        return self.search(line, line.lower())

    def search(self, line: str, lower: str) -> re.Match[str] | None:
        """The pattern's match in ``line`` (``lower`` is ``line.lower()``, computed once per
        line by callers trying many rules), after the ``starts`` and ``hints`` prefilters."""
        if self.starts and not lower.startswith(self.starts):
            return None
        if self.hints and not any(h in lower for h in self.hints):
            return None
        if self.needs is not None and not self.needs.search(line):
            return None
        return self.pattern.search(line)


_I = re.IGNORECASE

MONTHS = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# The month names of the other languages as a date writes them: German, French and Spanish,
# with their usual abbreviations, and Ukrainian and Russian in the genitive ("10 квітня").
MONTHS_INTL = (
    r"(?i:januar|jänner|februar|märz|mär|mai|juni|juli|oktober|okt|dezember|dez"
    r"|janvier|janv|février|fevrier|févr|mars|avril|avr|juin|juillet|juil|août|aout"
    r"|septembre|octobre|novembre|décembre|decembre|déc"
    r"|enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre"
    r"|octubre|noviembre|diciembre|dic"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?"
)
# A calendar date: "April 8, 2026", "8th April 2026", "10. April 2026", "1er avril 2026",
# "10 de abril de 2026", "10 квітня 2026 р.", "10 апреля 2026 года", "2026-04-10" and the
# day-first "10.04.2026" of the continent (a slashed date is left out: the order of its
# day and month depends on the country).
DATE_RE = (
    rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{MONTHS}|{MONTHS_INTL}),?\s+(?:de\s+)?\d{{4}}"
    r"(?:\s*(?:р\.|г\.|року|года)(?!\w))?"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}\.\d{1,2}\.\d{4})"
)
# The English dates, times and revisions the first date rule has always claimed, unchanged.
_DATE_EN = (
    rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_TIME_EN = r"(?:\s*(?i:at|,|-|–|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s*[A-Z]{2,4})?)?"
_UPDATED_EN = (
    rf"(?:\s*[|·•,–-]\s*(?i:updated|last updated|modified)?\s*:?\s*"
    rf"(?:{_DATE_EN}|{MONTHS}\s+\d{{1,2}}){_TIME_EN})?"
)
# A time of day ("8:30 a.m.", "08h30", "4 PM") and its zone or unit ("ET", "Uhr", "GMT+3").
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2}(?::\d{2})?|\s?h\s?\d{2}|h)(?:\s*(?i:[ap]\.?\s?m\.?))?"
    r"|\d{1,2}\s*(?i:[ap]\.?\s?m\.?))"
)
_ZONE = r"(?:\s*\(?(?:[A-Z]{2,5}(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|(?i:uhr|мск|hrs|horas?))\)?)"
_TIME = (
    r"(?:\s*(?i:at|um|à|a las|a la|о|об|в|,|-|–|—|\||/|·|•)?\s*"
    rf"{_CLOCK}{_ZONE}{{0,2}})?"
)
# A time written before the date ("4:15 PM EDT, April 9, 2026"; "08:30, 10 квітня 2026").
_LEAD = rf"(?:{_CLOCK}{_ZONE}{{0,2}}\s*[,|·–-]?\s*)?"
_WEEKDAY = (
    r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    r"|понеділок|вівторок|середа|четвер|п[’'ʼ]ятниця|субота|неділя"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s+)"
)
# The labels of a date line: when it was posted, and when it was revised (a revision's date
# is not the publication date, see ``cleaners.boilerplate``), in English and in the others.
_POSTED_EN = r"posted|published|first published|originally published|date"
_REVISED_EN = r"updated|last updated|modified|last modified"
_POSTED_INTL = (
    r"veröffentlicht|erstellt|erschienen|datum|publié|publiée|publication|mis en ligne|"
    r"publicado|publicada|fecha|опубліковано|опубликовано|дата публікації|дата публикации|дата"
)
_REVISED_INTL = (
    r"aktualisiert|zuletzt aktualisiert|geändert|stand|mis à jour|modifié|actualizado|"
    r"actualizada|última actualización|оновлено|обновлено|змінено|изменено"
)
_REVISED = rf"(?i:{_REVISED_EN}|{_REVISED_INTL})"
_ON = r"(?:\s+(?i:on|at|am|um|le|el|à|в|о))?\s*:?\s*"
_UPDATED = (
    rf"(?:\s*[|·•,–-]\s*(?:{_REVISED}{_ON})?"
    rf"(?:{_LEAD}(?:{DATE_RE}|{MONTHS}\s+\d{{1,2}}){_TIME}|{_CLOCK}{_ZONE}{{0,2}}))?"
)
# "2 hours ago", "vor 2 Stunden", "il y a 2 heures", "hace 2 horas", "2 години тому", "2 часа
# назад": a post date with no date to keep.
_RELATIVE = (
    r"(?i:(?:\d{1,2}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|"
    r"months?)\s+ago"
    r"|vor\s+(?:\d{1,2}|einer?)\s+(?:sekunden|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|"
    r"wochen?|monaten?)"
    r"|il y a\s+(?:\d{1,2}|une?)\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)"
    r"|hace\s+(?:\d{1,2}|una?)\s+(?:segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|"
    r"mes(?:es)?)"
    r"|(?:\d{1,2}\s+)?(?:секунд[иу]?|хвилин[иу]?|хв\.?|годин[иу]?|год\.?|день|дні|днів|"
    r"тиждень|тижні|тижнів|місяць|місяці|місяців)\s+тому"
    r"|(?:\d{1,2}\s+)?(?:секунд[уы]?|минут[уы]?|мин\.?|час(?:а|ов)?|ч\.?|день|дня|дней|"
    r"неделю|недели|недель|месяц(?:а|ев)?)\s+назад)"
)
_SOCIAL = (
    r"(?:telegram|twitter|x|facebook|instagram|youtube|tiktok|whatsapp|linkedin|threads|"
    r"bluesky|mastodon|google news|flipboard|viber|reddit|snapchat|truth social|"
    r"[\w-]*\s*(?:channel|page|feed|account))"
)
_UP = "[A-ZÀ-ÖØ-ÞĀ-Ž\u0400-\u042f]"  # a capital letter: Latin, Latin-1/Extended-A, Cyrillic
# (a word is taken whole: "++" gives nothing back, which only saves time)
_NAME = rf"{_UP}[\w.'’-]++(?:\s+(?:van|de|von|da|del|bin|al)?\s*{_UP}[\w.'’-]++){{0,3}}"
# a first name and a surname: German writes every noun with a capital ("Von Menschen und
# Mäusen" is a heading), so names joined by "und", "et", "y", "і", "и" or "та" need two words
_FULL_NAME = rf"{_UP}[\w.'’-]++(?:\s+(?:van|de|von|da|del|bin|al)?\s*{_UP}[\w.'’-]++){{1,3}}"
_NAMES = (
    rf"(?:{_NAME}(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_NAME})*"
    rf"|{_FULL_NAME}"
    rf"(?:(?:,\s*|,?\s+(?:and|und|et|y|і|и|та)\s+|\s*&\s*){_FULL_NAME})+)"
)
_BY = r"(?i:by|von|par|por|автор(?:ка)?:?)"
# News agencies, as a byline or a picture credit names them.
_AGENCIES = (
    r"(?i:(?:the\s+)?associated press|ap|reuters|afp|agence france-presse|dpa|efe|epa(?:-efe)?|"
    r"upi|ansa|europa press|anadolu(?: agency)?|xinhua|bloomberg|ukrinform|укрінформ|уніан|"
    r"тасс|риа новости|интерфакс|interfax)"
)
# What a byline says of the author after the name ("Staff Reporter", "Redakteurin",
# "correspondant à Kyiv"): ``cleaners.facts.split_names`` drops it from the names.
ROLE = (
    r"(?:(?i:(?:the\s+)?(?:(?:senior|chief|deputy|managing|contributing|special|foreign|"
    r"political|business|economics|science|health|sports?|tech(?:nology)?|culture|arts|"
    r"national|local|metro|investigative|data|digital|online|web|news|associate|assistant|"
    r"executive|editorial|staff|white house|washington|europe|world|legal|education|climate|"
    r"breaking news|general assignment|freelance|guest|ap|auto|medical|food|travel|music|film|"
    r"entertainment|markets|energy|courts|crime|religion|transport(?:ation)?)\s+){0,3}"
    r"(?:reporter|writer|correspondent|editor|contributor|columnist|journalist|producer|"
    r"photographer|photojournalist|analyst|intern|staff|team|desk)s?"
    r"|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|autor(?:in)?|journalist(?:in)?"
    r"|(?:freie[rn]?\s+)?mitarbeiter(?:in)?|chefredakteur(?:in)?|redaktion"
    r"|correspondante?|journaliste|rédacteur|rédactrice|envoyée? spéciale?|rédaction"
    r"|corresponsal|periodista|redactora?|enviad[oa] especial|colaborador(?:a)?|redacción"
    r"|кореспондент(?:ка)?|власкор|спецкор|журналіст(?:ка)?|редактор(?:ка)?|оглядач(?:ка)?"
    r"|редакція|корреспондент(?:ка)?|журналист(?:ка)?|обозреватель|редакция)"
    rf"(?:\s+(?i:in|at|for|aus|für|à|en|de|в|у|з|из)\s+{_UP}[\w.'’-]+(?:\s+{_UP}[\w.'’-]+){{0,2}})?"
    rf"|{_AGENCIES})"
)
# (or a broadcaster's or an agency's initials: "NDR", "ANP")
_ROLE_AFTER = rf"(?:\s*[,|/–—-]\s*(?:{ROLE}|[A-Z]{{2,5}}))?"
# A date line's label (the revision's named, see ``cleaners.boilerplate``), and the whole
# line after it: a time, a weekday, the date, a time, a revision's date.
_LABEL = rf"(?:(?P<updated>{_REVISED})|(?i:{_POSTED_EN}|{_POSTED_INTL}))"
_LABEL_INTL = rf"(?:(?P<updated>(?i:{_REVISED_INTL}))|(?i:{_POSTED_INTL}))"
_DATE_LINE = rf"{_LEAD}{_WEEKDAY}?(?P<date>{DATE_RE}){_TIME}{_UPDATED}"
# Photo agencies and libraries, as a picture credit names them.
_PICTURE_SOURCES = (
    r"(?i:getty(?: images)?|shutterstock|alamy|imago|picture alliance|keystone|sipa usa|"
    r"istock(?:photo)?|depositphotos|unsplash|pexels|eyevine|zuma press|nurphoto|"
    r"ap photo|afp photo|reuters photo)"
)


# "March 2 (UPI) --", "LONDON (Reuters) -", "KYIV, Ukraine (AP) —": the dateline that opens
# an agency story's body (its date and agency go to metadata; the line stays)
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][\w.,'’ -]{1,50}?\s*\((?P<agency>[A-Z][A-Za-z.&-]{1,15}"
    r"(?:\s[A-Z][A-Za-z.&-]+){0,2})\))\s*(?:--|—|–|-|:)\s*\S"
)


def _r(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


BUILTIN_RULES: tuple[Rule, ...] = (
    # --- captions and credits (long lines allowed: captions are often two sentences) -----
    Rule(
        "caption.slideshow",
        "slideshow caption",
        _r(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[|:•]"),
        CAPTION,
        120,
    ),
    # A picture's credit alone on its line, under the picture: an agency or a photo library,
    # or a photographer's name after a slash or "via" ("AP Photo/Jane Roe", "AFP via Getty
    # Images"). Credits with a caption before them are the next rule's.
    Rule(
        "caption.credit",
        "photo caption with credit",
        _r(
            r"^[(\[]?(?P<credit>(?:(?:©|\(c\))\s*)?(?:(?:pool|file|handout)\s+)?"
            rf"(?:{_PICTURE_SOURCES}|{_AGENCIES})(?:\s+(?:photos?|images?|pictures?|foto))?"
            rf"(?:\s*(?:/|\bvia\b|\bfor\b)\s*(?:{_PICTURE_SOURCES}|{_AGENCIES}|"
            rf"{_UP}[\w.'’-]+(?:\s+{_UP}[\w.'’-]+){{0,3}})(?:\s+(?:photos?|images?|pictures?))?)*"
            r")[)\]]?\s*$",
            0,
        ),
        CAPTION,
        8,
    ),
    Rule(
        "caption.credit",
        "photo caption with credit",
        _r(
            r"(?:(?:^|[\s.(\[|])(?:(?:pool|file|handout|ap|afp|reuters)\s+)?"
            r"(?:photo(?:graph)?s?|imagen?|picture|foto|фото|bild(?:quelle)?|fotograf[ií]a|"
            r"crédits? photo|beitragsbild|titelbild|aufmacherbild)"
            r"\s*(?:by|:|courtesy(?: of)?|credit:?)"
            r"\s*[^.!?]{2,90}?"
            r"|credit\s*(?:…|\.\.\.|:)\s*\S[^!?]{0,90}?"
            r"|\|\s*license photo|^fot\.\s*[^.!?]{2,90}"
            r"|^image (?:copyright|source)\b.*\bimage caption\b.*"
            r"|\((?:ap|afp|reuters|epa|upi|xinhua)\s+photo\s*/\s*[^)]{2,60}\)"
            r"|(?:^|\s)(?:reuters|afp|ap|epa|efe|anadolu)\s*/\s*[A-Z][\w.'’ -]{2,60}"
            r"|(?-i:\((?:[A-Z][\w.'’-]+\s?){1,4}\s*/\s*[A-Z][\w.&'’ -]{1,40}\))"
            r"|(?:/|\||[.!?]\s|\s(?:via|by)\s)\s*(?:getty images|shutterstock|ap photo|afp|reuters|"
            r"epa(?:-efe)?|upi|"
            r"alamy|bloomberg|anadolu agency|sipa usa|ukrinform)(?: via [\w ]+)?"
            r")\s*[)\]]?\s*(?:\|\s*license photo)?\s*$"
        ),
        CAPTION,
        120,
        # every branch names a picture, a credit or an agency, or holds a slash; EPA and UPI
        # without a slash come after a space or a bar (repair turns tabs and the non-breaking
        # and typographic spaces into plain ones), so "department" and "occupied" are not
        # searched
        hints=(
            *("photo", "image", "picture", "foto", "фото", "bild", "credit", "/", "afp", "fot."),
            *("reuters", " epa", "|epa", " upi", "|upi", "getty", "shutterstock", "alamy"),
            *("bloomberg", "anadolu", "sipa", "ukrinform"),
        ),
    ),
    # Wire-photo captions carry the place and full date of the picture, after a comma or the
    # place name ("..., left, speaks during a campaign stop, Tuesday, Nov. 19, 2019, in
    # Columbia, S.C."; "This March 28, 2017, file photo shows ..."); prose puts a preposition
    # before a date ("on Tuesday, Nov. 19", "set for Monday, March 3"). Short lines are post
    # dates ("Updated 3:27 am PST, Wednesday, November 20, 2019"), not captions.
    Rule(
        "caption.dated",
        "photo caption (the picture's place and full date)",
        _r(
            r"(?:(?:,|\bthis|(?-i:\b[A-Z][\w.]*))\s+"
            rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+{MONTHS}\s+\d{{1,2}},\s+\d{{4}}\b"
            rf"|\bthis\s+(?:\w+,?\s+)?{DATE_RE},?\s+(?:file\s+)?(?:photo(?:graph)?|image|picture)"
            r")"
        ),
        CAPTION,
        80,
        12,
        # a weekday, or (after "this") a picture word
        hints=(
            *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
            *("photo", "image", "picture"),
        ),
        needs=re.compile(r"\d{4}"),  # the year: both branches end their date with one
    ),
    # A label saying the picture is illustrative or from the archive ("Фото ілюстративне",
    # "Photo d'illustration", "Imagen de archivo"), with an optional credit after it.
    Rule(
        "caption.label",
        "illustrative or file photo label",
        _r(
            r"^(?:(?:photo|foto|фото|image|imagen|bild)\s+(?:ілюстративне|иллюстративное|"
            r"для ілюстрації|для иллюстрации|d'illustration|de archivo|d'archives?|"
            r"for illustration(?: purposes)?|(?:з|из|de|from)\s+(?:відкритих джерел|"
            r"открытых источников|соцмереж|соцсетей|архіву|архива|archives?|archivo))"
            r"|(?:ілюстративне|иллюстративное|illustrative|archival)\s+(?:фото|photo|image)"
            r"|symbolbild|archivbild|archivfoto|(?:file|stock) (?:photo|image))"
            r"(?:\s*[.:|/–-]?\s*[^.!?]{0,60})?$"
        ),
        LINE,
        12,
        starts=(
            *("photo", "foto", "фото", "image", "bild", "ілюстративне", "иллюстративное"),
            *("illustrative", "archival", "symbolbild", "archivbild", "archivfoto", "file "),
            "stock ",
        ),
    ),
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
            rf"(?P<date>{_DATE_EN}){_TIME_EN}{_UPDATED_EN}$",
            0,
        ),
        DATE,
        16,
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
    ),
    # A byline and the date: "By Jane Doe | March 14, 2026", "Par Jean Dupont, le 10 avril 2026"
    Rule(
        "meta.post_date",
        "post date (to metadata)",
        _r(
            rf"^{_BY}\s+(?P<names>{_NAMES}){_ROLE_AFTER}\s*(?:[|·•,–—-]|\b(?i:on|am|le|el)\b)\s*"
            rf"{_DATE_LINE}$",
            0,
        ),
        DATE,
        16,
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
    ),
    # "Aktualisiert vor 2 Stunden": furniture, but with no date to keep (the day it counts
    # from is unknown)
    Rule(
        "meta.post_date",
        "relative post date (no date to metadata)",
        _r(rf"^{_LABEL_INTL}{_ON}{_RELATIVE}\s*$", 0),
        DATE,
        8,
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
    ),
    Rule(
        "meta.contributors",
        "contributor credit (to metadata)",
        _r(
            rf"^\(?(?i:(?:additional\s+)?(?:reporting|writing)\s+by)\s+(?P<names>{_NAMES})"
            r"(?:\s*(?:in|from)\s+[A-Z][\w ]+)?(?i:\s*;\s*(?:additional reporting|writing|"
            r"editing)\s+by\s+[^.)]+)*\.?\)?$",
            0,
        ),
        CONTRIBUTORS,
        40,
    ),
    Rule(
        "meta.author_bio",
        "author bio",
        _r(
            rf"^{_NAME}\s+(?i:is|was)\s+(?i:a|an|the)\s+[^.!?]{{0,80}}?\b(?i:writer|reporter|"
            r"editor|correspondent|journalist|columnist|contributor|producer|author|blogger|"
            r"freelancer|photographer|critic|analyst at)s?\b",
            0,
        ),
        LINE,
        70,
    ),
    Rule(
        "meta.byline",
        "byline (to metadata)",
        _r(rf"^{_BY}\s+(?P<names>{_NAMES}){_ROLE_AFTER}\s*$", 0),
        BYLINE,
        12,
    ),
    # A newsroom's credit instead of a person's ("Redacción Diario Sur", "Redaktion", "By
    # Staff"): a byline with no author to keep. ("Newsroom" and "Staff" alone are site
    # sections as often.)
    Rule(
        "meta.byline",
        "byline: a newsroom credit, no author named",
        _r(
            rf"^(?:(?:{_BY}\s+)?(?i:redacción|redaccion|redaktion|la rédaction|rédaction|"
            r"редакція|редакция)|(?i:by\s+(?:the\s+)?(?:newsroom|news desk|staff(?: reports?)?|"
            r"editorial (?:board|staff|team)|editors)))"
            rf"(?:\s+(?:(?i:de la|de|del|of the|of|des|du|der|на)\s+)?{_UP}[\w.'’-]*"
            rf"(?:\s+{_UP}[\w.'’-]*){{0,3}})?"
            rf"(?:\s*[/,|–-]\s*(?:(?i:agencias?|agencies|agences|agenturen)|{_AGENCIES}))?\s*$",
            0,
        ),
        BYLINE,
        8,
    ),
    # --- calls to action ----------------------------------------------------------------
    Rule(
        "cta.social",
        "social call to action",
        _r(
            rf"^(?:join|follow|like|find|subscribe to|connect with|watch|listen to)\s+"
            rf"(?:us|our\s[\w\s'’-]{{0,60}}?|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,4}})"
            rf"\s+(?:on|at|via|in)\s+(?:the\s+)?(?:@\w+|{_SOCIAL})\b"
        ),
        LINE,
        20,
    ),
    Rule("cta.social", "social call to action", _r(r"^follow\b.*@\w{3,}"), LINE, 20),
    Rule(
        "cta.social",
        "social call to action",
        _r(
            rf"^(?:join|follow|subscribe to|like|add)\s+(?:us\s+on\s+|our\s+|the\s+)"
            rf"(?:official\s+)?{_SOCIAL}\b"
        ),
        LINE,
        20,
    ),
    Rule(
        "cta.social",
        "social call to action",
        _r(
            r"^(?:підписуйтес[ья]|приєднуйтес[ья]|слідкуйте|стежте за (?:нами|нашими)|"
            r"подписывайтесь|присоединяйтесь|следите за нами|folgen sie uns|folge uns|"
            r"abonnieren sie unseren(?!\s+newsletter)|treten sie unserem|suivez-nous|"
            r"rejoignez-nous|rejoignez notre (?:chaîne|groupe|communauté)|"
            r"abonnez-vous à notre (?:chaîne|compte)|síguenos|siguenos|únete a nuestro|"
            r"unete a nuestro|suscríbete a nuestro canal|suscribete a nuestro canal)\b"
        ),
        LINE,
        25,
    ),
    Rule(
        "cta.newsletter",
        "newsletter sign-up",
        _r(
            r"^(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|briefing|digest|alerts?|"
            r"updates|inbox)\b|^get (?:our|the) .{0,40}newsletter|"
            r"^(?:get|receive|have)\b.{0,80}\b(?:in|to|into|straight to) your inbox\b|"
            r"^(?:never miss|don'?t miss|stay (?:up to date|informed|in the loop))\b.{0,80}"
            r"\b(?:sign(?:ing)? up|subscrib(?:e|ing)) (?:to|for) (?:our|the)\b.{0,40}"
            r"\bnewsletters?\b|"
            r"^(?:abonnieren sie|abonnez-vous|suscríbete|suscribete|підпишіться|подпишитесь|"
            r"підписатися|подписаться|підписуйтеся|melden sie sich|jetzt|inscrivez-vous|"
            r"recevez|recibe|recibir|apúntate|apuntate|inscríbete|inscribete|регистрируйтесь)\b"
            r".{0,60}(?:newsletter|рассылк|розсилк|boletín|boletin|infolettre|"
            r"lettre d'information)|"
            r"^(?:(?:jetzt\s+)?(?:(?:zum|für den|unseren)\s+)?newsletter\s+"
            r"(?:abonnieren|anmelden|bestellen)|"
            r"(?:thanks|thank you) for (?:subscribing|signing up)|дякуємо за підписку|"
            r"спасибо за подписку|danke für (?:ihre|deine) anmeldung|merci (?:pour votre|de votre) "
            r"(?:inscription|abonnement)|gracias por (?:suscribirte|tu suscripción))\s*[.!]?$"
        ),
        LINE,
        30,
    ),
    Rule(
        "cta.app",
        "app promotion",
        _r(
            r"^(?:(?:download|get|install|try)\s+(?:the|our)\s+.{0,40}?\bapps?\b|"
            r"(?:never miss a (?:story|thing)[:!.]?\s*)?(?:turn on|enable) (?:push |browser )?"
            r"notifications\b.*|"
            r"(?:увімкніть|включите|активируйте|aktivieren sie|activez|activa|active) "
            r"(?:(?:push-|пуш-)?(?:сповіщення|уведомления)|(?:die |unsere )?"
            r"(?:push-)?benachrichtigungen|les notifications|las notificaciones)\b"
            r"[^,]*(?:,\s*(?:щоб|чтобы|um|pour|para)\b[^,]*)?$|"
            r"(?:push-)?benachrichtigungen aktivieren\b.*)"
        ),
        LINE,
        15,
        starts=(
            *("download", "get", "install", "try", "never miss", "turn on", "enable"),
            *("увімкніть", "включите", "активируйте", "aktivieren", "activ", "push"),
            "benachrichtigungen",
        ),
    ),
    # An app named as the site's own ("our app") is promotion at any length; a bare "download
    # the app" is promotion only as a short line (service pieces tell readers which app to use).
    Rule(
        "cta.app",
        "app promotion",
        _r(
            r"^(?:завантажуйте|завантажте|встановлюйте|встановіть|скачайте|скачивайте|"
            r"установите|laden sie (?:sich )?|holen sie sich|téléchargez|installez|descarga|"
            r"descárgate|descargate|instala)\s*"
            r"(?:наш(?:у|е|ий)?|unsere|notre|nuestra|nuestro)\s+"
            r"(?:\w+\s+){0,3}?(?:застосунок|додаток|приложение|app|application|aplicación)\b"
        ),
        LINE,
        15,
        starts=(
            *("завантаж", "встанов", "скача", "установите", "laden sie", "holen sie"),
            *("téléchargez", "installez", "descarga", "descárgate", "instala"),
        ),
    ),
    Rule(
        "cta.app",
        "app promotion",
        _r(
            r"^(?:(?:jetzt\s+)?(?:завантажуйте|завантажте|встановіть|скачайте|скачивайте|"
            r"установите|laden sie (?:sich )?|téléchargez|installez|descarga|descárgate|"
            r"descargate|instala)\s*(?:(?:la|l'|die|the)\s*)?"
            r"(?:застосунок|додаток|приложение|app|application|aplicación)\b"
            r"|(?:jetzt\s+)?(?:die|unsere)\s+app\s+(?:herunterladen|installieren))"
            r"[^,.;:!?]*[.!]?$"
        ),
        LINE,
        6,
        starts=(
            *("jetzt", "завантаж", "встанов", "скача", "установите", "laden sie"),
            *("téléchargez", "installez", "descarga", "descárgate", "instala", "die "),
            "unsere ",
        ),
    ),
    # Appeals for money. Such an appeal in a news story is quoted ("Support us," the mayor
    # said), so a comma or quotation mark after the appeal makes it prose.
    Rule(
        "cta.paywall",
        "metered-paywall notice",
        _r(
            r"^(?:you(?:'ve|’ve| have) (?:read|used) \d+ (?:of|out of) (?:your )?\d+ "
            r"(?:free )?(?:articles?|stories)|vous avez (?:lu|consulté) \d+ (?:des|sur) \d+ "
            r"articles?|sie haben (?:bereits )?\d+ von \d+ (?:kostenlosen |freien )?artikeln|"
            r"has leído \d+ de \d+ (?:artículos|noticias)|ви прочитали \d+ (?:з|із) \d+|"
            r"вы прочитали \d+ из \d+)[^.!?]*[.!]?$"
        ),
        LINE,
        25,
        starts=("you", "vous avez", "sie haben", "has leído", "ви прочитали", "вы прочитали"),
    ),
    Rule(
        "cta.donate",
        "donation appeal",
        _r(
            r"^(?:support (?:us|our (?:work|journalism|reporting|newsroom)|"
            r"(?:independent|quality) journalism)|donate(?: now| today| here)?\s*[.!]?$|"
            r"make a donation|"
            r"become a (?:patron|supporter|member)|"
            r"підтримайте (?:нас|редакцію|наш[уі]? (?:роботу|редакцію|журналістику)|"
            r"незалежн[іу] (?:медіа|журналістику))|підтримати (?:нас|редакцію|проєкт)|"
            r"задонатити|"
            r"поддержите (?:нас|редакцию|нашу (?:работу|редакцию)|независим(?:ую журналистику|"
            r"ые сми))|поддержать (?:нас|редакцию|проект)|"
            r"unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)|"
            r"jetzt spenden\s*[.!]?$|"
            r"soutenez-nous|soutenez (?:notre (?:travail|rédaction)|le journalisme indépendant)|"
            r"faites un don|faire un don|"
            r"apóyanos|apoyanos|apoya (?:nuestro trabajo|el periodismo independiente)|"
            r"haz una donación|haz un donativo|dona ahora\s*[.!]?$)"
            r"(?![\w-])[^,«»“”„\"]*$"
        ),
        LINE,
        20,
        starts=(
            *("support", "donate", "make a donation", "become a", "підтрима", "задонатити"),
            *("поддерж", "unterstützen", "jetzt spenden", "soutenez", "faites un don"),
            *("faire un don", "apóyanos", "apoyanos", "apoya ", "haz un", "dona ahora"),
        ),
    ),
    Rule(
        "cta.donate",
        "donation appeal",
        _r(
            r"^(?!.*[«»“”„\"]).*\b(?:please (?:consider )?(?:making a donation|donating|"
            r"supporting us|support us|donate)|"
            r"будь ласка, підтримайте нас|пожалуйста, поддержите нас)\b[^,]*$"
        ),
        LINE,
        35,
        hints=("please", "будь ласка", "пожалуйста"),
    ),
    # --- related stories ------------------------------------------------------------------
    Rule(
        "related.widget",
        "related-stories widget",
        _r(
            r"^(?:recommended stories|\d+\s+items?\s+list\s*(?:end of list)?|"
            r"list of \d+ items?(?:\s*end of list)?|end of list)\s*$"
        ),
        HEADER,
        8,
    ),
    Rule(
        "related.header",
        "related-stories header",
        _r(
            r"^(?:other topics of interest|more(?=\s*:)|"
            r"related(?: stories| articles| news| content| coverage|"
            r" posts| reading| topics)?|read (?:also|more|next)|also read|see also|more reading|"
            r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"more (?:stories|news|articles) (?:from|on|like this).*|more on (?:this|that) .*|"
            r"more from\b.*|(?:trending|popular|most read|top stories) (?:on|in|at) .*|"
            r"don'?t miss|editor'?s picks|"
            r"recommended(?: for you| reading| articles| posts| stories)?|"
            r"what to read next|trending articles|"
            r"читайте також|читайте также|по теме|по темі|lesen sie auch|mehr zum thema|"
            r"das könnte sie auch interessieren|auch interessant|à lire aussi|a lire aussi|"
            r"lire aussi|"
            r"sur le même sujet|te puede interesar|lee también|lea también|noticias relacionadas|"
            r"більше новин|інші новини|другие новости|ещё по теме|weitere artikel|"
            r"також читайте|дивіться також|читайте по темі|новини по темі|смотрите также|"
            r"новости по теме|читайте по теме|читайте ещё|читайте еще|"
            r"das könnte dich auch interessieren|lire également|vous aimerez aussi|"
            r"vous pourriez aussi aimer|voir aussi|ver también|lea además|"
            r"artículos relacionados|contenido relacionado|te recomendamos|"
            r"plus d'articles|à voir aussi|más noticias|también te puede interesar|"
            r"ähnliche beiträge|beliebte beiträge(?: zum thema)?|verwandte (?:artikel|beiträge)|"
            r"artikel zum thema|articles similaires|publications similaires|"
            r"entradas relacionadas|publicaciones relacionadas|weitere artikel zum thema|"
            r"weiterlesen|zum weiterlesen|schon gelesen\?|empfohlene (?:beiträge|artikel)|"
            r"weitere beiträge(?: zum thema)?|mehr zum thema (?:auf|bei|von|im) \S.{0,40}|"
            r"(?:das|dies|diese[rs]?)\s+(?:(?:thema|themen|artikel|beitrag|beiträge)\s+)?"
            r"könnten? (?:dich|sie|euch) "
            r"(?:auch|ebenfalls) interessieren|"
            r"(?:también )?(?:le|les|te|os) (?:puede|pueden|podría|podrían) interesar|"
            r"(?:ceci|cela|ça) (?:pourrait|peut) (?:aussi |également )?vous intéresser|"
            r"czytaj (?:też|także|również)|zobacz (?:też|także|również)|polecamy)"
            r"\s*[:.…!]?$"
        ),
        HEADER,
        8,
        starts=(
            *("other topics", "more", "related", "read ", "also read", "see also", "you "),
            *("trending", "popular", "most read", "top stories", "don", "editor"),
            *("recommended", "what to read", "читайте", "по те", "lesen sie", "mehr zum"),
            *("das könnte", "auch interessant", "à lire", "a lire", "lire ", "sur le même"),
            *("te ", "lee ", "lea ", "noticias", "більше", "інші", "другие", "ещё"),
            *("weitere", "також", "дивіться", "новини", "смотрите", "новости", "vous "),
            *("voir aussi", "ver también", "artículos", "contenido", "plus d'", "à voir"),
            *("más noticias", "también", "ähnliche", "beliebte", "verwandte", "artikel zum"),
            *("articles similaires", "publications", "entradas", "publicaciones"),
            *("weiterlesen", "zum weiterlesen", "schon gelesen", "empfohlene", "das ", "dies"),
            *("le ", "les ", "os ", "ceci", "cela", "ça ", "czytaj", "zobacz"),
            "polecamy",
        ),
    ),
    Rule(
        "related.inline",
        "related-story teaser",
        _r(
            r"^(?:read more|read also|also read|related|see also|more|watch|listen|"
            r"читайте також|читайте также|дивіться також|смотрите также|lesen sie auch|"
            r"auch interessant|mehr zum thema|à lire aussi|lire aussi|à voir aussi|voir aussi|"
            r"lee también|lea también|te puede interesar|ver también|також читайте|"
            r"читайте ще|читайте ещё|читайте еще|lire également|lea además|"
            r"(?:también )?(?:le|te) (?:puede|podría) interesar|czytaj (?:też|także|również)|"
            r"zobacz (?:też|także|również)|lesen sie (?:dazu|hier)|mehr dazu)"
            r"\s*(?::|\||>|»|–|—)\s*\S"
        ),
        LINE,
        30,
        starts=(
            *("read ", "also read", "related", "see also", "more", "watch", "listen"),
            *("читайте", "дивіться", "смотрите", "lesen sie", "auch interessant", "mehr zum"),
            *("à lire", "lire ", "à voir", "voir aussi", "lee ", "lea ", "te puede"),
            *("ver también", "також", "también", "le ", "czytaj", "zobacz", "mehr dazu"),
        ),
    ),
    # --- galleries ----------------------------------------------------------------------
    Rule(
        "gallery.header",
        "gallery header",
        _r(
            r"^(?:scenes from\b|in pictures\b|photos?:|gallery\b|slideshow\b|photo gallery\b)"
            r"[^.!?…]*$"
        ),
        GALLERY,
        12,
    ),
    # --- comments, blog widgets, sharing ----------------------------------------------------
    Rule(
        "comment.form",
        "comment form",
        _r(
            r"^(?:leave a (?:reply|comment)|cancel reply|post a comment|add a comment|"
            r"\d+\s+comments?|comments?(?:\s*\(\d+\))?|show comments|view comments|"
            r"(?:\d+|one|two|three) (?:thoughts?|responses?|repl(?:y|ies)) (?:on|to) .{1,120}|"
            r"join the (?:conversation|discussion)|"
            r"your email address will not be published\.?.*|required fields are marked.*|"
            r"save my name, email.*|you must be logged in to post a comment.*|"
            r"залишити коментар|коментарі|оставить комментарий|комментарии|kommentar schreiben|"
            r"kommentare|laisser un commentaire|commentaires|deja un comentario|"
            r"dejar un comentario|comentarios|"
            # the comment section's headers and notices (closed, awaiting moderation)
            r"schreib(?:e|en sie)? einen kommentar|kommentar verfassen|"
            r"hinterlasse einen kommentar|(?:keine kommentare\s*)?kommentare sind geschlossen\.?|"
            r"keine kommentare|(?:no comments\s*)?comments are closed\.?|"
            r"(?:your|dein|ihr) (?:comment|kommentar) (?:is awaiting moderation|"
            r"muss noch freigegeben werden|wartet auf (?:freischaltung|moderation))\.?|"
            r"votre commentaire est en attente de modération\.?|"
            r"les commentaires sont fermés\.?|vos réactions(?:\s*\(\d+\))?|"
            r"tu comentario está (?:pendiente de|esperando) moderación\.?|"
            r"los comentarios están cerrados\.?|"
            r"ваш коментар очікує (?:на )?модерації\.?|ваш комментарий ожидает модерации\.?)"
            r"\s*:?$"
        ),
        LINE,
        25,
    ),
    # The rest of a comment form, in the six languages: reply and cancel links, buttons,
    # field labels, the e-mail and required-field notes.
    Rule(
        "comment.form",
        "comment form",
        _r(
            r"^(?:(?:leave a (?:reply|comment)|залишити (?:коментар|відповідь)|"
            r"оставить (?:комментарий|ответ)|schreibe(?:n sie)? einen kommentar|"
            r"laisser (?:un commentaire|une réponse)|deja (?:un comentario|una respuesta))"
            r"(?:\s+(?:cancel reply|скасувати відповідь|отменить ответ|antworten abbrechen|"
            r"annuler la réponse|cancelar respuesta))?|"
            r"cancel reply|скасувати відповідь|отменить ответ|antworten abbrechen|"
            r"antwort abbrechen|annuler la réponse|cancelar respuesta|"
            r"(?:post|submit|add|send) (?:a |your )?comment|надіслати коментар|"
            r"відправити коментар|додати коментар|отправить комментарий|добавить комментарий|"
            r"kommentar (?:abschicken|absenden|hinzufügen)|"
            r"(?:publier|envoyer|ajouter) (?:le |un )?commentaire|"
            r"(?:publicar|enviar|añadir|agregar) (?:el |un )?comentario|"
            r"(?:name|e-?mail|website|comment|ім'я|ім’я|коментар|имя|комментарий|kommentar|"
            r"nom|commentaire|nombre|correo electrónico|comentario)\s*\*|"
            r"(?:ваша (?:адреса|електронна адреса|e-?mail).{0,40} не (?:буде )?(?:опублікована|"
            r"публікуватиметься)|"
            r"ваш (?:адрес|e-?mail|email).{0,40} не (?:будет )?(?:опубликован|публикуется)|"
            r"(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|"
            r"votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|"
            r"tu (?:dirección de )?(?:correo(?: electrónico)?|email|e-mail) no será publicad[ao])"
            r"\.?(?:\s+[^*]*\*.*)?|"
            r"обов[’'ʼ]язкові поля (?:позначені|відмічені).*|обязательные поля помечены.*|"
            r"erforderliche felder sind.*|les champs obligatoires sont.*|"
            r"los campos obligatorios están.*)\s*:?$"
        ),
        LINE,
        25,
        starts=(
            *("leave a", "залишити", "оставить", "schreibe", "laisser", "deja ", "cancel"),
            *("скасувати", "отменить", "antwort", "annuler", "cancelar", "post ", "submit"),
            *("add ", "send ", "надіслати", "відправити", "додати", "отправить", "добавить"),
            *("kommentar", "publier", "envoyer", "ajouter", "publicar", "enviar", "añadir"),
            *("agregar", "name", "e-mail", "email", "website", "comment", "ім", "коментар"),
            *("имя", "комментарий", "nom", "nombre", "correo", "comentario", "ваш"),
            *("deine", "ihre", "votre", "tu ", "обов", "обязательные", "erforderliche"),
            *("les champs", "los campos"),
        ),
    ),
    Rule(
        "blog.widget",
        "blog widget",
        _r(
            r"^(?:%d bloggers like this:?|like this:?|share this:?|like loading\.*|"
            r"related$|click to share on \w+.*|click to (?:email|print).*|"
            r"discover more from .*|subscribe to get the latest posts.*)$"
        ),
        LINE,
        20,
    ),
    Rule(
        "share.buttons",
        "share buttons",
        _r(
            r"^(?:share(?: this| on| the)?(?: article| story| post)?|tweet|e-?mail|print|"
            r"facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|copy link|"
            r"copied|messenger|viber|"
            r"поділитися|поширити|поделиться|(?:(?:diesen|den) )?(?:artikel |beitrag )?teilen|"
            r"(?:teilen|sharen|share) mit|(?:show )?more sharing options|"
            r"partager(?: cet article| l'article| sur)?|compartir(?: este artículo| esta noticia|"
            r"| la noticia| en)?)"
            r"(?:\s*[|/·•,]?\s*(?:(?:в|у|auf|sur|en)\s+)?(?:share|tweet|e-?mail|print|facebook|"
            r"twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|copy link|messenger|viber|"
            r"поділитися|поделиться|teilen|partager|compartir))*\s*:?$"
        ),
        LINE,
        12,
    ),
    # --- syndication, navigation, ads --------------------------------------------------------
    Rule(
        "syndication.footer",
        "syndication footer",
        _r(
            r"^(?:first appeared on.*|source link|"
            r"this (?:article|story|post) (?:was )?(?:originally |first )?"
            r"(?:appeared|published) (?:on|in|at|by) .*|"
            r"originally published (?:on|at|in|by) .*|the post .* appeared first on .*|"
            r"read the (?:original|full) (?:article|story|post).*|republished with permission.*|"
            r"(?:source|джерело|источник|quelle|fuente)\s*:\s*\S.{0,60}|"
            r"(?:this article|this story) is republished from .*|"
            r"\(?(?:with|avec|con|mit|з|с) (?:afp|ap|reuters|dpa|efe|ansa|belga|ukrinform|"
            r"укрінформ|интерфакс|тасс)\)?\.?)$"
        ),
        LINE,
        30,
    ),
    # An editor's initials and the agency at the story's end ("aja/PAP", "dpa/lno", "bb/AFP")
    Rule(
        "syndication.signoff",
        "agency sign-off",
        _r(
            rf"^\(?(?:(?-i:[a-z]{{1,4}}(?:\s*[,/]\s*[a-z]{{1,4}})*)\s*/\s*"
            rf"(?:{_AGENCIES}|(?i:pap|kna|epd|apa|sda|ats|belga|anp|afx))"
            rf"|(?:{_AGENCIES}|(?i:pap|kna|epd|apa|sda|ats|belga|anp|afx))\s*/\s*"
            r"(?-i:[a-z]{1,4}(?:\s*[,/]\s*[a-z]{1,4})*))\)?\.?$",
            0,
        ),
        LINE,
        3,
        hints=("/",),
    ),
    # A note that the reader is not signed in, or how the site earns from its links
    Rule(
        "nav.login",
        "login notice",
        _r(
            r"^(?:you are not (?:logged|signed) in|you'?re not (?:logged|signed) in|"
            r"sie sind (?:aktuell |derzeit |momentan |noch )?nicht (?:eingeloggt|angemeldet)|"
            r"du bist (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)|"
            r"vous n['’]êtes pas connectée?|no has iniciado sesión|no estás conectado|"
            r"ви не (?:авторизовані|увійшли)|вы не (?:авторизованы|вошли))\s*[.!]?$"
        ),
        LINE,
        8,
        starts=("you", "sie sind", "du bist", "vous n", "no has", "no estás", "ви не", "вы не"),
    ),
    Rule(
        "ad.affiliate",
        "affiliate-link disclosure",
        _r(
            r"^(?!.*[«»“”„\"])(?:(?=.*\b(?:affiliate|partner|provisions)[- ]?links?\b)"
            r"(?=.*\b(?:handelt es sich|(?:erhalten|bekommen|verdienen) wir|"
            r"(?:we|i) (?:may |might )?(?:earn|receive|get)|nous (?:percevons|touchons)|"
            r"(?:recibimos|ganamos)\b))|.*\bas an amazon associate\b)"
        ),
        LINE,
        45,
        hints=("affiliate", "partner", "provisions", "amazon associate"),
    ),
    Rule(
        "nav.site",
        "site navigation",
        _r(
            r"^(?:latest headlines|latest news|latest stories|latest|most read|most popular|"
            r"most viewed|most shared|trending(?: now| stories| news)?|top stories|"
            r"breaking news|home|menu|skip to (?:the )?(?:main )?(?:content|navigation|menu)|"
            r"back to top|(?:next|previous|prev) (?:article|story|post)|load more|show more|"
            r"more stories|sign in|log in|register|search|close|toggle navigation|"
            r"(?:main |primary )?navigation|(?:open|close) (?:navigation |the )?menu|"
            r"(?:direkt )?zum (?:haupt)?inhalt(?: springen)?|hauptmenü|menü|suche|"
            r"aller au contenu(?: principal)?|rechercher|(?:ir|saltar) al contenido(?: principal)?|"
            r"buscar|перейти к содержимому|перейти до вмісту|поиск|пошук|"
            r"головна|новини|главная|новости|startseite|accueil|inicio|portada)\s*$"
        ),
        LINE,
        4,
    ),
    # A tag list: a label and a few topics, no sentence ("Теги: Україна, Росія").
    Rule(
        "nav.tags",
        "tag list",
        _r(
            r"^(?:tags?|topics|filed under|теги|тэги|мітки|метки|ключові слова|ключевые слова|"
            r"schlagwörter|schlagworte|stichwörter|themen|mots[- ]clés|étiquettes|etiquetas|"
            r"palabras clave|temas)\s*:\s*"
            r"(?!.*[.!?]\s+\w)(?!.*\w{3}[.!?][\"”»]?$)\S.*$"
        ),
        LINE,
        25,
        starts=(
            *("tag", "topics", "filed under", "теги", "тэги", "мітки", "метки", "ключов"),
            *("schlagw", "stichw", "themen", "mots", "étiquettes", "etiquetas", "palabras"),
            "temas",
        ),
    ),
    # An advertisement's label, and the note that the article goes on after it ("— Story
    # continues below —"), in the six languages.
    Rule(
        "ad.label",
        "advertisement",
        _r(
            r"^[\s—–-]*(?:advertisement|advertising|sponsored(?: content)?|ad|"
            r"(?:the\s+)?(?:story|article|text) continues (?:below|after (?:the |this )?"
            r"(?:ad(?:vertisement)?|break))(?: (?:the )?(?:advertisement|ad))?|"
            r"continue reading (?:the (?:main )?(?:story|article) )?below|"
            r"scroll (?:down )?to continue(?: reading)?|реклама|anzeige|werbung|publicité|"
            r"publicidad|"
            r"(?:weiterlesen|lesen sie weiter|der artikel geht weiter|fortsetzung) "
            r"(?:nach|unter) der (?:anzeige|werbung)|"
            r"(?:la suite|l['’]article continue|suite de l['’]article) (?:après|sous) "
            r"(?:cette|la) publicité|"
            r"(?:sigue leyendo|continúa leyendo|la noticia continúa|el artículo continúa|continúa) "
            r"(?:después de|tras|debajo de) la publicidad|"
            r"(?:продовження|читайте далі|стаття продовжується) (?:після|під) реклам(?:и|ою)|"
            r"(?:продолжение|читайте далее|статья продолжается) (?:после|под) реклам(?:ы|ой))"
            r"[\s—–.…-]*$"
        ),
        LINE,
        9,
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
        _r(rf"^(?:{_LABEL}(?:\s+{_BY}\s+(?P<names>{_NAMES}))?{_ON})?{_DATE_LINE}$", 0),
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
)


def compile_rules(cfg: BoilerplateConfig) -> tuple[Rule, ...]:
    """Return the rules in force: the user's rules first, then the enabled built-in ones.

    >>> from cleaners.config import BoilerplateConfig, ConfigError, RuleSpec
    >>> spec = RuleSpec(id="site.promo", pattern=r"^Download our app", reason="app promo")
    >>> rules = compile_rules(BoilerplateConfig(rules=(spec,), disable=("share",)))
    >>> rules[0].id, any(r.id == "share.buttons" for r in rules)
    ('site.promo', False)
    """
    known = {r.id for r in BUILTIN_RULES}
    unknown = [d for d in cfg.disable if not any(_disabled(k, [d]) for k in known)]
    if unknown:
        raise ConfigError(
            f"boilerplate.disable: no built-in rule {', '.join(map(repr, unknown))}; "
            f"known ids: {', '.join(sorted(known))}"
        )
    user = tuple(_from_spec(s) for s in cfg.rules)
    return user + tuple(r for r in BUILTIN_RULES if not _disabled(r.id, cfg.disable))


def _disabled(rule_id: str, disable: Iterable[str]) -> bool:
    return any(rule_id == d or rule_id.startswith(d + ".") for d in disable)


def _from_spec(spec: RuleSpec) -> Rule:
    kind = HEADER if spec.kind == "header" else LINE
    return Rule(spec.id, spec.reason, re.compile(spec.pattern, _I), kind, spec.max_words)

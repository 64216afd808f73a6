"""The pieces rules are written from: dates in six languages, times and zones, names and roles,
news agencies and picture libraries, and the agency dateline that opens a story's body."""

from __future__ import annotations

import re

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
_ZONE = (
    r"(?:\s*\(?(?:[A-Z]{2,5}(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?|(?i:uhr|мск|hrs|horas?|h(?!\w)))\)?"
    r"|Z|[+-]\d{2}:?\d{2})"  # (an ISO time's: "10:45:00Z", "10:45+01:00")
)
_TIME = (
    r"(?:(?:T|\s*(?i:at|um|à|a las|a la|о|об|в|,|-|–|—|\||/|·|•)?\s*\(?)"  # ("(10:45 CET)")
    rf"{_CLOCK}{_ZONE}{{0,2}})?"
)
# A time written before the date ("4:15 PM EDT, April 9, 2026"; "08:30, 10 квітня 2026").
_LEAD = rf"(?:{_CLOCK}{_ZONE}{{0,2}}\s*[,|·–-]?\s*)?"
_WEEKDAY_NAME = (
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    r"|понеділок|вівторок|середа|четвер|п[’'ʼ]ятниця|субота|неділя"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
)
# ... and its short forms, before a date only ("Sa, 12. April", "sam. 12 avril", "сб, 12
# квітня"): alone they are words ("So", "Do", "mar")
_WEEKDAY_SHORT = (
    r"(?i:(?:mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mié|mie|jue|vie|sáb|sab|dom)\.?"
    r"|пн|вт|ср|чт|пт|сб|вс|нд)"
)
_WEEKDAY = rf"(?:(?:{_WEEKDAY_NAME}|{_WEEKDAY_SHORT}),?\s+)"
WEEKDAY_NAME = _WEEKDAY_NAME  # (for the lists of ``cleaners.list_items``)
# The labels of a date line: when it was posted, and when it was revised (a revision's date
# is not the publication date, see ``cleaners.boilerplate``), in English and in the others.
_POSTED_EN = r"posted|published|first published|originally published|date"
_REVISED_EN = r"updated|last updated|modified|last modified"
_POSTED_INTL = (
    r"veröffentlicht|publiziert|erstellt|erschienen|datum|publié|publiée|publication|mis en ligne|"
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
# "By" in the languages that write a slashed date day first, and with English
BY_INTL = r"(?i:von|par|por|автор(?:ка)?:?)"
_BY = rf"(?i:by|{BY_INTL})"
# News agencies, as a byline or a picture credit names them.
_AGENCIES = (
    r"(?i:(?:the\s+)?associated press|ap|reuters|afp|agence france-presse|dpa|efe|epa(?:-efe)?|"
    r"upi|ansa|europa press|anadolu(?: agency)?|xinhua|bloomberg|ukrinform|укрінформ|уніан|"
    r"тасс|риа новости|интерфакс|interfax)"
)
# A writer's job in English, as a byline gives it after the name ("Staff Reporter", "Home
# Affairs Editor")
JOB = (
    r"reporter|writer|correspondent|editor|contributor|columnist|journalist|producer|"
    r"photographer|photojournalist|analyst"
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
    rf"(?:{JOB}|intern|staff|team|desk)s?"
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
# the reading time a date line may end with ("April 8, 2026 | 2 min read", "8. April 2026 ·
# 3 Min. Lesezeit")
_READING = (
    r"(?:\s*[|·•,–-]\s*\d{1,3}\s*(?i:min(?:ute)?s?|minuten?|minutos?)\.?\s+"
    r"(?i:read|reading|lesezeit|lesedauer|de lecture|de lectura))?"
)
_DATE_LINE = rf"{_WEEKDAY}?{_LEAD}{_WEEKDAY}?(?P<date>{DATE_RE}){_TIME}{_UPDATED}{_READING}"
# Photo agencies and libraries, as a picture credit names them.
_PICTURE_SOURCES = (
    r"(?i:getty(?: images)?|shutterstock|alamy|imago|picture alliance|keystone|sipa usa|"
    r"istock(?:photo)?|depositphotos|unsplash|pexels|eyevine|zuma press|nurphoto|"
    r"ap photo|afp photo|reuters photo)"
)


# "March 2 (UPI) --", "LONDON (Reuters) -", "KYIV, Ukraine (AP) —", "Madrid, 4 dic (EFE).-":
# the dateline that opens an agency story's body (its date and agency go to metadata; the
# line stays)
# (German agencies write their names in lower case: "BERLIN (dpa) -", "(epd)", "(kna)")
_DATELINE_AGENCY = (
    r"\((?P<agency>(?:[A-Z][A-Za-z.&-]{1,15}|dpa(?:-AFX)?|epd|kna|apa|sda|ots)"
    r"(?:\s[A-Z][A-Za-z.&-]+){0,2})\)"
)
DATELINE = re.compile(
    rf"^(?P<dateline>[A-Z][\w.,'’ /-]{{1,50}}?\s*{_DATELINE_AGENCY})\s*\.?\s*(?:--|—|–|-|:)\s*\S"
)
# ... or on its own line above the body: a place and perhaps a date, in four words at most
# ("Madrid, 4 dic (EFE).", "KYIV, Ukraine (AP)"), not a headline ending in a parenthesis
DATELINE_ALONE = re.compile(
    rf"(?P<dateline>[A-Z][\w.’'-]*,?(?:\s+[\w.’'-]+,?){{0,3}}\s*{_DATELINE_AGENCY})\s*\.?"
)

# An item of a schedule: a day and month (with a weekday, a year or a time if given), then a
# separator and what happens that day ("April 2 – Leeds, Brudenell Social Club", "12. April:
# Berlin, Columbiahalle", "samedi 4 avril – Lyon"). A list of them is a tour's or a season's
# dates, not a rail of teasers (a bare date, "4 de mayo", and an archive's "April 2026" are not
# items).
SCHEDULE_ITEM = re.compile(
    rf"(?:{_WEEKDAY}?(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?:{MONTHS}|{MONTHS_INTL}))"
    r"(?:,?\s+\d{4})?(?:,?\s+\d{1,2}[:.h]\d{2})?"
    # the place after a comma ("7. März, Riedhausen: Hallenflohmarkt ...")
    r"(?:,\s+[A-ZÀ-ÞА-ЯІЇЄ][\w.'’-]*(?:[ -][\w.'’-]+){0,2})?"
    # ... or a weekday alone, as a week's listings give it ("Monday: The Long Winter, 7pm")
    rf"|{_WEEKDAY_NAME})\s*[–—:|-]\s+\w"
)

"""The facts furniture carries: publication dates, author names, picture credits.

Pure parsing of what a removed line says (``cleaners.boilerplate`` decides which lines are
bylines, date lines and captions; this module reads them).
"""

from __future__ import annotations

import re

from cleaners.rules import ROLE
from cleaners.rules.patterns import _UP, JOB


def publication_date(dates: list[tuple[str, bool]]) -> str | None:
    """The publication date among a page's date lines, in page order, each an ISO date and
    whether it is a revision's: the first, but a revision's date ("Updated ...") only when no
    other line gives one (a page's "Updated" above its "Published" is not the publication).

    >>> publication_date([("2026-04-09", True), ("2026-04-08", False)])
    '2026-04-08'
    >>> publication_date([("2026-04-09", True)]), publication_date([])
    ('2026-04-09', None)
    """
    posted = [date for date, revised in dates if not revised]
    return next(iter(posted or [date for date, _ in dates]), None)


_CREDIT_SPLIT = re.compile(
    r"^(?P<caption>.*?)[\s(\[|]*(?P<credit>(?:(?:pool|file|handout)\s+)?"
    r"(?:photo(?:graph)?s?|image|picture|foto|фото)\s*(?:by|:|courtesy(?: of)?|credit:?)\s*.+"
    r"|credit\s*(?:…|\.\.\.|:)\s*.+)$",
    re.IGNORECASE,
)


def split_credit(line: str) -> tuple[str, str | None]:
    """Split a caption line into caption and credit.

    >>> split_credit("Crowds in Lviv. Photo by Jane Roe/UPI | License Photo")
    ('Crowds in Lviv.', 'Jane Roe/UPI')
    """
    text = re.sub(r"\s*\|\s*license photo\s*$", "", line, flags=re.IGNORECASE)
    text = re.sub(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[|:•]\s*", "", text)
    m = _CREDIT_SPLIT.match(text)
    if not m:
        return text.strip(), None
    credit = re.sub(
        r"^(?:(?:pool|file|handout)\s+)?(?:photo(?:graph)?s?|image|picture|foto|фото)\s*"
        r"(?:by|:|courtesy(?: of)?|credit:?)\s*|^credit\s*(?:…|\.\.\.|:)\s*",
        "",
        m.group("credit"),
        flags=re.IGNORECASE,
    )
    return m.group("caption").strip(), credit.strip(" ()[]") or None


def split_names(names: str) -> list[str]:
    """Split "A, B and C" into names, leaving out what a byline says of them (a role, an
    agency: "Staff Reporter", "Redakteurin", "The Associated Press").

    >>> split_names("Victoria Kim, Anton Troianovski and Haley Willis")
    ['Victoria Kim', 'Anton Troianovski', 'Haley Willis']
    >>> split_names("Maria Delgado, Staff Reporter"), split_names("Anna Schmidt und Max Weber, NDR")
    (['Maria Delgado'], ['Anna Schmidt', 'Max Weber'])
    >>> split_names("Tom Hale, Local Democracy Reporter")
    ['Tom Hale']
    >>> split_names("Herald Sport"), split_names("Reuters Staff and Anna Lee")
    ([], ['Anna Lee'])
    >>> split_names("SARAH JOHNSON Associated Press")
    ['SARAH JOHNSON']
    """
    parts = [_without_agency(_COMMENTS.sub("", p).strip()) for p in _NAME_SPLIT.split(names)]
    return [
        p
        for k, p in enumerate(parts)
        if p
        and not _ROLE.fullmatch(p)
        and not _ACRONYM.fullmatch(p)
        and not (k and _TITLED_ROLE.fullmatch(p))
        and not _DESK.fullmatch(p)
    ]


def _without_agency(name: str) -> str:
    m = _AGENCY_AFTER.search(name)
    return name[: m.start()] if m and len(name[: m.start()].split()) >= 2 else name


_NAME_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+(?:and|und|et|y|і|и|та)\s+|\s*&\s*")
_ROLE = re.compile(ROLE)
# a desk's title after a name: a capitalised beat, then the job ("Local Democracy Reporter",
# "Home Affairs Editor", "Middle East Correspondent"); only after a name, since a person may
# be called "Tom Writer"
_TITLED_ROLE = re.compile(
    rf"(?:{_UP}[\w'’-]*\s+){{1,3}}(?i:{JOB}|redakteur(?:in)?|korrespondent(?:in)?|"
    r"correspondante?|corresponsal|кореспондент(?:ка)?|корреспондент(?:ка)?|редактор(?:ка)?)s?"
)
# a desk credited as the writer: the paper's or a section's name, then a desk word ("Herald
# Sport", "BBC News", "Reuters Staff", "Metro Desk")
_DESK = re.compile(
    rf"(?:{_UP}[\w'’.&-]*\s+){{1,3}}(?:Sport|Sports|News|Staff|Desk|Team|Reporters|Newsroom|"
    r"Online|Digital|Wires?|Deportes|Redaktion|Rédaction|Redacción)"
    r"|[\w-]*(?i:redaktion)"  # "Sportredaktion", "Lokalredaktion"
)
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # a broadcaster or an agency ("NDR", "AFP"), not a person
# an agency run into a name of two words or more without a comma, as wire copy gives it ("By
# SARAH JOHNSON Associated Press"); only agencies no one has for a surname ("Bloomberg" has)
_AGENCY_AFTER = re.compile(
    r"(?<=\w)\s+(?i:(?:the\s+)?associated press|reuters|afp|agence france-presse|dpa|"
    r"europa press|anadolu agency|xinhua|ukrinform|укрінформ|уніан|тасс|риа новости|"
    r"интерфакс|interfax)$"
)
# a blog's comment count run into the byline ("von Anna Schmidt Ein Kommentar")
_COMMENTS = re.compile(
    r"\s+(?:(?:ein|eine|keine|one|no|un|\d+)\s+)?(?:kommentare?|comments?|commentaires?|"
    r"comentarios?|коментар\w*|комментари\w*)$",
    re.IGNORECASE,
)


# Month names and abbreviations in the rules' languages: English, German, French, Spanish,
# and Ukrainian and Russian in the genitive a date writes them in ("10 квітня", "10 апреля")
_MONTH_NUM = {
    name: month
    for month, names in enumerate(
        (
            "jan january januar jänner janvier janv enero ene січня января",
            "feb february februar février fevrier févr febrero лютого февраля",
            "mar march märz mär mars marzo березня марта",
            "apr april avril avr abril abr квітня апреля",
            "may mai mayo травня мая",
            "jun june juni juin junio червня июня",
            "jul july juli juillet juil julio липня июля",
            "aug august août aout agosto ago серпня августа",
            "sep sept september septembre septiembre setiembre вересня сентября",
            "oct october oktober okt octobre octubre жовтня октября",
            "nov november novembre noviembre листопада ноября",
            "dec december dezember dez décembre decembre déc diciembre dic грудня декабря",
        ),
        start=1,
    )
    for name in names.split()
}


def parse_day_first(text: str) -> str | None:
    """A slashed date written day first, as every language of the rules but English writes
    it: "08/04/2026" is 8 April.

    >>> parse_day_first("08/04/2026"), parse_day_first("31/12/2025"), parse_day_first("12/31/2025")
    ('2026-04-08', '2025-12-31', None)
    """
    m = re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text.strip())
    return parse_date(m[0].replace("/", ".")) if m else None  # as "08.04.2026" is read


def parse_date(text: str) -> str | None:
    """Turn "February 2, 2026", "2 Feb 2026", "2026-02-02" or a date in the other languages of
    the rules ("2. Februar 2026", "2 février 2026", "2 de febrero de 2026", "2 лютого 2026",
    "02.02.2026", day first) into ISO "2026-02-02".

    >>> parse_date("February 2, 2026"), parse_date("2nd Feb. 2026"), parse_date("2026-02-31")
    ('2026-02-02', '2026-02-02', None)
    >>> parse_date("10 de abril de 2026"), parse_date("10 апреля 2026 г."), parse_date("10.04.2026")
    ('2026-04-10', '2026-04-10', '2026-04-10')
    """
    import datetime as dt

    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text.strip())
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif dotted:
        y, mo, d = int(dotted[3]), int(dotted[2]), int(dotted[1])
    else:
        t = text.strip().lower().replace(",", " ").replace(".", " ")
        parts = t.split()
        nums = [re.sub(r"(st|nd|rd|th|er)$", "", p) for p in parts]
        month = next((_MONTH_NUM[p] for p in parts if p in _MONTH_NUM), None)
        digits = [int(p) for p in nums if p.isdigit()]
        if month is None or len(digits) < 2:
            return None
        year = next((d for d in digits if d > 31), None)
        day = next((d for d in digits if d <= 31), None)
        if year is None or day is None:
            return None
        y, mo, d = year, month, day
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None

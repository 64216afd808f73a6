"""Metadata from furniture, page by page: post dates, bylines and credits in the six languages
(en, de, fr, es, uk, ru), and the code page a Windows file is named by."""

from __future__ import annotations

import pytest

from cleaners.config import PipelineConfig
from cleaners.document import CleanDocument
from cleaners.encoding import decode_bytes
from cleaners.facts import parse_date, split_names
from cleaners.pipeline import Cleaner
from cleaners.rules import DATE_STAMPS
from tests.helpers import make_doc

# --- the code page of a Windows file ---------------------------------------------------------

# Curly quotes and dashes only: the same bytes in cp1250 and cp1252, so either decodes the
# text right, and the name is the commoner page's.
CURLY_ENGLISH = (
    "The mayor said: “We will rebuild the bridge.” It’s the council’s plan – and it will cost "
    "money, officials warned on Tuesday.\nResidents welcomed the news.\n"
)
UMLAUT_GERMAN = (
    "Der Bürgermeister sagte am Montag: „Wir bauen die Brücke wieder auf.“ Die Straße bleibt "
    "bis zum Sommer gesperrt, und die Händler in der Innenstadt sind verärgert.\n"
)
# Central European text really in cp1250, which cp1252 also decodes without an error (into
# the wrong letters: "ø" for "ř", "³" for "ł", "õ" for "ő").
CENTRAL_EUROPEAN = {
    "pl": (
        "Prezydent miasta zapowiedział w poniedziałek, że most zostanie odbudowany do końca "
        "przyszłego roku. „To nasz priorytet” – powiedział podczas konferencji w ratuszu."
    ),
    "cs": (
        "Starosta v pondělí řekl, že most přes řeku bude opraven do června příštího roku. "
        "„Je to naše priorita,“ dodal na tiskové konferenci na radnici."
    ),
    "sk": (
        "Primátor v pondelok povedal, že most cez rieku opravia do júna budúceho roka. "
        "„Je to naša priorita,“ dodal na tlačovej konferencii."
    ),
    "hu": (
        "A polgármester hétfőn bejelentette, hogy a hidat jövő év júniusáig felújítják. "
        "„Ez a legfontosabb feladatunk” – mondta a városházán tartott sajtótájékoztatón."
    ),
    "hr": (
        "Gradonačelnik je u ponedjeljak rekao da će most biti obnovljen do ljeta. „To je naš "
        "prioritet“, dodao je. Građani se žale na gužve u središtu grada."
    ),
    "sl": (
        "Župan je v ponedeljek dejal, da bodo most obnovili do poletja. „To je naša prednostna "
        "naloga,“ je dodal. Občani se pritožujejo nad gnečo v središču mesta."
    ),
}


@pytest.mark.parametrize("text", [CURLY_ENGLISH, UMLAUT_GERMAN], ids=["en", "de"])
def test_windows_1252_text_is_named_cp1252(text: str) -> None:
    data = text.encode("cp1252")
    assert data.decode("cp1250") == text  # the bytes alone cannot tell the two pages apart
    assert decode_bytes(data) == (text, "cp1252")


@pytest.mark.parametrize("lang", sorted(CENTRAL_EUROPEAN))
def test_central_european_text_in_cp1250_is_decoded_as_cp1250(lang: str) -> None:
    text = CENTRAL_EUROPEAN[lang]
    data = text.encode("cp1250")
    assert data.decode("cp1252") != text  # cp1252 would decode it, wrongly
    assert decode_bytes(data) == (text, "cp1250")


# --- date lines, bylines and credits, page by page ------------------------------------------

CLEANER = Cleaner(PipelineConfig())

BODY = {
    "en": (
        "The city council approved the new budget on Tuesday after a long debate about road "
        "repairs and school funding.\n"
        "Council members said the vote was close, with five in favour and four against the plan "
        "put forward by the mayor.\n"
        "Residents who spoke at the meeting asked for more money for parks and libraries in the "
        "northern districts."
    ),
    "de": (
        "Der Stadtrat hat am Donnerstag nach langer Debatte den neuen Haushalt für das kommende "
        "Jahr beschlossen.\n"
        "Die Opposition kritisierte, dass für den Wohnungsbau und den Nahverkehr zu wenig Geld "
        "vorgesehen sei.\n"
        "Der Bürgermeister kündigte an, die ersten Bauarbeiten würden im Frühjahr beginnen."
    ),
    "fr": (
        "Le conseil municipal a adopté jeudi le budget de la ville pour l'année prochaine après "
        "un long débat.\n"
        "L'opposition a critiqué le manque de moyens consacrés au logement et aux transports en "
        "commun.\n"
        "Le maire a annoncé que les premiers travaux commenceraient au printemps."
    ),
    "es": (
        "El pleno del Ayuntamiento aprobó este jueves el presupuesto municipal para el próximo "
        "año con los votos del equipo de gobierno.\n"
        "La oposición criticó que las partidas para vivienda y transporte público sean "
        "insuficientes para la ciudad.\n"
        "El alcalde anunció que las primeras obras comenzarán en primavera."
    ),
    "uk": (
        "Міська рада в четвер після тривалої дискусії ухвалила бюджет міста на наступний рік.\n"
        "Опозиція розкритикувала недостатнє фінансування житла та громадського транспорту в "
        "місті.\n"
        "Мер заявив, що перші роботи почнуться навесні, коли дозволить погода."
    ),
    "ru": (
        "Городской совет в четверг после долгой дискуссии принял бюджет города на следующий "
        "год.\n"
        "Оппозиция раскритиковала недостаточное финансирование жилья и общественного транспорта "
        "в городе.\n"
        "Мэр заявил, что первые работы начнутся весной, как только позволит погода."
    ),
}
HEADLINE = {
    "en": "City Council Approves New Budget",
    "de": "Stadtrat beschließt neuen Haushalt",
    "fr": "Le conseil municipal adopte le budget",
    "es": "El Ayuntamiento aprueba el nuevo presupuesto",
    "uk": "Міська рада ухвалила новий бюджет",
    "ru": "Городской совет принял новый бюджет",
}


def _page(lang: str, *furniture: str, body: str | None = None) -> CleanDocument:
    """A page: the headline, the furniture lines under it, then the body."""
    text = "\n".join([HEADLINE[lang], *furniture, body if body is not None else BODY[lang]])
    doc = CLEANER(make_doc(text)).doc
    assert doc is not None
    assert doc.title == HEADLINE[lang]
    assert doc.paragraphs == tuple(BODY[lang].split("\n")) if body is None else True
    return doc


def _rules(doc: CleanDocument) -> dict[str, str]:
    return {r.text: r.rule for r in doc.removed}


# (language, furniture lines under the headline, published, authors, {line: rule id})
PAGES = [
    (
        "en",
        ["Posted on April 8, 2026 by Kevin Tran"],
        "2026-04-08",
        ("Kevin Tran",),
        {"Posted on April 8, 2026 by Kevin Tran": "meta.post_date"},
    ),
    (
        "en",
        ["By Maria Delgado, Staff Reporter", "Updated 4:15 PM EDT, April 9, 2026"],
        "2026-04-09",
        ("Maria Delgado",),
        {
            "By Maria Delgado, Staff Reporter": "meta.byline",
            "Updated 4:15 PM EDT, April 9, 2026": "meta.post_date",
        },
    ),
    (
        "en",
        ["By Jane Roe, The Associated Press", "April 10, 2026 at 8:30 a.m. ET"],
        "2026-04-10",
        ("Jane Roe",),
        {
            "By Jane Roe, The Associated Press": "meta.byline",
            "April 10, 2026 at 8:30 a.m. ET": "meta.post_date",
        },
    ),
    (
        "en",
        ["Wednesday, April 8, 2026", "By Sam Lee, Senior Editor, and Ana Ruiz, Contributor"],
        "2026-04-08",
        ("Sam Lee", "Ana Ruiz"),
        {
            "Wednesday, April 8, 2026": "meta.post_date",
            "By Sam Lee, Senior Editor, and Ana Ruiz, Contributor": "meta.byline",
        },
    ),
    (
        "es",
        ["Redacción Diario Sur", "10 de abril de 2026 - 08:30"],
        "2026-04-10",
        (),
        {"Redacción Diario Sur": "meta.byline", "10 de abril de 2026 - 08:30": "meta.post_date"},
    ),
    (
        "es",
        ["Redacción Diario del Sur", "10 de abril de 2026 - 08:30"],
        "2026-04-10",
        (),
        {
            "Redacción Diario del Sur": "meta.byline",
            "10 de abril de 2026 - 08:30": "meta.post_date",
        },
    ),
    (
        "ru",
        ["Редакция газеты Ведомости", "15 марта 2026, 12:40"],
        "2026-03-15",
        (),
        {"Редакция газеты Ведомости": "meta.byline", "15 марта 2026, 12:40": "meta.post_date"},
    ),
    (
        "es",
        ["Publicado el 10 de abril de 2026", "Por Lucía Fernández, corresponsal"],
        "2026-04-10",
        ("Lucía Fernández",),
        {
            "Publicado el 10 de abril de 2026": "meta.post_date",
            "Por Lucía Fernández, corresponsal": "meta.byline",
        },
    ),
    (
        "de",
        ["Veröffentlicht am 10.04.2026, 08:30 Uhr", "Von Anna Schmidt, Redakteurin"],
        "2026-04-10",
        ("Anna Schmidt",),
        {
            "Veröffentlicht am 10.04.2026, 08:30 Uhr": "meta.post_date",
            "Von Anna Schmidt, Redakteurin": "meta.byline",
        },
    ),
    (
        "de",
        ["Von Anna Schmidt und Max Weber, Korrespondent in Kiew", "Donnerstag, 10. April 2026"],
        "2026-04-10",
        ("Anna Schmidt", "Max Weber"),
        {
            "Von Anna Schmidt und Max Weber, Korrespondent in Kiew": "meta.byline",
            "Donnerstag, 10. April 2026": "meta.post_date",
        },
    ),
    (
        "fr",
        ["Publié le 10 avril 2026 à 08h30", "Par Jean Dupont, correspondant"],
        "2026-04-10",
        ("Jean Dupont",),
        {
            "Publié le 10 avril 2026 à 08h30": "meta.post_date",
            "Par Jean Dupont, correspondant": "meta.byline",
        },
    ),
    (
        "uk",
        ["Опубліковано 10 квітня 2026, 08:30", "Автор: Олена Петренко, кореспондент"],
        "2026-04-10",
        ("Олена Петренко",),
        {
            "Опубліковано 10 квітня 2026, 08:30": "meta.post_date",
            "Автор: Олена Петренко, кореспондент": "meta.byline",
        },
    ),
    (
        "ru",
        ["Опубликовано 10 апреля 2026 г.", "Автор: Иван Петров, корреспондент"],
        "2026-04-10",
        ("Иван Петров",),
        {
            "Опубликовано 10 апреля 2026 г.": "meta.post_date",
            "Автор: Иван Петров, корреспондент": "meta.byline",
        },
    ),
    (
        "ru",
        ["10 апреля 2026 года в 08:30 мск"],
        "2026-04-10",
        (),
        {"10 апреля 2026 года в 08:30 мск": "meta.post_date"},
    ),
    (
        "de",
        ["10.04.2026"],
        "2026-04-10",
        (),
        {"10.04.2026": "meta.post_date"},
    ),
    # a relative date is furniture, but no date can be taken from it
    ("en", ["2 hours ago"], None, (), {"2 hours ago": "meta.post_date"}),
    ("de", ["vor 2 Stunden"], None, (), {"vor 2 Stunden": "meta.post_date"}),
    (
        "fr",
        ["Mis à jour il y a 3 heures"],
        None,
        (),
        {"Mis à jour il y a 3 heures": "meta.post_date"},
    ),
    ("uk", ["2 години тому"], None, (), {"2 години тому": "meta.post_date"}),
    # the weekday before the time, and a separator or the newsroom after the date
    (
        "en",
        ["Posted: Fri 6:45 PM, Feb 16, 2018 |"],
        "2018-02-16",
        (),
        {"Posted: Fri 6:45 PM, Feb 16, 2018 |": "meta.post_date"},
    ),
    (
        "en",
        ["November 19, 2019 / 10:07 AM / CBS News"],
        "2019-11-19",
        (),
        {"November 19, 2019 / 10:07 AM / CBS News": "meta.post_date"},
    ),
    # the kind of piece before the "by"
    (
        "de",
        ["25. Oktober 2023", "Eine Kolumne von Nils Pickert"],
        "2023-10-25",
        ("Nils Pickert",),
        {"25. Oktober 2023": "meta.post_date", "Eine Kolumne von Nils Pickert": "meta.byline"},
    ),
    (
        "fr",
        ["Une chronique de Jean Dupont"],
        None,
        ("Jean Dupont",),
        {"Une chronique de Jean Dupont": "meta.byline"},
    ),
    # a byline over several lines: the name alone beside the date or the writer's role, or
    # under a "By" alone
    (
        "en",
        ["Alex Brown", "Political Editor", "April 8, 2026"],
        "2026-04-08",
        ("Alex Brown",),
        {
            "Alex Brown": "meta.byline",
            "Political Editor": "meta.byline",
            "April 8, 2026": "meta.post_date",
        },
    ),
    (
        "en",
        ["By", "David Brand", "and", "Ana Ruiz", "April 8, 2026"],
        "2026-04-08",
        ("David Brand", "Ana Ruiz"),
        {
            "By": "meta.byline",
            "David Brand": "meta.byline",
            "and": "meta.byline",
            "Ana Ruiz": "meta.byline",
            "April 8, 2026": "meta.post_date",
        },
    ),
    (
        "de",
        ["Von", "Claus Boelen-Theile", "19.10.2019, 08:00 Uhr"],
        "2019-10-19",
        ("Claus Boelen-Theile",),
        {
            "Von": "meta.byline",
            "Claus Boelen-Theile": "meta.byline",
            "19.10.2019, 08:00 Uhr": "meta.post_date",
        },
    ),
    (
        "de",
        ["Christoph von Eichhorn", "Aktualisiert: 11.04.2020, 10:20"],
        "2020-04-11",
        ("Christoph von Eichhorn",),
        {
            "Christoph von Eichhorn": "meta.byline",
            "Aktualisiert: 11.04.2020, 10:20": "meta.post_date",
        },
    ),
    (
        "uk",
        ["Олена Коваль", "10 квітня 2026, 09:15"],
        "2026-04-10",
        ("Олена Коваль",),
        {"Олена Коваль": "meta.byline", "10 квітня 2026, 09:15": "meta.post_date"},
    ),
    (
        "en",
        ["Tom Davies Associated Press", "Published 11:34 PM EST Nov 19, 2019"],
        "2019-11-19",
        ("Tom Davies",),
        {
            "Tom Davies Associated Press": "meta.byline",
            "Published 11:34 PM EST Nov 19, 2019": "meta.post_date",
        },
    ),
    (
        "en",
        ["By SARAH JOHNSON Associated Press", "Published 9:41 AM ET, Wed March 11, 2026"],
        "2026-03-11",
        ("SARAH JOHNSON",),
        {
            "By SARAH JOHNSON Associated Press": "meta.byline",
            "Published 9:41 AM ET, Wed March 11, 2026": "meta.post_date",
        },
    ),
    (
        "en",
        ["Match report by Dan Hill", "Saturday 5 December 2026"],
        "2026-12-05",
        ("Dan Hill",),
        {"Match report by Dan Hill": "meta.byline", "Saturday 5 December 2026": "meta.post_date"},
    ),
    (
        "de",
        ["Publiziert: 03.04.2020, 12:35", "Aktualisiert: 11.04.2020, 10:27"],
        "2020-04-03",
        (),
        {
            "Publiziert: 03.04.2020, 12:35": "meta.post_date",
            "Aktualisiert: 11.04.2020, 10:27": "meta.post_date",
        },
    ),
    (
        "es",
        ["Redacción Deportes", "Madrid, 3 de diciembre de 2026 - 12:40"],
        "2026-12-03",
        (),
        {
            "Redacción Deportes": "meta.byline",
            "Madrid, 3 de diciembre de 2026 - 12:40": "meta.post_date",
        },
    ),
    (
        "fr",
        ["Un reportage de Jean Dupont"],
        None,
        ("Jean Dupont",),
        {"Un reportage de Jean Dupont": "meta.byline"},
    ),
    # a newsroom's credit alone: no author, and not a name either
    (
        "en",
        ["Staff Writer", "December 4, 2026"],
        "2026-12-04",
        (),
        {"Staff Writer": "meta.byline", "December 4, 2026": "meta.post_date"},
    ),
    (
        "en",
        ["By our news team"],
        None,
        (),
        {"By our news team": "meta.byline"},
    ),
    # a desk credited as the writer: the paper's or a section's name and a desk word
    (
        "en",
        ["Posted on December 6, 2026 by Herald Sport"],
        "2026-12-06",
        (),
        {"Posted on December 6, 2026 by Herald Sport": "meta.post_date"},
    ),
    (
        "de",
        ["Von Sportredaktion", "06.12.2026, 18:10 Uhr"],
        "2026-12-06",
        (),
        {"Von Sportredaktion": "meta.byline", "06.12.2026, 18:10 Uhr": "meta.post_date"},
    ),
    # a name and the date on one line, without a "By"
    (
        "uk",
        ["Марія Іваненко — 3 грудня 2026, 10:15"],
        "2026-12-03",
        ("Марія Іваненко",),
        {"Марія Іваненко — 3 грудня 2026, 10:15": "meta.post_date"},
    ),
    (
        "de",
        ["Jonas Weber, 12. Dezember 2026"],
        "2026-12-12",
        ("Jonas Weber",),
        {"Jonas Weber, 12. Dezember 2026": "meta.post_date"},
    ),
    (
        "en",
        ["Keith Yates | September 2, 2025"],
        "2025-09-02",
        ("Keith Yates",),
        {"Keith Yates | September 2, 2025": "meta.post_date"},
    ),
    (
        "de",
        ["Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45"],
        "2022-01-27",
        ("Pamela Sladky",),
        {"Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45": "meta.post_date"},
    ),
    (
        "en",
        ["By Tom Hale, Local Democracy Reporter"],
        None,
        ("Tom Hale",),
        {"By Tom Hale, Local Democracy Reporter": "meta.byline"},
    ),
    # the writer under a label, or with the job alone; a date with the reading time; a slashed
    # date under a label of a language that writes the day first
    (
        "en",
        ["Words: Jane Roe", "April 8, 2026 | 2 min read"],
        "2026-04-08",
        ("Jane Roe",),
        {"Words: Jane Roe": "meta.byline", "April 8, 2026 | 2 min read": "meta.post_date"},
    ),
    (
        "en",
        ["Jane Roe, Correspondent"],
        None,
        ("Jane Roe",),
        {"Jane Roe, Correspondent": "meta.byline"},
    ),
    (
        "de",
        ["Text: Anna Keller", "8. April 2026 · 3 Min. Lesezeit"],
        "2026-04-08",
        ("Anna Keller",),
        {"Text: Anna Keller": "meta.byline", "8. April 2026 · 3 Min. Lesezeit": "meta.post_date"},
    ),
    (
        "fr",
        ["Texte : Julie Martin", "Publié le 08/04/2026 à 14h30"],
        "2026-04-08",
        ("Julie Martin",),
        {"Texte : Julie Martin": "meta.byline", "Publié le 08/04/2026 à 14h30": "meta.post_date"},
    ),
    (
        "es",
        ["Texto: Ana Ruiz", "Publicado el 10/04/2026 a las 08:30 CEST"],
        "2026-04-10",
        ("Ana Ruiz",),
        {
            "Texto: Ana Ruiz": "meta.byline",
            "Publicado el 10/04/2026 a las 08:30 CEST": "meta.post_date",
        },
    ),
    (
        "uk",
        ["Текст: Олена Коваль"],
        None,
        ("Олена Коваль",),
        {"Текст: Олена Коваль": "meta.byline"},
    ),
    # a place before the date and its time in brackets; a time with "h" after it; a slashed
    # date after a bare "Le"; an ISO time stamp
    (
        "es",
        ["Madrid, 12 Mar. 2026 (10:45 CET)"],
        "2026-03-12",
        (),
        {"Madrid, 12 Mar. 2026 (10:45 CET)": "meta.post_date"},
    ),
    (
        "es",
        ["Actualizado: 12/03/2026 10:45h"],
        "2026-03-12",
        (),
        {"Actualizado: 12/03/2026 10:45h": "meta.post_date"},
    ),
    (
        "fr",
        ["Le 12/03/2026 à 10h45"],
        "2026-03-12",
        (),
        {"Le 12/03/2026 à 10h45": "meta.post_date"},
    ),
    ("en", ["2026-03-12T10:45:00Z"], "2026-03-12", (), {"2026-03-12T10:45:00Z": "meta.post_date"}),
    # a byline with the place or paper after a bar, or the pictures' credit after it; a
    # byline run into its date's label
    (
        "en",
        ["By Maria Delgado | Special to the Herald"],
        None,
        ("Maria Delgado",),
        {"By Maria Delgado | Special to the Herald": "meta.byline"},
    ),
    (
        "es",
        ["Por Ana Ruiz | Madrid"],
        None,
        ("Ana Ruiz",),
        {"Por Ana Ruiz | Madrid": "meta.byline"},
    ),
    (
        "es",
        ["Texto: Ana Ruiz Fotos: Luis Gómez"],
        None,
        ("Ana Ruiz",),
        {"Texto: Ana Ruiz Fotos: Luis Gómez": "meta.byline"},
    ),
    (
        "fr",
        ["Reportage : Jean Dupont"],
        None,
        ("Jean Dupont",),
        {"Reportage : Jean Dupont": "meta.byline"},
    ),
    (
        "en",
        ["By Maria Delgado Updated 4:15 PM EDT, April 9, 2026"],
        "2026-04-09",
        ("Maria Delgado",),
        {"By Maria Delgado Updated 4:15 PM EDT, April 9, 2026": "meta.post_date"},
    ),
    # a slashed date, day first, with the byline after it or before it; the newsroom's
    # credit beside one; "Le" before a date in words
    *(
        (lang, [line], published, authors, {line: "meta.post_date"})
        for lang, line, published, authors in [
            ("fr", "Publié le 12/05/2026 à 9h15 par Jean Roux", "2026-05-12", ("Jean Roux",)),
            ("de", "Veröffentlicht am 15/07/2014 von Guido Beyss", "2014-07-15", ("Guido Beyss",)),
            ("es", "Publicado el 12/05/2026 por Ana Ruiz", "2026-05-12", ("Ana Ruiz",)),
            ("fr", "Par Claire Martin - 12/05/2026", "2026-05-12", ("Claire Martin",)),
            ("de", "Von Guido Beyss, 15/07/2014, 10:45 Uhr", "2014-07-15", ("Guido Beyss",)),
            ("es", "Por Ana Ruiz | 12/05/2026 08:30", "2026-05-12", ("Ana Ruiz",)),
            ("es", "Redacción | 12/05/2026", "2026-05-12", ()),
            ("fr", "Rédaction - 12/05/2026 à 09h15", "2026-05-12", ()),
            ("fr", "Le 12 mai 2026 à 09h15", "2026-05-12", ()),
            ("es", "El 12 de mayo de 2026, 08:30", "2026-05-12", ()),
            (
                "de",
                "Von Moritz Bachmann publiziert am 30. Juli 2018",
                "2018-07-30",
                ("Moritz Bachmann",),
            ),
            ("fr", "Par Claire Martin publié le 12 mai 2026", "2026-05-12", ("Claire Martin",)),
            (
                "fr",
                "Publié le 12/05/2026 à 09:15 - Mis à jour le 13/05/2026 à 10:30",
                "2026-05-12",
                (),
            ),
        ]
    ),
    # the writer and the agency the piece is from
    *(
        (lang, [line], None, authors, {line: "meta.byline"})
        for lang, line, authors in [
            ("fr", "Jean Roux, avec AFP", ("Jean Roux",)),
            ("en", "John Smith with Reuters", ("John Smith",)),
            ("es", "Ana Ruiz, con EFE", ("Ana Ruiz",)),
        ]
    ),
]


@pytest.mark.parametrize(
    ("lang", "furniture", "published", "authors", "rules"),
    PAGES,
    ids=[f"{p[0]}:{p[1][0][:28]}" for p in PAGES],
)
def test_date_and_byline_lines_go_to_metadata(
    lang: str, furniture: list[str], published: str | None, authors: tuple[str, ...], rules: dict
) -> None:
    doc = _page(lang, *furniture)
    assert _rules(doc) == rules
    assert doc.published == published
    assert doc.authors == authors


def test_a_name_kept_between_the_standfirst_and_the_lead_beside_the_date_is_the_byline() -> None:
    """Headline, standfirst, the writer's name, the date, then the lead: the name sat between
    two paragraphs, so the layout pass kept it; beside the date line, it is the byline."""
    standfirst = "Riverton's transit authority says costs leave it no choice. Riders disagree."
    doc = _page("en", standfirst, "Anna Field", "5 December 2026")
    assert doc.authors == ("Anna Field",)
    assert doc.published == "2026-12-05"
    assert "Anna Field" not in doc.paragraphs


def test_a_date_line_under_an_unfinished_standfirst_is_the_post_date() -> None:
    """A whole page: the menu, the headline, a standfirst without its full stop, the writer's
    name and a date line the rules leave to the classifier. Between the standfirst and the
    lead, the layout kept both as body; under the headline, they are the byline and the post
    date."""
    headline_ = "La Bienal de Flamenco de Sevilla bate récord de público"
    standfirst = (
        "La organización cifra en 95.000 los espectadores de esta edición, un 12% más que en 2024"
    )
    body = [
        "La Bienal de Flamenco de Sevilla ha cerrado su edición número 24 con un récord de"
        " 95.000 espectadores, según ha informado este jueves la organización.",
        "El festival ha programado 70 espectáculos en 25 espacios de la ciudad durante cuatro"
        " semanas.",
        "El director del certamen ha destacado el aumento del público extranjero, que ya supone"
        " un tercio del total.",
    ]
    menu = ["Diario del Sur", "Suscríbete", "Andalucía", "Sevilla", "Cultura"]
    page = [*menu, headline_, standfirst, "Ana Ruiz", "Sevilla, 4 Dic. 2026 - 10:30 CET", *body]
    doc = CLEANER(make_doc("\n".join([*page, "Archivado en:", "Flamenco"]))).doc
    assert doc is not None
    assert doc.title == headline_
    assert doc.published == "2026-12-04"
    assert doc.authors == ("Ana Ruiz",)
    assert doc.paragraphs == (standfirst, *body)


def test_a_date_line_under_a_standfirst_and_a_byline_is_the_post_date() -> None:
    """A whole page whose standfirst is a finished sentence, then the byline and a date line
    with a short weekday: the standfirst stays, the date line goes to ``published``."""
    headline_ = "Neue Radwege: Stadt investiert 12 Millionen Euro"
    standfirst = (
        "Bis 2028 sollen in Riverstadt 40 Kilometer neue Radwege entstehen. Der Stadtrat hat"
        " den Plan am Dienstag beschlossen."
    )
    menu = ["Riverstädter Zeitung", "Abo", "Anmelden", "Lokales", "Riverstadt"]
    page = [*menu, headline_, standfirst, "Von Anna Keller", "Di, 04.12.2026, 18:20 Uhr"]
    doc = CLEANER(make_doc("\n".join([*page, BODY["de"], "Mehr zum Thema"]))).doc
    assert doc is not None
    assert doc.published == "2026-12-04"
    assert doc.authors == ("Anna Keller",)
    assert doc.paragraphs == (standfirst, *BODY["de"].split("\n"))


def test_a_name_kept_in_the_body_away_from_the_date_stays_body() -> None:
    """A short line that is a name, between two body paragraphs with no date beside it (an
    interview's speaker, a list of names): body, and no author."""
    first, *rest = BODY["en"].split("\n")
    doc = _page("en", "5 December 2026", body="\n".join([first, "Anna Field", *rest]))
    assert doc.authors == ()
    assert "Anna Field" in doc.paragraphs


@pytest.mark.parametrize("updated_first", [True, False])
def test_a_revision_date_does_not_win_over_the_publication_date(updated_first: bool) -> None:
    lines = ["Updated 4:15 PM EDT, April 9, 2026", "Published April 8, 2026"]
    doc = _page("en", *(lines if updated_first else lines[::-1]))
    assert doc.published == "2026-04-08"
    assert set(_rules(doc).values()) == {"meta.post_date"}


@pytest.mark.parametrize(
    "label",
    [
        "City Budget",  # the page writes "budget" in lower case: a label, not a name
        "Tweet This",  # a share button
        "Local News",
    ],
)
def test_a_label_beside_the_date_is_not_an_author(label: str) -> None:
    body = BODY["en"] + "\nMore local news on the budget will follow this week."
    doc = _page("en", label, "April 8, 2026", body=body)
    assert doc.published == "2026-04-08"
    assert doc.authors == ()


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("City Budget — April 8, 2026", "2026-04-08"),  # the page writes "budget" in lower case
        ("Blackswan Thursday, May 30, 2019", "2019-05-30"),  # a blog's name, the weekday, the date
    ],
)
def test_a_label_and_the_date_on_one_line_give_the_date_only(line: str, published: str) -> None:
    body = BODY["en"] + "\nMore on the budget will follow this week."
    doc = _page("en", line, body=body)
    assert doc.published == published
    assert doc.authors == ()
    assert _rules(doc) == {line: "meta.post_date"}


def test_a_revision_date_alone_is_the_date_there_is() -> None:
    doc = _page("de", "Aktualisiert am 11.04.2026, 09:15 Uhr", "Von Anna Schmidt")
    assert doc.published == "2026-04-11"
    assert doc.authors == ("Anna Schmidt",)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Veröffentlicht am 10.04.2026, 08:30 Uhr"),
        ("fr", "Publié le 10 avril 2026 à 08h30"),
        ("es", "Publicado el 10 de abril de 2026"),
        ("uk", "Опубліковано 10 квітня 2026, 08:30"),
        ("ru", "Опубликовано 10 апреля 2026 г."),
        ("en", "Posted on April 8, 2026 by Kevin Tran"),
    ],
)
def test_a_labelled_date_line_between_paragraphs_is_removed(lang: str, line: str) -> None:
    first, *rest = BODY[lang].split("\n")
    doc = _page(lang, body="\n".join([first, line, *rest]))
    assert doc.paragraphs == tuple(BODY[lang].split("\n"))
    assert _rules(doc) == {line: "meta.post_date"}
    assert doc.published is not None


# --- picture credits and "continues below" markers --------------------------------------------

CREDITS = [
    "Getty Images",
    "AP Photo",
    "Reuters",
    "AFP via Getty Images",
    "AP Photo/Jane Roe",
    "Al Goldis, Associated Press",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_alone_on_its_line_is_a_picture_credit(credit: str) -> None:
    first, *rest = BODY["en"].split("\n")
    doc = _page("en", body="\n".join([first, credit, *rest]))
    assert doc.paragraphs == tuple(BODY["en"].split("\n"))
    assert _rules(doc) == {credit: "caption.credit"}
    assert [(i.caption, i.credit) for i in doc.images] == [("", credit)]


def test_a_photo_credit_with_its_label_keeps_the_name() -> None:
    first, *rest = BODY["de"].split("\n")
    doc = _page("de", body="\n".join([first, "Foto: Max Mustermann", *rest]))
    assert _rules(doc) == {"Foto: Max Mustermann": "caption.credit"}
    assert [(i.caption, i.credit) for i in doc.images] == [("", "Max Mustermann")]


@pytest.mark.parametrize(
    ("lang", "marker"),
    [
        ("en", "— Story continues below —"),
        ("en", "Story continues below advertisement"),
        ("en", "Article continues below"),
        ("en", "Article continues after advertisement"),
        ("de", "Weiterlesen nach der Anzeige"),
        ("fr", "La suite après cette publicité"),
        ("es", "La noticia continúa después de la publicidad"),
        ("uk", "Продовження після реклами"),
        ("ru", "Продолжение после рекламы"),
    ],
)
def test_a_continued_below_marker_is_an_ad_label(lang: str, marker: str) -> None:
    first, *rest = BODY[lang].split("\n")
    doc = _page(lang, body="\n".join([first, marker, *rest]))
    assert doc.paragraphs == tuple(BODY[lang].split("\n"))
    assert _rules(doc) == {marker: "ad.label"}


# --- prose that mentions a date, a name or an agency is body -----------------------------------

PROSE = [
    ("en", "The vote on April 8, 2026 was close, and the mayor said so on the radio."),
    ("en", "By the end of April 8, 2026, the council had approved the plan."),
    ("en", "Posted on April 8, 2026 by Kevin Tran, the note asked residents to stay calm."),
    ("en", "Reuters reported that the vote was close."),
    ("en", "Getty Images said it would appeal the ruling."),
    ("en", "2 hours ago, the police arrived at the scene and closed the road."),
    ("en", "Updated figures published on April 9, 2026 show a small rise."),
    ("en", "By Maria Delgado's count, five members voted in favour."),
    ("de", "Am 10.04.2026 beschloss der Stadtrat den neuen Haushalt."),
    ("de", "Veröffentlicht wurde der Bericht am 10. April 2026 von der Stadt."),
    ("de", "Von Menschen und Mäusen"),
    ("fr", "Le 10 avril 2026, le conseil a voté le budget de la ville."),
    ("fr", "Publié le 10 avril 2026, le rapport a surpris les élus."),
    ("es", "El 10 de abril de 2026 el pleno aprobó el presupuesto."),
    ("es", "Hace 2 horas que el alcalde habló con los vecinos del barrio."),
    ("uk", "10 квітня 2026 року рада ухвалила бюджет міста."),
    ("ru", "10 апреля 2026 года совет утвердил бюджет города."),
    ("ru", "2 часа назад мэр встретился с жителями района."),
    ("en", "Written by Jane Roe in 1998, the song became a hit."),
    ("en", "Jane Roe, correspondent for the paper in Kyiv, was hurt on Monday."),
    ("en", "On 04/08/2026 the council met again."),
    ("fr", "Publié le 08/04/2026, le rapport a surpris les élus."),
    ("de", "Text: Die Stadt plant einen neuen Radweg."),
    ("en", "By Friday | Madrid and Paris will have voted on the plan."),
    ("fr", "Reportage : la ville prépare un nouveau plan de circulation."),
    ("fr", "Le 12/03/2026 à 10h45, le conseil a voté le budget."),
    ("es", "El 12/03/2026 el pleno aprobó el presupuesto de la ciudad."),
    ("fr", "Par Claire Martin - 12/05/2026, le conseil a voté."),
    ("fr", "Le 12 mai 2026 à 09h15, le conseil a voté le budget."),
    ("es", "Redacción | 12/05/2026: el pleno aprobó el presupuesto."),
    ("de", "Von Guido Beyss, 15/07/2014 veröffentlicht, stammt der Text."),
    ("en", "Jane Roe, with Reuters reporters, visited the camp."),
]


@pytest.mark.parametrize(("lang", "line"), PROSE, ids=[p[1][:30] for p in PROSE])
def test_no_metadata_rule_matches_prose(lang: str, line: str) -> None:
    words = len(line.split())
    assert [r.id for r in (*CLEANER.rules, *DATE_STAMPS) if r.match(line, words)] == []


@pytest.mark.parametrize(("lang", "line"), [p for p in PROSE if p[1].endswith(".")])
def test_prose_with_a_date_stays_in_the_body(lang: str, line: str) -> None:
    first, *rest = BODY[lang].split("\n")
    doc = _page(lang, body="\n".join([first, line, *rest]))
    assert line in doc.paragraphs
    assert doc.published is None and doc.authors == ()


# --- the helpers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10. April 2026", "2026-04-10"),
        ("1er avril 2026", "2026-04-01"),
        ("10 avr. 2026", "2026-04-10"),
        ("10 de abril de 2026", "2026-04-10"),
        ("10 квітня 2026 р.", "2026-04-10"),
        ("10 апреля 2026 года", "2026-04-10"),
        ("3 березня 2026", "2026-03-03"),
        ("3 марта 2026", "2026-03-03"),
        ("10 mars 2026", "2026-03-10"),
        ("10. März 2026", "2026-03-10"),
        ("10.04.2026", "2026-04-10"),
        ("1.4.2026", "2026-04-01"),
        ("31.04.2026", None),
        ("10.13.2026", None),
        ("14/03/2026", None),
    ],
)
def test_parse_date_in_the_rules_languages(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Maria Delgado, Staff Reporter", ["Maria Delgado"]),
        ("Jane Roe, The Associated Press", ["Jane Roe"]),
        ("Jane Roe, Associated Press", ["Jane Roe"]),
        ("Sam Lee, Senior Editor", ["Sam Lee"]),
        ("Ana Ruiz, Contributor", ["Ana Ruiz"]),
        ("Ana Ruiz, Staff Writer", ["Ana Ruiz"]),
        ("Anna Schmidt, Redakteurin", ["Anna Schmidt"]),
        ("Anna Schmidt und Max Weber, NDR", ["Anna Schmidt", "Max Weber"]),
        ("Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
        ("Lucía Fernández y Pedro Gómez, corresponsal", ["Lucía Fernández", "Pedro Gómez"]),
        ("Олена Петренко та Іван Коваль", ["Олена Петренко", "Іван Коваль"]),
        ("Иван Петров, корреспондент", ["Иван Петров"]),
        ("Tom Hale, Local Democracy Reporter", ["Tom Hale"]),
        ("Tom Hale and Ana Roe, Middle East Correspondents", ["Tom Hale", "Ana Roe"]),
        ("Tom Writer", ["Tom Writer"]),  # a name, not a desk: the title comes after a name
        ("Staff", []),
        ("BBC News", []),
        ("Reuters Staff and Anna Lee", ["Anna Lee"]),
        ("Anna Newsome", ["Anna Newsome"]),  # a desk word is a whole word
    ],
)
def test_split_names_drops_roles_and_agencies(names: str, expected: list[str]) -> None:
    assert split_names(names) == expected

"""The speed-ups of the rules and the line classifier never change what they match."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cleaners.lineshape import words_in
from cleaners.rules import BUILTIN_RULES, Rule
from tests.cleaners.test_furniture_phrases import PHRASES, SENTENCES
from tests.cleaners.test_multilingual import (
    FURNITURE,
    FURNITURE_BY_CATEGORY,
    PROSE_LOOKALIKES,
)

GOLDEN = Path(__file__).resolve().parent.parent / "golden"

CAPTIONS = [
    "The minister at the summit in Brussels. Photo: Jane Doe / Reuters",
    "Protesters gather outside parliament (AP Photo/John Smith)",
    "Firefighters at the scene | Getty Images",
    "Smoke over the city. REUTERS/Alina Smutko",
    "Фото: Олена Петренко",
    "Bild: Max Mustermann",
    "Credit… Erin Schaff/The New York Times",
    "Image copyright Getty Images Image caption The bridge was closed",
    "Students in the library (Anna Kowalska / Daily Planet)",
    "The old harbour at dawn. EPA-EFE/MARTIN DIVISEK",
    "Smoke rises over the port. EPA",
    "Delegates leave the hall | UPI",
    "The bridge after the storm, via EPA",
    "The department prepared a separate report on the occupied buildings.",
    "Friday's vote was postponed until Monday, the speaker said today.",
    "Crowds in the square. Photograph by Tom Lee",
    "A view of the valley via Shutterstock",
    "The council met on 3/4 of the days in May.",
    "He said the photo was taken in 2019, and nobody disputed it.",
    "Prices rose 4.5% in March, the statistics office said.",
    "Rescue workers search the rubble of a collapsed building in Antakya, southern Turkey, "
    "Tuesday, February 7, 2023.",
    "Voters queue outside a polling station in Lagos, Nigeria, Saturday, March 18, 2023.",
    "Police officers stand guard in this Monday, June 5, 2023, file photo of the old harbour.",
    "The mayor said on Tuesday, February 7, 2023, that the budget would be cut by a tenth.",
    "Die neue Präsidentin Jane Roe (2. von rechts) mit dem Vorstand.",
    "The team at the launch (from left): Jane Roe, John Doe and Ann Poe.",
    "Voters heard Sen. Jane Roe (R) speak in the town hall on Tuesday.",
    "Politik / Wirtschaft / Kultur / Sport",
    "News / Reviews / Features / Podcasts / Video",
]


# Lines of the rules given prefilters for the rule dispatch (cleaners/rules/dispatch.py), and
# near misses
PREFILTERED = [
    *("Jane Roe, Associated Press", "John Smith / Getty Images", "Anna Kowalska | Reuters"),
    *("Al Goldis, AP", "Posted on March 14, 2026", "Published: 14 March 2026 at 10:30"),
    *("2026-03-14", "Updated April 9, 2026", "Veröffentlicht am 10.04.2026, 08:30 Uhr"),
    *("Publié le 10 avril 2026 à 08h30", "Опубліковано 10 квітня 2026", "Fecha: 3 de mayo de 2025"),
    *("By Jane Doe | March 14, 2026", "Par Jean Dupont, le 10 avril 2026"),
    *("Von Max Mustermann, 10. April 2026", "Posted on April 8, 2026 by Kevin Tran"),
    *("April 8, 2026 by Kevin Tran", "10.04.2026 von Max Mustermann", "Aktualisiert vor 2 Stunden"),
    *("Publié il y a 3 heures", "Publicado hace 2 días", "Оновлено 2 години тому"),
    *("Jane Roe contributed reporting.", "Ann Poe contributed to this report."),
    "John Smith and Ann Poe contributed reporting from Kyiv.",
    *(
        "Reporting by Jane Roe; Editing by John Smith",
        "(Additional reporting by Ann Poe in Berlin)",
    ),
    *("Writing by Tom Lee", "Jane Roe is a staff writer at the Daily Planet."),
    "John Smith was a correspondent for the paper in Moscow for ten years.",
    *("Ann Poe is the paper's health reporter.", "By Jane Roe", "Von Max Mustermann"),
    *("Par Jean Dupont", "By Jane Roe, Staff Reporter", "Автор: Олена Петренко", "Redaktion"),
    *("By Staff", "Redacción Diario Sur", "La rédaction", "Редакція", "Follow @dailyplanet"),
    *("Follow us: @planetnews on X", "Follow Jane on Twitter @janeroe", "In Pictures: the storm"),
    *("Photos: the flood in pictures", "Gallery", "Scenes from the parade"),
    *("Jane Roe, staff writer, contributed", "The minister was a reporter once."),
    *("By Jane Roe - April 9, 2026", "Por Ana Ruiz | 3 de mayo de 2025"),
    *("Eine Kolumne von Nils Pickert", "Analysis by Jane Roe", "Une chronique de Jean Dupont"),
    *("Tweet This", "Email this article", "Print this page"),
    *("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", "Story by Jane Roe, April 9, 2026"),
    "Eine Kolumne von Nils Pickert am 3. Mai 2025",
    *("Match report by Dan Hill", "Ein Bericht von Anna Schmidt", "Words by Jane Roe"),
]


def _lines() -> list[str]:
    lines = list(CAPTIONS) + list(PROSE_LOOKALIKES) + PREFILTERED
    lines += [line for _, line, _ in FURNITURE + FURNITURE_BY_CATEGORY]
    lines += [line for line, _ in PHRASES] + SENTENCES
    for path in sorted(GOLDEN.glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


@pytest.mark.parametrize(
    "rule", [r for r in BUILTIN_RULES if r.hints or r.starts or r.needs], ids=lambda r: r.id
)
def test_hints_never_change_a_match(rule: Rule) -> None:
    plain = dataclasses.replace(rule, hints=(), starts=(), needs=None)
    lines = _lines()
    matched = 0
    for line in lines:
        words = words_in(line)
        with_hints, without = rule.match(line, words), plain.match(line, words)
        assert bool(with_hints) == bool(without), line
        matched += bool(without)
    assert matched >= 3  # the lines do exercise the rule


def test_hints_are_lower_case() -> None:
    for rule in BUILTIN_RULES:
        assert all(h == h.lower() for h in rule.hints + rule.starts), rule.id
        assert all(len(s) <= 20 for s in rule.starts), rule.id


LAYOUT_LINES = [
    "Read more at https://example.com/news/2026/story.html",
    "Visit www.example.org for details",
    "example.net/path",
    "Contact: editor@example.co.uk",
    "Send tips to news.desk+tips@daily-planet.com",
    "© 2026 Example Media. All rights reserved.",
    "Copyright 2026 The Daily Planet",
    "(C) 2025 News Group",
    "Sign up for our newsletter",
    "Subscribe to get the latest stories in your inbox",
    "We use cookies to improve your experience. Privacy Policy",
    "Log in or sign in to comment",
    "Enter your e-mail address",
    "Please disable your ad blocker",
    "Click here to donate",
    "Turn on notifications",
    "Sign up today",
    "Check your inbox",
    "Update your browser to continue",
    "JavaScript is required",
    "Get the app on the App Store or Google Play",
    "Follow us on Facebook and Twitter for more",
    "Watch our YouTube channel and listen to the podcast",
    "The council voted on Tuesday to close the bridge for repairs.",
    "She wrote on Telegram that the talks had failed.",
]


@pytest.mark.parametrize("index", range(5))
def test_layout_prefilters_never_change_a_match(index: int) -> None:
    from cleaners.line_evidence import PREFILTERS

    pattern, hints, lower = PREFILTERS[index]
    lines = LAYOUT_LINES + _lines()
    matched = 0
    for line in lines:
        found = bool(pattern.search(line))
        if found:
            text = line.lower() if lower else line
            assert any(h in text for h in hints), line
        matched += found
    assert matched >= 2  # the lines do exercise the pattern

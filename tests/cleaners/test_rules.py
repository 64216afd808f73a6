"""The rule library's speed-ups never change what a rule matches."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cleaners.boilerplate import words_in
from cleaners.rules import BUILTIN_RULES, Rule
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
    "Crowds in the square. Photograph by Tom Lee",
    "A view of the valley via Shutterstock",
    "The council met on 3/4 of the days in May.",
    "He said the photo was taken in 2019, and nobody disputed it.",
    "Prices rose 4.5% in March, the statistics office said.",
]


def _lines() -> list[str]:
    lines = list(CAPTIONS) + list(PROSE_LOOKALIKES)
    lines += [line for _, line, _ in FURNITURE + FURNITURE_BY_CATEGORY]
    for path in sorted(GOLDEN.glob("*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


@pytest.mark.parametrize(
    "rule", [r for r in BUILTIN_RULES if r.hints or r.starts], ids=lambda r: r.id
)
def test_hints_never_change_a_match(rule: Rule) -> None:
    plain = dataclasses.replace(rule, hints=(), starts=())
    lines = _lines()
    matched = 0
    for line in lines:
        words = words_in(line)
        with_hints, without = rule.match(line, words), plain.match(line, words)
        assert bool(with_hints) == bool(without), line
        matched += bool(without)
    assert matched >= 10  # the lines do exercise the rule


def test_hints_are_lower_case() -> None:
    for rule in BUILTIN_RULES:
        assert all(h == h.lower() for h in rule.hints + rule.starts), rule.id
        assert all(len(s) <= 20 for s in rule.starts), rule.id

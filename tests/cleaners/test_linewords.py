"""The shared per-line readings: topic words read off the keys agree with tokenising."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from cleaners import linewords
from tests.helpers import news_text


def _topic_words_by_tokens(text: str) -> set[str]:
    return {w for w in (x.casefold() for x in linewords.WORD.findall(text)) if len(w) >= 4}


def test_case_folding_a_lower_cased_character_is_case_folding_it() -> None:
    odd = [
        chr(cp)
        for cp in range(sys.maxunicode + 1)
        if chr(cp).lower().casefold() != chr(cp).casefold()
    ]
    assert odd == []


@given(st.lists(news_text("İΣσςΟΔßKſ_\u0307Straße", max_size=60), max_size=5))
def test_topic_words_of_lines_as_tokenised_one_by_one(texts: list[str]) -> None:
    expected: set[str] = set()
    for text in texts:
        expected |= _topic_words_by_tokens(text)
    assert linewords.topic_words(*texts) == expected


def test_topic_words_on_news_lines() -> None:
    lines = [
        "ΟΔΟΣ ΣΤΑΘΜΟΣ: the mayor’s “plan” — in 2026…",
        "İstanbul’s Straße and the ﬁnal bridge",
        "Київ: нова лінія метро відкриється восени",
    ]
    for line in lines:
        assert linewords.topic_words(line) == _topic_words_by_tokens(line)
    assert "straße".casefold() in linewords.topic_words(*lines)

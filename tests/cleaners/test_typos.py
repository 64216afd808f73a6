"""The second look at pairs just below the near-duplicate bars: one-letter typos forgiven."""

from __future__ import annotations

import pytest

from cleaners.config import DedupConfig
from cleaners.dedup import normalize_for_dedup, shingle_hashes
from cleaners.pairs import similarity
from cleaners.typos import (
    MAX_SHARE,
    fixable,
    misspelt,
    one_edit,
    respelt,
    similarity_respelt,
    words_of,
)

CFG = DedupConfig()
STORY = (
    "The city council approved the new harbour budget on Tuesday after a long debate about "
    "the ferry terminal. Residents had asked for more parking near the market, and the mayor "
    "promised a public meeting before any construction starts next spring. Opposition members "
    "said the plan ignores the cost of repairing the old bridge, which engineers inspected in "
    "October."
)
# four typos of the kinds copy editors miss: a letter dropped, two swapped, one changed
COPY = (
    STORY.replace("approved", "aproved")
    .replace("terminal", "temrinal")
    .replace("promised", "promissed")
    .replace("engineers", "enginers")
)


def look(a: str, b: str) -> tuple[float, float] | None:
    return similarity_respelt(a, b, CFG)


def test_one_edit_counts_drops_additions_changes_and_swaps() -> None:
    assert one_edit("aproved", "approved") and one_edit("approved", "aproved")
    assert one_edit("temrinal", "terminal") and one_edit("bridge", "bridgr")
    assert not one_edit("bridge", "bridge")
    assert not one_edit("terminal", "tremnial")  # two letters changed
    assert not one_edit("market", "markets s")  # two added


@pytest.mark.parametrize(
    ("a", "b", "forgiven"),
    [
        ("enginers", "engineers", True),
        ("2025", "2026", False),  # a different figure is a different story
        ("3rd", "4rd", False),
        ("budget", "gudget", False),  # the first letter is never the typo
        ("cat", "cut", False),  # short words differ on purpose
        ("meeting", "meetings", True),
    ],
)
def test_misspelt(a: str, b: str, forgiven: bool) -> None:
    assert misspelt(a, b) is forgiven


def test_respelt_replaces_only_aligned_misspellings() -> None:
    small = normalize_for_dedup(COPY)
    large = normalize_for_dedup(STORY)
    fixed, count = respelt(small, large)
    assert count == 4 and fixed == large


def test_a_short_copy_with_typos_passes_once_they_are_forgiven() -> None:
    cfg = DedupConfig()
    plain = similarity(
        shingle_hashes(normalize_for_dedup(COPY), 5), shingle_hashes(normalize_for_dedup(STORY), 5)
    )
    assert plain[1] < cfg.containment and plain[0] < cfg.jaccard  # the bars alone miss it
    again = look(COPY, STORY)
    assert again == (1.0, 1.0)


def test_other_figures_are_not_forgiven() -> None:
    other = STORY.replace("Tuesday", "Thursday").replace("October", "November")
    other = other.replace("approved", "aproved")
    figures = other.replace("the new", "the 2026").replace("the old", "the 1931")
    a = look(figures, STORY.replace("the new", "the 2025"))
    assert a is not None and a[1] < 1.0  # the typo is forgiven, the years are not


def test_too_many_corrections_are_no_copy() -> None:
    words = STORY.split()
    damaged = [w[0] + w[2:] if len(w) > 5 and w.isalpha() else w for w in words]
    share = sum(a != b for a, b in zip(words, damaged, strict=True)) / len(words)
    assert share > MAX_SHARE
    assert look(" ".join(damaged), STORY) is None


def test_nothing_to_forgive_gives_none() -> None:
    assert look(STORY, STORY + " More text follows here.") is None


def test_stories_of_one_template_are_not_aligned() -> None:
    """Stories that differ in their figures and places have no word one letter away from a
    word of the other: the second look stops before aligning them."""
    text = "Forecasters expect a high of {0} degrees in {1} today, with winds of {2} km/h. " * 2
    one, two = text.format(12, "Leeds", 30), text.format(14, "York", 45)
    assert look(one, two) is None
    assert look(one, two.replace("Forecasters", "Forecsters")) is not None


def test_fixable_counts_the_words_a_typo_could_explain() -> None:
    assert fixable(words_of(COPY), words_of(STORY)) == 8  # each typo, and the word it stands for
    assert fixable(words_of(STORY), words_of(STORY)) == 0
    assert fixable(words_of("rain in Leeds on Monday"), words_of("rain in York on Monday")) == 0


def test_a_clause_of_a_script_without_spaces_is_not_a_word() -> None:
    """In Chinese or Thai a token runs to the next punctuation: one character more or less is
    another clause, not a typo."""
    one = "蔡健雅演唱现代都市冷漠病，现场观众很多。她说她很高兴，明年还会再来。"
    two = "蔡健雅演唱现代都市冷漠漠病，现场观众很多。她说她很高兴，明年还会再来。"
    assert fixable(words_of(one), words_of(two)) == 0
    assert look(one, two) is None

"""A second look at two texts just below the near-duplicate bars: typos forgiven.

One misspelt word changes every word shingle that holds it (five of them), so a short copy
with a few typos falls below the containment bar that its untouched text would pass: 4 typos
in a 40-word copy leave about half of its shingles. Such pairs are looked at again word by
word: the two texts' words are aligned, and a word of the shorter text that differs from the
word in the same place of the longer by one letter (dropped, added, changed or two swapped),
with the same first letter and no digit, is taken as that word. The shingles are then made
again and the usual bars decide.

What is never forgiven: a different number ("3 injured" and "5 injured" stay apart, as do
templated stories that differ in figures), a word that differs by more than one letter or in
its first letter, a short word (two stories differ in "a" and "an" on purpose), a token of a
script written without spaces (Chinese, Japanese, Thai: a clause, not a word), and more than
one corrected word in ``MAX_SHARE`` of the shorter text's words: two unrelated texts that
share a quoted paragraph stay as far apart as they were.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from cleaners.config import DedupConfig
from cleaners.dedup import normalize_for_dedup, shingle_hashes
from cleaners.pairs import similarity

# Pairs below this containment are not looked at again: each typo takes up to five
# shingles, and a copy with more than a fifth of its words misspelt is forgiven nothing.
FLOOR = 0.3
MAX_SHARE = 0.2
MIN_LENGTH = 4  # of the longer of the two words
# Nor are pairs where a text has more shingles than this: aligning the words costs about
# 55 ms for 2,000 words against 20,000, and a copy that long falls below the bars by typos
# alone only with one misspelt word in every 25.
LONGEST = 20_000


def one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by exactly one letter dropped, added, changed or two swapped.

    >>> one_edit("goverment", "government"), one_edit("recieve", "receive")
    (True, True)
    >>> one_edit("form", "from"), one_edit("form", "farm"), one_edit("form", "forum")
    (True, True, True)
    >>> one_edit("storm", "stroms"), one_edit("same", "same")
    (False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
# a token of theirs is a clause, and one character more or less in it is another clause
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"
)


def _word(w: str) -> bool:
    """A word whose typo may be forgiven: letters only, long enough, of a spaced script."""
    return len(w) >= MIN_LENGTH - 1 and w.isalpha() and not _UNSPACED.search(w)


def misspelt(a: str, b: str) -> bool:
    """Whether word a could be word b with one typo (see the module's docstring).

    >>> misspelt("minsiter", "minister"), misspelt("2024", "2025"), misspelt("cat", "bat")
    (True, False, False)
    >>> misspelt("bill", "will"), misspelt("elections", "election")
    (False, True)
    >>> misspelt("现代都市冷漠病", "现代都市冷漠漠病")  # a clause, not a word
    False
    """
    return (
        a[:1] == b[:1]
        and max(len(a), len(b)) >= MIN_LENGTH
        and _word(a)
        and _word(b)
        and one_edit(a, b)
    )


def respelt(small: list[str], large: list[str]) -> tuple[list[str], int]:
    """``small`` with each word that is a misspelling of the word aligned with it in
    ``large`` replaced by that word, and how many were replaced.

    >>> respelt("the goverment said on monday".split(), "the government said monday".split())
    (['the', 'government', 'said', 'on', 'monday'], 1)
    """
    out = list(small)
    fixed = 0
    matcher = SequenceMatcher(None, small, large, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace" or i2 - i1 != j2 - j1:
            continue
        for k in range(i2 - i1):
            if misspelt(small[i1 + k], large[j1 + k]):
                out[i1 + k] = large[j1 + k]
                fixed += 1
    return out, fixed


@dataclass(frozen=True, slots=True)
class Words:
    """What the second look needs of one body before it aligns anything, made once per body
    (a body meets many pairs): the words of letters that could be forgiven, with how often
    each occurs, and the same by first letter and length. About 45 KiB for 700 words: the
    body's words in order are read again for the alignment, when it happens."""

    letters: Counter[str]
    by_shape: dict[tuple[str, int], list[str]]  # the words of letters by first letter and length


def words_of(text: str) -> Words:
    tokens = normalize_for_dedup(text)
    letters = Counter(filter(_word, tokens))
    by_shape: dict[tuple[str, int], list[str]] = {}
    for w in letters:
        by_shape.setdefault((w[0], len(w)), []).append(w)
    return Words(letters, by_shape)


def fixable(a: Words, b: Words) -> int:
    """At most how many words the second look could forgive between two bodies (see
    ``similarity_respelt``): 0 says it would forgive nothing, without aligning them."""
    return _fixable(a, b) + _fixable(b, a)


def _fixable(these: Words, other: Words) -> int:
    """How many of ``these`` words could be a typo of a word of ``other``, or the word a typo
    of ``other`` stands for: words of letters that ``other`` never has, one letter away from a
    word it has."""
    odd = these.letters.keys() - other.letters.keys()  # (a word of letters: not in other)
    if not odd:
        return 0
    count = 0
    shapes = other.by_shape
    for w in odd:
        first, n = w[0], len(w)
        for size in (n - 1, n, n + 1):
            if any(misspelt(w, y) for y in shapes.get((first, size), ())):
                count += these.letters[w]
                break
    return count


def similarity_respelt(
    a: str, b: str, cfg: DedupConfig, most: int | None = None
) -> tuple[float, float] | None:
    """(Jaccard, containment) of two bodies' word shingles once the shorter's typos are
    forgiven; None when nothing was forgiven or too much would have to be. ``most``: their
    ``fixable`` count, when the caller has it.

    The words are aligned only when the pair could reach a bar: each forgiven word gives back
    at most ``cfg.shingle`` shingles, and of a misspelt word and the word it stands for, one
    is missing from the other text (a typo that makes another word the other text has, "form"
    for "from", is not counted). So the words either text lacks that are one letter away from
    a word the other has bound what the second look can gain: templated stories that differ in
    their figures, places or names have none, and are not aligned.
    """
    if most is None:
        most = fixable(words_of(a), words_of(b))
    if not most:
        return None
    ta, tb = normalize_for_dedup(a), normalize_for_dedup(b)
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    most = min(most, int(MAX_SHARE * len(small)))
    shingles_small = shingle_hashes(small, cfg.shingle)
    shingles_large = shingle_hashes(large, cfg.shingle)
    n_small, n_large = len(shingles_small), len(shingles_large)
    shared = len(np.intersect1d(shingles_small, shingles_large, assume_unique=True))
    best = min(n_small, shared + cfg.shingle * most)
    if best / n_small < cfg.containment and best / (n_small + n_large - best) < cfg.jaccard:
        return None
    fixed_words, fixed = respelt(small, large)
    if not fixed or fixed > MAX_SHARE * len(small):
        return None
    return similarity(shingle_hashes(fixed_words, cfg.shingle), shingles_large)

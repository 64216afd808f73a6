"""Which rules a line is worth trying: one look at the line names them, in the rules' order.

Trying every rule on every line costs a Python call per rule (some sixty, about thirty within a
line's word count), most of them refused by a prefilter or by the pattern's first character.
``Dispatch`` does that refusal once per kind of line instead: a line's first character and its
word count pick a precomputed plan, the rules that may match such a line, in order; a plan keeps
for each rule only the checks the choice has not settled (its ``starts`` prefixes, its hints as
one compiled search, its ``needs``), then its pattern. The first rule whose pattern matches wins,
as in ``Rule.match`` tried in order.

A rule's possible first characters are read from its pattern by the standard library's parser:
a pattern anchored at the line's start (``^``) must begin its match with its first element, so a
line whose first character that element cannot match is never tried; any construct the reading
does not know leaves the rule on every plan. Prefilters compare lower-cased text, and
``str.lower`` agrees with the regex engine's case-insensitive matching except on a few
characters (the dotless ``ı``, the long ``ſ``, Greek letter variants, the capital sigma whose
lower case depends on its place): a line holding one of ``ODD`` skips every prefilter and tries
each rule's pattern, so that prefilters never change a result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from re import _compiler, _parser  # type: ignore[attr-defined]
from re._constants import (
    ANY,
    ASSERT,
    ASSERT_NOT,
    AT,
    AT_BEGINNING,
    AT_BEGINNING_STRING,
    ATOMIC_GROUP,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    NOT_LITERAL,
    POSSESSIVE_REPEAT,
    SUBPATTERN,
)
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cleaners.rules.base import Rule

# Characters on which ``str.lower`` and the engine's IGNORECASE disagree (a lower-cased line
# holding one may miss a hint the pattern would match); tests/cleaners/test_dispatch.py derives
# the list from the engine's own case tables.
ODD_CHARS = (
    "\u00b5\u0130\u0131\u017f\u0345\u03a3\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb06"
)
_ODD = re.compile(f"[{ODD_CHARS}]")


def lowers_cleanly(line: str) -> bool:
    """True when ``line.lower()`` can stand for ``line`` in the prefilters: every match of a
    case-insensitive pattern holds, lower-cased, at the same place in it."""
    return line.isascii() or _ODD.search(line) is None


try:  # one pass over a line finds every rule's hints (pyahocorasick, a C automaton)
    import ahocorasick
except ImportError:  # pragma: no cover - then each rule's hints are looked for in turn
    ahocorasick = None

_Search = Callable[[str], "re.Match[str] | None"]
_Step = tuple["Rule", _Search | None, _Search]  # a rule, its ``needs`` search, its pattern's
_Hit = tuple["Rule", "re.Match[str]"] | None
_Trie = dict[str, tuple[int, "_Trie"]]  # a character: the rules whose prefix ends there, more


class Dispatch:
    """The first rule of ``rules`` that matches a line, trying only the rules that may.

    Rule ``i`` is bit ``1 << i`` of a set: a plan is the set the line's first character and
    word count leave; the prefixes a line starts with (a walk down a trie of every rule's
    ``starts``) and the hints it holds (one pass of an Aho-Corasick automaton) are sets too,
    so the candidates are a few operations on integers, and their bits in ascending order
    are the rules to try, in the rules' order."""

    PLANS_LIMIT = 1 << 15

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._steps: tuple[_Step, ...] = tuple(
            (r, r.needs.search if r.needs is not None else None, r.pattern.search)
            for r in self.rules
        )
        self._firsts = [first_chars(r.pattern) for r in self.rules]
        self._max_words = max((r.max_words for r in self.rules), default=-1)
        self._plans: dict[tuple[str, int], int] = {}
        self._admits: dict[str, int] = {}  # by first character: the rules that may match
        self._by_words: dict[int, tuple[Rule, ...]] = {}
        self._starting = sum(1 << i for i, r in enumerate(self.rules) if r.starts)
        self._hinted = sum(1 << i for i, r in enumerate(self.rules) if r.hints)
        self._trie: _Trie = {}
        for i, rule in enumerate(self.rules):
            for prefix in rule.starts:
                _add(self._trie, prefix, 1 << i)
        bits: dict[str, int] = {}
        for i, rule in enumerate(self.rules):
            for h in rule.hints:
                bits[h] = bits.get(h, 0) | 1 << i
        self._hint_bits = tuple(bits.items())
        self._automaton: Any = None
        if bits and ahocorasick is not None:
            self._automaton = ahocorasick.Automaton()
            for h, bit in bits.items():
                self._automaton.add_word(h, bit)
            self._automaton.make_automaton()

    def first(self, line: str) -> _Hit:
        """The first rule whose ``match`` finds ``line``, with its match, or None."""
        words = len(line.split())
        if words > self._max_words or not line:
            return None
        if not lowers_cleanly(line):
            return self._plain(line, words)
        key = (line[0], words)
        cand = self._plans.get(key)
        if cand is None:
            cand = self._plan(*key)
        if cand & (self._starting | self._hinted):
            lower = line.lower()
            if cand & self._starting:
                cand &= self._started(lower) | ~self._starting
            if cand & self._hinted:
                cand &= self._hints_in(lower) | ~self._hinted
        steps = self._steps
        while cand:
            low = cand & -cand
            cand ^= low
            rule, needs, search = steps[low.bit_length() - 1]
            if needs is not None and needs(line) is None:
                continue
            m = search(line)
            if m:
                return rule, m
        return None

    def _started(self, lower: str) -> int:
        """The rules with a prefix that ``lower`` starts with."""
        found, node = 0, self._trie
        for ch in lower:
            nxt = node.get(ch)
            if nxt is None:
                break
            bits, node = nxt
            found |= bits
        return found

    def _hints_in(self, lower: str) -> int:
        """The rules with a hint in ``lower``."""
        found = 0
        if self._automaton is not None:
            for _end, bit in self._automaton.iter(lower):
                found |= bit
        else:
            for h, bit in self._hint_bits:
                if h in lower:
                    found |= bit
        return found

    def _plan(self, char: str, words: int) -> int:
        admits = self._admits.get(char)
        if admits is None:
            admits = self._admits[char] = sum(
                1 << i for i in range(len(self.rules)) if self._admit(i, char)
            )
        plan = sum(1 << i for i, r in enumerate(self.rules) if r.min_words <= words <= r.max_words)
        if len(self._plans) >= self.PLANS_LIMIT:
            self._plans.clear()
            self._admits.clear()
        plan = self._plans[(char, words)] = plan & admits
        return plan

    def _admit(self, i: int, char: str) -> bool:
        """Whether rule ``i`` may match a line starting with ``char``."""
        firsts = self._firsts[i]
        return firsts is None or firsts.fullmatch(char) is not None

    def _plain(self, line: str, words: int) -> _Hit:
        # a line the prefilters cannot read: each rule's pattern, as if it had none
        eligible = self._by_words.get(words)
        if eligible is None:
            eligible = self._by_words[words] = tuple(
                r for r in self.rules if r.min_words <= words <= r.max_words
            )
        for rule in eligible:
            if rule.needs is not None and not rule.needs.search(line):
                continue
            m = rule.pattern.search(line)
            if m:
                return rule, m
        return None


def _add(trie: _Trie, prefix: str, bit: int) -> None:
    node = trie
    for k, ch in enumerate(prefix):
        bits, child = node.get(ch, (0, {}))
        node[ch] = (bits | bit if k == len(prefix) - 1 else bits, child)
        node = child


# -- a pattern's possible first characters ----------------------------------------------------

_Element = tuple[Any, Any, int]  # a one-character element of a parsed pattern, and its flags


def first_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that matches the first character of any line ``pattern`` matches, or None
    when that cannot be told (a pattern not anchored at the line's start, one that may match
    the empty string there, or a construct this reading does not know)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = _anchored(list(parsed), parsed.state.flags)
        if found is None or found[1]:
            return None
        return _one_char(found[0])
    except Exception:  # an unreadable pattern only loses the speed-up
        return None


def _anchored(seq: list[Any], flags: int) -> tuple[list[_Element], bool] | None:
    """The first characters of ``seq`` when every match of it starts at the string's start."""
    if not seq:
        return None
    op, av = seq[0]
    if op is AT and av in (AT_BEGINNING, AT_BEGINNING_STRING):
        if av is AT_BEGINNING and flags & re.MULTILINE:
            return None
        return _firsts(seq[1:], flags)
    if op is BRANCH:
        testers: list[_Element] = []
        nullable = False
        for branch in av[1]:
            found = _anchored(list(branch) + seq[1:], flags)
            if found is None:
                return None
            testers += found[0]
            nullable = nullable or found[1]
        return testers, nullable
    if op is SUBPATTERN and not seq[1:]:
        _group, add, remove, inner = av
        return _anchored(list(inner), (flags | add) & ~remove)
    return None


def _firsts(seq: list[Any], flags: int) -> tuple[list[_Element], bool] | None:
    """Tests for the first character ``seq`` consumes, and whether it may consume none."""
    testers: list[_Element] = []
    for op, av in seq:
        if op is AT or op is ASSERT or op is ASSERT_NOT:
            continue  # zero width: passing over it only widens the set
        if op is LITERAL or op is NOT_LITERAL or op is IN:
            testers.append((op, av, flags))
            return testers, False
        if op is ANY:
            return None
        if op is SUBPATTERN or op is ATOMIC_GROUP:
            if op is SUBPATTERN:
                _group, add, remove, inner = av
                inner_flags = (flags | add) & ~remove
            else:
                inner, inner_flags = av, flags
            found = _firsts(list(inner), inner_flags)
            if found is None:
                return None
            testers += found[0]
            if not found[1]:
                return testers, False
        elif op is BRANCH:
            nullable = False
            for branch in av[1]:
                found = _firsts(list(branch), flags)
                if found is None:
                    return None
                testers += found[0]
                nullable = nullable or found[1]
            if not nullable:
                return testers, False
        elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
            low, _high, item = av
            found = _firsts(list(item), flags)
            if found is None:
                return None
            testers += found[0]
            if low > 0 and not found[1]:
                return testers, False
        else:
            return None
    return testers, True


def _one_char(elements: list[_Element]) -> re.Pattern[str]:
    """One pattern for any of ``elements``, each under its own flags: the engine's own test."""
    state = _parser.State()
    state.flags = re.UNICODE
    branches = []
    for op, av, flags in elements:
        ignore = flags & re.IGNORECASE
        inner = _parser.SubPattern(state, [(op, av)])
        scoped = (SUBPATTERN, (None, ignore, re.IGNORECASE & ~ignore, inner))
        branches.append(_parser.SubPattern(state, [scoped]))
    tree = _parser.SubPattern(state, [(BRANCH, (None, branches))])
    return _compiler.compile(tree, re.UNICODE)  # type: ignore[no-any-return]

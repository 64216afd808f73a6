"""The rule dispatch gives what trying every rule's plain pattern in order gives."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import rule_cache
from cleaners.config import BoilerplateConfig, RuleSpec
from cleaners.rules import BUILTIN_RULES, Rule, compile_rules
from cleaners.rules.dispatch import ODD_CHARS, Dispatch, first_chars, lowers_cleanly
from tests.cleaners.test_rules import _lines

# lines the prefilters cannot read: the engine matches them case-insensitively where
# ``str.lower`` does not lower them to the hint
ODD_LINES = [
    "İnstagram: follow us on Instagram",
    "FOLLOW US ON İNSTAGRAM",
    "Follow us on Telegram ıllustrated",
    "ſhare this article",
    "Share",
    "Photo: ΣΟΦΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ / Reuters",
    "Read more: µg per litre",
    "ſubscribe to our newsletter",
    "Leave a Reply",
]


def _plain(rules: tuple[Rule, ...]) -> list[Rule]:
    return [dataclasses.replace(r, hints=(), starts=(), needs=None) for r in rules]


def _expected(plain: list[Rule], line: str) -> tuple[int, tuple[int, int]] | None:
    words = len(line.split())
    for i, rule in enumerate(plain):
        m = rule.match(line, words)
        if m:
            return i, m.span()
    return None


def _got(d: Dispatch, line: str) -> tuple[int, tuple[int, int]] | None:
    hit = d.first(line)
    if hit is None:
        return None
    return next(i for i, r in enumerate(d.rules) if r is hit[0]), hit[1].span()


RULES = compile_rules(BoilerplateConfig())
PLAIN = _plain(RULES)
BUILT = Dispatch(RULES)
LINES = _lines() + ODD_LINES


def test_dispatch_gives_the_first_plain_match() -> None:
    d = Dispatch(RULES)
    hits = 0
    for line in LINES:
        assert _got(d, line) == _expected(PLAIN, line), line
        hits += _got(d, line) is not None
    assert hits >= 300  # the lines do exercise the rules


def test_dispatch_without_the_automaton() -> None:
    d = Dispatch(RULES)
    d._automaton = None  # each rule's hints looked for in turn
    for line in LINES:
        assert _got(d, line) == _expected(PLAIN, line), line


def test_user_rules_come_first() -> None:
    spec = RuleSpec(id="site.promo", pattern=r"^Download our app", reason="app promo")
    rules = compile_rules(BoilerplateConfig(rules=(spec,)))
    d = Dispatch(rules)
    assert d.first("download our app today") is not None
    assert d.first("download our app today")[0].id == "site.promo"  # type: ignore[index]
    for line in LINES[:400]:
        assert _got(d, line) == _expected(_plain(rules), line), line


_FRAGMENTS = sorted(
    {h for r in BUILTIN_RULES for h in r.hints + r.starts}
    | {"By", "Photo", "Jane Roe", "AP", "Reuters", "2026", "March 14,", "@news", "|", "/", ":"}
    | {"(", ")", " ", "\u00a0", "…", "İ", "ı", "ſ", "Σ", "ς", "µ", "K", "Follow us on", "Twitter"}
    | {"Posted on", "comments", "Share", "Read more", "Instagram", "newsletter", "Getty Images"}
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8), st.booleans())
def test_dispatch_on_built_lines(parts: list[str], spaced: bool) -> None:
    line = (" " if spaced else "").join(parts).strip()
    if not line:
        return
    variants = {line, line.upper(), line.capitalize(), line.title()}
    for text in variants:  # (one dispatch for all examples: building one takes 0.1 s)
        assert _got(BUILT, text) == _expected(PLAIN, text), text


def test_prefilters_against_plain_rules_on_odd_lines() -> None:
    for rule, plain in zip(RULES, PLAIN, strict=True):
        for line in ODD_LINES:
            words = len(line.split())
            assert bool(rule.match(line, words)) == bool(plain.match(line, words)), (rule.id, line)


def test_odd_chars_are_where_lower_and_the_engine_disagree() -> None:
    _sre = pytest.importorskip("_sre")
    casefix = pytest.importorskip("re._casefix")
    extra: dict[int, tuple[int, ...]] = casefix._EXTRA_CASES
    members: dict[int, list[int]] = {}
    for cp in range(0x110000):
        members.setdefault(_sre.unicode_tolower(cp), []).append(cp)
    odd = set()
    for cp in range(0x110000):
        low = _sre.unicode_tolower(cp)
        folds = (low, *extra.get(low, ()))
        # the engine treats the class as one letter; str.lower agrees on the members that lower
        # to the class's most common lower case
        common = max(
            folds,
            key=lambda t: (sum(chr(m).lower() == chr(t) for f in folds for m in members[f]), -t),
        )
        if chr(cp).lower() != chr(common):
            odd.add(chr(cp))
    odd.add("Σ")  # its lower case depends on its place in the word (final sigma)
    assert odd == set(ODD_CHARS)


def test_prefilters_hold_no_odd_char() -> None:
    for rule in BUILTIN_RULES:
        for text in rule.hints + rule.starts:
            assert lowers_cleanly(text), (rule.id, text)


def test_lowers_cleanly() -> None:
    assert lowers_cleanly("Follow us") and lowers_cleanly("Підписуйтесь на нас")
    assert not lowers_cleanly("İstanbul") and not lowers_cleanly("ΟΔΟΣ")


@pytest.mark.parametrize(
    ("pattern", "admitted", "refused"),
    [
        (re.compile(r"^(?:join|follow)\s", re.I), "jJfF", "xX1 "),
        (re.compile(r"^(?-i:[A-Z])\w+", re.I), "AZ", "az1"),
        (re.compile(r"^\(?(?:by|von)\s", re.I), "(bBvV", "x"),
        (re.compile(r"^[\s—–-]*(?:ad|werbung)$", re.I), " -—aAwW", "xn"),
        (re.compile(r"^(?=.*x)(?:a|b)", re.I), "aAbB", "x"),
        (re.compile(r"^\d+ comments|^comments", re.I), "0٣cC", "x"),
    ],
)
def test_first_chars(pattern: re.Pattern[str], admitted: str, refused: str) -> None:
    test = first_chars(pattern)
    assert test is not None
    assert all(test.fullmatch(c) for c in admitted)
    assert not any(test.fullmatch(c) for c in refused)


@pytest.mark.parametrize(
    "pattern",
    [r"follow us", r"^a?", r"^(?:x|)y?", r"(?m)^follow", r"^(?:a|b)*", r"^.", r"a|^b"],
)
def test_first_chars_unknown(pattern: str) -> None:
    assert first_chars(re.compile(pattern, re.I)) is None


def test_equal_rule_sets_share_one_cache() -> None:
    """A worker compiles the rules again for every batch: the answers carry over."""

    one, two = compile_rules(BoilerplateConfig()), compile_rules(BoilerplateConfig())
    assert one is not two and one == two
    first, second = rule_cache.RuleCache.of(one), rule_cache.RuleCache.of(two)
    assert first is not second and second.rules is two
    assert first.hits is second.hits and first.dispatch is second.dispatch
    spec = RuleSpec(id="site.promo", pattern=r"^Download our app", reason="app promo")
    other = rule_cache.RuleCache.of(compile_rules(BoilerplateConfig(rules=(spec,))))
    assert other.hits is not first.hits
    for _ in range(10):  # past the bound on rule sets held, the answers still carry over
        assert rule_cache.RuleCache.of(compile_rules(BoilerplateConfig())).hits is first.hits


def test_rule_sets_of_other_rules_do_not_drop_the_answers_of_equal_sets() -> None:
    """Other rule sets come and go (a site's own rules); the built-in set keeps its answers
    as long as one of its copies is held, whatever other tests or batches held before."""

    default = rule_cache.RuleCache.of(compile_rules(BoilerplateConfig()))
    for n in range(8):
        for part in ("a", "b"):
            spec = RuleSpec(id=f"site.promo{n}{part}", pattern=rf"^Promo {n}", reason="promo")
            rule_cache.RuleCache.of(compile_rules(BoilerplateConfig(rules=(spec,))))
        assert rule_cache.RuleCache.of(compile_rules(BoilerplateConfig())).hits is default.hits

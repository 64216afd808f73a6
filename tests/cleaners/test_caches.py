"""The per-process caches of the cleaning steps never change a decision.

Which rule claims a line, a line's key, token counts, layout evidence, shape (heading,
sentence, glued lines) and repaired text are remembered across documents (scraped pages
repeat lines). These tests clean pages with the caches warm from other pages and cold, and
compare every decision.
"""

from __future__ import annotations

import dataclasses

from cleaners import encoding, headline_lines, layout, line_evidence, lineshape, rule_cache
from cleaners.config import BoilerplateConfig, PipelineConfig, RuleSpec
from cleaners.pipeline import Cleaner
from tests.helpers import GOLDEN, make_doc

PAGES = [
    [
        "Council Approves New Budget",
        "JOIN US ON TELEGRAM",
        "The council approved the budget on Tuesday after a long debate about roads.",
        "Photo by Jane Doe/Reuters",
        "Recommended Stories",
        "Bridge Repairs Begin Next Week",
        "Leave a Reply",
    ],
    [
        "Bridge Repairs Begin Next Week",
        "The council approved the budget on Tuesday after a long debate about roads.",
        "Engineers said the work on the old bridge would take about three months in all.",
        "JOIN US ON TELEGRAM",
        "Russiaâ€™s envoy said the talks would continue “next week” — in Geneva.",
        "Leave a Reply",
    ],
]


def _clear() -> None:
    rule_cache.RuleCache._sets.clear()
    for fn in (layout._key, line_evidence.stop_counts, line_evidence.judged, encoding._repair):
        fn.cache_clear()
    for shape in (lineshape.is_heading, lineshape.is_sentence, lineshape.glued_headline):
        shape.cache_clear()
    lineshape._glue_cuts.cache_clear()
    headline_lines.short_key.cache_clear()
    headline_lines.short_shaped.cache_clear()


def _decisions(cleaner: Cleaner, lines: list[str]) -> tuple[object, ...]:
    report = cleaner(make_doc("\n".join(lines)))
    assert report.doc is not None
    return (report.doc.paragraphs, report.doc.removed, report.doc.encoding_fixes, report.decisions)


def test_a_page_cleans_the_same_with_warm_and_cold_caches() -> None:
    cleaner = Cleaner(PipelineConfig())
    _clear()
    cold = [_decisions(cleaner, page) for page in PAGES]
    warm = [_decisions(cleaner, page) for page in reversed(PAGES)][::-1]
    assert cold == warm
    _clear()
    assert _decisions(Cleaner(PipelineConfig()), PAGES[1]) == cold[1]


def test_rule_sets_do_not_share_answers() -> None:
    own = RuleSpec(id="site.bridge", pattern="^Engineers said", reason="test rule")
    custom = PipelineConfig(boilerplate=dataclasses.replace(BoilerplateConfig(), rules=(own,)))
    plain, mine = Cleaner(PipelineConfig()), Cleaner(custom)
    line = PAGES[1][2]
    plain_doc = plain(make_doc("\n".join(PAGES[1]))).doc
    mine_doc = mine(make_doc("\n".join(PAGES[1]))).doc
    assert plain_doc is not None and mine_doc is not None
    assert line in plain_doc.paragraphs
    assert line not in mine_doc.paragraphs
    assert any(r.rule == "site.bridge" for r in mine_doc.removed)
    # and the plain cleaner still keeps it after the custom one saw the line
    again = plain(make_doc("\n".join(PAGES[1]))).doc
    assert again is not None and line in again.paragraphs


def test_a_batch_run_without_decisions_cleans_every_page_the_same() -> None:
    """``explain=False`` (the batch path) builds no per-line decisions and nothing else
    differs: the same document, paragraphs, removals and facts on every golden page."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(GOLDEN.glob("*.txt"))]
    pages += ["\n".join(page) for page in PAGES]
    explained, batch = Cleaner(PipelineConfig()), Cleaner(PipelineConfig(), explain=False)
    kept = 0
    for text in pages:
        full, quick = explained(make_doc(text)), batch(make_doc(text))
        assert quick.decisions == () and (full.doc is None or full.decisions)
        assert quick.doc == full.doc and quick.rejection == full.rejection
        kept += full.doc is not None and len(full.doc.removed) > 0
    assert kept >= 10  # pages that lost furniture, so the removals were compared too

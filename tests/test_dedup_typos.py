"""Copies with typos join their story through the flow's steps; figures and settings hold.

Plain runs (``plain.run_plain``: the flow's steps without Prefect) over small raw/ folders.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cleaners.config import PipelineConfig, parse_config
from flows import plain
from flows.state import StateMismatchError

LEAD = (
    "The city council approved the new harbour budget on Tuesday after a long debate about "
    "the ferry terminal. Residents had asked for more parking near the market, and the mayor "
    "promised a public meeting before any construction starts next spring."
)
MORE = (
    "Opposition members said the plan ignores the cost of repairing the old bridge, which "
    "engineers inspected in October and found in poor condition."
)
TYPOS = {"approved": "aproved", "terminal": "temrinal", "promised": "promissed"}


def misspell(text: str) -> str:
    for right, wrong in TYPOS.items():
        text = text.replace(right, wrong)
    return text


def write(raw: Path, rel: str, title: str, *paragraphs: str) -> None:
    path = raw / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8")


def run(raw: Path, out: Path, cfg: PipelineConfig | None = None) -> dict:
    return plain.run_plain(str(raw), str(out), cfg or PipelineConfig(), uuid.uuid4().hex)


def duplicates(out: Path) -> list[dict]:
    text = (out / "duplicates.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def test_a_short_copy_with_typos_joins_its_story(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write(raw, "ledger/harbour.txt", "Council approves harbour budget", LEAD, MORE)
    write(raw, "courier/harbour.txt", "Harbour budget approved", misspell(LEAD))
    report = run(raw, out)
    assert report["counts"]["canonical"] == 1 and report["counts"]["duplicates"] == 1
    (dup,) = duplicates(out)
    assert dup["raw_path"] == "courier/harbour.txt" and dup["check"] == "typos"
    # the similarity reported is the shingles' own: the typos are forgiven, not hidden
    assert dup["similarity"]["containment"] < 0.8 and dup["similarity"]["jaccard"] < 0.6


def test_a_copy_with_typos_joins_a_story_of_an_earlier_run(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write(raw, "ledger/harbour.txt", "Council approves harbour budget", LEAD, MORE)
    run(raw, out)
    write(raw, "courier/harbour.txt", "Harbour budget approved", misspell(LEAD))
    report = run(raw, out)
    assert report["counts"] == {"read": 1, "canonical": 0, "duplicates": 1, "rejected": 0}
    assert duplicates(out)[0]["check"] == "typos"


def test_other_figures_keep_two_stories_apart(tmp_path: Path) -> None:
    """Templated stories that differ in their figures are not copies, typos or not."""
    raw, out = tmp_path / "raw", tmp_path / "clean"
    story = (
        "Police said {} people were hurt when a lorry and {} cars collided on the A14 near "
        "junction {} at {} on Friday. The road was closed for {} hours while the crash was "
        "cleared, and {} people were taken to hospital, officers added."
    )
    one = story.format(3, 2, 12, "7:40", 2, 4)
    two = story.format(5, 3, 18, "9:15", 3, 6)
    two = two.replace("hospital", "hosptial").replace("officers", "oficers")
    write(raw, "ledger/crash.txt", "Crash on the A14", one)
    write(raw, "courier/crash.txt", "Crash on the A14", two)
    report = run(raw, out)
    assert report["counts"]["canonical"] == 2 and report["counts"]["duplicates"] == 0
    # the same story with the same figures is a copy: the typos alone do not keep it apart
    write(raw, "courier/crash.txt", "Crash on the A14", one.replace("hospital", "hosptial"))
    run(raw, out)
    assert len(duplicates(out)) == 1


def test_typos_off_leaves_the_bars_alone_and_a_state_remembers_it(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write(raw, "ledger/harbour.txt", "Council approves harbour budget", LEAD, MORE)
    write(raw, "courier/harbour.txt", "Harbour budget approved", misspell(LEAD))
    off = parse_config({"dedup": {"typos": False}})
    report = run(raw, out, off)
    assert report["counts"]["canonical"] == 2 and report["counts"]["duplicates"] == 0
    # a state built without the second look refuses a run with it, and says why
    with pytest.raises(StateMismatchError, match=r"typos: state False, this run None"):
        run(raw, out)

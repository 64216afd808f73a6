"""The CLI's look at raw/ handed to the flow (flows.handoff): taken only while it holds."""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path

import pytest

from cleaners.config import PipelineConfig
from flows import discovery, handoff, plain
from flows.plan import cleaning_fingerprint, plan_inputs
from flows.state import State

BODY = (
    "The harbor council met on Tuesday evening to discuss the ferry timetable for the summer "
    "season, and residents asked for later boats on Fridays and Saturdays. "
)


def _write(raw: Path, name: str, n: int) -> None:
    path = raw / "site" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Story {n} of the harbor\n" + (BODY + f"Item {n}. ") * 4 + "\n")


def _look(raw: Path, out: Path, cfg: PipelineConfig) -> handoff.Look:
    """What the CLI hands over, made the way it makes it."""
    raw_dir, out_dir = os.path.abspath(raw), os.path.abspath(out)
    listing = discovery.list_inputs(Path(raw_dir))
    fingerprint = cleaning_fingerprint(cfg)
    with State(out, reader=True) as state:
        commits = handoff.commits(state)
        plan = plan_inputs(state, raw_dir, listing.paths, fingerprint, listing.unlisted)
    return handoff.Look(
        raw_dir,
        out_dir,
        fingerprint,
        commits,
        listing.paths,
        listing.unlisted,
        plan,
        time.monotonic(),
    )


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path, PipelineConfig]:
    raw, out, cfg = tmp_path / "raw", tmp_path / "out", PipelineConfig()
    _write(raw, "a.txt", 1)
    plain.run_plain(str(raw), str(out), cfg, uuid.uuid4().hex)
    _write(raw, "b.txt", 2)
    return raw, out, cfg


def _take(look: handoff.Look, out: Path, raw: Path | None = None) -> handoff.Look | None:
    handoff.hand_over(look)
    with State(out) as state:
        return handoff.take(
            str(raw.resolve()) if raw else look.raw_dir, look.out_dir, look.fingerprint, state
        )


def test_every_commit_counts(corpus: tuple[Path, Path, PipelineConfig]) -> None:
    raw, out, cfg = corpus
    with State(out) as state:
        first = handoff.commits(state)
    plain.run_plain(str(raw), str(out), cfg, uuid.uuid4().hex)
    with State(out) as state:
        now = handoff.commits(state)
    assert first is not None and now is not None
    assert int(now.split(":")[0]) == int(first.split(":")[0]) + 1


def test_taken_while_it_holds_and_only_once(corpus: tuple[Path, Path, PipelineConfig]) -> None:
    raw, out, cfg = corpus
    look = _look(raw, out, cfg)
    assert [Path(p).name for p in look.plan.todo] == ["b.txt"]
    assert _take(look, out) is look
    with State(out) as state:  # held once
        assert handoff.take(look.raw_dir, look.out_dir, look.fingerprint, state) is None


def test_not_taken_once_it_may_be_wrong(
    corpus: tuple[Path, Path, PipelineConfig], tmp_path: Path
) -> None:
    raw, out, cfg = corpus
    look = _look(raw, out, cfg)
    assert _take(look, out, raw=tmp_path / "other") is None  # another raw/
    old = handoff.Look(*[getattr(look, f) for f in look.__slots__[:-1]], look.made - 60)
    assert _take(old, out) is None  # too old
    plain.run_plain(str(raw), str(out), cfg, uuid.uuid4().hex)  # a commit since
    assert _take(look, out) is None
    fresh = _look(raw, out, cfg)
    assert fresh.plan.todo == [] and _take(fresh, out) is fresh

"""The language scorer's arrays are kept in the state directory, so workers load them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from cleaners import language
from cleaners.config import LanguageConfig
from flows.state import State

TEXTS = [
    "The council approved the budget after a long debate on Tuesday night.",
    "Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt beschlossen.",
    "Міська рада ухвалила бюджет після довгих дебатів у вівторок увечері.",
]


@pytest.fixture
def fresh_process() -> Iterator[None]:
    """As in a new worker: no arrays installed, none built yet."""
    built = language.built_model()
    language._installed.clear()
    language._built_model.cache_clear()
    yield
    language._installed[:] = [built]


def _cache_file(out: Path) -> Path:
    return out / ".newsclean" / f"language-model-{language.model_version()}.npz"


def test_the_first_worker_builds_and_keeps_the_arrays_the_next_loads_them(
    tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = LanguageConfig()
    expected = [language.detect_language(t, cfg) for t in TEXTS]  # built in this process
    built = language.built_model()
    language._built_model.cache_clear()

    with State(tmp_path) as state:
        state.load_language_model()
    assert _cache_file(tmp_path).is_file()

    language._installed.clear()
    language._built_model.cache_clear()
    assert not language.model_ready()

    def no_build() -> language.Model:
        raise AssertionError("built again")

    monkeypatch.setattr(language, "built_model", no_build)
    with State(tmp_path) as state:
        state.load_language_model()
    assert language.model_ready()
    keys, logp, langs = language._model()
    assert np.array_equal(keys, built[0]) and np.array_equal(logp, built[1])
    assert langs == built[2]
    assert [language.detect_language(t, cfg) for t in TEXTS] == expected


def test_a_damaged_file_is_built_again(tmp_path: Path, fresh_process: None) -> None:
    path = _cache_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not an npz file")
    with State(tmp_path) as state:
        state.load_language_model()
    with np.load(path, allow_pickle=False) as z:
        assert z["logp"].shape == (len(z["keys"]), len(z["langs"]))


@pytest.mark.parametrize(
    "model",
    [
        (np.array([1, 2], dtype=np.uint64), np.zeros((2, 3), dtype=np.float32), ("en", "de")),
        (np.array([2, 1], dtype=np.uint64), np.zeros((2, 2), dtype=np.float32), ("en", "de")),
        (np.array([1, 2], dtype=np.int64), np.zeros((2, 2), dtype=np.float32), ("en", "de")),
    ],
    ids=["shape", "unsorted", "dtype"],
)
def test_arrays_that_are_not_a_model_are_refused(
    model: language.Model, fresh_process: None
) -> None:
    with pytest.raises(ValueError, match="not a language model"):
        language.install_model(model)
    assert not language.model_ready()


STORIES = [
    "Harbour Board Backs Dredging\n\nThe harbour board met on Monday and agreed that the "
    "channel should be dredged before the summer season, officials said after the meeting.",
    "Library Opens Late On Fridays\n\nThe city library will stay open until ten on Fridays "
    "from next month, after students asked for more quiet space during the exam season.",
    "Bus Fares Frozen For A Year\n\nThe transport authority said it would keep bus fares at "
    "their current level for another twelve months, despite the rising price of diesel.",
    "New Bridge Delayed By Floods\n\nEngineers said the spring floods had washed away part "
    "of the temporary works, so the new footbridge will open in the autumn instead of June.",
]


def _write_raw(raw: Path, n: int) -> None:
    raw.mkdir(exist_ok=True)
    for i, story in enumerate(STORIES[:n]):
        (raw / f"story-{i}.txt").write_text(story + "\n", encoding="utf-8")


def test_runs_keep_the_arrays_and_a_later_run_loads_them(
    tmp_path: Path, fresh_process: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaners.config import PipelineConfig
    from flows import plain

    raw, out, cfg = tmp_path / "raw", tmp_path / "clean", PipelineConfig()
    _write_raw(raw, 2)
    plain.run_plain(str(raw), str(out), cfg, "run-1")
    assert _cache_file(out).is_file()

    language._installed.clear()  # the next run, in a new process
    language._built_model.cache_clear()

    def no_build() -> language.Model:
        raise AssertionError("built again")

    monkeypatch.setattr(language, "built_model", no_build)
    _write_raw(raw, 4)  # two new stories, whose language is detected when they are written
    # and a fuller copy of the first, which becomes its canonical: the commit compares the
    # cluster's article before and after, and so detects the new canonical's language
    (raw / "story-0-full.txt").write_text(
        STORIES[0] + " Work will start in May.\n\nThe board will meet again in June to "
        "choose a contractor from the four firms that have bid for the job.\n",
        encoding="utf-8",
    )
    plain.run_plain(str(raw), str(out), cfg, "run-2")
    assert language._installed and language._built_model.cache_info().currsize == 0  # loaded
    articles = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(articles) == 4
    assert any(json.loads(a)["raw_path"] == "story-0-full.txt" for a in articles)

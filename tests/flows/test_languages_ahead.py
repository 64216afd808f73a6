"""Languages detected ahead, on a worker, while the flow commits: the same languages the
article files would detect, read without waiting for the commit, stopped by the stop file."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from cleaners.config import PipelineConfig
from cleaners.pipeline import with_language
from flows import articles, batches, discovery, plain, publish, runfiles
from flows.languages_ahead import write_bodies
from flows.state import WORKER_ENV, State, WorkerStateError, unpack_document
from tests.builders import build_raw

CFG = PipelineConfig()


@pytest.fixture
def staged(tmp_path: Path) -> tuple[Path, list[str]]:
    """An output directory whose state holds a cleaned, staged (not committed) batch."""
    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    build_raw(raw)
    paths = discovery.discover_paths(raw)
    batch = batches.clean_and_stage(paths, str(raw), CFG, str(out), uuid.uuid4().hex)
    ids = [d.id for d in batch.articles]
    assert len(ids) >= 5
    return out, ids


def _expected(out: Path, ids: list[str]) -> articles.Languages:
    with State(out) as state:
        docs = [unpack_document(body) for _, body in state.current_bodies(ids)]
    assert len(docs) == len(ids)
    return {
        d.id: (done.language, done.language_score) for d in docs for done in [with_language(d, CFG)]
    }


def _bodies(out: Path, ids: list[str], name: str = "bodies.pkl") -> str:
    """What the flow hands the task: the documents' bodies, in a file of the run's folder."""
    path = out / ".newsclean" / "runs" / "r" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with State(out) as state:
        write_bodies(state, ids, path)
    return str(path)


def test_it_detects_what_the_article_files_would_from_the_bodies_the_flow_hands_it(
    staged: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, ids = staged
    want = _expected(out, ids)
    assert {lang for lang, _ in want.values()} >= {"en"}
    file = _bodies(out, ids)
    monkeypatch.setenv(WORKER_ENV, "1")  # as on a cluster's worker: the state cannot be opened
    with pytest.raises(WorkerStateError):
        State(out)
    found, seconds = batches.detect_languages_batch(
        file, str(out), CFG, str(tmp_stop(out, "absent"))
    )
    assert found == want
    assert seconds > 0


def tmp_stop(out: Path, name: str) -> Path:
    return out / ".newsclean" / f"languages-{name}.stop"


def test_the_stop_file_ends_it_between_chunks(
    staged: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, ids = staged
    file = _bodies(out, ids)
    stop = tmp_stop(out, "run")
    stop.touch()
    found, _ = batches.detect_languages_batch(file, str(out), CFG, str(stop))
    assert found == {}

    # with chunks of two documents, a stop file that appears during the first chunk
    monkeypatch.setattr(batches, "LANGUAGE_CHUNK", 2)
    stop.unlink()
    real = batches.unpack_document

    def then_stop(body: bytes) -> object:
        stop.touch()
        return real(body)

    monkeypatch.setattr(batches, "unpack_document", then_stop)
    found, _ = batches.detect_languages_batch(file, str(out), CFG, str(stop))
    assert set(found) == set(ids[:2])


def test_documents_are_read_from_the_state_once_committed(
    staged: tuple[Path, list[str]],
) -> None:
    out, ids = staged
    want = _expected(out, ids)
    with State(out) as state, state.transaction() as db:  # what the commit does to them
        cols = ", ".join(c for c in ("id", "path", "record", "source", "status", "body"))
        db.execute(f"INSERT INTO docs({cols}) SELECT {cols} FROM staging")
        db.execute("DELETE FROM staging")
    file = _bodies(out, list(reversed(ids)))
    taken = [i for chunk in runfiles.take_chunks(file) for i, _ in chunk]
    assert taken == list(reversed(ids))  # in the order asked
    found, _ = batches.detect_languages_batch(file, str(out), CFG, str(tmp_stop(out, "x")))
    assert found == want


def test_an_article_takes_the_language_detected_ahead_instead_of_detecting_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    build_raw(raw)
    plain.run_plain(str(raw), str(out), CFG, uuid.uuid4().hex)
    with State(out) as state:
        clusters = dict(state.rows("SELECT id, canonical FROM clusters ORDER BY id"))
        state.db.execute("UPDATE clusters SET language=NULL, language_score=NULL")
    cid, canon = next(iter(clusters.items()))

    def no_detection(text: str, lang_cfg: object) -> tuple[str, float]:
        raise AssertionError("language detected again")

    monkeypatch.setattr("cleaners.pipeline.detect_language", no_detection)
    with State(out) as state:
        publish.render_outputs(state, str(out), [cid], CFG, {canon: ("xx", 0.25)})
        assert state.db.execute(
            "SELECT language, language_score FROM clusters WHERE id=?", (cid,)
        ).fetchone() == ("xx", 0.25)
        state.db.execute("UPDATE clusters SET language=NULL, language_score=NULL")
        with pytest.raises(AssertionError, match="detected again"):  # another canonical's
            publish.render_outputs(state, str(out), [cid], CFG, {"other": ("xx", 0.25)})
    meta = json.loads((out / "articles" / f"{canon}.json").read_text(encoding="utf-8"))
    assert meta["language"] == "xx"


def test_bodies_in_several_chunks_give_the_same_languages_in_the_same_order(
    staged: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the flow writes the bodies as it reads them, a chunk at a time, and the worker reads
    # one chunk at a time: neither holds them all
    from flows import languages_ahead

    out, ids = staged
    want = _expected(out, ids)
    monkeypatch.setattr(languages_ahead, "BODIES_CHUNK", 2)
    file = _bodies(out, [*ids, "no-such-document"])
    chunks = list(runfiles.take_chunks(file))
    assert len(chunks) == (len(ids) + 2) // 2
    assert [i for chunk in chunks for i, _ in chunk] == ids
    found, _ = batches.detect_languages_batch(file, str(out), CFG, str(tmp_stop(out, "c")))
    assert found == want


def test_chunks_written_one_after_another_are_read_back_in_order(tmp_path: Path) -> None:
    path = tmp_path / "chunks.pkl"
    assert runfiles.put_chunks(path, ([n] * n for n in range(4))) == 4
    assert list(runfiles.take_chunks(path)) == [[], [1], [2, 2], [3, 3, 3]]
    assert runfiles.put_chunks(path, iter(())) == 0
    assert list(runfiles.take_chunks(path)) == []

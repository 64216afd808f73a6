"""A large backlog is taken in parts, each committed like a run of its own: the same corpus
as one part gives, one report for the whole run, and a run that fails keeps its parts.

These run the pipeline as plain Python (``plain.run_plain``); the flow's parts, on worker
processes, are covered in tests/flows/test_clean_articles.py.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import uuid
from pathlib import Path

import numpy as np
import pytest

from cleaners.config import ConfigError, PipelineConfig, parse_config
from flows import candidates, dedup, discovery, plain
from flows.plan import InputPlan, cleaning_fingerprint, input_parts
from tests.test_incremental import jsonl, story, write

FURNITURE = "The Ledger is an independent newspaper serving the valley since 1921."


def run(raw: Path, out: Path, part_size: int) -> dict:
    cfg = dataclasses.replace(PipelineConfig(), part_size=part_size)
    return plain.run_plain(str(raw), str(out), cfg, uuid.uuid4().hex)


def corpus_view(out: Path) -> tuple[list, list, list]:
    """What a corpus publishes, less cluster ids (a cluster is named after the documents it
    first held, which depends on the order documents come in, as between two runs)."""
    arts = [
        (a["id"], a["title"], a["text"], a["language"], sorted(d["id"] for d in a["duplicates"]))
        for a in jsonl(out / "articles.jsonl")
    ]
    dups = [
        (d["id"], d["duplicate_of"], d["check"], d["similarity"])
        for d in jsonl(out / "duplicates.jsonl")
    ]
    rejected = [(r["id"], r["rule"], r["reason"]) for r in jsonl(out / "rejected.jsonl")]
    return sorted(arts), sorted(dups), sorted(rejected)


@pytest.fixture
def backlog(tmp_path: Path) -> Path:
    """Copies that fall in other parts than their story, a site line that becomes furniture
    only once a later part is counted, a feed of several records and a file to reject."""
    raw = tmp_path / "raw"
    for n in range(12):  # ledger's stories each end with the site's line
        write(raw, f"ledger/s{n:02d}.txt", [*story(n), FURNITURE])
    write(raw, "notes/empty.txt", [""])
    for n in (1, 5, 9):  # copies, in later parts than their stories
        write(raw, f"wire/copy-{n}.txt", story(n))
    write(raw, "wire/s3-full.txt", [*story(3), "A closing paragraph only the full copy has."])
    feed = [json.dumps({"text": "\n".join(story(n)), "title": f"Feed {n}"}) for n in (20, 21, 22)]
    feed.append("not json")
    (raw / "zfeed").mkdir()
    (raw / "zfeed" / "items.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    return raw


def test_a_backlog_in_parts_gives_the_corpus_one_part_gives(backlog: Path, tmp_path: Path) -> None:
    whole = run(backlog, tmp_path / "whole", 0)
    parted = run(backlog, tmp_path / "parted", 4)
    assert "parts" not in whole
    assert [p["read"] for p in parted["parts"]] == [4, 4 + 4, 4, 4, 1, 4]  # (cleaned again)
    assert corpus_view(tmp_path / "parted") == corpus_view(tmp_path / "whole")
    # the site's line is furniture everywhere, though the first part alone had too few stories
    texts = [a["text"] for a in jsonl(tmp_path / "parted" / "articles.jsonl")]
    assert not any(FURNITURE in t for t in texts)
    # one report for the run: every document once, as one part counts them
    assert parted["counts"] == whole["counts"]
    c = parted["counts"]
    assert c["canonical"] + c["duplicates"] + c["rejected"] == c["read"] == 21
    assert parted["files"]["read"] > whole["files"]["read"]  # files cleaned again, counted
    for key in ("clusters_with_duplicates", "rejection_reasons"):
        assert parted[key] == whole[key], key
    merges = {m["duplicate"]: (m["canonical"], m["check"]) for m in parted["merges"]}
    assert merges == {m["duplicate"]: (m["canonical"], m["check"]) for m in whole["merges"]}
    # a second run finds nothing to do either way
    again = run(backlog, tmp_path / "parted", 4)
    assert again["counts"]["read"] == 0 and "parts" not in again


def test_a_changed_file_of_a_later_part_is_forgotten_by_the_first(
    backlog: Path, tmp_path: Path
) -> None:
    run(backlog, tmp_path / "parted", 4)
    run(backlog, tmp_path / "whole", 0)
    lines = story(9)
    lines[2] = "A corrected paragraph that replaces the old one in the story's new version."
    write(backlog, "ledger/s09.txt", [*lines, FURNITURE])
    (backlog / "ledger" / "s00.txt").unlink()
    for n in range(30, 38):
        write(backlog, f"ledger/t{n}.txt", [*story(n), FURNITURE])
    parted = run(backlog, tmp_path / "parted", 4)
    run(backlog, tmp_path / "whole", 0)
    assert len(parted["parts"]) == 3
    assert parted["files"]["removed"] == 1 and parted["files"]["changed"] >= 1
    assert corpus_view(tmp_path / "parted") == corpus_view(tmp_path / "whole")


def test_a_run_that_fails_keeps_the_parts_it_committed(
    backlog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "parted"
    real, commits = plain.commit, []

    def second_fails(*args: object, **kwargs: object) -> None:
        commits.append(1)
        if len(commits) == 2:
            raise RuntimeError("killed")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plain, "commit", second_fails)
    with pytest.raises(RuntimeError, match="killed"):
        run(backlog, out, 4)
    monkeypatch.setattr(plain, "commit", real)
    resumed = run(backlog, out, 4)
    assert resumed["files"]["unchanged"] == 4  # the first part's files
    run(backlog, tmp_path / "whole", 0)
    assert corpus_view(out) == corpus_view(tmp_path / "whole")


def test_parts_are_cut_by_documents_and_the_first_drops_what_changed(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    for n in range(5):
        write(raw, f"a/{n}.txt", ["x"])
    (raw / "b").mkdir()
    (raw / "b" / "feed.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}')
    todo = [str(p) for p in sorted(raw.rglob("*.*"))]
    rels = [discovery.relative(Path(p), raw) for p in todo]
    plan = InputPlan(todo=todo, stats=dict.fromkeys(rels, (1, 1)), seen=9, unchanged=3)
    plan.replaced, plan.gone = ["a/1.txt", "a/4.txt"], ["old/gone.txt"]
    parts = input_parts(plan, str(raw), 2)
    assert [[discovery.relative(Path(p), raw) for p in part.todo] for part in parts] == [
        ["a/0.txt", "a/1.txt"],
        ["a/2.txt", "a/3.txt"],
        ["a/4.txt"],
        ["b/feed.jsonl"],  # three documents: a file is never split
    ]
    first, *later = parts
    assert first.replaced == ["a/1.txt"] and first.gone == ["a/4.txt", "old/gone.txt"]
    assert first.unchanged == 3 and all(not p.replaced and not p.gone for p in later)
    assert all(set(p.stats) == {discovery.relative(Path(t), raw) for t in p.todo} for p in parts)
    assert input_parts(plan, str(raw), 8) == [plan]  # eight documents fit in one
    assert input_parts(plan, str(raw), 0) == [plan]


def test_documents_in_a_file_are_counted_without_decoding_it(tmp_path: Path) -> None:
    plain = tmp_path / "f.jsonl"
    plain.write_bytes(b'{"text": "a"}\n{"text": "b"}\n\n{"text": "c"}')  # no final newline
    packed = tmp_path / "f.jsonl.gz"
    packed.write_bytes(gzip.compress(b'{"text": "a"}\n' * 5))
    broken = tmp_path / "g.jsonl.gz"
    broken.write_bytes(b"not gzip")
    text = tmp_path / "t.txt"
    text.write_text("one article\n\nof two paragraphs\n")
    assert discovery.documents_in(plain) == 4  # blank lines count: an upper bound
    assert discovery.documents_in(packed) == 5
    assert discovery.documents_in(broken) == 1  # the reader will reject it
    assert discovery.documents_in(text) == 1
    assert discovery.documents_in(tmp_path / "missing.jsonl") == 1


def test_part_size_is_a_setting() -> None:
    assert PipelineConfig().part_size == 100_000
    assert parse_config({"part_size": 0}).part_size == 0
    with pytest.raises(ConfigError, match="part_size must be >= 0"):
        parse_config({"part_size": -1})
    # not a cleaning setting: changing it cleans nothing again
    assert cleaning_fingerprint(parse_config({"part_size": 5})) == (
        cleaning_fingerprint(PipelineConfig())
    )


def test_a_site_whose_stories_are_copies_counts_them_in_later_parts(tmp_path: Path) -> None:
    # metro runs six stories with its line; three are copies of ledger's (longer) stories, so
    # they are duplicates. One run counts six stories of metro and removes the line; a later
    # part must count the copies an earlier part committed too, not only canonicals
    raw = tmp_path / "raw"
    line = "Metro Daily Review is an independent newsroom covering the whole county."
    for n in range(6):
        extra = ["The ledger's own version closes with this longer paragraph of its own."]
        write(raw, f"ledger/s{n}.txt", story(n) + (extra if n < 3 else []))
    for n in (0, 1, 2, 40, 41, 42):
        write(raw, f"metro/m{n:02d}.txt", [*story(n), line])
    parted = run(raw, tmp_path / "parted", 4)
    run(raw, tmp_path / "whole", 0)
    assert len(parted["parts"]) == 3
    assert not any(line in a["text"] for a in jsonl(tmp_path / "whole" / "articles.jsonl"))
    assert corpus_view(tmp_path / "parted") == corpus_view(tmp_path / "whole")


def test_similarities_are_to_the_canonical_as_it_was_published(tmp_path: Path) -> None:
    # herald's copy of ledger's first story is in the first part with it; the second part
    # finds ledger's line to be furniture and cleans the story again, which leaves it the
    # copy's body: the copy is measured again, against the body published
    from cleaners.dedup import make_key
    from cleaners.pairs import similarity
    from flows.state import State

    raw = tmp_path / "raw"
    write(raw, "herald/copy-0.txt", story(0))
    extra = "Ledger's version adds a closing paragraph of its own, so it stays the canonical."
    for n in range(8):
        write(raw, f"ledger/s{n:02d}.txt", [*story(n), *([extra] if n == 0 else []), FURNITURE])
    out = tmp_path / "parted"
    assert len(run(raw, out, 4)["parts"]) == 3
    run(raw, tmp_path / "whole", 0)
    assert corpus_view(out) == corpus_view(tmp_path / "whole")
    (dup,) = jsonl(out / "duplicates.jsonl")
    assert dup["id"].startswith("herald") and dup["duplicate_of"].startswith("ledger")
    cfg = PipelineConfig().dedup
    with State(out) as state:
        a, b = (state.document(i) for i in (dup["duplicate_of"], dup["id"]))
        assert a is not None and b is not None and FURNITURE not in a.text
        keys = [make_key(x.id, x.text, x.word_count, x.published, cfg, 0) for x in (a, b)]
    jaccard, containment = similarity(keys[0].shingles, keys[1].shingles)
    assert dup["similarity"] == {"jaccard": round(jaccard, 4), "containment": round(containment, 4)}


def test_the_state_is_searched_a_few_articles_at_a_time_with_the_same_result(
    backlog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a later part looks its articles up against the state in chunks, screens the state's
    # articles in blocks and keeps few shingle sets: at one of each, the corpus is the same
    run(backlog, tmp_path / "whole", 0)
    usual = run(backlog, tmp_path / "usual", 4)
    monkeypatch.setattr(candidates, "AGAINST_ROWS", 1)
    monkeypatch.setattr(candidates, "OLD_BLOCK", 1)
    monkeypatch.setattr(candidates, "FETCH", 1)
    monkeypatch.setattr(dedup._Shingles, "LIMIT", 1)
    looked_up: list[int] = []
    real = candidates.state_matches

    def counted(db: object, count: int) -> object:
        got = real(db, count)  # type: ignore[arg-type]
        looked_up.append(len(got))
        return got

    monkeypatch.setattr(candidates, "state_matches", counted)
    small = run(backlog, tmp_path / "small", 4)
    assert sum(n > 0 for n in looked_up) >= 3  # copies found in several chunks
    assert corpus_view(tmp_path / "small") == corpus_view(tmp_path / "whole")
    merges = {m["duplicate"]: (m["canonical"], m["check"]) for m in small["merges"]}
    assert merges == {m["duplicate"]: (m["canonical"], m["check"]) for m in usual["merges"]}


def test_the_band_keys_of_a_chunk_are_given_a_slice_at_a_time_all_of_them() -> None:
    keys = np.arange(7 * 5, dtype=np.int64) * 3
    rows = np.repeat(np.arange(7, dtype=np.int64), 5)
    whole = list(zip(keys.tolist(), rows.tolist(), strict=True))
    for step in (1, 2, 4, 34, 35, 1_000):
        got = list(candidates.int_pairs(keys, rows, step))
        assert got == whole
        assert all(type(k) is int and type(r) is int for k, r in got)  # what SQLite binds

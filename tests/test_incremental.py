"""Incremental runs over the state: skip, replace, join, promote, refuse to mix settings.

These run the pipeline as plain Python (``plain.run_plain``, the flow's steps without
Prefect); the flow itself and killed runs are covered in tests/flows/.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
import zlib
from pathlib import Path

import pytest

from cleaners.config import PipelineConfig, parse_config
from cleaners.language import DEFERRED, detect_language
from flows import batches, plain, publish
from flows import state as state_mod
from flows.state import State, StateMismatchError

WORDS = [
    "council",
    "harbor",
    "ferry",
    "budget",
    "bridge",
    "school",
    "storm",
    "market",
    "museum",
    "river",
    "hospital",
    "tender",
    "contract",
    "mayor",
    "residents",
    "summer",
    "winter",
    "inspection",
    "railway",
    "station",
    "library",
]


def story(n: int, paragraphs: int = 6) -> list[str]:
    """A distinct story: its own title and paragraphs, no words shared in sequence."""
    out = [f"Story number {n} about the {WORDS[n % len(WORDS)]} and its long aftermath"]
    for p in range(paragraphs):
        words = [
            f"{WORDS[(n * 7 + p * 3 + i) % len(WORDS)]}{(n * 31 + p * 11 + i) % 97}"
            for i in range(28)
        ]
        out.append(f"Paragraph {p} of story {n}: " + " ".join(words) + ".")
    return out


def write(raw: Path, rel: str, lines: list[str]) -> None:
    path = raw / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(raw: Path, out: Path, cfg: PipelineConfig | None = None) -> dict:
    return plain.run_plain(str(raw), str(out), cfg or PipelineConfig(), uuid.uuid4().hex)


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def by_id(out: Path, name: str) -> dict[str, dict]:
    return {r["id"]: r for r in jsonl(out / name)}


def outputs(out: Path) -> dict[str, bytes]:
    files = [out / n for n in ("articles.jsonl", "duplicates.jsonl", "rejected.jsonl")]
    files += sorted((out / "articles").iterdir())
    return {p.name: p.read_bytes() for p in files}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    for n in range(4):
        write(raw, f"ledger/s{n}.txt", story(n))
    write(raw, "gazette/copy-of-1.txt", story(1))
    return raw, out


def test_unchanged_raw_is_skipped_and_changes_nothing(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    first = run(raw, out)
    assert first["counts"] == {"read": 5, "canonical": 4, "duplicates": 1, "rejected": 0}
    before = outputs(out)
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    (raw / "ledger" / "s0.txt").touch()  # a new mtime, same bytes: still unchanged
    again = run(raw, out)
    assert again["counts"]["read"] == 0 and again["files"]["unchanged"] == 5
    assert outputs(out) == before
    for p in out.glob("*.jsonl"):
        assert p.stat().st_mtime_ns == mtimes[p.name], p.name
    for p in (out / "articles").iterdir():
        assert p.stat().st_mtime_ns == mtimes[p.name], p.name


def test_changed_file_replaces_its_earlier_version(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    old = by_id(out, "articles.jsonl")
    lines = story(2)
    lines[3] = "A corrected paragraph replaces the third one entirely in the new version."
    write(raw, "ledger/s2.txt", lines)
    result = run(raw, out)
    assert result["files"] == {
        "seen": 5,
        "unchanged": 4,
        "read": 1,
        "changed": 1,
        "removed": 0,
        "removed_paths": [],
        "unavailable": 0,
        "unlisted_folders": [],
    }
    assert result["replaced_documents"] == 1
    new = by_id(out, "articles.jsonl")
    assert new.keys() == old.keys()  # same id, one article, not two
    changed = [i for i in new if new[i]["text"] != old[i]["text"]]
    assert len(changed) == 1 and "corrected paragraph" in new[changed[0]]["text"]
    assert new[changed[0]]["cluster_id"] == old[changed[0]]["cluster_id"]
    assert new[changed[0]]["run_id"] == result["run_id"]
    assert all(new[i]["run_id"] == old[i]["run_id"] for i in new if i not in changed)
    with State(out) as state:
        assert state.counts()["documents"] == 5


def test_copy_in_a_later_run_joins_the_earlier_cluster(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    before = by_id(out, "articles.jsonl")
    lines = story(3)[:-1]  # an edited copy that dropped its last paragraph
    lines[2] = lines[2].replace("Paragraph 1", "Paragraph one")
    write(raw, "courier/2026/s3-copy.txt", lines)
    result = run(raw, out)
    assert result["counts"] == {"read": 1, "canonical": 0, "duplicates": 1, "rejected": 0}
    dups = by_id(out, "duplicates.jsonl")
    (dup,) = [d for d in dups.values() if d["raw_path"].startswith("courier/")]
    canon = before[dup["duplicate_of"]]
    assert "story 3" in canon["text"] and dup["cluster_id"] == canon["cluster_id"]
    assert dup["check"] == "jaccard" and dup["similarity"]["jaccard"] > 0.7
    after = by_id(out, "articles.jsonl")
    assert after.keys() == before.keys()
    assert [d["id"] for d in after[canon["id"]]["duplicates"]] == [dup["id"]]


def test_more_complete_copy_becomes_canonical_and_keeps_the_cluster_id(
    corpus: tuple[Path, Path],
) -> None:
    raw, out = corpus
    run(raw, out)
    before = by_id(out, "articles.jsonl")
    (old_id,) = [i for i, a in before.items() if "story 0" in a["text"]]
    cluster = before[old_id]["cluster_id"]
    # a syndicated first half with "Read more" arrives first, then the full story
    write(
        raw,
        "wire/s0-full.txt",
        [*story(0), "A seventh paragraph only the full copy carries, with more detail about it."],
    )
    result = run(raw, out)
    assert result["counts"]["canonical"] == 1 and result["counts"]["duplicates"] == 0
    after = by_id(out, "articles.jsonl")
    (new_id,) = [i for i, a in after.items() if "story 0" in a["text"]]
    assert new_id != old_id and after[new_id]["cluster_id"] == cluster
    assert [d["id"] for d in after[new_id]["duplicates"]] == [old_id]
    assert by_id(out, "duplicates.jsonl")[old_id]["duplicate_of"] == new_id
    assert not (out / "articles" / f"{old_id}.txt").exists()
    assert not (out / "articles" / f"{old_id}.json").exists()
    assert (out / "articles" / f"{new_id}.txt").is_file()
    assert len(after) == len(before)


def test_truncated_copy_joins_its_full_story(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    write(raw, "aggregator/s2-half.txt", [*story(2)[:4], "Read more"])
    run(raw, out)
    dups = [d for d in jsonl(out / "duplicates.jsonl") if d["raw_path"].startswith("aggregator/")]
    assert len(dups) == 1 and dups[0]["check"] == "containment"


def test_vanished_canonical_hands_over_to_its_copy(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    before = by_id(out, "articles.jsonl")
    (canon,) = [a for a in before.values() if a["duplicates"]]
    (raw / canon["raw_path"]).unlink()
    result = run(raw, out)
    assert result["files"]["removed"] == 1
    after = by_id(out, "articles.jsonl")
    (heir,) = [a for a in after.values() if a["cluster_id"] == canon["cluster_id"]]
    assert heir["id"] == canon["duplicates"][0]["id"] and heir["duplicates"] == []
    assert not (out / "articles" / f"{canon['id']}.txt").exists()
    assert jsonl(out / "duplicates.jsonl") == []


def test_two_runs_give_the_corpus_one_run_gives(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    raw, out = corpus
    run(raw, out)
    write(
        raw, "wire/s0-full.txt", [*story(0), "An extra closing paragraph for the full copy only."]
    )
    write(raw, "wire/s3-copy.txt", story(3))
    write(raw, "ledger/s9.txt", story(9))
    (raw / "ledger" / "s1.txt").unlink()
    run(raw, out)
    fresh = tmp_path / "fresh"
    run(raw, fresh)

    def corpus_view(o: Path) -> tuple[list, list]:
        arts = [
            (a["id"], a["text"], sorted(d["id"] for d in a["duplicates"]))
            for a in jsonl(o / "articles.jsonl")
        ]
        dups = [(d["id"], d["duplicate_of"], d["check"]) for d in jsonl(o / "duplicates.jsonl")]
        return sorted(arts), sorted(dups)

    assert corpus_view(out) == corpus_view(fresh)


def test_bands_follow_the_articles(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    (raw / "ledger" / "s3.txt").unlink()
    run(raw, out)
    with State(out) as state:
        articles = state.db.execute("SELECT count(*) FROM docs WHERE status='article'").fetchone()[
            0
        ]
        bands = state.db.execute("SELECT count(DISTINCT n) FROM bands").fetchone()[0]
        orphans = state.db.execute(
            "SELECT count(*) FROM bands WHERE n NOT IN (SELECT n FROM docs)"
        ).fetchone()[0]
    assert articles == 4 and bands == 4 and orphans == 0


def test_other_dedup_settings_are_refused_with_a_clear_message(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    before = outputs(out)
    with pytest.raises(StateMismatchError, match=r"jaccard: state 0\.6, this run 0\.7"):
        run(raw, out, parse_config({"dedup": {"jaccard": 0.7}}))
    assert outputs(out) == before


def test_changed_cleaning_settings_clean_everything_again(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    result = run(raw, out, parse_config({"boilerplate": {"site_min_stories": 0}}))
    assert result["files"]["read"] == 5 and result["files"]["unchanged"] == 0
    assert result["counts"] == {"read": 5, "canonical": 4, "duplicates": 1, "rejected": 0}
    with State(out) as state:
        assert state.counts()["documents"] == 5


def test_index_rows_match_the_article_files(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    write(raw, "wire/s0-full.txt", [*story(0), "One more paragraph in the complete copy."])
    run(raw, out)
    rows = jsonl(out / "articles.jsonl")
    assert any(r["duplicates"] for r in rows)
    for row in rows:
        meta = json.loads((out / "articles" / f"{row['id']}.json").read_text(encoding="utf-8"))
        assert {k: v for k, v in row.items() if k != "text"} == meta
        text = (out / "articles" / f"{row['id']}.txt").read_text(encoding="utf-8")
        assert text == f"{row['title']}\n\n{row['text']}\n"


def test_an_id_already_in_the_corpus_is_rejected_in_a_later_run(
    corpus: tuple[Path, Path],
) -> None:
    raw, out = corpus

    def feed(rel: str, ids: list[str], n: int) -> None:
        path = raw / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        recs = [{"id": i, "text": "\n".join(story(n + k)[1:])} for k, i in enumerate(ids)]
        path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")

    feed("wire/a.jsonl", ["wire-1", "wire-2", "wire-1"], 20)  # the third repeats an id
    first = run(raw, out)
    assert first["counts"]["rejected"] == 1
    feed("wire/b.jsonl", ["wire-2"], 30)  # a later file reuses an id the corpus holds
    second = run(raw, out)
    assert second["counts"] == {"read": 1, "canonical": 0, "duplicates": 0, "rejected": 1}
    rejected = [r for r in jsonl(out / "rejected.jsonl") if r["rule"] == "duplicate_id"]
    assert [(r["raw_path"], r["raw_record"]) for r in rejected] == [
        ("wire/a.jsonl", 3),
        ("wire/b.jsonl", 1),
    ]
    assert "already used by wire/a.jsonl#2" in rejected[1]["reason"]
    published = by_id(out, "articles.jsonl")
    assert published["wire-2"]["raw_path"] == "wire/a.jsonl"
    ids = [r["id"] for r in jsonl(out / "rejected.jsonl")] + list(published)
    assert len(ids) == len(set(ids))


def test_a_run_keeps_shingle_sets_in_the_state_not_in_memory(tmp_path: Path) -> None:
    """Staged articles come back without their shingle sets (memory follows the batch, not
    the run); dedup reads the sets from the staging area, so copies still merge."""
    import numpy as np

    from cleaners.config import PipelineConfig as Cfg
    from cleaners.dedup import make_key

    raw, out = tmp_path / "raw", tmp_path / "clean"
    write(raw, "a.example/one.txt", story(1))
    write(raw, "b.example/copy.txt", [*story(1)[:-1], story(1)[-1] + " Editor's note added."])
    cfg = Cfg()
    paths = sorted(str(p) for p in raw.rglob("*.txt"))
    staged = batches.clean_and_stage(paths, str(raw), cfg, str(out), "r1")
    assert len(staged.articles) == 2
    with State(out) as state:
        for d in staged.articles:
            assert len(d.key.shingles) == 0 and d.key.signature.size == cfg.dedup.num_perm
            body = state.staged_document(d.id)
            expected = make_key(d.id, body.text, body.word_count, None, cfg.dedup).shingles
            assert np.array_equal(state.staged_shingles(staged.where[d.id]), expected)
    report = plain.run_plain(str(raw), str(out), cfg, "r2")
    assert report["counts"]["duplicates"] == 1  # not an exact copy: the sets were compared
    dup = json.loads((out / "duplicates.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert dup["check"] == "jaccard"


def test_a_state_written_before_shingle_counts_were_kept_still_works(
    corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    """A state from before ``shingle_count`` existed gets the column on opening (NULL for its
    rows: the prefilter then uses its plain floor), and later copies still join its stories."""
    raw, out = corpus
    run(raw, out)
    db = sqlite3.connect(out / ".newsclean" / "state.sqlite")
    for table in ("docs", "staging"):
        db.execute(f"ALTER TABLE {table} DROP COLUMN shingle_count")
    db.commit()
    db.close()
    lines = story(3)[:-1]
    lines[2] = lines[2].replace("Paragraph 1", "Paragraph one")
    write(raw, "courier/s3-copy.txt", lines)
    write(raw, "aggregator/s2-half.txt", [*story(2)[:4], "Read more"])
    result = run(raw, out)
    assert result["counts"] == {"read": 2, "canonical": 0, "duplicates": 2, "rejected": 0}
    checks = {d["raw_path"].split("/")[0]: d["check"] for d in jsonl(out / "duplicates.jsonl")}
    assert checks == {"ledger": "exact", "courier": "jaccard", "aggregator": "containment"}
    with State(out) as state:
        counts = dict(
            state.db.execute(
                "SELECT shingle_count IS NULL, count(*) FROM docs GROUP BY shingle_count IS NULL"
            ).fetchall()
        )
    assert counts == {1: 5, 0: 2}  # the old rows stay unknown, this run's have their count


def test_a_state_whose_bodies_and_lines_an_earlier_version_compressed_with_zlib_still_works(
    corpus: tuple[Path, Path],
) -> None:
    """Bodies and cached index lines used to be zlib streams; they are Zstandard frames now.
    A state holding the old kind reads as before, and later runs mix the two."""
    raw, out = corpus
    run(raw, out)
    before = outputs(out)
    db = sqlite3.connect(out / ".newsclean" / "state.sqlite")
    bodies = db.execute("SELECT id, body FROM docs WHERE body IS NOT NULL").fetchall()
    assert bodies and all(b[:4] == b"\x28\xb5\x2f\xfd" for _, b in bodies)
    db.executemany(
        "UPDATE docs SET body=? WHERE id=?",
        ((zlib.compress(state_mod.unpack(b), 6), i) for i, b in bodies),
    )
    rows = db.execute("SELECT id, row FROM clusters").fetchall()
    db.executemany(
        "UPDATE clusters SET row=? WHERE id=?",
        ((zlib.compress(state_mod.unpack(r), 1), i) for i, r in rows),
    )
    db.commit()
    db.close()
    (out / "articles.jsonl").unlink()  # written again from the old lines
    with State(out) as state:
        publish.finish_outputs(state, str(out), PipelineConfig())
        assert [d.id for d in map(state.document, (i for i, _ in bodies)) if d] == [
            i for i, _ in bodies
        ]
    assert outputs(out) == before
    write(raw, "courier/s3-copy.txt", story(3)[:-1])  # reads the old canonical's body
    result = run(raw, out)
    assert result["counts"]["duplicates"] == 1
    dups = {d["raw_path"] for d in by_id(out, "duplicates.jsonl").values()}
    assert "courier/s3-copy.txt" in dups


def test_an_incremental_run_splices_the_articles_index_as_a_full_rewrite_would_write_it(
    corpus: tuple[Path, Path],
) -> None:
    """Only the changed lines of articles.jsonl come from the state; the file is byte for
    byte what writing every line from the state gives."""
    raw, out = corpus
    run(raw, out)
    write(raw, "wire/s0-full.txt", [*story(0), "An extra closing paragraph for the full copy."])
    write(raw, "ledger/s9.txt", story(9))
    (raw / "ledger" / "s2.txt").unlink()
    run(raw, out)
    spliced = (out / "articles.jsonl").read_bytes()
    with State(out) as state:
        state.db.execute("DELETE FROM meta WHERE key='articles_index'")
        publish.finish_outputs(
            state, str(out), PipelineConfig()
        )  # no record of the file: a full rewrite
    assert (out / "articles.jsonl").read_bytes() == spliced
    ids = [r["id"] for r in jsonl(out / "articles.jsonl")]
    assert ids == sorted(ids) and len(ids) == 4  # s0 (now the full copy), s1, s3, s9


def edit_by_hand(index: Path, edit: str, extra: bytes) -> None:
    """Change an index file as a person might: ``extra`` appended, cut in half, or replaced
    by lines that are not JSON."""
    good = index.read_bytes()
    if edit == "append":
        index.write_bytes(good + extra)
    elif edit == "truncate":
        index.write_bytes(good[: len(good) // 2])
    else:
        index.write_bytes(b"not json at all\n" * 3)


@pytest.mark.parametrize("edit", ["append", "truncate", "replace"])
def test_an_articles_index_changed_by_hand_is_written_again_from_the_state(
    corpus: tuple[Path, Path], edit: str
) -> None:
    raw, out = corpus
    run(raw, out)
    index = out / "articles.jsonl"
    edit_by_hand(index, edit, b'{"id": "zzz-not-an-article"}\n')
    write(raw, "ledger/s9.txt", story(9))
    run(raw, out)
    rows = jsonl(index)
    assert sorted(r["id"] for r in rows) == sorted(by_id(out, "articles.jsonl"))
    assert len(rows) == 5 and not any(r["id"].startswith("zzz") for r in rows)
    assert all(r["text"] for r in rows)


def test_lines_of_unchanged_articles_are_copied_from_the_index_not_rebuilt(
    corpus: tuple[Path, Path],
) -> None:
    raw, out = corpus
    run(raw, out)
    before = {r["id"]: r for r in jsonl(out / "articles.jsonl")}
    untouched = sorted(before)[-1]
    with State(out) as state:  # a cached line the splice must not read
        state.db.execute(
            "UPDATE clusters SET row=? WHERE canonical=?",
            (zlib.compress(b'{"id": "' + untouched.encode() + b'", "text": "stale"}\n'), untouched),
        )
    write(raw, "ledger/s9.txt", story(9))
    run(raw, out)
    after = {r["id"]: r for r in jsonl(out / "articles.jsonl")}
    assert after[untouched] == before[untouched]
    assert len(after) == 5


def test_an_incremental_run_splices_the_duplicates_index_as_a_full_rewrite_would_write_it(
    corpus: tuple[Path, Path],
) -> None:
    """duplicates.jsonl: the lines of the clusters a run touched come from the state (a copy
    joins, a fuller copy takes over as canonical, a duplicate's file goes), the others from
    the file; the result is byte for byte what writing every line from the state gives."""
    raw, out = corpus
    write(raw, "gazette/copy-of-2.txt", story(2))
    write(raw, "gazette/copy-of-3.txt", story(3))
    run(raw, out)
    assert len(jsonl(out / "duplicates.jsonl")) == 3
    untouched = next(r for r in jsonl(out / "duplicates.jsonl") if r["raw_path"] == "ledger/s3.txt")
    with State(out) as state:  # shows in the file only if the splice read s3's cluster
        state.db.execute("UPDATE docs SET title='stale' WHERE id=?", (untouched["id"],))
    write(raw, "wire/s0-copy.txt", story(0))  # joins s0's cluster
    write(raw, "wire/s1-full.txt", [*story(1), "An extra closing paragraph for the full copy."])
    (raw / "gazette" / "copy-of-2.txt").unlink()  # s2 loses its only duplicate
    write(raw, "ledger/s9.txt", story(9))
    run(raw, out)
    spliced = (out / "duplicates.jsonl").read_bytes()
    assert b"stale" not in spliced, "the untouched cluster's line was not copied"
    with State(out) as state:
        state.db.execute(
            "UPDATE docs SET title=? WHERE id=?", (untouched["title"], untouched["id"])
        )
        state.db.execute("DELETE FROM meta WHERE key='duplicates_index'")
        publish.finish_outputs(state, str(out), PipelineConfig())  # a full rewrite
    assert (out / "duplicates.jsonl").read_bytes() == spliced
    path = {a["id"]: a["raw_path"] for a in jsonl(out / "articles.jsonl")}
    rows = jsonl(out / "duplicates.jsonl")
    assert sorted((r["raw_path"], path[r["duplicate_of"]]) for r in rows) == [
        ("gazette/copy-of-1.txt", "wire/s1-full.txt"),
        ("ledger/s1.txt", "wire/s1-full.txt"),
        ("ledger/s3.txt", "gazette/copy-of-3.txt"),  # equal copies: the smaller id leads
        ("wire/s0-copy.txt", "ledger/s0.txt"),
    ]


def test_lines_of_untouched_clusters_are_copied_from_the_duplicates_index(
    corpus: tuple[Path, Path],
) -> None:
    raw, out = corpus
    run(raw, out)
    before = jsonl(out / "duplicates.jsonl")
    assert [r["raw_path"] for r in before] == ["ledger/s1.txt"]  # gazette/copy-of-1 leads
    with State(out) as state:  # a row the splice must not read: its cluster is untouched
        state.db.execute("UPDATE docs SET title='stale' WHERE id=?", (before[0]["id"],))
    write(raw, "ledger/s9.txt", story(9))
    run(raw, out)
    assert jsonl(out / "duplicates.jsonl") == before
    with State(out) as state:  # the same state written in full shows the edited row
        state.db.execute("DELETE FROM meta WHERE key='duplicates_index'")
        publish.finish_outputs(state, str(out), PipelineConfig())
    assert jsonl(out / "duplicates.jsonl")[0]["title"] == "stale"


@pytest.mark.parametrize("edit", ["append", "truncate", "replace"])
def test_a_duplicates_index_changed_by_hand_is_written_again_from_the_state(
    corpus: tuple[Path, Path], edit: str
) -> None:
    raw, out = corpus
    write(raw, "gazette/copy-of-2.txt", story(2))
    run(raw, out)
    index = out / "duplicates.jsonl"
    good = index.read_bytes()
    edit_by_hand(index, edit, good.splitlines(keepends=True)[0])
    write(raw, "ledger/s9.txt", story(9))
    run(raw, out)
    assert index.read_bytes() == good


def _languages(out: Path) -> dict[str, tuple[str | None, str]]:
    """doc id -> (language its cluster keeps for it as canonical, language of the stored
    document), every article."""
    with State(out) as state:
        kept = dict(state.rows("SELECT canonical, language FROM clusters"))
        rows = state.rows("SELECT id FROM docs WHERE status='article'")
        return {
            i: (kept.get(i), doc.language)
            for (i,) in rows
            if (doc := state.document(i)) is not None
        }


def test_language_is_detected_on_canonical_articles_only(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    cfg = PipelineConfig()
    result = run(raw, out, cfg)
    articles = by_id(out, "articles.jsonl")
    (dup,) = jsonl(out / "duplicates.jsonl")
    langs = _languages(out)
    assert langs[dup["id"]] == (None, DEFERRED)  # a copy's language is never detected
    for doc_id, article in articles.items():
        expected = detect_language(article["text"], cfg.language)
        assert (article["language"], article["language_score"]) == (
            expected[0],
            round(expected[1], 4),
        )
        assert langs[doc_id] == (expected[0], DEFERRED)  # kept with its cluster
        meta = json.loads((out / "articles" / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert meta["language"] == expected[0]
    assert sum(result["languages"].values()) == len(articles)
    assert DEFERRED not in result["languages"]


def test_a_copy_that_becomes_canonical_gets_its_language_then(corpus: tuple[Path, Path]) -> None:
    raw, out = corpus
    run(raw, out)
    (canon,) = [a for a in by_id(out, "articles.jsonl").values() if a["duplicates"]]
    heir_id = canon["duplicates"][0]["id"]
    assert _languages(out)[heir_id] == (None, DEFERRED)
    (raw / canon["raw_path"]).unlink()
    result = run(raw, out)
    heir = by_id(out, "articles.jsonl")[heir_id]
    assert heir["language"] == canon["language"] != DEFERRED  # the same story
    assert _languages(out)[heir_id] == (heir["language"], DEFERRED)
    assert result["files"]["removed"] == 1
    again = run(raw, out)  # nothing new: nothing detected or rewritten again
    assert again["counts"]["read"] == 0 and by_id(out, "articles.jsonl")[heir_id] == heir


def test_a_state_written_before_clusters_kept_languages_still_works(
    corpus: tuple[Path, Path],
) -> None:
    """A state whose clusters table has no language columns gets them on opening; an article
    rendered again gets its language detected then, the others keep their lines."""
    raw, out = corpus
    cfg = PipelineConfig()
    run(raw, out, cfg)
    db = sqlite3.connect(out / ".newsclean" / "state.sqlite")
    for column in ("language", "language_score"):
        db.execute(f"ALTER TABLE clusters DROP COLUMN {column}")
    db.commit()
    db.close()
    lines = story(2)
    lines[3] = "A corrected paragraph replaces the third one entirely in the new version."
    write(raw, "ledger/s2.txt", lines)
    run(raw, out, cfg)
    articles = by_id(out, "articles.jsonl")
    for article in articles.values():
        assert article["language"] == detect_language(article["text"], cfg.language)[0]
    with State(out) as state:
        kept = dict(state.rows("SELECT canonical, language FROM clusters"))
    (changed,) = [i for i, a in articles.items() if "corrected paragraph" in a["text"]]
    assert kept[changed] == articles[changed]["language"]
    assert sum(lang is None for lang in kept.values()) == len(kept) - 1  # untouched: unknown


def test_an_article_rendered_again_reuses_the_language_its_cluster_keeps(
    corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = corpus
    cfg = PipelineConfig()
    run(raw, out, cfg)
    before = outputs(out)

    def no_detection(text: str, lang_cfg: object) -> tuple[str, float]:
        raise AssertionError("language detected again")

    monkeypatch.setattr("cleaners.pipeline.detect_language", no_detection)
    with State(out) as state:
        clusters = [r[0] for r in state.rows("SELECT id FROM clusters ORDER BY id")]
        assert publish.render_outputs(state, str(out), clusters, cfg) == 0  # same bytes
        state.db.execute("UPDATE clusters SET language=NULL WHERE id=?", (clusters[0],))
        with pytest.raises(AssertionError, match="detected again"):
            publish.render_outputs(state, str(out), clusters[:1], cfg)
    assert outputs(out) == before


def test_index_lines_kept_a_few_at_a_time_give_the_same_index(
    corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = corpus
    run(raw, out)
    before = outputs(out)
    monkeypatch.setattr(publish, "ROWS_PER_WRITE", 2)
    with State(out) as state:
        clusters = [r[0] for r in state.rows("SELECT id FROM clusters ORDER BY id")]
        assert len(clusters) > 2
        state.db.execute("UPDATE clusters SET row=NULL")
        (out / "articles.jsonl").unlink()
        publish.render_outputs(state, str(out), clusters, PipelineConfig())
        assert state.db.execute("SELECT count(*) FROM clusters WHERE row IS NULL").fetchone() == (
            0,
        )
        publish.finish_outputs(state, str(out), PipelineConfig())
    assert outputs(out) == before


def test_the_state_does_not_wipe_freed_pages(tmp_path: Path) -> None:
    """SQLite builds with SECURE_DELETE (Debian's) zero and write out every page a delete
    frees; clearing the staging area at each commit would write it out twice more."""
    with State(tmp_path) as state:
        assert state.db.execute("PRAGMA secure_delete").fetchone() == (0,)
        state.db.execute("CREATE TABLE t(x BLOB)")
        state.db.execute("INSERT INTO t VALUES (randomblob(100000))")
        state.db.execute("DELETE FROM t")
        state.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = (tmp_path / ".newsclean" / "state.sqlite").read_bytes()
    assert data.count(b"\0" * 4096) < 5  # the freed blob's 25 pages were not zeroed out


def test_a_later_run_splices_articles_jsonl_to_the_bytes_a_full_rewrite_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    for n in range(6):
        write(raw, f"ledger/s{n}.txt", story(n))
    run(raw, out)
    spliced: list[int] = []
    real = publish._splice_index

    def spy(*args: object) -> int:
        spliced.append(real(*args))  # type: ignore[arg-type]
        return spliced[-1]

    monkeypatch.setattr(publish, "_splice_index", spy)
    write(raw, "ledger/s7.txt", story(7))  # a new story, sorting among the others
    lines = story(3)
    lines[2] = "A corrected paragraph that replaces the old one in the story's new version."
    write(raw, "ledger/s3.txt", lines)  # a changed one
    (raw / "ledger" / "s1.txt").unlink()  # and one gone
    run(raw, out)
    assert spliced == [6]
    index = out / "articles.jsonl"
    with State(out) as state:  # every line from the state, as a full rewrite writes them
        rewritten = b"".join(publish._index_lines(state, index, False))
    assert index.read_bytes() == rewritten

"""newsclean export: the corpus as Parquet, read back with pyarrow and DuckDB."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsclean.cli import app
from tests.builders import build_raw

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus made by a whole run (the flow's stages as plain Python) over build_raw."""
    from cleaners.config import PipelineConfig
    from flows import plain

    root = tmp_path_factory.mktemp("export")
    raw, out = root / "raw", root / "clean"
    raw.mkdir()
    want = build_raw(raw)
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1", "2026-11-22T06:00:00Z")
    assert len(jsonl(out)) == want["canonical"]
    return out


def sql(query: str) -> list[tuple]:
    """DuckDB's answer to a query, every row."""
    with duckdb.connect() as con:
        return con.execute(query).fetchall()


def jsonl(out: Path) -> list[dict]:
    text = (out / "articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def exported(dest: Path) -> list[Path]:
    return sorted(dest.glob("articles-*.parquet"))


def export(corpus: Path, dest: Path, *more: str):
    return invoke(
        "export", "--format", "parquet", "--corpus", str(corpus), "--out", str(dest), *more
    )


def test_the_export_holds_the_rows_of_articles_jsonl(corpus: Path, tmp_path: Path) -> None:
    dest = tmp_path / "parquet"
    result = export(corpus, dest)
    assert result.exit_code == 0, result.output
    lines = jsonl(corpus)
    assert len(lines) == 4
    summary = result.output.strip()
    assert "\n" not in summary and "exported 4 articles" in summary
    assert "1 file (articles-00000.parquet)" in summary
    files = exported(dest)
    assert [f.name for f in files] == ["articles-00000.parquet"]
    assert f"{files[0].stat().st_size:,} bytes" in summary
    assert sorted(p.name for p in dest.iterdir()) == ["articles-00000.parquet"]  # no temporaries
    table = pq.read_table(files[0])
    assert table.num_rows == len(lines)
    assert table.column_names == list(lines[0])  # the keys of a line, in order
    assert table.column("id").to_pylist() == [r["id"] for r in lines]
    assert table.column("text").to_pylist() == [r["text"] for r in lines]
    # every value, nested lists of records included
    assert table.to_pylist() == lines
    assert any(r["removed"] for r in lines) and any(r["duplicates"] for r in lines)
    meta = pq.ParquetFile(files[0]).metadata
    assert meta.row_group(0).column(1).compression == "ZSTD"


def test_duckdb_reads_the_export(corpus: Path, tmp_path: Path) -> None:
    dest = tmp_path / "parquet"
    assert export(corpus, dest).exit_code == 0
    lines = jsonl(corpus)
    glob = str(dest / "*.parquet")
    count, ids, words, removed = sql(
        f"SELECT count(*), count(DISTINCT id), sum(word_count), sum(len(removed)) FROM '{glob}'"
    )[0]
    assert count == ids == len(lines)
    assert words == sum(r["word_count"] for r in lines)
    assert removed == sum(len(r["removed"]) for r in lines)
    rules = sql(
        f"SELECT r.rule, count(*) FROM (SELECT unnest(removed) AS r FROM '{glob}') GROUP BY 1"
    )
    want: dict[str, int] = {}
    for row in lines:
        for r in row["removed"]:
            want[r["rule"]] = want.get(r["rule"], 0) + 1
    assert dict(rules) == want
    pairs = sql(
        f"SELECT id, d.id, d.similarity.jaccard FROM (SELECT id, unnest(duplicates) AS d"
        f" FROM '{glob}') ORDER BY 1, 2"
    )
    assert pairs == sorted(
        (r["id"], d["id"], d["similarity"]["jaccard"]) for r in lines for d in r["duplicates"]
    )


def test_a_small_file_budget_splits_the_export_and_a_new_export_replaces_it(
    corpus: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "parquet"
    dest.mkdir()
    (dest / "notes.txt").write_text("mine")
    stale = dest / ".articles-00000.parquet.999999999.tmp"  # an export killed long ago
    stale.write_bytes(b"half a file")
    result = export(corpus, dest, "--file-mb", "0.001")
    assert result.exit_code == 0, result.output
    files = exported(dest)
    assert len(files) > 1
    assert [f.name for f in files] == [f"articles-{i:05d}.parquet" for i in range(len(files))]
    assert f"{len(files)} files (articles-00000.parquet to {files[-1].name})" in result.output
    schemas = [pq.read_schema(f) for f in files]
    assert all(s == schemas[0] for s in schemas)
    rows = [row for f in files for row in pq.read_table(f).to_pylist()]
    lines = jsonl(corpus)
    assert [r["id"] for r in rows] == [r["id"] for r in lines]  # each article once, in order
    assert rows == lines
    assert not stale.exists()
    (count,) = sql(f"SELECT count(*) FROM '{dest}/*.parquet'")[0]
    assert count == len(lines)

    # exported again with the default budget: one file, the earlier ones gone
    result = export(corpus, dest)
    assert result.exit_code == 0, result.output
    assert [f.name for f in exported(dest)] == ["articles-00000.parquet"]
    assert pq.read_table(dest / "articles-00000.parquet").to_pylist() == lines
    assert sorted(p.name for p in dest.iterdir()) == ["articles-00000.parquet", "notes.txt"]


def test_a_failed_export_leaves_the_earlier_one(tmp_path: Path) -> None:
    from flows.export import write_parquet

    dest = tmp_path / "parquet"
    good = [b'{"id": "a", "text": "one"}\n', b'{"id": "b", "text": "two"}\n']
    write_parquet(lambda: good, dest, file_bytes=1, chunk_rows=1)
    before = {p.name: p.read_bytes() for p in dest.iterdir()}
    assert sorted(before) == ["articles-00000.parquet", "articles-00001.parquet"]
    broken = [b'{"id": "c", "text": "three"}\n', b"not json\n"]
    with pytest.raises(json.JSONDecodeError):
        write_parquet(lambda: broken, dest, file_bytes=1, chunk_rows=1)
    assert {p.name: p.read_bytes() for p in dest.iterdir()} == before


def test_the_schema_is_the_same_in_every_file_when_later_rows_fill_nulls(tmp_path: Path) -> None:
    from flows.export import write_parquet

    rows = [
        {"id": "a", "agency": None, "score": 1, "images": [], "similarity": None},
        {"id": "b", "agency": None, "score": 0.5, "images": [], "similarity": None},
        {
            "id": "c",
            "agency": "Reuters",
            "score": None,
            "images": [{"caption": "A port", "credit": None, "line": 3}],
            "similarity": {"jaccard": 0.9, "containment": None},
        },
        {
            "id": "d",
            "agency": None,
            "score": 2.0,
            "images": [{"caption": "A ship", "credit": "AP", "line": 1, "kind": "photo"}],
            "similarity": None,
        },
    ]
    lines = [(json.dumps(r) + "\n").encode() for r in rows]
    passes = []

    def read() -> list[bytes]:
        passes.append(1)
        return lines

    result = write_parquet(read, tmp_path, file_bytes=1, chunk_rows=1)
    assert result.rows == 4 and len(result.files) == 4
    assert len(passes) == 2  # rows c and d both widen the schema: one pass to learn it all
    schemas = [pq.read_schema(f) for f in result.files]
    assert all(s == schemas[0] for s in schemas)
    schema = schemas[0]
    assert schema.names == ["id", "agency", "score", "images", "similarity"]
    assert str(schema.field("agency").type) == "string"
    assert str(schema.field("score").type) == "double"
    assert schema.field("images").type.value_type.names == ["caption", "credit", "line", "kind"]
    back = [row for f in result.files for row in pq.read_table(f).to_pylist()]
    assert [r["agency"] for r in back] == [None, None, "Reuters", None]
    assert [r["score"] for r in back] == [1.0, 0.5, None, 2.0]
    assert back[2]["images"] == [{"caption": "A port", "credit": None, "line": 3, "kind": None}]
    assert back[3]["images"][0]["kind"] == "photo"
    assert back[2]["similarity"] == {"jaccard": 0.9, "containment": None}
    # a sample of the lines that shows every type: one pass, the same files
    passes.clear()
    again = write_parquet(read, tmp_path / "again", file_bytes=1, chunk_rows=1, sample=lines[2:])
    assert len(passes) == 1
    assert [pq.read_table(f).to_pylist() for f in again.files] == [
        pq.read_table(f).to_pylist() for f in result.files
    ]


def test_the_export_refuses_a_wrong_destination(corpus: Path, tmp_path: Path) -> None:
    result = export(corpus, corpus)
    assert result.exit_code == 2 and "must not be the corpus folder" in result.output
    result = export(corpus, corpus / ".newsclean" / "x")
    assert result.exit_code == 2 and "state folder" in result.output
    raw = corpus.parent / "raw"
    result = export(corpus, raw / "parquet")
    assert result.exit_code == 2 and "inside the raw folder" in result.output
    assert not (raw / "parquet").exists()
    (tmp_path / "file").write_text("x")
    result = export(corpus, tmp_path / "file")
    assert result.exit_code == 2 and "is a file" in result.output
    result = export(corpus, tmp_path / "p", "--file-mb", "0")
    assert result.exit_code == 2 and "--file-mb" in result.output


def test_a_raw_folder_named_relative_to_the_run_s_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaners.config import PipelineConfig
    from flows import plain

    project = tmp_path / "project"
    (project / "raw" / "site").mkdir(parents=True)
    story = (ROOT / "tests" / "golden" / "g01_telegram_cta.txt").read_text(encoding="utf-8")
    (project / "raw" / "site" / "a.txt").write_text(story, encoding="utf-8")
    monkeypatch.chdir(project)
    plain.run_plain("raw", "clean", PipelineConfig(), "run-1")  # as `newsclean run` names them
    monkeypatch.chdir(tmp_path)  # exported from elsewhere
    result = export(project / "clean", project / "raw" / "site" / "parquet")
    assert result.exit_code == 2 and "inside the raw folder" in result.output
    result = export(project / "clean", project / "parquet")
    assert result.exit_code == 0, result.output
    assert "exported 1 article " in result.output


def test_a_missing_or_empty_corpus_is_an_error(tmp_path: Path) -> None:
    from cleaners.config import PipelineConfig
    from flows import plain

    result = export(tmp_path / "nothing", tmp_path / "p")
    assert result.exit_code == 2 and "holds no newsclean run" in result.output
    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    (raw / "empty.txt").write_text("Leave a Reply\nSource link\n", encoding="utf-8")
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    result = export(out, tmp_path / "p")
    assert result.exit_code == 2 and "holds no articles" in result.output
    assert not (tmp_path / "p").exists()


def test_outputs_a_run_has_not_finished_are_not_exported(corpus: Path, tmp_path: Path) -> None:
    from flows.io import run_lock

    out = tmp_path / "clean"
    shutil.copytree(corpus, out)
    with sqlite3.connect(out / ".newsclean" / "state.sqlite") as db:
        db.execute("UPDATE meta SET value='stale' WHERE key='outputs'")
    result = export(out, tmp_path / "p")
    assert result.exit_code == 2 and "were not finished" in result.output
    with run_lock(out, wait=False):
        result = export(out, tmp_path / "p")
    assert result.exit_code == 3 and "a run is updating" in result.output
    assert not exported(tmp_path / "p")


def test_export_does_not_import_prefect(corpus: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from typer.testing import CliRunner; from newsclean.cli import app;"
        "r = CliRunner().invoke(app, ['export', '--format', 'parquet', '--corpus',"
        f" {str(corpus)!r}, '--out', {str(tmp_path / 'p')!r}]);"
        "assert r.exit_code == 0, r.output; print('prefect' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.stdout.strip() == "False", proc.stderr

"""A run killed with SIGKILL at any point, then a new run, gives what one uninterrupted run
gives: the same state and the same outputs, nothing lost, nothing doubled.

Each case runs the real CLI in a subprocess (against the test's Prefect server) and kills it
at a named point (NEWSCLEAN_KILL_AT): while staging, before, inside and after the state's
commit, and while and after writing the outputs; the next run is the flow, in process.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from cleaners.config import PipelineConfig
from flows import plain
from flows.state import STATE_PATH
from tests.test_incremental import story, write

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]
ROOT = Path(__file__).resolve().parents[2]

POINTS = [
    "after-stage",
    "before-commit",
    "commit-middle",
    "after-commit",
    "mid-outputs",
    "before-synced",
]


def cli(
    raw: Path, out: Path, kill_at: str | None = None, config: Path | None = None
) -> subprocess.CompletedProcess[str]:
    from prefect.settings import get_current_settings

    env = {**os.environ, "PREFECT_API_URL": str(get_current_settings().api.url)}
    env.pop("NEWSCLEAN_KILL_AT", None)
    if kill_at:
        env["NEWSCLEAN_KILL_AT"] = kill_at
    args = ["run", "--raw", str(raw), "--out", str(out), "--workers", "1", "--batch-size", "2"]
    if config:
        args += ["--config", str(config)]
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )


def snapshot(out: Path) -> dict[str, object]:
    """State and outputs, less what names the run (run ids, times); checks that they agree."""
    articles = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    dups = [json.loads(x) for x in (out / "duplicates.jsonl").read_text().splitlines()]
    rejected = [json.loads(x) for x in (out / "rejected.jsonl").read_text().splitlines()]
    # what one run over this raw/ must publish: five stories, three copies, one empty file
    assert (len(articles), len(dups), len(rejected)) == (5, 3, 1)
    assert sorted(p.name for p in (out / "articles").iterdir()) == sorted(
        f"{a['id']}.{ext}" for a in articles for ext in ("txt", "json")
    )
    assert {a["raw_path"] for a in articles} >= {"wire/s0-full.txt", "ledger/s7.txt"}
    assert not any(a["raw_path"] == "ledger/s4.txt" for a in articles)
    snap: dict[str, object] = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if not p.is_file() or rel.startswith(".newsclean") or rel == "report.json":
            continue
        if p.suffix == ".json":
            meta = json.loads(p.read_text(encoding="utf-8"))
            meta.pop("run_id")
            snap[rel] = meta
        elif p.suffix == ".jsonl":
            rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
            snap[rel] = [{k: v for k, v in r.items() if k != "run_id"} for r in rows]
        else:
            snap[rel] = p.read_bytes()
    assert not list(out.rglob("*.tmp")), "temporary files left behind"
    db = sqlite3.connect(out / STATE_PATH)
    queries = {
        "docs": "SELECT id, path, record, source, title, status, rule, reason, body, exact,"
        " signature, lead, word_count, published, repairs, language, site_keys, cluster, jaccard,"
        ' containment, "check", shingle_count FROM docs ORDER BY id',
        "bands": "SELECT b.key, d.id FROM bands b JOIN docs d ON d.n = b.n ORDER BY 1, 2",
        "orphan_bands": "SELECT count(*) FROM bands WHERE n NOT IN (SELECT n FROM docs)",
        "clusters": "SELECT id, canonical, article_sha FROM clusters ORDER BY id",
        "files": "SELECT path, size, mtime_ns, sha256, fingerprint FROM files ORDER BY path",
        "pending": "SELECT id FROM pending",
        "staging": "SELECT id FROM staging",
        # (less the recorded sizes and mtimes of the indexes: a time, like the run ids; and
        # the count of commits, which a killed run adds to)
        "meta": "SELECT key, value FROM meta"
        " WHERE key NOT IN ('articles_index', 'duplicates_index', 'commits') ORDER BY key",
    }
    for name, sql in queries.items():
        snap[f"state:{name}"] = db.execute(sql).fetchall()
    db.close()
    return snap


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    """A state from a first run, a raw/ that changed since, and what one run makes of it."""
    base = tmp_path_factory.mktemp("crash")
    raw, first = base / "raw", base / "first"
    for n in range(5):
        write(raw, f"ledger/s{n}.txt", story(n))
    write(raw, "gazette/s1-copy.txt", story(1)[:-1])
    write(raw, "notes/empty.txt", [""])
    plain.run_plain(str(raw), str(first), PipelineConfig(), uuid.uuid4().hex)
    # since then: copies, a more complete copy, a new story, a changed and a deleted file
    write(raw, "wire/s0-full.txt", [*story(0), "A closing paragraph only the full copy has."])
    write(raw, "courier/s2-half.txt", [*story(2)[:4], "Read more"])
    write(raw, "ledger/s7.txt", story(7))
    lines = story(3)
    lines[2] = "A corrected paragraph that replaces the old one in the story's new version."
    write(raw, "ledger/s3.txt", lines)
    (raw / "ledger" / "s4.txt").unlink()
    reference = base / "reference"
    shutil.copytree(first, reference)
    rerun(raw, reference)
    return raw, first, snapshot(reference)


def rerun(raw: Path, out: Path) -> None:
    """The next run: the flow itself, in this process (the killed one was the real CLI)."""
    from flows.clean_articles import clean_articles

    result = clean_articles(raw_dir=str(raw), out_dir=str(out))
    assert result["corpus"]["documents"] == 9


@pytest.mark.parametrize("point", POINTS)
def test_killed_run_then_rerun_equals_one_run(
    scenario: tuple[Path, Path, dict[str, object]], tmp_path: Path, point: str
) -> None:
    raw, first, want = scenario
    out = tmp_path / "clean"
    shutil.copytree(first, out)
    killed = cli(raw, out, kill_at=point)
    assert killed.returncode == -signal.SIGKILL, (point, killed.stderr[-2000:])
    rerun(raw, out)
    assert snapshot(out) == want


def test_a_run_killed_after_a_part_keeps_it_and_the_next_reads_the_rest(tmp_path: Path) -> None:
    from flows.clean_articles import clean_articles
    from tests.test_parts import corpus_view

    raw = tmp_path / "raw"
    for n in range(6):
        write(raw, f"ledger/s{n}.txt", story(n))
    for n in (0, 4):
        write(raw, f"wire/copy-{n}.txt", story(n))
    config = tmp_path / "parts.toml"
    config.write_text("part_size = 3\n")
    out = tmp_path / "clean"
    killed = cli(raw, out, kill_at="after-commit", config=config)  # the first part's commit
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    db = sqlite3.connect(out / STATE_PATH)
    kept = [r[0] for r in db.execute("SELECT path FROM files ORDER BY path")]
    db.close()
    assert kept == ["ledger/s0.txt", "ledger/s1.txt", "ledger/s2.txt"]
    result = clean_articles(raw_dir=str(raw), out_dir=str(out), config_path=str(config))
    assert result["skipped_files"] == 3 and result["read"] == 5
    plain.run_plain(str(raw), str(tmp_path / "whole"), PipelineConfig(), uuid.uuid4().hex)
    assert corpus_view(out) == corpus_view(tmp_path / "whole")

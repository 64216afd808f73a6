"""End to end: the real flow on a small raw/ tree, under a temporary Prefect server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.builders import build_raw, tree_digest

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def raw(tmp_path: Path) -> tuple[Path, dict]:
    root = tmp_path / "raw"
    root.mkdir()
    return root, build_raw(root)


def test_run_accounts_for_every_document(raw: tuple[Path, dict], tmp_path: Path) -> None:
    from flows.clean_articles import clean_articles

    root, want = raw
    before = tree_digest(root)
    out = tmp_path / "clean"
    state = clean_articles(raw_dir=str(root), out_dir=str(out), return_state=True)
    assert state.is_completed()
    result = state.result()
    for key in ("read", "canonical", "duplicates", "rejected"):
        assert result[key] == want[key], key
    assert result["canonical"] + result["duplicates"] + result["rejected"] == result["read"]
    assert tree_digest(root) == before, "raw/ must never be modified"

    articles = _jsonl(out / "articles.jsonl")
    dups = _jsonl(out / "duplicates.jsonl")
    rejected = _jsonl(out / "rejected.jsonl")
    assert len(articles) == result["canonical"]
    assert len(dups) == result["duplicates"]
    assert len(rejected) == result["rejected"]
    ids = [a["id"] for a in articles] + [d["id"] for d in dups] + [r["id"] for r in rejected]
    assert len(ids) == len(set(ids)), "a document is listed twice"

    # every canonical has its two files, and they agree with the index
    for a in articles:
        txt = (out / "articles" / f"{a['id']}.txt").read_text(encoding="utf-8")
        meta = json.loads((out / "articles" / f"{a['id']}.json").read_text(encoding="utf-8"))
        assert txt.endswith(a["text"] + "\n")
        assert meta["cluster_id"] == a["cluster_id"]
        assert meta["run_id"] == result["run_id"]
        assert "â€" not in txt, "mojibake in published text"
    assert sorted(p.name for p in (out / "articles").iterdir()) == sorted(
        f"{a['id']}.{ext}" for a in articles for ext in ("txt", "json")
    )
    assert not list(out.rglob("*.tmp")), "temporary files left behind"

    # the syndicated copy is a listed duplicate of its original, with the evidence
    by_path = {d["raw_path"]: d for d in dups}
    copy = by_path["harbor/port-copy.txt"]
    canon = next(a for a in articles if a["id"] == copy["duplicate_of"])
    assert canon["raw_path"] == "ledger/2026-03-01/port.txt"
    assert copy["check"] in {"jaccard", "containment"}
    assert copy["similarity"]["containment"] >= 0.8
    assert any(d["id"] == copy["id"] for d in canon["duplicates"])
    assert by_path["feeds/wire.jsonl"]["id"] == "wire-1"

    # rejections carry reasons
    reasons = {(r["raw_path"], r["rule"]) for r in rejected}
    assert ("broken/empty.txt", "empty") in reasons
    assert ("broken/page.pdf", "unsupported") in reasons
    assert ("broken/bad.txt.gz", "unreadable") in reasons
    assert sum(1 for r in rejected if r["rule"] == "jsonl") == 2

    # metadata: encoding and language of the Windows-1251 file, source from the folder
    kyiv = next(a for a in articles if a["raw_path"] == "kyiv/budget.txt")
    assert kyiv["encoding"] == "cp1251" and kyiv["language"] == "uk" and kyiv["source"] == "kyiv"
    assert kyiv["removed"][0]["rule"] == "cta.social"
    loose = [a for a in articles + dups if a["raw_path"] == "loose.txt"]
    assert loose and loose[0]["source"] == "unknown"

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {
        k: result[k] for k in ("read", "canonical", "duplicates", "rejected")
    }
    assert report["rules_fired"]["cta.social"] >= 2
    # where the time went: per stage, and inside the clean-batch tasks
    assert set(report["timings"]) >= {"discover", "clean", "dedup", "commit", "write"}
    split = report["clean_batches"]
    assert 0 < split["staging"] < report["cleaning_cpu_seconds"]
    assert split["cpu"] > 0
    assert report["write_batches"]["cpu"] > 0
    assert report["write_batches"]["seconds"] > 0
    timeline = report["prefect"]["clean_stage"]
    assert set(timeline) == {"before_first_task", "between_tasks", "after_last_task"}
    assert all(v >= 0 for v in timeline.values())
    assert sum(timeline.values()) <= report["timings"]["clean"] * report["prefect"]["workers"]


def test_rerun_gives_identical_articles(raw: tuple[Path, dict], tmp_path: Path) -> None:
    from flows.clean_articles import clean_articles

    root, _ = raw
    out = tmp_path / "clean"

    def snapshot() -> dict[str, object]:
        snap: dict[str, object] = {}
        for p in sorted((out / "articles").iterdir()):
            if p.suffix == ".json":
                meta = json.loads(p.read_text(encoding="utf-8"))
                meta.pop("run_id")
                snap[p.name] = meta
            else:
                snap[p.name] = p.read_bytes()
        return snap

    first = clean_articles(raw_dir=str(root), out_dir=str(out))
    snap1 = snapshot()

    def files() -> dict[str, tuple[bytes, int]]:
        names = ["articles.jsonl", "duplicates.jsonl", "rejected.jsonl"]
        paths = [out / n for n in names] + sorted((out / "articles").iterdir())
        return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}

    before = files()
    unchanged = clean_articles(raw_dir=str(root), out_dir=str(out))
    after = files()
    assert unchanged["run_id"] != first["run_id"]
    assert unchanged["read"] == 0 and unchanged["skipped_files"] == first["skipped_files"] + 10
    assert unchanged["corpus"] == first["corpus"]
    # an unchanged raw/ changes no output byte, and leaves the article files untouched
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
    assert all(after[k][1] == before[k][1] for k in after if k.endswith((".txt", ".json")))
    (root / "broken" / "page.pdf").unlink()  # files that disappear leave no stale output
    second = clean_articles(raw_dir=str(root), out_dir=str(out))
    assert first["run_id"] != second["run_id"]
    assert second["read"] == 0
    assert second["corpus"]["rejected"] == first["corpus"]["rejected"] - 1
    assert len(_jsonl(out / "rejected.jsonl")) == first["rejected"] - 1
    assert snapshot() == snap1


def test_run_publishes_artifacts(raw: tuple[Path, dict], tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from flows.clean_articles import clean_articles

    root, _ = raw
    state = clean_articles(raw_dir=str(root), out_dir=str(tmp_path / "clean"), return_state=True)
    flow_run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    by_key = {a.key: a for a in artifacts}
    assert set(by_key) >= {"run-summary", "run-report", "duplicate-clusters"}
    story = by_key["run-report"].data
    assert "Read **12** documents" in story and "broken/page.pdf" in story
    assert "`cta.social`" in story and "social call to action" in story
    clusters = by_key["duplicate-clusters"].data
    assert "file://" not in clusters and "/articles/" in clusters and "published as `" in clusters
    assert "## Removed: files gone from raw/" in story and "No file was removed." in story
    table = by_key["run-summary"].data
    table = json.loads(table) if isinstance(table, str) else table
    metrics = {row["metric"]: row["value"] for row in table}
    assert metrics["documents read"] == 12
    assert metrics["duplicates"] == 3
    assert "harbor/port-copy.txt" in by_key["duplicate-clusters"].data


def _corpus(out: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]]:
    articles = sorted((a["id"], a["text"]) for a in _jsonl(out / "articles.jsonl"))
    dups = sorted((d["id"], d["duplicate_of"]) for d in _jsonl(out / "duplicates.jsonl"))
    return articles, dups, sorted(r["id"] for r in _jsonl(out / "rejected.jsonl"))


def test_the_flow_cleans_a_backlog_in_worker_processes(
    raw: tuple[Path, dict], tmp_path: Path
) -> None:
    # the flow's own task runner (what scheduled and deployed runs use): worker processes
    # once a stage has more than one batch, and the same corpus as one thread gives
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    from flows.clean_articles import clean_articles

    assert isinstance(clean_articles.task_runner, ProcessPoolTaskRunner)
    root, want = raw
    pooled = clean_articles.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))
    result = pooled(raw_dir=str(root), out_dir=str(tmp_path / "pooled"), batch_size=3)
    assert result["read"] == want["read"] and result["canonical"] == want["canonical"]
    report = json.loads((tmp_path / "pooled" / "report.json").read_text())
    assert report["prefect"]["workers"] == 2
    assert report["prefect"]["processes"] == 2, "both workers clean batches"

    alone = clean_articles.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    alone(raw_dir=str(root), out_dir=str(tmp_path / "alone"), batch_size=3)
    assert _corpus(tmp_path / "pooled") == _corpus(tmp_path / "alone")


def test_languages_detected_ahead_on_a_worker_are_the_ones_the_article_files_detect(
    raw: tuple[Path, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the commit of a small run ends before a worker starts: here the flow lets the
    # detection during the commit finish first, so every canonical's language comes from it
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    from flows import clean_articles as ca
    from flows.languages_ahead import _LanguagesAhead

    real = _LanguagesAhead.finish

    def after_all(self: _LanguagesAhead) -> tuple[dict, float]:
        for future, *_ in self.tasks:
            future.wait()  # type: ignore[attr-defined]
        return real(self)

    monkeypatch.setattr(_LanguagesAhead, "finish", after_all)
    root, want = raw
    killed = tmp_path / "pooled" / ".newsclean" / "languages-killed-run-1.stop"
    killed.parent.mkdir(parents=True)
    killed.touch()  # left by a killed run: the next run removes it
    pooled = ca.clean_articles.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))
    pooled(raw_dir=str(root), out_dir=str(tmp_path / "pooled"), batch_size=3)
    ahead = json.loads((tmp_path / "pooled" / "report.json").read_text())["languages_ahead"]
    assert ahead["tasks"] == 2  # during dedup, and during the commit
    assert ahead["canonicals"] == want["canonical"] <= ahead["detected"]
    assert not list((tmp_path / "pooled" / ".newsclean").glob("*.stop"))

    alone = ca.clean_articles.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    alone(raw_dir=str(root), out_dir=str(tmp_path / "alone"), batch_size=3)
    solo = json.loads((tmp_path / "alone" / "report.json").read_text())["languages_ahead"]
    assert (solo["tasks"], solo["detected"], solo["canonicals"]) == (0, 0, 0)

    def languages(out: Path) -> dict[str, tuple[str, float]]:
        rows = _jsonl(out / "articles.jsonl")
        return {r["id"]: (r["language"], r["language_score"]) for r in rows}

    assert languages(tmp_path / "pooled") == languages(tmp_path / "alone")
    assert _corpus(tmp_path / "pooled") == _corpus(tmp_path / "alone")


def test_a_run_with_one_batch_starts_no_worker_process(
    raw: tuple[Path, dict], tmp_path: Path
) -> None:
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows.clean_articles import clean_articles

    root, want = raw
    pooled = clean_articles.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))
    result = pooled(raw_dir=str(root), out_dir=str(tmp_path / "clean"))
    assert result["read"] == want["read"]
    report = json.loads((tmp_path / "clean" / "report.json").read_text())
    assert report["prefect"]["workers"] == 1 and report["prefect"]["processes"] == 0


def test_a_stage_larger_than_the_inline_limit_goes_to_the_workers_within_one_batch(
    raw: tuple[Path, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a batch larger than the stage, but more files than the flow cleans in its own thread:
    # a worker process cleans them (a batch is never cut below 50 files, so here one)
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows import clean_articles as ca

    root, want = raw
    monkeypatch.setattr(ca, "INLINE_MAX", 4)
    pooled = ca.clean_articles.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))
    result = pooled(raw_dir=str(root), out_dir=str(tmp_path / "clean"), batch_size=1000)
    assert result["read"] == want["read"]
    report = json.loads((tmp_path / "clean" / "report.json").read_text())
    assert report["prefect"]["processes"] == 1


def test_a_backlog_in_parts_on_the_workers_gives_the_corpus_one_part_gives(
    raw: tuple[Path, dict], tmp_path: Path
) -> None:
    # each part is committed before the next is cleaned; while the flow commits one, a worker
    # detects its canonicals' languages, which wait in the state for the article files
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    from flows.clean_articles import clean_articles

    root, want = raw
    config = tmp_path / "parts.toml"
    config.write_text("part_size = 4\n")
    pooled = clean_articles.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))
    result = pooled(
        raw_dir=str(root), out_dir=str(tmp_path / "parts"), config_path=str(config), batch_size=1
    )
    assert (result["read"], result["canonical"]) == (want["read"], want["canonical"])
    report = json.loads((tmp_path / "parts" / "report.json").read_text())
    assert len(report["parts"]) >= 2
    assert sum(p["files"] for p in report["parts"]) >= report["files"]["seen"]
    stages = ("clean", "site_furniture", "dedup", "commit")
    assert all(sorted(p["timings"]) == sorted(stages) for p in report["parts"])
    for name in stages:  # the parts' seconds are the run's seconds of each stage
        summed = sum(p["timings"][name] for p in report["parts"])
        assert summed == pytest.approx(report["timings"][name], abs=0.002 * len(report["parts"]))
    ended = [p["ended"] for p in report["parts"]]
    assert ended == sorted(ended) and 0 < ended[-1] < report["seconds"]
    begun = 0.0
    for part in report["parts"]:  # each stage's span: in order, inside its part, its seconds
        assert [name for name, _, _ in part["spans"]] == list(stages)
        for name, a, b in part["spans"]:
            assert begun - 0.002 <= a <= b <= part["ended"] + 0.002
            assert b - a == pytest.approx(part["timings"][name], abs=0.005)
            begun = b
    assert report["prefect"]["processes"] == 2
    assert report["languages_ahead"]["tasks"] >= 2 * len(report["parts"]) - 2

    alone = clean_articles.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))
    alone(raw_dir=str(root), out_dir=str(tmp_path / "alone"))
    assert _corpus(tmp_path / "parts") == _corpus(tmp_path / "alone")

    def languages(out: Path) -> dict[str, tuple[str, float]]:
        rows = _jsonl(out / "articles.jsonl")
        return {r["id"]: (r["language"], r["language_score"]) for r in rows}

    assert languages(tmp_path / "parts") == languages(tmp_path / "alone")

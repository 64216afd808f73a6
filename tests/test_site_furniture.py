"""Site furniture: lines shared by many stories of one site are removed, and remembered."""

from __future__ import annotations

import json
from pathlib import Path

from cleaners.config import PipelineConfig
from cleaners.dedup import find_clusters
from flows import stages

FOOTER = "The Harbor Gazette is an independent newsroom serving the whole of the coast."
TOPICS = [
    ("ferry", "The ferry service to the islands will run twice a day from next month"),
    ("school", "The new primary school on the hill opened its doors to two hundred pupils"),
    ("market", "Fishermen at the Saturday market reported the best catch in ten years"),
    ("storm", "A winter storm knocked out power to three thousand homes near the harbor"),
    ("budget", "The town council approved a budget that raises spending on roads by a tenth"),
    ("museum", "The maritime museum will reopen after a renovation that took two years"),
    ("bridge", "Engineers found cracks in the old swing bridge during an inspection"),
]


def story(topic: str, lead: str) -> str:
    body = [
        f"{topic.title()} news from the coast",
        f"{lead}, officials said on Monday after a long meeting with residents.",
        f"Residents who spoke about the {topic} said they had waited a long time for a "
        "decision and hoped that the work would start before the summer season.",
        FOOTER,
    ]
    return "\n".join(body) + "\n"


def write_site(raw: Path, topics: list[tuple[str, str]]) -> None:
    site = raw / "harbor"
    site.mkdir(parents=True, exist_ok=True)
    for topic, lead in topics:
        (site / f"{topic}.txt").write_text(story(topic, lead), encoding="utf-8")


def run(raw: Path, out: Path, cfg: PipelineConfig) -> list[stages.BatchResult]:
    paths = [str(p) for p in sorted(raw.rglob("*.txt"))]
    batches = [stages.clean_files(paths, str(raw), cfg)]
    earlier = stages.load_site_state(str(out))
    stages.apply_site_furniture(batches, earlier, cfg)
    clusters = find_clusters([k for b in batches for k in b.keys], cfg.dedup)
    stages.save_site_state(str(out), earlier, batches, clusters)
    return batches


def test_line_shared_by_many_stories_of_a_site_is_removed(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:5])
    batches = run(raw, out, PipelineConfig())
    for doc in batches[0].docs:
        assert FOOTER not in doc.paragraphs
        removal = next(r for r in doc.removed if r.rule == "site.repeated")
        assert removal.text == FOOTER and "5 stories" in removal.reason
        assert removal.line == 4
        assert FOOTER not in doc.text and len(doc.paragraphs) == 2


def test_below_the_threshold_nothing_is_removed(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:4])
    batches = run(raw, out, PipelineConfig())
    assert all(FOOTER in d.paragraphs for d in batches[0].docs)


def test_counts_are_kept_between_runs(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    write_site(tmp_path / "run1", TOPICS[:4])
    run(tmp_path / "run1", out, PipelineConfig())
    state = json.loads((out / stages.SITE_STATE).read_text())
    assert len(state["docs"]) == 4
    # a later run with one new story: four earlier stories plus this one reach five
    write_site(tmp_path / "run2", TOPICS[4:5])
    batches = run(tmp_path / "run2", out, PipelineConfig())
    assert FOOTER not in batches[0].docs[0].paragraphs
    # re-running the same files does not count them twice
    again = run(tmp_path / "run1", out, PipelineConfig())
    assert len(json.loads((out / stages.SITE_STATE).read_text())["docs"]) == 5
    assert all(FOOTER not in d.paragraphs for d in again[0].docs)


def test_syndicated_copies_count_once(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:4])
    run(raw, out, PipelineConfig())
    # copies of one story under new names are duplicates: only canonicals enter the state
    for n in range(3):
        (raw / "harbor" / f"copy{n}.txt").write_text(story(*TOPICS[0]), encoding="utf-8")
    batches = run(raw, out, PipelineConfig())
    assert len(json.loads((out / stages.SITE_STATE).read_text())["docs"]) == 4
    assert all(FOOTER in d.paragraphs for d in batches[0].docs)  # still four stories


def test_site_furniture_can_be_switched_off(tmp_path: Path) -> None:
    from cleaners.config import parse_config

    cfg = parse_config({"boilerplate": {"site_min_stories": 0}})
    write_site(tmp_path / "raw", TOPICS)
    batches = run(tmp_path / "raw", tmp_path / "clean", cfg)
    assert all(FOOTER in d.paragraphs for d in batches[0].docs)

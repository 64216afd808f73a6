"""Site furniture: lines shared by many stories of one site are removed, and remembered."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from cleaners.config import PipelineConfig
from flows import batches, plain
from flows.state import State

CFG = PipelineConfig()
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


def run(raw: Path, out: Path, cfg: PipelineConfig) -> dict[str, list[str]]:
    """One run (plain Python, the flow's steps); the published paragraphs by article id."""
    plain.run_plain(str(raw), str(out), cfg, run_id=uuid.uuid4().hex)
    rows = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    return {r["id"]: r["text"].split("\n\n") for r in rows}


def stories_in_state(out: Path) -> int:
    with State(out) as state:
        return len(
            [
                k
                for (k,) in state.rows(
                    "SELECT d.site_keys FROM clusters c JOIN docs d ON d.id = c.canonical"
                )
                if k
            ]
        )


def test_line_shared_by_many_stories_of_a_site_is_removed(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:5])
    articles = run(raw, out, PipelineConfig())
    assert len(articles) == 5
    for doc_id, paragraphs in articles.items():
        assert FOOTER not in paragraphs and len(paragraphs) == 2
        meta = json.loads((out / "articles" / f"{doc_id}.json").read_text())
        removal = next(r for r in meta["removed"] if r["rule"] == "site.repeated")
        assert removal["text"] == FOOTER and "5 or more stories" in removal["reason"]
        assert removal["line"] == 4


def test_below_the_threshold_nothing_is_removed(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:4])
    articles = run(raw, out, PipelineConfig())
    assert len(articles) == 4 and all(FOOTER in p for p in articles.values())


def test_counts_are_kept_between_runs(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:4])
    first = run(raw, out, PipelineConfig())
    assert stories_in_state(out) == 4 and all(FOOTER in p for p in first.values())
    # a later run with one new story: four earlier stories plus this one reach five, and the
    # earlier articles are cleaned again, as one run over all five would have cleaned them
    write_site(raw, TOPICS[4:5])
    second = run(raw, out, PipelineConfig())
    assert len(second) == 5 and all(FOOTER not in p for p in second.values())
    assert stories_in_state(out) == 5
    # and the same as one run over the five files from scratch
    assert run(raw, tmp_path / "fresh", PipelineConfig()) == second
    # re-running the same files counts nothing twice and changes nothing
    before = (out / "articles.jsonl").read_bytes()
    assert run(raw, out, PipelineConfig()) == second
    assert stories_in_state(out) == 5 and (out / "articles.jsonl").read_bytes() == before


def test_syndicated_copies_count_once(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:4])
    run(raw, out, PipelineConfig())
    # copies of one story under new names are duplicates: only canonicals count as stories
    for n in range(3):
        (raw / "harbor" / f"copy{n}.txt").write_text(story(*TOPICS[0]), encoding="utf-8")
    articles = run(raw, out, PipelineConfig())
    assert stories_in_state(out) == 4
    assert len(articles) == 4 and all(FOOTER in p for p in articles.values())


def test_site_furniture_can_be_switched_off(tmp_path: Path) -> None:
    from cleaners.config import parse_config

    cfg = parse_config({"boilerplate": {"site_min_stories": 0}})
    write_site(tmp_path / "raw", TOPICS)
    articles = run(tmp_path / "raw", tmp_path / "clean", cfg)
    assert len(articles) == len(TOPICS) and all(FOOTER in p for p in articles.values())


def test_a_line_only_a_batch_counts_as_furniture_is_put_back(tmp_path: Path) -> None:
    # Four stories and a copy of one that differs only in case and punctuation: the cleaning
    # worker sees five distinct bodies and removes the footer at once; the run counts the
    # copy as the same story (four in all, below the threshold), so the footer comes back.
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS[:4])
    copy = story(*TOPICS[0]).replace("officials said on Monday", "Officials said, on Monday")
    (raw / "harbor" / "ferry-copy.txt").write_text(copy, encoding="utf-8")
    batch = batches.clean_files(sorted(str(p) for p in raw.rglob("*.txt")), str(raw), CFG)
    assert len(batch.local) == 5  # the worker removed it from all five
    articles = run(raw, out, PipelineConfig())
    assert len(articles) == 4 and all(FOOTER in p for p in articles.values())
    for line in (out / "duplicates.jsonl").read_text().splitlines():
        assert json.loads(line)["similarity"]["jaccard"] == 1.0  # the copy, whole again


def test_worker_and_flow_agree_when_the_batch_proves_the_furniture(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    write_site(raw, TOPICS)
    batch = batches.clean_files(sorted(str(p) for p in raw.rglob("*.txt")), str(raw), CFG)
    assert len(batch.local) == len(TOPICS) and all(FOOTER not in d.text for d in batch.docs)
    articles = run(raw, out, PipelineConfig())
    assert len(articles) == len(TOPICS) and all(FOOTER not in p for p in articles.values())


def test_a_file_cleaned_again_keeps_losing_the_furniture_it_lost_before(tmp_path: Path) -> None:
    # Run 1: the footer is in five stories (furniture), the tagline in four (kept). Run 2 adds
    # a story with the tagline only: the four files are cleaned again for it, and their
    # articles must still lose the footer, whose count the new story does not hold.
    tagline = "Our reporters cover the harbor towns from Northport to the southern cape."

    def write(raw: Path, topics: list[tuple[str, str]], footer: bool) -> None:
        site = raw / "harbor"
        site.mkdir(parents=True, exist_ok=True)
        for n, (topic, lead) in enumerate(topics):
            lines = story(topic, lead).splitlines()
            if not footer:
                lines.remove(FOOTER)
            if n < 4 or not footer:
                lines.insert(3, tagline)
            (site / f"{topic}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    raw, out = tmp_path / "raw", tmp_path / "clean"
    write(raw, TOPICS[:5], footer=True)
    first = run(raw, out, PipelineConfig())
    assert all(FOOTER not in p for p in first.values())
    assert sum(tagline in p for p in first.values()) == 4
    write(raw, TOPICS[5:6], footer=False)
    later = run(raw, out, PipelineConfig())
    once = run(raw, tmp_path / "once", PipelineConfig())
    assert later == once
    assert all(FOOTER not in p and tagline not in p for p in later.values())

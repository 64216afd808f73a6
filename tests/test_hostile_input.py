"""Broken and hostile input through the real CLI: one run over a raw/ holding every case.

Every file here is built by the test. The run must exit 0, publish the good documents beside
the bad ones, account for every document read (canonical + duplicates + rejected = read),
never publish anything from outside raw/, and stay under 2 GB of memory with a gzip bomb in
raw/.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

STORY = (
    "Millbrook council approves a new budget for its schools\n"
    "The Millbrook town council voted on Tuesday evening to approve a budget that adds money"
    " for the repair of three primary schools and the hiring of new teachers next year.\n"
    "Council members argued for more than four hours before the final vote, which passed by"
    " seven votes to two after an amendment on road repairs was withdrawn by its sponsor.\n"
    "The mayor said the first works would start in the spring, once the contracts are signed"
    " and the state confirms its share of the cost for the largest of the three buildings.\n"
)
OTHER = (
    "Harbor ferry service returns after the winter storms\n"
    "The ferry between the harbor and the island resumed on Monday after three weeks in which"
    " storms had damaged the pier and kept the boats in port for most of the month.\n"
    "Engineers rebuilt the landing stage with steel piles and the operator says the timetable"
    " will be back to the summer schedule by the end of next month if the weather holds.\n"
    "Islanders had relied on a small fishing boat for medicines and post during the closure,"
    " and the council has promised to review how such emergencies are handled in future.\n"
)
THIRD = (
    "Library opens a reading room for local history\n"
    "The county library opened a reading room on Saturday that holds two centuries of local"
    " newspapers, maps of the valley and letters donated by the families of early settlers.\n"
    "Volunteers spent a year sorting the collection, and the archivist said the oldest maps"
    " show roads and mills that vanished long before anyone now living was born in the town.\n"
)
SECRET = "Secret outside text that must never be published by any run of newsclean at all."


def _story(title: str, n: int) -> str:
    return (
        f"{title}\n"
        f"Paragraph one of story {n} tells what happened in the valley this week, in words that"
        f" are its own: the river rose {n} feet and the old bridge closed for inspection again.\n"
        f"Paragraph two of story {n} quotes the engineer, who said the repairs would take weeks"
        f" and cost more than the {n} thousand dollars the county had set aside last year.\n"
    )


def _bomb(path: Path, size: int) -> None:
    """A gzip file that inflates to ``size`` zero bytes, written without holding them."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    with path.open("wb") as fh:
        for _ in range(size >> 20):
            fh.write(packer.compress(block))
        fh.write(packer.flush())


def build_hostile_raw(raw: Path, outside: Path) -> dict[str, Any]:
    """Every case of the issue in one raw/; what the run must make of each."""
    raw.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET + "\n" + SECRET + "\n", encoding="utf-8")
    (outside / "folder").mkdir()
    (outside / "folder" / "inner.txt").write_text(SECRET + "\n", encoding="utf-8")
    for site in ("alpha", "beta", "gamma", "delta", "links"):
        (raw / site).mkdir()
    rec = {"id": "AP-story-123", "title": "Millbrook council approves a budget"}
    # 1. the same id three times, in three sites' feeds (syndicated copies of one story)
    body = STORY.split("\n", 1)[1]
    (raw / "alpha" / "feed.jsonl").write_text(
        json.dumps({**rec, "text": body}) + "\n", encoding="utf-8"
    )
    (raw / "beta" / "feed.jsonl").write_text(
        json.dumps({**rec, "text": body.replace("Tuesday", "Tuesday night")}) + "\n",
        encoding="utf-8",
    )
    (raw / "gamma" / "feed.jsonl").write_text(
        json.dumps({**rec, "text": body + "Source link\n"}) + "\n", encoding="utf-8"
    )
    # ids that collide only once made safe for a file name, or by their first 120 characters
    long_a, long_b = "x" * 120 + "-a", "x" * 120 + "-b"
    lines = [
        {"id": "a/b", "text": _story("Slash id story", 1)},
        {"id": "a?b", "text": _story("Question id story", 2)},
        {"id": long_a, "text": _story("Long id story one", 3)},
        {"id": long_b, "text": _story("Long id story two", 4)},
    ]
    # 2 and 4: a record nested 100,000 deep, a record holding U+2028 / U+2029 / U+0085 (legal
    # in a JSON string, as json.dumps(ensure_ascii=False) writes it), and the records after
    # it keep their line numbers; non-string title, url, published are not taken as text
    feed = [json.dumps(x) for x in lines]
    feed.append("[" * 100_000)
    feed.append(
        json.dumps(
            {"text": _story("Separators", 5).replace("tells", "tells\u2028what\u2029the\u0085")},
            ensure_ascii=False,
        )
    )
    feed.append(
        json.dumps({"text": _story("Odd fields", 6), "title": ["x"], "url": 3.5, "published": None})
    )
    feed.append('{"text": NaN}')
    (raw / "delta" / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    # a file name that is not UTF-8
    os.close(os.open(os.fsencode(raw / "delta") + b"/caf\xe9.txt", os.O_CREAT | os.O_WRONLY))
    # 3. size limits: a gzip bomb (1 GiB of zeros in about 1 MB), an article over the limit
    _bomb(raw / "delta" / "bomb.txt.gz", 1 << 30)
    (raw / "delta" / "huge.txt").write_text(_story("Huge", 7) * 6000, encoding="utf-8")
    # not regular files: a named pipe, a link to a device
    os.mkfifo(raw / "delta" / "pipe.txt")
    (raw / "delta" / "zero.txt").symlink_to("/dev/zero")
    # 5. links: out of raw/ (a file, a folder), and inside raw/ (read where it points)
    (raw / "links" / "passwd.txt").symlink_to(outside / "secret.txt")
    (raw / "links" / "away").symlink_to(outside / "folder", target_is_directory=True)
    (raw / "links" / "inside.txt").symlink_to(raw / "alpha" / "third.txt")
    (raw / "alpha" / "third.txt").write_text(THIRD, encoding="utf-8")
    # 8. BOM-less UTF-16, a gzip stream with trailing bytes, a good plain article
    (raw / "beta" / "utf16.txt").write_bytes(OTHER.replace("\n", "\r\n").encode("utf-16-le"))
    (raw / "gamma" / "trailing.txt.gz").write_bytes(
        gzip.compress(_story("Trailing bytes", 8).encode()) + b"\x00garbage after the stream"
    )
    (raw / "gamma" / "plain.txt").write_text(_story("Plain good story", 9), encoding="utf-8")
    # a syndicated copy of the story whose id three records share, under an id of its own
    (raw / "gamma" / "copy.txt").write_text(STORY, encoding="utf-8")
    return {
        "rejected": {
            "alpha/feed.jsonl#1": None,  # the id's holder: published
            "beta/feed.jsonl#1": "duplicate_id",
            "gamma/feed.jsonl#1": "duplicate_id",
            "delta/feed.jsonl#2": "duplicate_id",  # a?b -> a-b, held by a/b
            "delta/feed.jsonl#4": "duplicate_id",  # same first 120 characters
            "delta/feed.jsonl#5": "too_large",  # nested too deep
            "delta/feed.jsonl#8": "jsonl",  # NaN is a number, not a string text
            "delta/caf\\xe9.txt": "file_name",
            "delta/bomb.txt.gz": "too_large",
            "delta/huge.txt": "too_large",
            "delta/pipe.txt": "not_a_file",
            "delta/zero.txt": "outside_raw",
            "links/passwd.txt": "outside_raw",
            "links/away": "outside_raw",
        },
        "published_titles": {
            "Millbrook council approves a budget",
            "Slash id story",
            "Long id story one",
            "Separators",
            "Odd fields",
            "Harbor ferry service returns after the winter storms",
            "Trailing bytes",
            "Plain good story",
            "Library opens a reading room for local history",
        },
    }


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _cli(
    args: list[str], env: dict[str, str], timeout: float = 400
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    }


@pytest.mark.flow
@pytest.mark.slow
def test_every_hostile_case_in_one_run_through_the_cli(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    want = build_hostile_raw(raw, tmp_path / "outside")
    before = sorted((p, p.lstat().st_mtime_ns) for p in raw.rglob("*"))
    proc = _cli(["run", "--raw", str(raw), "--out", str(out), "--workers", "2"], _env(tmp_path))
    assert proc.returncode == 0, proc.stderr[-4000:]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    assert peak < 2 << 30, f"a process of the run peaked at {peak / 2**20:.0f} MiB"

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    counts = report["counts"]
    assert counts["canonical"] + counts["duplicates"] + counts["rejected"] == counts["read"]
    rejected = {
        r["raw_path"] + (f"#{r['raw_record']}" if r["raw_record"] else ""): r
        for r in _rows(out / "rejected.jsonl")
    }
    for where, rule in want["rejected"].items():
        if rule is None:
            assert where not in rejected
            continue
        assert where in rejected, f"{where} not rejected: {sorted(rejected)}"
        assert rejected[where]["rule"] == rule, rejected[where]
        assert rejected[where]["reason"], rejected[where]
    holder = rejected["beta/feed.jsonl#1"]["reason"]
    assert "'AP-story-123'" in holder and "alpha/feed.jsonl#1" in holder
    assert "delta/feed.jsonl#1" in rejected["delta/feed.jsonl#2"]["reason"]
    assert "limits.decompressed_bytes" in rejected["delta/bomb.txt.gz"]["reason"]
    assert "limits.document_chars" in rejected["delta/huge.txt"]["reason"]
    assert "named pipe" in rejected["delta/pipe.txt"]["reason"]

    articles = _rows(out / "articles.jsonl")
    titles = {a["title"] for a in articles}
    assert want["published_titles"] <= titles, titles
    by_title = {a["title"]: a for a in articles}
    assert by_title["Millbrook council approves a budget"]["id"] == "AP-story-123"
    assert by_title["Odd fields"]["url"] is None and by_title["Odd fields"]["published"] is None
    ferry = by_title["Harbor ferry service returns after the winter storms"]
    assert ferry["encoding"] == "utf-16-le" and "island resumed on Monday" in ferry["text"]
    # records end at "\n" only: the record holding U+2028 is one record, and the next one
    # keeps its line number
    assert by_title["Separators"]["raw_record"] == 6
    assert by_title["Odd fields"]["raw_record"] == 7
    # the link inside raw/ was read: its document is a copy of the file it points to
    dups = {d["raw_path"]: d for d in _rows(out / "duplicates.jsonl")}
    assert "links/inside.txt" in dups, dups
    # the survivor of the shared id still gathers its syndicated copy
    assert dups["gamma/copy.txt"]["duplicate_of"] == "AP-story-123", dups
    # nothing from outside raw/ anywhere in the output
    for path in out.rglob("*"):
        if path.is_file() and ".newsclean" not in path.parts:
            assert "Secret outside text" not in path.read_text(encoding="utf-8", errors="replace")
    # raw/ untouched
    assert sorted((p, p.lstat().st_mtime_ns) for p in raw.rglob("*")) == before


def test_an_empty_or_wrong_raw_refuses_and_leaves_the_corpus_whole(tmp_path: Path) -> None:
    from cleaners.config import PipelineConfig
    from flows import plain

    raw, out = tmp_path / "raw", tmp_path / "clean"
    (raw / "site").mkdir(parents=True)
    for n in range(3):
        (raw / "site" / f"s{n}.txt").write_text(_story(f"Story {n}", n + 1), encoding="utf-8")
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    snapshot = sorted((p, p.read_bytes()) for p in out.rglob("*") if p.is_file())
    empty = tmp_path / "unmounted"
    empty.mkdir()
    for where in (empty, raw / "site"):  # an empty folder; a wrong one (no file of the corpus)
        proc = _cli(["run", "--raw", str(where), "--out", str(out)], _env(tmp_path), 120)
        assert proc.returncode == 4, proc.stderr[-2000:]
        assert "refusing to remove every file" in proc.stderr and "--allow-gone" in proc.stderr
        assert "Starting temporary server" not in proc.stderr  # refused before Prefect starts
    assert sorted((p, p.read_bytes()) for p in out.rglob("*") if p.is_file()) == snapshot


def test_out_inside_raw_and_raw_inside_out_are_refused_before_anything_is_made(
    tmp_path: Path,
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    (raw / "site").mkdir(parents=True)
    out.mkdir()
    (out / "articles").mkdir()
    for args, message in (
        (["--raw", str(raw), "--out", str(raw / "site" / "x" / "y")], "--out must not be inside"),
        (["--raw", str(out / "articles"), "--out", str(out)], "--raw must not be inside"),
    ):
        proc = _cli(["run", *args], _env(tmp_path), 120)
        assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert not (raw / "site" / "x").exists()

"""Reading raw/: limits, the raw/ boundary, JSON Lines as specified, and a fuzz of the readers
(no input may raise, every document read is accounted for)."""

from __future__ import annotations

import gzip
import json
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.config import LimitsConfig, PipelineConfig
from flows import batches, discovery, inputs, plain
from flows.plan import InputPlan, TooManyGoneError, check_gone
from flows.state import State

ARTICLE = (
    "Valley bridge closes for repairs\n"
    "The old bridge over the river closed on Monday for three weeks of repairs to its deck,"
    " the county said, after an inspection found cracks in two of the steel beams.\n"
    "Drivers are asked to use the northern road, which adds about ten minutes to the trip"
    " between the two towns, and buses will follow the same detour until it reopens.\n"
)


def read(path: Path, raw: Path, **limits: int) -> tuple[list, list]:
    return inputs.read_file(path, raw, LimitsConfig(**limits))


# --- gzip --------------------------------------------------------------------------------


def test_gunzip_reads_every_member_and_ignores_trailing_bytes() -> None:
    data = gzip.compress(b"one ") + gzip.compress(b"two") + b"\x00\x00trailing garbage"
    assert inputs.gunzip(data, 100) == b"one two"


def test_gunzip_stops_at_the_limit_without_inflating_the_rest() -> None:
    bomb = gzip.compress(bytes(50 << 20))  # 50 MiB of zeros in about 50 KB
    with pytest.raises(ValueError, match=r"limits\.decompressed_bytes"):
        inputs.gunzip(bomb, 1 << 20)
    assert len(inputs.gunzip(gzip.compress(bytes(1 << 20)), 1 << 20)) == 1 << 20


# (named: a gzip stream holds the time it was made, and pytest-xdist's workers must collect
# the same test ids)
@pytest.mark.parametrize(
    "data",
    [b"not gzip at all", gzip.compress(b"x" * 5000)[:-30]],
    ids=["not-gzip", "truncated"],
)
def test_gunzip_refuses_what_is_not_a_whole_stream(data: bytes) -> None:
    with pytest.raises(ValueError):
        inputs.gunzip(data, 1 << 20)


def test_a_gzip_bomb_is_rejected_with_its_limit(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    (raw / "site" / "a.txt.gz").write_bytes(gzip.compress(bytes(3 << 20)))
    docs, rejected = read(raw / "site" / "a.txt.gz", raw, decompressed_bytes=1 << 20)
    assert not docs and rejected[0].rule == "too_large"
    assert "1,048,576" in rejected[0].reason


# --- limits and the kinds of file -------------------------------------------------------


def test_limits_reject_with_size_and_limit(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    big = raw / "site" / "big.txt"
    big.write_text(ARTICLE * 20, encoding="utf-8")
    _, rejected = read(big, raw, file_bytes=1000)
    assert rejected[0].rule == "too_large" and "limits.file_bytes" in rejected[0].reason
    _, rejected = read(big, raw, document_chars=1000)
    assert rejected[0].rule == "too_large" and "limits.document_chars" in rejected[0].reason
    docs, rejected = read(big, raw)
    assert len(docs) == 1 and not rejected


def test_json_depth_and_document_size_reject_one_record_not_the_feed(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    feed = raw / "site" / "feed.jsonl"
    lines = [
        json.dumps({"text": ARTICLE}),
        json.dumps({"text": ARTICLE, "tags": [[[["deep"]]]]}),
        "[" * 100_000,
        json.dumps({"text": ARTICLE * 50}),
        json.dumps({"text": ARTICLE, "id": 42}),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, rejected = read(feed, raw, json_depth=3, document_chars=5000)
    assert [d.record for d in docs] == [1, 5]
    assert docs[1].id == "42"  # integer ids are ids
    assert {(r.record, r.rule) for r in rejected} == {
        (2, "too_large"),
        (3, "too_large"),
        (4, "too_large"),
    }


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    os.mkfifo(raw / "site" / "pipe.txt")
    docs, rejected = read(raw / "site" / "pipe.txt", raw)  # must not block
    assert not docs and rejected[0].rule == "not_a_file" and "named pipe" in rejected[0].reason
    (raw / "site" / "dir.txt").mkdir()
    assert read(raw / "site" / "dir.txt", raw)[1][0].rule == "not_a_file"
    assert discovery.documents_in(raw / "site" / "pipe.txt", raw) == 1


def test_links_inside_raw_are_read_and_links_out_of_it_never(tmp_path: Path) -> None:
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    (raw / "site").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.jsonl").write_text(json.dumps({"text": "SECRET"}) + "\n")
    (outside / "dir").mkdir()
    (outside / "dir" / "x.txt").write_text("SECRET\n")
    (raw / "site" / "real.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "site" / "inside.txt").symlink_to(raw / "site" / "real.txt")
    (raw / "site" / "out.jsonl").symlink_to(outside / "secret.jsonl")
    (raw / "site" / "away").symlink_to(outside / "dir", target_is_directory=True)
    (raw / "site" / "here").symlink_to(raw / "site", target_is_directory=True)
    listing = discovery.list_inputs(raw)
    names = sorted(Path(p).name for p in listing.paths)
    assert names == ["away", "inside.txt", "out.jsonl", "real.txt"]  # "here": read in place
    docs, _ = read(raw / "site" / "inside.txt", raw)
    assert docs and "old bridge" in docs[0].text
    for name in ("out.jsonl", "away"):
        docs, rejected = read(raw / "site" / name, raw)
        assert not docs and rejected[0].rule == "outside_raw", name
    # parts are sized without opening a link out of raw/
    assert discovery.documents_in(raw / "site" / "out.jsonl", raw) == 1


def test_a_file_name_that_is_not_utf8_is_rejected_under_a_printable_path(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    name = os.fsencode(raw / "site") + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(ARTICLE.encode())
    [path] = discovery.discover_paths(raw)
    docs, rejected = inputs.read_file(Path(path), raw)
    assert not docs and rejected[0].rule == "file_name"
    assert rejected[0].raw_path == "site/caf\\xe9.txt"
    json.dumps(rejected[0].to_dict(), ensure_ascii=False).encode("utf-8")  # can be written


# --- JSON Lines ---------------------------------------------------------------------------


def test_records_end_at_newline_only_and_keep_their_line_numbers(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    feed = raw / "site" / "feed.jsonl"
    odd = {"text": "Line\u2028separator\u2029paragraph\u0085next\x0cform feed " + ARTICLE}
    rows = [json.dumps(odd, ensure_ascii=False), "", json.dumps({"text": ARTICLE})]
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    docs, rejected = read(feed, raw)
    assert not rejected
    assert [d.record for d in docs] == [1, 3]
    assert "\u2028" in docs[0].text or "separator" in docs[0].text


def test_fields_that_are_not_strings_are_not_taken_as_text(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    feed = raw / "site" / "feed.jsonl"
    rec = {"text": ARTICLE, "title": ["x"], "url": {"a": 1}, "published": 3.5, "source": 7}
    feed.write_text(json.dumps(rec) + "\n" + '{"text": "x", "title": NaN}\n', encoding="utf-8")
    docs, _ = read(feed, raw)
    assert [(d.title, d.url, d.published, d.source) for d in docs] == [
        (None, None, None, "site"),
        (None, None, None, "site"),
    ]


def test_lone_surrogates_from_json_escapes_become_replacement_characters(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    feed = raw / "site" / "feed.jsonl"
    feed.write_text('{"text": "broken \\ud800 pair \\ud83d\\ude00 ok", "title": "a\\udfff"}\n')
    [doc], _ = read(feed, raw)
    assert doc.text == "broken \ufffd pair \U0001f600 ok" and doc.title == "a\ufffd"


# --- one id per batch ---------------------------------------------------------------------


def test_the_first_document_keeps_a_shared_id_the_others_are_rejected(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    lines = {"a": ARTICLE, "b": ARTICLE.replace("Monday", "Tuesday"), "c": ARTICLE + "More.\n"}
    for site, text in lines.items():
        (raw / site).mkdir(parents=True)
        (raw / site / "feed.jsonl").write_text(json.dumps({"id": "same", "text": text}) + "\n")
    paths = discovery.discover_paths(raw)
    out = batches.clean_files(paths, str(raw), PipelineConfig())
    assert [(d.id, d.raw_path) for d in out.docs] == [("same", "a/feed.jsonl")]
    assert [(r.raw_path, r.rule) for r in out.rejected] == [
        ("b/feed.jsonl", "duplicate_id"),
        ("c/feed.jsonl", "duplicate_id"),
    ]
    assert all("a/feed.jsonl#1" in r.reason for r in out.rejected)
    assert len({r.id for r in out.rejected} | {"same"}) == 3


# --- listing errors and the deletion guard ------------------------------------------------


def _tree(raw: Path, n: int) -> None:
    for k in range(n):
        site = raw / ("east" if k % 2 else "west")
        site.mkdir(parents=True, exist_ok=True)
        (site / f"s{k}.txt").write_text(
            ARTICLE.replace("three weeks", f"{k + 3} weeks").replace("ten", f"{k + 10}"),
            encoding="utf-8",
        )


def test_a_folder_that_cannot_be_listed_keeps_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    _tree(raw, 6)
    first = plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    total = first["corpus"]["canonical"] + first["corpus"]["duplicates"]
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if str(path).endswith("east"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    listing = discovery.list_inputs(raw)
    assert listing.unlisted == ["east"]
    report = plain.run_plain(str(raw), str(out), PipelineConfig(), "run-2")
    assert report["files"]["removed"] == 0
    assert report["files"]["unavailable"] == 3
    assert report["files"]["unlisted_folders"] == ["east"]
    assert report["corpus"]["canonical"] + report["corpus"]["duplicates"] == total


def test_a_run_that_would_remove_much_of_the_corpus_refuses(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    _tree(raw, 30)
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    before = sorted(p.name for p in (out / "articles").iterdir())
    with State(out) as state:
        files = len(state.files())
    assert files == 30
    for k in range(12):  # 12 of 30 files: more than 10 files and more than 10 %
        (raw / ("east" if k % 2 else "west") / f"s{k}.txt").unlink()
    with pytest.raises(TooManyGoneError, match="--allow-gone"):
        plain.run_plain(str(raw), str(out), PipelineConfig(), "run-2")
    assert sorted(p.name for p in (out / "articles").iterdir()) == before
    with State(out) as state:
        assert len(state.files()) == 30
    report = plain.run_plain(str(raw), str(out), PipelineConfig(), "run-3", allow_gone=True)
    assert report["files"]["removed"] == 12
    assert sorted(report["files"]["removed_paths"]) == sorted(
        f"{'east' if k % 2 else 'west'}/s{k}.txt" for k in range(12)
    )


def test_an_empty_raw_refuses_however_small_the_corpus(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "clean"
    _tree(raw, 2)
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    for p in raw.rglob("*.txt"):
        p.unlink()
    with pytest.raises(TooManyGoneError, match="every file"):
        plain.run_plain(str(raw), str(out), PipelineConfig(), "run-2")
    # a share of the corpus under the floor of files goes without asking
    plan = InputPlan(gone=["a.txt"], known=5)
    check_gone(plan, LimitsConfig())


# --- fuzz: no input raises, every record is accounted for ---------------------------------

_NAMES = st.text(alphabet=string.ascii_letters + string.digits + "-_ .é#?", min_size=1, max_size=12)
_SUFFIX = st.sampled_from([".txt", ".jsonl", ".txt.gz", ".jsonl.gz", ".html", ""])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_NAMES, suffix=_SUFFIX, data=st.binary(max_size=3000), zipped=st.booleans())
def test_random_bytes_never_raise(
    tmp_path: Path, name: str, suffix: str, data: bytes, zipped: bool
) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True, exist_ok=True)
    path = raw / "site" / (name.strip(".") or "x")
    path = path.with_name(path.name + suffix)
    path.write_bytes(gzip.compress(data) if zipped and suffix.endswith(".gz") else data)
    docs, rejected = inputs.read_file(path, raw, LimitsConfig(json_depth=4, document_chars=2000))
    assert docs or rejected or discovery.is_feed(path.name)  # (an empty feed holds no document)
    for d in docs:
        d.text.encode("utf-8")  # always writable
    path.unlink()


_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
_RECORD = st.one_of(
    st.fixed_dictionaries(
        {"text": st.text(max_size=200)},
        optional={
            "id": _VALUE | st.text(max_size=10),
            "title": _VALUE,
            "url": _VALUE,
            "published": _VALUE,
            "source": _VALUE,
        },
    ).map(lambda r: json.dumps(r, ensure_ascii=False)),
    _VALUE.map(json.dumps),
    st.text(max_size=40),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(_RECORD, max_size=8))
def test_random_jsonl_accounts_for_every_line(tmp_path: Path, lines: list[str]) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True, exist_ok=True)
    feed = raw / "site" / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, rejected = inputs.read_file(feed, raw)
    text = feed.read_text(encoding="utf-8")
    records = [n for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    if rejected and rejected[0].record is None:  # the whole file (not text, say)
        assert not docs
        return
    assert sorted([d.record for d in docs] + [r.record for r in rejected]) == records


# --- HTML pages ----------------------------------------------------------------------------

PAGE = (
    "<html><head><meta charset='{charset}'><title>Мер відкрив міст</title>{link}</head>"
    "<body><nav>Головна Новини</nav><article><h1>Мер відкрив міст</h1>"
    "<p>Мер Києва заявив, що ремонт мосту через Дніпро завершать у травні, а рух для"
    " автобусів відкриють уже наступного тижня.</p>"
    "<p>Роботи коштували місту понад сто мільйонів гривень, сказали в міській раді.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("name", ["a.html", "a.htm", "a.HTML.gz"])
def test_an_html_page_is_read_in_its_declared_charset(tmp_path: Path, name: str) -> None:
    raw = tmp_path / "raw"
    (raw / "kyivwire").mkdir(parents=True)
    data = PAGE.format(charset="windows-1251", link="").encode("cp1251")
    path = raw / "kyivwire" / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    docs, rejected = read(path, raw)
    assert rejected == [] and len(docs) == 1
    doc = docs[0]
    assert doc.markup == "html" and doc.encoding == "cp1251"
    assert "Мер Києва заявив" in doc.text
    assert doc.source == "kyivwire"  # no address in the page: the folder names the site


def test_an_html_page_s_site_is_its_canonical_host(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    link = "<link rel='canonical' href='https://www.kyivwire.example/news/1'>"
    (raw / "a.html").write_text(PAGE.format(charset="utf-8", link=link), encoding="utf-8")
    docs, _ = read(raw / "a.html", raw)
    assert docs[0].source == "kyivwire.example"
    assert docs[0].url == "https://www.kyivwire.example/news/1"
    assert docs[0].id.startswith("kyivwire.example-")


def test_an_html_page_over_the_limit_is_rejected(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.html").write_text(PAGE.format(charset="utf-8", link="") + " " * 500)
    docs, rejected = read(raw / "a.html", raw, page_chars=300)
    assert docs == [] and rejected[0].rule == "too_large"
    assert "limits.page_chars" in rejected[0].reason

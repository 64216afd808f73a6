"""WARC archives: each HTML response is a document, everything else accounted for or skipped,
streamed record by record; through the reader, a batch and a real run."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cleaners.config import LimitsConfig, PipelineConfig
from cleaners.document import RawDocument, Rejection
from flows import batches, discovery, inputs
from tests.builders import http_response, warc_record, write_warc

PARAGRAPHS = [
    "The ferry between Port Ellis and Carrow Island will run three extra sailings a week this"
    " winter, the operator said on Monday, after a record number of passengers in the autumn.",
    "Islanders had asked for a later evening crossing for years, so that people who work on"
    " the mainland could get home without staying overnight in town.",
]
PARAGRAPHS_UK = [
    "Мер Києва заявив, що ремонт мосту через Дніпро завершать у травні, а рух для автобусів"
    " відкриють уже наступного тижня, повідомили в міській раді у понеділок.",
    "Роботи коштували місту понад сто мільйонів гривень, а підрядник отримав штраф за"
    " затримку, сказали у відділі транспорту міської ради.",
]


def page(title: str, paragraphs: list[str], charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset='{charset}'><title>{title}</title>"
        f"<meta property='og:site_name' content='Coastal Gazette'></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}<p>Share this article</p></article>"
        f"<footer>Contact us</footer></body></html>"
    )


def archive(tmp_path: Path, truncate: bool = True) -> tuple[Path, Path, list[int]]:
    raw = tmp_path / "raw"
    (raw / "crawl").mkdir(parents=True)
    ferry = page("Island ferry adds winter sailings", PARAGRAPHS).encode("utf-8")
    kyiv = page("Міст через Дніпро відремонтують у травні", PARAGRAPHS_UK, "windows-1251")
    records = [
        warc_record("warcinfo", "", b"software: test\r\n", "00000000-0000-0000-0000-000000000000"),
        warc_record(
            "request",
            "https://www.coastal.example/ferry",
            b"GET /ferry HTTP/1.1\r\n\r\n",
            "00000000-0000-0000-0000-000000000001",
        ),
        warc_record(
            "response",
            "https://www.coastal.example/ferry",
            http_response(ferry),
            "00000000-0000-0000-0000-000000000002",
            date="2026-03-02T08:15:00Z",
        ),
        warc_record(
            "metadata",
            "https://www.coastal.example/ferry",
            b"fetchTimeMs: 120\r\n",
            "00000000-0000-0000-0000-000000000003",
        ),
        warc_record(
            "response",
            "https://kyiv.example/news/bridge",
            http_response(kyiv.encode("cp1251"), content_type="text/html; charset=windows-1251"),
            "00000000-0000-0000-0000-000000000004",
        ),
        warc_record(
            "response",
            "https://www.coastal.example/logo.png",
            http_response(b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
            "00000000-0000-0000-0000-000000000005",
        ),
        warc_record(
            "response",
            "https://www.coastal.example/gone",
            http_response(b"<html><body>Not found</body></html>", status="404 Not Found"),
            "00000000-0000-0000-0000-000000000006",
        ),
    ]
    last = warc_record(
        "response",
        "https://www.coastal.example/cut",
        http_response(ferry),
        "00000000-0000-0000-0000-000000000007",
    )
    path = raw / "crawl" / "CC-NEWS-20260302.warc.gz"
    offsets = write_warc(path, [*records, last])
    if truncate:  # the crawl was cut off in the middle of its last record
        data = path.read_bytes()
        cut = offsets[-1] + len(gzip.compress(last[: len(last) // 2]))
        path.write_bytes(data[: offsets[-1]] + gzip.compress(last[: len(last) // 2]))
        assert path.stat().st_size == cut
    return raw, path, offsets


def test_each_html_response_is_a_document_and_the_rest_is_accounted_for(tmp_path: Path) -> None:
    raw, path, offsets = archive(tmp_path)
    items = list(inputs.FileReading(path, raw))
    docs = [x for x in items if isinstance(x, RawDocument)]
    rejected = {x.record: x for x in items if isinstance(x, Rejection)}
    assert [d.record for d in docs] == [offsets[2], offsets[4]]
    ferry, kyiv = docs
    assert ferry.url == "https://www.coastal.example/ferry"
    assert ferry.source == "coastal.example"  # the URL's host, not the folder
    assert ferry.fetched == "2026-03-02T08:15:00Z"
    assert ferry.record_id == "00000000-0000-0000-0000-000000000002"
    assert ferry.raw_path == "crawl/CC-NEWS-20260302.warc.gz" and ferry.markup == "html"
    assert kyiv.encoding == "cp1251" and "Мер Києва" in kyiv.text  # the HTTP header's charset
    # request, metadata and warcinfo records are not documents; every response is one or
    # a rejection with its reason
    assert set(rejected) == {offsets[5], offsets[6], offsets[7]}
    assert "not an HTML page (image/png)" in rejected[offsets[5]].reason
    assert "HTTP status 404" in rejected[offsets[6]].reason
    assert "truncated" in rejected[offsets[7]].reason
    assert all(r.rule == "not_a_page" for r in rejected.values())
    assert len({x.id for x in items}) == len(items)  # ids by file and offset


def test_a_plain_warc_reads_the_same(tmp_path: Path) -> None:
    raw, gz, _ = archive(tmp_path, truncate=False)
    plain = gz.with_name("plain.warc")
    plain.write_bytes(gzip.decompress(gz.read_bytes()))  # every member, one plain stream
    items = list(inputs.FileReading(plain, raw))
    assert sum(isinstance(x, RawDocument) for x in items) == 3  # the last one is whole here


def test_an_archive_is_not_held_to_the_file_limit_but_to_its_own(tmp_path: Path) -> None:
    raw, path, _ = archive(tmp_path)
    small = LimitsConfig(file_bytes=100)
    docs, rejected = inputs.read_file(path, raw, small)
    assert len(docs) == 2  # file_bytes is for text files; an archive streams
    docs, rejected = inputs.read_file(path, raw, LimitsConfig(archive_bytes=100))
    assert docs == [] and rejected[0].rule == "too_large"
    assert "limits.archive_bytes" in rejected[0].reason
    docs, rejected = inputs.read_file(path, raw, LimitsConfig(page_chars=100))
    assert docs == [] and all("over the limit" in r.reason for r in rejected[:2])


def test_garbage_after_good_records_keeps_them_and_says_where_it_stopped(tmp_path: Path) -> None:
    raw, path, _ = archive(tmp_path, truncate=False)
    path.write_bytes(path.read_bytes() + b"\x1f\x8b\x08\x00garbage that is not gzip" * 50)
    items = list(inputs.FileReading(path, raw))
    assert sum(isinstance(x, RawDocument) for x in items) == 3
    assert isinstance(items[-1], Rejection) and items[-1].rule == "unreadable"


def test_a_batch_cleans_the_pages_of_an_archive(tmp_path: Path) -> None:
    raw, path, offsets = archive(tmp_path)
    out = batches.clean_files([str(path)], str(raw), PipelineConfig())
    assert out.read == 5  # two pages, three responses that are not
    assert len(out.docs) == 2 and len(out.rejected) == 3
    ferry = next(d for d in out.docs if d.record == offsets[2])
    assert ferry.title == "Island ferry adds winter sailings"
    assert list(ferry.paragraphs) == PARAGRAPHS
    assert ferry.site_name == "Coastal Gazette"
    assert ferry.fetched == "2026-03-02T08:15:00Z"
    assert ferry.warc_record_id == "00000000-0000-0000-0000-000000000002"
    assert {r.rule for r in ferry.removed} >= {"html.outside_main", "share.buttons"}
    assert out.files[discovery.relative(path, raw)] is not None  # the archive's sha256


def test_a_run_publishes_an_archive_s_pages_and_skips_it_when_unchanged(tmp_path: Path) -> None:
    from flows.plain import run_plain

    raw, _, offsets = archive(tmp_path)
    out = tmp_path / "clean"
    first = run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    counts = first["counts"]
    assert (counts["read"], counts["canonical"], counts["rejected"]) == (5, 2, 3)
    rows = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    ferry = next(r for r in rows if r["raw_record"] == offsets[2])
    assert ferry["source"] == "coastal.example" and ferry["fetched"] == "2026-03-02T08:15:00Z"
    assert ferry["warc_record_id"] == "00000000-0000-0000-0000-000000000002"
    again = run_plain(str(raw), str(out), PipelineConfig(), "run-2")
    assert again["counts"]["read"] == 0  # an archive does not change: a stat says so
    assert again["files"]["unchanged"] == 1


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_a_run_over_several_archives_gives_each_its_own_batch(tmp_path: Path) -> None:
    """Through the Prefect flow: an archive is one batch, the text files share the others,
    and every record is accounted for."""
    from flows.clean_articles import clean_articles

    raw, path, _ = archive(tmp_path)
    second = path.with_name("CC-NEWS-20260303.warc.gz")
    second.write_bytes(path.read_bytes())  # the same pages again: duplicates of the first
    (raw / "crawl" / "note.txt").write_text(
        "Harbour note\nThe harbour master said the new pontoon will be finished before the"
        " summer, and that boat owners can book berths from the first of May.\n",
        encoding="utf-8",
    )
    result = clean_articles(raw_dir=str(raw), out_dir=str(tmp_path / "clean"))
    assert result["read"] == 11  # 5 + 5 + 1
    assert (result["canonical"], result["duplicates"], result["rejected"]) == (3, 2, 6)


@pytest.mark.parametrize("gzipped", [True, False])
def test_slices_of_an_archive_read_every_record_once(tmp_path: Path, gzipped: bool) -> None:
    """A large archive is cleaned in byte ranges by several workers: whatever the ranges,
    together they give each record exactly once (a range takes the records that start in it;
    a record's gzip member, or a plain 'WARC/1.0' line inside a page, is told apart)."""
    from flows import web_inputs

    raw = tmp_path / "raw"
    raw.mkdir()
    records = []
    for n in range(12):
        body = page(f"Story {n} of the day", [*PARAGRAPHS, f"WARC/1.0\r\n\r\nWARC/1.1 {n}"])
        uri = f"https://www.coastal.example/{n}"
        records.append(warc_record("request", uri, b"GET / HTTP/1.1\r\n\r\n", f"q{n}"))
        records.append(warc_record("response", uri, http_response(body.encode()), f"r{n}"))
    path = raw / ("a.warc.gz" if gzipped else "a.warc")
    offsets = write_warc(path, records, gzip_members=gzipped)
    whole = [x.id for x in inputs.FileReading(path, raw)]
    assert len(whole) == 12
    size = path.stat().st_size
    for n in (1, 2, 3, 7, size // 1000, size // 97):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(web_inputs, "MIN_SPLIT", 0)
            parts = web_inputs.slices(str(path), size, n)
        assert len(parts) == max(1, n)
        got = [x.id for s in parts for x in inputs.FileReading.of(s, raw, LimitsConfig())]
        assert got == whole, n
    # a range that starts exactly on a record, or one byte after it
    start = offsets[5]
    for a in (start, start + 1):
        entry = f"{path}\0{a}\0{size}"
        got = [x.record for x in inputs.FileReading.of(entry, raw, LimitsConfig())]
        assert got[0] == (offsets[5] if a == start else offsets[7])

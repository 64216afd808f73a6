"""Build small raw/ trees for flow and CLI tests from this project's own golden articles."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"

UKRAINIAN = (
    "Міська рада Житомира ухвалила бюджет на наступний рік після тривалого обговорення.\n"
    "Підписуйтесь на наш Telegram-канал\n"
    "Депутати погодили збільшення видатків на ремонт шкіл і лікарень у старих районах міста.\n"
    "Мер заявив, що перші роботи почнуться навесні, коли потеплішає і дозволить погода.\n"
)


def syndicated_copy(text: str) -> str:
    """A republished copy: other furniture, straight quotes, mojibake, one paragraph dropped."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    body = lines[1:]
    body.remove(max(body, key=len))  # a real paragraph, not a furniture line
    body = [ln.replace("“", '"').replace("”", '"') for ln in body]
    body[0] = body[0].replace("’", "â€™") if "’" in body[0] else body[0] + " It isnâ€™t over."
    return "\n".join(["Republished: " + lines[0], "Share this:", *body, "Source link", ""])


def build_raw(root: Path) -> dict[str, object]:
    """Write a raw/ tree; return what a correct run must find in it."""
    g1 = (GOLDEN / "g01_telegram_cta.txt").read_text(encoding="utf-8")
    g4 = (GOLDEN / "g04_summary_contrib.txt").read_text(encoding="utf-8")
    g6 = (GOLDEN / "g06_blog_widgets.txt").read_text(encoding="utf-8")
    (root / "ledger" / "2026-03-01").mkdir(parents=True)
    (root / "ledger" / "2026-03-01" / "port.txt").write_text(g1, encoding="utf-8")
    (root / "ledger" / "2026-03-01" / "sub.txt").write_text(g4, encoding="utf-8")
    (root / "harbor").mkdir()
    (root / "harbor" / "port-copy.txt").write_text(syndicated_copy(g1), encoding="utf-8")
    (root / "kyiv").mkdir()
    (root / "kyiv" / "budget.txt").write_bytes(UKRAINIAN.encode("cp1251"))
    (root / "loose.txt").write_text(g6, encoding="utf-8")
    feeds = root / "feeds"
    feeds.mkdir()
    records = [
        {
            "id": "wire-1",
            "title": "Wire copy",
            "source": "wire",
            "published": "2026-03-02T10:00:00Z",
            "text": "\n".join(g4.splitlines()[1:]),
        },
        {"title": "No text here"},
    ]
    lines = [json.dumps(r) for r in records] + ["{not json"]
    (feeds / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gz = [
        json.dumps(
            {"id": "arch-1", "text": "\n".join(g6.splitlines()[1:]).replace("Leave a comment", "")}
        )
    ]
    (feeds / "archive.jsonl.gz").write_bytes(gzip.compress(("\n".join(gz) + "\n").encode()))
    (root / "broken").mkdir()
    (root / "broken" / "empty.txt").write_text("Leave a Reply\nSource link\n", encoding="utf-8")
    (root / "broken" / "page.pdf").write_bytes(b"%PDF-1.7 not a text file")
    (root / "broken" / "bad.txt.gz").write_bytes(b"not gzip at all")
    return {
        "read": 12,
        "canonical": 4,  # port, sub, kyiv, and one of loose / arch-1 (same body)
        "duplicates": 3,  # port-copy of port, wire-1 of sub, loose or arch-1
        "rejected": 5,  # record without text, invalid JSON, empty.txt, page.pdf, bad.txt.gz
    }


def tree_digest(root: Path) -> str:
    """A hash of every file's path and bytes under root."""
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def warc_record(
    kind: str,
    uri: str,
    block: bytes,
    record_id: str,
    date: str = "2026-03-02T08:00:00Z",
    content_type: str | None = None,
) -> bytes:
    """One WARC/1.0 record, its header block and ``block`` (for a response: the HTTP status
    line, headers and body)."""
    if content_type is None:
        content_type = {
            "response": "application/http; msgtype=response",
            "request": "application/http; msgtype=request",
            "metadata": "application/warc-fields",
            "warcinfo": "application/warc-fields",
        }[kind]
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:{record_id}>\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("utf-8") + block + b"\r\n\r\n"


def http_response(body: bytes, status: str = "200 OK", content_type: str = "text/html") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode("ascii") + body


def write_warc(path: Path, records: list[bytes], gzip_members: bool = True) -> list[int]:
    """Write records as a WARC file (gzip per record, as crawlers write them, or plain);
    return each record's byte offset."""
    offsets, data = [], b""
    for rec in records:
        offsets.append(len(data))
        data += gzip.compress(rec) if gzip_members else rec
    path.write_bytes(data)
    return offsets

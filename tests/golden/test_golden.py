"""Golden articles written for this project, in the seeds' shape: exact bodies, removals, metadata.

Run with ``--update-golden`` to rewrite ``*.body.txt`` and ``expected.json`` from the current
output (then review the diff before committing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaners.config import PipelineConfig
from cleaners.encoding import decode_bytes
from cleaners.pipeline import clean_document
from tests.helpers import make_doc

HERE = Path(__file__).parent
EXPECTED_PATH = HERE / "expected.json"
EXPECTED = json.loads(EXPECTED_PATH.read_text(encoding="utf-8"))
CASES = sorted(EXPECTED)


def _clean(name: str):
    text, _ = decode_bytes((HERE / name).read_bytes())
    report = clean_document(make_doc(text, id=name), PipelineConfig())
    assert report.doc is not None, report.rejection
    return report.doc


def test_every_case_has_files() -> None:
    txts = sorted(p.name for p in HERE.glob("*.txt") if not p.name.endswith(".body.txt"))
    assert txts == CASES
    for name in CASES:
        assert (HERE / name.replace(".txt", ".body.txt")).is_file()


@pytest.mark.parametrize("name", CASES)
def test_golden(name: str, request: pytest.FixtureRequest) -> None:
    doc = _clean(name)
    body_path = HERE / name.replace(".txt", ".body.txt")
    removed = [{"line": r.line, "text": r.text, "why": r.reason} for r in doc.removed]
    if request.config.getoption("--update-golden"):
        body_path.write_text("\n".join(doc.paragraphs) + "\n", encoding="utf-8")
        entry = EXPECTED[name]
        entry["removed"] = removed
        entry["body_paragraphs"] = len(doc.paragraphs)
        EXPECTED_PATH.write_text(json.dumps(EXPECTED, indent=1, ensure_ascii=False) + "\n")
        return
    want_body = [
        ln.strip() for ln in body_path.read_text(encoding="utf-8").splitlines() if ln.strip()
    ]
    assert list(doc.paragraphs) == want_body
    assert len(doc.paragraphs) == EXPECTED[name]["body_paragraphs"]
    want_removed = [
        {"line": r["line"], "text": r["text"], "why": r["why"]} for r in EXPECTED[name]["removed"]
    ]
    assert removed == want_removed
    meta = doc.metadata()
    for key, value in EXPECTED[name]["metadata"].items():
        assert meta[key] == value, key

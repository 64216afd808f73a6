"""Helpers shared by tests (importable as ``tests.helpers``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cleaners.document import RawDocument

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"


def make_doc(text: str, **kw: Any) -> RawDocument:
    """A RawDocument with test defaults for everything but the text."""
    fields: dict[str, Any] = {
        "id": "doc-1",
        "source": "testsite",
        "raw_path": "testsite/doc-1.txt",
        "raw_sha256": "0" * 64,
    }
    fields.update(kw)
    return RawDocument(text=text, **fields)

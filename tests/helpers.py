"""Helpers shared by tests (importable as ``tests.helpers``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import strategies as st

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


# Typographic punctuation of news text, the characters the ASCII fast paths of tokenising
# replace first (and a few near them that they must leave to the slow path)
TYPOGRAPHIC = "’‘“”«»„·—–•′…\u00a0\ufffd"


def news_text(extra: str = "", max_size: int | None = None) -> st.SearchStrategy[str]:
    """Text mixing ASCII, typographic punctuation, ``extra`` characters and any character."""
    return st.text(
        alphabet=st.one_of(
            st.characters(codec="ascii"),
            st.sampled_from(TYPOGRAPHIC + extra),
            st.characters(),
        ),
        max_size=max_size,
    )

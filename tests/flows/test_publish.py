"""The article files' rendering: an index line is one ``json.dumps`` of the article's row."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.articles import index_line

_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=12,
)


def _expected(doc_id: Any, text: Any, meta: dict[Any, Any]) -> str:
    row = {"id": doc_id, "text": text, **{k: v for k, v in meta.items() if k != "id"}}
    return json.dumps(row, ensure_ascii=False) + "\n"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(), st.dictionaries(st.text(max_size=8), _VALUE, max_size=6))
def test_index_line_is_json_dumps_of_the_row(doc_id: str, text: str, meta: dict[str, Any]) -> None:
    meta = {"id": doc_id, **meta}
    assert index_line(doc_id, text, meta) == _expected(doc_id, text, meta)


def test_index_line_of_odd_rows() -> None:
    """Empty metadata, a metadata key named like the row's own, a lone surrogate in the text
    (orjson refuses it), control characters and the planes beyond the first."""
    text = 'Title\n\n\x00 \x1f \x7f \u2028 "quoted" \\ caf\u00e9 \U0001f600 \ud800 end'
    cases: list[tuple[Any, Any, dict[Any, Any]]] = [
        ("a", text, {"id": "a"}),
        ("a", text, {}),
        ("a", "", {"id": "a", "text": "kept in its place", "score": float("nan")}),
        ("a-\U0001f600", text, {"id": "other", "language_score": 1e-05, "n": 2**70}),
        ("a", text, {1: "int key", "removed": [{"line": 1, "text": "x"}]}),
    ]
    for doc_id, body, meta in cases:
        assert index_line(doc_id, body, meta) == _expected(doc_id, body, meta)

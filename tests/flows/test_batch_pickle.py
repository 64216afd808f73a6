"""A cleaned batch travels from its worker to the flow pickled by columns: it must come back
whole, record for record."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import numpy as np
import pytest

from cleaners.config import PipelineConfig
from flows import batches, discovery
from flows.staging import StagedBatch
from tests.builders import build_raw


def _same(a: StagedBatch, b: StagedBatch) -> None:
    assert len(a.articles) == len(b.articles)
    for x, y in zip(a.articles, b.articles, strict=True):
        assert (x.id, x.source, x.site_keys, x.dropped, x.story) == (
            y.id,
            y.source,
            y.site_keys,
            y.dropped,
            y.story,
        )
        for f in dataclasses.fields(x.key):
            u, v = getattr(x.key, f.name), getattr(y.key, f.name)
            if isinstance(u, np.ndarray) or isinstance(v, np.ndarray):
                assert isinstance(v, np.ndarray) and isinstance(u, np.ndarray), f.name
                assert u.dtype == v.dtype and np.array_equal(u, v), f.name
            else:
                assert u == v, f.name
    for f in dataclasses.fields(a):
        if f.name != "articles":
            assert getattr(a, f.name) == getattr(b, f.name), f.name


@pytest.fixture
def batch(tmp_path: Path) -> StagedBatch:
    raw = tmp_path / "raw"
    raw.mkdir()
    build_raw(raw)
    paths = discovery.discover_paths(raw)
    staged = batches.clean_and_stage(paths, str(raw), PipelineConfig(), str(tmp_path / "out"), "r")
    assert len(staged.articles) > 5 and staged.rejected and staged.pid
    return staged


def test_a_batch_comes_back_from_pickle_whole(batch: StagedBatch) -> None:
    back = pickle.loads(pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL))
    _same(batch, back)
    # the signatures are rows of one writable array, no longer an array each
    sig = back.articles[0].key.signature
    assert sig.base is not None and sig.flags.writeable


def test_keys_without_an_opening_signature_and_an_empty_batch_come_back(
    batch: StagedBatch,
) -> None:
    # states written before the opening's signature was kept give keys without one
    first = batch.articles[0]
    batch.articles[0] = dataclasses.replace(first, key=dataclasses.replace(first.key, lead=None))
    batch.articles[1] = dataclasses.replace(batch.articles[1], dropped=frozenset({"a b"}))
    back = pickle.loads(pickle.dumps(batch))
    _same(batch, back)
    assert back.articles[0].key.lead is None and back.articles[1].key.lead is not None
    empty = StagedBatch(read=3, rejected=batch.rejected)
    _same(empty, pickle.loads(pickle.dumps(empty)))


def test_a_batch_holding_a_full_key_is_refused(batch: StagedBatch) -> None:
    first = batch.articles[0]
    full = dataclasses.replace(first.key, shingles=np.arange(3, dtype=np.uint32))
    batch.articles[0] = dataclasses.replace(first, key=full)
    with pytest.raises(AssertionError, match="light keys"):
        pickle.dumps(batch)

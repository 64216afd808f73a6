"""The sorted unique values of small arrays (dedup keys, language samples) as np.unique
gives them."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from cleaners.arrays import unique, unique_counts

_ARRAYS = st.one_of(
    hnp.arrays(np.uint32, st.integers(0, 60), elements=st.integers(0, 9)),
    hnp.arrays(np.uint32, st.integers(0, 60)),
    hnp.arrays(np.uint64, st.integers(0, 60), elements=st.integers(0, 2**64 - 1)),
)


@given(_ARRAYS)
def test_unique_is_numpy_s(values: np.ndarray) -> None:
    expected = np.unique(values)
    got = unique(values)
    assert got.dtype == expected.dtype
    assert np.array_equal(got, expected)


@given(_ARRAYS)
def test_unique_counts_are_numpy_s(values: np.ndarray) -> None:
    grams, counts = np.unique(values, return_counts=True)
    got_grams, got_counts = unique_counts(values)
    assert got_grams.dtype == grams.dtype
    assert np.array_equal(got_grams, grams)
    assert np.array_equal(got_counts, counts)

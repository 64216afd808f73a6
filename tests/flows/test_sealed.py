"""Sealed task arguments: Prefect's walk for futures does not enter them, and they survive the
pickling a process pool does, empty ones included."""

from __future__ import annotations

import pickle

import cloudpickle
import pytest
from prefect.utilities.collections import visit_collection

from flows.workers import Sealed


def test_prefects_walk_does_not_enter_a_sealed_value() -> None:
    seen: list[object] = []
    paths = ["a.html", "b.html", "c.html"]

    def visit(x: object) -> object:
        seen.append(x)
        return x

    visit_collection({"open": paths, "sealed": Sealed(paths)}, visit, return_data=True)
    assert seen.count("a.html") == 1  # from the open list only
    assert sum(isinstance(x, Sealed) for x in seen) == 1


@pytest.mark.parametrize("value", [[], {}, ["a", "b"], {"x": (1, 0.5)}, None])
@pytest.mark.parametrize("dumps", [pickle.dumps, cloudpickle.dumps])
def test_a_sealed_value_survives_pickling(value: object, dumps: object) -> None:
    assert pickle.loads(dumps(Sealed(value))).value == value  # type: ignore[operator]

"""Pytest options. No Prefect import here: only tests/flows starts Prefect."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden expectations from the current cleaner output",
    )

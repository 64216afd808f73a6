"""Pytest options and the Prefect harness (imported lazily: only flow tests start Prefect)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run ("ci", the default), so a suite that
# passes once passes on every checkout; HYPOTHESIS_PROFILE=explore draws fresh ones, many
# more of them, to hunt for new counterexamples (add each one found as a regression test).
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", max_examples=4000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden expectations from the current cleaner output",
    )


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Stop the temporary Prefect servers started in this process (by the CLI under test)
    while pytest still captures output: Prefect stops them at exit otherwise, and logs that
    to a stream pytest has closed by then (a "Logging error" traceback after the summary)."""
    import sys

    if "prefect.server.api.server" not in sys.modules:
        return
    from prefect.server.api.server import SubprocessASGIServer

    # (a private registry: a Prefect without it leaves the stop to exit, as before)
    for server in list(getattr(SubprocessASGIServer, "_instances", {}).values()):
        server.stop()

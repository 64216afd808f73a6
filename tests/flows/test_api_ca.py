"""The one-certificate CA file a run gives Prefect's clients for an API over plain HTTP: used
for http:// only, and seen by the worker processes' tasks."""

from __future__ import annotations

import ssl
from pathlib import Path

import certifi
import pytest
from prefect import flow, task
from prefect.context import serialize_context
from prefect.settings import PREFECT_API_SSL_CERT_FILE, get_current_settings, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner

from flows.state import STATE_PATH
from flows.workers import CA_FILE, _plain_http_ca

HTTP = "http://127.0.0.1:4200/api"


def _configured() -> str | None:
    return get_current_settings().api.ssl_cert_file


def test_http_api_gets_a_file_of_one_certificate_of_the_bundle(tmp_path: Path) -> None:
    before = _configured()
    with _plain_http_ca(HTTP, tmp_path):
        path = Path(str(_configured()))
        assert path == (tmp_path / STATE_PATH.parent / CA_FILE).resolve()
        pem = path.read_text(encoding="ascii")
        assert pem.count("BEGIN CERTIFICATE") == 1 and pem.endswith("-----END CERTIFICATE-----\n")
        assert pem in Path(certifi.where()).read_text(encoding="ascii")
        ctx = ssl.create_default_context(cafile=str(path))
        assert len(ctx.get_ca_certs()) == 1
        # what a process pool sends with each task: the worker's clients read the same file
        assert str(path) in repr(serialize_context()["settings_context"])
    assert _configured() == before


def test_an_existing_file_is_reused_and_a_wrong_one_rewritten(tmp_path: Path) -> None:
    path = tmp_path / STATE_PATH.parent / CA_FILE
    with _plain_http_ca(HTTP, tmp_path):
        assert _configured() == str(path.resolve())
    good = path.read_text(encoding="ascii")
    path.write_text("not a certificate\n", encoding="ascii")
    with _plain_http_ca(HTTP, tmp_path):
        assert Path(str(_configured())).read_text(encoding="ascii") == good


@pytest.mark.parametrize("url", ["https://api.prefect.cloud/api/accounts/a/workspaces/w", ""])
def test_other_apis_are_left_alone(tmp_path: Path, url: str) -> None:
    before = _configured()
    with _plain_http_ca(url, tmp_path):
        assert _configured() == before
    assert not (tmp_path / STATE_PATH.parent / CA_FILE).exists()


def test_a_configured_file_is_replaced_for_http_only(tmp_path: Path) -> None:
    """SSL_CERT_FILE or PREFECT_API_SSL_CERT_FILE name a bundle; over plain HTTP none is read."""
    mine = str(tmp_path / "mine.pem")
    with temporary_settings(updates={PREFECT_API_SSL_CERT_FILE: mine}):
        with _plain_http_ca(HTTP, tmp_path):
            assert _configured() == str((tmp_path / STATE_PATH.parent / CA_FILE).resolve())
        with _plain_http_ca("https://prefect.example.org/api", tmp_path):
            assert _configured() == mine
        assert _configured() == mine


@task
def _cert_file_in_worker() -> str | None:
    return get_current_settings().api.ssl_cert_file


@pytest.mark.flow
def test_worker_processes_see_it(tmp_path: Path) -> None:
    @flow(task_runner=ProcessPoolTaskRunner(max_workers=1))  # type: ignore[arg-type]
    def probe() -> str | None:
        with _plain_http_ca(HTTP, tmp_path):
            return _cert_file_in_worker.submit().result()  # type: ignore[no-any-return]

    seen = probe()
    assert seen == str((tmp_path / STATE_PATH.parent / CA_FILE).resolve())

"""The command line: exit codes, messages, explain output, help coverage."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsclean.cli import app
from tests.builders import build_raw

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", ["run", "serve", "explain", "status", "export"])
def test_every_command_has_help_and_is_in_readme(command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"newsclean {command}" in readme


def test_version() -> None:
    from newsclean import __version__

    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_run_missing_raw_dir_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "does not exist" in result.output and "--raw" in result.output


def test_run_unwritable_out_dir_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("run", "--raw", str(tmp_path / "raw"), "--out", str(blocker / "out"))
    assert result.exit_code == 2
    assert "cannot write to output directory" in result.output


def test_run_out_inside_raw_is_refused(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    result = invoke("run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "raw" / "c"))
    assert result.exit_code == 2 and "never modified" in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[dedup]\njacard = 0.5\n", "unknown key(s) in [dedup]: jacard"),
        ("[dedup\n", "not valid TOML"),
        ("[[boilerplate.rules]]\nid='x'\npattern='('\nreason='r'\n", "not a valid regex"),
    ],
)
def test_bad_config_is_a_usage_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "raw").mkdir()
    cfg = tmp_path / "bad.toml"
    cfg.write_text(content)
    result = invoke("run", "--raw", str(tmp_path / "raw"), "--config", str(cfg))
    assert result.exit_code == 2
    assert message in result.output


def test_missing_config_file(tmp_path: Path) -> None:
    result = invoke(
        "explain", str(GOLDEN / "g01_telegram_cta.txt"), "--config", str(tmp_path / "x.toml")
    )
    assert result.exit_code == 2 and "does not exist" in result.output


def test_serve_rejects_bad_cron(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    result = invoke(
        "serve", "--cron", "every day", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "o")
    )
    assert result.exit_code == 2 and "not a valid cron" in result.output


def test_explain_shows_every_line_with_rule() -> None:
    path = GOLDEN / "g01_telegram_cta.txt"
    result = invoke("explain", str(path))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "TITLE" in out and "[cta.social] social call to action" in out
    assert "[related.header] related-stories header" in out
    n_lines = sum(1 for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip())
    shown = re.findall(r"^\s*\d+ (keep |DROP |TITLE|SPLIT)", out, flags=re.MULTILINE)
    assert len(shown) == n_lines


def test_explain_json_matches_golden_body() -> None:
    path = GOLDEN / "g04_summary_contrib.txt"
    result = invoke("explain", "--json", str(path))
    assert result.exit_code == 0
    obj = json.loads(result.output)
    for key in ("path", "title", "text", "removed", "language", "contributors", "published"):
        assert key in obj
    body = (GOLDEN / "g04_summary_contrib.body.txt").read_text(encoding="utf-8").split("\n")
    assert obj["text"] == "\n\n".join(ln for ln in body if ln.strip())
    assert obj["language"] == "en"
    assert {r["rule"] for r in obj["removed"]} >= {"meta.contributors", "comment.form"}
    assert obj["contributors"]


def test_explain_jsonl_and_rejections(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    build_raw(raw)
    result = invoke(
        "explain", "--json", str(raw / "feeds" / "wire.jsonl"), str(raw / "broken" / "page.pdf")
    )
    assert result.exit_code == 0
    objs = [json.loads(line) for line in result.output.splitlines()]
    assert len(objs) == 4  # one good record, two bad records, one unsupported file
    assert [o["rejected"] for o in objs].count(True) == 3
    good = next(o for o in objs if not o["rejected"])
    assert (
        good["id"] == "wire-1"
        and good["title"] == "Wire copy"
        and good["published"] == "2026-03-02"
    )


def test_explain_missing_file_fails(tmp_path: Path) -> None:
    result = invoke("explain", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2


def test_python_dash_m_works() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "explain", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0 and "Example:" in proc.stdout


def test_explain_does_not_import_prefect() -> None:
    code = (
        "import sys; from typer.testing import CliRunner; from newsclean.cli import app;"
        f"r = CliRunner().invoke(app, ['explain', {str(GOLDEN / 'n01_clean_camelcase_list.txt')!r}]);"  # noqa: E501
        "assert r.exit_code == 0, r.output; print('prefect' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.stdout.strip() == "False", proc.stderr


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_run_command_end_to_end(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    want = build_raw(raw)
    result = invoke("run", "--raw", str(raw), "--out", str(tmp_path / "clean"), "--workers", "2")
    assert result.exit_code == 0, result.output
    assert f"read {want['read']}" in result.output
    assert f"duplicates {want['duplicates']}" in result.output
    assert f"rejected {want['rejected']}" in result.output


def test_unknown_disabled_rule_is_a_usage_error(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[boilerplate]\ndisable = ["shar.buttons"]\n')
    result = invoke("explain", str(GOLDEN / "g01_telegram_cta.txt"), "--config", str(cfg))
    assert result.exit_code == 2
    assert "no built-in rule 'shar.buttons'" in result.output


def test_config_changes_explain(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(
        '[boilerplate]\ndisable = ["cta"]\n'
        "[[boilerplate.rules]]\n"
        'id = "site.ours"\npattern = "^Source link$"\nreason = "our own footer rule"\n'
    )
    result = invoke("explain", "--json", str(GOLDEN / "g01_telegram_cta.txt"), "--config", str(cfg))
    assert result.exit_code == 0, result.output
    rules = [r["rule"] for r in json.loads(result.output)["removed"]]
    assert "site.ours" in rules and not any(r.startswith("cta.") for r in rules)


def test_run_while_another_run_holds_the_lock_exits_3(tmp_path: Path) -> None:
    from flows.io import run_lock

    (tmp_path / "raw").mkdir()
    out = tmp_path / "clean"
    out.mkdir()
    with run_lock(out, wait=False):
        # the lock is per open file: a second holder in the same process is refused too
        result = invoke("run", "--raw", str(tmp_path / "raw"), "--out", str(out))
    assert result.exit_code == 3
    assert "another newsclean run is writing to" in result.output and "--wait" in result.output


def test_status_reports_the_output_directory(tmp_path: Path) -> None:
    from cleaners.config import PipelineConfig
    from flows import plain

    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    want = build_raw(raw)
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1", "2026-11-22T06:00:00Z")
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-2", "2026-11-22T06:30:00Z")

    result = invoke("status", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["articles"] == want["canonical"] and info["duplicates"] == want["duplicates"]
    assert info["rejected"] == want["rejected"] and info["documents"] == want["read"]
    assert [r["run_id"] for r in info["runs"]] == ["run-2", "run-1"]
    assert info["last_run"]["run_id"] == "run-2" and info["running"] is None
    assert info["last_run"]["counts"]["read"] == 0  # the second run found nothing new
    assert info["runs"][1]["counts"]["read"] == want["read"]
    assert info["site_stories"]["ledger"] == 2
    assert info["clusters_with_duplicates"] >= 1 and info["state_bytes"] > 0
    text = invoke("status", "--out", str(out))
    assert text.exit_code == 0 and "no run in progress" in text.output
    assert "run-1" in text.output and "unchanged" in text.output


def test_status_without_a_run_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("status", "--out", str(tmp_path))
    assert result.exit_code == 2 and "holds no newsclean run" in result.output


def _run_with_two_workers(
    tmp_path: Path, env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], dict, Path]:
    """`newsclean run` in a real process (not CliRunner: worker processes are spawned from
    it) on the built raw/, 2 workers, 3 files per batch; the process, the expected counts
    and the output directory."""
    raw = tmp_path / "raw"
    raw.mkdir()
    want = build_raw(raw)
    out = tmp_path / "clean"
    args = [
        "run",
        "--raw",
        str(raw),
        "--out",
        str(out),
        "--workers",
        "2",
        "--batch-size",
        "3",
        "-v",
    ]
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )
    return proc, want, out


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_run_with_worker_processes(tmp_path: Path) -> None:
    # a real process (not CliRunner): worker processes are spawned from it
    import os

    from prefect.settings import get_current_settings

    env = {**os.environ, "PREFECT_API_URL": str(get_current_settings().api.url)}
    proc, want, out = _run_with_two_workers(tmp_path, env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"read {want['read']}" in proc.stderr
    assert f"duplicates {want['duplicates']}" in proc.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["counts"]["canonical"] == want["canonical"]


@pytest.mark.flow
@pytest.mark.slow
def test_worker_processes_share_the_temporary_server(tmp_path: Path) -> None:
    # no PREFECT_API_URL: the flow starts Prefect's temporary server, and its worker
    # processes report to that one instead of each starting its own
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    proc, want, out = _run_with_two_workers(tmp_path, env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"duplicates {want['duplicates']}" in proc.stderr
    assert proc.stderr.count("Starting temporary server") == 1, proc.stderr[-3000:]
    report = json.loads((out / "report.json").read_text())
    assert report["prefect"]["processes"] == 2
    # the server stopped only once Prefect had sent it everything: the dashboard has the run
    # with its task runs and logs
    import sqlite3

    db = sqlite3.connect(tmp_path / "prefect" / "prefect.db")
    ((run_id, state),) = db.execute("select id, state_type from flow_run").fetchall()
    assert state == "COMPLETED"
    rows = db.execute("select name from task_run where flow_run_id = ?", (run_id,))
    tasks = {name.rsplit("-", 1)[0] for (name,) in rows}
    assert {"clean-batch", "deduplicate", "commit-state", "write-report"} <= tasks, tasks
    assert db.execute("select count(*) from log where flow_run_id = ?", (run_id,)).fetchone()[0]


def test_run_with_other_dedup_settings_than_the_state_is_a_usage_error(tmp_path: Path) -> None:
    from cleaners.config import PipelineConfig
    from flows import plain

    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    build_raw(raw)
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    config = tmp_path / "strict.toml"
    config.write_text("[dedup]\njaccard = 0.7\ncontainment = 0.9\n")
    result = invoke("run", "--raw", str(raw), "--out", str(out), "--config", str(config))
    assert result.exit_code == 2
    assert "other dedup settings" in result.output
    assert "jaccard: state 0.6, this run 0.7" in result.output
    assert "containment: state 0.8, this run 0.9" in result.output


def test_the_temporary_server_gets_time_to_start_unless_the_user_says_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsclean import launch

    key = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
    monkeypatch.delenv(key, raising=False)
    launch.quiet_prefect_defaults()
    assert os.environ[key] == launch.EPHEMERAL_STARTUP_SECONDS == "90"
    from prefect.settings import Settings

    assert Settings().server.ephemeral.startup_timeout_seconds == 90
    monkeypatch.setenv(key, "7")
    launch.quiet_prefect_defaults()
    assert os.environ[key] == "7"


@pytest.mark.parametrize("command", ["run", "serve", "explain", "status", "export"])
def test_help_is_plain(command: str) -> None:
    """No type placeholders, one default per option, FILE... in the usage line."""
    result = invoke(command, "--help")
    assert result.exit_code == 0
    for noise in ("<bool>", "<path>", "<int", "<str>", "list[", "{files}"):
        assert noise not in result.output, (noise, result.output)
    for line in result.output.splitlines():
        assert line.count("[default:") <= 1, line
    if command == "explain":
        assert "Usage: newsclean explain [OPTIONS] FILE..." in result.output


def test_an_unknown_option_lists_the_command_s_options() -> None:
    result = invoke("run", "--bogus")
    assert result.exit_code == 2
    assert "--allow-gone" in result.output and "--workers" in result.output


def test_explain_under_raw_gives_the_run_s_id_site_and_path(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "ledger" / "2026").mkdir(parents=True)
    src = (GOLDEN / "g01_telegram_cta.txt").read_text(encoding="utf-8")
    (raw / "ledger" / "2026" / "a.txt").write_text(src, encoding="utf-8")
    from flows import ids

    want = ids.make_id("ledger", "ledger/2026/a.txt")
    result = invoke("explain", "--json", "--raw", str(raw), str(raw / "ledger" / "2026" / "a.txt"))
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert (row["id"], row["source"], row["raw_path"]) == (want, "ledger", "ledger/2026/a.txt")
    # outside --raw: the file on its own (site unknown)
    result = invoke(
        "explain",
        "--json",
        "--raw",
        str(tmp_path / "other"),
        str(raw / "ledger" / "2026" / "a.txt"),
    )
    assert json.loads(result.output.splitlines()[0])["source"] == "unknown"


def test_explain_says_what_is_wrong_with_a_path(tmp_path: Path) -> None:
    result = invoke("explain", str(tmp_path / "missing.txt"), str(tmp_path))
    assert result.exit_code == 2
    assert "does not exist" in result.output and "is a folder" in result.output


def test_status_of_a_file_says_it_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    result = invoke("status", "--out", str(tmp_path / "f"))
    assert result.exit_code == 2 and "is a file, not an output folder" in result.output


def test_a_rerun_with_nothing_new_stops_before_prefect(tmp_path: Path) -> None:
    from cleaners.config import PipelineConfig
    from flows import plain

    raw, out = tmp_path / "raw", tmp_path / "clean"
    raw.mkdir()
    build_raw(raw)
    plain.run_plain(str(raw), str(out), PipelineConfig(), "run-1")
    code = (
        "import sys; from typer.testing import CliRunner; from newsclean.cli import app;"
        f"r = CliRunner().invoke(app, ['run', '--raw', {str(raw)!r}, '--out', {str(out)!r}]);"
        "assert r.exit_code == 0, r.output; print(r.output); print('prefect' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "nothing new" in proc.stdout and proc.stdout.strip().endswith("False")
    (raw / "ledger" / "new.txt").write_text("A new story arrives.\n" * 3, encoding="utf-8")
    from newsclean.preflight import nothing_new

    assert not nothing_new(raw, out, PipelineConfig(), allow_gone=False)


def test_counts_read_in_plain_english() -> None:
    from newsclean.preflight import counted

    assert [counted(1, "story"), counted(2, "story"), counted(2, "day"), counted(1, "file")] == [
        "1 story",
        "2 stories",
        "2 days",
        "1 file",
    ]


def test_sigterm_stops_serve_as_ctrl_c_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Prefect's own SIGTERM handler leaves "coroutine 'Runner.astop' was never awaited";
    serve's stops the runner as Ctrl-C does (flow.serve catches KeyboardInterrupt)."""
    from prefect.runner import Runner

    from newsclean import launch

    monkeypatch.setattr(Runner, "handle_sigterm", Runner.handle_sigterm)  # restored after
    launch.stop_serving_on_sigterm()
    with pytest.raises(KeyboardInterrupt):
        Runner.handle_sigterm(object())


def test_the_cli_keeps_bytecode_for_the_processes_it_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys as sys_

    from newsclean import cli

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setattr(sys_, "dont_write_bytecode", True)
    cli._cache_bytecode()
    assert "PYTHONDONTWRITEBYTECODE" not in os.environ and sys_.dont_write_bytecode is False


def test_explain_one_warc_record_by_its_offset_and_one_jsonl_record_by_its_line(
    tmp_path: Path,
) -> None:
    from tests.builders import http_response, warc_record, write_warc

    raw = tmp_path / "raw"
    (raw / "crawl").mkdir(parents=True)
    page = (
        b"<html><head><title>Ferry adds winter sailings</title></head><body><article>"
        b"<h1>Ferry adds winter sailings</h1><p>The island ferry will run three extra sailings"
        b" a week this winter, the operator said on Monday, after a record autumn.</p>"
        b"<p>Follow us on Facebook</p></article></body></html>"
    )
    uri = "https://www.coastal.example/ferry"
    offsets = write_warc(
        raw / "crawl" / "a.warc.gz",
        [
            warc_record("request", uri, b"GET / HTTP/1.1\r\n\r\n", "1"),
            warc_record("response", uri, http_response(page), "2"),
            warc_record(
                "response", uri + "/x", http_response(b"gone", status="404 Not Found"), "3"
            ),
        ],
    )
    archive = raw / "crawl" / "a.warc.gz"
    result = invoke("explain", "--raw", str(raw), "--json", f"{archive}#{offsets[1]}")
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.output.splitlines()]
    assert doc["raw_record"] == offsets[1] and doc["title"] == "Ferry adds winter sailings"
    assert doc["source"] == "coastal.example" and doc["warc_record_id"] == "2"
    assert any(d.get("rule") == "cta.social" for d in doc["decisions"])
    result = invoke("explain", "--raw", str(raw), f"{archive}#{offsets[2]}")
    assert result.exit_code == 0 and "REJECTED [not_a_page]" in result.output
    assert "HTTP status 404" in result.output
    result = invoke("explain", "--raw", str(raw), f"{archive}#{offsets[1] + 7}")
    assert result.exit_code == 2 and "no WARC record starts at byte" in result.output
    whole = invoke("explain", "--raw", str(raw), str(archive))
    assert whole.output.count("== ") == 2  # the page and the 404; the request is no document

    build_raw(raw)
    feed = raw / "feeds" / "wire.jsonl"
    one = invoke("explain", "--raw", str(raw), "--json", f"{feed}#1")
    assert [json.loads(line)["raw_record"] for line in one.output.splitlines()] == [1]
    result = invoke("explain", "--raw", str(raw), f"{raw / 'broken' / 'empty.txt'}#1")
    assert result.exit_code == 2 and "picks a record of a .jsonl or .warc file" in result.output


def test_a_remote_cluster_without_a_prefect_server_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its workers cannot reach the temporary server on this machine's 127.0.0.1
    (tmp_path / "raw").mkdir()
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    args = ["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]
    result = invoke(*args, "--dask", "tcp://10.0.0.5:8786")
    assert result.exit_code == 2
    assert "PREFECT_API_URL" in result.output and "tcp://10.0.0.5:8786" in result.output
    config = tmp_path / "run.toml"
    config.write_text('dask = "tls://scheduler.example:8786"\n', encoding="utf-8")
    result = invoke(*args, "--config", str(config))  # the config file's cluster, the same
    assert result.exit_code == 2 and "scheduler.example" in result.output


def test_a_config_file_names_a_cluster_with_a_string(tmp_path: Path) -> None:
    config = tmp_path / "run.toml"
    config.write_text("dask = 8786\n", encoding="utf-8")
    (tmp_path / "raw").mkdir()
    result = invoke("run", "--raw", str(tmp_path / "raw"), "--config", str(config))
    assert result.exit_code == 2 and "dask must be a scheduler's address" in result.output
    config.write_text('dask = "local"\n[boilerplate]\nsite_min_stories = 3\n', encoding="utf-8")
    result = invoke("explain", "--config", str(config), str(GOLDEN / "g01_telegram_cta.txt"))
    assert result.exit_code == 0, result.output  # the other commands read the rest of it

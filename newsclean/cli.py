"""Command line: ``newsclean run``, ``newsclean serve``, ``newsclean explain``.

Prefect is imported only by the commands that run the flow, so ``explain`` and ``--help``
start fast and need no server.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click.core import Context  # typer's own click: its commands are built on it
from typer._click.exceptions import NoSuchOption
from typer.core import TyperCommand

from newsclean import __version__, render
from newsclean.preflight import (
    check_cluster,
    check_dirs,
    check_state,
    counted,
    fail,
    failure,
    nothing_new,
    read_config,
    read_run_config,
)


class _Command(TyperCommand):
    """Plain help: ``FILE...`` in the usage line (not typer's ``{files}...``), and every
    option of the command listed when an unknown one is given (not only the closest)."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        pieces = [self.options_metavar or "[OPTIONS]"]
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = param.metavar or param.name or "ARG"
                pieces.append(name + ("..." if param.nargs != 1 else ""))
        return pieces

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except NoSuchOption as exc:
            exc.possibilities = sorted(
                o for p in self.get_params(ctx) for o in p.opts if o.startswith("--")
            )
            raise


app = typer.Typer(
    name="newsclean",
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Clean scraped news into a deduplicated corpus: boilerplate stripped, encoding "
    "repaired, language detected, syndicated copies merged.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

RawOpt = Annotated[
    Path, typer.Option("--raw", metavar="DIR", help="Input folder (never modified).")
]
OutOpt = Annotated[Path, typer.Option("--out", metavar="DIR", help="Output folder.")]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", metavar="FILE", help="TOML config file (see README: Configuration)."),
]
VerboseOpt = Annotated[
    bool, typer.Option("-v", "--verbose", help="Show Prefect's logs (the dashboard has them).")
]


# Seconds a run waits for Prefect's temporary server to answer (Prefect's default is 20; on a
# loaded 2-core machine the start took longer, and the run failed before it began).
EPHEMERAL_STARTUP_SECONDS = "90"


def _quiet_prefect_defaults(verbose: bool = True) -> None:
    # Ephemeral runs print "database is locked" tracebacks from the telemetry heartbeat
    # (PrefectHQ/prefect#18934); turning analytics off removes them. Users can override both.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault(
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_SECONDS
    )
    if not verbose:  # the terminal gets warnings and errors; the API (dashboard) every log
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    # a temporary server stops with this process, even one killed with SIGKILL
    from flows.server_guard import guard_temporary_server

    guard_temporary_server()


@app.command(cls=_Command)
def run(
    raw: RawOpt = Path("raw"),
    out: OutOpt = Path("clean"),
    config: ConfigOpt = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            metavar="N",
            show_default=False,
            help=f"Worker processes for cleaning. [default: all cores, {os.cpu_count() or 1} here]",
        ),
    ] = max(1, os.cpu_count() or 1),
    batch_size: Annotated[
        int | None,
        typer.Option(
            "--batch-size",
            min=1,
            metavar="N",
            help="Files per batch task. [default: batch_size in the config, 2000]",
        ),
    ] = None,
    wait: Annotated[
        bool, typer.Option("--wait", help="If another run is writing to --out, wait for it.")
    ] = False,
    allow_gone: Annotated[
        bool,
        typer.Option(
            "--allow-gone",
            help="Let this run remove files gone from raw/ even when they are much of the "
            "corpus (see README: Limits and safety).",
        ),
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS|local",
            help="Run the cleaning on a Dask cluster's workers: a scheduler's address "
            "(tcp://host:8786), or local for a cluster of --workers processes started for the "
            "run (see README: On a Dask cluster). [default: dask in the config, else none]",
        ),
    ] = None,
    verbose: VerboseOpt = False,
) -> None:
    """Clean raw/ into clean/ once. Example: newsclean run --raw raw --out clean"""
    cfg, config_dask = read_run_config(config)  # validated here, before Prefect starts
    dask = dask or config_dask
    check_dirs(raw, out)
    check_cluster(dask)
    check_state(out, cfg)
    if nothing_new(raw, out, cfg, allow_gone):
        return
    from flows.cluster import ClusterError
    from flows.io import RunLockedError, is_locked
    from flows.plan import TooManyGoneError

    held = None if wait else is_locked(out)
    if held:
        raise fail(held, code=3)
    _quiet_prefect_defaults(verbose)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from flows import clean_articles as ca
    from flows.workers import set_progress_hook

    started = time.perf_counter()
    progress = Progress(
        TextColumn("cleaning"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[docs]:,} documents · {task.fields[rate]}"),
        TimeElapsedColumn(),
        console=_stderr_console(),
        transient=True,
        redirect_stdout=False,  # worker processes must not inherit rich's stream proxies
        redirect_stderr=False,
    )
    task_id = progress.add_task("clean", total=None, docs=0, rate="")
    clock = [time.perf_counter()]

    def hook(done: int, total: int, docs: int) -> None:
        if done == 0:  # the flow starts cleaning now
            clock[0] = time.perf_counter()
        spent = time.perf_counter() - clock[0]
        rate = f"{docs / spent:,.0f} documents/s" if docs and spent > 0 else ""
        progress.update(task_id, completed=done, total=total, docs=docs, rate=rate)

    set_progress_hook(hook)
    runner = _task_runner(workers, dask)
    flow_fn = ca.clean_articles.with_options(task_runner=runner)
    try:
        with progress:
            result: dict[str, Any] = flow_fn(
                raw_dir=str(raw),
                out_dir=str(out),
                config_path=str(config) if config else None,
                batch_size=batch_size,
                wait_for_lock=wait,
                allow_gone=allow_gone,
            )
    except RunLockedError as exc:  # another run took the lock after our check
        raise fail(str(exc), code=3) from None
    except TooManyGoneError as exc:
        raise fail(str(exc), code=4) from None
    except ClusterError as exc:  # another newsclean on the workers, say
        raise fail(f"--dask {dask}: {exc}") from None
    except Exception as exc:  # the flow failed: say so plainly, details are in the log above
        typer.echo(f"newsclean: run failed: {failure(exc)}", err=True)
        raise typer.Exit(1) from None
    finally:
        set_progress_hook(None)
    seconds = time.perf_counter() - started
    langs = ", ".join(f"{k} {v}" for k, v in result.get("languages", {}).items()) or "-"
    total = result["corpus"]
    typer.echo(
        f"read {counted(result['read'], 'document')}: published {result['canonical']}, "
        f"duplicates {result['duplicates']}, rejected {result['rejected']}; "
        f"{counted(result['skipped_files'], 'unchanged file')} skipped; {seconds:.1f} s\n"
        f"languages: {langs}\n"
        f"corpus: {counted(total['canonical'], 'article')}, "
        f"{counted(total['duplicates'], 'duplicate')}, "
        f"{total['rejected']} rejected\n"
        f"output: {out}/ (articles/, articles.jsonl, duplicates.jsonl, rejected.jsonl, "
        "report.json)",
        err=True,
    )


def _task_runner(workers: int, dask: str | None = None) -> Any:
    """Worker processes (``--workers``), or a Dask cluster's workers (``--dask``); the flow
    starts them only for a stage too large for its own thread, and points them at its own
    Prefect API (see ``flows.workers``)."""
    if dask:
        from flows.cluster import dask_runner

        return dask_runner(dask, workers)
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    if workers < 2:
        return ThreadPoolTaskRunner(max_workers=1)
    return ProcessPoolTaskRunner(max_workers=workers)


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@app.command(cls=_Command)
def serve(
    cron: Annotated[
        str, typer.Option("--cron", metavar="EXPR", help='Schedule, e.g. "*/30 * * * *".')
    ],
    raw: RawOpt = Path("raw"),
    out: OutOpt = Path("clean"),
    config: ConfigOpt = None,
    name: Annotated[
        str, typer.Option("--name", metavar="NAME", help="Deployment name.")
    ] = "scheduled",
    verbose: VerboseOpt = False,
) -> None:
    """Run on a schedule (needs a Prefect server). Example: newsclean serve --cron '0 * * * *'"""
    read_config(config)
    check_dirs(raw, out)
    _quiet_prefect_defaults(verbose)
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError:  # pydantic's ValidationError is a ValueError
        raise fail(f"--cron {cron!r} is not a valid cron expression, e.g. '*/30 * * * *'") from None
    if not os.environ.get("PREFECT_API_URL"):
        typer.echo(
            "newsclean: warning: PREFECT_API_URL is not set; schedules do not run on Prefect's "
            "temporary server. Start one with `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api (see README).",
            err=True,
        )
    from flows.clean_articles import clean_articles

    _stop_serving_on_sigterm()
    typer.echo(f"serving clean-articles/{name} on {cron!r}; stop with Ctrl-C", err=True)
    clean_articles.serve(
        name=name,
        cron=cron,
        parameters={
            "raw_dir": str(raw.resolve()),
            "out_dir": str(out.resolve()),
            "config_path": str(config.resolve()) if config else None,
        },
        pause_on_shutdown=False,
    )
    deployment = f"clean-articles/{name}"
    typer.echo(
        f"stopped serving. The deployment {deployment} stays on the server with its schedule"
        " (its runs wait for a runner): see its schedules with `prefect deployment schedule ls"
        f" {deployment}`, pause one with `prefect deployment schedule pause {deployment}"
        f" SCHEDULE_ID`, or delete the deployment with `prefect deployment delete {deployment}`.",
        err=True,
    )


def _stop_serving_on_sigterm() -> None:
    """SIGTERM stops ``serve`` as Ctrl-C does. Prefect's own handler calls the runner's async
    stop from inside the event loop without awaiting it (a "coroutine 'Runner.astop' was
    never awaited" warning, and the runner not stopped cleanly)."""
    from prefect.runner import Runner

    def stop(self: Any, *args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    Runner.handle_sigterm = stop  # type: ignore[method-assign]


@app.command(cls=_Command)
def explain(
    files: Annotated[list[Path], typer.Argument(metavar="FILE", hidden=True)],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per document.")] = False,
    config: ConfigOpt = None,
    raw: Annotated[
        Path,
        typer.Option(
            "--raw",
            metavar="DIR",
            help="The input folder: a FILE under it gets the id, site and raw_path a run gives it.",
        ),
    ] = Path("raw"),
) -> None:
    """Show every line's keep/drop decision with its rule, for raw files (.txt, .jsonl, .html,
    .warc, .gz); FILE#N picks one document: a JSON Lines record's line, or the WARC record at
    byte offset N. Example: newsclean explain raw/a.txt"""
    from cleaners.document import Rejection
    from cleaners.pipeline import Cleaner
    from flows.discovery import is_feed
    from flows.inputs import FileReading
    from flows.web_inputs import is_archive

    cfg = read_config(config)
    cleaner = Cleaner(cfg)
    status = 0
    root = Path(os.path.abspath(raw))  # noqa: PTH100  (as a run walks it: links not resolved)
    for path in files:
        pick: int | None = None
        named = re.fullmatch(r"(.+)#(\d+)", str(path))
        if named and not path.exists() and Path(named.group(1)).exists():
            path, pick = Path(named.group(1)), int(named.group(2))
            if not (is_archive(path.name) or is_feed(path.name)):
                typer.echo(
                    f"newsclean: error: #{pick} picks a record of a .jsonl or .warc file,"
                    f" not of {str(path)!r}",
                    err=True,
                )
                status = 2
                continue
        if not path.exists() and not path.is_symlink():
            typer.echo(f"newsclean: error: {str(path)!r} does not exist", err=True)
            status = 2
            continue
        if path.is_dir():
            typer.echo(f"newsclean: error: {str(path)!r} is a folder; name files", err=True)
            status = 2
            continue
        full = Path(os.path.abspath(path))  # noqa: PTH100
        # under --raw: read as a run reads it (site, id, raw_path, the raw/ boundary)
        base = root if full.is_relative_to(root) else full.parent
        # streamed: an archive's pages are explained as they are read
        start = pick if pick is not None and is_archive(path.name) else None
        shown = 0
        for item in FileReading(full, base, cfg.limits, start):
            if pick is not None and item.record != pick:
                continue
            shown += 1
            if isinstance(item, Rejection):
                if as_json:
                    row = {"path": str(path), **item.to_dict(), "rejected": True}
                    typer.echo(json.dumps(row, ensure_ascii=False))
                else:
                    where = f"#{item.record}" if item.record is not None else ""
                    typer.echo(f"== {path}{where}: REJECTED [{item.rule}] {item.reason}\n")
                continue
            report = cleaner(item)
            if as_json:
                typer.echo(json.dumps(render.explain_json(path, report), ensure_ascii=False))
            else:
                typer.echo(render.explain_text(path, report))
        if pick is not None and not shown:
            what = "WARC record starts at byte" if start is not None else "record is on line"
            typer.echo(f"newsclean: error: no {what} {pick} of {str(path)!r}", err=True)
            status = 2
    if status:
        raise typer.Exit(status)


@app.command(cls=_Command)
def status(
    out: OutOpt = Path("clean"),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Show what an output directory's state holds and its last runs. Example: newsclean status"""
    from flows import ids, io
    from flows.state import STATE_PATH, State

    if out.exists() and not out.is_dir():
        raise fail(f"--out {str(out)!r} is a file, not an output folder")
    if not (out / STATE_PATH).is_file():
        raise fail(
            f"{str(out)!r} holds no newsclean run yet; run `newsclean run --out {out}` first"
        )
    lock = io.is_locked(out)
    with State(out) as state:
        counts = state.counts()
        runs = state.runs(limit=5)
        multi = state.db.execute(
            "SELECT count(*) FROM (SELECT cluster FROM docs WHERE status='article'"
            " GROUP BY cluster HAVING count(*) > 1)"
        ).fetchone()[0]
        sites = dict(
            state.rows(
                "SELECT d.source, count(*) FROM clusters c JOIN docs d ON d.id = c.canonical"
                " WHERE d.source != ? GROUP BY d.source ORDER BY count(*) DESC, d.source",
                (ids.UNKNOWN_SOURCE,),
            )
        )
        size = sum(p.stat().st_size for p in state.path.parent.glob(state.path.name + "*"))
    info: dict[str, Any] = {
        "out_dir": str(out),
        "state": str(out / STATE_PATH),
        "state_bytes": size,
        "files": counts["files"],
        "documents": counts["documents"],
        "articles": counts["canonical"],
        "clusters_with_duplicates": multi,
        "duplicates": counts["duplicates"],
        "rejected": counts["rejected"],
        "last_run": runs[0] if runs else None,
        "runs": [
            {k: r.get(k) for k in ("run_id", "started", "seconds", "counts", "files")} for r in runs
        ],
        "site_stories": sites,
        "running": lock,
    }
    if as_json:
        info["last_run"] = info["runs"][0] if runs else None
        typer.echo(json.dumps(info, ensure_ascii=False))
        return
    lines = [
        f"{out}: {info['articles']} articles ({multi} with duplicates), "
        f"{info['duplicates']} duplicates, {info['rejected']} rejected, "
        f"from {info['documents']} documents in {info['files']} raw files",
        f"state: {info['state']} ({size / 1e6:.1f} MB)",
        "last runs:",
    ]
    for r in info["runs"]:
        c, f = r.get("counts") or {}, r.get("files") or {}
        lines.append(
            f"  {r['started']}  {r['run_id']}  {r.get('seconds')} s: files read "
            f"{f.get('read')}, unchanged {f.get('unchanged')}; documents read {c.get('read')}, "
            f"published {c.get('canonical')}, duplicates {c.get('duplicates')}, "
            f"rejected {c.get('rejected')}"
        )
    lines.append(
        f"site furniture learned from {counted(sum(sites.values()), 'story')}"
        f" of {counted(len(sites), 'site')}"
    )
    lines += [f"  {site}: {counted(n, 'story')}" for site, n in list(sites.items())[:10]]
    lines.append(f"a run is in progress: {lock}" if lock else "no run in progress")
    typer.echo("\n".join(lines))


class ExportFormat(StrEnum):
    parquet = "parquet"


@app.command(cls=_Command)
def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", metavar="parquet", help="File format (Parquet, zstd-compressed)."),
    ],
    dest: Annotated[
        Path,
        typer.Option(
            "--out",
            metavar="DIR",
            help="Folder for the files (articles-00000.parquet, ...); an export there is replaced.",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option("--corpus", metavar="DIR", help="The corpus: the output folder of a run."),
    ] = Path("clean"),
    file_mb: Annotated[
        float,
        typer.Option(
            "--file-mb", metavar="MB", help="Start a new file once one passes this size (10^6 B)."
        ),
    ] = 500,
) -> None:
    """Write the corpus's articles (the rows of articles.jsonl, same columns) as Parquet files.
    Example: newsclean export --format parquet --out parquet"""
    from flows.export import ExportError, export_parquet

    if not 0 < file_mb < float("inf"):
        raise fail(f"--file-mb must be a size in MB above 0, not {file_mb}")
    started = time.perf_counter()
    try:
        result = export_parquet(out, dest, file_bytes=max(1, int(file_mb * 1e6)))
    except ExportError as exc:
        raise fail(str(exc), code=exc.code) from None
    except Exception as exc:  # a full disk, an unreadable state: one line that says why
        typer.echo(f"newsclean: export failed: {failure(exc)}", err=True)
        raise typer.Exit(1) from None
    names = [p.name for p in result.files]
    shown = names[0] if len(names) == 1 else f"{names[0]} to {names[-1]}"
    typer.echo(
        f"exported {result.rows:,} article{'s' * (result.rows != 1)} from {out}/ to {dest}/: "
        f"{counted(len(names), 'file')} ({shown}), {result.bytes:,} bytes; "
        f"{time.perf_counter() - started:.1f} s"
    )


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"newsclean {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Clean scraped news into a deduplicated corpus."""


def main() -> None:
    _cache_bytecode()
    app(prog_name="newsclean")


def _cache_bytecode() -> None:
    """Let this process and the ones it starts (the temporary server, the workers) keep the
    bytecode of the modules they import in the environment's ``__pycache__``, even where
    PYTHONDONTWRITEBYTECODE is set (containers often set it): every process then compiled
    Prefect again on every run. Compiling all 7,000 installed modules at install instead
    (uv's compile-bytecode) made the first run from a fresh clone 40 s instead of 23, and
    uv checks and reports it at every ``uv run``."""
    sys.dont_write_bytecode = False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


if __name__ == "__main__":
    main()

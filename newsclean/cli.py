"""Command line: ``newsclean run``, ``serve``, ``explain``, ``status`` and ``export``.

Prefect is imported only by the commands that run the flow, so ``explain`` and ``--help``
start fast and need no server. Here are the commands, their options and exit codes; their
work is elsewhere: the checks before anything starts in ``newsclean.preflight``, starting the
flow in ``newsclean.launch``, ``explain`` in ``newsclean.render``, ``status`` in
``newsclean.status``, ``export`` in ``flows.export``.
"""

from __future__ import annotations

import os
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._click.core import Context  # typer's own click: its commands are built on it
from typer._click.exceptions import NoSuchOption
from typer.core import TyperCommand

from newsclean import __version__
from newsclean.launch import (
    TemporaryServer,
    progress_bar,
    quiet_prefect_defaults,
    stop_serving_on_sigterm,
    task_runner,
)
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
from newsclean.render import explain_files
from newsclean.status import show_status


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
    started = time.perf_counter()
    quiet_prefect_defaults(verbose, guard=False)
    # Prefect's temporary server (no API URL set) starts now, while the flow is imported
    server = TemporaryServer.start(verbose)
    from flows import clean_articles as ca
    from flows.workers import set_progress_hook

    progress, hook = progress_bar()
    set_progress_hook(hook)
    runner = task_runner(workers, dask)
    flow_fn = ca.clean_articles.with_options(task_runner=runner)
    try:
        if server:
            server.serve_here()
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
    quiet_prefect_defaults(verbose)
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

    stop_serving_on_sigterm()
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
    status = explain_files(files, read_config(config), raw, as_json)
    if status:
        raise typer.Exit(status)


@app.command(cls=_Command)
def status(
    out: OutOpt = Path("clean"),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Show what an output directory's state holds and its last runs. Example: newsclean status"""
    show_status(out, as_json)


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

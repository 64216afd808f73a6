"""What ``newsclean`` checks before anything starts, and how it says what went wrong.

The commands' usage errors (missing or nested folders, a bad config, a state built with other
dedup settings, a remote cluster without a reachable Prefect server) exit 2 with one line
that says what to do; ``nothing_new`` plans a run before Prefect starts, so a run with
nothing to do stops at once (and a run with something to do hands the flow what it found).
No Prefect here: ``--help``, ``explain`` and a run with nothing new never import it.
"""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path
from typing import Any

import typer

from cleaners.config import ConfigError, PipelineConfig
from cleaners.rules import compile_rules


def fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"newsclean: error: {message}", err=True)
    return typer.Exit(code)


def read_config(path: Path | None) -> PipelineConfig:
    return read_run_config(path)[0]


def read_run_config(path: Path | None) -> tuple[PipelineConfig, str | None]:
    """The config file's settings, and the Dask cluster it names (``dask``), if any."""
    if path is None:
        return PipelineConfig(), None
    if not path.is_file():
        raise fail(
            f"config file {str(path)!r} does not exist; pass an existing TOML file to --config"
        )
    from flows.cluster import split_config

    try:
        cfg, dask = split_config(path.read_text(encoding="utf-8"))
        compile_rules(cfg.boilerplate)  # unknown rule ids in `disable` are errors too
        return cfg, dask
    except ConfigError as exc:
        raise fail(f"bad config {str(path)!r}: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read config {str(path)!r}: {exc}") from None


def check_dirs(raw: Path, out: Path) -> None:
    """Usage errors about the two folders, said before anything is created."""
    if not raw.exists():
        raise fail(f"raw directory {str(raw)!r} does not exist; create it or pass --raw DIR")
    if not raw.is_dir():
        raise fail(f"--raw {str(raw)!r} is not a directory")
    raw_real, out_real = raw.resolve(), out.resolve()
    if out_real == raw_real or raw_real in out_real.parents:
        raise fail("--out must not be inside --raw: raw/ is never modified")
    if out_real in raw_real.parents:
        raise fail("--raw must not be inside --out: a run must not read its own output")
    from flows.io import check_writable

    try:
        check_writable(out)
    except OSError as exc:
        raise fail(
            f"cannot write to output directory {str(out)!r} ({exc.strerror or exc}); "
            "pass a writable --out DIR"
        ) from None


def counted(count: int, noun: str) -> str:
    """``1 article``, ``2 articles``: a count with its noun, singular or plural.

    >>> counted(1, "story"), counted(3, "story"), counted(0, "article")
    ('1 story', '3 stories', '0 articles')
    """
    if count == 1:
        return f"{count} {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{count} {plural}"


def failure(exc: BaseException) -> str:
    """A failed run in one line that says what happened, never an empty message."""
    if isinstance(exc, MemoryError):
        return "out of memory; lower --workers or the limits in the config, and run again"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"the disk is full ({exc.filename or 'output'}); free space and run again"
    text = str(exc).strip()
    name = type(exc).__name__
    return f"{name}: {text}" if text else f"{name} (see the log above); run again to retry"


def nothing_new(raw: Path, out: Path, cfg: Any, allow_gone: bool) -> bool:
    """Plan the run before Prefect starts: refuse one that would remove much of the corpus
    as gone from raw/ (exit 4; the flow checks again, for scheduled and deployed runs), and
    say so and stop when there is nothing to do (True): no file new, changed or gone, and
    the outputs up to date. Otherwise the flow is handed what was found (``flows.handoff``),
    so it need not look again."""
    from flows import discovery, handoff
    from flows.plan import TooManyGoneError, check_gone, cleaning_fingerprint, plan_inputs
    from flows.state import STATE_PATH, State

    if not (out / STATE_PATH).is_file():
        return False
    raw_dir, out_dir = os.path.abspath(raw), os.path.abspath(out)  # noqa: PTH100  (the flow's)
    listing = discovery.list_inputs(Path(raw_dir))
    fingerprint = cleaning_fingerprint(cfg)
    with State(out, reader=True) as state:
        commits = handoff.commits(state)  # before the files: a commit between fails the check
        plan = plan_inputs(state, raw_dir, listing.paths, fingerprint, listing.unlisted)
        outputs = state.get_meta("outputs")
        total = state.counts()
    if not allow_gone:
        try:
            check_gone(plan, cfg.limits)
        except TooManyGoneError as exc:
            raise fail(str(exc), code=4) from None
    indexes = ("articles.jsonl", "duplicates.jsonl", "rejected.jsonl")
    if (
        plan.todo
        or plan.gone
        or plan.touched
        or listing.unlisted
        or outputs != "clean"
        or not all((out / name).is_file() for name in indexes)
    ):
        look = handoff.Look(
            raw_dir,
            out_dir,
            fingerprint,
            commits,
            listing.paths,
            listing.unlisted,
            plan,
            time.monotonic(),
        )
        handoff.hand_over(look)
        return False
    typer.echo(
        f"nothing new in {raw}/: {counted(plan.unchanged, 'file')} unchanged, nothing to do\n"
        f"corpus: {counted(total['canonical'], 'article')}, "
        f"{counted(total['duplicates'], 'duplicate')}, "
        f"{total['rejected']} rejected in {out}/",
        err=True,
    )
    return True


def check_state(out: Path, cfg: Any) -> None:
    """A state built with other dedup settings is a usage error, said before anything
    starts."""
    from flows.state import STATE_PATH, State, StateMismatchError

    if not (out / STATE_PATH).is_file():
        return
    try:
        with State(out) as state:
            state.check_params(cfg.dedup)
    except StateMismatchError as exc:
        raise fail(str(exc)) from None


def check_cluster(dask: str | None) -> None:
    """A remote cluster's workers cannot reach Prefect's temporary server (it listens on
    127.0.0.1 of this machine): such a run needs a Prefect server they can reach."""
    from flows.cluster import is_loopback

    if dask and not is_loopback(dask) and not os.environ.get("PREFECT_API_URL"):
        raise fail(
            f"--dask {dask}: the cluster's workers cannot reach Prefect's temporary server on "
            "this machine; start a Prefect server they can reach (prefect server start --host "
            "0.0.0.0) and set PREFECT_API_URL to its address (see README: On a Dask cluster)"
        )

"""The README's commands against the CLI's parser, so the two cannot drift apart.

Every ``newsclean ...`` line in the README's fenced code blocks (also ``uv run newsclean``,
``python -m newsclean``, with ``VAR=value`` in front or a ``# comment`` after) is parsed by
the command it names, without running it: an unknown command or option, a missing value or an
invalid one fails here. A usage synopsis (``newsclean run [--raw DIR] ...``, continued on
indented lines) is checked option by option: each one it names must exist.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer import Exit

from newsclean.cli import app

try:  # newer typer carries its own click; earlier versions use click itself
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover
    from click.exceptions import UsageError  # type: ignore[assignment]

README = Path(__file__).resolve().parent.parent / "README.md"
COMMANDS = ("run", "serve", "explain", "status", "export")

_FENCE = re.compile(r"^\s*(```|~~~)")
_PREFIX = re.compile(
    r"^(?:\$\s+)?(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(?:uv\s+run\s+(?:-q\s+)?)?"
    r"(?:python\s+-m\s+newsclean|newsclean)(?=\s|$)"
)
_OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")


def readme_commands(text: str) -> list[tuple[int, str]]:
    """(line number, command line) of every newsclean command in a fenced code block;
    a line ending in a backslash, and a synopsis's indented ``[...]`` lines, are joined."""
    found: list[tuple[int, str]] = []
    in_block = False
    last = 0  # the line number of the last line taken (a command's or a continuation's)
    for number, line in enumerate(text.splitlines(), start=1):
        if _FENCE.match(line):
            in_block = not in_block
            continue
        if not in_block:
            continue
        continued = found and last == number - 1
        if continued and found[-1][1].endswith("\\"):
            found[-1] = (found[-1][0], found[-1][1][:-1].rstrip() + " " + line.strip())
        elif continued and re.match(r"^\s+\[", line):
            found[-1] = (found[-1][0], found[-1][1] + " " + line.strip())
        elif _PREFIX.match(line.strip()):
            found.append((number, line.strip()))
        else:
            continue
        last = number
    return found


def _args(line: str) -> list[str]:
    """The arguments after the program name, without a trailing comment."""
    rest = line[_PREFIX.match(line).end() :]  # type: ignore[union-attr]
    return shlex.split(rest, comments=True)


def is_synopsis(line: str) -> bool:
    """A usage line: options in brackets, or placeholders like FILE... or EXPR."""
    return "[" in line or "..." in line


CASES = readme_commands(README.read_text(encoding="utf-8"))


def _group() -> Any:
    return typer.main.get_command(app)


def _option_names(command: Any) -> set[str]:
    return {name for p in command.params for name in (*p.opts, *p.secondary_opts)}


def test_the_readme_shows_every_command() -> None:
    shown = {_args(line)[0] for _, line in CASES if _args(line)}
    assert set(COMMANDS) <= shown, f"commands never shown in a README code block: {shown}"
    assert len(CASES) >= 6, CASES  # the extraction found the README's commands at all


def problem(line: str) -> str | None:
    """What the CLI's parser says is wrong with a README command line (None: nothing)."""
    group = _group()
    parent = group.context_class(group, info_name="newsclean")
    args = _args(line)
    if not args or args[0].startswith("-"):  # newsclean --version, newsclean --help
        unknown = set(_OPTION.findall(" ".join(args))) - _option_names(group)
        return f"no such option {sorted(unknown)}" if unknown else None
    name, rest = args[0], args[1:]
    sub = group.get_command(parent, name)
    if sub is None:
        return f"no such command {name!r}"
    if is_synopsis(line):
        unknown = set(_OPTION.findall(" ".join(rest))) - _option_names(sub)
        return f"no such option {sorted(unknown)}" if unknown else None
    try:
        sub.make_context(name, rest, parent=parent, resilient_parsing=False)
    except UsageError as exc:
        return str(exc.format_message())
    except Exit as exc:  # --help
        return None if exc.exit_code == 0 else f"exit {exc.exit_code}"
    return None


@pytest.mark.parametrize(("number", "line"), CASES, ids=[f"L{n}: {c}" for n, c in CASES])
def test_readme_command_parses(number: int, line: str) -> None:
    error = problem(line)
    assert error is None, f"README line {number}: {line!r}: {error}"


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("uv run newsclean run --raw raw --out clean", False),
        ("newsclean run --bogus", True),
        ("newsclean run --workers 0", True),
        ("newsclean serve --raw raw", True),  # --cron is required
        ("newsclean publish", True),
        ("newsclean status [--out DIR] [--bogus]", True),
        ("python -m newsclean --version", False),
        ("newsclean explain --help", False),
        ("newsclean explain a.txt --raw raw --json  # a comment", False),
    ],
)
def test_the_check_itself(line: str, wrong: bool) -> None:
    assert (problem(line) is not None) == wrong, problem(line)


def test_the_readme_config_loads() -> None:
    """The README's example configuration is a valid config, every section of it."""
    from cleaners.config import load_config

    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", text, flags=re.S)
    assert len(blocks) == 1, "the README shows one TOML configuration"
    cfg = load_config(blocks[0])
    sections = set(re.findall(r"^\[+([\w.]+)\]+", blocks[0], flags=re.M))
    assert {"encoding", "boilerplate", "language", "limits", "dedup"} <= sections
    assert cfg.limits.gone_files == 10 and cfg.boilerplate.rules

"""Output files: clean/ written atomically, and one writer at a time (the run lock).

No Prefect here either: the flow wraps these functions in tasks. Reading raw/ is in
``flows.inputs``.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

# --- atomic writes -----------------------------------------------------------------------


_HOST = "".join(c if c.isalnum() else "-" for c in socket.gethostname())


def _temp_for(path: Path) -> Path:
    """A temporary name beside ``path``, unique per write: a run's workers on several
    machines (two may share a pid), or a task and its rerun on another worker after the
    first was thought dead, may write the same file at once; the last rename wins, with the
    same bytes. Leftovers of a killed run are swept by the next. The pid comes first
    (``flows.export`` tells a live writer's files from a dead one's by it)."""
    return path.with_name(f".{path.name}.{os.getpid()}.{_HOST}-{uuid.uuid4().hex[:8]}.tmp")


def write_atomic(path: Path, data: str | bytes, make_parent: bool = True) -> None:
    """Write a file so that readers see the old content or the new, never a partial file.

    The file gets the usual permissions (0666 less the umask), like any file the user writes.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data

    def fill(fd: int) -> int:
        view = memoryview(payload)
        while view:
            view = view[os.write(fd, view) :]
        return 0

    write_fd_atomic(path, fill, make_parent)


def holds(path: Path, payload: bytes) -> bool:
    """True when the file at ``path`` holds exactly ``payload`` (False when there is none)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        have = bytearray()
        while len(have) <= len(payload):
            chunk = os.read(fd, len(payload) + 1 - len(have))
            if not chunk:
                break
            have += chunk
        return have == payload
    except OSError:  # a directory, say
        return False
    finally:
        os.close(fd)


def write_jsonl_atomic(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Write rows as JSON lines, atomically; return how many were written."""
    return write_lines_atomic(path, (json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def write_lines_atomic(path: Path, lines: Iterable[str]) -> int:
    """Write text lines (each ending in a newline) atomically; return how many."""
    return write_chunks_atomic(path, (line.encode("utf-8") for line in lines))


def write_chunks_atomic(path: Path, chunks: Iterable[bytes]) -> int:
    """Write byte chunks (lines, each ending in a newline) atomically; return how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_for(path)
    count = 0
    try:
        with tmp.open("wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
                count += 1
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def write_fd_atomic(path: Path, fill: Callable[[int], int], make_parent: bool = True) -> int:
    """Write a file atomically through ``fill``, which writes to the file descriptor it is
    given and returns how many lines it wrote; return that. Plain system calls, no buffer: a
    run writes two files per article, and a buffered file object cost 15-20 us more per file
    than the write itself (``fill`` may also copy with the kernel)."""
    if make_parent:
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_for(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        try:
            count = fill(fd)
        finally:
            os.close(fd)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


_encode_str = json.encoder.encode_basestring  # the C escaper json.dumps uses (no ensure_ascii)
_INFINITY = float("inf")

# orjson (installed with Prefect) writes the same bytes as the standard library for the values
# ``_orjson_safe`` admits, 4-20x faster; without it, or for anything else, the paths below.
_orjson_dumps: Callable[..., bytes] | None
try:
    import orjson

    _orjson_dumps = orjson.dumps
    _ORJSON_PRETTY = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_SUBCLASS
except ImportError:  # pragma: no cover - a Prefect without orjson
    _orjson_dumps, _ORJSON_PRETTY = None, 0


def dumps_pretty(obj: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=2)``, byte for byte, for the JSON types
    (dict with str keys, list, tuple, str, int, float, bool, None) and faster: the standard
    library falls back to its pure-Python encoder whenever ``indent`` is set, and that was a
    third of the output stage's CPU. Anything else goes to ``json.dumps`` itself."""
    if _orjson_dumps is not None and _orjson_safe(obj):
        try:
            return _orjson_dumps(obj, option=_ORJSON_PRETTY).decode("utf-8")
        except TypeError:  # a lone surrogate, an int beyond 64 bits, nesting beyond 255
            pass
    try:
        return _pretty(obj, "\n")
    except _NotPlainError:
        return json.dumps(obj, ensure_ascii=False, indent=2)


def dumps_str(text: str) -> str:
    """``json.dumps(text, ensure_ascii=False)``: a JSON string, escaped as the standard library
    escapes it (through orjson, 10x faster on an article's text)."""
    if _orjson_dumps is not None and type(text) is str:
        try:
            return _orjson_dumps(text).decode("utf-8")
        except TypeError:  # a lone surrogate: the standard library writes it as it is
            pass
    return _encode_str(text)


# The floats whose ``repr`` has no exponent: orjson writes exactly those as the standard
# library does (``1e-05`` is ``0.00001`` there, ``1e+16`` is ``1e16``, NaN is ``null``).
_FIXED_LOW, _FIXED_HIGH = 1e-4, 1e16


def _orjson_safe(obj: Any) -> bool:
    """True when ``obj`` holds only what orjson writes as ``json.dumps`` does: exactly dict
    (str keys), list, tuple, str, int, bool, None and floats written without an exponent.
    orjson itself refuses the rest of the differences (a lone surrogate, an int beyond 64
    bits); a test compares the two on every code point and on floats of every magnitude."""
    kind = type(obj)
    if kind is dict:
        for key, value in obj.items():
            if type(key) is not str:
                return False
            vk = type(value)
            if not (vk is str or vk is int or value is None or vk is bool or _orjson_safe(value)):
                return False
        return True
    if kind is list or kind is tuple:
        for value in obj:
            vk = type(value)
            if not (vk is str or vk is int or value is None or vk is bool or _orjson_safe(value)):
                return False
        return True
    if kind is float:
        size: float = abs(obj)
        return size == 0.0 or _FIXED_LOW <= size < _FIXED_HIGH
    return kind is str or kind is int or kind is bool or obj is None


class _NotPlainError(TypeError):
    """A value the fast encoder leaves to ``json.dumps`` (a non-str key, an unknown type)."""


def _pretty(obj: Any, newline: str) -> str:
    kind = type(obj)
    if kind is str:
        return _encode_str(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if kind is int:
        return int.__repr__(obj)
    if kind is float:
        if obj != obj:
            return "NaN"
        if obj == _INFINITY:
            return "Infinity"
        if obj == -_INFINITY:
            return "-Infinity"
        return float.__repr__(obj)
    inner = newline + "  "
    if kind is dict:
        if not obj:
            return "{}"
        items = []
        for key, value in obj.items():
            if type(key) is not str:
                raise _NotPlainError(key)
            items.append(_encode_str(key) + ": " + _pretty(value, inner))
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if kind is list or kind is tuple:
        if not obj:
            return "[]"
        return "[" + inner + ("," + inner).join([_pretty(v, inner) for v in obj]) + newline + "]"
    raise _NotPlainError(obj)


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def check_writable(out_dir: Path) -> None:
    """Raise OSError with a clear message if out_dir cannot be created or written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    probe = out_dir / f".newsclean-write-test-{os.getpid()}"
    probe.write_bytes(b"")
    probe.unlink()


# --- one writer at a time ------------------------------------------------------------------


class RunLockedError(RuntimeError):
    """Another run holds the output directory's lock."""


LOCK_NAME = Path(".newsclean") / "run.lock"


@contextlib.contextmanager
def run_lock(out_dir: Path, wait: bool = True, poll: float = 1.0) -> Iterator[None]:
    """Hold the output directory's lock for a whole run, so two runs never write at once.

    An OS lock (flock) on ``.newsclean/run.lock``: released by the kernel when the process
    dies, so a killed run never leaves a stale lock behind. With ``wait=False`` a held lock
    raises RunLockedError at once, naming the holder.
    """
    path = out_dir / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = path.open("a+", encoding="utf-8")
    try:
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    fh.seek(0)
                    holder = fh.read().strip() or "unknown process"
                    raise RunLockedError(
                        f"another newsclean run is writing to {out_dir} ({holder}); "
                        "wait for it to finish, or pass --wait to queue behind it"
                    ) from None
                time.sleep(poll)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
        fh.flush()
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()


def is_locked(out_dir: Path) -> str | None:
    """The holder's description if another process holds the lock, else None."""
    try:
        with run_lock(out_dir, wait=False):
            return None
    except RunLockedError as exc:
        return str(exc)

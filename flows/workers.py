"""Prefect plumbing for the flow's CPU stages (cleaning, site furniture, article files).

Where their tasks run (``_Workers``: worker processes, or the flow's own thread for a small
stage), how a stage's work is cut into batches and shares, how large arguments travel to a
task without Prefect walking them (``Sealed``, ``_quoted``), the CLI's progress hook, and the
flow's Prefect API shared with the worker processes (``_shared_api``, with a light CA file
for an API over plain HTTP).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar, cast

from prefect import Task
from prefect.context import FlowRunContext, get_run_context
from prefect.settings import (
    PREFECT_API_SSL_CERT_FILE,
    PREFECT_API_URL,
    get_current_settings,
    temporary_settings,
)
from prefect.utilities.annotations import quote

from flows import cluster, io
from flows.articles import Languages
from flows.state import STATE_PATH
from flows.web_inputs import is_archive, slices

# The CLI sets this to drive its progress bar: (files done, files to read, documents read).
ProgressHook = Callable[[int, int, int], None]


class _Hook:
    """Holds the CLI's progress callback. It never travels to worker processes: pickling it
    (Prefect ships the flow's context to process workers) gives an empty holder, so the
    callback's locks and consoles are not pickled."""

    fn: ProgressHook | None = None

    def __reduce__(self) -> tuple[type[_Hook], tuple[()]]:
        return (_Hook, ())


_progress = _Hook()


T = TypeVar("T")


def _quoted(value: T) -> T:
    """Hand a large in-memory value to a task without Prefect walking it for futures."""
    return cast(T, quote(value))


class Sealed(Generic[T]):
    """A task argument Prefect carries to a worker process without walking it.

    ``quote`` keeps the flow's engine out of a value, but a process pool unwraps it before
    it pickles the parameters, and the worker's engine then walks them twice looking for
    futures: 20 ms per task for 2,000 paths, 0.3 s for a share's 33,000 article ids. An
    object that is no collection, dataclass or model is not walked, so the lists and maps
    the worker tasks take travel in this. Inline (in the flow's thread) it is the same.
    """

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


def set_progress_hook(hook: ProgressHook | None) -> None:
    _progress.fn = hook


def balanced_size(files: int, size: int, workers: int) -> int:
    """Files per batch: at most ``size``, in a batch count that is a multiple of the workers,
    so no worker is left cleaning one last batch alone; at least 50 files per batch.

    >>> balanced_size(4761, 1000, 2), balanced_size(100_000, 1000, 2), balanced_size(30, 1000, 2)
    (794, 1000, 50)
    """
    if files <= 0:
        return size
    count = -(-files // size)
    count = -(-count // workers) * workers
    return max(1, min(size, max(50, -(-files // count))))


def _batches(paths: list[str], size: int) -> list[list[str]]:
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)  # noqa: PTH202
    except OSError:
        return 0


def tapered_batches(paths: list[str], size: int, workers: int) -> list[list[str]]:
    """Batches of ``size`` files, the last round cut in quarters: workers take batches as
    they free up, so the one that finishes last waits for a quarter batch, not a whole one
    (on 100k files, 5 s of one idle core). Fewer than three rounds are left whole.

    A WARC archive is a batch of its own (one per slice of a large one: see
    ``web_inputs.slices``), and those batches go first: an archive holds thousands of pages,
    so the workers start on the largest work and share the files left.

    >>> [len(b) for b in tapered_batches([str(i) for i in range(7000)], 1000, 2)]
    [1000, 1000, 1000, 1000, 1000, 250, 250, 250, 250, 250, 250, 250, 250]
    >>> tapered_batches(["a.txt", "b.warc.gz", "c.txt", "d.warc"], 1000, 2)
    [['b.warc.gz'], ['d.warc'], ['a.txt', 'c.txt']]
    """
    archives = [[s] for p in paths if is_archive(p) for s in slices(p, _size(p), workers)]
    if archives:
        rest = [p for p in paths if not is_archive(p)]
        return archives + (tapered_batches(rest, size, workers) if rest else [])
    batches = _batches(paths, size)
    if workers < 2 or len(batches) < 3 * workers or size < 200:
        return batches
    tail = [b for chunk in batches[-workers:] for b in _batches(chunk, -(-len(chunk) // 4))]
    return batches[:-workers] + tail


# What an article costs its worker to write, in units of one whose language is known, when
# its language must still be detected (100k run: 1.2 ms of CPU per article, 0.35 of it
# language)
DETECTING = 1.4
# At most this many clusters in one share of the article files: a worker holds its share's
# bodies while it renders them, and at 100k two shares (one per worker) of 33,000 clusters
# each made the run's peak. A task costs Prefect about 0.2 s.
WRITE_SHARE_MAX = 8000


def write_share_size(clusters: int, workers: int) -> int:
    """Clusters in one share of the article files: the stage split evenly over the workers,
    but at least 200 (a task's own cost) and at most ``WRITE_SHARE_MAX``.

    >>> write_share_size(66000, 2), write_share_size(1000, 2), write_share_size(100, 2)
    (8000, 500, 200)
    """
    return max(200, min(WRITE_SHARE_MAX, -(-clusters // workers)))


def write_shares(
    todo: list[str], share: int, canonical: dict[str, str], languages: Languages
) -> list[tuple[list[str], Languages]]:
    """The article files' shares of the clusters to write (as many as shares of ``share``
    clusters), each with the languages detected ahead for its canonicals. The shares are
    runs of ``todo`` (in its order: neighbours in the state) cut so that each has as much
    work, an article still to detect counting ``DETECTING``.

    >>> write_shares(["c1", "c2", "c3", "c4"], 2, {"c1": "a", "c2": "b"}, {"a": ("en", 0.9)})
    [(['c1', 'c2'], {'a': ('en', 0.9)}), (['c3', 'c4'], {})]
    >>> [len(c) for c, _ in write_shares(list("abcdefghij"), 5, {}, {})]
    [5, 5]
    """
    count = -(-len(todo) // share)
    ahead = {cid: canonical[cid] for cid in todo if canonical.get(cid) in languages}
    costs = [1.0 if cid in ahead else DETECTING for cid in todo]
    total, done = sum(costs), 0.0
    chunks: list[list[str]] = [[] for _ in range(count)]
    for cid, cost in zip(todo, costs, strict=True):  # each to the share its middle falls in
        chunks[min(count - 1, int((done + cost / 2) * count / total))].append(cid)
        done += cost
    return [
        (chunk, {ahead[c]: languages[ahead[c]] for c in chunk if c in ahead})
        for chunk in chunks
        if chunk
    ]


def _workers() -> int:
    """How many tasks the flow's task runner runs at once (a Dask cluster's: its worker
    threads, see ``cluster.threads``)."""
    try:
        runner = get_run_context().task_runner  # type: ignore[union-attr]
    except Exception:
        return 1
    if cluster.is_dask(runner):
        return cluster.threads(runner)
    return int(getattr(runner, "_max_workers", 1) or 1)


R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class _Result(Protocol[R_co]):  # what a submitted task gives back: a Prefect future, or _Inline
    def result(self) -> R_co: ...


class _Inline(Generic[R]):
    """A task run in the flow's own thread, when ``result`` is asked for (so a stage run
    inline holds one batch's records at a time, as it would with workers)."""

    def __init__(self, fn: Callable[[], R]) -> None:
        self.fn = fn

    def result(self) -> R:
        return self.fn()


# A stage of at most this many items (files to clean, articles) runs in the flow's thread
# unless the workers already run: starting them (each imports Prefect) takes about 2.5 s,
# what cleaning 1,000 documents takes, and two workers save half of the stage's time.
INLINE_MAX = 2000


class _Workers:
    """Where the CPU stages' tasks run (cleaning, site furniture, article files).

    The flow's task runner runs them (worker processes: the default below, and the CLI's)
    when a stage has more than ``unit`` items (``INLINE_MAX``, or one batch when batches are
    smaller) or the workers already run. A smaller stage runs in the flow's thread: it
    finishes about as soon as on two workers that must start first. So a run that finds
    little new starts no process, and the CLI needs no scan of raw/ of its own to choose a
    task runner.
    """

    def __init__(self, unit: int) -> None:
        self.count = _workers()
        self.unit = unit
        self.running = False

    def parallel(self, items: int) -> int:
        """How many tasks of a stage of ``items`` run at once: 1 means in the flow's thread."""
        if self.count > 1 and (self.running or items > self.unit):
            return self.count
        return 1

    def submit(self, task_: Task[..., R], parallel: int, *args: Any) -> _Result[R]:
        if parallel < 2:
            return _Inline(lambda: task_(*args))
        if not self.running:
            runner = cluster.current_runner()
            if cluster.is_dask(runner):  # before the first task on a cluster
                cluster.prepare(runner)
        self.running = True
        return task_.submit(*args)

    @staticmethod
    def take(future: _Result[R]) -> R:
        """A task's result; on a Dask cluster, the future is released at once: a worker's
        death would otherwise make the scheduler compute again every result it held, even
        those the flow has taken in (PrefectHQ/prefect#15442)."""
        value = future.result()
        wrapped = getattr(future, "wrapped_future", None)
        release = getattr(wrapped, "release", None)
        if release is not None:
            release()
        return value


@contextmanager
def _shared_api(out: Path) -> Iterator[None]:
    """Point the worker processes at this flow's API while the flow runs. Without
    PREFECT_API_URL each process would start a temporary server of its own; a run on
    Prefect's temporary server (none configured) shares the one this process started.

    For an API over plain HTTP it also gives Prefect's clients a CA file of one certificate
    (see ``_plain_http_ca``), unless one is configured."""
    set_here = False
    url = os.environ.get("PREFECT_API_URL") or get_current_settings().api.url or ""
    if not url:
        ctx = FlowRunContext.get()
        url = str(ctx.client.api_url) if ctx is not None else ""
        if url.startswith("http://127.0.0.1"):
            os.environ["PREFECT_API_URL"] = url
            set_here = True
    try:
        # a process pool's workers inherit this process's environment; a Dask cluster's
        # workers get the settings each task carries (without them, each worker started a
        # temporary server of its own, on the same database: "database is locked")
        with (
            temporary_settings(updates={PREFECT_API_URL: url}) if set_here else nullcontext(),
            _plain_http_ca(url, out),
        ):
            yield
    finally:
        if set_here and os.environ.get("PREFECT_API_URL") == url:
            del os.environ["PREFECT_API_URL"]


CA_FILE = "api-ca.pem"


@contextmanager
def _plain_http_ca(url: str, out: Path) -> Iterator[None]:
    """Every Prefect client (several per task run, in every worker) builds a TLS context from
    a CA bundle (certifi's, or the file PREFECT_API_SSL_CERT_FILE or SSL_CERT_FILE names), even
    for an http:// API, which never verifies a certificate: 20-30 ms each, about 0.1 s per
    task run. For such an API the clients of this run (the flow's settings travel to the
    workers with each task) load a file holding only certifi's first certificate instead:
    1.3 ms. An https:// API is left alone, and so is the case where verification is turned
    off (those clients load no file). A speed-up only: if the file cannot be written, nothing
    changes."""
    if not url.startswith("http://") or get_current_settings().api.tls_insecure_skip_verify:
        yield
        return
    try:
        import certifi

        bundle = Path(certifi.where()).read_text(encoding="ascii")
        end = "-----END CERTIFICATE-----\n"
        first = bundle[bundle.index("-----BEGIN CERTIFICATE-----") : bundle.index(end) + len(end)]
        path = out / STATE_PATH.parent / CA_FILE
        if not path.is_file() or path.read_text(encoding="ascii") != first:
            io.write_atomic(path, first)
    except (ImportError, OSError, ValueError):
        yield
        return
    with temporary_settings(updates={PREFECT_API_SSL_CERT_FILE: str(path.resolve())}):
        yield

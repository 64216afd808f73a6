"""The Prefect flow: discover raw/ -> clean in batches -> deduplicate -> write -> report.

The flow is thin: every task calls a plain function of a stage's module (``flows.plan``,
``flows.staging``, ``flows.furniture``, ``flows.dedup``, ``flows.commit``, ``flows.publish``),
of ``flows.batches`` (on the workers) or of ``flows.io``.
One task per batch of files (never per document), so Prefect's per-task cost (about 7 ms with
threads) stays negligible. Large in-memory values passed between tasks are wrapped in
``quote`` so Prefect does not walk them looking for futures (that walk cost 13 s on 2,140
documents, against 0.3 s for the work itself).
"""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar, cast

from prefect import Task, flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext, get_run_context
from prefect.settings import PREFECT_API_SSL_CERT_FILE, get_current_settings, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner
from prefect.utilities.annotations import quote

import flows.commit
import flows.dedup
import flows.furniture
import flows.plan
import flows.publish
import flows.staging
from cleaners.config import PipelineConfig, load_config
from cleaners.dedup import DedupKey
from flows import batches, inputs, io
from flows.dedup import DedupPlan
from flows.furniture import add_reclean, files_to_reclean, take_furniture_results
from flows.memory import give_back, settle
from flows.plan import InputPlan, check_gone, cleaning_fingerprint, input_parts
from flows.publish import Languages, keep_languages
from flows.report import finish_report, make_report, merge_reports, read_earlier_in_run
from flows.staging import RunDocs, StagedBatch
from flows.state import STATE_PATH, State

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


# Seconds spent inside the plain functions of the tasks that run in this process; the flow
# compares them with the wall time around each task call to report Prefect's own share.
_work: dict[str, float] = {}


def _timed(name: str, start: float) -> None:
    _work[name] = _work.get(name, 0.0) + time.perf_counter() - start


@dataclass(frozen=True, slots=True)
class Found:
    """The raw files a run found, in one object: Prefect links each item of a task's returned
    list to the task run (a dict entry per path, 0.5 s for 100k paths), not what is inside an
    object."""

    paths: list[str]
    unlisted: list[str]  # folders under raw/ that could not be listed


@task(name="discover-inputs", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def discover_inputs(raw_dir: str) -> Found:
    start = time.perf_counter()
    try:
        listing = inputs.list_inputs(Path(raw_dir))
        return Found(listing.paths, listing.unlisted)
    finally:
        _timed("discover", start)


@task(name="plan-inputs", cache_policy=NO_CACHE)
def plan_inputs(
    state: State, raw_dir: str, paths: list[str], fingerprint: str, unlisted: list[str]
) -> InputPlan:
    start = time.perf_counter()
    try:
        return flows.plan.plan_inputs(state, raw_dir, paths, fingerprint, unlisted)
    finally:
        _timed("discover", start)


@task(name="clean-batch", cache_policy=NO_CACHE)
def clean_batch(
    paths: Sealed[list[str]], raw_dir: str, cfg: PipelineConfig, out_dir: str, run_id: str
) -> StagedBatch:
    return batches.clean_and_stage(paths.value, raw_dir, cfg, out_dir, run_id)


@task(name="accept-batch", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def accept_batch(
    state: State, run: RunDocs, batch: StagedBatch, plan: InputPlan, run_id: str
) -> None:
    start = time.perf_counter()
    try:
        flows.staging.accept_batch(state, run, batch, set(plan.replaced) | set(plan.gone), run_id)
    finally:
        _timed("stage", start)


@task(name="learn-site-furniture", cache_policy=NO_CACHE)
def learn_site_furniture(
    state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig
) -> tuple[dict[str, dict[str, int]], list[str]]:
    start = time.perf_counter()
    try:
        dropping = set(plan.replaced) | set(plan.gone)
        return flows.furniture.site_furniture_plan(state, run, dropping, cfg)
    finally:
        _timed("site_furniture", start)


@task(name="drop-site-furniture", cache_policy=NO_CACHE)
def drop_site_furniture(
    ids: Sealed[list[str]],
    furniture: Sealed[dict[str, dict[str, int]]],
    repairs: Sealed[dict[str, int]],
    cfg: PipelineConfig,
    out_dir: str,
) -> tuple[list[tuple[str, DedupKey, int]], float]:
    return batches.drop_furniture_batch(ids.value, furniture.value, repairs.value, cfg, out_dir)


@task(name="deduplicate", cache_policy=NO_CACHE)
def deduplicate(state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig) -> DedupPlan:
    start = time.perf_counter()
    try:
        return flows.dedup.deduplicate(state, run, plan, cfg)
    finally:
        _timed("dedup", start)


@task(name="commit-state", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def commit_state(
    state: State,
    run_id: str,
    plan: InputPlan,
    run: RunDocs,
    dedup: DedupPlan,
    fingerprint: str,
    cfg: PipelineConfig,
    report: dict[str, Any],
) -> None:
    start = time.perf_counter()
    try:
        flows.commit.commit(state, run_id, plan, run, dedup, fingerprint, cfg, report)
    finally:
        _timed("commit", start)


@task(name="plan-outputs", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def plan_outputs(state: State, out_dir: str) -> list[str] | None:
    start = time.perf_counter()
    try:
        return flows.publish.outputs_plan(state, out_dir)
    finally:
        _timed("write", start)


@task(name="write-articles", cache_policy=NO_CACHE)
def write_articles(
    clusters: Sealed[list[str]], out_dir: str, cfg: PipelineConfig, ahead: Sealed[Languages]
) -> tuple[int, float, float]:
    return batches.write_articles_batch(clusters.value, out_dir, cfg, ahead.value)


@task(name="detect-languages-ahead", cache_policy=NO_CACHE)
def detect_languages_ahead(
    ids: Sealed[list[str]], out_dir: str, cfg: PipelineConfig, stop: str
) -> tuple[Languages, float]:
    return batches.detect_languages_batch(ids.value, out_dir, cfg, stop)


@task(name="write-indexes", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_indexes(state: State, out_dir: str, cfg: PipelineConfig) -> None:
    start = time.perf_counter()
    try:
        flows.publish.finish_outputs(state, out_dir, cfg)
    finally:
        _timed("write", start)


@task(name="write-report", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def write_report(out_dir: str, report: dict[str, Any]) -> None:
    io.write_atomic(Path(out_dir) / "report.json", io.dumps_pretty(report) + "\n")


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


def tapered_batches(paths: list[str], size: int, workers: int) -> list[list[str]]:
    """Batches of ``size`` files, the last round cut in quarters: workers take batches as
    they free up, so the one that finishes last waits for a quarter batch, not a whole one
    (on 100k files, 5 s of one idle core). Fewer than three rounds are left whole.

    >>> [len(b) for b in tapered_batches([str(i) for i in range(7000)], 1000, 2)]
    [1000, 1000, 1000, 1000, 1000, 250, 250, 250, 250, 250, 250, 250, 250]
    """
    batches = _batches(paths, size)
    if workers < 2 or len(batches) < 3 * workers or size < 200:
        return batches
    tail = [b for chunk in batches[-workers:] for b in _batches(chunk, -(-len(chunk) // 4))]
    return batches[:-workers] + tail


# What an article costs its worker to write, in units of one whose language is known, when
# its language must still be detected (100k run: 1.2 ms of CPU per article, 0.35 of it
# language)
DETECTING = 1.4


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
    """How many tasks the flow's task runner runs at once."""
    try:
        runner = get_run_context().task_runner  # type: ignore[union-attr]
        return int(getattr(runner, "_max_workers", 1) or 1)
    except Exception:
        return 1


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
        self.running = True
        return task_.submit(*args)


class _LanguagesAhead:
    """The canonicals' languages, detected on the workers while the flow deduplicates and
    commits.

    Cleaning defers language to the canonical articles, so the article files detected it for
    every one of them, after the commit. While the flow deduplicates and commits (one core),
    the workers wait; instead, one detects languages there: during dedup, of the run's new
    articles in their order (which will be canonical is not known yet: most are); during the
    commit, of the canonicals, from the other end. Each task stops at its stop file (in the
    state's directory); the article files detect what none reached. Only when the workers
    already run and cleaning deferred language (no allow-list).
    """

    def __init__(self, pool: _Workers, cfg: PipelineConfig, out_dir: str, run_id: str) -> None:
        self.pool = pool
        self.cfg, self.out_dir, self.run_id = cfg, out_dir, run_id
        self.stops = Path(out_dir) / STATE_PATH.parent  # where the stop files go
        self.tasks: list[tuple[_Result[tuple[Languages, float]], Path]] = []
        self.started = 0  # tasks started
        for stale in self.stops.glob("languages-*.stop"):  # a killed run's (this run holds
            stale.unlink(missing_ok=True)  # the output directory's lock)

    @property
    def on(self) -> bool:
        return self.pool.running and self.pool.count > 1 and not self.cfg.language.allow

    def start(self, ids: list[str]) -> None:
        """Detect these documents' languages, in this order, until ``stop``/``finish``."""
        if not self.on or not ids:
            return
        stop = self.stops / f"languages-{self.run_id}-{self.started}.stop"
        future = detect_languages_ahead.submit(Sealed(ids), self.out_dir, self.cfg, str(stop))
        self.tasks.append((future, stop))
        self.started += 1

    def stop(self) -> None:
        """Tell the running tasks to stop after their current chunk (without waiting)."""
        for _, stop in self.tasks:
            stop.touch()

    def finish(self) -> tuple[Languages, float]:
        """Stop every task; return what they found and their seconds, summed (a task that
        failed found nothing: the article files detect those languages, as without it)."""
        self.stop()
        found: Languages = {}
        seconds = 0.0
        tasks, self.tasks = self.tasks, []
        for future, stop in tasks:
            try:
                languages, spent = future.result()
                found.update(languages)
                seconds += spent
            except Exception as exc:  # a speed-up only: the run goes on without it
                get_run_logger().warning(
                    "detecting languages ahead failed (%s); the article files detect them", exc
                )
            finally:
                stop.unlink(missing_ok=True)
        return found, seconds


@dataclass(slots=True)
class _Tally:
    """The seconds and counts a run's parts add up, for its report."""

    files: int  # files to read, in every part
    timings: dict[str, float] = field(default_factory=dict)
    done_files: int = 0
    read: int = 0
    cleaning: float = 0.0  # seconds inside the clean-batch tasks (cleaning and staging), summed
    cleaning_work: float = 0.0  # of the cleaning stage's wall time: the pooled tasks' share
    split: dict[str, float] = field(default_factory=lambda: {"staging": 0.0, "cpu": 0.0})
    processes: set[int] = field(default_factory=set)
    parallel: int = 1
    clean_stage: dict[str, float] = field(default_factory=dict)
    dropping_work: float = 0.0  # of the site-furniture stage's wall time: the tasks' share
    detected: int = 0  # languages detected ahead
    kept: int = 0  # of which during the commits of parts before the last
    ahead_seconds: float = 0.0
    ahead_wait: float = 0.0
    # (stage, wall clock when it began, when it ended), in order: what went on between two
    # stages is in neither
    spans: list[tuple[str, float, float]] = field(default_factory=list)

    def add(self, name: str, seconds: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + seconds
        now = time.time()
        self.spans.append((name, now - seconds, now))

    def ahead(self, found: Languages, seconds: float, waited: float) -> None:
        self.detected += len(found)
        self.ahead_seconds += seconds
        self.ahead_wait += waited


@dataclass(slots=True)
class _Taken:
    """What taking in one part gave: its report, its clusters (cluster id -> canonical id),
    and what it read again of earlier parts (``report.read_earlier_in_run``)."""

    report: dict[str, Any]
    canonical: dict[str, str]
    again: Counter[str]


def _take_in(
    state: State,
    plan: InputPlan,
    pool: _Workers,
    ahead: _LanguagesAhead,
    tally: _Tally,
    cfg: PipelineConfig,
    size: int,
    raw_dir: str,
    out_dir: str,
    run_id: str,
    started: float,
) -> _Taken:
    """Clean a part of the run's files, deduplicate them against the state and commit them
    (the whole run, unless it is large: see ``plan.input_parts``)."""
    log = get_run_logger()
    fingerprint = cleaning_fingerprint(cfg)
    t = time.perf_counter()
    state.clear_staging()
    run = RunDocs(run_id=run_id)
    workers = pool.parallel(len(plan.todo))
    size = balanced_size(len(plan.todo), size, workers)
    chunks = tapered_batches(plan.todo, size, workers)
    submitted = time.time()
    futures: list[_Result[StagedBatch] | None] = [
        pool.submit(clean_batch, workers, Sealed(chunk), raw_dir, cfg, out_dir, run_id)
        for chunk in chunks
    ]
    first_start, last_end = float("inf"), submitted
    cleaning = 0.0
    if _progress.fn:
        _progress.fn(tally.done_files, tally.files, tally.read)
    for n, chunk in enumerate(chunks):
        future = futures[n]
        assert future is not None
        batch = future.result()
        futures[n] = None  # let the batch's records go
        tally.processes.add(batch.pid)
        cleaning += batch.seconds
        tally.split["staging"] += batch.staging
        tally.split["cpu"] += batch.cpu
        first_start, last_end = min(first_start, batch.started), max(last_end, batch.finished)
        accept_batch(_quoted(state), _quoted(run), _quoted(batch), _quoted(plan), run_id)
        tally.done_files += len(chunk)
        tally.read += batch.read
        if _progress.fn:
            _progress.fn(tally.done_files, tally.files, tally.read)
    parallel = max(1, min(len(chunks), workers))
    tally.parallel = max(tally.parallel, parallel)
    tally.cleaning_work += cleaning / parallel  # (a re-clean below runs in the flow)
    again = files_to_reclean(state, run, plan, cfg)
    earlier: Counter[str] = Counter()
    if again:  # unchanged files whose articles hold a line that just became furniture
        log.info("cleaning %d unchanged files again for new site furniture", len(again))
        earlier = read_earlier_in_run(state, again, run_id)
        full = add_reclean(plan, state, raw_dir, again)
        for chunk in _batches(full, size):
            batch = clean_batch(Sealed(chunk), raw_dir, cfg, out_dir, run_id)
            cleaning += batch.seconds
            tally.cleaning_work += batch.seconds
            tally.split["staging"] += batch.staging
            tally.split["cpu"] += batch.cpu
            accept_batch(_quoted(state), _quoted(run), _quoted(batch), _quoted(plan), run_id)
    tally.cleaning += cleaning
    tally.add("clean", time.perf_counter() - t)
    # the cleaning stage's time outside the pooled tasks: before the first began (workers
    # starting), between them (summed over the workers: task-run cost, results, uneven
    # ends) and after the last ended (the flow's last accept and the re-clean check)
    first_start = min(first_start, last_end)
    for key, seconds in (
        ("before_first_task", first_start - submitted),
        ("between_tasks", max(0.0, parallel * (last_end - first_start) - cleaning)),
        ("after_last_task", time.time() - last_end),
    ):
        tally.clean_stage[key] = tally.clean_stage.get(key, 0.0) + seconds

    t = time.perf_counter()
    furniture, holders = learn_site_furniture(_quoted(state), _quoted(run), _quoted(plan), cfg)
    repairs = {d.id: d.key.repairs for d in run.articles}
    dropping_workers = pool.parallel(len(holders))
    share = max(1, min(2000, -(-len(holders) // dropping_workers)))
    pending: list[_Result[tuple[list[tuple[str, DedupKey, int]], float]] | None] = [
        pool.submit(
            drop_site_furniture,
            dropping_workers,
            Sealed(chunk),
            Sealed(furniture),
            Sealed({i: repairs[i] for i in chunk}),
            cfg,
            out_dir,
        )
        for chunk in _batches(holders, share)
    ]
    changed, dropping_seconds = 0, 0.0
    for n in range(len(pending)):
        done = pending[n]
        assert done is not None
        results, seconds = done.result()
        pending[n] = None
        changed += take_furniture_results(run, results)
        dropping_seconds += seconds
    tally.dropping_work += dropping_seconds / max(1, min(len(pending), dropping_workers))
    tally.add("site_furniture", time.perf_counter() - t)
    log.info(
        "site furniture: %d articles lost lines repeated across their site while cleaning;"
        " %d changed once the whole run's counts were known",
        sum(1 for d in run.articles if d.dropped),
        changed,
    )

    try:  # a failure stops the detection, so the run does not wait for it to end
        ahead.start([d.id for d in run.articles])
        t = time.perf_counter()
        dedup = deduplicate(_quoted(state), _quoted(run), _quoted(plan), cfg)
        give_back()
        tally.add("dedup", time.perf_counter() - t)

        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started))
        report = make_report(run_id, stamp, raw_dir, out_dir, plan, run, dedup, cfg)
        ahead.stop()
        wanted = set(dedup.clusters.values())
        earlier_ids = sorted(i for i in wanted if i not in run.ids)  # earlier runs' clusters
        ahead.start(earlier_ids + [d.id for d in reversed(run.articles) if d.id in wanted])
        t = time.perf_counter()
        commit_state(
            _quoted(state),
            run_id,
            _quoted(plan),
            _quoted(run),
            _quoted(dedup),
            fingerprint,
            cfg,
            _quoted(report),
        )
    except BaseException:
        ahead.finish()
        raise
    give_back()
    tally.add("commit", time.perf_counter() - t)
    return _Taken(report, dedup.clusters, earlier)


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
        with _plain_http_ca(url, out):
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


def _run_id() -> str:
    try:
        ctx = get_run_context()
        return str(ctx.flow_run.id)  # type: ignore[union-attr]
    except Exception:  # running as plain Python, without Prefect's engine
        return uuid.uuid4().hex


@flow(
    name="clean-articles",
    log_prints=True,
    # worker processes, one per core (started only for a stage too large for the flow's own
    # thread, see _Workers); the CLI's --workers replaces it. Scheduled and deployed runs use it.
    task_runner=ProcessPoolTaskRunner(max_workers=max(1, os.cpu_count() or 1)),  # type: ignore[arg-type]
)
def clean_articles(
    raw_dir: str = "raw",
    out_dir: str = "clean",
    config_path: str | None = None,
    batch_size: int | None = None,
    wait_for_lock: bool = True,
    allow_gone: bool = False,
) -> dict[str, Any]:
    """Bring out_dir up to date with raw/: read only new or changed files, deduplicate them
    against everything earlier runs kept in the state, and publish one canonical per story.

    Returns this run's counts (``canonical + duplicates + rejected == read``, over the
    documents this run read) and the corpus totals. Only one run writes to an output
    directory at a time: a second one waits (or, with ``wait_for_lock=False``, fails at once
    with RunLockedError). A run killed at any point is completed by the next one.

    A run that would remove much of the corpus as gone from raw/ (all of it, or more than
    ``limits.gone_share`` of its files) fails with TooManyGoneError before it changes
    anything, unless ``allow_gone``.
    """
    log = get_run_logger()
    started = time.time()
    settle()  # the flow's process: large blocks mapped apart (see flows.memory)
    _work.clear()
    cfg = (
        load_config(Path(config_path).read_text(encoding="utf-8"))
        if config_path
        else PipelineConfig()
    )
    size = batch_size or cfg.batch_size
    run_id = _run_id()
    timings: dict[str, float] = {}
    out = Path(out_dir)

    with io.run_lock(out, wait=wait_for_lock), State(out) as state, _shared_api(out):
        state.check_params(cfg.dedup)
        fingerprint = cleaning_fingerprint(cfg)
        t = time.perf_counter()
        listing = discover_inputs(raw_dir)
        paths = listing.paths
        plan = plan_inputs(_quoted(state), raw_dir, _quoted(paths), fingerprint, listing.unlisted)
        for folder in listing.unlisted:
            log.warning("cannot list %s under %s: its files are kept as they are", folder, raw_dir)
        if plan.unavailable:
            log.warning(
                "%d files of the corpus are under folders that could not be listed: kept,"
                " not removed",
                len(plan.unavailable),
            )
        if not allow_gone:
            check_gone(plan, cfg.limits)
        log.info(
            "found %d input files under %s: %d new or changed, %d unchanged, %d gone",
            len(paths),
            raw_dir,
            len(plan.todo),
            plan.unchanged,
            len(plan.gone),
        )

        parts = input_parts(plan, raw_dir, cfg.part_size, cfg.limits)
        timings["discover"] = time.perf_counter() - t
        if len(parts) > 1:
            log.info(
                "taking the %d files in %d parts of up to %d documents, each committed",
                len(plan.todo),
                len(parts),
                cfg.part_size,
            )
        pool = _Workers(min(size, INLINE_MAX))
        tally = _Tally(len(plan.todo), timings)
        ahead = _LanguagesAhead(pool, cfg, out_dir, run_id)
        reports: list[dict[str, Any]] = []
        again: Counter[str] = Counter()
        part_stats: list[dict[str, Any]] = []  # per part: its stages' seconds, when it ended
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            before, spans = dict(tally.timings), len(tally.spans)
            taken = _take_in(
                state, part, pool, ahead, tally, cfg, size, raw_dir, out_dir, run_id, started
            )
            part_stats.append(
                {
                    "timings": {
                        name: round(v - before.get(name, 0.0), 3)
                        for name, v in tally.timings.items()
                        if name != "discover"
                    },
                    "ended": round(time.time() - started, 3),  # seconds into the run
                    # each stage's [name, began, ended], in seconds into the run
                    "spans": [
                        [name, round(a - started, 3), round(b - started, 3)]
                        for name, a, b in tally.spans[spans:]
                    ],
                }
            )
            reports.append(taken.report)
            again.update(taken.again)
            if not last:  # the canonicals' languages wait in their clusters for the articles
                t = time.perf_counter()
                found, spent = ahead.finish()
                keep_languages(state, found)
                tally.ahead(found, spent, time.perf_counter() - t)
                tally.kept += len(found)
        canonical = taken.canonical  # cluster id -> canonical id, of the last part's clusters
        skipped = plan.unchanged
        report = merge_reports(state, plan, parts, reports, again)
        if "parts" in report:  # (a run of one part has no list of parts)
            for entry, stats in zip(report["parts"], part_stats, strict=True):
                entry.update(stats)
        del reports, parts, plan, taken  # the run's records are in the state now: let them go
        t = time.perf_counter()
        languages, ahead_seconds = ahead.finish()
        tally.ahead(languages, ahead_seconds, time.perf_counter() - t)
        todo = plan_outputs(_quoted(state), out_dir)
        writers, covered, writing, writing_cpu = 0, 0, 0.0, 0.0
        if todo is not None:
            writing_workers = pool.parallel(len(todo))
            share = max(200, -(-len(todo) // writing_workers))
            given = write_shares(todo, share, canonical, languages)
            covered = sum(len(k) for _, k in given)
            shares = [
                pool.submit(write_articles, writing_workers, Sealed(chunk), out_dir, cfg, Sealed(k))
                for chunk, k in given
            ]
            del given
            writers = max(1, min(len(shares), writing_workers))
            for n in range(len(shares)):
                _, seconds, cpu = shares[n].result()
                writing += seconds
                writing_cpu += cpu
            write_indexes(_quoted(state), out_dir, cfg)
        timings["write"] = time.perf_counter() - t
        # Prefect's own share: wall time around each task call less the time inside it
        # (the cleaning phase: less the workers' cleaning time spread over the workers)
        work = dict(_work)
        work["clean"] = max(tally.cleaning_work, work.pop("stage", 0.0))
        work["site_furniture"] = work.get("site_furniture", 0.0) + tally.dropping_work
        work["write"] = work.get("write", 0.0) + writing / max(1, writers)
        prefect_seconds = sum(max(0.0, timings[k] - work.get(k, 0.0)) for k in timings)
        seconds = time.time() - started
        report = finish_report(
            state,
            report,
            seconds=round(seconds, 3),
            timings={k: round(v, 3) for k, v in timings.items()},
            work_seconds={k: round(v, 3) for k, v in work.items()},
            cleaning_cpu_seconds=round(tally.cleaning, 3),
            clean_batches={k: round(v, 3) for k, v in tally.split.items()},
            write_batches={"seconds": round(writing, 3), "cpu": round(writing_cpu, 3)},
            languages_ahead={
                "tasks": ahead.started,
                "detected": tally.detected,  # documents (some turned out duplicates)
                # of which during earlier parts' commits (the canonicals' kept in their clusters)
                "kept_between_parts": tally.kept,
                "canonicals": covered,  # canonical articles whose language came from the last
                "seconds": round(tally.ahead_seconds, 3),
                "waited": round(tally.ahead_wait, 3),  # by the flow, for them to stop
            },
            prefect={
                "seconds": round(prefect_seconds, 3),
                "share": round(prefect_seconds / seconds, 4) if seconds else 0.0,
                "workers": tally.parallel,
                "processes": len(tally.processes - {os.getpid()}),  # worker processes that cleaned
                "clean_stage": {k: round(v, 3) for k, v in tally.clean_stage.items()},
            },
        )
        write_report(out_dir, _quoted(report))
        _publish_artifacts(state, report)
        counts = report["counts"]
        log.info(
            "read %(read)d documents: %(canonical)d published, %(duplicates)d duplicates, "
            "%(rejected)d rejected",
            counts,
        )
        return {
            **counts,
            "skipped_files": skipped,
            "corpus": report["corpus"],
            "seconds": report["seconds"],
            "run_id": run_id,
            "languages": report["languages"],
        }


def _publish_artifacts(state: State, report: dict[str, Any]) -> None:
    """Tell the run's story in the dashboard: a summary table, a readable report (with the
    rejected documents) and the duplicates this run found, linked to the published files."""
    c, files, total = report["counts"], report["files"], report["corpus"]
    rows: list[dict[str, Any]] = [
        {"metric": "files seen", "value": files["seen"]},
        {"metric": "files unchanged (skipped)", "value": files["unchanged"]},
        {"metric": "files read (new or changed)", "value": files["read"]},
        {"metric": "files gone from raw/ (their articles removed)", "value": files["removed"]},
        {"metric": "files unavailable (folder not listed: kept)", "value": files["unavailable"]},
        {"metric": "documents read", "value": c["read"]},
        {"metric": "published (canonical)", "value": c["canonical"]},
        {"metric": "duplicates", "value": c["duplicates"]},
        {"metric": "rejected", "value": c["rejected"]},
        {"metric": "corpus: canonical articles", "value": total["canonical"]},
        {"metric": "corpus: duplicates", "value": total["duplicates"]},
        {"metric": "corpus: rejected", "value": total["rejected"]},
        {"metric": "seconds", "value": report["seconds"]},
    ]
    rows += [{"metric": f"language {k}", "value": v} for k, v in report["languages"].items()]
    rows += [{"metric": f"rule {k}", "value": v} for k, v in report["rules_fired"].items()]
    rows += [
        {"metric": f"rejected: {k}", "value": v} for k, v in report["rejection_reasons"].items()
    ]
    create_table_artifact(key="run-summary", table=rows, description="newsclean run summary")

    out = Path(report["out_dir"]).resolve()
    rejected = list(
        state.rows(
            "SELECT path, record, reason FROM docs WHERE status='rejected' AND run_id=?"
            " ORDER BY path, record LIMIT 51",
            (report["run_id"],),
        )
    )
    reasons = report.get("rule_reasons", {})
    story = [
        "# newsclean run",
        "",
        f"Saw **{files['seen']}** files in `{report['raw_dir']}`: {files['unchanged']} "
        f"unchanged (skipped), {files['read']} new or changed, {files['removed']} gone. "
        f"Read **{c['read']}** documents: published **{c['canonical']}** canonical articles "
        f"to `{out}`, listed **{c['duplicates']}** as duplicates "
        f"({report['clusters_with_duplicates']} clusters), rejected **{c['rejected']}**. "
        f"The corpus now holds {total['canonical']} articles, {total['duplicates']} "
        f"duplicates and {total['rejected']} rejected documents. Took {report['seconds']} s.",
        "",
        "## Furniture removed (top rules)",
        "",
        "| rule | lines | why |",
        "|---|---|---|",
        *(
            f"| `{k}` | {v} | {reasons.get(k, '')} |"
            for k, v in list(report["rules_fired"].items())[:12]
        ),
        "",
        "## Languages",
        "",
        ", ".join(f"{k}: {v}" for k, v in report["languages"].items()) or "none",
        "",
        "## Rejected",
        "",
        *(
            f"- `{path}`{f' line {record}' if record else ''}: {reason}"
            for path, record, reason in rejected[:50]
        ),
        *(["- ... and more in rejected.jsonl"] if len(rejected) > 50 else []),
        *(["Nothing was rejected."] if not rejected else []),
        "",
        "## Removed: files gone from raw/",
        "",
        *(f"- `{path}`" for path in files["removed_paths"][:50]),
        *([f"- ... {files['removed'] - 50} more in report.json"] if files["removed"] > 50 else []),
        *(["No file was removed."] if not files["removed"] else []),
        *(
            [
                "",
                f"**{files['unavailable']} files kept as they were**: these folders of raw/"
                " could not be listed: " + ", ".join(f"`{u}`" for u in files["unlisted_folders"]),
            ]
            if files["unlisted_folders"]
            else []
        ),
        "",
        "## Time per stage (s)",
        "",
        ", ".join(f"{k} {v}" for k, v in report["timings"].items()),
    ]
    create_markdown_artifact(key="run-report", markdown="\n".join(story))

    lines = ["# Duplicates found in this run", ""]
    by_cluster: dict[str, list[dict[str, Any]]] = {}
    for m in report["merges"]:
        by_cluster.setdefault(m["cluster"], []).append(m)
    if not by_cluster:
        lines.append("No duplicates found in this run.")

    def where(doc_id: str) -> tuple[str, str, str]:
        row = state.db.execute(
            "SELECT title, path, source FROM docs WHERE id=?", (doc_id,)
        ).fetchone()
        return (row[0] or doc_id, row[1], row[2]) if row else (doc_id, "?", "?")

    for cid, merges in list(by_cluster.items())[:200]:
        canon = merges[0]["canonical"]
        title, path, source = where(canon)
        published = out / "articles" / f"{canon}.txt"
        lines.append(f"## {title} (`{cid}`)")
        lines.append(
            f"- canonical: `{canon}` from `{path}` ({source}), "
            f"published as [{published.name}]({published.as_uri()})"
        )
        for m in merges:
            _, dpath, dsource = where(m["duplicate"])
            lines.append(
                f"- duplicate: `{m['duplicate']}` from `{dpath}` ({dsource}), jaccard "
                f"{m['jaccard']:.2f}, containment {m['containment']:.2f}, check: {m['check']}"
            )
        lines.append("")
    create_markdown_artifact(key="duplicate-clusters", markdown="\n".join(lines))

"""Speed benchmark: run the real CLI on a synthetic corpus and say where the time went.

    uv run python bench/run.py --docs 100000            # generate (cached) and run
    uv run python bench/run.py --corpus DIR --workers 2  # a corpus made by bench/make_corpus.py
    uv run python bench/run.py --docs 50000 --incremental 0.01
    uv run python bench/run.py --docs 20000 --dask local --repeat 3   # against the pool

Prints documents/s (wall, whole CLI and flow only), time per stage, Prefect's share, peak RSS
of the whole process tree (the CLI and its workers, sampled from /proc), the state's size per
article, and the dedup quality against the generator's gold stories (pairwise precision and
recall), so a faster path that loses quality shows at once.

With ``--incremental F`` it then adds F x docs new documents (the next ones of the same
sequence), runs again and prints that run's cost against the full run's, then runs once more on
the unchanged raw/ (which must change no output file).

With ``--dask ADDRESS|local`` it runs the process pool and the cluster alternately on the
same corpus and prints the medians, the cluster's throughput against the pool's, whether the
outputs are identical, and the scheduler's memory (an existing cluster's scheduler sampled
through a client; a local cluster's scheduler lives in the CLI's process).

Set PREFECT_API_URL to run against a running server; otherwise each run starts Prefect's
temporary server, whose start-up is reported apart.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_corpus import generate  # noqa: E402


def _link_or_copy(src: str, dst: str) -> None:
    """Hard-link the cached corpus, but copy the JSONL feeds: extending the corpus appends
    records to the last ones."""
    if src.endswith(".jsonl"):
        shutil.copy2(src, dst)
    else:
        os.link(src, dst)


def cached_corpus(corpus: Path | None, cache: Path, docs: int, real: bool = False) -> Path:
    """The given corpus, or one of ``docs`` documents generated once into ``cache``: by the
    generator, or with ``real`` from the development benchmarks' text (``bench/real_corpus.py``,
    which needs ../shared)."""
    if corpus is not None:
        return corpus
    corpus = cache / (f"real-{docs}" if real else f"corpus-{docs}")
    if not (corpus / "gold.jsonl").is_file():
        print(f"generating {docs} documents into {corpus} ...", flush=True)
        shutil.rmtree(corpus, ignore_errors=True)
        if real:
            from bench import real_corpus

            real_corpus.generate(corpus, docs)
        else:
            generate(corpus, docs)
    return corpus


def tree_rss_split(pid: int) -> tuple[int, int]:
    """Resident bytes of a process itself, and of all its descendants (Linux /proc)."""
    own, rest, _, _ = tree_sample(pid)
    return int(own), int(rest)


_TICK = os.sysconf("SC_CLK_TCK")


def tree_sample(pid: int) -> tuple[int, int, float, float]:
    """Resident bytes of a process itself and of all its descendants, and the CPU seconds
    (user and system) each has spent so far, the living descendants' only (Linux /proc)."""
    own, total, own_cpu, cpu, todo = 0, 0, 0.0, 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            proc = Path("/proc") / str(p)
            for line in (proc / "status").read_text(encoding="ascii").splitlines():
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) * 1024
                    own, total = (rss, total) if p == pid else (own, total + rss)
                    break
            fields = (proc / "stat").read_text(encoding="ascii").rpartition(")")[2].split()
            spent = (int(fields[11]) + int(fields[12])) / _TICK
            own_cpu, cpu = (spent, cpu) if p == pid else (own_cpu, cpu + spent)
            for task in (proc / "task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError, IndexError):
            continue
    return own, total, own_cpu, cpu


def _io_bytes() -> tuple[int, int]:
    """(bytes read from, bytes written to storage) by this process and its reaped children
    (Linux /proc/self/io; a child's counts join its parent's when it is waited for)."""
    try:
        fields = dict(
            line.split(": ")
            for line in Path("/proc/self/io").read_text(encoding="ascii").splitlines()
        )
    except OSError:
        return 0, 0
    written = int(fields["write_bytes"]) - int(fields.get("cancelled_write_bytes", 0))
    return int(fields["read_bytes"]), written


def _machine_cpu() -> dict[str, float]:
    """Core-seconds the machine has spent so far, by kind (Linux /proc/stat)."""
    try:
        with Path("/proc/stat").open(encoding="ascii") as fh:
            ticks = [int(t) for t in fh.readline().split()[1:]]
    except OSError:
        return {}
    hz = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = (ticks + [0] * 8)[:8]
    return {
        "user": (user + nice) / hz,
        "system": (system + irq + softirq) / hz,
        "idle": idle / hz,
        "iowait": iowait / hz,
        "steal": steal / hz,
    }


def _tree_cpu() -> tuple[float, float]:
    """(user, system) CPU seconds of this process's waited-for children and their own."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime, r.ru_stime


def run_cli(
    raw: Path,
    out: Path,
    workers: int,
    batch: int | None,
    config: Path | None = None,
    dask: str | None = None,
) -> dict[str, object]:
    """Run `newsclean run` as a user would; return wall time, peak tree RSS (and the CLI
    process's own: with ``--dask local`` it holds the cluster's scheduler), the bytes the
    run read from and wrote to storage, and the report."""
    cmd = [sys.executable, "-m", "newsclean", "run", "--raw", str(raw), "--out", str(out)]
    cmd += ["--workers", str(workers)]
    if dask:
        cmd += ["--dask", dask]
    if batch:
        cmd += ["--batch-size", str(batch)]
    if config:
        cmd += ["--config", str(config)]
    io_before, cpu_before, machine_before = _io_bytes(), _tree_cpu(), _machine_cpu()
    start, start_clock = time.perf_counter(), time.time()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]
    peak_own = [0]
    # (time.time(), RSS of the CLI process, RSS of its descendants: the workers)
    timeline: list[tuple[float, int, int]] = []
    # (time.time(), CPU seconds of the CLI process, of its living descendants)
    cpu_line: list[tuple[float, float, float]] = []

    def sample() -> None:
        while proc.poll() is None:
            own, rest, own_cpu, rest_cpu = tree_sample(proc.pid)
            now = time.time()
            peak[0] = max(peak[0], own + rest)
            peak_own[0] = max(peak_own[0], own)
            timeline.append((now, own, rest))
            cpu_line.append((now, own_cpu, rest_cpu))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"newsclean run failed ({proc.returncode}):\n{err.decode()[-3000:]}")
    io_after, cpu_after, machine_after = _io_bytes(), _tree_cpu(), _machine_cpu()
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    # the flow began its report's seconds before it wrote the report
    flow_start = (out / "report.json").stat().st_mtime - float(report["seconds"])
    part_peaks, stage_peaks, begun = [], [], 0.0
    window = [(t - flow_start, a, b) for t, a, b in timeline]  # seconds into the run
    for part in report.get("parts", []):
        part_peaks.append(
            max((a + b for t, a, b in window if begun <= t < part["ended"]), default=0)
        )
        # over each stage's span, as the flow reports it
        peaks: dict[str, tuple[int, int]] = {}
        for name, a, b in part["spans"]:
            inside = [(x, y) for t, x, y in window if a <= t <= b]
            if not inside:  # a stage shorter than the sampling interval: the nearest sample
                inside = [min(window, key=lambda s: abs(s[0] - b))[1:]] if window else [(0, 0)]
            was = peaks.get(name, (0, 0))
            peaks[name] = (
                max([was[0]] + [x for x, _ in inside]),
                max([was[1]] + [y for _, y in inside]),
            )
        stage_peaks.append(peaks)
        begun = part["ended"]
    cores = stage_cores(cpu_line, _stage_spans(report), flow_start, start_clock)
    return {
        # per stage of the whole run (start-up and tail included): peak RSS of the CLI
        # process, of its workers, and of the two together
        "run_stage_peaks": run_stage_peaks(timeline, _stage_spans(report), flow_start, start_clock),
        "wall": wall,
        "cpu": (cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1]),
        "machine": {k: machine_after[k] - machine_before.get(k, 0.0) for k in machine_after},
        "peak_rss": peak[0],
        "peak_own_rss": peak_own[0],
        "part_peaks": part_peaks,  # peak tree RSS while each part was taken in
        # per part, per stage: peak RSS of the CLI process and of its workers
        "stage_peaks": stage_peaks,
        # per stage: (seconds, cores busy in the CLI's process, in its workers)
        "cores": cores,
        "read_bytes": io_after[0] - io_before[0],
        "write_bytes": io_after[1] - io_before[1],
        "report": report,
    }


def _stage_spans(report: dict[str, object]) -> list[tuple[str, float, float]]:
    """Each stage's (name, began, ended) in seconds into the flow: the parts' spans, or, for a
    run of one part, its stages laid end to end in the order the flow runs them."""
    spans: list[tuple[str, float, float]] = []
    parts = report.get("parts")
    timings = report["timings"]
    assert isinstance(timings, dict)
    if isinstance(parts, list) and parts:
        spans = [(n, a, b) for part in parts for n, a, b in part["spans"]]
        last = float(parts[-1]["ended"])
        spans.insert(0, ("discover", 0.0, float(timings.get("discover", 0.0))))
        spans.append(("write", last, last + float(timings.get("write", 0.0))))
        return spans
    at = 0.0
    for name in ("discover", "clean", "site_furniture", "dedup", "commit", "write"):
        if name in timings:
            spans.append((name, at, at + float(timings[name])))
            at += float(timings[name])
    return spans


def _windows(
    spans: list[tuple[str, float, float]], flow_start: float, cli_start: float, end: float
) -> list[tuple[str, float, float]]:
    """The run's windows on the clock: "start-up" (the CLI's time before the flow began),
    each stage's spans, and "tail" (after the stages: the report, the artifacts, exiting)."""
    whole = [("start-up", cli_start, flow_start)]
    whole += [(n, flow_start + a, flow_start + b) for n, a, b in spans]
    whole.append(("tail", flow_start + (spans[-1][2] if spans else 0.0), end))
    return whole


def run_stage_peaks(
    timeline: list[tuple[float, int, int]],
    spans: list[tuple[str, float, float]],
    flow_start: float,
    cli_start: float,
) -> dict[str, tuple[int, int, int]]:
    """Per stage, over its spans: (peak RSS of the CLI's process, of its workers, of the two
    together), from the RSS samples; "start-up" and "tail" as in ``stage_cores``."""
    if not timeline:
        return {}
    out: dict[str, tuple[int, int, int]] = {}
    for name, a, b in _windows(spans, flow_start, cli_start, timeline[-1][0] + 1):
        inside = [(x, y) for t, x, y in timeline if a <= t <= b]
        if not inside:
            continue
        was = out.get(name, (0, 0, 0))
        out[name] = (
            max([was[0]] + [x for x, _ in inside]),
            max([was[1]] + [y for _, y in inside]),
            max([was[2]] + [x + y for x, y in inside]),
        )
    return out


def stage_cores(
    cpu_line: list[tuple[float, float, float]],
    spans: list[tuple[str, float, float]],
    flow_start: float,
    cli_start: float,
) -> dict[str, tuple[float, float, float]]:
    """Per stage, summed over its spans: (seconds, cores the CLI's process kept busy, cores
    its worker processes kept busy), from the CPU samples; "start-up" is the CLI's time
    before the flow began, "tail" after its stages (the report, the artifacts, exiting)."""
    if len(cpu_line) < 2:
        return {}

    def at(t: float) -> tuple[float, float]:
        # the last sample at or before t (CPU counters only grow, but a worker that exits
        # takes its seconds with it: the rest's counter may fall)
        best = cpu_line[0]
        for sample in cpu_line:
            if sample[0] > t:
                break
            best = sample
        return best[1], best[2]

    out: dict[str, list[float]] = {}
    for name, a, b in _windows(spans, flow_start, cli_start, cpu_line[-1][0]):
        if b <= a:
            continue
        (oa, ra), (ob, rb) = at(a), at(b)
        acc = out.setdefault(name, [0.0, 0.0, 0.0])
        acc[0] += b - a
        acc[1] += max(0.0, ob - oa)
        acc[2] += max(0.0, rb - ra)
    return {n: (s, o / s if s else 0.0, r / s if s else 0.0) for n, (s, o, r) in out.items()}


def pairwise(out: Path, corpus: Path) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of the published clusters against gold stories."""
    gold: dict[str, int] = {}
    with (corpus / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            if g["story"] >= 0:
                gold[g["doc"]] = g["story"]
    pred: dict[str, str] = {}
    for name in ("articles.jsonl", "duplicates.jsonl"):
        with (out / name).open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                doc = r["raw_path"] + (f"#{r['raw_record']}" if r.get("raw_record") else "")
                pred[doc] = r["cluster_id"]
    docs = [d for d in pred if d in gold]

    def pairs(label: dict[str, object]) -> set[tuple[str, str]]:
        groups: dict[object, list[str]] = {}
        for d in docs:
            groups.setdefault(label[d], []).append(d)
        return {p for g in groups.values() for p in combinations(sorted(g), 2)}

    p, g = pairs(dict(pred.items())), pairs(dict(gold.items()))
    tp = len(p & g)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if p.is_file() and not rel.startswith(".newsclean") and rel != "report.json":
            h.update(rel.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def outputs_digest(out: Path, run_id: str) -> str:
    """``digest`` with the run's id taken out: two runs write their own id into the
    articles they publish, and nothing else of theirs may differ."""
    h = hashlib.sha256()
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if p.is_file() and not rel.startswith(".newsclean") and rel != "report.json":
            h.update(rel.encode())
            h.update(p.read_bytes().replace(run_id.encode(), b"RUN"))
    return h.hexdigest()[:16]


class SchedulerMemory:
    """Samples an existing cluster's scheduler's RSS (through a client, every 0.5 s)."""

    def __init__(self, address: str) -> None:
        from distributed import Client

        self.client = Client(address, timeout=30)
        self.peak = self.first = self._rss()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _rss(self) -> int:
        return int(self.client.run_on_scheduler(_own_rss))

    def _loop(self) -> None:
        while not self.stop.wait(0.5):
            self.peak = max(self.peak, self._rss())

    def close(self) -> tuple[int, int, int]:
        """(RSS before, peak during, after) in bytes."""
        self.stop.set()
        self.thread.join()
        last = self._rss()
        self.client.close()
        return self.first, max(self.peak, last), last


def _own_rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def compare_dask(
    raw: Path, work: Path, workers: int, batch: int | None, dask: str, repeat: int
) -> None:
    """The process pool against ``--dask`` on the same corpus, runs alternated (each into a
    new output folder), ``repeat`` of each; print the medians, their ratio in throughput,
    whether the outputs are identical, and the scheduler's memory."""
    walls: dict[str, list[float]] = {"pool": [], "dask": []}
    flows: dict[str, list[float]] = {"pool": [], "dask": []}
    own: dict[str, list[int]] = {"pool": [], "dask": []}
    digests: set[str] = set()
    scheduler: list[tuple[int, int, int]] = []
    for n in range(repeat):
        order = ("pool", "dask") if n % 2 == 0 else ("dask", "pool")
        for kind in order:
            out = work / f"{kind}-{n}"
            watch = SchedulerMemory(dask) if kind == "dask" and dask != "local" else None
            load = os.getloadavg()[0]
            res = run_cli(raw, out, workers, batch, dask=dask if kind == "dask" else None)
            if watch is not None:
                scheduler.append(watch.close())
            report = res["report"]
            assert isinstance(report, dict)
            walls[kind].append(float(res["wall"]))  # type: ignore[arg-type]
            flows[kind].append(float(report["seconds"]))
            own[kind].append(int(res["peak_own_rss"]))  # type: ignore[call-overload]
            digests.add(outputs_digest(out, report["run_id"]))
            print(
                f"   {kind:4} run {n + 1}: wall {res['wall']:.1f} s, flow {report['seconds']:.1f}"
                f" s, CLI process peak RSS {own[kind][-1] / 2**20:,.0f} MiB (load {load:.2f})",
                flush=True,
            )
            shutil.rmtree(out, ignore_errors=True)
    pool, on = statistics.median(walls["pool"]), statistics.median(walls["dask"])
    print(
        f"== process pool ({workers} workers) against --dask {dask}, medians of {repeat}: "
        f"wall {pool:.1f} s against {on:.1f} s (flow {statistics.median(flows['pool']):.1f} "
        f"against {statistics.median(flows['dask']):.1f} s): the cluster at "
        f"{pool / on:.2f}x the process pool's throughput"
    )
    print(f"   outputs identical (run id aside): {len(digests) == 1} ({', '.join(digests)})")
    if dask == "local":
        print(
            "   the local cluster's scheduler runs in the CLI's process: its peak RSS "
            f"{statistics.median(own['dask']) / 2**20:,.0f} MiB against "
            f"{statistics.median(own['pool']) / 2**20:,.0f} MiB with the process pool (medians)"
        )
    for first, peak, last in scheduler:
        print(
            f"   scheduler RSS: {first / 2**20:,.0f} MiB before the run, peak "
            f"{peak / 2**20:,.0f} MiB, {last / 2**20:,.0f} MiB after"
        )


def show(label: str, docs: int, res: dict[str, object]) -> None:
    report = res["report"]
    assert isinstance(report, dict)
    wall = float(res["wall"])  # type: ignore[arg-type]
    flow = float(report["seconds"])
    read = report["counts"]["read"]
    prefect = report.get("prefect", {})
    print(f"== {label}: {docs} documents in raw/, {read} read by this run")
    if report.get("parts"):
        sizes = ", ".join(str(p["read"]) for p in report["parts"])
        print(f"   taken in {len(report['parts'])} committed parts of {sizes} documents")
        peaks = res.get("part_peaks")
        assert isinstance(peaks, list)
        for n, part in enumerate(report["parts"]):
            times = ", ".join(f"{k} {v:.1f}" for k, v in part.get("timings", {}).items())
            rss = f", peak RSS {peaks[n] / 2**20:,.0f} MiB" if n < len(peaks) else ""
            print(f"     part {n + 1}: {part['read']} documents; stages (s): {times}{rss}")
            stage_peaks = res.get("stage_peaks")
            if isinstance(stage_peaks, list) and n < len(stage_peaks):
                mib = ", ".join(
                    f"{k} {a / 2**20:,.0f}/{b / 2**20:,.0f}" for k, (a, b) in stage_peaks[n].items()
                )
                print(f"       peak RSS by stage (MiB, the flow's process/its workers): {mib}")
    print(
        f"   wall {wall:.1f} s (whole CLI), flow {flow:.1f} s: "
        f"{read / wall:,.0f} documents/s wall, {read / flow:,.0f} documents/s in the flow"
    )
    stages = ", ".join(f"{k} {v:.1f}" for k, v in report["timings"].items())
    busy = report.get("cleaning_cpu_seconds", 0)
    split = report.get("clean_batches", {})
    inside = (
        f" (staging {split['staging']:.1f} s of it; CPU time {split['cpu']:.1f} s)" if split else ""
    )
    print(
        f"   stages (s): {stages}; clean-batch tasks {busy:.1f} s, summed over the workers{inside}"
    )
    writes = report.get("write_batches")
    if writes:
        print(
            f"   write-articles tasks {writes['seconds']:.1f} s summed over the workers, "
            f"CPU time {writes['cpu']:.1f} s"
        )
    ahead = report.get("languages_ahead")
    if ahead and ahead.get("tasks"):
        print(
            f"   languages detected ahead during dedup and commit: {ahead['detected']} documents"
            f" in {ahead['seconds']:.1f} s on a waiting worker, {ahead['canonicals']} of them"
            f" canonical (the article files detected the others); the flow waited"
            f" {ahead['waited']:.2f} s for them to stop"
        )
    print(
        f"   Prefect: {prefect.get('seconds', 0):.1f} s = {100 * prefect.get('share', 0):.1f} % "
        f"of the flow ({prefect.get('workers', 1)} workers, "
        f"{prefect.get('processes', 0)} worker processes cleaned); CLI start-up and temporary "
        f"server: {wall - flow:.1f} s"
    )
    timeline = prefect.get("clean_stage")
    if timeline:
        before, between = timeline["before_first_task"], timeline["between_tasks"]
        print(
            f"   cleaning stage outside the tasks (s): before the first {before:.1f}, "
            f"between them {between:.1f} (summed over the workers), "
            f"after the last {timeline['after_last_task']:.1f}"
        )
    work = report.get("work_seconds", {})
    if work:
        by_stage = ", ".join(
            f"{k} {max(0.0, v - work.get(k, 0.0)):.1f}" for k, v in report["timings"].items()
        )
        print(f"   Prefect per stage (s; wall time less the work inside the tasks): {by_stage}")
    cpu = res["cpu"]
    assert isinstance(cpu, tuple)
    user, system = float(cpu[0]), float(cpu[1])
    machine: dict[str, float] = res["machine"]  # type: ignore[assignment]
    print(
        f"   CPU of the process tree (the CLI and its workers): {user + system:.1f} core-s "
        f"(user {user:.1f}, system {system:.1f}) of {wall * (os.cpu_count() or 1):.1f} core-s "
        "of wall time"
    )
    if machine:
        others = machine["user"] + machine["system"] - user - system
        print(
            f"   the machine meanwhile: user {machine['user']:.1f}, system "
            f"{machine['system']:.1f}, idle {machine['idle']:.1f}, iowait "
            f"{machine['iowait']:.1f}, steal {machine['steal']:.1f} core-s; other processes "
            f"(a Prefect server, the kernel's writeback) {others:.1f} core-s"
        )
    cores = res.get("cores")
    if isinstance(cores, dict) and cores:
        busy = ", ".join(
            f"{k} {s:.1f} s: {o + w:.2f} ({o:.2f} + {w:.2f})" for k, (s, o, w) in cores.items()
        )
        print(
            "   cores busy by stage (of "
            f"{os.cpu_count()}; the CLI's process + its workers, sampled every 0.2 s): {busy}"
        )
    print(f"   peak RSS of the process tree {int(res['peak_rss']) / 2**20:,.0f} MiB")  # type: ignore[call-overload]
    stage_rss = res.get("run_stage_peaks")
    if isinstance(stage_rss, dict) and stage_rss:
        mib = ", ".join(
            f"{k} {c / 2**20:,.0f} ({a / 2**20:,.0f}/{b / 2**20:,.0f})"
            for k, (a, b, c) in stage_rss.items()
        )
        print(f"   peak RSS by stage (MiB: the tree (the CLI's process/its workers)): {mib}")
    print(
        f"   storage I/O of the process tree: {int(res['read_bytes']) / 2**20:,.0f} MiB read, "  # type: ignore[call-overload]
        f"{int(res['write_bytes']) / 2**20:,.0f} MiB written (page cache writes counted when "  # type: ignore[call-overload]
        "made; deleted before they reached the disk: not counted)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=10000, help="corpus size to generate")
    ap.add_argument("--corpus", type=Path, help="an existing corpus (raw/ and gold.jsonl)")
    ap.add_argument("--real", action="store_true", help="a corpus of the dev benchmarks' real text")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsclean-bench")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--incremental", type=float, default=0.0, help="then add this share, rerun")
    ap.add_argument("--keep", action="store_true", help="keep the output directory")
    ap.add_argument(
        "--part-size", type=int, default=None, help="documents per committed part (part_size)"
    )
    ap.add_argument(
        "--dask",
        metavar="ADDRESS|local",
        help="run the process pool and --dask alternately (--repeat each) and compare them",
    )
    ap.add_argument("--repeat", type=int, default=3, help="runs of each, with --dask")
    args = ap.parse_args()

    corpus = cached_corpus(args.corpus, args.cache, args.docs, args.real)
    docs = sum(1 for _ in (corpus / "gold.jsonl").open(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="newsclean-run-"))
    raw = corpus / "raw"
    if args.incremental:  # the added documents must not touch the cached corpus
        raw = work / "raw"
        shutil.copytree(corpus / "raw", raw, copy_function=_link_or_copy)
        shutil.copy(corpus / "gold.jsonl", work / "gold.jsonl")
    out = work / "clean"
    config = None
    if args.part_size is not None:
        config = work / "parts.toml"
        config.write_text(f"part_size = {args.part_size}\n", encoding="utf-8")
    if args.dask:
        print(f"{docs} documents, {args.workers} workers; load {os.getloadavg()}", flush=True)
        try:
            compare_dask(raw, work, args.workers, args.batch_size, args.dask, args.repeat)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return
    try:
        full = run_cli(raw, out, args.workers, args.batch_size, config)
        show("full run", docs, full)
        state = out / ".newsclean" / "state.sqlite"
        articles = full["report"]["corpus"]["documents"]  # type: ignore[index]
        with sqlite3.connect(state) as db:  # free pages: the staging area, reused next run
            pages, free, size = (
                db.execute(f"PRAGMA {p}").fetchone()[0]
                for p in ("page_count", "freelist_count", "page_size")
            )
        live = (pages - free) * size
        print(
            f"   state {state.stat().st_size / 2**20:,.1f} MiB on disk, {live / 2**20:,.1f} MiB "
            f"in use = {live / max(1, articles) / 1024:.1f} KiB per document (the rest is "
            "free pages the next run's staging reuses)"
        )
        p, r, f = pairwise(out, corpus if not args.incremental else work)
        kinds = Counter(
            json.loads(line)["kind"] for line in (corpus / "gold.jsonl").open(encoding="utf-8")
        )
        print(f"   dedup vs gold: P {p:.4f} R {r:.4f} F1 {f:.4f} ({dict(kinds)})")
        if args.incremental:
            extra = max(1, int(docs * args.incremental))
            generate(work, extra, start=docs)
            inc = run_cli(raw, out, args.workers, args.batch_size, config)
            show(f"incremental run (+{extra})", docs + extra, inc)
            ratio_flow = inc["report"]["seconds"] / full["report"]["seconds"]  # type: ignore[index]
            ratio_wall = float(inc["wall"]) / float(full["wall"])  # type: ignore[arg-type]
            print(
                f"   cost against the full run: flow {100 * ratio_flow:.1f} %, "
                f"wall {100 * ratio_wall:.1f} %"
            )
            p, r, f = pairwise(out, work)
            print(f"   dedup vs gold after it: P {p:.4f} R {r:.4f} F1 {f:.4f}")
            before = digest(out)
            same = run_cli(raw, out, args.workers, args.batch_size, config)
            show("unchanged re-run", docs + extra, same)
            print(f"   outputs unchanged byte for byte: {digest(out) == before}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")


if __name__ == "__main__":
    main()

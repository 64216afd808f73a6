"""Which raw files a run reads: only new or changed ones (and every file again when the
cleaning rules change), what is gone from raw/, and the parts a large backlog is taken in.

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cleaners.config import LimitsConfig, PipelineConfig
from flows import discovery
from flows.state import FileRow, State

PIPELINE_VERSION = "97"


def cleaning_fingerprint(cfg: PipelineConfig) -> str:
    """What a clean body depends on besides the raw bytes: a file cleaned under another
    fingerprint is cleaned again, so a changed rule applies to the whole corpus."""
    blob = json.dumps(
        {
            "pipeline": PIPELINE_VERSION,
            "encoding": cfg.to_dict()["encoding"],
            "boilerplate": cfg.to_dict()["boilerplate"],
            "language": cfg.to_dict()["language"],
            # what reading may take in (only when set: a state cleaned under the defaults
            # keeps its fingerprint); the corpus guard (gone_*) decides nothing about a body
            **(
                {"limits": {k: v for k, v in cfg.to_dict()["limits"].items() if "gone" not in k}}
                if _reading_limits(cfg.limits) != _reading_limits(LimitsConfig())
                else {}
            ),
        },
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _reading_limits(limits: LimitsConfig) -> tuple[int, ...]:
    return (limits.file_bytes, limits.decompressed_bytes, limits.document_chars, limits.json_depth)


@dataclass(slots=True)
class InputPlan:
    """The raw files of this run, split by what must happen to them."""

    todo: list[str] = field(default_factory=list)  # absolute paths to read (new or changed)
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # rel -> (size, mtime_ns)
    touched: list[FileRow] = field(default_factory=list)  # same bytes, new mtime
    gone: list[str] = field(default_factory=list)  # in the state, no longer in raw/
    replaced: list[str] = field(default_factory=list)  # todo files the state already holds
    unchanged: int = 0
    seen: int = 0
    known: int = 0  # files the state held before this run
    # files the state holds under folders of raw/ that could not be listed this run: kept as
    # they are (unavailable, not gone)
    unavailable: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)  # those folders, relative to raw/


class TooManyGoneError(RuntimeError):
    """A run would take out more of the corpus as gone from raw/ than it may on its own."""


def plan_inputs(
    state: State,
    raw_dir: str,
    paths: list[str],
    fingerprint: str,
    unlisted: list[str] | tuple[str, ...] = (),
) -> InputPlan:
    """Skip files whose size, mtime (or else sha256) and cleaning fingerprint are unchanged.

    Files the state holds that raw/ no longer has are gone, except under ``unlisted`` folders
    (a listing error): those stay as they are, ``unavailable``."""
    rel_of = _relative_to(raw_dir)
    known = state.files()
    plan = InputPlan(seen=len(paths), known=len(known), unlisted=list(unlisted))
    present: set[str] = set()
    for p in paths:
        rel = rel_of(p)
        present.add(rel)
        try:
            st = os.stat(p)  # noqa: PTH116  (no Path per file: see discovery.discover_paths)
        except OSError:
            plan.todo.append(p)  # the reader will reject it with the reason
            plan.stats[rel] = (0, 0)
            continue
        old = known.get(rel)
        if old is not None and old.fingerprint == fingerprint:
            if (old.size, old.mtime_ns) == (st.st_size, st.st_mtime_ns):
                plan.unchanged += 1
                continue
            if (
                old.sha256
                and old.size == st.st_size
                and not os.path.islink(p)  # noqa: PTH114  (a link is checked by the reader)
                and _sha256(Path(p)) == old.sha256
            ):
                plan.unchanged += 1
                plan.touched.append(
                    FileRow(rel, st.st_size, st.st_mtime_ns, old.sha256, fingerprint)
                )
                continue
        plan.todo.append(p)
        plan.stats[rel] = (st.st_size, st.st_mtime_ns)
        if old is not None:
            plan.replaced.append(rel)
    missing = sorted(set(known) - present)
    prefixes = tuple("" if u in {"", "."} else u.rstrip("/") + "/" for u in unlisted)
    plan.unavailable = [r for r in missing if prefixes and r.startswith(prefixes)]
    plan.gone = [r for r in missing if not (prefixes and r.startswith(prefixes))]
    return plan


def check_gone(plan: InputPlan, limits: LimitsConfig) -> None:
    """Refuse a run that would take out much of the corpus as gone (raise TooManyGoneError):
    every file the state holds, or more than ``limits.gone_files`` files and more than
    ``limits.gone_share`` of them. An empty, unmounted or mistyped raw/ looks just like
    that, and publishing nothing would then delete the whole corpus."""
    gone = len(plan.gone)
    if not gone:
        return
    everything = gone >= plan.known
    if everything or (gone > limits.gone_files and gone > limits.gone_share * plan.known):
        share = gone / plan.known if plan.known else 1.0
        what = "every file" if everything else f"{gone:,} of {plan.known:,} files ({share:.0%})"
        first = ", ".join(plan.gone[:3]) + (", ..." if gone > 3 else "")
        raise TooManyGoneError(
            f"refusing to remove {what} of the corpus as gone from raw/ ({first});"
            f" nothing was changed. Check that --raw points at the right folder and that it"
            f" is mounted. If these files were removed on purpose, run again with --allow-gone"
            f" (or raise limits.gone_share in the config)."
        )


def _relative_to(raw_dir: str) -> Callable[[str], str]:
    """``discovery.relative`` for the paths under ``raw_dir`` that ``discovery.discover_paths``
    gives, without two Path objects per file (100k files: 1.9 s with them)."""
    root = Path(raw_dir)
    prefix = os.path.join(str(root), "")  # noqa: PTH118  (paths from discover_paths start with it)

    def rel_of(p: str) -> str:
        if p.startswith(prefix) and os.sep == "/":
            return discovery.printable(p[len(prefix) :])
        return discovery.relative(Path(p), root)

    return rel_of


def input_parts(
    plan: InputPlan, raw_dir: str, limit: int, limits: LimitsConfig | None = None
) -> list[InputPlan]:
    """The run's files in parts of about ``limit`` documents (a part ends before the file
    that would take it past the limit), in their order; one part when they hold no more.

    Each part is taken in and committed like a run of its own, so the flow holds one part's
    records at a time. The first part also removes what is gone and the earlier versions of
    every changed file (those of later parts included: the state forgets them, and their new
    versions come in as new files), so a later part only adds documents.
    """
    if limit <= 0 or len(plan.todo) < 2:
        return [plan]
    if len(plan.todo) <= limit and not any(discovery.is_feed(p) for p in plan.todo):
        return [plan]
    root, bounds_ = Path(raw_dir), limits or LimitsConfig()
    counts = [discovery.documents_in(Path(p), root, bounds_) for p in plan.todo]
    if sum(counts) <= limit:
        return [plan]
    rels = list(map(_relative_to(raw_dir), plan.todo))
    bounds, start, docs = [], 0, 0
    for i, n in enumerate(counts):
        if i > start and docs + n > limit:
            bounds.append((start, i))
            start, docs = i, 0
        docs += n
    bounds.append((start, len(rels)))
    replaced = set(plan.replaced)
    parts = []
    for k, (a, b) in enumerate(bounds):
        own = rels[a:b]
        part = InputPlan(
            todo=plan.todo[a:b],
            stats={r: plan.stats[r] for r in own},
            seen=plan.seen,
            known=plan.known,
        )
        if k == 0:
            later = [r for r in rels[b:] if r in replaced]
            part.touched, part.unchanged = plan.touched, plan.unchanged
            part.replaced = [r for r in own if r in replaced]
            part.gone = sorted({*plan.gone, *later})
        parts.append(part)
    return parts


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None

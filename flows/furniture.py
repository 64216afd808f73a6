"""Site furniture across a run: short lines found in ``site_min_stories`` or more distinct
stories of a site (this run's and earlier runs') are removed from its articles.

A cleaning worker removes what its own batch proves (``flows.batches``); once the whole
run's counts are known, the articles whose body must change are restaged without it, and
unchanged files whose articles hold a line that just became furniture are cleaned again.

No Prefect here: the flow wraps these functions in tasks.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

from cleaners.config import PipelineConfig
from cleaners.dedup import DedupKey, make_key
from cleaners.sitelines import drop_site_furniture, restore_site_furniture
from flows import ids, runfiles
from flows.candidates import chunks
from flows.plan import InputPlan
from flows.staging import RunDocs, light_key
from flows.state import State, pack_document, unpack_document


def _site_counts(state: State, run: RunDocs, dropping: set[str] | None) -> dict[str, Counter[str]]:
    """Line counts over the distinct stories of each site this run has articles from: the
    articles of the state (less those of ``dropping`` files; None counts the state alone)
    plus this run's articles, one count per normalised body, as one run over all of them
    counts them (a site's copy of another site's story is one of its stories too: counting
    the state's canonicals only left such copies out, so a run in parts, or a later run,
    could miss a line that one run finds).

    Only the lines this run's articles hold are counted (the only ones whose counts can
    change, or decide anything about this run's articles): the state's other lines of the
    same sites grew with the state, some 50 MiB per 100,000 stories held."""
    lines_of: dict[str, set[str]] = {}
    for d in run.articles:
        if d.source != ids.UNKNOWN_SOURCE:
            lines_of.setdefault(d.source, set()).update(d.site_keys)
    sources = sorted(lines_of)
    todo = {s: lines_of[s] - run.site_read.get(s, set()) for s in sources}
    todo = {s: keys for s, keys in todo.items() if keys}
    for chunk in chunks(sorted(todo)):
        sql = (
            "SELECT DISTINCT source, exact, site_keys FROM docs"
            f" WHERE status='article' AND source IN ({','.join('?' * len(chunk))})"
        )
        for source, _, keys in state.rows(sql, chunk):
            if keys:
                wanted = todo[source]
                run.site_base.setdefault(source, Counter()).update(
                    k for k in json.loads(keys) if k in wanted
                )
        for source in chunk:
            run.site_read.setdefault(source, set()).update(todo[source])
    counts = {s: run.site_base.get(s, Counter()).copy() for s in sources}
    if dropping is None:
        return counts
    # the state's articles of changed or gone files, each body once, unless a file that stays
    # holds the same body (through the path and exact-hash indexes: a correlated NOT EXISTS
    # let SQLite scan every article for each)
    gone: dict[tuple[str, str], str] = {}
    for chunk in chunks(sorted(dropping)):
        sql = (
            "SELECT source, exact, site_keys FROM docs"
            f" WHERE path IN ({','.join('?' * len(chunk))}) AND status='article'"
        )
        for source, exact, keys in state.rows(sql, chunk):
            if keys and source in counts:
                gone[(source, exact)] = keys
    for (source, exact), keys in sorted(gone.items()):
        held = state.rows(
            "SELECT path FROM docs WHERE exact=? AND +source=? AND status='article'",
            (exact, source),
        )
        if all(path in dropping for (path,) in held):
            counts[source].subtract(json.loads(keys))
    counts = {s: +c for s, c in counts.items()}  # (no zero counts, as if never counted)
    counted: set[tuple[str, str]] = set()
    for d in run.articles:
        story = d.story or d.key.exact
        if d.source in counts and (d.source, story) not in counted:
            counted.add((d.source, story))
            counts[d.source].update(d.site_keys)
    return counts


def files_to_reclean(state: State, run: RunDocs, plan: InputPlan, cfg: PipelineConfig) -> list[str]:
    """Unchanged raw files whose articles hold a line that became site furniture in this
    run: cleaned again, so the corpus is what one run over all of raw/ would have made."""
    min_stories = cfg.boilerplate.site_min_stories
    if min_stories <= 0 or not run.articles:
        return []
    dropping = set(plan.replaced) | set(plan.gone)
    before = _site_counts(state, run, None)
    after = _site_counts(state, run, dropping)
    crossed = {
        source: {k for k, n in c.items() if n >= min_stories > before[source][k]}
        for source, c in after.items()
    }
    staged = set(run.files)
    paths: set[str] = set()
    for source, keys in crossed.items():
        for chunk in chunks(sorted(keys), 100):
            # only rows whose JSON holds one of the keys as a string (a cheap superset: the
            # decoded list decides)
            holds = " OR ".join("instr(site_keys, ?) > 0" for _ in chunk)
            sql = (
                "SELECT path, site_keys FROM docs"
                f" WHERE source=? AND status='article' AND ({holds})"
            )
            params = [source, *(json.dumps(k) for k in chunk)]
            for path, site_keys in state.rows(sql, params):
                if (
                    path not in dropping
                    and path not in staged
                    and keys & set(json.loads(site_keys))
                ):
                    paths.add(path)
    return sorted(paths)


def add_reclean(plan: InputPlan, state: State, raw_dir: str, rels: list[str]) -> list[str]:
    """Put files found by ``files_to_reclean`` into the plan; return their full paths."""
    known = state.files(rels)
    for rel in rels:
        row = known[rel]
        plan.stats[rel] = (row.size, row.mtime_ns)
        plan.replaced.append(rel)
    full = [str(Path(raw_dir) / rel) for rel in rels]
    plan.todo.extend(full)
    return full


def site_furniture_plan(
    state: State, run: RunDocs, dropping: set[str], cfg: PipelineConfig
) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Each site's furniture (line key -> stories, for the lines found in ``site_min_stories``
    or more distinct stories, this run's and earlier runs') and the ids of this run's
    articles whose body must change: they hold such a line that the cleaning worker did not
    remove already, or the worker removed a line the whole run does not count as furniture
    (its batch counted a story twice that the run counts once, say)."""
    min_stories = cfg.boilerplate.site_min_stories
    if min_stories <= 0 or not run.articles:
        return {}, []
    counts = _site_counts(state, run, dropping)
    furniture = {
        source: {k: n for k, n in c.items() if n >= min_stories} for source, c in counts.items()
    }
    furniture = {source: lines for source, lines in furniture.items() if lines}
    ids = []
    for d in run.articles:
        lines = furniture.get(d.source, {})
        if {k for k in d.site_keys if k in lines} != d.dropped:
            ids.append(d.id)
    return furniture, ids


def drop_furniture(
    bodies: dict[str, bytes],
    furniture: dict[str, dict[str, int]],
    repairs: dict[str, int],
    cfg: PipelineConfig,
) -> tuple[list[tuple[str, DedupKey, int]], list[tuple[str, bytes, DedupKey]]]:
    """Remove site furniture from staged articles (id -> packed body; runs in a worker).
    Return (id, new light dedup key, lines removed) for each article that changed, and its
    rows for ``State.restage`` (id, new packed body, full key)."""
    min_stories = cfg.boilerplate.site_min_stories
    changed: list[tuple[str, bytes, DedupKey]] = []
    out: list[tuple[str, DedupKey, int]] = []
    for doc_id, body in bodies.items():
        doc = unpack_document(body)
        base = restore_site_furniture(doc)  # as cleaned, before its worker's furniture
        new = drop_site_furniture(base, furniture.get(doc.source, {}), min_stories)
        if new.paragraphs == doc.paragraphs and new.removed == doc.removed:
            continue
        key = make_key(new.id, new.text, new.word_count, new.published, cfg.dedup, repairs[doc_id])
        changed.append((doc_id, pack_document(new), key))
        out.append((doc_id, light_key(key), len(new.removed) - len(doc.removed)))
    return out, changed


def export_bodies(state: State, ids: list[str], path: Path) -> None:
    """Write the staged bodies of ``ids`` (id -> packed body, in their order) for a worker's
    share of site furniture (``drop_furniture``)."""
    found = state.staged_bodies(ids)
    runfiles.put(path, {i: found[i] for i in ids})


def take_furniture_results(run: RunDocs, results: list[tuple[str, DedupKey, int]]) -> int:
    """Give this run's articles the keys of their cleaner bodies; return how many changed."""
    where = {d.id: n for n, d in enumerate(run.articles)}
    for doc_id, key, removed in results:
        d = run.articles[where[doc_id]]
        run.articles[where[doc_id]] = dataclasses.replace(d, key=key)
        run.rules["site.repeated"] += removed
    return len(results)


def apply_site_furniture(
    state: State, run: RunDocs, dropping: set[str], cfg: PipelineConfig
) -> int:
    """Remove from this run's articles the short lines found in ``site_min_stories`` or more
    distinct stories of their site (this run's and earlier runs'); return how many changed.
    (The flow does the same with the middle step spread over its workers.)"""
    furniture, ids = site_furniture_plan(state, run, dropping, cfg)
    repairs = {d.id: d.key.repairs for d in run.articles}
    results, changed = drop_furniture(state.staged_bodies(ids), furniture, repairs, cfg)
    state.restage(changed)
    return take_furniture_results(run, results)

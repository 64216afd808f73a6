"""What ``newsclean status`` shows: an output folder's state (articles, duplicates,
rejections, raw files, the state's size), its last runs, the stories per site, and whether a
run holds the lock; as text, or as one JSON object.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from newsclean.preflight import counted, fail


def show_status(out: Path, as_json: bool) -> None:
    """Print what ``out`` holds; a usage error when it is a file or holds no run yet."""
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

"""What ``newsclean explain`` does: read the named files as a run reads them, and print
every line's decision, as text or as JSON.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import typer

from cleaners.config import PipelineConfig


def explain_files(files: list[Path], cfg: PipelineConfig, raw: Path, as_json: bool) -> int:
    """Print every document of the files (``FILE#N``: one record), cleaned with ``cfg``, as a
    run under ``raw`` would read it; return the exit status (2 when a file could not be named)."""
    from cleaners.document import Rejection
    from cleaners.pipeline import Cleaner
    from flows.discovery import is_feed
    from flows.inputs import FileReading
    from flows.web_inputs import is_archive

    cleaner = Cleaner(cfg)
    status = 0
    root = Path(os.path.abspath(raw))  # noqa: PTH100  (as a run walks it: links not resolved)
    for path in files:
        pick: int | None = None
        named = re.fullmatch(r"(.+)#(\d+)", str(path))
        if named and not path.exists() and Path(named.group(1)).exists():
            path, pick = Path(named.group(1)), int(named.group(2))
            if not (is_archive(path.name) or is_feed(path.name)):
                typer.echo(
                    f"newsclean: error: #{pick} picks a record of a .jsonl or .warc file,"
                    f" not of {str(path)!r}",
                    err=True,
                )
                status = 2
                continue
        if not path.exists() and not path.is_symlink():
            typer.echo(f"newsclean: error: {str(path)!r} does not exist", err=True)
            status = 2
            continue
        if path.is_dir():
            typer.echo(f"newsclean: error: {str(path)!r} is a folder; name files", err=True)
            status = 2
            continue
        full = Path(os.path.abspath(path))  # noqa: PTH100
        # under --raw: read as a run reads it (site, id, raw_path, the raw/ boundary)
        base = root if full.is_relative_to(root) else full.parent
        # streamed: an archive's pages are explained as they are read
        start = pick if pick is not None and is_archive(path.name) else None
        shown = 0
        for item in FileReading(full, base, cfg.limits, start):
            if pick is not None and item.record != pick:
                continue
            shown += 1
            if isinstance(item, Rejection):
                if as_json:
                    row = {"path": str(path), **item.to_dict(), "rejected": True}
                    typer.echo(json.dumps(row, ensure_ascii=False))
                else:
                    where = f"#{item.record}" if item.record is not None else ""
                    typer.echo(f"== {path}{where}: REJECTED [{item.rule}] {item.reason}\n")
                continue
            report = cleaner(item)
            if as_json:
                typer.echo(json.dumps(explain_json(path, report), ensure_ascii=False))
            else:
                typer.echo(explain_text(path, report))
        if pick is not None and not shown:
            what = "WARC record starts at byte" if start is not None else "record is on line"
            typer.echo(f"newsclean: error: no {what} {pick} of {str(path)!r}", err=True)
            status = 2
    return status


def explain_json(path: Path, report: Any) -> dict[str, Any]:
    decisions = [
        {
            "line": d.line,
            "action": d.action,
            "text": d.text,
            **({"rule": d.rule, "reason": d.reason} if d.rule else {}),
            **({"kept": d.kept} if d.kept is not None else {}),
            **({"evidence": d.evidence} if d.evidence else {}),
        }
        for d in report.decisions
        if d.action != "blank"
    ]
    if report.doc is None:
        rej = report.rejection
        return {
            "path": str(path),
            **rej.to_dict(),
            "rejected": True,
            "title": None,
            "text": "",
            "decisions": decisions,
        }
    doc = report.doc
    meta = doc.metadata()
    return {"path": str(path), "rejected": False, "text": doc.text, **meta, "decisions": decisions}


def explain_text(path: Path, report: Any) -> str:
    out: list[str] = []
    where = ""
    if report.doc is not None and report.doc.record is not None:
        where = f"#{report.doc.record}"
    if report.doc is None:
        rej = report.rejection
        where = f"#{rej.record}" if rej.record is not None else ""
        out.append(f"== {path}{where}: REJECTED [{rej.rule}] {rej.reason}")
    else:
        d = report.doc
        out.append(f"== {path}{where}  (id {d.id})")
        out.append(f"title:     {d.title}")
        out.append(f"language:  {d.language} ({d.language_score:.2f})")
        out.append(f"encoding:  {d.encoding}")
        for fix in d.encoding_fixes:
            out.append(f"  fixed line {fix.line}: {', '.join(fix.steps)}")
        for key in ("published", "dateline", "agency", "url", "site_name", "fetched"):
            value = getattr(d, key)
            if value:
                out.append(f"{key + ':':<10} {value}")
        if d.warc_record_id:
            out.append(f"WARC-Record-ID: {d.warc_record_id}")
        if d.authors:
            out.append(f"authors:   {', '.join(d.authors)}")
        if d.contributors:
            out.append(f"contributors: {', '.join(d.contributors)}")
        for img in d.images:
            out.append(f"image (line {img.line}): {short(img.caption, 70)} | credit: {img.credit}")
        whole = [r for r in d.removed if r.line is None]
        out.append(
            f"body:      {len(d.paragraphs)} paragraphs, {d.word_count} words; "
            f"{len(d.removed) - len(whole)} lines removed"
        )
        for r in whole:  # a removal not of one line (an HTML page's furniture outside the article)
            out.append(f"removed:   [{r.rule}] {r.reason}")
        if any(r.rule == "html.outside_main" for r in whole):
            out.append(
                "lines:     the page's main content as the extractor found it, a block a line"
            )
    out.append("")
    labels = {"keep": "keep ", "drop": "DROP ", "title": "TITLE", "split": "SPLIT"}
    for dec in report.decisions:
        if dec.action == "blank":
            continue
        label = labels.get(dec.action, dec.action)
        line = f"{dec.line:4d} {label} {short(dec.text, 90)}"
        if dec.rule:
            line += f"\n           -> [{dec.rule}] {dec.reason}"
            if dec.kept is not None:
                line += f"; kept: {short(dec.kept, 60)}"
        if dec.evidence:
            line += f"\n           evidence: {dec.evidence}"
        out.append(line)
    out.append("")
    return "\n".join(out)


def short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"

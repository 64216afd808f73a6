"""What ``newsclean explain`` prints: every line's decision, as text or as JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any


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

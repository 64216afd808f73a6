"""Where a document came from, as names: its site (the first folder under raw/) and its id.

Every reader names its documents and rejections with these, so a document gets the same id
whichever reader, run or part takes it in.
"""

from __future__ import annotations

import hashlib
import re

UNKNOWN_SOURCE = "unknown"
_ID_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def source_of(rel: str) -> str:
    """The site is the first folder under raw/: ``kyivpost/2026-02-01/a.txt`` -> ``kyivpost``."""
    parts = rel.split("/")
    return parts[0] if len(parts) > 1 else UNKNOWN_SOURCE


def make_id(source: str, rel: str, record: int | None = None) -> str:
    """A stable id from where the document came from: the site plus a hash of its path."""
    key = rel if record is None else f"{rel}#{record}"
    slug = _ID_SAFE.sub("-", source).strip("-")[:40] or UNKNOWN_SOURCE
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{slug}-{digest[:12]}"


def safe_id(value: str) -> str | None:
    """A caller-given id made safe for a file name, or None if nothing usable is left."""
    cleaned = _ID_SAFE.sub("-", value).strip("-.")[:120]
    return cleaned or None

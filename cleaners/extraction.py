"""An HTML page's main content and its own metadata, by trafilatura.

The page's structure says what a text cleaner can only guess: where the article is, what its
headline is, which list belongs to it. trafilatura (favouring precision, comments left out)
takes the main content; newsclean's rules then run on the blocks it kept, trusting them (no
layout guessing), so the furniture the extractor keeps inside the article ("Share this",
newsletter boxes, "Read more:" teasers, bylines) still goes, each with its rule and reason.

Pure: a page's text in, blocks and metadata out. The charset of raw bytes is found here too
(the HTTP header, then ``<meta charset>``), for the readers to decode with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import DEFAULT_CONFIG, Document

SNIFF = 4096  # bytes at the start of a page searched for its charset and canonical URL
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.I)
_LINK = re.compile(r"<link\b[^>]*>|<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([a-z:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.I)
# trafilatura's own floor for a usable extraction (250 characters in its settings). Below it
# the extractor rescues a page with wider passes, except when it favours precision; newsclean
# then asks it once more without that focus.
MIN_EXTRACTED = DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")


@dataclass(frozen=True, slots=True)
class Page:
    """What the extractor found in one page: the main content as lines (one block a line)
    and the page's own metadata (None where the page does not say)."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site_name: str | None = None
    url: str | None = None


def charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset a page declares: the HTTP header's (``Content-Type: text/html;
    charset=...``), else the first ``<meta charset>`` or ``http-equiv`` in its first bytes.

    >>> charset(b'<meta charset="windows-1251"><title>x</title>')
    'windows-1251'
    >>> charset(b"<p>x</p>", "text/html; charset=ISO-8859-1")
    'ISO-8859-1'
    """
    if content_type:
        header = _HEADER_CHARSET.search(content_type)
        if header:
            return header.group(1)
    meta = _CHARSET.search(data[:SNIFF])
    return meta.group(1).decode("ascii") if meta else None


def declared_url(page: str) -> str | None:
    """The page's own address from its head: ``<link rel="canonical">``, else ``og:url``.

    >>> declared_url('<head><link rel="canonical" href="https://www.example.com/a"></head>')
    'https://www.example.com/a'
    """
    end = _HEAD_END.search(page, 0, 200_000)
    head = page[: end.start() if end else 200_000]
    canonical = og = None
    for tag in _LINK.findall(head):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(tag)}
        if canonical is None and attrs.get("rel", "").lower() == "canonical":
            canonical = attrs.get("href")
        if og is None and attrs.get("property", attrs.get("name", "")).lower() == "og:url":
            og = attrs.get("content")
    for url in (canonical, og):
        if url and urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname:
            return str(url)
    return None


def site_of(url: str | None) -> str | None:
    """The site a URL belongs to: its host, without ``www.``.

    >>> site_of("https://www.Example.com:8080/news/a.html")
    'example.com'
    """
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def same_headline(line: str, title: str | None) -> bool:
    """True when a line is the page's headline: the same words as its title, or the title
    with the site's name after it ("Bridge reopens | Riverton News").

    >>> same_headline("Bridge reopens", "Bridge reopens | Riverton News")
    True
    >>> same_headline("Home", "Bridge reopens")
    False
    """
    a, b = _words(line), _words(title or "")
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_[: len(short)] == short and (len(short) >= 2 or len(short) == len(long_))


def extract(page: str, url: str | None = None) -> Page:
    """The main content of an HTML page, one block a line, and the page's metadata.

    ``text`` is empty when the extractor finds no main content.

    >>> p = extract("<html><head><title>Bridge reopens | Riverton News</title></head><body>"
    ...     "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article>"
    ...     "<h1>Bridge reopens</h1><p>" + "The old bridge over the river reopened on Monday "
    ...     "after three years of repairs, the city council said. " * 3 + "</p>"
    ...     "</article><footer>Contact us</footer></body></html>")
    >>> p.title, "Home" in p.text, p.text.splitlines()[1].startswith("The old bridge")
    ('Bridge reopens', False, True)
    """
    found = _extraction(page, url, precise=True)
    if found is None or len((found.text or "").strip()) < MIN_EXTRACTED:
        wider = _extraction(page, url, precise=False)
        if wider is not None and len(wider.text or "") > len((found.text or "") if found else ""):
            found = wider
    if found is None:
        return Page(text="")
    authors = tuple(a.strip() for a in re.split(r";|\|", found.author or "") if a.strip())
    return Page(
        text=found.text or "",
        title=(found.title or "").strip() or None,
        authors=authors,
        published=found.date or None,
        site_name=(found.sitename or "").strip() or None,
        url=url or found.url or None,
    )


def _extraction(page: str, url: str | None, *, precise: bool) -> Document | None:
    """trafilatura's document for a page (None when it finds nothing), comments left out."""
    found = trafilatura.bare_extraction(
        page,
        url=url,
        favor_precision=precise,
        include_comments=False,
        with_metadata=True,
    )
    return None if found is None or isinstance(found, dict) else found

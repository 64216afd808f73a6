"""HTML pages: the extractor's main content, then the rules on its blocks, trusting them."""

from __future__ import annotations

import json

from cleaners import extraction
from cleaners.config import PipelineConfig
from cleaners.document import RawDocument
from cleaners.pipeline import Cleaner

PARAGRAPHS = [
    "The Riverton city council voted on Tuesday to close the old Main Street bridge for"
    " repairs after inspectors found cracks in two of its steel beams.",
    "Drivers will be sent over the northern bypass, which adds about ten minutes to the trip,"
    " and buses will follow the same detour until the bridge reopens in the spring.",
    "Council members said the repairs would cost about two million dollars, most of it paid"
    " by the state's infrastructure fund, and that work would start next month.",
]
DATES = ["March 3: Riverton", "March 10: Oakdale", "March 17: Millbrook", "March 24: Elm Park"]


def page(extra_article: str = "", charset: str = "utf-8") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    dates = "".join(f"<li>{d}</li>" for d in DATES)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="{charset}">
<title>Riverton closes Main Street bridge | Riverton News</title>
<link rel="canonical" href="https://www.rivertonnews.example/local/bridge-closes">
<meta property="og:title" content="Riverton closes Main Street bridge">
<meta name="author" content="Kevin Tran, Staff Reporter">
<meta property="article:published_time" content="2026-04-08T09:30:00-04:00">
<meta property="og:site_name" content="Riverton News">
</head><body>
<header><a href="/">RIVERTON NEWS</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main><article>
<h1>Riverton closes Main Street bridge</h1>
<p class="byline">By Kevin Tran</p>
{paragraphs}
<p>The detour buses stop at these places on the following dates:</p>
<ul>{dates}</ul>
{extra_article}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Flood warning for the coast</a></li>
<li><a href="/b">Schools close early for the holiday</a></li></ul></aside>
</main>
<footer><p>Contact us</p><p>Privacy policy</p><p>© 2026 Riverton News</p></footer>
</body></html>"""


def clean(html: str) -> tuple:
    raw = RawDocument(
        id="p", text=html, source="s", raw_path="s/p.html", raw_sha256="0", markup="html"
    )
    report = Cleaner(PipelineConfig())(raw)
    return report.doc, report.rejection


def test_the_main_content_is_kept_with_its_list_and_the_page_furniture_is_not() -> None:
    doc, rejection = clean(page())
    assert rejection is None and doc is not None
    text = doc.text
    for p in PARAGRAPHS:
        assert p in text
    for d in DATES:  # a list inside the article is body, however short its lines
        assert f"- {d}" in doc.paragraphs  # (an item as the extractor writes it)
    for furniture in ("RIVERTON NEWS", "Sport", "Most read", "Flood warning", "Contact us"):
        assert furniture not in text


def test_the_page_s_headline_and_metadata_are_the_article_s() -> None:
    doc, _ = clean(page())
    assert doc.title == "Riverton closes Main Street bridge"
    assert doc.title not in doc.paragraphs  # the <h1> is the title, not a paragraph
    assert doc.authors == ("Kevin Tran",)  # the role after the name is left out
    assert doc.published == "2026-04-08"


def test_furniture_the_extractor_keeps_goes_by_the_rules_with_reasons() -> None:
    extra = "<p>Share this article</p><p>Read more: Flood warning for the coast</p>"
    doc, _ = clean(page(extra))
    assert "Share this article" not in doc.text
    rules = {r.rule for r in doc.removed}
    assert "html.outside_main" in rules  # one summary for what the extractor left out
    assert any(r.text == "Share this article" and r.rule == "share.buttons" for r in doc.removed)
    assert "Read more: Flood warning" not in doc.text


def test_a_page_without_main_content_is_rejected_with_a_reason() -> None:
    for html in ("<html><body></body></html>", "<html><body><nav>Home</nav></body></html>"):
        doc, rejection = clean(html)
        assert doc is None and rejection is not None
        assert rejection.rule == "empty" and rejection.reason.startswith("empty after cleaning")


def test_charset_from_the_header_then_the_meta_tag() -> None:
    data = page(charset="windows-1251").encode("cp1251", errors="replace")
    assert extraction.charset(data) == "windows-1251"
    assert extraction.charset(data, "text/html; charset=koi8-r") == "koi8-r"
    assert extraction.charset(b"<html><p>no declaration</p>") is None


def test_the_page_s_own_address_and_its_site() -> None:
    assert extraction.declared_url(page()) == "https://www.rivertonnews.example/local/bridge-closes"
    og_only = '<head><meta property="og:url" content="https://news.example.org/x"></head>'
    assert extraction.declared_url(og_only) == "https://news.example.org/x"
    assert extraction.declared_url('<link rel="canonical" href="/relative/only">') is None
    assert extraction.site_of("https://www.rivertonnews.example/a") == "rivertonnews.example"
    assert extraction.site_of("not a url") is None


def test_same_headline_ignores_a_site_name_after_the_title() -> None:
    assert extraction.same_headline("Bridge closes", "Bridge closes – Riverton News")
    assert not extraction.same_headline("Riverton News", "Bridge closes")
    assert not extraction.same_headline("Bridge", "Bridge closes")  # one word is not enough


def test_a_page_whose_precise_extraction_is_too_short_is_extracted_again_wider() -> None:
    # the article is rendered by a script: the visible page holds only a loading notice, the
    # text is in the page's structured data, which the precise pass does not read
    data = {"@type": "NewsArticle", "headline": "Bridge", "articleBody": " ".join(PARAGRAPHS)}
    html = (
        "<html><head><title>Bridge closes</title><script type='application/ld+json'>"
        + json.dumps(data)
        + "</script></head><body><div id='app'>Loading the article…</div></body></html>"
    )
    found = extraction.extract(html)
    assert len(found.text) >= extraction.MIN_EXTRACTED
    assert "steel beams" in found.text
    assert "Loading the article" not in found.text

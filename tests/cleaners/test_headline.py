"""The headline of a whole scraped page: evidence across the page, never the masthead."""

from __future__ import annotations

import pytest

from cleaners.config import PipelineConfig
from cleaners.pipeline import Cleaner
from tests.helpers import make_doc

BODY_EN = [
    "The Riverton city council voted on Tuesday to close the old Main Street bridge for"
    " repairs after inspectors found cracks in two of its steel beams.",
    "Drivers will be sent over the northern bypass, which adds about ten minutes to the trip,"
    " and buses will follow the same detour until the bridge reopens in the spring.",
    "Council members said the repairs to the bridge would cost about two million dollars,"
    " most of it paid by the state's infrastructure fund.",
]
HEADLINE_EN = "Riverton council closes Main Street bridge for repairs"

PAGES = {
    "nav bar": [
        "News | Sport | Business | Opinion | Weather",
        "Subscribe",
        "Sign in",
        "Local",
        HEADLINE_EN,
        "By Kevin Tran",
        "April 8, 2026",
        *BODY_EN,
        "Share this article",
    ],
    "masthead": [
        "RIVERTON NEWS",
        "Home",
        "Local",
        "Politics",
        "Sports",
        "Contact us",
        "About",
        HEADLINE_EN,
        "Staff Reporter",
        *BODY_EN,
    ],
    "site name": [
        "Valley Post",
        "Menu",
        "Search",
        "Latest",
        "Most read",
        "Newsletters",
        "Podcasts",
        HEADLINE_EN,
        *BODY_EN,
        "Valley Post",
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_of_a_whole_page_is_found_not_the_masthead(name: str) -> None:
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(PAGES[name]))).doc
    assert doc is not None
    assert doc.title == HEADLINE_EN, name
    assert HEADLINE_EN not in doc.paragraphs
    assert doc.paragraphs[0] == BODY_EN[0]


def test_a_spanish_breadcrumb_is_not_the_headline_and_the_headline_leaves_the_body() -> None:
    headline = "La Junta amplía la protección de las marismas del Odiel"
    body = [
        "La Junta de Andalucía aprobó este martes la ampliación de la zona protegida de las"
        " marismas del Odiel, que pasará a ocupar casi diez mil hectáreas.",
        "La protección de las marismas incluye nuevas limitaciones a la pesca y a la"
        " navegación en los canales durante la época de cría de las aves.",
    ]
    page = ["Inicio > Andalucía > Medio ambiente", "Diario Sur", headline, *body]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(page))).doc
    assert doc is not None and doc.title == headline
    assert list(doc.paragraphs) == body


def test_an_article_s_own_first_line_stays_its_headline() -> None:
    """A scraper that keeps only the article puts the headline first: trusted as before."""
    page = ["Bridge to close", "By Kevin Tran", *BODY_EN]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(page))).doc
    assert doc is not None and doc.title == "Bridge to close"


def test_no_line_sharing_words_with_the_lead_is_never_made_the_headline() -> None:
    from cleaners.headline import choose

    lines = ["Weather warnings for the coast", "Sign in", *BODY_EN]
    kept = [False, False, True, True, True]
    assert choose(lines, kept, [True] * 5, None, 24) is None
    lines[0] = "Bridge repairs close Main Street"  # its words are the lead's: chosen
    assert choose(lines, kept, [True] * 5, None, 24) == 0


def test_a_short_first_line_headline_is_trusted_too() -> None:
    page = ["Bridges", *BODY_EN]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(page))).doc
    assert doc is not None and doc.title == "Bridges"

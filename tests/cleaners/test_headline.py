"""The headline of a whole scraped page: evidence across the page, never the masthead."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def test_a_menu_written_one_item_to_a_line_is_not_the_headline() -> None:
    """The first item a rule left ("España") of a menu one item to a line is not trusted as
    the headline: the headline under the menu is found, though it shares one word with the
    lead."""
    headline = "El Gobierno aprueba la ley de vivienda tras meses de negociación"
    body = [
        "El Consejo de Ministros ha dado luz verde este martes al proyecto, que limita los"
        " alquileres en zonas tensionadas.",
        "La ministra de Vivienda ha defendido en rueda de prensa que la norma protegerá a los"
        " inquilinos sin asustar a los propietarios.",
    ]
    menu = ["Portada", "España", "Internacional", "Deportes", "Suscríbete"]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join([*menu, headline, *body]))).doc
    assert doc is not None and doc.title == headline
    assert list(doc.paragraphs) == body


@pytest.mark.parametrize(
    "labels", [["Sorties"], ["Sorties", "Musique"]], ids=["one label", "two labels"]
)
def test_a_section_label_first_is_the_kicker_of_the_headline_under_it(labels: list[str]) -> None:
    """A first line of a word or two (the section the rules left) above a headline of ordinary
    length: the label is its kicker, though the headline shares no word with the lead."""
    headline = "Fête de la musique : le programme à Nantes"
    body = [
        "Des dizaines de concerts gratuits sont prévus samedi dans le centre-ville. Voici les"
        " principaux rendez-vous.",
        "La circulation sera interdite dans l'hypercentre à partir de 17 heures, a indiqué la"
        " préfecture.",
    ]
    assert _title(["Accueil", *labels, headline, *body]) == headline
    # a byline under the short first line: the first line heads the article
    assert _title(["Accueil", "Concerts", "Par Claire Dubois", *body]) == "Concerts"
    # ... and so it does above a sentence broken across lines
    broken = ["Des dizaines de concerts gratuits sont", "prévus samedi dans le centre-ville."]
    assert _title(["Concerts", *broken, *body]) == "Concerts"


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


def _title(page: list[str]) -> str | None:
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(page))).doc
    assert doc is not None
    return doc.title


def test_a_one_word_ui_label_first_is_outshone_by_the_headline_under_it() -> None:
    """'Search' is a headline's shape, but the line under it is plainly the article's."""
    assert _title(["Search", "Local", HEADLINE_EN, "By Kevin Tran", *BODY_EN]) == HEADLINE_EN
    # with no such line under it, the first line stays the title
    assert _title(["Bridges", "Local", "By Kevin Tran", *BODY_EN]) == "Bridges"


def test_headline_words_meet_the_lead_s_inflections() -> None:
    """'Japanisches' in the headline, 'japanische' in the lead: the same word."""
    body = [
        "Mit dem neuen Modell will der japanische Hersteller im boomenden Segment der kleinen"
        " Geländewagen mitmischen und setzt dabei auf einen sparsamen Hybridantrieb.",
        "Der Vormarsch der kleinen Geländewagen hält seit Jahren an, und die Hersteller"
        " bringen jedes Jahr neue Modelle in dieses Segment.",
    ]
    menu = ["Start", "News", "Neuheiten", "Test", "Ratgeber", "Auto", "Reise", "Menü"]
    headline = "Japanisches Mini-Geländewagen auf dem Vormarsch"
    assert _title(["Autokauf", *menu, headline, "Neuheit", *body]) == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Vegetarians. Need, trend or a choice of your own?",
        "»Keep our rivers clean!«",
    ],
)
def test_a_headline_of_two_short_sentences_or_in_german_quotes(headline: str) -> None:
    body = [
        "More people choose to live as vegetarians every year, and the reasons they give for"
        " their choice differ from one country to the next.",
        "Our rivers carry less rubbish than ten years ago, but keeping them clean still needs"
        " the help of every visitor, the clean-up group says.",
    ]
    menu = ["Skip to content", "Menu", "Home", "Blog", "About", "Contact", "Archive", "Links"]
    assert _title([*menu, headline, "Posted by human", *body]) == headline


def test_a_row_of_tags_or_a_photo_credit_is_not_the_headline() -> None:
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    tags = "Bridge, Repairs, Main Street, Riverton"
    credit = "The Main Street bridge in Riverton before repairs © Kevin Tran"
    assert _title([*menu, tags, credit, "By Kevin Tran", *BODY_EN]) != tags
    assert _title([*menu, credit, tags, "By Kevin Tran", *BODY_EN]) != credit
    assert _title([*menu, HEADLINE_EN, tags, credit, *BODY_EN]) == HEADLINE_EN


def test_the_headline_stands_above_its_standfirst() -> None:
    """The longer line under the headline says more of the lead, but it is the standfirst."""
    standfirst = (
        "The Riverton city council voted to close the Main Street bridge for repairs after"
        " inspectors found cracks in its steel beams"
    )
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    page = [*menu, HEADLINE_EN, standfirst, "By Kevin Tran", "April 8, 2026", *BODY_EN]
    assert _title(page) == HEADLINE_EN


@pytest.mark.parametrize(
    ("menu", "headline", "standfirst", "date", "body"),
    [
        (
            ["Startseite", "Politik", "Wirtschaft", "Sport"],
            "Bahn streicht Fernverkehr am Wochenende",
            "Wegen eines Streiks der Lokführer fallen am Samstag und Sonntag bundesweit fast"
            " alle Fernzüge aus",
            "Stand: 14.03.2026 09:41 Uhr",
            [
                "Die Gewerkschaft GDL hat ihre Mitglieder zu einem 48-stündigen Streik"
                " aufgerufen. Die Bahn will einen Notfahrplan anbieten.",
                "Fahrgäste, die ihre Reise verschieben, können ihre Tickets ohne Aufpreis"
                " später nutzen.",
            ],
        ),
        (
            ["Главная", "Новости", "Политика", "Экономика"],
            "В Казани открыли новую линию метро",
            "Две новые станции приняли первых пассажиров в субботу утром",
            "14 марта 2026, 09:12",
            [
                "Новый участок длиной 4,2 километра соединил центр города с жилыми кварталами"
                " на юге. Строительство заняло пять лет.",
                "По словам мэра, поездка от конечной станции до центра теперь займет двенадцать"
                " минут вместо сорока на автобусе.",
                "В первый день проезд по новой линии был бесплатным.",
            ],
        ),
    ],
    ids=["de", "ru"],
)
def test_a_headline_sharing_one_word_with_the_lead_stands_above_the_standfirst_over_the_date(
    menu: list[str], headline: str, standfirst: str, date: str, body: list[str]
) -> None:
    """A headline of a few words, then a standfirst without a full stop right above the date
    line: one word of the lead in the headline is enough ("Bahn"; "линию", "линии": Russian
    and Ukrainian words are compared on fewer letters, their endings being longer)."""
    assert _title([*menu, headline, standfirst, date, *body]) == headline


def test_a_headline_given_twice_stands_above_a_shorter_standfirst() -> None:
    """A page repeats its headline (the document title and the heading), not the line under
    it, even when that line is the shorter of the two."""
    headline = (
        "Riverton council votes to close the Main Street bridge for two million dollars of repairs"
    )
    standfirst = "Inspectors found cracks in the bridge's steel beams"
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    page = [*menu, headline, headline, standfirst, "By Kevin Tran", "April 8, 2026", *BODY_EN]
    assert _title(page) == headline
    # given once, the headline is still not the standfirst's: the shorter line is not moved
    page = [*menu, headline, standfirst, "By Kevin Tran", "April 8, 2026", *BODY_EN]
    assert _title(page) == standfirst


def test_a_kicker_of_a_few_words_above_the_headline_is_not_the_headline() -> None:
    """A label ("Riverton bridge repairs") above the headline is its kicker; a headline above a
    standfirst of twelve words or more is still the headline."""
    kicker = "Riverton bridge repairs"
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    page = [*menu, kicker, HEADLINE_EN, "By Kevin Tran", "April 8, 2026", *BODY_EN]
    assert _title(page) == HEADLINE_EN
    short = "Riverton closes bridge"
    standfirst = (
        "The Riverton city council voted to close the Main Street bridge for repairs after"
        " inspectors found cracks in its steel beams"
    )
    page = [*menu, short, standfirst, "By Kevin Tran", "April 8, 2026", *BODY_EN]
    assert _title(page) == short


def test_a_teaser_cut_short_and_a_kicker_run_into_the_headline_give_way_to_it() -> None:
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    teaser = "Riverton council closes Main Street bridge…"
    labels = ["Most read", "Newsletters", "Podcasts", "Events", "Jobs", "Obituaries"]
    page = [*menu, HEADLINE_EN, *labels, teaser, "By Kevin Tran", *BODY_EN]
    assert _title(page) == HEADLINE_EN
    glued = "Local news " + HEADLINE_EN
    page = [*menu, glued, "8 April 2026, 18:34", "Free to read until 19:34", HEADLINE_EN, *BODY_EN]
    assert _title(page) == HEADLINE_EN


def test_a_headline_with_commas_is_not_a_row_of_tags() -> None:
    headline = "Riverton says, 'Bridge. We're On It,' and drivers ask, Is the council OK?"
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    assert _title([*menu, headline, "By Kevin Tran", "April 8, 2026", *BODY_EN]) == headline


def test_a_line_with_a_web_address_is_not_the_headline() -> None:
    printed = "This article was printed from www.riverton.example/news/bridge-repairs-101.html"
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    page = [*menu, printed, HEADLINE_EN, "By Kevin Tran", *BODY_EN]
    assert _title(page) == HEADLINE_EN
    page = [*menu, HEADLINE_EN, "By Kevin Tran", *BODY_EN, printed, printed]
    assert _title(page) == HEADLINE_EN


def test_a_related_box_inside_the_article_does_not_move_the_headline_below_it() -> None:
    """The body's first part is where the headline stands, even when the part after a
    related-stories box is longer."""
    more = [
        f"Repairs on bridge number {n} in the county will follow the same plan, the council"
        f" said, with work starting in week {n} of the year and lasting about a month."
        for n in range(2, 9)
    ]
    box = [
        "Related",
        "Flood warning for the coast",
        "Schools close early",
        "Road works",
        "Bus strike ends",
        "Council budget",
    ]
    menu = ["Home", "Local", "Politics", "Sports", "Weather", "Opinion", "Video", "Podcasts"]
    page = [*menu, HEADLINE_EN, *BODY_EN[:2], *box, *more]
    assert _title(page) == HEADLINE_EN


def test_function_words_are_no_evidence_and_a_repeated_ui_line_is_not_a_headline() -> None:
    """'About this rating' shares only 'about' and 'this' with the lead: no evidence. A share
    widget's label shown twice ('Sharing is caring!') is repeated but says nothing of it."""
    from cleaners.headline import choose

    lines = [
        "Bridge repairs close Main Street",
        "About this rating",
        "Sharing is caring!",
        "Sign in",
        "Sharing is caring!",
        *BODY_EN,
    ]
    n = len(lines)
    kept = [False] * (n - 3) + [True] * 3
    assert choose(lines, kept, [True] * n, None, 24) == 0
    lines[0] = "Weather warnings for the coast"  # nothing left that shares the lead's words
    assert choose(lines, kept, [True] * n, None, 24) is None


def test_a_masthead_sharing_one_word_with_the_lead_is_outshone() -> None:
    masthead = "Welcome to the Riverton Council News"  # "council" is in the lead too
    page = [masthead, "Learn more", HEADLINE_EN, "By Kevin Tran", *BODY_EN]
    assert _title(page) == HEADLINE_EN


def test_short_lines_kept_right_above_the_article_do_not_hide_the_headline_below_them() -> None:
    # a login box's labels sit close enough to the article to join its block of kept lines;
    # the headline is under them, above the first paragraph
    lines = [
        "News",
        "Termine",
        "Identifikation",
        "Kontaktieren Sie uns",
        "Benutzername oder E-Mail-Adresse",
        "Noch kein Konto ?",
        "Registrieren",
        "Startseite » Lokales » Riverton council closes Main Street bridge",
        HEADLINE_EN,
        *BODY_EN,
    ]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(lines))).doc
    assert doc is not None
    assert doc.title == HEADLINE_EN


def test_a_headline_far_above_the_body_behind_share_buttons_and_captions_is_found() -> None:
    # a broadcaster's page: section, date, a long row of share buttons and a video's captions
    # stand between the headline and the first paragraph
    furniture = ["Europe", "19 November 2019"]
    furniture += [f"Share this with {n}" for n in ("Facebook", "Messenger", "Twitter", "Email")]
    furniture += ["Share", "These are external links and will open in a new window"]
    furniture += ["Close share panel", "Related Topics", "Video", "Play video"]
    furniture += [f"Video {n} of 12: footage from the scene" for n in range(1, 13)]
    furniture += ["Image copyright", "Getty Images", "Watch more", "Most watched", "Live"]
    furniture += ["Top stories", "Features", "Elsewhere on the site", "More on this story"]
    lines = ["Riverton News", HEADLINE_EN, *furniture, *BODY_EN]
    assert len(furniture) > 30
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(lines))).doc
    assert doc is not None
    assert doc.title == HEADLINE_EN


def test_the_headline_is_the_line_beside_the_byline_not_a_section_label_above_it() -> None:
    # a section label shares the lead's words as well as the headline does; the headline is
    # the one with the date above it and the byline under it
    furniture = ["Topics", "Home", "Traffic", "Transport", "Council & Bridges", "Weather"]
    headline = "Old bridge shut as steel beams crack"
    lines = [*furniture, "April 8, 2026", headline, "By Kevin Tran", *BODY_EN]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(lines))).doc
    assert doc is not None
    assert doc.title == headline


def test_a_picture_s_caption_above_its_credit_is_not_the_headline() -> None:
    # the caption under the article's picture names the subject as well as the headline does
    # and sits nearer the body; the credit under it says what it is
    headline = "Riverton votes to shut the Main Street bridge for a spring of repairs"
    caption = "Inspectors look at the cracked steel beams of the old bridge"
    lines = [
        "Riverton News",
        "Home",
        headline,
        "Riverton Post wire services",
        "Published 11:11 PM EST Apr 8, 2026",
        caption,
        "Jane Roe, Associated Press",
        *BODY_EN,
    ]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(lines))).doc
    assert doc is not None
    assert doc.title == headline


@pytest.mark.parametrize("date", ["Samstag, 5. Oktober 2013", "10 de abril de 2026", "10.04.2026"])
def test_a_date_line_in_any_language_is_not_the_headline(date: str) -> None:
    from cleaners.headline_lines import shaped as _shaped

    assert not _shaped(date, 24, min_words=1)
    assert _shaped("Riverton council closes Main Street bridge", 24)


@pytest.mark.parametrize(
    "line",
    ["Posted on April 8, 2026 by Kevin Tran", "Updated 4:15 PM EDT, April 9, 2026"],
)
def test_a_date_line_with_a_few_words_is_not_the_headline(line: str) -> None:
    from cleaners.headline_lines import shaped as _shaped

    assert not _shaped(line, 24)


def test_a_headline_may_name_a_day() -> None:
    headline = "Minutes of the Riverton council meeting of 10 October 2019 on the bridge"
    menu = ["Skip to content", "Home", "Local", "Politics", "Sports", "Weather", "Opinion"]
    assert _title([*menu, "Council news", headline, "By Kevin Tran", *BODY_EN]) == headline


def test_the_article_s_own_headline_cut_short_in_a_most_read_list_is_removed() -> None:
    menu = ["Valley Post", "Home | Local | Politics | Sport | Weather", "Search"]
    teaser = "Riverton council closes Main…"
    page = [*menu, HEADLINE_EN, "By Kevin Tran", *BODY_EN, "Most read", teaser]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(page))).doc
    assert doc is not None and doc.title == HEADLINE_EN
    assert teaser not in doc.paragraphs  # (under "Most read", a rule's line: furniture)
    # right under the body, where the layout pass would keep a line ending in an ellipsis
    doc = Cleaner(PipelineConfig())(make_doc("\n".join([*page[:-2], teaser]))).doc
    assert doc is not None and teaser not in doc.paragraphs
    assert [r.rule for r in doc.removed if r.text == teaser] == ["related.card"]
    # a line ending in an ellipsis that is not the headline cut short stays in the body
    ending = "And then the council went home…"
    doc = Cleaner(PipelineConfig())(make_doc("\n".join([*page[:-2], ending]))).doc
    assert doc is not None and ending in doc.paragraphs


def test_a_summary_s_points_under_a_label_are_not_the_headline() -> None:
    """ "Key points:" and its items say what the lead says, as the headline above them does."""
    points = [
        "Key points:",
        "Inspectors found cracks in two steel beams of the bridge",
        "Drivers will take the northern bypass until the spring",
        "The repairs will cost about two million dollars",
    ]
    assert _title(["Valley Post", HEADLINE_EN, *points, *BODY_EN]) == HEADLINE_EN
    # a label over the headline given twice is no summary ("Up next:" on a video page)
    dek = "Drivers will take the northern bypass until the spring"
    page = ["Search", "Up next:", HEADLINE_EN, HEADLINE_EN, dek, *BODY_EN]
    assert _title(page) == HEADLINE_EN


def test_a_plain_article_s_first_line_stays_the_headline_over_its_standfirst() -> None:
    """The standfirst says more of the lead than the headline, which is the first line."""
    page = [
        "Mayor Jenkins resigns after audit",
        "The city's mayor steps down hours after a damning report on spending",
        "His decision came hours after the state auditor published a report that found $2.3"
        " million in city funds had been spent without council approval over three years.",
        "Jenkins, who was first elected in 2018, said in a statement that he wanted to spare"
        ' the city "a long and divisive fight".',
        "Deputy Mayor Rosa Ortiz will lead the city until a special election in June.",
    ]
    assert _title(page) == "Mayor Jenkins resigns after audit"


@given(st.text(alphabet=st.sampled_from(list("ab .…\u00a0\u2003\t\n")), max_size=12))
def test_the_cheap_cut_test_agrees_with_the_pattern(text: str) -> None:
    # a line is searched for an ellipsis after a word only when it ends with one (whitespace
    # aside, as the pattern's \s*$ allows)
    from cleaners.headline_lines import CUT as _CUT
    from cleaners.headline_lines import cut as _cut

    assert _cut(text) == (_CUT.search(text) is not None)


@given(
    st.text(alphabet=st.sampled_from(list("Ab .,:?!…1|»©ﬁ\u00a0")), max_size=40),
    st.integers(1, 30),
    st.integers(1, 4),
)
def test_cached_shape_and_key_answer_as_computed(text: str, max_words: int, least: int) -> None:
    # short lines' answers come from per-process caches, long ones' are computed: the same
    from cleaners.headline_lines import key as _key
    from cleaners.headline_lines import key_of as _key_of
    from cleaners.headline_lines import shaped as _shaped
    from cleaners.headline_lines import shaped_as as _shaped_as

    for line in (text, text * 12):  # (the second is past the cached length)
        assert _key(line) == _key_of(line)
        assert _shaped(line, max_words, least) == _shaped_as(line, max_words, least)
        assert _shaped(line, max_words, least) == _shaped(line, max_words, least)


@given(st.text(alphabet=st.sampled_from(list("Ab1_ .,’“”—·•ßÄé\u00a0İ")), max_size=40))
def test_content_words_as_the_regex_reads_them(text: str) -> None:
    # an ASCII line (typographic punctuation aside) is read without the regex
    from cleaners.headline_lines import STEM as _STEM
    from cleaners.headline_lines import content as _content
    from cleaners.layout import WORD
    from cleaners.stopwords import STOPWORDS

    words = (x.casefold() for x in WORD.findall(text))
    assert _content(text) == {
        w[:_STEM] for w in words if len(w) >= 4 and not w.isdigit() and w not in STOPWORDS
    }


@given(
    st.lists(st.text(alphabet=st.sampled_from(list("Ab Ü.,ﬁ\u00a0")), max_size=14), max_size=8),
    st.lists(st.text(alphabet=st.sampled_from(list("Ab Ü.,ﬁ")), max_size=14), max_size=3),
)
def test_times_counts_as_keying_every_line(lines: list[str], these: list[str]) -> None:
    # lines that cannot hold a key's first word are not keyed: the same counts
    from collections import Counter

    from cleaners.headline_lines import key as _key
    from cleaners.headline_lines import times as _times

    page = [*lines, *these]
    keys = {_key(t) for t in these}
    if keys:
        least = min(len(k) for k in keys) // 2
        most = 2 * max(len(k) for k in keys) + 20
        fit = [x for x in page if least <= len(x) <= most and x.strip()]
        expected = Counter(k for k in map(_key, fit) if k in keys)
    else:
        expected = Counter()
    assert _times(page, these) == expected

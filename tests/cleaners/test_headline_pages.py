"""The headline of whole pages whose first line is a masthead or a section name the body does
not follow closely enough to tell: a menu row under it, or a headline right above the byline."""

from __future__ import annotations

import pytest

from cleaners import headline_lines
from cleaners.config import PipelineConfig
from cleaners.pipeline import Cleaner
from tests.helpers import make_doc

CLEANER = Cleaner(PipelineConfig())

LEAD = (
    "The Christmas market opens on Friday, and the town's choirs have a busy weekend with "
    "concerts in three churches."
)
MORE = (
    "Organisers expect more visitors than last year, when the market drew about 40,000 people "
    "over its four weeks."
)


def _title(lines: list[str]) -> str | None:
    doc = CLEANER(make_doc("\n".join(lines))).doc
    assert doc is not None
    return doc.title


def test_a_section_name_above_a_menu_row_is_not_the_headline() -> None:
    # (the headline shares one word with the lead, the section name none: not enough to tell)
    headline_ = "Twelve things to do in Riverton this weekend"
    lines = ["Home & Living", "Gift Guides | Deals | Reviews | Newsletters", headline_, LEAD, MORE]
    assert _title(lines) == headline_


def test_the_line_right_above_the_byline_outshines_a_masthead_sharing_no_word() -> None:
    headline_ = "What's on this weekend in Riverton"
    lines = ["Riverton Gazette", headline_, "Staff Writer", "December 4, 2026", LEAD, MORE]
    assert _title(lines) == headline_


def test_a_first_line_on_the_subject_stays_the_headline_over_a_line_above_the_byline() -> None:
    # the first line shares the lead's words: the line under it is a standfirst, not the headline
    first = "Christmas market opens with concerts in three churches"
    lines = [first, "Choirs and stalls for the whole weekend", "By Ann Lee", LEAD, MORE]
    assert _title(lines) == first


def test_a_lead_run_on_without_its_full_stop_under_the_date_is_not_the_headline() -> None:
    """Headline, byline and date, then the lead without its full stop: the lead shares more
    of the body's words and reads as a longer headline, but the shorter line on the same
    subject above the byline is the headline."""
    headline_ = "Riverton faces summer water limits as reservoir runs low"
    lead = (
        "Riverton's council on Tuesday approved limits on watering and car washing from June 1"
        " as the reservoir fell to 38 percent"
    )
    body = [
        "Its only reservoir fell to 38 percent last week, and water limits are the first since"
        " records began.",
        "The council will vote again in May, when the district expects the first results of a"
        " study of the aquifer under the valley.",
    ]
    menu = ["Skip to content", "Riverton Gazette", "News", "Sport", "Business"]
    lines = [*menu, headline_, "By Kevin Tran", "April 8, 2026", lead, *body]
    assert _title(lines) == headline_


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Results: Valley Half Marathon 2026", False),  # "Mar" begins "Marathon": no month
        ("Mayor 2 things to know", False),
        ("Technology Review Juli 2019", True),
        ("Updated March 3, 2026", True),
    ],
)
def test_a_date_line_needs_a_month_s_name(text: str, dated: bool) -> None:
    assert headline_lines.dated(text) is dated


@pytest.mark.parametrize(
    ("headline_", "lead"),
    [
        (
            "«Рівне» виграло у «Волині» і очолило таблицю",
            "Футбольний клуб «Рівне» у неділю обіграв «Волинь» з рахунком 2:1 і вперше очолив"
            " турнірну таблицю першої ліги.",
        ),
        (
            "« Les Glaneurs » et « La Nuit » primés à Riedval",
            "Le jury du festival de Riedval a primé samedi « Les Glaneurs » et « La Nuit », deux"
            " films tournés dans la région.",
        ),
    ],
    ids=["uk", "fr"],
)
def test_quoted_names_in_a_headline_are_no_menu_separators(headline_: str, lead: str) -> None:
    """A closing guillemet after a name ("«Рівне» виграло") is not a breadcrumb's "»"."""
    assert headline_lines.shaped(headline_, 24)
    assert _title(["Головна", "Спорт", headline_, lead, MORE]) == headline_
    assert not headline_lines.shaped("Accueil » Sports » Football", 24)


@pytest.mark.parametrize(
    "first",
    [
        "Why are bus fares going up again? | Riverton Herald",
        "Riverton Herald – Why are bus fares going up again?",
        "Why are bus fares going up again? :: Riverton Herald",
    ],
)
def test_the_page_s_title_over_its_own_headline_gives_way_to_the_headline(first: str) -> None:
    """A scraper that saves the page's <title> first: the headline with the site's name, then
    the menu, then the headline alone. The headline alone is the title, without the site's
    name; the first line goes."""
    headline_ = "Why are bus fares going up again?"
    lead = (
        "Bus fares in Riverton will rise by 20 cents in January, the third increase in two"
        " years, the city's transit authority confirmed on Friday."
    )
    doc = CLEANER(make_doc("\n".join([first, "Home", "News", headline_, lead, MORE]))).doc
    assert doc is not None
    assert doc.title == headline_
    assert doc.paragraphs == (lead, MORE)
    assert {r.text: r.rule for r in doc.removed}[first] == "meta.masthead"


def test_a_title_with_a_separator_and_no_headline_under_it_stays() -> None:
    """A headline that holds a dash itself, with no line under it repeating a part of it."""
    headline_ = "Christmas market – concerts in three churches this weekend"
    assert _title([headline_, LEAD, MORE]) == headline_


@pytest.mark.parametrize(
    "label", ["Key points", "Key points:", "Das Wichtigste in Kürze", "Главное"]
)
def test_a_live_page_s_key_points_are_not_its_headline(label: str) -> None:
    """A live page: its headline, the last update, a summary's points under their label, then
    time-stamped entries. The points share the entries' words and sit closer to them, but
    they are the summary's, not the headline."""
    headline_ = "Storm Darragh live: power cuts and road closures across the valley"
    lines = [
        *("Valley Post", "LIVE", headline_, "Last updated 10:42", label),
        *("Amber wind warning in force until 6pm", "More than 12,000 homes without power"),
        *("Main Street bridge closed to traffic", "10:42"),
        "The power company says crews have restored power to 3,000 homes since 9am, but warns"
        " some areas could be without power until tomorrow.",
        "10:15",
        "Police have closed the Main Street bridge after a lorry was blown onto its side."
        " No one was hurt, they said.",
    ]
    assert _title(lines) == headline_


RUN_ON_BODY = [
    "The council will choose an interim mayor at a special meeting on Thursday, a spokesman said.",
    "Ana Ruiz, who was elected in 2022, had clashed with councillors over cuts to the bus network.",
]


def test_the_headline_above_the_byline_over_a_lead_run_on_under_the_date() -> None:
    """Headline, byline, date, then the lead without its full stop: the lead shares the
    headline's words, and the headline is the line above the byline; the lead stays the
    body's first paragraph."""
    headline_ = "Riverton mayor resigns after budget row"
    lead = "Riverton's mayor quit on Monday after a bitter row over the budget"
    page = ["Riverton Herald", "News", headline_, "By Sam Field", "December 4, 2026", lead]
    doc = CLEANER(make_doc("\n".join([*page, *RUN_ON_BODY, "Share this article"]))).doc
    assert doc is not None
    assert doc.title == headline_
    assert doc.paragraphs == (lead, *RUN_ON_BODY)


def test_the_headline_above_the_byline_over_a_flash_under_the_date() -> None:
    """... and over a news flash under the date ("BREAKING: ..."), which goes as a kicker."""
    headline_ = "Riverton mayor resigns after budget row"
    flash = "BREAKING: The mayor of Riverton has resigned over the budget"
    page = ["Riverton Herald", "News", headline_, "By Sam Field", "December 4, 2026", flash]
    assert _title([*page, *RUN_ON_BODY, "Share this article"]) == headline_


@pytest.mark.parametrize(
    "line",
    [
        "Riverton mayor resigns after budget row, council says",  # the headline again
        "The mayor at city hall on Monday © Riverton Herald / Sam Field",  # a caption
        "Ana Ruiz, 54, Riverton mayor since 2022, resigns after budget row",  # figures
    ],
)
def test_a_line_under_the_date_that_is_no_lead_stays_out(line: str) -> None:
    headline_ = "Riverton mayor resigns after budget row"
    page = ["Riverton Herald", "News", headline_, "By Sam Field", "December 4, 2026", line]
    doc = CLEANER(make_doc("\n".join([*page, *RUN_ON_BODY, "Share this article"]))).doc
    assert doc is not None
    assert doc.title == headline_
    assert doc.paragraphs == tuple(RUN_ON_BODY)


@pytest.mark.parametrize(
    "crumbs", ["Головна › Новини › Київ", "Home → News → Local", "Inicio > Andalucía > Sevilla"]
)
def test_a_breadcrumb_with_any_arrow_is_never_the_headline(crumbs: str) -> None:
    """A breadcrumb whose steps are parted by "›" or "→" is a menu, as with ">" and "»"."""
    headline_ = "«Ми не здамося»: кияни відновлюють зруйнований обстрілом будинок на Оболоні"
    lines = [
        *("Міські новини", crumbs, headline_, "Олена Коваль", "04.12.2026, 18:20"),
        "Мешканці багатоповерхівки на Оболоні, яку пошкодив нічний обстріл, власними силами"
        " розбирають завали та лагодять вікна, повідомляють у районній адміністрації.",
        "Міська влада обіцяє виділити кошти на капітальний ремонт до весни.",
    ]
    assert _title(lines) == headline_

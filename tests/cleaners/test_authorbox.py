"""Author boxes: the writer's biography after the article goes; bylines and profiles stay."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import strip_boilerplate
from cleaners.config import BoilerplateConfig
from cleaners.rules import compile_rules

CFG = BoilerplateConfig()
RULES = compile_rules(CFG)

HEADLINE = "City Council Approves New Bike Lanes on Main Street"
BODY = [
    "The city council voted 7-2 on Tuesday to add protected bike lanes along two miles of "
    "Main Street, ending a debate that has run for more than a year.",
    "Supporters said the lanes would make the busy corridor safer for cyclists and "
    "pedestrians, while several shop owners worried about the loss of parking spaces.",
    "Construction is expected to begin in the spring and to take about four months, the "
    "city's transportation department said in a statement after the vote.",
    "The council also asked staff to report back in a year on how many people use the lanes "
    "and whether businesses along the street have seen any change in sales.",
]
BIO_EN = (
    "Jane Porter lives in Riverton and has covered city hall and transportation since 2014. "
    "Before that she wrote about schools for a weekly paper."
)
BIO_DE = (
    "Hat das Sammel-Gen von ihrem Opa geerbt, schreibt seit zehn Jahren über Wohnen und "
    "Design und lebt mit zwei Katzen in Hamburg."
)


def kept_and_removed(lines: list[str]) -> tuple[tuple[str, ...], dict[str, str]]:
    r = strip_boilerplate(lines, RULES, CFG)
    return r.paragraphs, {x.text: x.rule for x in r.removals}


@pytest.mark.parametrize(
    "box",
    [
        ["About the author", "Jane Porter", BIO_EN],
        ["Über den Autor", "Katharina Volkwein", BIO_DE],
        ["AUTOR", "Dr. Thomas Schulte", "ist Gründungspartner einer Kanzlei in Berlin. " * 3],
        ["Über Simon Dückert", BIO_DE, "Zeige alle Beiträge von Simon Dückert →"],
        ["About Jane Porter", "I'm Jane, and I cover city hall and transit for this site. " * 2],
        ["Jane Porter", BIO_EN],  # no label: a name line and a paragraph led by the name
    ],
)
def test_an_author_box_after_the_article_goes_with_its_biography(box: list[str]) -> None:
    paragraphs, removed = kept_and_removed([HEADLINE, *BODY, *box])
    assert paragraphs == tuple(BODY)
    bio = next(line for line in box if len(line.split()) > 10)
    assert removed[bio] == "author.box"


def test_a_byline_at_the_top_is_not_an_author_box() -> None:
    # "Author / name / first paragraph": the body follows, so it is the article's byline
    lines = [HEADLINE, "Author", "Jane Porter", *BODY]
    paragraphs, _ = kept_and_removed(lines)
    assert BODY[0] in paragraphs


def test_a_subheading_that_names_someone_stays_when_the_paragraph_is_not_a_biography() -> None:
    # a boxing preview: the opponent's name as a subheading, then what he did
    lines = [
        HEADLINE,
        *BODY,
        "Liam Williams",
        "Liam Williams fought the world champion in April last year and went the distance, "
        "losing on points after twelve hard rounds.",
    ]
    paragraphs, _ = kept_and_removed(lines)
    assert lines[-1] in paragraphs


def test_several_name_led_profiles_are_a_list_not_a_box() -> None:
    profiles = [
        "Ana Ruiz",
        "Ana Ruiz is a nurse who started a free clinic in her neighbourhood during the "
        "pandemic and still runs it on weekends.",
        "Tom Baker",
        "Tom Baker is a retired teacher who tutors refugee children in English every "
        "afternoon at the public library.",
    ]
    paragraphs, _ = kept_and_removed([HEADLINE, *BODY, *profiles])
    assert profiles[1] in paragraphs and profiles[3] in paragraphs


def test_about_a_place_is_not_an_author_box() -> None:
    # "About Berlin" and a paragraph about the city: no name-led or first-person biography
    lines = [
        HEADLINE,
        *BODY,
        "Über Berlin",
        "Die Stadt hat mehr als drei Millionen Einwohner und ist seit 1990 wieder die "
        "Hauptstadt des vereinten Landes.",
    ]
    paragraphs, _ = kept_and_removed(lines)
    assert lines[-1] in paragraphs

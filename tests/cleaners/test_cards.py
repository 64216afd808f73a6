"""Rails of cards after the article: other stories' summaries (or readers' comments) each
under a headline, a name and a date go; paragraphs between captions, slides and result lists
stay."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaners.boilerplate import strip_boilerplate
from cleaners.config import BoilerplateConfig
from cleaners.rules import compile_rules

CFG = BoilerplateConfig()
RULES = compile_rules(CFG)

HEADLINE = "State Senate Passes Bill Capping Insulin Costs"
BODY = [
    "The state Senate on Tuesday approved a bill that would cap out-of-pocket costs for "
    "insulin at $35 a month, sending the measure to the House.",
    "The bill passed 22-7, with four Republicans joining Democrats in support. It would take "
    "effect in January if it clears the House and is signed by the governor.",
    "Pharmacists said the cap would help thousands of patients who ration their doses at the "
    "end of the month, while insurers warned that premiums could rise.",
    "The House Health Care Committee is expected to hold a hearing on the bill next week.",
]
SUMMARIES = [
    "The mayor's budget plan would add two hundred police officers over three years, a "
    "promise she made during the campaign.",
    "A study of the city's water mains found that one in five pipes is older than the "
    "engineers who inspected them.",
    "School board members clashed on Monday over a proposal to start classes an hour later "
    "for high school students.",
    "The county will open three new cooling centers this summer after a record number of "
    "heat emergencies last year.",
]


def rail() -> list[str]:
    lines: list[str] = []
    headlines = ["Mayor Unveils Budget", "Old Pipes Found", "Start Times Debated", "Cooling"]
    names = ["Ana Ruiz", "Tom Baker", "Lee Chan", "Ana Ruiz"]
    for head, name, summary in zip(headlines, names, SUMMARIES, strict=True):
        lines += [f"{head} Across the City", name, "Tuesday November 19, 2019", summary]
    return lines


def test_a_rail_of_story_cards_after_the_article_goes() -> None:
    r = strip_boilerplate([HEADLINE, *BODY, *rail()], RULES, CFG)
    assert r.paragraphs == tuple(BODY)
    assert {x.text: x.rule for x in r.removals}[SUMMARIES[2]] == "related.card"


def test_paragraphs_between_captions_are_not_cards() -> None:
    # no date or byline in every gap: a photo essay's paragraphs under their pictures
    lines = [HEADLINE, BODY[0]]
    for summary in SUMMARIES:
        lines += ["Photo: Jane Roe / Reuters", "Advertisement", summary]
    r = strip_boilerplate(lines, RULES, CFG)
    assert set(SUMMARIES) <= set(r.paragraphs)


def test_slides_numbered_like_dates_are_not_cards() -> None:
    lines = [HEADLINE, BODY[0]]
    for n, summary in enumerate(SUMMARIES, start=1):
        lines += ["Image credit: Agencies", f"{n}/4", "Slide title here", summary]
    r = strip_boilerplate(lines, RULES, CFG)
    assert set(SUMMARIES) <= set(r.paragraphs)


def test_a_results_list_under_dates_is_not_a_rail() -> None:
    names = ["Ulmer, Katja", "Hinkelmann, Denise", "Eckardt, Christin", "Taferner, Kim"]
    lines = [HEADLINE, *BODY]
    for name in names:
        lines += ["LG Staufen", "Tuesday November 19, 2019", name]
    r = strip_boilerplate(lines, RULES, CFG)
    assert not any(x.rule == "related.card" for x in r.removals)


def cut(text: str, length: int = 95) -> str:
    """A teaser as a site cuts it: the first characters of the text, then an ellipsis."""
    return text[:length].rstrip() + "..."


def test_a_rail_of_teasers_cut_short_after_the_article_goes() -> None:
    heads = ["Mayor Unveils Budget Plan", "Old Pipes Found Under Main Street", "Start Times"]
    teasers = [line for head, s in zip(heads, SUMMARIES, strict=False) for line in (head, cut(s))]
    r = strip_boilerplate([HEADLINE, *BODY, "Deals", *teasers], RULES, CFG)
    assert r.paragraphs[: len(BODY)] == tuple(BODY)
    assert not set(teasers) & set(r.paragraphs)
    assert {x.text: x.rule for x in r.removals}[teasers[1]] == "related.card"


def test_readers_posts_that_trail_off_are_not_a_rail_of_teasers() -> None:
    # three posts end in an ellipsis, but of every length: readers, not a site's cut
    posts = [
        "Not sure about this one...",
        "I have tried the update on two phones and the store still refuses to load over "
        "mobile data, only on wifi, and the support page says nothing about it...",
        "Same here, it worked after a restart, then it stopped again the next morning when I "
        "was on the train, so I gave up and waited for the next release of the system...",
    ]
    r = strip_boilerplate([HEADLINE, *BODY, *posts], RULES, CFG)
    assert set(posts) <= set(r.paragraphs)


@given(st.text(alphabet=st.sampled_from(list('ab .,;:…"”»’\n')), max_size=12))
def test_the_cheap_cut_test_agrees_with_the_pattern(text: str) -> None:
    from cleaners.cards import _CUT, _cut

    line = text.rstrip()
    assert _cut(line) == (_CUT.search(line) is not None)

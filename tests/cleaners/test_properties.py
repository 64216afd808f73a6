"""Properties of clean_document over generated articles (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.config import PipelineConfig
from cleaners.pipeline import CleanReport, clean_document
from cleaners.rules import compile_rules
from tests.helpers import make_doc

CFG = PipelineConfig()
RULES = compile_rules(CFG.boilerplate)
SETTINGS = settings(
    max_examples=max(150, settings.default.max_examples),  # more under the "explore" profile
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

PROSE = [
    "The state Senate on Tuesday approved a bill that would cap insulin costs at $35 a month.",
    "The bill passed 22-7, with four Republicans joining Democrats in support.",
    "It would take effect in January if it clears the House and is signed by the governor.",
    "Officials said on Twitter that the bridge would stay closed until further notice.",
    "Residents were urged to take photos of any damage before starting cleanup.",
    "The ministry announced the decision on its Telegram channel late on Sunday.",
    "“Nobody should have to choose between insulin and rent,” Delgado said during the debate.",
    "Shares of the airline rose nearly 8 percent in early trading after the results were released.",
    "More than 2,000 people subscribe to the council's text alerts, the mayor said.",
    "The source, who asked not to be named, said talks would resume on Friday.",
    "Analysts cautioned that a slowdown in corporate spending could quickly erode its margins.",
    "The river at Marietta was expected to crest near 41 feet on Wednesday. "
    "Forecasters said drier air would not arrive until the weekend.",
    "Міська рада ухвалила бюджет на наступний рік після тривалого обговорення.",
    "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen.",
    "Russiaâ€™s envoy said the talks would continue next week in Geneva.",
    "Tom &amp; Jerry&#8217;s owners said the caf\u0065\u0301 would reopen\u00a0on Monday.",
    "LONDON (Reuters) - British inflation eased in February, official data showed on Wednesday.",
    "March 2 (UPI) -- Days of heavy rain sent the Ohio River over its banks on Monday.",
    "airline chief executive Renata Coles in Denver, ColoradoFuel costs fell about 6 percent "
    "over the year, the company said.",
]
HEADINGS = [
    "Senate Passes Insulin Bill",
    "What comes next",
    "Insurers push back",
    "Turbulence ahead?",
    "Why are prescription prices still rising in 2026?",
    "Council Approves Budget",
    "“This is overdue.”",
    "The plan has three parts:",
    "- a free expansion with new islands and puzzles",
    "1. Close the branch on Sundays",
]
FURNITURE = [
    "JOIN US ON TELEGRAM",
    "Follow us on Twitter",
    "Sign up for our morning newsletter",
    "Recommended Stories",
    "list of 4 items",
    "Related Stories",
    "Read more: Why prices keep rising",
    "Scenes from the flooding along the Ohio River",
    "A pickup truck sits in floodwater near Belpre, Ohio, on Monday. Photo by Carla Mendes/UPI",
    "1 of 6 | A pickup truck in floodwater near Belpre. Photo by Carla Mendes/UPI | License Photo",
    "Posted on March 14, 2026",
    "By Jane Doe",
    "Jane Doe, Omar Haddad and Li Wei contributed reporting.",
    "Leave a Reply",
    "Share this:",
    "Like this:",
    "Facebook Twitter WhatsApp",
    "Source link",
    "This article originally appeared on Front Range Business Journal.",
    "Latest Headlines",
    "Advertisement",
    "",
    "   ",
]


GLUED = PROSE[-1]  # a caption glued to its paragraph: split, not kept or dropped whole


@st.composite
def article_lines(draw: st.DrawFn, glued: bool = True) -> list[str]:
    """A headline (sometimes), then a mix of prose, headings and furniture lines."""
    prose = PROSE if glued else [p for p in PROSE if p != GLUED]
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(HEADINGS[:6])))
    body = draw(
        st.lists(
            st.one_of(
                st.sampled_from(prose),
                st.sampled_from(prose),  # prose twice as likely
                st.sampled_from(HEADINGS),
                st.sampled_from(FURNITURE),
            ),
            min_size=1,
            max_size=14,
        )
    )
    return lines + body


@st.composite
def articles(draw: st.DrawFn, glued: bool = True) -> str:
    """An article's text: generated lines with one of the usual line-break styles."""
    lines = draw(article_lines(glued))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return sep.join(lines) + draw(st.sampled_from(["", "\n"]))


def clean(text: str, headline_first: bool = True) -> CleanReport:
    return clean_document(make_doc(text, headline_first=headline_first), CFG, RULES)


def body_chars(report: CleanReport) -> int:
    return sum(len(p) for p in report.doc.paragraphs) if report.doc else 0


# (1) every non-blank line is accounted for exactly once ------------------------------------


@SETTINGS
@given(articles(), st.booleans())
def test_every_line_is_title_kept_or_removed(text: str, headline_first: bool) -> None:
    report = clean(text, headline_first)
    decisions = report.decisions
    assert [d.line for d in decisions] == list(range(1, len(decisions) + 1))
    kept: list[str] = []
    removed: list[tuple[int, str]] = []
    titles = []
    for d in decisions:
        if not d.text:
            assert d.action == "blank"
            continue
        assert d.action in {"title", "keep", "drop", "split"}
        if d.action == "title":
            titles.append(d.text)
        elif d.action == "keep":
            kept.append(d.text)
        elif d.action == "drop":
            assert d.rule and d.reason
            removed.append((d.line, d.text))
        else:
            assert d.rule == "caption.glued" and d.kept
            assert d.text.endswith(d.kept)
            kept.append(d.kept)
            removed.append((d.line, d.text[: len(d.text) - len(d.kept)]))
    assert len(titles) <= 1
    if report.doc is None:
        assert report.rejection is not None and report.rejection.rule == "empty"
        assert kept == []
        return
    doc = report.doc
    assert list(doc.paragraphs) == kept
    assert [(r.line, r.text) for r in doc.removed] == removed
    for r in doc.removed:
        assert r.step == "boilerplate" and r.rule and r.reason
    if titles:
        assert doc.title == titles[0]
    else:
        assert doc.title is None
    if not headline_first:
        assert titles == []


# (2) idempotence -------------------------------------------------------------------------


def clean_twice(text: str) -> tuple[CleanReport, CleanReport | None]:
    first = clean(text)
    if first.doc is None:
        return first, None
    return first, clean("\n".join(first.doc.paragraphs), headline_first=False)


@SETTINGS
@given(articles())
def test_cleaning_the_body_again_removes_nothing(text: str) -> None:
    """A second pass over the body finds nothing more to remove (glued captions included).

    The four regression tests below are the counterexamples hypothesis once found.
    """
    first, again = clean_twice(text)
    if first.doc is None:
        return
    assert again is not None and again.doc is not None
    assert again.doc.removed == ()
    assert again.doc.paragraphs == first.doc.paragraphs


def test_idempotent_after_a_split_paragraph() -> None:
    text = f"{GLUED}\nSenate Passes Insulin Bill"
    first, again = clean_twice(text)
    assert first.doc is not None and again is not None and again.doc is not None
    assert again.doc.removed == ()


_UK = "Міська рада ухвалила бюджет на наступний рік після тривалого обговорення."


# A line the first pass removes as repeated (a later copy of a sentence, the title again) once
# counted towards the page's function-word density, so one pass found prose there and the
# other did not.
@pytest.mark.parametrize(
    "repeated",
    [
        f"What comes next\nSenate Passes Insulin Bill\n{_UK}\n{_UK}",
        f"What comes next\nSenate Passes Insulin Bill\nWhat comes next\n{_UK}",
    ],
    ids=["repeated-sentence", "title-again"],
)
def test_idempotent_when_a_repeated_line_tipped_the_function_word_count(repeated: str) -> None:
    first, again = clean_twice(repeated)
    assert first.doc is not None and again is not None and again.doc is not None
    assert again.doc.removed == ()
    assert again.doc.paragraphs == first.doc.paragraphs


def test_idempotent_when_a_repeated_question_ends_the_page() -> None:
    # the classifier removes the repeated question; the headline left above it then ends the
    # page, and the trailing-widget step looks again after the classifier (it used to see it
    # only on the second pass)
    text = "“This is overdue.”\nSenate Passes Insulin Bill\nTurbulence ahead?\nTurbulence ahead?"
    first, again = clean_twice(text)
    assert first.doc is not None and again is not None and again.doc is not None
    assert "widget.trailing" in {r.rule for r in first.doc.removed}
    assert again.doc.removed == ()


def test_idempotent_when_a_camel_case_name_was_also_in_the_title() -> None:
    text = (
        "LanternForge Doubles Its Staff\n"
        "The firm said LanternForge plans to open a second studio in Helsinki next year.\n"
        "Founder Aino Virtanen said the team was caught off guard by the game's success."
    )
    first, again = clean_twice(text)
    assert first.doc is not None and first.doc.removed == ()
    assert again is not None and again.doc is not None
    assert again.doc.removed == ()


# (3) the body never grows ------------------------------------------------------------------


@SETTINGS
@given(article_lines(), st.booleans())
def test_body_is_never_longer_than_the_input(lines: list[str], headline_first: bool) -> None:
    # paragraphs are joined by a blank line, so compare with input lines joined the same way
    text = "\n\n".join(lines)
    report = clean(text, headline_first)
    assert body_chars(report) <= sum(len(ln) for ln in lines)
    if report.doc is not None:
        assert len(report.doc.text) <= len(text)
    single = clean("\n".join(lines), headline_first)
    assert body_chars(single) <= len("\n".join(lines))


# (4) never raises --------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(), st.booleans())
def test_clean_document_never_raises(text: str, headline_first: bool) -> None:
    report = clean(text, headline_first)
    assert (report.doc is None) != (report.rejection is None)

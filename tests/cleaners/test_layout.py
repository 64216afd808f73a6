"""The evidence-weighing line classifier: furniture no rule names, body kept by context."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaners import layout, line_evidence
from cleaners.boilerplate import strip_boilerplate
from cleaners.config import BoilerplateConfig, PipelineConfig
from cleaners.layout import BAD, GOOD, NEAR, SHORT, judge_line
from cleaners.pipeline import Cleaner
from cleaners.rules import compile_rules
from cleaners.stopwords import STOPWORDS
from tests.helpers import make_doc, news_text

CFG = BoilerplateConfig()
RULES = compile_rules(CFG)

P1 = (
    "The county board voted on Tuesday to spend four million dollars on new buses, ending "
    "a debate that had split the members for most of the year."
)
P2 = (
    "Supporters said the older buses broke down so often that riders had stopped trusting "
    "the schedule, and that the new ones would pay for themselves."
)
P3 = (
    "Opponents argued that the money should have gone to road repairs first, and two of them "
    "voted against the plan when it came up for a final vote."
)


def strip(lines: list[str], headline_first: bool = False):
    return strip_boilerplate(lines, RULES, CFG, headline_first)


def rules_of(result) -> dict[str, str]:
    return {r.text: r.rule for r in result.removals}


@pytest.mark.parametrize(
    ("line", "cls", "rule"),
    [
        (P1, GOOD, None),
        ("https://www.example.com/news/2019/11/bus-vote.html", BAD, "layout.link"),
        ("@cityreporter", BAD, "layout.link"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", BAD, "layout.timestamp"),
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", BAD, "layout.timestamp"),
        ("13 hours ago", BAD, "layout.timestamp"),
        ("© 2019 Example Media Group. All rights reserved.", BAD, "layout.copyright"),
        ("Keep an eye on your inbox for the latest news.", BAD, "layout.form"),
        ("We use cookies to improve your experience on our site.", BAD, "layout.form"),
        ("Chat with us in Facebook Messenger.", BAD, "layout.form"),
        ("The Latest Headlines From Around the Region", SHORT, None),
        ("It was a long night.", SHORT, None),
    ],
)
def test_judge_line(line: str, cls: str, rule: str | None) -> None:
    evidence, got = judge_line(line, 1, True)
    assert (evidence.cls, got) == (cls, rule)


@pytest.mark.parametrize(
    "line",
    [
        # prose that mentions the words forms use, but does not address the reader
        "Riders who subscribe to the agency's text alerts were told on Wednesday that "
        "schedules would not change before the election.",
        "The mayor wrote on Telegram that the bridge would reopen on Friday morning.",
        "“We will keep posting updates on Facebook,” the fire chief said on Monday night.",
    ],
)
def test_prose_about_subscriptions_and_networks_is_good(line: str) -> None:
    assert judge_line(line, 1, True)[0].cls in (GOOD, NEAR)


@pytest.mark.parametrize(
    "line",
    [
        "Mit diesen Lebensmitteln bekommt ihr im Handumdrehen eine lange Löwenmähne... 🦁",
        "The new bakery on Main Street opens its doors to the public on Saturday. 🥐🎉",
        "Der Barschrank aus den 50er Jahren ist das Highlight im Wohnzimmer. #Vintage #Wohnen",
    ],
)
def test_a_paragraph_ending_in_emoji_or_hashtags_after_its_full_stop_is_a_sentence(
    line: str,
) -> None:
    assert judge_line(line, 1, True)[0].cls == GOOD


def test_emoji_or_hashtags_without_a_full_stop_do_not_make_a_sentence() -> None:
    assert judge_line("Unsere neuen Rezepte für den Winter 🦁", 1, True)[0].sentence is False
    assert judge_line("Rezepte für den Winter #Vintage #Wohnen", 1, True)[0].sentence is False


def test_headline_length_unfinished_line_is_short_not_near() -> None:
    assert (
        judge_line("Toobin: Today was a graveyard for GOP talking points", 1, True)[0].cls == SHORT
    )


def test_subheading_and_one_line_paragraph_between_body_are_kept() -> None:
    lines = [P1, "What happens next", P2, "It was a long night.", P3]
    assert strip(lines).paragraphs == tuple(lines)


def test_menu_and_footer_around_the_article_are_dropped() -> None:
    lines = ["Home", "News", "Sports", "Weather", P1, P2, P3, "About us", "Contact", "Careers"]
    result = strip(lines)
    assert result.paragraphs == (P1, P2, P3)
    assert all(r.rule in {"layout.context", "nav.site", "widget.trailing"} for r in result.removals)


def test_list_introduced_by_the_body_is_kept_even_at_the_end() -> None:
    lines = [P1, P2, "The plan has three parts:", "- new buses", "- new shelters", "- a new app"]
    assert strip(lines).paragraphs == tuple(lines)


@pytest.mark.parametrize(
    "dates",
    [
        [
            "April 2 – Leeds, Brudenell Social Club",
            "April 4 – Newcastle, Boiler Shop",
            "April 6 – Nottingham, Rescue Rooms",
        ],
        [
            "12. April: Berlin, Columbiahalle",
            "14. April: Köln, Palladium",
            "16. April: Wien, Gasometer",
        ],
        [
            "samedi 4 avril – Lyon, Transbordeur",
            "dimanche 5 avril – Paris, Olympia",
            "mardi 7 avril – Lille, Aéronef",
        ],
    ],
)
def test_schedule_ending_the_article_is_kept(dates: list[str]) -> None:
    # a tour's dates after the last paragraph, with no lead-in: the places are words the body
    # never used, so only the items' shape (a date, then where) says they are the body's
    lines = [P1, P2, "Tickets go on sale on Friday at 10am.", *dates]
    assert strip(lines).paragraphs == tuple(lines)


def test_dated_lines_are_no_schedule_without_a_place_or_after_furniture() -> None:
    # bare dates (an archive, a slider's stamps) are no schedule's items
    bare = ["4 de mayo", "5 de mayo", "6 de mayo"]
    assert strip([P1, P2, *bare]).paragraphs == (P1, P2)
    # a schedule after furniture, not after the body, is a widget's list of events
    events = ["May 2 – Yoga in the park", "May 4 – Book club", "May 9 – Family swim"]
    result = strip([P1, P2, "Home | About | Contact", "Privacy Policy", *events])
    assert result.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("$165 at Amazon", None),  # a price with where to buy it: not a time stamp
        ("ab 19,99 € bei Otto", None),
        ("5€", "layout.timestamp"),  # a bare amount (a donation button) stays furniture
        ("filename=$1", "layout.timestamp"),
        ("Updated 10:45", "layout.timestamp"),
        ("Gift Guides | Deals | Reviews | Newsletters", None),  # a menu row, not a form
        ("Subscribe | Sign in", "layout.form"),
    ],
)
def test_prices_and_menu_rows_are_judged_by_what_they_are(line: str, rule: str | None) -> None:
    assert judge_line(line, 1, True)[1] == rule


def test_a_list_the_paragraph_announces_is_kept_even_off_topic() -> None:
    intro = P2 + " Here is what is happening."
    items = ["Friday", "Lantern parade from the library, 6pm", "Saturday", "Carol concert, 7pm"]
    lines = [P1, intro, *items, "Have an event? Email listings@example.org by Wednesday."]
    assert strip(lines).paragraphs == (P1, intro, *items)


@pytest.mark.parametrize(
    "items",
    [
        [
            "Marktplatz Altstadt: täglich 11 bis 21 Uhr",
            "Schlosshof: Freitag bis Sonntag 12 bis 20 Uhr",
            "Kirchplatz Süd: nur an den Adventswochenenden",
        ],
        [
            "«Северный ветер» — драма о семье смотрителя маяка",
            "«Мой друг робот» — семейная комедия",
            "«Тишина» — документальный фильм о Байкале",
        ],
    ],
)
def test_a_list_of_items_written_alike_between_paragraphs_is_kept(items: list[str]) -> None:
    # each item a name, the same separator, what it is: the body's list, though its names
    # are words the body never used (closed by a short sentence, not by a paragraph)
    lines = [P1, P2, *items, "Entry is free everywhere."]
    assert strip(lines).paragraphs == tuple(lines)


def test_a_numbered_list_under_its_label_after_the_body_is_kept() -> None:
    items = [
        "Результати естафети:",
        "1. Україна — 1:18:42.5",
        "2. Норвегія — +12.3",
        "3. Франція — +25.8",
        "Наступний етап пройде в Анесі.",
    ]
    lead = (
        "Чоловіча збірна України з біатлону виграла естафету на етапі Кубка світу в "
        "австрійському Гохфільцені. Це перша перемога команди в естафеті за п'ять років."
    )
    lines = [lead, *items, "Читайте також: Підручний став третім у спринті"]
    assert strip(lines).paragraphs == (lead, *items)


def test_short_lines_written_unalike_between_paragraphs_still_go() -> None:
    # teasers without a rule's header: no shared separator, no words of the body
    items = ["Quake Hits Coast: Dozens Missing", "Actor Wins Award", "Storm - live updates"]
    result = strip([P1, P2, *items, "Entry is free everywhere."])
    assert not set(items) & set(result.paragraphs)


def test_a_teaser_summary_saying_here_are_announces_nothing() -> None:
    teaser = "Here are some names to keep an eye on as the club looks for a manager"
    items = ["Sargent, Morris lead USA past Cuba", "The U.S. won an ugly match on the road"]
    result = strip([P1, P2, P3, "Who will replace the coach?", teaser, *items])
    assert not set(items) & set(result.paragraphs)


def test_repeated_caption_is_dropped_everywhere_and_repeated_paragraph_once() -> None:
    caption = "Commissioners listen to residents during the meeting in the county hall"
    lines = [caption, P1, caption, P2, P2, P3]
    result = strip(lines)
    assert result.paragraphs == (P1, P2, P3)
    assert [r.rule for r in result.removals] == ["layout.repeated"] * 3


def test_repeated_short_question_in_an_interview_is_kept() -> None:
    q = "What inspired you?"
    lines = [P1, q, P2, q, P3]
    assert strip(lines).paragraphs == tuple(lines)


def test_repeated_long_question_in_an_interview_is_kept() -> None:
    # every guest is asked the same long question: a question is not furniture
    q = (
        "Which dishes do you cook most often at home, and is there anything you would never "
        "eat, whatever the occasion?"
    )
    lines = [P1, q, P2, q, P3, q, P1.replace("county", "city")]
    assert strip(lines).paragraphs == tuple(lines)


def test_repeated_headline_question_is_still_dropped() -> None:
    q = "Is the new bus plan really worth four million dollars of county money?"
    lines = [q, P1, P2, q, P3]
    assert strip(lines).paragraphs.count(q) == 1


def test_page_without_body_text_keeps_what_is_not_bad() -> None:
    # nothing reads as prose (short piece): context cannot judge, only evidence removes
    lines = ["Road closed", "Main Street is closed", "https://example.com/detours"]
    result = strip(lines)
    assert result.paragraphs == ("Road closed", "Main Street is closed")
    assert rules_of(result) == {"https://example.com/detours": "layout.link"}


def test_blocks_far_from_the_article_are_dropped() -> None:
    other = (
        "In other news, the city library will extend its opening hours on weekends, the head "
        "librarian announced at a meeting on Friday."
    )
    menu = ["Sports", "Weather", "Opinion", "Video", "Podcasts", "Newsletters", "Events"]
    lines = [P1, P2, P3, P1.replace("county", "state"), *menu, other]
    result = strip(lines)
    assert other not in result.paragraphs
    assert rules_of(result)[other] == "layout.region"


def test_comment_section_after_the_body_is_dropped() -> None:
    comment = "Great article, I have been saying this about the buses for years and nobody listens."
    lines = [P1, P2, P3, "2 comments", "Jane Roe November 20, 2019 at 9:14 am", comment]
    result = strip(lines)
    assert result.paragraphs == (P1, P2, P3)
    assert rules_of(result)[comment] == "comment.section"


def test_layout_can_be_switched_off() -> None:
    dek = "Twenty teams have punched tickets for next summer's tournament"
    assert strip([dek, P1, P2]).paragraphs == (P1, P2)
    cfg = BoilerplateConfig(layout=False)
    result = strip_boilerplate([dek, P1, P2], compile_rules(cfg), cfg, False)
    assert result.paragraphs == (dek, P1, P2)


def test_explain_evidence_is_recorded() -> None:
    result = strip([P1, "Home", P2])
    evidence = {d.text: d.evidence for d in result.decisions}
    assert evidence[P1] is not None and evidence[P1].startswith("good")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Roger Gale is a staff writer based in Denver who covers city politics and transit.",
            False,
        ),
        ("Maria Lopez is an award-winning reporter and the author of two books.", False),
        ("Maria Lopez is a nurse who has worked at the hospital for twelve years.", True),
    ],
)
def test_author_bio_after_the_body(line: str, kept: bool) -> None:
    result = strip([P1, P2, P3, line])
    assert (line in result.paragraphs) is kept
    if not kept:
        assert rules_of(result)[line] == "meta.author_bio"


@given(news_text("éßКиї한İ_\u0301", max_size=80))
def test_line_tokens_fast_path_agrees_with_the_regex(text: str) -> None:
    assert layout._key.__wrapped__(text) == " ".join(layout.WORD.findall(text.lower()))
    words = [t.lower() for t in layout.WORD.findall(text)]
    expected = (len(words), sum(w in STOPWORDS for w in words))
    assert line_evidence.stop_counts.__wrapped__(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The mayor’s “plan” — in 2026… was_approved",
        "«Київ» — the city’s bridge",
        "plain ASCII line, with 3.5% and snake_case",
        "İstanbul’s mayor",
    ],
)
def test_line_tokens_fast_path_on_news_punctuation(line: str) -> None:
    assert layout._key.__wrapped__(line) == " ".join(layout.WORD.findall(line.lower()))
    words = [t.lower() for t in layout.WORD.findall(line)]
    assert line_evidence.stop_counts.__wrapped__(line)[0] == len(words)


_HINT_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [h for _, hints, _ in line_evidence.PREFILTERS for h in hints]
            + [h.upper() for _, hints, _ in line_evidence.PREFILTERS for h in hints]
        ),
        news_text(max_size=12),
    ),
    max_size=6,
).map(" ".join)


@given(_HINT_TEXT)
def test_one_pass_over_the_hints_finds_what_each_prefilter_finds(text: str) -> None:
    """The classifier looks for every prefilter's hints in one pass over the lower-cased line:
    the same groups as looking for each group's hints in turn, and the web address hints
    whenever the line holds one (in any case)."""
    low = text.lower()
    found = line_evidence._hint_groups(low)
    ev = line_evidence
    bits = (ev._URL_BIT, ev._COPYRIGHT_BIT, ev._FORM_BIT, ev._SOCIAL_BIT)
    groups = (ev.PREFILTERS[0], *ev.PREFILTERS[2:])  # (not the e-mail one: "@")
    for bit, (_pattern, hints, lower) in zip(bits, groups, strict=True):
        if lower:
            assert bool(found & bit) == line_evidence._has(low, hints)
        elif line_evidence._has(text, hints):
            assert found & bit


def _judge_line_in_turn(text: str, repeats: int, stopword_doc: bool) -> tuple[object, str | None]:
    """judge_line as written before the one-pass hints: each prefilter group in turn, the
    web address hints in the line as it is, every group on a line of any length."""
    L = line_evidence  # noqa: N806
    tokens, stops = L.stop_counts.__wrapped__(text)
    words = max(len(text.split()), len(L._CJK.findall(text)) // 2)
    stop = stops / tokens if tokens else 0.0
    sentence = bool(layout.SENTENCE_END.search(text))

    def ev(cls: str, reason: str | None = None) -> L.LineEvidence:
        return L.LineEvidence(cls, words, sentence, stop, reason)

    low = text.lower()
    url_chars = 0
    if L._has(text, L._URL_HINTS):
        url_chars += sum(len(m.group()) for m in L._URL.finditer(text))
    if "@" in text:
        url_chars += sum(len(m.group()) for m in L._EMAIL.finditer(text))
    if L._HANDLE.match(text) or (url_chars and (words <= 12 or url_chars > 0.3 * len(text))):
        return ev(BAD, L.BAD_REASONS["layout.link"]), "layout.link"
    if words <= 40 and L._has(low, L._COPYRIGHT_HINTS) and L._COPYRIGHT.search(text):
        return ev(BAD, L.BAD_REASONS["layout.copyright"]), "layout.copyright"
    if words <= 30:
        form = (
            L._has(low, L._FORM_HINTS)
            and L._FORMS.search(text)
            and (words <= 8 or not sentence or L._YOU.search(text))
        )
        social = L._has(low, L._SOCIAL_HINTS) and L._SOCIAL.search(text) and L._READER.search(text)
        if form or social:
            return ev(BAD, L.BAD_REASONS["layout.form"]), "layout.form"
    # the rest of judge_line did not change: its answer from here on
    evidence, rule = judge_line(text, repeats, stopword_doc)
    assert rule not in ("layout.link", "layout.copyright", "layout.form"), text
    return evidence, rule


_LONG = "and the council said the work on the bridge would go on " * 4


@pytest.mark.parametrize(
    "line",
    [
        "Read more at HTTP://EXAMPLE.COM/story",
        "Follow us on Facebook, please share",
        "Copyright 2024 The Daily News. All rights reserved.",
        "Sign up for our newsletter and get the news in your inbox " + _LONG,
        "Visit www.example.com for the full report, " + _LONG,
        "Visit WWW.EXAMPLE.COM for the full report, " + _LONG,
        "© 2024 " + _LONG,
        "See https://example.com/news/2024/the-bridge-story " * 42,  # a long row of addresses
        "SEE HTTPS://EXAMPLE.COM/NEWS/2024/THE-BRIDGE-STORY " * 42,
        "漢字のニュース記事の本文です。東京で会議が開かれました。",
    ],
)
def test_judge_line_as_with_each_prefilter_in_turn(line: str) -> None:
    assert judge_line(line, 1, True) == _judge_line_in_turn(line, 1, True)


@given(_HINT_TEXT, st.integers(-1, 2), st.booleans())
def test_judge_line_as_with_each_prefilter_in_turn_on_any_line(
    text: str, repeats: int, stopword_doc: bool
) -> None:
    assert judge_line(text, repeats, stopword_doc) == _judge_line_in_turn(
        text, repeats, stopword_doc
    )


def test_lower_casing_a_line_keeps_its_word_tokens() -> None:
    """A line's function words are counted on its key's words: lower-casing the whole line
    tokenises it as lower-casing each token does, for every character but the two the count
    tokenises first ("İ" lower-cases to two characters; "Σ" by its neighbours)."""
    import sys

    odd = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if len(low) != 1 or bool(layout.WORD.fullmatch(low)) != bool(layout.WORD.fullmatch(c)):
            odd.append(c)
    assert odd == ["İ"]


@given(news_text("İΣσςΟΔKſ_\u0307", max_size=80))
def test_function_words_counted_on_the_key_as_on_the_tokens(text: str) -> None:
    words = [t.lower() for t in layout.WORD.findall(text)]
    expected = (len(words), sum(w in STOPWORDS for w in words))
    assert line_evidence.stop_counts.__wrapped__(text) == expected


def _date_words() -> set[str]:
    """Every string the date alternation of ``_DATE_TOKENS`` matches, lower case."""
    import re._parser as parser  # type: ignore[import-not-found]

    def expand(items: object) -> set[str]:
        out = {""}
        for op, arg in items:  # type: ignore[attr-defined]
            name = str(op)
            if name == "LITERAL":
                alts = {chr(arg)}
            elif name == "SUBPATTERN":
                alts = expand(arg[-1])
            elif name == "BRANCH":
                alts = set().union(*(expand(b) for b in arg[1]))
            elif name == "MAX_REPEAT" and arg[:2] == (0, 1):
                alts = {""} | expand(arg[2])
            elif name == "AT":
                alts = {""}
            else:
                raise AssertionError(name)
            out = {a + b for a in out for b in alts}
        return out

    tree = parser.parse(line_evidence._DATE_TOKENS.pattern)
    dated = tree[0][1][1][0]  # the first branch: (?i:\b(?:...)\b)
    return {w.lower() for w in expand(dated)}


def test_date_words_are_what_the_date_pattern_removes_whole() -> None:
    words = _date_words()
    # besides the words: a month with its full stop, and "a.m" and "p.m" (two words of one
    # letter each, never counted as certain to stay)
    assert {"september", "a.m", "jan.", "th"} <= words
    assert {w for w in words if w.isalnum()} == line_evidence._DATE_WORDS
    assert {w for w in words if not w.isalnum()} - {"a.m", "p.m"} == {
        f"{w}." for w in words if f"{w}." in words
    }


_STAMP_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            sorted(line_evidence._DATE_WORDS | {"a.m.", "P.M", "Jan.", "2nd", "12:30"})
        ),
        st.sampled_from(["Photo", "of", "İstanbul", "\u212aelvin", "ſt", "x", "_", "__", "5pm"]),
        st.integers(0, 3000).map(str),
        news_text(max_size=8),
    ),
    max_size=8,
).map(" ".join)


@given(_STAMP_TEXT)
def test_dated_alone_as_the_substitution(text: str) -> None:
    expected = len(layout.WORD.findall(line_evidence._DATE_TOKENS.sub(" ", text))) <= 1
    assert line_evidence._dated_alone(text) == expected
    assert line_evidence._dated_alone(text.upper()) == (
        len(layout.WORD.findall(line_evidence._DATE_TOKENS.sub(" ", text.upper()))) <= 1
    )


# --- lines a rule named are furniture for their neighbours -------------------------------------

_P1 = (
    "The Riverton city council voted on Tuesday to close the old Main Street bridge for"
    " three months while crews replace two of its cracked steel beams."
)
_P2 = (
    "Drivers will be sent over the northern bypass, which adds about ten minutes to the"
    " trip, and buses will stop on both sides of the river."
)


def _paragraphs(lines: list[str]) -> tuple[str, ...]:
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(["Bridge to close", *lines]))).doc
    assert doc is not None
    return doc.paragraphs


def test_a_short_line_under_a_named_widget_header_is_furniture() -> None:
    """Under "Most read" (a rule's line) a short sentence is a teaser, not the body's end."""
    assert _paragraphs([_P1, _P2, "Most read", "Storm closes the coastal road again."]) == (
        _P1,
        _P2,
    )


def test_a_subheading_above_an_in_article_box_stays() -> None:
    """Between two paragraphs a subheading stays, whatever box a rule removed below it."""
    sub = "How the bridge was built"
    assert _paragraphs([_P1, sub, "Sign up for our newsletter", _P2]) == (_P1, sub, _P2)

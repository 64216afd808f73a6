"""Boilerplate removal: rule ids per built-in rule, structural cues, facts, user rules."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.boilerplate import BoilerplateResult, LineDecision, strip_boilerplate
from cleaners.config import BoilerplateConfig, ConfigError, RuleSpec, load_config
from cleaners.document import Image
from cleaners.facts import parse_date, split_credit, split_names
from cleaners.lineshape import find_glued_caption, glued_headline, is_heading
from cleaners.rules import BUILTIN_RULES, compile_rules

CFG = BoilerplateConfig()
RULES = compile_rules(CFG)

# Realistic body paragraphs (original prose) used around the lines under test.
INTRO = (
    "The state Senate on Tuesday approved a bill that would cap out-of-pocket costs for "
    "insulin at $35 a month, sending the measure to the House."
)
MIDDLE = (
    "The bill passed 22-7, with four Republicans joining Democrats in support. It would take "
    "effect in January if it clears the House and is signed by the governor."
)
OUTRO = "The House Health Care Committee is expected to hold a hearing on the bill next week."
HEADLINE = "State Senate Passes Bill Capping Insulin Costs"


def strip(
    lines: list[str],
    cfg: BoilerplateConfig = CFG,
    headline_first: bool = True,
) -> BoilerplateResult:
    rules = RULES if cfg is CFG else compile_rules(cfg)
    return strip_boilerplate(lines, rules, cfg, headline_first)


def decision(result: BoilerplateResult, text: str) -> LineDecision:
    found = [d for d in result.decisions if d.text == text]
    assert len(found) == 1, f"{text!r} is not exactly one input line"
    return found[0]


def classify(line: str) -> tuple[str, str | None]:
    """Action and rule id of a line on its own (no title, no neighbours)."""
    d = strip([line], headline_first=False).decisions[0]
    return d.action, d.rule


# --- every built-in rule id, by example --------------------------------------------------------

POSITIVES: list[tuple[str, str]] = [
    ("caption.slideshow", "3 of 12 | Firefighters battle a blaze in the hills above Malibu."),
    ("caption.slideshow", "1/6: Crowds gather in the main square before the march."),
    ("caption.credit", "Firefighters battle a blaze in Malibu. Photo by Jane Roe/UPI"),
    ("caption.credit", "Protesters in central Tbilisi on Sunday. Photo: Irakli Gedenidze/Reuters"),
    ("caption.credit", "A view of the port at dawn. Getty Images"),
    ("caption.credit", "Flight attendants at a demonstration.Credit…Jenna Ortiz for The Times"),
    ("caption.credit", "Officials at the site of the blast. | License Photo"),
    (
        "caption.dated",
        "Volunteers, left, sort donated coats at a church hall, Saturday, Dec. 7, 2024, in Dayton.",
    ),
    (
        "caption.dated",
        "This Jan. 4, 2023, file photo shows the old mill on the river before the fire.",
    ),
    ("caption.credit", "Sen. Maria Delgado speaks. Pool Photo by Daniel Ferris/AP"),
    ("meta.post_date", "Posted on March 14, 2026"),
    ("meta.post_date", "Published: 2 Feb 2026 10:30"),
    ("meta.post_date", "Updated March 14, 2026 at 9:05 a.m. EST"),
    ("meta.post_date", "2026-03-14"),
    ("meta.contributors", "Jane Doe, Omar Haddad and Li Wei contributed reporting."),
    ("meta.contributors", "Dana Whitfield contributed additional reporting from Denver."),
    ("meta.byline", "By Jane Doe"),
    ("meta.byline", "By Jane Doe and John Smith"),
    ("meta.byline", "Von Anna Schmidt"),
    ("cta.social", "JOIN US ON TELEGRAM"),
    ("cta.social", "Follow us on Twitter"),
    ("cta.social", "Follow Kyiv Independent on X"),
    ("cta.social", "Follow our coverage of the levy campaign on @PortAldenDesk."),
    ("cta.social", "Subscribe to our Telegram channel"),
    ("cta.social", "Join our WhatsApp channel for breaking news"),
    ("cta.social", "Підписуйтесь на наш Telegram-канал"),
    ("cta.social", "Folgen Sie uns auf Instagram"),
    ("cta.social", "Síguenos en Twitter"),
    ("cta.newsletter", "Sign up for our morning newsletter"),
    ("cta.newsletter", "Subscribe to the Daily Briefing newsletter"),
    ("cta.newsletter", "Get our free newsletter delivered every morning"),
    ("related.widget", "Recommended Stories"),
    ("related.widget", "list of 4 items"),
    ("related.widget", "end of list"),
    ("related.header", "Related Stories:"),
    ("related.header", "Read more"),
    ("related.header", "More:"),
    ("related.header", "You may also like"),
    ("related.header", "Other Topics of Interest"),
    ("related.header", "Читайте також"),
    ("related.inline", "Read more: Why prescription prices keep rising"),
    ("related.inline", "READ ALSO | Ukraine signs energy deal with Poland"),
    ("related.inline", "See also: The ten best cafés in Lviv"),
    ("gallery.header", "Scenes from the flooding along the Ohio River"),
    ("gallery.header", "In Pictures: The storm's aftermath"),
    ("gallery.header", "Photos:"),
    ("comment.form", "Leave a Reply"),
    ("nav.footer", "Terms of Use | Privacy Policy | Cookie Settings"),
    ("comment.form", "3 Comments"),
    ("comment.form", "Comments (12)"),
    ("comment.form", "Your email address will not be published. Required fields are marked *"),
    ("blog.widget", "Like this:"),
    ("blog.widget", "Like Loading..."),
    ("blog.widget", "Click to share on Twitter (Opens in new window)"),
    ("blog.widget", "Discover more from The Daily Ledger"),
    ("share.buttons", "Share"),
    ("share.buttons", "Facebook Twitter WhatsApp"),
    ("share.buttons", "Share on Facebook"),
    ("share.buttons", "Copy link"),
    ("syndication.footer", "Source link"),
    ("syndication.footer", "This article originally appeared on Front Range Business Journal."),
    ("syndication.footer", "The post Oil prices rise again appeared first on Market Daily."),
    ("syndication.footer", "Source: The company's annual report"),
    ("nav.site", "Latest Headlines"),
    ("nav.site", "Trending Now"),
    ("nav.site", "Most Read"),
    ("nav.site", "Skip to content"),
    ("nav.site", "Zum Inhalt springen"),
    ("nav.site", "Direkt zum Hauptinhalt"),
    ("nav.site", "Aller au contenu principal"),
    ("nav.site", "Ir al contenido"),
    ("nav.site", "Перейти до вмісту"),
    ("nav.site", "Open Navigation Menu"),
    ("nav.site", "Main navigation"),
    ("nav.site", "Suche"),
    ("ad.label", "Advertisement"),
    ("ad.affiliate", "This page contains affiliate links; we may earn a commission on sales."),
    ("nav.login", "You are not logged in."),
    ("syndication.signoff", "kb/PAP"),
    ("syndication.signoff", "(dpa/lnw)"),
    ("ad.label", "Story continues below advertisement"),
    ("ad.label", "Anzeige"),
    ("meta.author_bio", "Jane Roe is a staff writer covering transport for the paper."),
    ("cta.app", "Download the Harbor Gazette app"),
    ("meta.contributors", "(Reporting by Grace Moreno; Editing by Raj Rossi)"),
    ("cta.app", "Enable push notifications"),
    ("cta.paywall", "You have read 3 of 5 free articles this month."),
    ("cta.paywall", "Vous avez lu 1 des 4 articles gratuits ce mois-ci."),
    ("cta.donate", "Support independent journalism"),
    ("cta.donate", "Donate today"),
    ("caption.label", "File photo"),
    ("caption.label", "Фото ілюстративне"),
    ("comment.form", "Post Comment"),
    ("nav.tags", "Tags: harbor, ferries, transport"),
    ("nav.tags", "Filed under: Local News"),
    ("blog.postmeta", "This entry was posted in Local News. Bookmark the permalink."),
    ("nav.posts", "View all posts by Jane Roe"),
    ("nav.cookies", "This website uses cookies to improve your experience."),
    (
        "blog.error",
        "Fatal error: Call to undefined function wp_head() in /var/www/site/header.php on line 12",
    ),
    ("caption.figure", "Figure 2: Snow depth at the station over the winter"),
    ("caption.people", "Jane Roe (left) and John Doe open the new bridge."),
    ("form.consent", "By signing up, you agree to our Privacy Policy."),
    ("nav.embed", "External content"),
    ("nav.browser", "You are using an outdated browser. Please upgrade it."),
    ("nav.listing", "Showing 1–10 of 19 results"),
    ("nav.search", "Can't find what you're looking for?"),
    ("page.disclaimer", "The views expressed here are those of the author alone."),
    ("widget.reader", "Listen to this article"),
    ("widget.reader", "Lesezeit: 4 Minuten"),
    ("nav.readon", "Continue reading"),
    ("video.label", "Video: The moment the bridge reopened"),
    ("cta.tip", "Have a news tip? Email us."),
    ("widget.buttons", "Artikel merken"),
    ("widget.gallery", "Enlarge this image"),
    ("widget.feedback", "Report an error"),
    ("nav.series", "This story is part of our series on the housing crisis."),
    ("widget.media", "View this post on Instagram"),
    ("widget.feedback", "Notice a typo? Select it and press Ctrl+Enter"),
]


def test_every_builtin_rule_id_has_a_positive_example() -> None:
    assert {r.id for r in BUILTIN_RULES} <= {rid for rid, _ in POSITIVES}


@pytest.mark.parametrize(
    ("rule_id", "line"), POSITIVES, ids=[f"{r}:{t[:30]}" for r, t in POSITIVES]
)
def test_builtin_rule_matches_on_its_own(rule_id: str, line: str) -> None:
    assert classify(line) == ("drop", rule_id)


@pytest.mark.parametrize(
    ("rule_id", "line"), POSITIVES, ids=[f"{r}:{t[:30]}" for r, t in POSITIVES]
)
def test_builtin_rule_matches_between_paragraphs(rule_id: str, line: str) -> None:
    result = strip([HEADLINE, INTRO, line, MIDDLE, OUTRO])
    d = decision(result, line)
    assert (d.action, d.rule) == ("drop", rule_id)
    removal = next(r for r in result.removals if r.text == line)
    assert removal.rule == rule_id
    assert removal.step == "boilerplate"
    assert removal.line == 3
    assert removal.reason == next(r.reason for r in RULES if r.id == rule_id)
    assert INTRO in result.paragraphs and MIDDLE in result.paragraphs


# --- prose that must be kept ------------------------------------------------------------------

NEGATIVES = [
    "The ministry announced the decision on its Telegram channel late on Sunday.",
    "Officials said on Twitter that the bridge would stay closed until further notice.",
    "Residents were urged to take photos of any damage before starting cleanup.",
    "Photo evidence presented at trial showed the car parked outside the house.",
    "More than 2,000 people subscribe to the council's text alerts, the mayor said.",
    "Comments from the public will be accepted until the end of the month, the agency said.",
    "The related charges were dropped in 2024 after a judge ruled the search unlawful.",
    "Related to the case, police arrested two men on Thursday.",
    "The source, who asked not to be named, said talks would resume on Friday.",
    "Source code for the app was published on GitHub last week.",
    "Follow the money, investigators told the committee, and the scheme becomes obvious.",
    "Join the queue at the clinic before 8 a.m. if you want to be seen, nurses advised.",
    "Share prices fell 4 percent in early trading on Tuesday.",
    "Latest figures show unemployment fell to 4.1 percent in February.",
    "He said he would watch the match at home with his family on Sunday.",
    "Advertising revenue at the newspaper fell by a fifth last year.",
    "Like many small towns, Marietta has struggled to keep its hospital open.",
    "Print editions will end in June, the publisher said.",
    "Read the full report before you vote, the mayor urged residents at the meeting.",
    "Recommended reading for the commission includes three earlier audits of the program.",
    "Don't miss the deadline: applications close on Friday, the council said.",
    "By the end of the year, the airline expects to fly 14 new routes.",
    "By Tuesday afternoon the river had crested.",
    "Posted on the door was a notice from the landlord.",
    "Home prices rose again in March.",
    "Search teams found the two hikers on Monday.",
    "A petition gathered 1,800 signatures, and organizers shared photos on Facebook.",
    "Job listings posted on the studio's LinkedIn page on Monday include roles for programmers.",
    "Scenes from a marriage were filmed in Stockholm, the director told reporters at the festival.",
    "The council will vote on Tuesday, Dec. 10, 2024, on whether to close the old bridge.",
    "The hearing set for Monday, March 3, 2025: a date the defense said left too little time.",
    # a short subheading, a one-line quote and list items between paragraphs
    "What comes next",
    "Insurers push back",
    "Turbulence ahead?",
    "Follow the money",
    "“This is overdue.”",
    '"It\'s a start."',
    "The plan has three parts:",
    "- a free expansion with new islands and puzzles",
    "• A new hub in Salt Lake City",
    "1. Close the branch on Sundays",
]


@pytest.mark.parametrize("line", NEGATIVES)
def test_prose_is_kept(line: str) -> None:
    result = strip([HEADLINE, INTRO, line, MIDDLE, OUTRO])
    assert decision(result, line).action == "keep"
    assert result.removals == ()
    assert result.paragraphs == (INTRO, line, MIDDLE, OUTRO)


def test_list_between_paragraphs_is_kept() -> None:
    items = [
        "Virtanen said the new hires would work on three things:",
        "- a free expansion",
        "- support for more languages",
        "- a second, still unannounced project",
    ]
    result = strip([HEADLINE, INTRO, *items, OUTRO])
    assert result.removals == ()
    assert result.paragraphs == (INTRO, *items, OUTRO)


# --- structure: related stories ---------------------------------------------------------------

TEASER_HEADLINE = "Why are prescription prices still rising in 2026?"
TEASER = "Pharmacists say shortages and new pricing deals are pushing some costs higher."


def test_related_header_takes_teaser_headline_and_one_sentence_teaser() -> None:
    lines = [HEADLINE, INTRO, "Other Topics of Interest", TEASER_HEADLINE, TEASER, MIDDLE, OUTRO]
    result = strip(lines)
    rules = [(d.text, d.rule) for d in result.decisions if d.action == "drop"]
    assert rules == [
        ("Other Topics of Interest", "related.header"),
        (TEASER_HEADLINE, "related.teaser_headline"),
        (TEASER, "related.teaser"),
    ]
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)


def test_block_of_bare_headlines_gives_the_sentence_after_it_back_to_the_body() -> None:
    other = "Clinics in three counties will stay open late on Thursdays, officials said."
    lines = [HEADLINE, INTRO, "Related Stories", TEASER_HEADLINE, "Insulin Makers Cut List Prices"]
    result = strip([*lines, other, MIDDLE, OUTRO])
    assert result.paragraphs == (INTRO, other, MIDDLE, OUTRO)
    # a summary under a later headline is still a teaser when no paragraph follows it
    result = strip([*lines, other, "Insulin Prices: What to Know", MIDDLE, OUTRO])
    assert decision(result, other).rule == "related.teaser"


def test_more_label_takes_the_headlines_under_it() -> None:
    heads = ["Insulin Makers Cut List Prices", "Pharmacies Brace for Shortages This Winter"]
    result = strip([HEADLINE, INTRO, "More:", *heads, MIDDLE, OUTRO])
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)
    assert classify("More")[1] != "related.header"  # a bare "More" is a button, not a header


def test_related_header_does_not_take_a_two_sentence_paragraph() -> None:
    lines = [HEADLINE, INTRO, "Related Stories", TEASER_HEADLINE, MIDDLE, OUTRO]
    result = strip(lines)
    assert decision(result, TEASER_HEADLINE).rule == "related.teaser_headline"
    assert decision(result, MIDDLE).action == "keep"
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)


def test_related_header_without_teaser_headline_takes_nothing_else() -> None:
    result = strip([HEADLINE, INTRO, "Read more", MIDDLE, OUTRO])
    assert [r.rule for r in result.removals] == ["related.header"]
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)


def test_related_widget_header_skips_other_furniture() -> None:
    lines = [
        HEADLINE,
        INTRO,
        "Recommended Stories",
        "list of 4 items",
        "Teaser Headline Here",
        MIDDLE,
    ]
    result = strip(lines)
    assert [r.rule for r in result.removals] == [
        "related.widget",
        "related.widget",
        "related.teaser_headline",
    ]
    assert result.paragraphs == (INTRO, MIDDLE)


@pytest.mark.parametrize("max_teasers", [1, 2, 8])
def test_max_teasers_bounds_the_block(max_teasers: int) -> None:
    teasers = [f"Teaser Headline Number {i}" for i in range(10)]
    cfg = BoilerplateConfig(max_teasers=max_teasers)
    result = strip([INTRO, "Read more", *teasers, MIDDLE], cfg, headline_first=False)
    taken = [d.text for d in result.decisions if d.rule == "related.teaser_headline"]
    assert taken == teasers[:max_teasers]
    assert result.paragraphs == (INTRO, *teasers[max_teasers:], MIDDLE)


# --- structure: galleries ---------------------------------------------------------------------

CAPTION = (
    "A pickup truck sits in floodwater near Belpre, Ohio, on Monday. Photo by Carla Mendes/UPI"
)


def test_heading_over_final_caption_is_a_gallery_header() -> None:
    result = strip([HEADLINE, INTRO, MIDDLE, "The Flooded Streets", CAPTION])
    assert [(r.text, r.rule) for r in result.removals] == [
        ("The Flooded Streets", "gallery.header"),
        (CAPTION, "caption.credit"),
    ]
    assert result.paragraphs == (INTRO, MIDDLE)


def test_subheading_over_caption_followed_by_body_is_kept() -> None:
    result = strip([HEADLINE, INTRO, "What comes next", CAPTION, MIDDLE, OUTRO])
    assert decision(result, "What comes next").action == "keep"
    assert [r.rule for r in result.removals] == ["caption.credit"]
    assert result.paragraphs == (INTRO, "What comes next", MIDDLE, OUTRO)


def _galleries_as_before(p: object) -> None:
    # the step as it was: every caption's heading looked for body text after it
    from cleaners import boilerplate as bp
    from cleaners.actions import DROP, KEEP
    from cleaners.rules import CAPTION

    page: bp._Page = p  # type: ignore[assignment]
    for i in page.nonblank:
        if page.action[i] != KEEP or not is_heading(page.lines[i], 12):
            continue
        j = page.next_nonblank(i)
        rule = page.rule_of[j] if j is not None else None
        if j is None or rule is None or rule.kind != CAPTION:
            continue
        if not any(
            page.action[k] == KEEP and not is_heading(page.lines[k]) for k in range(j + 1, page.n)
        ):
            page.action[i], page.why[i] = DROP, ("gallery.header", "gallery header")


_GALLERY_LINES = [
    HEADLINE, INTRO, MIDDLE, OUTRO, CAPTION, "", "The Flooded Streets", "What comes next",
    "Photos:", "In Pictures: The storm's aftermath", "Photo: Carla Mendes/UPI",
]  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_GALLERY_LINES), max_size=14))
def test_gallery_headers_as_the_step_found_them_before(
    monkeypatch: pytest.MonkeyPatch, lines: list[str]
) -> None:
    # the page's last body line is found once, not after each caption: the same decisions
    from cleaners import structure

    now = strip(lines)
    with monkeypatch.context() as m:
        m.setattr(structure, "galleries", _galleries_as_before)
        before = strip(lines)
    assert now == before


# --- structure: glued captions ------------------------------------------------------------------

GLUED = (
    "airline chief executive Renata Coles in Denver, ColoradoFuel costs, which fell about 6 "
    "percent over the year, also helped the company."
)


def test_find_glued_caption_cuts_at_the_glue() -> None:
    cut = find_glued_caption(GLUED, GLUED)
    assert cut is not None
    assert GLUED[:cut] == "airline chief executive Renata Coles in Denver, Colorado"
    assert GLUED[cut:].startswith("Fuel costs, which")


def test_glued_caption_is_split_in_the_result() -> None:
    result = strip([HEADLINE, INTRO, GLUED, OUTRO])
    d = decision(result, GLUED)
    assert (d.action, d.rule) == ("split", "caption.glued")
    removal = next(r for r in result.removals if r.rule == "caption.glued")
    assert removal.text == "airline chief executive Renata Coles in Denver, Colorado"
    assert removal.text + (d.kept or "") == GLUED
    assert result.paragraphs == (INTRO, d.kept, OUTRO)
    assert result.facts.images == [Image(caption=removal.text, credit=None, line=3)]


@pytest.mark.parametrize(
    "line",
    [
        "The trailer has drawn millions of views across YouTube and streaming sites this spring.",
        "Sony said its PlayStation sales rose by a third this year, beating forecasts.",
        "Customers lined up outside a McDonald restaurant in Kyiv when it reopened on Friday.",
        "The new iPhone will go on sale in September, the company said in a statement.",
        "Employees said the company’s PayPal account was frozen for two weeks in March.",
        "The council approved the budget on Tuesday after a long debate in the chamber.",
        "He said. ThenAfter the vote, the council adjourned until the following week.",
        "in KyivThey marched.",  # the paragraph part is too short to be a sentence
    ],
)
def test_camel_case_and_ordinary_lines_are_not_split(line: str) -> None:
    assert find_glued_caption(line, line) is None
    assert strip([HEADLINE, INTRO, line, OUTRO]).paragraphs == (INTRO, line, OUTRO)


def test_glued_word_that_occurs_twice_in_the_article_is_a_name() -> None:
    line = "Staff of the small game studio LanternForge plan to open a second office in Helsinki."
    other = "Workers at LanternForge voted to join a union last spring, the company said."
    assert find_glued_caption(line, line) is not None  # alone, it looks like a glued caption
    assert find_glued_caption(line, f"{line}\n{other}") is None
    result = strip([HEADLINE, INTRO, line, other])
    assert result.removals == ()
    assert result.paragraphs == (INTRO, line, other)


def test_unknown_camel_case_brand_is_not_split() -> None:
    line = "Shares of CrowdStrike fell 5 percent on Tuesday after the outage, analysts said."
    assert strip([HEADLINE, INTRO, line, OUTRO]).paragraphs == (INTRO, line, OUTRO)


# --- structure: trailing widgets and duplicated captions ------------------------------------------


def test_trailing_block_of_short_headlines_is_a_widget() -> None:
    lines = [
        HEADLINE,
        INTRO,
        MIDDLE,
        "Latest Headlines",
        "Quake Hits Coast",
        "Council Approves Budget",
    ]
    result = strip(lines)
    assert [(r.text, r.rule) for r in result.removals] == [
        ("Latest Headlines", "nav.site"),
        ("Quake Hits Coast", "widget.trailing"),
        ("Council Approves Budget", "widget.trailing"),
    ]
    assert result.paragraphs == (INTRO, MIDDLE)


def test_trailing_widget_looks_past_other_furniture() -> None:
    result = strip([HEADLINE, INTRO, MIDDLE, "Trending Stories Today", "Share this:", "Like this:"])
    assert [r.rule for r in result.removals] == ["widget.trailing", "blog.widget", "blog.widget"]


def test_trailing_quote_and_sentence_are_kept() -> None:
    for last in ("“This is overdue.”", "The committee meets again next week."):
        assert strip([HEADLINE, INTRO, MIDDLE, last]).paragraphs == (INTRO, MIDDLE, last)


def test_heading_lines_without_body_before_are_not_a_widget() -> None:
    result = strip([HEADLINE, "Quake Hits Coast", "Council Approves Budget"])
    assert result.removals == ()
    assert result.paragraphs == ("Quake Hits Coast", "Council Approves Budget")


def test_list_at_the_end_of_the_article_is_kept() -> None:
    items = ["The plan has three parts:", "1. Close the branch on Sundays", "2. Cut evening hours"]
    result = strip([HEADLINE, INTRO, MIDDLE, *items])
    assert result.paragraphs == (INTRO, MIDDLE, *items)


def test_comment_section_leaves_the_copyright_notice_its_own_reason() -> None:
    comment = "Great article, I have been saying this about insulin prices for years."
    notice = "© 2026 Capitol Courier. All rights reserved."
    lines = [HEADLINE, INTRO, MIDDLE, OUTRO, "Leave a Reply", comment, notice]
    result = strip(lines)
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)
    assert decision(result, comment).rule == "comment.section"
    assert decision(result, notice).rule == "layout.copyright"


def test_reader_comments_bylines_and_dates_are_not_the_article_s() -> None:
    comment = "Great article, I have been saying this about insulin prices for years."
    lines = [
        HEADLINE,
        INTRO,
        MIDDLE,
        OUTRO,
        "3 thoughts on “Insulin prices”",
        "Ein Kommentar von Alex Barritt",
        "August 3, 2019 at 4:11 am",
        comment,
    ]
    result = strip(lines)
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)
    assert result.facts.authors == [] and result.facts.published is None


def test_comment_moderation_notice_is_not_body() -> None:
    notice = "Les commentaires sont soumis à modération avant publication."
    result = strip([HEADLINE, INTRO, MIDDLE, OUTRO, "Réagir à cet article", notice])
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)
    assert decision(result, notice).rule in ("comment.form", "comment.section")


def test_caption_repeated_without_credit_is_a_duplicate() -> None:
    caption = (
        "Residents use a small boat to move belongings from a flooded street in Marietta, "
        "Ohio, on Sunday."
    )
    credited = caption + " Photo by Carla Mendes/UPI"
    result = strip([HEADLINE, INTRO, credited, caption, OUTRO])
    assert [(r.text, r.rule) for r in result.removals] == [
        (credited, "caption.credit"),
        (caption, "caption.duplicate"),
    ]
    assert result.paragraphs == (INTRO, OUTRO)
    assert result.facts.images == [Image(caption=caption, credit="Carla Mendes/UPI", line=3)]


def test_slideshow_copy_of_caption_gives_one_image() -> None:
    caption = "Residents use a small boat to move belongings in Marietta, Ohio, on Sunday."
    lines = [
        HEADLINE,
        caption + " Photo by Carla Mendes/UPI",
        f"1 of 6 | {caption} Photo by Carla Mendes/UPI | License Photo",
        INTRO,
    ]
    result = strip(lines)
    assert [r.rule for r in result.removals] == ["caption.credit", "caption.slideshow"]
    assert result.facts.images == [Image(caption=caption, credit="Carla Mendes/UPI", line=2)]


# --- title ---------------------------------------------------------------------------------


def test_dated_caption_rule_needs_a_caption_length_line() -> None:
    rule = next(r for r in BUILTIN_RULES if r.id == "caption.dated")
    line = "Crowds, Saturday, Dec. 7, 2024, in Dayton."
    assert rule.match(line, len(line.split())) is None  # a label with a date, not a caption
    long = "Shoppers crowd the market square, Saturday, Dec. 7, 2024, in Dayton, Ohio."
    assert rule.match(long, len(long.split())) is not None


def test_headline_first_line_is_the_title() -> None:
    result = strip([HEADLINE, INTRO])
    assert result.title == HEADLINE
    assert result.decisions[0].action == "title"
    assert result.paragraphs == (INTRO,)
    assert result.removals == ()


def test_headline_ending_in_an_exclamation_is_the_title() -> None:
    for headline in [
        'Firefighters save ducklings from storm drain: "We did it!"',
        "Goal of the year!",
    ]:
        result = strip([headline, INTRO])
        assert result.title == headline
        assert result.paragraphs == (INTRO,)


def test_long_first_sentence_is_body_not_title() -> None:
    first = "The council approved the city budget on Tuesday night after a long and heated debate."
    result = strip([first, INTRO])
    assert result.title is None
    assert result.paragraphs == (first, INTRO)


def test_too_long_headline_is_not_a_title() -> None:
    long = " ".join(["Word"] * 25)
    assert strip([long, INTRO]).title is None
    assert strip([long, INTRO], BoilerplateConfig(title_max_words=30)).title == long


def test_headline_first_false_gives_no_title() -> None:
    result = strip([HEADLINE, INTRO], headline_first=False)
    assert result.title is None
    # not the title, but a heading above the body is not body either (a kicker or dek)
    assert result.paragraphs == (INTRO,)
    assert [r.rule for r in result.removals] == ["layout.context"]
    layout_off = strip([HEADLINE, INTRO], BoilerplateConfig(layout=False), headline_first=False)
    assert layout_off.paragraphs == (HEADLINE, INTRO)


def test_title_must_be_the_first_line() -> None:
    assert strip([INTRO, HEADLINE, MIDDLE]).title is None
    assert strip(["", HEADLINE, INTRO]).title == HEADLINE  # leading blank lines do not count


def test_furniture_on_the_first_line_is_not_a_title() -> None:
    # furniture above the headline: the headline is still the title
    result = strip(["Skip to content", HEADLINE, INTRO])
    assert result.title == HEADLINE
    assert [r.rule for r in result.removals] == ["nav.site"]
    assert result.paragraphs == (INTRO,)


DEK = "Lawmakers say the cap would save some patients hundreds of dollars a month."


def test_standfirst_between_headline_and_byline_is_removed() -> None:
    lines = [HEADLINE, DEK, "By Jane Roe", "Share", "Nov. 19, 2019", INTRO, MIDDLE]
    result = strip(lines)
    assert result.paragraphs == (INTRO, MIDDLE)
    assert decision(result, DEK).rule == "meta.standfirst"


def test_first_paragraph_without_a_byline_under_it_is_body() -> None:
    assert strip([HEADLINE, DEK, INTRO, MIDDLE]).paragraphs == (DEK, INTRO, MIDDLE)
    # a byline after the body started does not make the first paragraph a standfirst
    lines = [HEADLINE, DEK, INTRO, "By Jane Roe", MIDDLE]
    assert strip(lines).paragraphs[:2] == (DEK, INTRO)
    # nor does a lone date line: the header under a standfirst is a block of furniture
    assert strip([HEADLINE, DEK, "Nov. 19, 2019", INTRO]).paragraphs == (DEK, INTRO)
    # no headline found: nothing to stand under
    assert DEK in strip([DEK, "By Jane Roe", INTRO, MIDDLE]).paragraphs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine: Attacks on The Energy Sector Suspended?", True),
        ("Turbulence ahead?", True),
        ("2026 Budget Passes", True),
        ("He left.", False),
        ("The plan has three parts:", False),
        ("lowercase start", False),
        ("", False),
    ],
)
def test_is_heading(text: str, expected: bool) -> None:
    assert is_heading(text) is expected


# --- facts ---------------------------------------------------------------------------------


def test_post_date_goes_to_published() -> None:
    result = strip(["Posted on March 14, 2026", INTRO])
    assert result.facts.published == "2026-03-14"
    assert [r.rule for r in result.removals] == ["meta.post_date"]


def test_first_post_date_wins() -> None:
    result = strip(["Posted on March 14, 2026", INTRO, "Updated March 15, 2026", OUTRO])
    assert result.facts.published == "2026-03-14"


def test_byline_with_date_goes_to_authors_and_published() -> None:
    line = "By Jane Doe | March 14, 2026, 9:05 a.m. | Updated March 15"
    result = strip([line, INTRO])
    assert [r.rule for r in result.removals] == ["meta.post_date"]
    assert result.facts.published == "2026-03-14"
    assert result.facts.authors == ["Jane Doe"]


def test_posted_by_name_on_date() -> None:
    result = strip(["Posted by Jane Doe on March 14, 2026", INTRO])
    assert result.facts.published == "2026-03-14"
    assert result.facts.authors == ["Jane Doe"]


def test_contributors_line() -> None:
    result = strip([HEADLINE, INTRO, "Jane Doe, Omar Haddad and Li Wei contributed reporting."])
    assert result.facts.contributors == ["Jane Doe", "Omar Haddad", "Li Wei"]
    assert result.paragraphs == (INTRO,)


def test_contributors_lowercase_reporting_by() -> None:
    result = strip([HEADLINE, INTRO, "reporting by Jane Doe in London; editing by Mark Potter"])
    assert result.facts.contributors == ["Jane Doe"]


def test_contributors_capitalised_reporting_by() -> None:
    line = "Reporting by Jane Doe in London; Editing by Mark Potter"
    result = strip([HEADLINE, INTRO, line])
    assert (decision(result, line).rule, result.facts.contributors) == (
        "meta.contributors",
        ["Jane Doe"],
    )


def test_byline_goes_to_authors() -> None:
    result = strip([HEADLINE, "By Jane Doe and John Smith", INTRO])
    assert result.facts.authors == ["Jane Doe", "John Smith"]
    assert result.title == HEADLINE
    assert result.paragraphs == (INTRO,)


def test_cyrillic_byline_goes_to_authors() -> None:
    result = strip([HEADLINE, "Автор: Іван Петренко", INTRO])
    assert result.facts.authors == ["Іван Петренко"]


@pytest.mark.parametrize(
    ("first", "dateline", "agency"),
    [
        (
            "LONDON (Reuters) - British inflation eased in February, data showed.",
            "LONDON (Reuters)",
            "Reuters",
        ),
        (
            "March 2 (UPI) -- Days of heavy rain sent the river over its banks.",
            "March 2 (UPI)",
            "UPI",
        ),
        (
            "KYIV, Ukraine (AP) — The council passed the budget on Tuesday.",
            "KYIV, Ukraine (AP)",
            "AP",
        ),
        (
            "Madrid, 4 dic (EFE).- El Ayuntamiento aprobó el presupuesto este jueves.",
            "Madrid, 4 dic (EFE)",
            "EFE",
        ),
        ("Madrid, 4 dic (EFE).", "Madrid, 4 dic (EFE)", "EFE"),  # on its own line
        # German agencies in lower case, a place with a slash
        (
            "BERLIN (dpa) - Die Wasserpreise steigen im Juli um acht Prozent, sagt der Verband.",
            "BERLIN (dpa)",
            "dpa",
        ),
        (
            "Frankfurt/Main (dpa-AFX) - Die Aktien der Versorger legten am Montag deutlich zu.",
            "Frankfurt/Main (dpa-AFX)",
            "dpa-AFX",
        ),
    ],
)
def test_dateline_and_agency(first: str, dateline: str, agency: str) -> None:
    result = strip([HEADLINE, "By Jane Doe", first, OUTRO])
    assert (result.facts.dateline, result.facts.agency) == (dateline, agency)
    assert result.paragraphs[0] == first  # the dateline stays in the body


def test_a_sentence_ending_in_a_parenthesis_is_no_dateline() -> None:
    first = "The ultimate guide to the valley's top wineries (The Press)"
    result = strip([HEADLINE, "By Jane Doe", first, INTRO, OUTRO])
    assert result.facts.dateline is None and result.facts.agency is None


def test_dateline_only_in_the_first_body_paragraph() -> None:
    later = "LONDON (Reuters) - British inflation eased in February, data showed."
    result = strip([HEADLINE, INTRO, later])
    assert result.facts.dateline is None and result.facts.agency is None


def test_captions_with_credits_go_to_images() -> None:
    lines = [
        HEADLINE,
        INTRO,
        "Protesters in central Tbilisi on Sunday. Photo: Irakli Gedenidze/Reuters",
        MIDDLE,
        "Flight attendants at a demonstration last fall.Credit…Jenna Ortiz for The Times",
        OUTRO,
    ]
    result = strip(lines)
    assert result.facts.images == [
        Image("Protesters in central Tbilisi on Sunday.", "Irakli Gedenidze/Reuters", 3),
        Image("Flight attendants at a demonstration last fall.", "Jenna Ortiz for The Times", 5),
    ]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Crowds in Lviv. Photo by Jane Roe/UPI | License Photo",
            "Crowds in Lviv.",
            "Jane Roe/UPI",
        ),
        ("3 of 12 | Fire in Malibu. Photo by Jane Roe/UPI", "Fire in Malibu.", "Jane Roe/UPI"),
        ("Troops near the front. (Photo by Jane Roe)", "Troops near the front.", "Jane Roe"),
        ("Officials. Pool Photo by Daniel Ferris/AP", "Officials.", "Daniel Ferris/AP"),
        ("At the gates.Credit…Jenna Ortiz", "At the gates.", "Jenna Ortiz"),
        ("Image courtesy of the city of Fairview", "", "the city of Fairview"),
        ("A view of the port. Getty Images", "A view of the port. Getty Images", None),
        ("No credit in this line at all", "No credit in this line at all", None),
    ],
)
def test_split_credit(line: str, caption: str, credit: str | None) -> None:
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 14, 2026", "2026-03-14"),
        ("14 March 2026", "2026-03-14"),
        ("March 14 2026", "2026-03-14"),
        ("2nd Feb. 2026", "2026-02-02"),
        ("Dec. 31st, 1999", "1999-12-31"),
        ("Sept 3, 2025", "2025-09-03"),
        ("2026-03-14", "2026-03-14"),
        ("2024-02-29", "2024-02-29"),
        ("2026-02-29", None),
        ("Feb 30, 2026", None),
        ("2026-13-01", None),
        ("32 March 2026", None),
        ("March 2026", None),
        ("14/03/2026", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("Jane Doe", ["Jane Doe"]),
        ("A, B and C", ["A", "B", "C"]),
        (
            "Victoria Kim, Anton Troianovski, and Haley Willis",
            ["Victoria Kim", "Anton Troianovski", "Haley Willis"],
        ),
        ("Jane Doe & John Smith", ["Jane Doe", "John Smith"]),
        ("Ludwig van Beethoven and Anna de Souza", ["Ludwig van Beethoven", "Anna de Souza"]),
        ("Jane Doe,  John Smith ", ["Jane Doe", "John Smith"]),
        ("", []),
    ],
)
def test_split_names(names: str, expected: list[str]) -> None:
    assert split_names(names) == expected


# --- user rules and disabling -------------------------------------------------------------------

APP = RuleSpec(id="site.app", pattern=r"^download (?:the|our) app", reason="app promo")
MORE = RuleSpec(
    id="site.more", pattern=r"^more from the ledger$", reason="ledger widget", kind="header"
)


def test_user_line_rule() -> None:
    cfg = BoilerplateConfig(rules=(APP,))
    result = strip([HEADLINE, INTRO, "Download our app for breaking news", OUTRO], cfg)
    assert [(r.rule, r.reason) for r in result.removals] == [("site.app", "app promo")]
    assert result.paragraphs == (INTRO, OUTRO)


def test_user_rule_respects_max_words() -> None:
    long = "Download our app " + "and read every story we publish " * 8 + "today."
    cfg = BoilerplateConfig(rules=(APP,))
    assert strip([INTRO, long], cfg, headline_first=False).removals == ()
    short_limit = BoilerplateConfig(
        rules=(RuleSpec("site.app", APP.pattern, "app", max_words=3),), disable=("cta.app",)
    )
    result = strip([INTRO, "Download our app for breaking news", OUTRO], short_limit, False)
    assert result.removals == ()


def test_user_header_rule_takes_teasers() -> None:
    cfg = BoilerplateConfig(rules=(MORE,))
    lines = [HEADLINE, INTRO, "More from the Ledger", "Council Approves Budget", TEASER, MIDDLE]
    result = strip(lines, cfg)
    assert [r.rule for r in result.removals] == [
        "site.more",
        "related.teaser_headline",
        "related.teaser",
    ]
    assert result.paragraphs == (INTRO, MIDDLE)


def test_user_rules_and_disable_from_a_config_file() -> None:
    cfg = load_config(
        '[boilerplate]\ndisable = ["cta.social"]\n'
        '[[boilerplate.rules]]\nid = "site.app"\npattern = "^download (the|our) app"\n'
        'reason = "app promo"\n'
    ).boilerplate
    lines = [INTRO, "Download the app today", "JOIN US ON TELEGRAM", "Sign up for our newsletter"]
    result = strip([*lines, OUTRO], cfg, headline_first=False)
    # with cta.social off, the layout classifier still sees an appeal to the reader
    assert [(r.text, r.rule) for r in result.removals] == [
        ("Download the app today", "site.app"),
        ("JOIN US ON TELEGRAM", "layout.form"),
        ("Sign up for our newsletter", "cta.newsletter"),
    ]
    no_layout = dataclasses.replace(cfg, layout=False)
    result = strip([*lines, OUTRO], no_layout, headline_first=False)
    assert result.paragraphs == (INTRO, "JOIN US ON TELEGRAM", OUTRO)


def test_user_rules_come_before_builtin_rules() -> None:
    mine = RuleSpec(id="site.share", pattern=r"^share$", reason="our share button")
    rules = compile_rules(BoilerplateConfig(rules=(mine,)))
    assert rules[0].id == "site.share"
    assert classify_with(BoilerplateConfig(rules=(mine,)), "Share") == ("drop", "site.share")


def classify_with(cfg: BoilerplateConfig, line: str) -> tuple[str, str | None]:
    d = strip([line], cfg, headline_first=False).decisions[0]
    return d.action, d.rule


@pytest.mark.parametrize(
    ("disable", "line", "expected"),
    [
        (("cta",), "JOIN US ON TELEGRAM", ("keep", None)),
        (("cta",), "Sign up for our morning newsletter", ("keep", None)),
        (("cta.social",), "Sign up for our morning newsletter", ("drop", "cta.newsletter")),
        (("share.buttons",), "Share", ("keep", None)),
        (("nav",), "Skip to content", ("keep", None)),
    ],
)
def test_disable_by_id_or_prefix(
    disable: tuple[str, ...], line: str, expected: tuple[str, str | None]
) -> None:
    # layout off: this is about the rule library, not the evidence-weighing classifier
    assert classify_with(BoilerplateConfig(disable=disable, layout=False), line) == expected


def test_disable_removes_every_rule_with_that_prefix() -> None:
    ids = {r.id for r in compile_rules(BoilerplateConfig(disable=("meta", "related.header")))}
    assert not any(i.startswith("meta.") for i in ids)
    assert "related.header" not in ids and "related.widget" in ids


# --- more known problems --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Gallery owners in the district say rents have doubled since 2020.",
        "Scenes from the war shocked viewers around the world.",
    ],
)
def test_gallery_words_in_prose_are_kept(line: str) -> None:
    assert classify(line) == ("keep", None)


@pytest.mark.parametrize("disable", [("ca",), ("cta.soc",), ("share.button",)])
def test_disable_that_names_no_rule_is_an_error(disable: tuple[str, ...]) -> None:
    # a partial word is not a prefix: "ca" does not disable "caption.*", it is a typo
    with pytest.raises(ConfigError, match="no built-in rule"):
        compile_rules(BoilerplateConfig(disable=disable))


# --- a teaser list rendered without separators ---------------------------------------------------


def test_headlines_glued_to_summaries_are_a_teaser_list() -> None:
    teasers = [
        "Ferry Service Returns To Harbor Island After Storm RepairsThe first boat left the pier "
        "at 6 a.m. on Monday with 40 passengers.",
        "City Council Delays Vote On New Parking RulesMembers asked for another month to study "
        "the plan before voting.",
        "Your Weather Today In Port Alden for 11/15You can leave your umbrella at home, "
        "forecasters said.",
    ]
    result = strip([HEADLINE, INTRO, MIDDLE, *teasers, OUTRO])
    assert [r.rule for r in result.removals] == ["related.glued"] * 3
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)


def test_one_camel_case_name_in_prose_is_not_a_teaser() -> None:
    line = "Port Alden High School Coach Hugh McPherson said the team would train daily."
    assert glued_headline(line)  # on its own it looks glued; a teaser list has several
    result = strip([HEADLINE, INTRO, line, MIDDLE, OUTRO])
    assert line in result.paragraphs


def test_headlines_followed_by_their_story_s_dateline_are_a_teaser_list() -> None:
    teasers = [
        "Port Alden approves new ferry contract after long debate PORT ALDEN: The city council"
        " approved a ten-year ferry contract on Tuesday night.",
        "Storm damage closes two schools for the week RIVERTON: Two schools will stay closed"
        " until Friday while crews repair their roofs.",
        "Court rejects appeal in harbor land case NEW YORK: A federal court on Wednesday"
        " rejected the appeal of three landowners.",
    ]
    result = strip([HEADLINE, INTRO, MIDDLE, OUTRO, *teasers])
    assert [r.rule for r in result.removals] == ["related.glued"] * 3
    assert result.paragraphs == (INTRO, MIDDLE, OUTRO)


def test_a_colon_after_capitals_in_one_line_of_prose_is_not_a_teaser() -> None:
    line = (
        "The request came in a short statement from the FBI: The suspect is not believed to"
        " pose a danger to the public."
    )
    assert glued_headline(line)  # on its own it looks like a headline and its dateline
    result = strip([HEADLINE, INTRO, line, MIDDLE, OUTRO])
    assert line in result.paragraphs

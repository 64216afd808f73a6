"""Lists inside the article are body: by where they sit and what they say, not line length."""

from __future__ import annotations

import pytest

from cleaners.config import PipelineConfig
from cleaners.pipeline import Cleaner
from tests.helpers import make_doc

INTRO = (
    "The Riverton Ramblers will tour the valley this summer for the first time in a decade,"
    " playing small halls and festival stages across the region."
)
OUTRO = (
    "Tickets for every date of the tour go on sale on Friday morning, and the band says the"
    " proceeds of the last night will go to the valley's music school."
)
DATES = [
    "June 4 – Riverton, Old Town Hall",
    "June 6 – Cedar Falls, Riverside Festival",
    "June 9 – Millbrook, The Granary",
    "June 12 – Harbor City, Pier Stage",
]


def clean(lines: list[str]) -> tuple[str, ...]:
    doc = Cleaner(PipelineConfig())(make_doc("\n".join(["Ramblers announce tour", *lines]))).doc
    assert doc is not None
    return doc.paragraphs


def test_a_list_between_body_paragraphs_is_body() -> None:
    dates = [d.replace("–", "- the valley tour stop at") for d in DATES]
    paragraphs = clean([INTRO, *dates, OUTRO])
    assert list(paragraphs) == [INTRO, *dates, OUTRO]


def test_a_list_the_body_introduces_is_body_even_at_the_end() -> None:
    intro = INTRO.replace("region.", "region. The tour dates of the valley tour:")
    dates = [d.replace("–", "- valley tour stop:") for d in DATES]
    paragraphs = clean([intro, *dates])
    assert list(paragraphs) == [intro, *dates]


def test_a_block_of_other_stories_after_the_body_stays_furniture() -> None:
    others = ["Mayor opens new library wing", "Storm closes coastal road", "Ferry returns"]
    paragraphs = clean([INTRO, OUTRO, *others])
    assert list(paragraphs) == [INTRO, OUTRO]


def test_a_german_agency_lead_without_its_full_stop_opens_the_body() -> None:
    """ "BERLIN (dpa) - ..." cut before its full stop, as a teaser box prints it, is the lead."""
    lead = "BERLIN (dpa) - Die Wasserpreise in der Hauptstadt steigen im Juli um acht Prozent"
    body = [
        "Der Verband der Wasserwirtschaft begründete den Schritt mit höheren Kosten für"
        " Energie und Personal in den Werken der Stadt.",
        "Die Verbraucherzentrale kritisierte die Erhöhung als zu hoch und forderte eine"
        " Prüfung durch die Aufsicht.",
    ]
    paragraphs = clean([lead, *body])
    assert list(paragraphs) == [lead, *body]


def test_an_agency_dateline_lead_among_furniture_opens_the_body() -> None:
    """An AP-style lead that does not end a sentence ("... The Latest on ...") still opens the
    body when a date line and a time stamp stand around it."""
    lead = "HAYWARD, Calif. (AP) — The Latest on the closing of the valley bridge for repairs"
    body = [
        "Authorities say the old bridge over the river will stay closed for three weeks while"
        " crews replace two of its cracked steel beams.",
        "Drivers are asked to use the northern road, which adds about ten minutes to the trip.",
    ]
    page = ["Updated 10:01 pm PST, Tuesday, November 19, 2019", lead, "10 p.m.", *body]
    paragraphs = clean(page)
    assert paragraphs[0] == lead and list(paragraphs[1:]) == body


def test_a_counted_list_under_its_own_label_before_the_body_is_body() -> None:
    """Ingredients (quantities, some read like time stamps: "1 egg") under "Ingredients:",
    before the instructions the body goes on with."""
    items = ["Ingredients:", "300 g flour", "1 tsp baking powder", "200 g sugar", "1 egg"]
    items += ["Pinch of salt", "Method:"]
    steps = [
        "Put all the ingredients in a bowl and knead them into a smooth dough with a hook.",
        "Roll the dough out on a floured board and cut out the shapes you like best.",
    ]
    paragraphs = clean(["Menu", "Almond biscuits", *items, *steps])
    assert list(paragraphs) == ["Almond biscuits", *items, *steps]  # (the dish, then its list)


def test_ingredients_between_paragraphs_are_body_though_a_count_reads_like_a_stamp() -> None:
    """ "2 lemons" is a number and one word, as "2 hours" is; a count of things does not make
    the list a run of time stamps. Headings without a colon, no bullets."""
    intro = (
        "This is the roast chicken I make every Sunday: the lemon steams the bird from"
        " inside while the thyme butter crisps the skin."
    )
    items = ["Ingredients", "1 whole chicken, about 1.6kg", "2 lemons", "50g soft butter"]
    items += ["6 sprigs of thyme", "1 head of garlic, halved", "Salt and black pepper", "Method"]
    steps = [
        "Heat the oven to 200C. Mix the butter with the thyme leaves, the zest of one lemon and"
        " plenty of salt.",
        "Loosen the skin over the breast and push the butter underneath. Put the halved lemons"
        " and garlic in the cavity.",
    ]
    assert list(clean([intro, *items, *steps])) == [intro, *items, *steps]


def test_a_programme_the_body_announces_is_body_with_its_day_headings() -> None:
    """ "Friday 12 June" reads as a time stamp; under a paragraph that announces the programme,
    day headings and items written alike are the article's, up to the last item (the "Buy
    tickets" button after it stays furniture)."""
    intro = (
        "Here is the full programme for this year's festival, which runs from Friday to Sunday"
        " on the Riverside Green."
    )
    programme = [
        "Friday 12 June",
        "6pm – The Hollow Pines (Main Stage)",
        "7.30pm – Mara Quinn (Tent Stage)",
        "9pm – The Lumber Brothers (Main Stage)",
        "Saturday 13 June",
        "11am – Children's ceilidh (Tent Stage)",
        "2pm – Silver Creek Band (Main Stage)",
    ]
    page = ["Menu", "Events", intro, *programme, "Buy tickets", "Share this"]
    assert list(clean(page)) == [intro, *programme]


def test_items_written_alike_under_their_own_label_before_the_body_goes_on_are_body() -> None:
    results = [
        "Die Ergebnisse im Überblick:",
        "SV Riedhausen – TSV Bergheim 2:1",
        "FC Wasserburg – SC Oberau 0:0",
        "SpVgg Lindach – TuS Eichenau 3:2",
        "SV Hohenfurch – FC Altdorf 1:4",
    ]
    after = "Am kommenden Wochenende empfängt Tabellenführer Altdorf den SV Riedhausen."
    paragraphs = clean(["Startseite", "Fußball", "Tabellen", *results, after, "Impressum"])
    assert list(paragraphs) == [*results, after]


@pytest.mark.parametrize(
    ("before", "items", "after"),
    [
        (
            ["Cinema", "What's on at the Picturehouse this week"],
            [
                "Monday: The Long Winter (12A), 2pm and 7.30pm",
                "Tuesday: Quiet Harbour (15), 7pm",
                "Wednesday: Silent film night with live piano, 8pm",
            ],
            "Tickets cost nine pounds, or six for members, and can be booked at the box office.",
        ),
        (
            ["Flohmärkte im Landkreis: Die Termine im März"],
            [
                "7. März, Riedhausen: Hallenflohmarkt in der Mehrzweckhalle, 9 bis 14 Uhr",
                "14. März, Bergheim: Kinderflohmarkt im Pfarrheim, 10 bis 13 Uhr",
                "21. März, Wasserburg: Nachtflohmarkt auf dem Marktplatz, 18 bis 23 Uhr",
            ],
            "Wer selbst verkaufen möchte, muss sich bis zum Monatsende bei der Gemeinde anmelden.",
        ),
    ],
    ids=["weekdays", "dates-and-places"],
)
def test_a_schedule_the_body_goes_on_from_is_body(
    before: list[str], items: list[str], after: str
) -> None:
    """A week's listings by weekday, or dates each with its place, right before a paragraph."""
    paragraphs = clean(["Menu", *before, *items, after, "Most read"])
    assert list(paragraphs)[-len(items) - 1 :] == [*items, after]


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        (
            "Am Wochenende ist in Riverstadt einiges los: Flohmärkte, ein Konzert im Park und "
            "der erste Bauernmarkt des Jahres.",
            [
                "Sa, 12. April: Flohmarkt am Rathausplatz, 9–14 Uhr",
                "Sa, 12. April: Bauernmarkt in der Altstadt, 8–13 Uhr",
                "So, 13. April: Frühlingskonzert im Stadtpark, 15 Uhr",
                "So, 13. April: Führung durch das Stadtmuseum, 11 Uhr",
            ],
        ),
        (
            "Ce week-end, la ville propose une brocante, un concert en plein air et le premier "
            "marché de producteurs de l'année.",
            [
                "sam. 12 avril : brocante place de la Mairie, 9h–14h",
                "sam. 12 avril : marché de producteurs, vieille ville, 8h–13h",
                "dim. 13 avril : concert de printemps au jardin public, 15h",
            ],
        ),
    ],
    ids=["de", "fr"],
)
def test_a_closing_schedule_with_short_weekdays_is_body(intro: str, items: list[str]) -> None:
    """The weekday as listings shorten it ("Sa,", "sam.") before each date: the article's
    closing list of events, not a trailing widget, up to the advert under it."""
    paragraphs = clean(["Stadtanzeiger", "Die Termine am Wochenende", intro, *items, "Anzeige"])
    assert list(paragraphs) == [intro, *items]


def test_a_closing_forecast_under_its_label_is_body() -> None:
    """A weather story ending with the days ahead under their label: a schedule by weekday,
    the article's own, up to the disclaimer under it."""
    intro = (
        "Ein kräftiges Tiefdruckgebiet bringt am Wochenende Sturm und viel Regen nach"
        " Riverstadt, teilte der Wetterdienst mit."
    )
    days = [
        "Die Aussichten:",
        "Freitag: bewölkt, 8 Grad",
        "Samstag: Sturm, Regen, 7 Grad",
        "Sonntag: Schauer, 6 Grad",
        "Montag: heiter, 5 Grad",
    ]
    page = ["Wetter", "Sturm und Regen zum Wochenende", intro, *days, "Alle Angaben ohne Gewähr."]
    assert list(clean(page)) == [intro, *days]


@pytest.mark.parametrize(
    ("intro", "items", "after"),
    [
        (
            "El PSOE ha ganado las elecciones municipales de este domingo en Riverdal con 12"
            " concejales, a uno de la mayoría absoluta.",
            [
                "Así queda el nuevo pleno:",
                "PSOE: 12 concejales",
                "PP: 8 concejales",
                "Vox: 3 concejales",
                "Sumar: 2 concejales",
            ],
            "Te puede interesar",
        ),
        (
            "Le festival Jazz à Sète revient du 14 au 20 juillet au théâtre de la Mer avec sept"
            " soirées et une quinzaine d'artistes.",
            [
                "Le programme :",
                "14 juillet : Thomas Dutronc et Melody Gardot",
                "15 juillet : Ibrahim Maalouf",
                "16 juillet : Avishai Cohen Trio",
                "17 juillet : Laura Perrudin",
            ],
            "Billetterie en ligne",
        ),
    ],
    ids=["seats", "programme"],
)
def test_a_closing_list_under_its_own_label_is_body_up_to_its_last_item(
    intro: str, items: list[str], after: str
) -> None:
    """A label right under the body's last paragraph, then items written alike each with its
    figure, or a schedule: the article's list, up to its last item (the button or the widget
    under it goes)."""
    assert list(clean(["Portada", "Resultados", intro, *items, after])) == [intro, *items]


def test_a_label_over_teasers_after_the_body_stays_furniture() -> None:
    """A label and headlines of other stories after the last paragraph: no dates, no weekday
    before each, so no schedule."""
    intro = (
        "Ein kräftiges Tiefdruckgebiet bringt am Wochenende Sturm und viel Regen nach"
        " Riverstadt, teilte der Wetterdienst mit."
    )
    teasers = [
        "Weitere Themen:",
        "Stadtrat: Neue Buslinien ab Januar",
        "Sport: Riverstadt gewinnt das Derby",
        "Kultur: Museum verlängert Ausstellung",
    ]
    assert list(clean(["Wetter", "Sturm und Regen", intro, *teasers, "Impressum"])) == [intro]


def test_counters_between_paragraphs_stay_furniture() -> None:
    """ "14 comments", "2 diggs", "0 Kommentare": what readers did, not a list of things."""
    page = [INTRO, "Valley tour dates announced", "14 comments", "2 diggs", "3 shares", OUTRO]
    assert list(clean(page)) == [INTRO, OUTRO]


def test_time_stamps_between_paragraphs_stay_furniture() -> None:
    """A live blog's "10 p.m." lines are not a list: no label, not counted items."""
    page = [INTRO, "10 p.m.", "9:45 p.m.", "9:30 p.m.", OUTRO]
    assert list(clean(page)) == [INTRO, OUTRO]


RACE = (
    "Mara Kessler broke the Riverton 10K course record on Saturday, finishing in 32:41 on a"
    " humid morning that slowed most of the field."
)
RACE_AFTER = (
    "Kessler said the heat made her change her plan, and that she went after five kilometres"
    " because the pack had slowed on the bridge."
)
# one cell to a line, as a whole-page rendering gives a table; the clubs repeat
RESULTS = [
    "Women's top four",
    *("Place", "Runner", "Club", "Time"),
    *("1", "Mara Kessler", "Riverton Harriers", "32:41"),
    *("2", "Jo Anand", "Valley AC", "33:05"),
    *("3", "Lena Fischer", "Riverton Harriers", "33:19"),
    *("4", "Priya Dutt", "Valley AC", "33:52"),
]


def test_a_table_between_body_paragraphs_is_body_with_its_repeated_cells() -> None:
    paragraphs = clean([RACE, *RESULTS, RACE_AFTER])
    assert list(paragraphs) == [RACE, *RESULTS, RACE_AFTER]


def test_a_captioned_table_is_body_up_to_the_note_under_it() -> None:
    """A table written row by row under its caption, then a note longer than a cell: the
    table is the body's; where it ends is where the cells stop being short."""
    table = ["Winners since 2023:", "Year", "2023", "2024", "2025", "Winner", "Mara Kessler"]
    table += ["Jo Anand", "Mara Kessler", "Club", "Riverton Harriers", "Valley AC"]
    table += ["Riverton Harriers", "Time", "33:50", "33:12", "32:58"]
    note = "Kessler missed the 2022 race with a stress fracture in her left foot after a fall"
    paragraphs = clean([RACE, *table, note, RACE_AFTER])
    assert list(paragraphs)[: 1 + len(table)] == [RACE, *table]


def test_a_comment_thread_with_vote_counts_is_not_a_table() -> None:
    thread = ["25", "1", "Reply", "Anna sagt:", "Great race report!", "18", "Reply"]
    thread += ["Mike says:", "What a finish", "7", "2", "Reply"]
    paragraphs = clean([RACE, *thread, RACE_AFTER])
    assert not set(thread) & set(paragraphs)


def test_a_form_shown_twice_is_not_a_table() -> None:
    form = ["Your plan", "Amount", "2.50 EUR", "5 EUR", "10 EUR", "Period"]
    paragraphs = clean([RACE, *form, *form[1:], RACE_AFTER])
    assert not set(form) & set(paragraphs)


def test_a_run_of_stamps_in_words_is_not_a_table() -> None:
    teasers = ["Harriers sign coach", "2 hours ago", "12", "Food bank appeal", "5 hours ago"]
    teasers += ["9", "Bridge reopens early", "yesterday", "31"]
    paragraphs = clean([RACE, *teasers, RACE_AFTER])
    assert not set(teasers) & set(paragraphs)


def test_a_table_the_article_ends_with_is_body() -> None:
    """Results after the last paragraph, then the page's share buttons: still the body's."""
    paragraphs = clean([RACE, *RESULTS, "Share this article", "Facebook"])
    assert list(paragraphs) == [RACE, *RESULTS]
    # ... and so with a line the layout pass takes as furniture context after them
    paragraphs = clean([RACE, *RESULTS, "Follow us on Twitter"])
    assert list(paragraphs) == [RACE, *RESULTS]


RANKED = [
    "Final standings",
    "1. Mara Kessler (Riverton Harriers) 32:41",
    "2. Jo Anand (Valley AC) 33:05",
    "3. Lena Fischer (Riverton Harriers) 33:19",
    "4. Priya Dutt (Northside RC) 33:52",
]


def test_ranked_results_the_article_ends_with_are_body() -> None:
    paragraphs = clean([RACE, *RANKED, "Related stories", "Harriers sign two new coaches"])
    assert list(paragraphs) == [RACE, *RANKED]
    paragraphs = clean([RACE, *RANKED, "Follow us on Twitter"])
    assert list(paragraphs) == [RACE, *RANKED]


def test_a_numbered_list_of_other_stories_after_the_body_stays_furniture() -> None:
    """No figure after the places: headlines, not results."""
    teasers = ["Most popular", "1. Harriers sign two new coaches", "2. Storm closes coast road"]
    teasers += ["3. Food bank appeal passes its target", "4. Ferry returns to the harbour"]
    paragraphs = clean([RACE, RACE_AFTER, *teasers])
    assert list(paragraphs) == [RACE, RACE_AFTER]


AWARDS = (
    "More than 300 guests attended the Riverton Business Awards at the Grand Hotel on Thursday"
    " night, where twelve local firms of Riverton were honoured with this year's awards."
)
WINNERS = [
    "The full list of winners",
    "Business of the Year: Harbor Bakery",
    "Start-up of the Year: Greenleaf Bikes",
    "Community Award: Riverton Food Bank",
    "Lifetime Achievement: Tom Hale, Hale & Sons Hardware",
]
OBITUARY = (
    "Margaret Doyle, 94, of Riverton, died peacefully on February 27. Born in Cork, she taught"
    " at St Anne's Primary School for thirty years."
)
SERVICE = [
    "Service details",
    "Visitation: Friday, March 6, 5–8 p.m., Hale Funeral Home",
    "Funeral Mass: Saturday, March 7, 10 a.m., St Anne's Church",
    "Burial: Riverton Cemetery",
]


@pytest.mark.parametrize(
    ("body", "listed"), [(AWARDS, WINNERS), (OBITUARY, SERVICE)], ids=["winners", "service"]
)
def test_a_closing_list_of_names_under_its_heading_is_body(body: str, listed: list[str]) -> None:
    """A heading, then items "Label: name", that name what the story names: the article's end."""
    assert list(clean([body, *listed])) == [body, *listed]
    # ... followed by the page's buttons, which stay furniture
    assert list(clean([body, *listed, "Sign the guest book", "Send flowers"])) == [body, *listed]


@pytest.mark.parametrize(
    "block",
    [
        # a masthead's staff and the site's partners: names the story does not name
        ["Newsroom", "Editor: Jane Roe", "Deputy Editor: John Doe", "Sports Editor: Sam Lee"],
        ["Our partners", "Hardware: Hale Street Tools", "Bakery: Corner Loaf", "Bikes: Spoke Co"],
        # teasers: headlines in title case, with their small words capitalised or longer than
        # a name, though on the story's subject
        [
            "In Depth",
            "Analysis: Why Riverton's Business Awards Keep Growing",
            "Explainer: How The Awards Jury Picks Its Winners",
            "Opinion: The Jury Got The Awards Right",
        ],
        [
            "Riverton Awards",
            "Politics: Council Delays Awards Budget Vote",
            "Business: Riverton Bakery Wins Export Award",
            "Community: Food Bank Awards Grants To Firms",
        ],
        # headlines in sentence case
        ["Latest", "Awards: Bakery wins again", "Riverton: Hotel hosts awards", "Firms: More join"],
    ],
    ids=["staff", "partners", "title-case", "title-case-short", "sentence-case"],
)
def test_a_closing_block_of_labelled_lines_that_are_not_names_of_the_story_stays_furniture(
    block: list[str],
) -> None:
    assert list(clean([AWARDS, *block])) == [AWARDS]


CALENDAR = (
    "Formula 1 has confirmed a 24-race calendar for 2027, opening in Bahrain in March; the"
    " Chinese Grand Prix moves to April and Miami keeps its May date."
)
ROUNDS = [
    "Round 1: Bahrain Grand Prix, Sakhir – March 7",
    "Round 2: Saudi Arabian Grand Prix, Jeddah – March 21",
    "Round 3: Chinese Grand Prix, Shanghai – April 18",
    "Round 4: Miami Grand Prix, Miami – May 2",
]
TEST = (
    "Wir haben zwölf Geschirrspüler von 400 bis 1.200 Euro getestet und dabei Reinigung,"
    " Trocknung und Verbrauch geprüft."
)
PLACES = [
    "Platz 1: Bosch Serie 8 (Note 1,6)",
    "Platz 2: Siemens iQ300 (Note 1,8)",
    "Platz 3: Miele G 5000 (Note 1,9)",
]
MATCH = (
    "El Riedval venció este domingo por 2-1 al Getafe B con un gol en el minuto 88 y se coloca"
    " líder en solitario del grupo."
)
SCORES = [
    "Resultados de la jornada 24",
    "Riedval 2-1 Getafe B",
    "Alcobendas 0-0 Móstoles",
    "Leganés B 3-2 Pozuelo",
]


@pytest.mark.parametrize(
    ("body", "listed"),
    [(CALENDAR, ROUNDS), (TEST, PLACES), (MATCH, SCORES)],
    ids=["rounds", "ranked-places", "scores"],
)
def test_a_closing_list_counted_by_its_labels_or_of_scores_is_body(
    body: str, listed: list[str]
) -> None:
    """Items whose labels count them ("Round 1:", "Round 2:") each with a figure or a date, or
    a match day's scores under their heading naming the story's sides, end the article."""
    rail = ["Most read", "Hamilton signs new deal at Ferrari", "Storm closes coast road"]
    assert list(clean([body, *listed, *rail])) == [body, *listed]


def test_a_tour_with_a_button_after_each_date_keeps_the_dates() -> None:
    """A schedule with "Tickets" after each item: the dates are body, the buttons are not."""
    tickets = [line for date in DATES for line in (date, "Tickets")]
    rail = ["More music news", "Festival line-up revealed"]
    assert list(clean([INTRO, *tickets, *rail])) == [INTRO, *DATES]


@pytest.mark.parametrize(
    "block",
    [
        # a series' links: counted, but no figure or date in them
        ["Part 1: The Flood", "Part 2: The Rebuild", "Part 3: The Future"],
        ["Episode 1: Water Wars", "Episode 2: The Plant", "Episode 3: Rate Day"],
        # another match day's scores: sides the story does not name
        ["Latest scores", "Arsenal 2-1 Chelsea", "Liverpool 0-0 Everton", "Leeds 3-2 Burnley"],
    ],
    ids=["series", "episodes", "other-scores"],
)
def test_counted_links_and_other_scores_after_the_body_stay_furniture(
    block: list[str],
) -> None:
    assert list(clean([AWARDS, *block])) == [AWARDS]


LIBRARY = (
    "Riverton's new library opens on Monday after two years of building work, with a"
    " children's floor, a café and 40,000 books on its shelves."
)
HOURS = [
    "Opening hours",
    "Monday to Friday: 9 a.m. – 8 p.m.",  # (a sentence by its full stop, and a time stamp)
    "Saturday: 10 a.m. – 5 p.m.",
    "Sunday: Closed",
]
MEETING = (
    "Ana Ruiz won the women's 100m at the county championships in Riverton on Saturday, and"
    " Riverton AC took three of the four sprint and middle-distance titles."
)
WINNERS_BY_EVENT = [
    "Women's 100m: 1. Ana Ruiz (Riverton AC) 11.42",
    "Men's 100m: 1. Tom Hale (Riverton AC) 10.61",
    "Women's 1500m: 1. Lena Fischer (Riverton AC) 4:21.08",
]


@pytest.mark.parametrize(
    ("body", "listed"),
    [(LIBRARY, HOURS), (MEETING, WINNERS_BY_EVENT)],
    ids=["hours-read-as-sentences", "results-without-heading"],
)
def test_a_closing_list_whose_first_items_read_as_sentences_or_without_heading_is_body(
    body: str, listed: list[str]
) -> None:
    assert list(clean([body, *listed, "Share", "More local news"])) == [body, *listed]


def test_labelled_lines_with_figures_that_are_headlines_or_other_names_stay_furniture() -> None:
    teasers = ["Politics: 3 dead in coast road crash", "Sport: Riverton win 2-1 at home"]
    teasers += ["Business: Bakery hires 12 more staff"]
    assert list(clean([MEETING, *teasers])) == [MEETING]
    prices = ["Laptops: MacBook Air, $999", "Phones: Pixel 9, $699", "Tablets: iPad Air, $599"]
    assert list(clean([MEETING, *prices])) == [MEETING]


ROUTE = (
    "The Tour of Riverton returns in June with five stages, a time trial around the harbour and"
    " a first summit finish on Cedar Hill, organisers said on Wednesday."
)
STAGES = [
    "Stage 1, June 10: Riverton – Millbrook, 168 km",
    "Stage 2, June 11: Millbrook – Cedar Hill, 184 km",
    "Stage 3, June 12: Riverton harbour time trial, 22 km",
]
WEEKEND = (
    "From a craft fair to a jazz night, there is plenty happening in Riverton this weekend, and"
    " most of it is free."
)
PROGRAMME = [
    "Friday",
    "Jazz at the Harbour Bar, 8pm, free entry",
    "Saturday",
    "Spring craft fair, Town Hall, 10am to 4pm",
    "Riverton Rovers v Millbrook, Riverside Park, 3pm",
    "Sunday",
    "Farmers' market, Market Square, 9am to 1pm",
]


@pytest.mark.parametrize(
    ("body", "listed"), [(ROUTE, STAGES), (WEEKEND, PROGRAMME)], ids=["stages", "by-day"]
)
def test_stages_with_their_dates_and_a_programme_by_day_end_the_article(
    body: str, listed: list[str]
) -> None:
    assert list(clean([body, *listed, "Share", "Most read"])) == [body, *listed]


def test_a_row_of_days_without_events_stays_furniture() -> None:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday 8pm"]
    assert list(clean([WEEKEND, *days])) == [WEEKEND]


VOTE = (
    "The count in Riverton ended after midnight: Ruth Calder won the mayoral race with Tom Hale"
    " second, and turnout rose to 41 percent."
)
VOTES = ["Ruth Calder — 5,204", "Tom Hale — 4,871", "Ana Ruiz — 1,336"]


def test_names_with_their_figures_that_the_story_names_end_the_article() -> None:
    assert list(clean([VOTE, *VOTES, "Share", "Most read"])) == [VOTE, *VOTES]
    # ... and other names with figures (a market's prices) stay furniture
    markets = ["FTSE 100 — 8,204", "Dow Jones — 38,871", "Nikkei — 39,336"]
    assert list(clean([VOTE, *markets])) == [VOTE]


MENU = ["Riverton Gazette", "News", "Sport", "Business", "Opinion"]
FOOTER = ["About us", "Contact", "Privacy policy"]
LEAGUE = [
    "Riverton Rovers 2-1 Millbrook Town",
    "Cedar Falls 0-0 Harbor City",
    "Valley United 3-2 Northside",
    "Eastfield 1-4 Riverton Athletic",
]


@pytest.mark.parametrize(
    ("headline", "listed"),
    [
        ("Saturday's results: Riverton League", LEAGUE),
        ("The Riverton Ramblers: 2026 tour dates", DATES),
        ("Riverton 10K: full results", RANKED[1:]),
    ],
    ids=["scores", "dates", "ranked"],
)
def test_a_page_whose_body_is_only_a_list_keeps_the_list_and_drops_the_menus(
    headline: str, listed: list[str]
) -> None:
    """No paragraph of prose: the items with their figures or dates are the body, so the
    menus and the footer around them are furniture, and the headline is found above them."""
    doc = Cleaner(PipelineConfig())(make_doc("\n".join([*MENU, headline, *listed, *FOOTER]))).doc
    assert doc is not None
    assert list(doc.paragraphs) == listed
    assert doc.title == headline


def test_a_list_page_under_a_long_site_name_gets_the_headline_above_the_list() -> None:
    """The site's name has a headline's length; the body has no prose to weigh it by, so the
    headline is the line right above the list. Scores written side, side, score count too."""
    page = ["Le Courrier de Riedval", "Sports", "Culture", "Kreisliga A: 18. Spieltag"]
    scores = ["SV Riedhausen – TSV Bergheim 2:1", "FC Altdorf – SpVgg Neustadt 0:0"]
    scores += ["TSV Oberau – SC Unterbach 3:2", "VfB Kirchberg – FV Lindental 1:4"]
    doc = Cleaner(PipelineConfig())(make_doc("\n".join([*page, *scores, *FOOTER]))).doc
    assert doc is not None
    assert (doc.title, list(doc.paragraphs)) == ("Kreisliga A: 18. Spieltag", scores)


RECIPE = (
    "This apple cake has been our family's favourite for decades, and it works even for"
    " beginners who have never baked a cake before."
)
METHOD = (
    "Cream the butter with the sugar, then stir in the eggs and the flour and pour the batter"
    " into a springform tin."
)


def test_an_ad_s_label_between_items_written_alike_does_not_part_their_list() -> None:
    ingredients = ["200 g flour", "150 g butter", "100 g sugar", "2 eggs", "4 apples"]
    lines = [RECIPE, *ingredients[:2], "ADVERTISEMENT", *ingredients[2:], METHOD]
    assert list(clean(lines)) == [RECIPE, *ingredients, METHOD]


def test_an_ad_s_label_between_the_body_and_recommendations_still_parts_them() -> None:
    """The lines under the ad are a widget of other stories, not the list above it."""
    rail = ["Recommended by the editors", "Mountain biking in the Alps", "Branch news"]
    lines = [RECIPE, "Our picks", "Advertisement", *rail]
    assert list(clean(lines)) == [RECIPE]


SPRING = (
    "Riverton's spring season opens next weekend, with a spring market, a brass band concert"
    " and a guided walk to Cedar Hill in its calendar."
)
SPRING_DAYS = [
    "Saturday 14 March",
    "Spring market",
    "Town Hall, 9am to 1pm",
    "Sunday 15 March",
    "Harbour brass band concert",
    "Bandstand, 3pm",
]
TONIGHT = (
    "Riverside, a new detective drama, and the final of The Great Bake lead tonight's schedule,"
    " with Newsnight after ten."
)
LISTINGS = ["8pm – Riverside (BBC One)", "9pm – The Great Bake (Channel 4)", "10pm – Newsnight"]


@pytest.mark.parametrize(
    ("body", "listed"),
    [(SPRING, SPRING_DAYS), (TONIGHT, LISTINGS)],
    ids=["days-with-untimed-lines", "times-first"],
)
def test_a_calendar_by_day_and_listings_by_time_end_the_article(
    body: str, listed: list[str]
) -> None:
    assert list(clean([body, *listed, "Share", "Most read"])) == [body, *listed]


def test_listings_the_story_does_not_name_stay_furniture() -> None:
    assert list(clean([SPRING, *LISTINGS])) == [SPRING]


GRINDERS = (
    "We ground more than 20 kilos of beans through eleven grinders over two months, and the"
    " Baratza Encore ESP, the Fellow Opus and the Timemore C3 came out on top."
)
PICKS = ["Baratza Encore ESP: $199", "Fellow Opus: $195", "Timemore C3: $79"]


def test_a_closing_list_with_a_button_after_each_item_keeps_the_items() -> None:
    """The page gives "Buy now" after each product: a button, not the list's; the list goes
    on past it."""
    lines = [GRINDERS, *(x for pick in PICKS for x in (pick, "Buy now")), "Related reviews"]
    assert list(clean([*lines, "The best espresso machines"])) == [GRINDERS, *PICKS]


def test_a_short_line_given_once_ends_a_closing_list() -> None:
    """A shop's name between two groups of opening hours is no button: the first group does
    not make a list of three, and the second is not counted on with it."""
    hours = ["Riverton Shop", "Mon-Fri: 9-20", "Sat: 9-18", "Harbour Shop", "Mon-Wed: 10-20"]
    hours += ["Thu: 10-21", "Fri and Sat: 10-20"]
    body = (
        "The Riverton Shop and the Harbour Shop sell the Baratza Encore ESP, the Fellow Opus"
        " and the Timemore C3 grinders this month."
    )
    kept = clean([body, *hours])
    assert "Mon-Fri: 9-20" not in kept and "Harbour Shop" not in kept


FESTIVAL = (
    "Le jury du 20e festival du film de Riedval a rendu son palmarès samedi soir, couronnant"
    " « La Nuit du 12 » et le film de Claire Dubois."
)
PALMARES = [
    "Le palmarès",
    "Grand prix : « La Nuit du 12 » de Dominik Moll",
    "Prix du public : « Les Glaneurs » d'Agnès Varda",
    "Prix du jury : « Riedval, hiver » de Claire Dubois",
]


def test_a_prize_list_with_titles_in_quotes_ends_the_article() -> None:
    assert list(clean([FESTIVAL, *PALMARES, "Partager", "À lire aussi"])) == [
        FESTIVAL,
        *PALMARES,
    ]

"""What one list item looks like, and the list an article ends with, asked line by line."""

from __future__ import annotations

import pytest

from cleaners.list_items import alike, closing_list, item_runs, names_a_thing, schedule


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("Harbor Bakery", True),
        ("Tom Hale, Hale & Sons Hardware", True),
        ("Saturday, March 7, 10 a.m., St Anne's Church", True),
        ("Siemens iQ300 (Note 1,8)", True),
        ("6.30 bis 21 Uhr", True),
        ("Banco de Alimentos de Riedval", True),  # (its joins do not count to its length)
        ("« Riedval, hiver » de Claire Dubois", True),  # a title in quotes, in sentence case
        ("“Why The Council Got It Wrong”", True),
        ("Mayor resigns over budget", False),  # a verb in lower case
        ("How The District Sets Its Rates", False),  # small words capitalised: a headline
        ("Riverton Bakery Wins Export Award For Bread", False),  # longer than a name
    ],
)
def test_names_a_thing(value: str, named: bool) -> None:
    assert names_a_thing(value) is named


def test_item_runs_take_three_items_of_one_kind_with_their_figures() -> None:
    lines = ["News", "Sport", "Riverton Rovers 2-1 Millbrook Town", "Cedar Falls 0-0 Harbor City"]
    lines += ["Valley United 3-2 Northside", "About us"]
    assert item_runs(lines) == [2, 3, 4]
    assert item_runs(lines[:4] + lines[5:]) == []  # two scores are no list


def test_schedule_takes_its_items_and_one_button_after_each() -> None:
    lines = ["June 4 – Riverton, Old Town Hall", "Tickets", "June 6 – Cedar Falls, The Mill"]
    lines += ["Tickets", "June 9 – Millbrook, The Granary", "Tickets", "More music news"]
    assert schedule(lines) == ([0, 2, 4], 6)
    assert schedule(["June 4 – Riverton, Old Town Hall", "Tickets", "Sold out"]) is None


def test_closing_list_asks_for_the_body_only_when_the_lines_are_shaped_as_one() -> None:
    asked: list[bool] = []

    def body() -> set[str]:
        asked.append(True)
        return {"riverton", "bakery", "awards"}

    assert closing_list(["Latest", "Storm closes coast road", "Ferry returns"], body).lines == 0
    assert not asked
    winners = ["The winners", "Bakery of the Year: Harbor Bakery", "Start-up: Greenleaf Bikes"]
    winners += ["Community Award: Riverton Food Bank"]
    assert closing_list(winners, body).lines == 4
    assert asked


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("150 g butter", "100 g sugar", True),
        ("June 6 – Cedar Falls, The Mill", "June 9 – Millbrook, The Granary", True),
        ("Visitation: Friday, 5 p.m.", "Burial: Riverton Cemetery", True),
        ("Branchen News", "Empfehlungen aus der Redaktion", False),
        ("150 g butter", "Empfehlungen aus der Redaktion", False),
    ],
)
def test_alike(a: str, b: str, same: bool) -> None:
    assert alike(a, b) is same

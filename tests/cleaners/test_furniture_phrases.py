"""Comment-section notices and related-post and share headers of common blog software, in the
languages the rule library covers: removed with a rule, while sentences about the same
things stay."""

from __future__ import annotations

import pytest

from cleaners.config import BoilerplateConfig
from cleaners.rules import compile_rules

RULES = compile_rules(BoilerplateConfig())


def first_rule(line: str) -> str | None:
    return next((r.id for r in RULES if r.search(line, line.lower())), None)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Schreib einen Kommentar", "comment.form"),
        ("Kommentar verfassen", "comment.form"),
        ("Keine Kommentare Kommentare sind geschlossen.", "comment.form"),
        ("Comments are closed.", "comment.form"),
        ("Your comment is awaiting moderation.", "comment.form"),
        ("Dein Kommentar muss noch freigegeben werden.", "comment.form"),
        ("Votre commentaire est en attente de modération.", "comment.form"),
        ("Tu comentario está pendiente de moderación.", "comment.form"),
        ("Ваш коментар очікує на модерації.", "comment.form"),
        ("Vos réactions (11)", "comment.form"),
        ("Ähnliche Beiträge", "related.header"),
        ("Beliebte Beiträge zum Thema:", "related.header"),
        ("Articles similaires", "related.header"),
        ("Entradas relacionadas", "related.header"),
        ("Weiterlesen:", "related.header"),
        ("Weitere Artikel zum Thema", "related.header"),
        ("Das könnte Sie auch interessieren!", "related.header"),
        ("Teilen mit:", "share.buttons"),
        ("Show more sharing options", "share.buttons"),
    ],
)
def test_furniture_phrases_are_named(line: str, rule: str) -> None:
    assert first_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The comments are closed for now, the editor said, after a week of threats.",
        "Ähnliche Beiträge gab es schon im vergangenen Jahr, sagte die Ministerin.",
        "Teilen mit anderen Gemeinden will die Stadt die Kosten für den Winterdienst.",
    ],
)
def test_sentences_about_the_same_things_stay(line: str) -> None:
    assert first_rule(line) is None


def test_a_site_s_licence_note_is_furniture_and_a_sentence_about_licences_is_not() -> None:
    from cleaners.layout import judge_line

    note = "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert."
    assert judge_line(note, 1, True)[1] == "layout.copyright"
    prose = "The museum said it would publish its archive so that schools could use it freely."
    assert judge_line(prose, 1, True)[1] is None

"""Furniture in the six languages the product promises: en, uk, ru, de, fr, es."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import strip_boilerplate
from cleaners.config import BoilerplateConfig
from cleaners.rules import compile_rules

CFG = BoilerplateConfig()
RULES = compile_rules(CFG)

BODY = {
    "en": "The council approved the new budget on Tuesday after a debate that lasted all night.",
    "uk": "Міська рада ухвалила новий бюджет у вівторок після дебатів, які тривали всю ніч.",
    "ru": "Городской совет утвердил новый бюджет во вторник после дебатов, длившихся всю ночь.",
    "de": "Der Stadtrat hat am Dienstag nach einer langen Debatte den Haushalt beschlossen.",
    "fr": "Le conseil municipal a adopté le budget mardi après un débat qui a duré la nuit.",
    "es": "El ayuntamiento aprobó el presupuesto el martes tras un debate que duró la noche.",
}

FURNITURE = [
    # calls to action
    ("uk", "Підписуйтесь на наш Telegram-канал", "cta.social"),
    ("ru", "Подписывайтесь на наш канал в Telegram", "cta.social"),
    ("de", "Folgen Sie uns auf Instagram", "cta.social"),
    ("fr", "Suivez-nous sur Twitter", "cta.social"),
    ("es", "Síguenos en Facebook", "cta.social"),
    ("en", "Follow us on Twitter", "cta.social"),
    # captions with credits
    ("uk", "Мер міста під час засідання. Фото: Іван Петренко", "caption.credit"),
    ("de", "Der Bürgermeister bei der Sitzung. Foto: dpa", "caption.credit"),
    ("fr", "Le maire lors de la séance. Photo : AFP", "caption.credit"),
    ("es", "El alcalde durante la sesión. Foto: EFE", "caption.credit"),
    # related-story headers
    ("uk", "Читайте також", "related.header"),
    ("ru", "Читайте также:", "related.header"),
    ("de", "Lesen Sie auch", "related.header"),
    ("fr", "À lire aussi", "related.header"),
    ("es", "Te puede interesar", "related.header"),
    ("de", "Auch interessant:", "related.header"),
    # related-story teasers on one line
    ("de", "Auch interessant: Stadtrat streitet über den neuen Haushalt", "related.inline"),
    ("uk", "Дивіться також: Міська рада ухвалила новий бюджет", "related.inline"),
    ("ru", "Смотрите также: Городской совет утвердил новый бюджет", "related.inline"),
    ("fr", "Voir aussi : Le conseil municipal adopte le budget", "related.inline"),
    ("es", "Lea también: El ayuntamiento aprueba el presupuesto", "related.inline"),
    # agency credit lines and notification prompts
    ("fr", "Avec AFP", "syndication.footer"),
    ("es", "(Con EFE)", "syndication.footer"),
    ("en", "Never miss a story: turn on notifications for Kyiv Wire.", "cta.app"),
    # comment forms
    ("uk", "Залишити коментар", "comment.form"),
    ("ru", "Оставить комментарий", "comment.form"),
    ("de", "Kommentar schreiben", "comment.form"),
    ("fr", "Laisser un commentaire", "comment.form"),
    ("es", "Deja un comentario", "comment.form"),
]


@pytest.mark.parametrize(("lang", "line", "rule"), FURNITURE)
def test_furniture_in_six_languages(lang: str, line: str, rule: str) -> None:
    other = BODY["en"] if lang != "en" else BODY["de"]
    result = strip_boilerplate([BODY[lang], line, other], RULES, CFG, False)
    assert [(r.text, r.rule) for r in result.removals] == [(line, rule)]
    assert result.paragraphs == (BODY[lang], other)


@pytest.mark.parametrize("lang", sorted(BODY))
def test_body_in_every_language_is_kept(lang: str) -> None:
    other = BODY["en"] if lang != "en" else BODY["de"]
    result = strip_boilerplate([BODY[lang], other], RULES, CFG, False)
    assert result.paragraphs == (BODY[lang], other)


def test_chinese_and_japanese_paragraphs_are_never_emptied() -> None:
    zh = "市议会周二晚上经过长时间辩论后批准了2026年的新预算，市长表示工程将在春天开始。"
    ja = (
        "市議会は火曜日の夜、長い議論の末に2026年度の新しい予算を承認し、"
        "市長は春に工事を始めると述べた。"
    )
    for text in (zh, ja):
        result = strip_boilerplate([text, text[:20] + "。" + text[20:]], RULES, CFG, False)
        assert result.paragraphs, text
        assert not [r for r in result.removals if r.rule == "layout.timestamp"]

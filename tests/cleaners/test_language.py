"""Language identification, and the allow-list rejection in the pipeline."""

from __future__ import annotations

import pytest
from hypothesis import given

from cleaners.config import LanguageConfig, PipelineConfig
from cleaners.language import (
    DEFERRED,
    SAMPLE_WINDOWS,
    UNDETERMINED,
    detect_language,
    language_sample,
)
from cleaners.pipeline import Cleaner, clean_document, with_language
from tests.helpers import make_doc, news_text

CFG = LanguageConfig()

PARAGRAPHS = {
    "en": (
        "The city council approved the new budget on Tuesday night after a long debate, and "
        "the mayor said work on the old bridge would begin in the spring if the weather allows."
    ),
    "de": (
        "Der Stadtrat hat am Dienstagabend nach einer langen Debatte den neuen Haushalt "
        "beschlossen, und der Bürgermeister sagte, die Arbeiten an der alten Brücke würden im "
        "Frühjahr beginnen, wenn das Wetter es zulässt."
    ),
    "fr": (
        "Le conseil municipal a approuvé mardi soir le nouveau budget après un long débat, et "
        "le maire a déclaré que les travaux sur le vieux pont commenceraient au printemps si "
        "le temps le permet."
    ),
    "uk": (
        "Міська рада у вівторок увечері після тривалих дебатів ухвалила новий бюджет, а мер "
        "заявив, що роботи на старому мосту почнуться навесні, якщо дозволить погода."
    ),
    "ru": (
        "Городской совет во вторник вечером после долгих дебатов утвердил новый бюджет, а мэр "
        "заявил, что работы на старом мосту начнутся весной, если позволит погода."
    ),
    "es": (
        "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto tras un largo "
        "debate, y el alcalde dijo que las obras del viejo puente comenzarían en primavera si "
        "el tiempo lo permite."
    ),
}


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_paragraph_language_is_detected(lang: str) -> None:
    code, prob = detect_language(PARAGRAPHS[lang], CFG)
    assert code == lang
    assert CFG.min_probability <= prob <= 1.0


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_detection_is_deterministic(lang: str) -> None:
    results = {detect_language(PARAGRAPHS[lang], CFG) for _ in range(5)}
    assert len(results) == 1


def test_mixed_text_is_deterministic() -> None:
    mixed = PARAGRAPHS["uk"][:80] + " " + PARAGRAPHS["ru"][:80] + " " + PARAGRAPHS["en"][:60]
    assert len({detect_language(mixed, CFG) for _ in range(5)}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "Hi there.",
        "12 345 678 90",
        "2026-03-14 10:30",
        "!!! ??? …",
        "a" * 39,
        "https://example.com/12345",
        "€ $ £ ¥ 100",
    ],
)
def test_short_empty_or_letterless_text_is_undetermined(text: str) -> None:
    assert detect_language(text, CFG) == (UNDETERMINED, 0.0)


def test_min_letters_is_configurable() -> None:
    assert detect_language("Bonjour tout le monde", CFG)[0] == UNDETERMINED
    assert detect_language(PARAGRAPHS["de"], LanguageConfig(min_letters=10_000))[0] == UNDETERMINED


def test_low_probability_is_undetermined_with_its_score() -> None:
    code, prob = detect_language(PARAGRAPHS["en"], LanguageConfig(min_probability=1.01))
    assert code == UNDETERMINED
    assert 0.5 < prob <= 1.0


def test_the_sample_is_bounded_and_spans_the_whole_body() -> None:
    text = PARAGRAPHS["fr"] + " " + " ".join([PARAGRAPHS["de"]] * 20)
    cfg = LanguageConfig(sample_chars=len(PARAGRAPHS["fr"]))
    sample = language_sample(text, cfg.sample_chars)
    assert len(sample) <= cfg.sample_chars + SAMPLE_WINDOWS
    assert sample.startswith(PARAGRAPHS["fr"][:20]) and text.endswith(sample[-20:])
    # three of the four windows fall in the German part, so German wins
    assert detect_language(text, cfg)[0] == "de"
    short = PARAGRAPHS["fr"]
    assert language_sample(short, len(short)) == short


# --- through the pipeline ------------------------------------------------------------------


def article(lang: str) -> str:
    return "Headline Of The Day\n" + PARAGRAPHS[lang] + "\n" + PARAGRAPHS[lang] + "\n"


def test_pipeline_records_the_language() -> None:
    report = clean_document(make_doc(article("uk")), PipelineConfig())
    assert report.rejection is None and report.doc is not None
    assert report.doc.language == "uk"
    assert report.doc.language_score > 0.5


def test_allow_list_keeps_allowed_languages() -> None:
    cfg = PipelineConfig(language=LanguageConfig(allow=("en", "uk")))
    for lang in ("en", "uk"):
        report = clean_document(make_doc(article(lang)), cfg)
        assert report.doc is not None and report.doc.language == lang


@pytest.mark.parametrize("lang", ["de", "fr", "ru", "es"])
def test_allow_list_rejects_other_languages(lang: str) -> None:
    cfg = PipelineConfig(language=LanguageConfig(allow=("en", "uk")))
    report = clean_document(make_doc(article(lang), id=f"doc-{lang}", record=3), cfg)
    assert report.doc is None
    rejection = report.rejection
    assert rejection is not None
    assert rejection.rule == "language"
    assert rejection.reason == f"language {lang} not in allow-list en, uk"
    assert (rejection.id, rejection.record, rejection.source) == (f"doc-{lang}", 3, "testsite")
    assert report.decisions  # the line decisions are still reported


def test_allow_list_rejects_undetermined_language() -> None:
    cfg = PipelineConfig(language=LanguageConfig(allow=("en",)))
    report = clean_document(make_doc("Short Title\nToo short.", headline_first=False), cfg)
    assert report.doc is None and report.rejection is not None
    assert report.rejection.rule == "language"
    assert "undetermined" in report.rejection.reason


def test_no_allow_list_accepts_undetermined() -> None:
    report = clean_document(make_doc("Short Title\nToo short."), PipelineConfig())
    assert report.doc is not None
    assert (report.doc.language, report.doc.language_score) == (UNDETERMINED, 0.0)


def test_empty_rule_comes_before_language() -> None:
    cfg = PipelineConfig(language=LanguageConfig(allow=("en",)))
    report = clean_document(make_doc("Leave a Reply\nSource link\n"), cfg)
    assert report.rejection is not None
    assert report.rejection.rule == "empty"


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_deferred_language_is_what_cleaning_would_have_detected(lang: str) -> None:
    raw = make_doc(article(lang))
    later = Cleaner(PipelineConfig(), defer_language=True)(raw).doc
    assert later is not None
    assert (later.language, later.language_score) == (DEFERRED, 0.0)
    now = clean_document(raw, PipelineConfig()).doc
    assert with_language(later, PipelineConfig()) == now
    assert now is not None and with_language(now, PipelineConfig()) is now  # nothing to do


def test_an_allow_list_is_not_deferred_it_decides_rejection() -> None:
    cfg = PipelineConfig(language=LanguageConfig(allow=("en",)))
    cleaner = Cleaner(cfg, defer_language=True)
    kept = cleaner(make_doc(article("en"))).doc
    assert kept is not None and kept.language == "en"
    rejected = cleaner(make_doc(article("de")))
    assert rejected.doc is None and rejected.rejection is not None
    assert rejected.rejection.rule == "language"


# --- the profile scorer against langdetect itself -------------------------------------------

EXTRACTION_TEXTS = [
    PARAGRAPHS["en"],
    PARAGRAPHS["uk"] + " NATO and the EU, www.example.com, press@example.org",
    "The NATO summit: McDonald's CEO said ABc and OK. " * 2,
    "Tiếng Việt có dấu: người ta nói rằng " + PARAGRAPHS["fr"],
    "東京都は月曜日に新しい計画を発表した。ひらがな カタカナ 한국어 문장입니다",
    "  double  spaces\tand\nnew lines — “quotes” … 2026 ",
]


@pytest.mark.parametrize("text", EXTRACTION_TEXTS)
def test_profile_scorer_extracts_langdetects_ngrams(text: str) -> None:
    from langdetect import detector_factory

    from cleaners.language import _key_of, gram_keys

    detector_factory.init_factory()
    detector = detector_factory._factory.create()  # type: ignore[union-attr]
    detector.append(text)
    detector.cleaning_text()
    theirs = sorted(_key_of(g) for g in detector._extract_ngrams())
    known = {_key_of(g) for g in detector_factory._factory.word_lang_prob_map}  # type: ignore[union-attr]
    ours = sorted(int(k) for k in gram_keys(text) if int(k) in known)
    assert ours and ours == theirs


@pytest.mark.parametrize("lang", sorted(PARAGRAPHS))
def test_both_methods_agree_on_clear_text(lang: str) -> None:
    profile = detect_language(PARAGRAPHS[lang], LanguageConfig(method="profile"))
    library = detect_language(PARAGRAPHS[lang], LanguageConfig(method="langdetect"))
    assert profile[0] == library[0] == lang
    assert profile[1] > 0.99


def test_unknown_method_is_a_config_error() -> None:
    from cleaners.config import ConfigError, parse_config

    with pytest.raises(ConfigError, match=r"language\.method"):
        parse_config({"language": {"method": "guess"}})
    assert parse_config({"language": {"method": "langdetect"}}).language.method == "langdetect"


def test_lone_surrogates_and_astral_characters_do_not_break_detection() -> None:
    # a JSON record can carry "\ud800"; emoji lie outside the Basic Multilingual Plane
    text = PARAGRAPHS["en"] + " \ud800 😀 " + PARAGRAPHS["en"]
    assert detect_language(text, CFG)[0] == "en"


def test_script_counts_are_langdetects_for_every_code_point() -> None:
    """The numpy counts ``_prepare`` uses to drop Latin letters from a non-Latin text are the
    counts of langdetect's own character loop, chunk by chunk over all of Unicode."""
    from langdetect.utils.unicode_block import UNICODE_LATIN_EXTENDED_ADDITIONAL, unicode_block

    from cleaners.language import _script_counts

    for start in range(0, 0x110000, 256):
        chunk = "".join(chr(c) for c in range(start, start + 256) if not 0xD800 <= c <= 0xDFFF)
        latin = sum(1 for ch in chunk if "A" <= ch <= "z")
        nonlatin = sum(
            1
            for ch in chunk
            if ch >= "\u0300" and unicode_block(ch) != UNICODE_LATIN_EXTENDED_ADDITIONAL
        )
        assert _script_counts(chunk) == (latin, nonlatin), hex(start)


def _gram_keys_by_translation(text: str) -> list[int]:
    """gram_keys as written with str.translate: each character normalised by langdetect's
    table, its case read from the normalised text."""
    from cleaners import language

    norm = " " + language._prepare(text)
    codes = [ord(ch) for ch in norm]
    upper = [ch.isupper() for ch in norm]
    space = [c == 32 for c in codes]
    steps = [
        k
        for k in range(1, len(codes))
        if not (space[k] and space[k - 1]) and not (upper[k] and upper[k - 1])
    ]
    keys = [codes[k] for k in steps if not space[k]]
    keys += [codes[k] | codes[k - 1] << 21 for k in steps]
    keys += [
        codes[k] | codes[k - 1] << 21 | codes[k - 2] << 42
        for k in steps
        if k >= 2 and not space[k - 1]
    ]
    return keys


@given(news_text("ÀÇÉÑÖÜßẞǄǅǆİıΑΒΓαβγЁЖжÆæŒœ日本語ひらがなカタカナ한국어\u0301\u0323😀𝐀𝐁𝔸ﬃ "))
def test_gram_keys_normalise_code_points_as_the_translation_does(text: str) -> None:
    from cleaners.language import gram_keys

    assert gram_keys(text).tolist() == _gram_keys_by_translation(text)

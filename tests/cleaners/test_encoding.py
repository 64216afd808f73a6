"""Bytes to text (decode_bytes) and line repair (repair_line, repair_text)."""

from __future__ import annotations

import gzip
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.config import EncodingConfig
from cleaners.document import EncodingFix
from cleaners.encoding import (
    TYPOGRAPHIC,
    DecodeError,
    _repair,
    decode_bytes,
    repair_line,
    repair_text,
)

CFG = EncodingConfig()

UKRAINIAN = (
    "Міська рада Житомира ухвалила бюджет на наступний рік після тривалого обговорення. "
    "Депутати погодили збільшення видатків на ремонт шкіл і лікарень у старих районах міста. "
    "Мер заявив, що перші роботи почнуться навесні, коли дозволить погода."
)
RUSSIAN = (
    "Городской совет утвердил бюджет на следующий год после долгого обсуждения. "
    "Депутаты согласовали увеличение расходов на ремонт школ и больниц. "
    "Мэр заявил, что работы начнутся весной, как только позволит погода."
)
# Western European text with curly quotes, an em dash and accented letters: cp1252 territory.
FRENCH_CP1252 = (
    "Le ministre a déclaré : « Nous n’arrêterons pas maintenant. » Les critiques ont parlé "
    "d’un pari très coûteux pour l’été."
)
ENGLISH_CP1252 = (
    "The naïve señorita ordered crème brûlée, café au lait and a piña colada at the hôtel. "
    "“Très bien,” she said — and left a €5 tip."
)


# --- decode_bytes -------------------------------------------------------------------------


def test_utf8_is_decoded_as_utf8() -> None:
    text = "Kyiv’s “new” bridge — café, Zürich, Київ."
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_ascii_is_utf8() -> None:
    assert decode_bytes(b"Plain old ASCII.") == ("Plain old ASCII.", "utf-8")


def test_empty_bytes_are_empty_utf8_text() -> None:
    assert decode_bytes(b"") == ("", "utf-8")


def test_utf8_bom_is_stripped_and_reported() -> None:
    text = "Résumé of the council meeting."
    decoded, encoding = decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert decoded == text
    assert not decoded.startswith("\ufeff")
    assert encoding == "utf-8-sig"


def test_bom_followed_by_invalid_utf8_raises_unicode_error() -> None:
    # after a UTF-8 BOM the rest must be UTF-8: no fallback to detection
    with pytest.raises(UnicodeDecodeError):
        decode_bytes(b"\xef\xbb\xbfabc\xff")


@pytest.mark.parametrize("text", [UKRAINIAN, RUSSIAN], ids=["uk", "ru"])
def test_cp1251_cyrillic_is_detected(text: str) -> None:
    data = text.encode("cp1251")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test is only meaningful if UTF-8 fails
    assert decode_bytes(data) == (text, "cp1251")


def test_cp1252_text_with_accents_and_curly_quotes() -> None:
    for text in (FRENCH_CP1252, ENGLISH_CP1252):
        assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_cp1252_curly_quotes_only_decode_to_the_same_text() -> None:
    # Only quotes and a dash outside ASCII: cp1250 and cp1252 agree on these bytes, and
    # charset-normalizer offers cp1250 alone here. The text is what matters.
    text = "The minister said: “We won’t stop now.” Critics called it a ‘bold’ move — a costly one."
    decoded, encoding = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert encoding in {"cp1252", "cp1250"}
    assert text.encode(encoding) == text.encode("cp1252")


@pytest.mark.parametrize(
    "data",
    [
        gzip.compress(b"hello world " * 50, mtime=0),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
        random.Random(0).randbytes(512),
        bytes(range(256)),
    ],
    ids=["gzip", "png-header", "random", "all-bytes"],
)
def test_binary_bytes_raise_decode_error(data: bytes) -> None:
    with pytest.raises(DecodeError, match="not text"):
        decode_bytes(data)


def test_decode_error_is_a_value_error() -> None:
    assert issubclass(DecodeError, ValueError)


# --- repair_line ----------------------------------------------------------------------------


def test_mojibake_apostrophe_is_repaired_and_recorded() -> None:
    fixed, steps = repair_line("Russiaâ€™s war", CFG)
    assert fixed == "Russia’s war"
    assert steps == ("sloppy-windows-1252→utf-8",)


def test_mojibake_is_left_alone_when_ftfy_is_off() -> None:
    assert repair_line("Russiaâ€™s war", EncodingConfig(ftfy=False)) == ("Russiaâ€™s war", ())


@pytest.mark.parametrize(
    "line",
    [
        "“Quoted” and ‘single’ quotes stay curly.",
        "«Так», — сказав він.",
        "„Es gibt keine Alternative“, sagte er.",
        "The ﬁnal draft — with an en dash – stays.",
        "Ｆｕｌｌ-width text stays as it is.",
    ],
)
def test_typography_is_kept(line: str) -> None:
    assert repair_line(line, CFG) == (line, ())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&quot;hi&quot; she said", '"hi" she said'),
        ("He said &amp;quot;no&amp;quot; twice", 'He said "no" twice'),
        ("x < y &amp; z", "x < y & z"),
        ("caf&eacute; &#8212; &#x2019;", "café — ’"),
    ],
)
def test_html_entities_are_unescaped(line: str, expected: str) -> None:
    fixed, steps = repair_line(line, CFG)
    assert fixed == expected
    assert "unescape_html" in steps


def test_ampersand_without_entity_is_kept() -> None:
    assert repair_line("AT&T and Procter & Gamble", CFG) == ("AT&T and Procter & Gamble", ())


@pytest.mark.parametrize(
    ("line", "expected", "step"),
    [
        ("a\u00a0b", "a b", "normalize_spaces"),
        ("a\u202fb\u2007c", "a b c", "normalize_spaces"),
        ("tab\there", "tab here", "normalize_spaces"),
        ("a\u200bb", "ab", "remove_invisible"),
        ("zero\u200dwidth\u2060joiner", "zerowidthjoiner", "remove_invisible"),
        ("\u00adsoft hy\u00adphen", "soft hyphen", "remove_invisible"),
        ("\ufeffBOM at start", "BOM at start", "remove_control_chars"),  # ftfy's own step
        ("bell\x07 and \x1fus", "bell and us", "remove_control_chars"),
        ("nul\x00byte", "nulbyte", "remove_control_chars"),
    ],
)
def test_invisible_spaces_and_control_chars(line: str, expected: str, step: str) -> None:
    fixed, steps = repair_line(line, CFG)
    assert fixed == expected
    assert step in steps


def test_nfc_composes_combining_accent() -> None:
    fixed, steps = repair_line("cafe\u0301 au lait", CFG)
    assert fixed == "café au lait"
    assert fixed == "caf\u00e9 au lait"
    assert steps == ("NFC",)


def test_other_normalization_form_is_used_and_named() -> None:
    fixed, steps = repair_line("caf\u00e9", EncodingConfig(normalization="NFD"))
    assert fixed == "cafe\u0301"
    assert steps == ("NFD",)


@pytest.mark.parametrize(
    "line",
    [
        "Plain ASCII line.",
        "The council voted 6-3 on Tuesday (after midnight) - see page 4!",
        "Price: $35 a month; 50% off? #news @desk ~tilde",
    ],
)
def test_plain_ascii_is_untouched(line: str) -> None:
    assert repair_line(line, CFG) == (line, ())


def test_surrounding_whitespace_is_stripped_without_a_step() -> None:
    assert repair_line("   padded line   ", CFG) == ("padded line", ())


def test_several_fixes_on_one_line_are_all_named_once() -> None:
    fixed, steps = repair_line("Russiaâ€™s &amp; Kyiv\u00a0\u200b", CFG)
    assert fixed == "Russia’s & Kyiv"
    assert len(steps) == len(set(steps))
    assert steps[1] == "unescape_html"  # the encoding first, then the entities
    # ftfy names the mojibake fix after its plan (here "decode_inconsistent_utf8")
    assert len(steps) == 4
    assert steps[-2:] == ("remove_invisible", "normalize_spaces")


# --- repair_text ----------------------------------------------------------------------------


def test_repair_text_numbers_lines_from_one() -> None:
    lines, fixes = repair_text("Clean first line\nLine â€™two\n\nLine &amp; four\n", CFG)
    assert lines == ["Clean first line", "Line ’two", "", "Line & four"]
    assert fixes == (
        EncodingFix(line=2, steps=("sloppy-windows-1252→utf-8",)),
        EncodingFix(line=4, steps=("unescape_html",)),
    )


def test_repair_text_splits_crlf_and_other_line_breaks() -> None:
    text = "One\r\nTwo\r\n\r\nFour &amp; more\rFive\u2028Six"
    lines, fixes = repair_text(text, CFG)
    assert lines == ["One", "Two", "", "Four & more", "Five", "Six"]
    assert not any("\r" in ln for ln in lines)
    assert [f.line for f in fixes] == [4]


def test_repair_text_of_clean_text_records_nothing() -> None:
    text = "A Headline\n\nFirst paragraph.\nSecond paragraph.\n"
    lines, fixes = repair_text(text, CFG)
    assert lines == ["A Headline", "", "First paragraph.", "Second paragraph."]
    assert fixes == ()


def test_repair_text_empty() -> None:
    assert repair_text("", CFG) == ([], ())


def test_encoding_fix_to_dict() -> None:
    _, fixes = repair_text("x\na\u00a0b", CFG)
    assert [f.to_dict() for f in fixes] == [{"line": 2, "steps": ["normalize_spaces"]}]


# The repair's fast path skips ftfy on lines of printable ASCII and typographic punctuation;
# ftfy itself must agree that such lines need nothing, however the characters are combined.
_FAST_ALPHABET = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "&") + TYPOGRAPHIC


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_FAST_ALPHABET, max_size=60))
def test_fast_path_lines_are_lines_ftfy_leaves_alone(line: str) -> None:
    slow = _repair(line, EncodingConfig())
    assert repair_line(line, EncodingConfig()) == slow == (line.strip(), ())


@pytest.mark.parametrize(
    "line",
    [
        "â€œWe are readyâ€\x9d, he said",  # UTF-8 read as cp1252: not fast, repaired
        "Ã©tÃ© Ã  Paris — “quoted”",
    ],
)
def test_mojibake_beside_typographic_quotes_still_goes_to_ftfy(line: str) -> None:
    fixed, steps = repair_line(line, EncodingConfig())
    assert fixed != line.strip() and steps


def _required_characters(branch: list) -> list[set[int] | None]:  # type: ignore[type-arg]
    """For each item of one alternative of a parsed regex: the code points it can match when
    it must match exactly one of them (a literal or a plain class), else None."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[set[int] | None] = []
    for op, arg in branch:
        if op is c.LITERAL:
            out.append({arg})
        elif op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in arg):
            chars: set[int] = set()
            for o, a in arg:
                chars.update({a} if o is c.LITERAL else range(a[0], a[1] + 1))
            out.append(chars)
        else:
            out.append(None)
    return out


def test_every_match_of_ftfys_mojibake_test_holds_one_of_the_signs() -> None:
    # the premise of the repair's second fast path, checked on the pattern ftfy ships
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    from cleaners.encoding import MOJIBAKE_SIGNS

    (signs,) = _required_characters(list(_parser.parse(f"[{MOJIBAKE_SIGNS}]")))
    assert signs is not None and ord("€") in signs and ord("é") not in signs
    (top,) = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert top[0] is c.BRANCH
    branches = top[1][1]
    assert len(branches) > 30
    for branch in branches:
        items = _required_characters(list(branch))
        assert any(s is not None and s <= signs for s in items), branch


# Lines of accented, Cyrillic and Greek text with the characters around the signs: the second
# fast path must give what the full repair gives, whichever path the line takes.
_WORLD_ALPHABET = (
    "abcXYZ .,;:'\"!?-()0123456789"
    "éèàçùâêîôûëïüöäßñõãáíóúÉÀÇÑÖÜÄÅ"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґІЇЄҐ"
    "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώ"
    "łśżźćńąęŁŚŻŹĆŃĄĘčšžřěůČŠŽŘĚŮőűŐŰ"
    f"{TYPOGRAPHIC}„‚‹›¡¿°µ€£¥©®™§¶·•×÷½¼²³ªº¤¦¨¬¯¸ƒˆ˜†‡‰ŒœŸЂђЃѓ"
    "\u00a0\u00ad\u200b\u2009\u202f\ufeff\x85\x92\x9d\u0301&"
)


@settings(max_examples=4000, deadline=None)
@given(st.text(alphabet=_WORLD_ALPHABET, max_size=40))
def test_world_text_fast_path_agrees_with_the_full_repair(line: str) -> None:
    for cfg in (EncodingConfig(), EncodingConfig(normalization="NFKC")):
        assert repair_line(line, cfg) == _repair(line, cfg)


@pytest.mark.parametrize(
    "line",
    [
        "Ð¡Ð°Ð¹Ñ‚ Ð½Ð¾Ð²Ð¾ÑÑ‚ÐµÐ¹",  # Russian UTF-8 read as cp1252
        "Р С—РЎР‚Р ВµР В·Р С‘Р Т‘Р ВµР Р…РЎвЂљ",  # Russian UTF-8 read as cp1251
        "dÃ©jÃ  vu au cafÃ©",
        "Zürich: Ã¼ber die StraÃŸe",
        "Cafe\u0301 crème",  # not NFC
        "L’été «\u00a0chaud\u00a0»",  # no-break spaces
    ],
)
def test_lines_that_need_a_repair_still_get_it(line: str) -> None:
    fixed, steps = repair_line(line, CFG)
    assert steps and fixed != line
    assert (fixed, steps) == _repair(line, CFG)


def test_nfkc_config_still_folds_the_ellipsis_on_ascii_lines() -> None:
    # the ASCII fast path must not skip a normalization that changes its characters
    assert repair_line("Wait…", EncodingConfig(normalization="NFKC")) == ("Wait...", ("NFKC",))


WIDE_TEXTS = [
    "Ferry service returns — “quoted” café text after the winter storms, 2026.",
    "Мер Києва заявив, що ремонт мосту завершать у травні 2026 року.",
    "Οι βουλευτές ψήφισαν τον νέο προϋπολογισμό για τα σχολεία της πόλης.",
]


@pytest.mark.parametrize("text", WIDE_TEXTS)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_are_recognised_with_or_without_a_byte_order_mark(
    text: str, codec: str
) -> None:
    marks = {
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff",
    }
    data = text.encode(codec)
    assert decode_bytes(marks[codec] + data) == (text, codec)
    if codec.startswith("utf-32") or "Ferry" in text or " " in text:
        got, used = decode_bytes(data)
        assert got == text and used.replace("_", "-") == codec


def test_bytes_mostly_nul_are_not_published_as_text() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"\x00" * 400 + b"abc")
    with pytest.raises(DecodeError):
        decode_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    # UTF-8 text of one non-Latin script is still UTF-8
    text = "Тільки кирилиця тут і більше нічого, 2026 рік."
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


def test_mojibake_among_entities_is_repaired_before_the_entities() -> None:
    """A line whose mojibake sits around an entity ("&#8217;") and has lost bytes: unescaped
    first, the real "’" among the broken bytes left stretches of mojibake behind."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    parts = ["사랑하는 사람의 추억을 간직", "하는 일이 어째서 두 사람만의 관계를 찍은 사진일까"]
    broken = [p.encode("utf-8").decode("sloppy-windows-1252") for p in parts]
    broken = [b.replace("\x90", "\ufffd").replace("\x9d", "\ufffd") for b in broken]
    fixed, steps = repair_line("&#8217;".join(broken), CFG)
    assert not any(c in fixed for c in "ìëê"), fixed  # no stretch of mojibake left
    assert "’" in fixed and "사랑하는" in fixed
    assert steps[-1] == "unescape_html"


# ftfy is skipped on a line without a character its mojibake test or its fixers act on, and
# on a line with a sign its mojibake test does not find: ftfy itself must give either back
# unchanged and without a step. The alphabet mixes the world's letters with mojibake's
# characters, C1 and other controls, a terminal escape, line separators and surrogates.
_FTFY_ALPHABET = (
    _WORLD_ALPHABET
    + "ÃÂâ€œ™žŸ¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÐÑÒÓ×ØÙÚÛÝÞ"
    + "ВГРСЃЉЊЌЋЏўЎЈҐЁЄЇІіґёєјѕїЅЌ"
    + "\x1b[0m\r\u2028\u2029\x00\x07\x7f\x80\x9f\u206a\ufff9\ud83d\ude00\ud800"
)


@settings(max_examples=6000, deadline=None)
@given(st.text(alphabet=_FTFY_ALPHABET, max_size=30))
def test_lines_that_skip_ftfy_are_lines_ftfy_leaves_alone(line: str) -> None:
    import ftfy

    from cleaners.encoding import _FTFY, _ftfy, _ftfy_changes

    fixed = ftfy.fix_and_explain(line, _FTFY)
    if not _ftfy_changes(line):
        assert fixed.text == line and not fixed.explanation
    steps: list[str] = []
    assert _ftfy(line, steps) == fixed.text


@pytest.mark.parametrize(
    "line",
    [
        "â€œWe are readyâ€\x9d, he said",
        "Ð¡Ð°Ð¹Ñ‚ Ð½Ð¾Ð²Ð¾ÑÑ‚ÐµÐ¹",
        "Zürich: Ã¼ber die StraÃŸe",
        "plain text with a C1 control\x92s apostrophe",
        "colour \x1b[36mescapes\x1b[0m in a line",
    ],
)
def test_lines_ftfy_repairs_do_not_skip_it(line: str) -> None:
    from cleaners.encoding import _ftfy_changes

    assert _ftfy_changes(line)
    assert repair_line(line, CFG)[0] != line.strip()


@pytest.mark.parametrize(
    "line",
    [
        "„Wir sind bereit“, sagte die Ministerin am Montag in Berlin.",
        "Über die Straße: © 2026 Der Verlag",
        "Le ministre a déclaré : « Nous n’arrêterons pas maintenant. »",
        "Tom & Jerry cost €5 each.",
    ],
)
def test_quotes_capitals_and_signs_in_good_text_skip_ftfy(line: str) -> None:
    from cleaners.encoding import _ftfy_changes

    assert not _ftfy_changes(line)
    assert repair_line(line, CFG) == (line, ())


_MOJIBAKE_BITS = st.sampled_from(
    ["â€™", "â€œ", "Ã©", "Ã ", "Â ", "вЂ", "ГўВЂВ™s", "РІР‚Сљ", "Ã¡", "Ø§Ù", "β€™", "ā€", "√®"]
)


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.one_of(st.text(alphabet=_WORLD_ALPHABET, max_size=30), _MOJIBAKE_BITS), max_size=8)
)
def test_searching_around_the_signs_finds_what_ftfy_finds(parts: list[str]) -> None:
    """The mojibake test searches only near the signs (every match holds one, and is short):
    the same answer as ftfy's own test on the whole line, at the line's start too."""
    from ftfy.badness import is_bad

    from cleaners.encoding import looks_bad

    line = "".join(parts)
    assert looks_bad(line) == is_bad(line)
    assert looks_bad(" " + line) == is_bad(" " + line)


def test_the_reach_of_ftfys_mojibake_pattern_is_bounded() -> None:
    from ftfy.badness import is_bad

    from cleaners import encoding

    assert encoding._REACH is not None and 3 <= encoding._REACH <= 10
    # a match only at the very start of the line ("^[ÃÂ][ ]"), and signs far into a line
    assert encoding.looks_bad("Ã la carte") and not is_bad("1 Ã la carte")
    assert not encoding.looks_bad("1 Ã la carte")
    assert encoding.looks_bad("a" * 300 + " cafÃ© " + "b" * 300)
    assert not encoding.looks_bad("a" * 300 + " « café » " + "b" * 300)

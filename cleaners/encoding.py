"""Bytes to text, and text repair: mojibake, entities, control and invisible characters."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined]

import charset_normalizer
import ftfy
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from ftfy.chardata import CONTROL_CHARS

from cleaners.config import EncodingConfig, LanguageConfig
from cleaners.document import EncodingFix
from cleaners.language import detect_language


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we can detect."""


# ftfy defaults rewrite the article: curly quotes become straight, full-width punctuation is
# folded (wrong for CJK, as datatrove notes), ligatures are expanded. We keep the text faithful
# and only repair what is broken. Entities are unescaped after the encoding is repaired (see
# ``_repair``), not by ftfy.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    normalization=None,
    explain=True,
)

# Invisible characters that survive scraping: zero-width space/joiners, word joiner, BOM, soft
# hyphen. Replaced by nothing. Non-breaking and other exotic spaces become a plain space.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000\t]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# Lines ftfy and the other repairs cannot change: printable ASCII without "&" (no entity),
# plus typographic quotes, dashes, the ellipsis and guillemets. No codec ftfy tries maps two
# of these characters to a UTF-8 lead byte followed by a continuation byte, so no decoding
# of them can be mojibake, and they are NFC already (a test checks ftfy on such lines).
TYPOGRAPHIC = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb"
_FAST_OK = re.compile(f"[ -%'-~{TYPOGRAPHIC}]*")


def _char_class(codes: set[int]) -> str:
    """A regex character class body for these code points, as ranges."""
    parts: list[str] = []
    ordered = sorted(codes)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        first, last = re.escape(chr(ordered[i])), re.escape(chr(ordered[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(parts)


# Accented, Cyrillic or Greek lines are where the time went: ftfy's mojibake test
# (``ftfy.badness.is_bad``, one large regex tried at every character) took about 30 us a line,
# 0.4 ms per document. Every match of that regex holds at least one of MOJIBAKE_SIGNS (the
# currency, numeric, box, C1 and "bad" characters, capital accented letters, punctuation
# such as « » “ ‚, and four more its rules name), which a test checks against ftfy's own
# pattern: so a line without any is not mojibake to ftfy. ftfy's other steps, and ours, only
# change lines with "&", a control, invisible or unusual space character, a surrogate, or
# text not in normal form; a line with none of those passes unchanged (the property tests
# compare it with the full repair).
MOJIBAKE_SIGNS = (
    "".join(
        MOJIBAKE_CATEGORIES[k]
        for k in (
            "c1",
            "bad",
            "law",
            "currency",
            "start_punctuation",
            "end_punctuation",
            "numeric",
            "upper_accented",
            "box",
        )
    )
    + "œÙЂ°"
)
_UNQUIET = re.compile(
    f"[&{MOJIBAKE_SIGNS}\x00-\x1f\x7f-\x9f\u00a0\u00ad\u2000-\u200f\u2028-\u202f"
    f"\u205f-\u206f\u3000\ufeff\ufff9-\ufffc\ud800-\udfff{_char_class(set(CONTROL_CHARS))}]"
)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, else as the encoding charset-normalizer detects; say which.

    It does not guess when detection fails: such bytes raise DecodeError instead of becoming
    replacement characters.

    >>> decode_bytes("Мер Києва заявив, що ремонт мосту завершать у травні.".encode("cp1251"))
    ('Мер Києва заявив, що ремонт мосту завершать у травні.', 'cp1251')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_wide(data[len(bom) :], codec, "with a byte order mark"), codec
    wide = _wide_codec(data)
    if wide is not None:
        return _decode_wide(data, wide, "without a byte order mark"), wide
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text and text.count("\x00") * 10 > len(text):
            raise DecodeError("not text: binary data (a tenth or more of it NUL bytes)")
        return text, "utf-8"
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        raise DecodeError("not text: no encoding could decode these bytes")
    # On short texts charset-normalizer ranks rare code pages (kz1048, mac_iceland) level with
    # the common ones that decode the same bytes equally cleanly; prefer what news sites use.
    floor = min(r.chaos for r in results) + 0.1
    plausible = [r for r in results if r.chaos <= floor]
    rank = _ranking(plausible)
    best = min(plausible, key=lambda r: (rank(r.encoding), r.chaos))
    # a match stands for every code page that decodes the bytes to the same text (curly quotes
    # and dashes are the same bytes in cp1250 and cp1252): name the most likely of them
    return str(best), min(best.could_be_from_charset, key=lambda e: (rank(e), e != best.encoding))


# Languages written in the Central European code page. Their text is ambiguous to the
# detector: cp1252 decodes the same bytes without errors ("ø" for "ř", "³" for "ł") and
# charset-normalizer scores both about as clean, so the Western page, preferred for being
# commoner, would win. The words tell the language whichever of the two decodes them (most
# of their letters are ASCII), and the language tells the code page.
_CENTRAL_EUROPEAN = frozenset({"cs", "sk", "pl", "hu", "hr", "sl", "ro"})
_CENTRAL_PAGES = ("cp1250", "iso8859_2")


def _ranking(plausible: list[charset_normalizer.CharsetMatch]) -> Callable[[str], int]:
    """How likely each code page is for these matches: ``_PREFERRED``'s order, but the
    Central European pages first when one of them decodes the bytes into another text than
    the preferred page does, and the text is in a Central European language."""
    order: tuple[str, ...] = _PREFERRED
    first = min(plausible, key=lambda r: (_index(_PREFERRED, r.encoding), r.chaos))
    central = set(_CENTRAL_PAGES)
    rivals = [r for r in plausible if r is not first and central & set(r.could_be_from_charset)]
    if rivals and not central & set(first.could_be_from_charset):
        lang, _ = detect_language(str(first)[:_LANGUAGE_SAMPLE], LanguageConfig())
        if lang in _CENTRAL_EUROPEAN:
            order = _CENTRAL_PAGES + tuple(e for e in _PREFERRED if e not in _CENTRAL_PAGES)
    return lambda encoding: _index(order, encoding)


_LANGUAGE_SAMPLE = 2000


def _index(order: tuple[str, ...], encoding: str) -> int:
    return order.index(encoding) if encoding in order else 99


# (UTF-32 first: its little-endian mark starts with UTF-16's)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _wide_codec(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte order mark, told by where its NUL bytes fall: text
    in Latin scripts has a NUL in every other byte (UTF-16), and any text of the Basic
    Multilingual Plane two in every four (UTF-32), always at the same places. UTF-8 text
    has none. None when the bytes do not look so."""
    sample = data[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8 or 0 not in sample:
        return None
    sample = sample[:n]
    if sample.count(0) * 4 < n:  # fewer than a quarter NULs: not Latin text, one script?
        return _one_script_utf16(sample)
    zeros = [sample[k::4].count(0) / (n // 4) for k in range(4)]
    if min(zeros) > 0.9:  # NULs everywhere: binary, not text
        return None
    if zeros[2] > 0.9 and zeros[3] > 0.9:  # (text of the BMP: two NUL bytes in four)
        return "utf-32-le"
    if zeros[0] > 0.9 and zeros[1] > 0.9:
        return "utf-32-be"
    if zeros[1] > 0.7 and zeros[3] > 0.7 and zeros[0] < 0.3 and zeros[2] < 0.3:
        return "utf-16-le"
    if zeros[0] > 0.7 and zeros[2] > 0.7 and zeros[1] < 0.3 and zeros[3] < 0.3:
        return "utf-16-be"
    return None


def _one_script_utf16(sample: bytes) -> str | None:
    """UTF-16 text of one non-Latin script (Cyrillic, Greek, Arabic...) with spaces or
    digits (their NULs): every other byte is the script's block or a NUL, a few values,
    while the bytes between vary."""
    for parity, codec in ((1, "utf-16-le"), (0, "utf-16-be")):
        high, low = sample[parity::2], sample[1 - parity :: 2]
        common = sorted((high.count(b) for b in set(high)), reverse=True)[:3]
        if sum(common) >= 0.95 * len(high) and len(set(low)) >= 12:
            return codec
    return None


def _decode_wide(data: bytes, codec: str, how: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"looks like {codec.upper()} {how}, but does not decode: {exc.reason}"
        ) from None


_PREFERRED = (
    "utf_16",
    "utf_32",
    "cp1252",
    "cp1251",
    "cp1250",
    "iso8859_15",
    "latin_1",
    "koi8_r",
    "koi8_u",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_2",
    "cp1256",
    "cp1255",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_kr",
)


def repair_line(line: str, cfg: EncodingConfig) -> tuple[str, tuple[str, ...]]:
    """Repair one line; return the new text and the names of the fixes that changed it.

    It does not touch typographic quotes, dashes or ligatures: only broken text is changed.

    >>> repair_line("Russiaâ€™s &amp; Kyiv", EncodingConfig())
    ('Russia’s & Kyiv', ('sloppy-windows-1252→utf-8', 'unescape_html'))
    """
    if (_FAST_OK.fullmatch(line) or not _UNQUIET.search(line)) and unicodedata.is_normalized(
        cfg.normalization,  # type: ignore[arg-type]
        line,
    ):
        return line.strip(), ()
    return _repair(line, cfg)


# Scraped pages repeat their lines: a site's furniture on every page, a wire story on many
# sites. The slow path (ftfy's badness heuristics) is a pure function of the line, so each
# worker keeps its recent answers (a bounded cache: at most a few megabytes).
@lru_cache(maxsize=1 << 14)
def _repair(line: str, cfg: EncodingConfig) -> tuple[str, tuple[str, ...]]:
    steps: list[str] = []
    text = line
    # The encoding first, then the entities: a line whose mojibake sits among entities
    # ("â€œ ... &#8217; ...") is repaired whole only while the entities are still entities
    # (unescaped first, the real "’" among the broken bytes left stretches of it broken). What
    # unescaping reveals (entities of mojibake, "&acirc;&#128;&#153;") is repaired after.
    if cfg.ftfy:
        text = _ftfy(text, steps)
    if _ENTITY.search(text):  # entities, double-escaped ones ("&amp;quot;") too
        unescaped = html.unescape(text)
        if _ENTITY.search(unescaped):  # (a second pass, as ftfy's own unescaping gave)
            unescaped = html.unescape(unescaped)
        if unescaped != text:
            steps.append("unescape_html")
            text = unescaped
            if cfg.ftfy:
                text = _ftfy(text, steps)
    for pattern, repl, name in (
        (_INVISIBLE, "", "remove_invisible"),
        (_SPACES, " ", "normalize_spaces"),
        (_CONTROL, "", "remove_control_chars"),
    ):
        new = pattern.sub(repl, text)
        if new != text:
            steps.append(name)
            text = new
    normalized = unicodedata.normalize(cfg.normalization, text)  # type: ignore[arg-type]
    if normalized != text:
        steps.append(cfg.normalization)
        text = normalized
    stripped = text.strip()
    return stripped, tuple(dict.fromkeys(steps))


# ftfy (as configured in ``_FTFY``: no entities, quotes, ligatures, widths or normal form)
# changes a line in two ways only: mojibake its test finds (every match of which holds one of
# MOJIBAKE_SIGNS), and its fixers of C1 and other control characters, terminal escapes, line
# breaks and surrogates, which act on these characters alone. Most lines that come this far
# (German quotes, a capital umlaut, a "©") are neither: ftfy's mojibake test alone costs a
# third of the whole call, which the lines without those characters do not pay either. A test
# compares this with ftfy on every path.
_SIGN = re.compile(f"[{MOJIBAKE_SIGNS}]")
_FIXABLE = re.compile(
    f"[\x1b\r\u2028\u2029\x80-\x9f\ud800-\udfff{_char_class(set(CONTROL_CHARS))}]"
)


def _ftfy_changes(text: str) -> bool:
    """False when ftfy would give ``text`` back unchanged, without a step; True when it may
    not."""
    return bool(_FIXABLE.search(text)) or looks_bad(text)


def _reach() -> int | None:
    """How far a match of ftfy's mojibake pattern reaches from any character in it (its
    longest match, less one), or None when that is not bounded or the pattern looks around
    it (then the whole line is searched)."""
    high = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    if high >= 64 or re.search(r"\(\?<?[=!]|\\[bBAZ]|\$", BADNESS_RE.pattern):
        return None
    return int(high) - 1


_REACH = _reach()


def looks_bad(text: str) -> bool:
    """ftfy's ``is_bad(text)``, searching only around the MOJIBAKE_SIGNS: every match of its
    pattern holds one and is at most ``_REACH + 1`` characters long, so a match lies within
    ``_REACH`` characters of a sign (the pattern has no look-around, and its ``^`` matches
    only at the line's real start). ftfy's test tries its large pattern at every character,
    30-45 us a line; a line's few signs need a few short searches.
    """
    if _REACH is None:  # pragma: no cover - a pattern of another ftfy version
        return _SIGN.search(text) is not None and is_bad(text)
    search, reach = BADNESS_RE.search, _REACH
    lo = hi = -1
    for m in _SIGN.finditer(text):
        at = m.start()
        if at - reach > hi:  # a new stretch: search the one before
            if hi >= 0 and search(text, lo, hi):
                return True
            lo = max(0, at - reach)
        hi = at + reach + 1
    return hi >= 0 and search(text, lo, hi) is not None


def _ftfy(text: str, steps: list[str]) -> str:
    if not _ftfy_changes(text):
        return text
    fixed = ftfy.fix_and_explain(text, _FTFY)
    if fixed.text != text and fixed.explanation:
        steps.extend(_describe(fixed.explanation))
    return fixed.text


def _describe(explanation: Sequence[tuple[str, str]]) -> list[str]:
    """Turn ftfy's plan into short names: ('encode','x'),('decode','y') -> 'x→y'."""
    out: list[str] = []
    pending: str | None = None
    for action, arg in explanation:
        if action == "encode":
            pending = arg
        elif action == "decode":
            out.append(f"{pending}→{arg}" if pending else f"decode:{arg}")
            pending = None
        elif action in {"apply", "transcode", "normalize"}:
            out.append(arg)
    return out


def repair_text(text: str, cfg: EncodingConfig) -> tuple[list[str], tuple[EncodingFix, ...]]:
    """Split text into lines and repair each; return the lines and what was fixed where.

    Line breaks of every kind (CRLF, CR, U+2028) become line boundaries, so line numbers match
    what an editor shows.
    """
    lines = text.splitlines()
    out: list[str] = []
    fixes: list[EncodingFix] = []
    for number, raw in enumerate(lines, start=1):
        fixed, steps = repair_line(raw, cfg)
        out.append(fixed)
        if steps:
            fixes.append(EncodingFix(line=number, steps=steps))
    return out, tuple(fixes)

"""Language identification behind one function, so the backend can be swapped.

Two backends share langdetect's language profiles (55 languages, character 1- to 3-grams):

- ``profile`` (the default) scores every n-gram of the sample at once: the same naive-Bayes
  model langdetect uses, with the same text normalisation and n-gram extraction, but summing
  the log-probabilities of all n-grams in numpy instead of multiplying randomly drawn ones in
  Python (seven trials of up to a thousand draws). It is deterministic without a seed and
  several times faster; ``bench/language.py`` measures its agreement with langdetect on whole
  bodies.
- ``langdetect`` calls the library itself. It is non-deterministic unless
  ``DetectorFactory.seed`` is set before the first call; that global is set here, once, at
  import, in every process that imports this module.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.metadata import version
from itertools import islice
from typing import Any

import numpy as np
from langdetect import DetectorFactory, detect_langs
from langdetect.detector import Detector
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

from cleaners.arrays import unique_counts
from cleaners.config import LanguageConfig

DetectorFactory.seed = 0

UNDETERMINED = "und"
# Not detected yet: a run detects language on canonical articles only (a duplicate is the same
# story in the same language, and its language is never published), when it renders them.
DEFERRED = ""
SAMPLE_WINDOWS = 4
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = 32
_BITS = 21  # every code point fits in 21 bits, so three of them fit in one uint64 key
_SHIFT1, _SHIFT2 = np.uint64(_BITS), np.uint64(2 * _BITS)


def detect_language(text: str, cfg: LanguageConfig) -> tuple[str, float]:
    """Return (ISO 639-1 code, probability), or ("und", 0.0) when the text cannot tell.

    It does not guess on short text: fewer than ``cfg.min_letters`` letters, no features, or a
    best probability under ``cfg.min_probability`` all give ``und``.

    >>> detect_language("The council approved the budget after a long debate on Tuesday "
    ...                 "night, and the mayor said work would start in spring.",
    ...                 LanguageConfig())[0]
    'en'
    >>> detect_language("12 345", LanguageConfig())
    ('und', 0.0)
    """
    sample = language_sample(text, cfg.sample_chars)
    if sum(1 for _ in islice(_LETTER.finditer(sample), cfg.min_letters)) < cfg.min_letters:
        return UNDETERMINED, 0.0
    if cfg.method == "langdetect":
        try:
            found = detect_langs(sample)[0]
        except LangDetectException:
            return UNDETERMINED, 0.0
        lang, prob = str(found.lang), float(found.prob)
    else:
        best = profile_scores(sample)
        if best is None:
            return UNDETERMINED, 0.0
        lang, prob = best
    if prob < cfg.min_probability:
        return UNDETERMINED, prob
    return lang, prob


def language_sample(text: str, budget: int, windows: int = SAMPLE_WINDOWS) -> str:
    r"""The text itself when it fits the budget, else evenly spaced windows joined by newlines.

    Measured against detection on the whole body, on 352 cleaned dev articles in seven
    languages: 4 windows of 400 characters agree on 99.4 % (the first 1,000 characters: 98.0 %;
    the first 3,000: 99.7 %) at 3.6 ms per article (against 5.0 ms for 3,000 characters).

    >>> language_sample("abcdefghij", 100)
    'abcdefghij'
    >>> language_sample("a" * 10 + "b" * 10 + "c" * 10 + "d" * 10, 8)
    'aa\nbb\ncc\ndd'
    """
    if len(text) <= budget:
        return text
    width = max(1, budget // windows)
    starts = [i * (len(text) - width) // (windows - 1) for i in range(windows)]
    return "\n".join(text[s : s + width] for s in starts)


# --- the vectorised profile scorer ---------------------------------------------------------


class _Normal(dict[int, str]):
    """``str.translate`` table of langdetect's per-character normalisation, filled lazily."""

    def __missing__(self, code: int) -> str:
        out: str = NGram.normalize(chr(code))
        self[code] = out
        return out


class _Upper(dict[int, str]):
    """``str.translate`` table: "\\x01" for an upper-case character, "\\x00" otherwise."""

    def __missing__(self, code: int) -> str:
        out = "\x01" if chr(code).isupper() else "\x00"
        self[code] = out
        return out


# langdetect counts a character as non-Latin when it is at or above U+0300 and outside the
# Latin Extended Additional block (its ``unicode_block``; a test checks the range against it)
_NON_LATIN_FROM = 0x300
_LATIN_EXTENDED_ADDITIONAL = (0x1E00, 0x1EFF)


def _script_counts(text: str) -> tuple[int, int]:
    """(characters from 'A' to 'z', non-Latin characters) as langdetect counts them, in numpy
    (a per-character translate table cost a third of the detector's text preparation)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    latin = np.count_nonzero((codes >= ord("A")) & (codes <= ord("z")))
    low, high = _LATIN_EXTENDED_ADDITIONAL
    extended = np.count_nonzero((codes >= low) & (codes <= high))
    return int(latin), int(np.count_nonzero(codes >= _NON_LATIN_FROM)) - int(extended)


_NORMAL, _UPPER = _Normal(), _Upper()
_COMBINING = re.compile("[" + NGram.DMARK_CLASS + "]")  # what normalize_vi looks for
_ASCII_LATIN = re.compile(r"[A-z]")  # langdetect's own test: 'A' <= ch <= 'z'


def _key_of(gram: str) -> int:
    key = 0
    for back, ch in enumerate(reversed(gram)):
        key |= ord(ch) << (_BITS * back)
    return key


Model = tuple[np.ndarray, np.ndarray, tuple[str, ...]]
_installed: list[Model] = []


def _model() -> Model:
    """Sorted n-gram keys, their log-probability rows (float32, one column per language) and
    the language codes: the arrays ``install_model`` was given, else built once per process
    from langdetect's own profiles (about 1.5 s)."""
    return _installed[0] if _installed else _built_model()


def model_version() -> str:
    """What the built arrays depend on: langdetect's version and this build's (bump
    ``_BUILD`` whenever ``_built_model`` changes what it computes)."""
    return f"langdetect-{version('langdetect')}-build{_BUILD}"


def built_model() -> Model:
    """The arrays built from langdetect's profiles (for a caller that caches them)."""
    return _built_model()


def install_model(model: Model) -> None:
    """Use these arrays, as ``built_model`` gave them (the flows keep them in the state
    directory, so a worker loads 20 MB instead of building them), instead of building.

    Raises ValueError when they do not have the model's shape."""
    keys, logp, langs = model
    if (
        keys.dtype != np.uint64
        or logp.dtype != np.float32
        or keys.ndim != 1
        or logp.shape != (len(keys), len(langs))
        or not all(isinstance(lang, str) for lang in langs)
        or bool(np.any(keys[1:] < keys[:-1]))
    ):
        raise ValueError("not a language model")
    _installed[:] = [(keys, logp, tuple(langs))]


def model_ready() -> bool:
    """True when this process has the arrays (installed, or built already)."""
    return bool(_installed) or _built_model.cache_info().currsize > 0


_BUILD = 1


@lru_cache(maxsize=1)
def _built_model() -> Model:
    from langdetect import detector_factory

    loaded = detector_factory._factory is not None
    detector_factory.init_factory()
    factory: Any = detector_factory._factory
    order = sorted(range(len(factory.langlist)), key=lambda i: factory.langlist[i])
    langs = tuple(factory.langlist[i] for i in order)
    grams = list(factory.word_lang_prob_map)
    keys = np.fromiter((_key_of(g) for g in grams), dtype=np.uint64, count=len(grams))
    probs = np.array([factory.word_lang_prob_map[g] for g in grams], dtype=np.float64)[:, order]
    weight = Detector.ALPHA_DEFAULT / Detector.BASE_FREQ
    logp = np.log(probs + weight).astype(np.float32)
    sort = np.argsort(keys)
    if not loaded:  # langdetect's own copy of the profiles (24 MB of Python floats) can go;
        detector_factory._factory = None  # method = "langdetect" loads it again if used
    return keys[sort], logp[sort], langs


def _prepare(text: str) -> str:
    """langdetect's own text preparation (URLs, e-mails, Vietnamese marks, Latin letters in a
    non-Latin text), then its per-character normalisation."""
    return _prepared(text).translate(_NORMAL)


def _prepared(text: str) -> str:
    """``_prepare`` without the per-character normalisation (``_normalized`` does it on the
    code points)."""
    # (each step only where it can change something: its patterns need "http", "@", a
    # combining mark or a non-Latin letter)
    if "http" in text:
        text = Detector.URL_RE.sub(" ", text)
    if "@" in text:
        text = Detector.MAIL_RE.sub(" ", text)
    if not text.isascii():
        if _COMBINING.search(text):
            text = NGram.normalize_vi(text)
        latin, nonlatin = _script_counts(text)
        if nonlatin and latin * 2 < nonlatin:
            text = _ASCII_LATIN.sub("", text)
    return text


# langdetect's per-character normalisation and the upper case of its result, by code point, in
# tables filled as characters are first seen (str.translate through a dict took a third of
# the detector's time on non-ASCII text); characters beyond the Basic Multilingual Plane
# (emoji) are looked up one by one.
_TABLE = 0x10000
_NORMAL_CODES = np.zeros(_TABLE, dtype=np.uint32)
_UPPER_CODES = np.zeros(_TABLE, dtype=bool)
_KNOWN = np.zeros(_TABLE, dtype=bool)


def _normalized(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """langdetect's normalisation of each code point (``_NORMAL``), and whether the result is
    upper case (``_UPPER``)."""
    big = codes >= _TABLE
    at = np.where(big, 0, codes) if big.any() else codes
    new = ~_KNOWN[at]
    if new.any():
        for code in np.unique(at[new]).tolist():
            ch = _NORMAL[code]
            _NORMAL_CODES[code], _UPPER_CODES[code] = ord(ch), _UPPER[ord(ch)] == "\x01"
            _KNOWN[code] = True
    norm, upper = _NORMAL_CODES[at], _UPPER_CODES[at]
    for pos in np.flatnonzero(big).tolist():
        ch = _NORMAL[int(codes[pos])]
        norm[pos], upper[pos] = ord(ch), _UPPER[ord(ch)] == "\x01"
    return norm, upper


def gram_keys(text: str) -> np.ndarray:
    """The keys of every n-gram langdetect would extract from ``text``, with repeats.

    langdetect feeds characters into a three-character buffer that restarts after a space and
    emits the last 1, 2 and 3 characters at each step, except inside runs of capitals; that is
    every 1-, 2- and 3-gram of each space-padded word, which numpy can take at once.
    """
    raw = np.frombuffer((" " + _prepared(text)).encode("utf-32-le", "surrogatepass"), np.uint32)
    codes, upper = _normalized(raw)
    space = codes == _SPACE
    # step j reads codes[j + 1]; it emits unless it is a second space, or inside a run of
    # capitals (the neighbours compared as shifted slices, not gathered by index: 76 -> 60 us
    # a 1,600-character sample)
    quiet = space[1:] & space[:-1]
    quiet |= upper[1:] & upper[:-1]
    steps = np.flatnonzero(~quiet)
    wide = codes.astype(np.uint64)
    pairs = (wide[:-1] << _SHIFT1) | wide[1:]  # the 2-gram each step ends
    ones = steps[~space[1:][steps]]
    threes = steps[(steps >= 1) & ~space[steps]]  # a third character before, not a space
    return np.concatenate(
        [wide[1:][ones], pairs[steps], (wide[threes - 1] << _SHIFT2) | pairs[threes]]
    )


def profile_scores(text: str) -> tuple[str, float] | None:
    """The most likely language and its posterior probability under langdetect's profiles
    (uniform prior, every n-gram of the text counted), or None without a known n-gram."""
    keys, logp, langs = _model()
    # each distinct n-gram once, weighted by how often it occurs (a third as many lookups)
    grams, counts = unique_counts(gram_keys(text))
    where = np.minimum(np.searchsorted(keys, grams), len(keys) - 1)
    hit = keys[where] == grams
    if not hit.any():
        return None
    total = counts[hit].astype(np.float64) @ logp[where[hit]].astype(np.float64)
    post = np.exp(total - total.max())
    post /= post.sum()
    best = int(post.argmax())
    return langs[best], float(post[best])

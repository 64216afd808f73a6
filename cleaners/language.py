"""Language identification behind one function, so the backend can be swapped.

langdetect is non-deterministic unless ``DetectorFactory.seed`` is set before the first call;
that global is set here, once, at import, in every process that imports this module.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from cleaners.config import LanguageConfig

DetectorFactory.seed = 0

UNDETERMINED = "und"
SAMPLE_WINDOWS = 4
_LETTER = re.compile(r"[^\W\d_]")


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
    if len(_LETTER.findall(sample)) < cfg.min_letters:
        return UNDETERMINED, 0.0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return UNDETERMINED, 0.0
    if best.prob < cfg.min_probability:
        return UNDETERMINED, float(best.prob)
    return str(best.lang), float(best.prob)


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

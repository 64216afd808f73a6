"""A rule of the library: what one kind of furniture looks like, and what dropping it keeps."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaners.rules.dispatch import lowers_cleanly

# What a rule does besides dropping its line.
LINE = "line"  # drop the line
HEADER = "header"  # drop it and the teasers right under it (headline, optional one-line summary)
CAPTION = "caption"  # drop it and keep the caption and credit as an image in metadata
DATE = "date"  # drop it and keep the date as ``published``
BYLINE = "byline"  # drop it and keep the names as ``authors``
CONTRIBUTORS = "contributors"  # drop it and keep the names as ``contributors``
GALLERY = "gallery"  # a gallery/slideshow heading


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of furniture. ``hints``, when given, are lower-case strings of which every
    match contains at least one: a line without any is not searched. ``starts`` likewise are
    lower-case prefixes (up to 20 characters) of which every match starts with one, for rules
    anchored at the line's start. ``needs`` is a cheap pattern every match contains (four
    digits, say), searched after those. All three are speed-ups only; a test checks that they
    never change a result."""

    id: str
    reason: str
    pattern: re.Pattern[str]
    kind: str = LINE
    max_words: int = 20
    min_words: int = 0  # for rules about long lines, so the pattern need not count words
    hints: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    needs: re.Pattern[str] | None = None

    def match(self, line: str, words: int) -> re.Match[str] | None:
        if words > self.max_words or words < self.min_words:
            return None
        return self.search(line, line.lower())

    def search(self, line: str, lower: str) -> re.Match[str] | None:
        """The pattern's match in ``line`` (``lower`` is ``line.lower()``, computed once per
        line by callers trying many rules), after the ``starts`` and ``hints`` prefilters.
        Those read ``lower``, which stands for the line except on a line holding one of the
        few characters ``str.lower`` and the engine fold differently: there they are skipped
        (``cleaners.rules.dispatch``, which tries a rule set line by line, says more)."""
        if (
            (self.starts and not lower.startswith(self.starts))
            or (self.hints and not any(h in lower for h in self.hints))
        ) and lowers_cleanly(line):
            return None
        if self.needs is not None and not self.needs.search(line):
            return None
        return self.pattern.search(line)


_I = re.IGNORECASE


def _r(pattern: str, flags: int = _I) -> re.Pattern[str]:
    return re.compile(pattern, flags)

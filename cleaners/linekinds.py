"""The classes the layout classifier gives a line, and the evidence it saw (shared by
``cleaners.layout``, which judges lines, and ``cleaners.lists``, which takes a second look at
the short lines of a list)."""

from __future__ import annotations

from dataclasses import dataclass

GOOD = "good"
NEAR = "near"
SHORT = "short"
BAD = "bad"
FAR = "far"  # body-like text in a block far from the article: other stories, an author box


@dataclass(frozen=True, slots=True)
class LineEvidence:
    """What the classifier saw in one line, for ``explain``."""

    cls: str
    words: int
    sentence: bool
    stopwords: float
    reason: str | None = None  # why a line is ``bad`` on its own

    def describe(self) -> str:
        parts = [
            f"{self.cls}",
            f"{self.words} words",
            "sentence" if self.sentence else "no sentence end",
            f"function words {self.stopwords:.0%}",
        ]
        if self.reason:
            parts.append(self.reason)
        return ", ".join(parts)

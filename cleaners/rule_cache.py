"""What a rule set decided for recently seen lines: the boilerplate step's and the date
stamps' lookups go through it (``cleaners.rules.dispatch`` finds the answer for a new line)."""

from __future__ import annotations

import re
from typing import ClassVar

from cleaners.rules import Rule

Hit = tuple[Rule, re.Match[str]] | None


class RuleCache:
    """What a rule set decided for recently seen lines, and its dispatch.

    Which rule claims a line depends on the line alone, and scraped pages repeat lines (a
    site's furniture, a syndicated story's paragraphs on every site that runs it), so each
    process remembers the answers for the rule sets it uses (bounded: it starts afresh past
    ``LIMIT`` lines). The rule set is held, so its id cannot be reused while it is cached.
    A line not seen before goes to ``Dispatch``, which tries only the rules that may match it.
    """

    LIMIT = 1 << 15
    _sets: ClassVar[dict[int, RuleCache]] = {}

    def __init__(self, rules: tuple[Rule, ...], like: RuleCache | None = None) -> None:
        from cleaners.rules.dispatch import Dispatch  # (kept beside its only use here)

        self.rules = rules
        # an equal rule set (``like``) has the same answers and the same dispatch
        self.hits: dict[str, Hit] = like.hits if like is not None else {}
        self.dispatch: Dispatch = like.dispatch if like is not None else Dispatch(rules)

    @classmethod
    def of(cls, rules: tuple[Rule, ...]) -> RuleCache:
        cache = cls._sets.get(id(rules))
        if cache is None or cache.rules is not rules:
            # a worker compiles its rules again for every batch: an equal set (the same
            # built-in rule objects) shares the answers, not a cache of its own each
            like = next((c for c in cls._sets.values() if c.rules == rules), None)
            if len(cls._sets) >= 8:  # the oldest goes (clearing all lost the equal sets'
                del cls._sets[next(iter(cls._sets))]  # answers to a set of other rules)
            cache = cls._sets[id(rules)] = cls(rules, like)
        return cache

    def first(self, line: str) -> Hit:
        """The first rule that matches ``line``, with its match, or None."""
        if line in self.hits:
            return self.hits[line]
        hit = self.dispatch.first(line)
        if len(self.hits) >= self.LIMIT:
            self.hits.clear()
        self.hits[line] = hit
        return hit

"""The built-in boilerplate rule library: what page furniture looks like, one rule per kind.

Each rule has a stable dotted id, the human reason written into every removal record, a regex
tried against the whole stripped line, and a word limit that protects prose: a 60-word
paragraph that happens to start with "Follow" is never a call to action. Rules are tried in
order and the first match wins, so specific rules come before general ones.

Users add rules (and switch built-in ones off) in the config file; see ``compile_rules``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleaners.config import BoilerplateConfig, ConfigError, RuleSpec
from cleaners.rules.base import (
    BYLINE,
    CAPTION,
    CONTRIBUTORS,
    DATE,
    GALLERY,
    HEADER,
    LINE,
    Rule,
)
from cleaners.rules.blog import BLOG_RULES
from cleaners.rules.calls import CALL_RULES
from cleaners.rules.captions import CAPTION_RULES
from cleaners.rules.metadata import DATE_STAMPS, META_RULES
from cleaners.rules.navigation import NAV_RULES
from cleaners.rules.page import PAGE_RULES
from cleaners.rules.patterns import (
    DATE_RE,
    DATELINE,
    MONTHS,
    MONTHS_INTL,
    ROLE,
    SCHEDULE_ITEM,
    WEEKDAY_NAME,
)
from cleaners.rules.tools import TOOL_RULES
from cleaners.rules.widgets import WIDGET_RULES

__all__ = [
    "BUILTIN_RULES",
    "BYLINE",
    "CAPTION",
    "CONTRIBUTORS",
    "DATE",
    "DATELINE",
    "DATE_RE",
    "DATE_STAMPS",
    "GALLERY",
    "HEADER",
    "LINE",
    "MONTHS",
    "MONTHS_INTL",
    "ROLE",
    "SCHEDULE_ITEM",
    "WEEKDAY_NAME",
    "Rule",
    "compile_rules",
]

# In the order they are tried: the first match wins, so specific rules come first.
BUILTIN_RULES: tuple[Rule, ...] = (
    *CAPTION_RULES,
    *META_RULES,
    *CALL_RULES,
    *PAGE_RULES,
    *NAV_RULES,
    *BLOG_RULES,
    *WIDGET_RULES,
    *TOOL_RULES,
)


def compile_rules(cfg: BoilerplateConfig) -> tuple[Rule, ...]:
    """Return the rules in force: the user's rules first, then the enabled built-in ones.

    >>> from cleaners.config import BoilerplateConfig, ConfigError, RuleSpec
    >>> spec = RuleSpec(id="site.promo", pattern=r"^Download our app", reason="app promo")
    >>> rules = compile_rules(BoilerplateConfig(rules=(spec,), disable=("share",)))
    >>> rules[0].id, any(r.id == "share.buttons" for r in rules)
    ('site.promo', False)
    """
    known = {r.id for r in BUILTIN_RULES}
    unknown = [d for d in cfg.disable if not any(_disabled(k, [d]) for k in known)]
    if unknown:
        raise ConfigError(
            f"boilerplate.disable: no built-in rule {', '.join(map(repr, unknown))}; "
            f"known ids: {', '.join(sorted(known))}"
        )
    user = tuple(_from_spec(s) for s in cfg.rules)
    return user + tuple(r for r in BUILTIN_RULES if not _disabled(r.id, cfg.disable))


def _disabled(rule_id: str, disable: Iterable[str]) -> bool:
    return any(rule_id == d or rule_id.startswith(d + ".") for d in disable)


def _from_spec(spec: RuleSpec) -> Rule:
    kind = HEADER if spec.kind == "header" else LINE
    return Rule(spec.id, spec.reason, re.compile(spec.pattern, re.IGNORECASE), kind, spec.max_words)

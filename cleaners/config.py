"""Typed, immutable settings for every step, loadable from a TOML file.

``load_config`` rejects unknown keys and wrong types, so a typo in a config file is an error
rather than a silently ignored setting.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from typing import Any


class ConfigError(ValueError):
    """A config file or value that cannot be used; the message says what to change."""


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A user-supplied boilerplate rule: lines matching ``pattern`` are removed with ``reason``.

    ``kind`` is ``line`` (drop the line) or ``header`` (drop the line and the teaser headlines
    and summaries right under it). ``max_words`` guards prose: longer lines never match.
    """

    id: str
    pattern: str
    reason: str
    kind: str = "line"
    max_words: int = 40


@dataclass(frozen=True, slots=True)
class EncodingConfig:
    """Text repair. ftfy runs with quotes, ligatures and widths left alone (faithful output)."""

    ftfy: bool = True
    normalization: str = "NFC"


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """Line-level furniture removal.

    ``rules`` are added before the built-in library; ``disable`` turns built-in rules off by id
    or by id prefix (``"cta"`` disables every ``cta.*`` rule). ``layout`` turns the
    evidence-weighing classifier on; ``site_min_stories`` is how many distinct stories of one
    site must share a line before it counts as that site's furniture (0 turns it off).
    """

    rules: tuple[RuleSpec, ...] = ()
    disable: tuple[str, ...] = ()
    layout: bool = True
    site_min_stories: int = 5
    title_max_words: int = 24
    max_teasers: int = 8


@dataclass(frozen=True, slots=True)
class LanguageConfig:
    """Language detection. Bodies with fewer than ``min_letters`` letters are ``und``.

    ``allow`` (ISO 639-1 codes) rejects articles in other languages; empty allows all.
    ``sample_chars`` bounds the text given to the detector: a longer body is sampled in
    ``SAMPLE_WINDOWS`` evenly spaced windows (opening, middle parts, end) of that many
    characters in all, so the cost is bounded and the whole body has a say.
    ``method`` is ``profile`` (langdetect's profiles, every n-gram scored at once in numpy;
    deterministic) or ``langdetect`` (the library's own randomised detector, seeded).
    """

    allow: tuple[str, ...] = ()
    min_letters: int = 40
    min_probability: float = 0.5
    sample_chars: int = 1600
    method: str = "profile"


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """Near-duplicate detection. The first four fields decide signature identity.

    Candidates come from MinHash LSH at ``lsh_threshold`` (set low, so edited copies are
    found), and are merged only when the exact shingle sets agree: Jaccard >= ``jaccard`` or
    containment of the shorter in the longer >= ``containment``.
    """

    shingle: int = 5
    num_perm: int = 128
    seed: int = 1
    lsh_threshold: float = 0.3
    jaccard: float = 0.6
    containment: float = 0.8
    min_shingles: int = 10
    # a pair just below both bars is looked at again with one-letter typos forgiven
    # (``cleaners.typos``); off, the bars decide on the shingles as they are
    typos: bool = True

    @property
    def version(self) -> str:
        """A short id of the settings that make two signatures comparable."""
        key = f"word{self.shingle}|perm{self.num_perm}|seed{self.seed}|xxh32|affine32|norm2|lead40"
        return hashlib.sha256(key.encode()).hexdigest()[:12]


MIB = 1 << 20


@dataclass(frozen=True, slots=True)
class LimitsConfig:
    """What one input may hold, and how much of the corpus one run may take out.

    Over a reading limit, the file (or JSONL record) is rejected with its size and the limit;
    nothing is inflated or decoded past it, so the memory one input needs follows the limits,
    not its bytes. ``gone_share``: a run that would remove more than this share of the
    corpus's files as gone from raw/ (and more than ``gone_files`` of them), or all of them,
    refuses unless told to (``newsclean run --allow-gone``).
    """

    file_bytes: int = 256 * MIB  # a raw file, as it is on disk
    decompressed_bytes: int = 256 * MIB  # a .gz file, once inflated
    document_chars: int = 1_000_000  # one document's text (a file, or a record's "text")
    page_chars: int = 8_000_000  # one HTML page, markup and scripts included
    archive_bytes: int = 64 * 1024 * MIB  # a WARC archive (read as a stream, record by record)
    json_depth: int = 64  # nesting of arrays and objects in one JSONL record
    gone_share: float = 0.10
    gone_files: int = 10


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """All settings of one run."""

    encoding: EncodingConfig = field(default_factory=EncodingConfig)
    boilerplate: BoilerplateConfig = field(default_factory=BoilerplateConfig)
    language: LanguageConfig = field(default_factory=LanguageConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    batch_size: int = 2000
    # documents a run takes in before it commits them: a larger backlog is taken in parts,
    # each committed like a run of its own, so the flow's memory is bounded by a part (and a
    # killed run keeps the parts it committed); 0 takes any backlog in one part
    part_size: int = 100_000

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def fingerprint(self) -> str:
        """A short hash of every setting, for run reports."""
        blob = json.dumps(self.to_dict(), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


_SECTIONS: dict[str, type[Any]] = {
    "encoding": EncodingConfig,
    "boilerplate": BoilerplateConfig,
    "language": LanguageConfig,
    "dedup": DedupConfig,
    "limits": LimitsConfig,
}


def _build(cls: type[Any], data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise ConfigError(f"[{where}] must be a table, got {type(data).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ConfigError(
            f"unknown key(s) in [{where}]: {', '.join(unknown)}; known: {', '.join(sorted(fields))}"
        )
    kwargs: dict[str, Any] = {}
    defaults = cls() if cls is not RuleSpec else None
    for name, value in data.items():
        key = f"{where}.{name}"
        if cls is BoilerplateConfig and name == "rules":
            if not isinstance(value, list):
                raise ConfigError(f"{key} must be an array of tables ([[{key}]])")
            kwargs[name] = tuple(_build(RuleSpec, v, key) for v in value)
            continue
        if name in _SECTIONS and cls is PipelineConfig:
            sub = _SECTIONS[name]
            kwargs[name] = _build(sub, value, name)
            continue
        expected = type(getattr(defaults, name)) if defaults is not None else None
        if cls is RuleSpec:
            expected = int if name == "max_words" else str
        if expected is tuple:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{key} must be a list of strings")
            value = tuple(value)
        elif expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif expected is not None and (
            not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool)
        ):
            raise ConfigError(f"{key} must be {expected.__name__}, got {value!r}")
        kwargs[name] = value
    try:
        obj = cls(**kwargs)
    except TypeError as exc:  # a required field (RuleSpec) is missing
        raise ConfigError(f"[{where}]: {exc}") from None
    _validate(obj, where)
    return obj


def _validate(obj: Any, where: str) -> None:
    if isinstance(obj, DedupConfig):
        for name in ("lsh_threshold", "jaccard", "containment"):
            v = getattr(obj, name)
            if not 0.0 < v <= 1.0:
                raise ConfigError(f"dedup.{name} must be in (0, 1], got {v}")
        if obj.shingle < 1 or obj.num_perm < 16:
            raise ConfigError("dedup.shingle must be >= 1 and dedup.num_perm >= 16")
    if isinstance(obj, RuleSpec):
        import re

        if obj.kind not in {"line", "header"}:
            raise ConfigError(f"{where}: kind must be 'line' or 'header', got {obj.kind!r}")
        try:
            re.compile(obj.pattern)
        except re.error as exc:
            raise ConfigError(
                f"{where}: rule {obj.id!r}: pattern {obj.pattern!r} is not a valid regex: {exc}"
            ) from None
    if isinstance(obj, LanguageConfig):
        if not 0.0 <= obj.min_probability <= 1.0:
            raise ConfigError(
                f"language.min_probability must be in [0, 1], got {obj.min_probability}"
            )
        if obj.min_letters < 0 or obj.sample_chars < 100:
            raise ConfigError("language.min_letters must be >= 0 and language.sample_chars >= 100")
        if obj.method not in {"profile", "langdetect"}:
            raise ConfigError(
                f"language.method must be 'profile' or 'langdetect', got {obj.method!r}"
            )
    if isinstance(obj, BoilerplateConfig) and (obj.title_max_words < 1 or obj.max_teasers < 0):
        raise ConfigError("boilerplate.title_max_words must be >= 1 and max_teasers >= 0")
    if isinstance(obj, LimitsConfig):
        for name in ("file_bytes", "decompressed_bytes", "document_chars", "json_depth"):
            if getattr(obj, name) < 1:
                raise ConfigError(f"limits.{name} must be >= 1, got {getattr(obj, name)}")
        if not 0.0 <= obj.gone_share <= 1.0 or obj.gone_files < 0:
            raise ConfigError("limits.gone_share must be in [0, 1] and limits.gone_files >= 0")
    if isinstance(obj, PipelineConfig) and obj.batch_size < 1:
        raise ConfigError("batch_size must be >= 1")
    if isinstance(obj, PipelineConfig) and obj.part_size < 0:
        raise ConfigError("part_size must be >= 0 (0: no parts)")
    if isinstance(obj, EncodingConfig) and obj.normalization not in {"NFC", "NFKC", "NFD", "NFKD"}:
        raise ConfigError("encoding.normalization must be one of NFC, NFKC, NFD, NFKD")


def parse_config(data: dict[str, Any]) -> PipelineConfig:
    """Build a PipelineConfig from a parsed TOML table, rejecting unknown keys.

    >>> parse_config({"dedup": {"jaccard": 0.7}}).dedup.jaccard
    0.7
    """
    cfg: PipelineConfig = _build(PipelineConfig, data, "config")
    return cfg


def load_config(text: str) -> PipelineConfig:
    """Parse TOML text into a PipelineConfig (the caller reads the file)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}") from None
    return parse_config(data)

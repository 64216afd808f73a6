"""Settings: parsing TOML into typed, immutable config; errors that name the problem."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from cleaners.config import (
    BoilerplateConfig,
    ConfigError,
    DedupConfig,
    EncodingConfig,
    LanguageConfig,
    PipelineConfig,
    RuleSpec,
    load_config,
    parse_config,
)

FULL_TOML = """
batch_size = 50

[encoding]
ftfy = false
normalization = "NFKC"

[boilerplate]
disable = ["cta", "share.buttons"]
title_max_words = 20
max_teasers = 3

[[boilerplate.rules]]
id = "site.app"
pattern = "^download (the|our) app"
reason = "app promo"

[[boilerplate.rules]]
id = "site.more"
pattern = "^more from the ledger$"
reason = "ledger widget"
kind = "header"
max_words = 6

[language]
allow = ["en", "uk"]
min_letters = 60
min_probability = 0.8
sample_chars = 1000

[dedup]
shingle = 4
num_perm = 64
seed = 7
lsh_threshold = 0.4
jaccard = 0.7
containment = 0.9
min_shingles = 20
"""


def test_defaults() -> None:
    cfg = load_config("")
    assert cfg == PipelineConfig() == parse_config({})
    assert cfg.batch_size == 2000
    assert cfg.encoding == EncodingConfig(ftfy=True, normalization="NFC")
    assert cfg.boilerplate == BoilerplateConfig(
        rules=(), disable=(), title_max_words=24, max_teasers=8
    )
    assert cfg.language == LanguageConfig(
        allow=(), min_letters=40, min_probability=0.5, sample_chars=1600
    )
    assert cfg.dedup == DedupConfig(
        shingle=5,
        num_perm=128,
        seed=1,
        lsh_threshold=0.3,
        jaccard=0.6,
        containment=0.8,
        min_shingles=10,
    )


def test_full_file_overrides_everything() -> None:
    cfg = load_config(FULL_TOML)
    assert cfg.batch_size == 50
    assert cfg.encoding == EncodingConfig(ftfy=False, normalization="NFKC")
    assert cfg.boilerplate == BoilerplateConfig(
        rules=(
            RuleSpec("site.app", "^download (the|our) app", "app promo"),
            RuleSpec("site.more", "^more from the ledger$", "ledger widget", "header", 6),
        ),
        disable=("cta", "share.buttons"),
        title_max_words=20,
        max_teasers=3,
    )
    assert cfg.language == LanguageConfig(("en", "uk"), 60, 0.8, 1000)
    assert cfg.dedup == DedupConfig(4, 64, 7, 0.4, 0.7, 0.9, 20)


def test_partial_override_keeps_other_defaults() -> None:
    cfg = parse_config({"dedup": {"jaccard": 0.75}})
    assert cfg.dedup == dataclasses.replace(DedupConfig(), jaccard=0.75)
    assert cfg.language == LanguageConfig()


def test_integer_is_accepted_for_a_float() -> None:
    value = parse_config({"dedup": {"jaccard": 1}}).dedup.jaccard
    assert value == 1.0 and isinstance(value, float)


def test_config_is_immutable_and_hashable_values() -> None:
    cfg = load_config(FULL_TOML)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.batch_size = 1  # type: ignore[misc]
    assert isinstance(cfg.language.allow, tuple)
    assert isinstance(cfg.boilerplate.rules, tuple)


def test_fingerprint_follows_every_setting() -> None:
    base = PipelineConfig()
    assert base.fingerprint() == PipelineConfig().fingerprint()
    assert base.fingerprint() != parse_config({"language": {"min_letters": 41}}).fingerprint()
    assert base.fingerprint() != parse_config({"dedup": {"jaccard": 0.61}}).fingerprint()
    assert base.to_dict()["dedup"]["jaccard"] == 0.6


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "names"),
    [
        ({"dedup": {"jacard": 0.5}}, ["jacard", "[dedup]"]),
        ({"dedupe": {}}, ["dedupe", "[config]"]),
        ({"batchsize": 10}, ["batchsize"]),
        ({"language": {"allowed": ["en"]}}, ["allowed", "[language]"]),
        (
            {
                "boilerplate": {
                    "rules": [{"id": "x", "pattern": "a", "reason": "r", "colour": "red"}]
                }
            },
            ["colour"],
        ),
    ],
)
def test_unknown_key_is_rejected_by_name(data: dict[str, Any], names: list[str]) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(data)
    for name in names:
        assert name in str(err.value)
    assert "known:" in str(err.value)


def test_unknown_key_message_lists_the_known_keys() -> None:
    with pytest.raises(ConfigError, match=r"known: containment, jaccard, lsh_threshold"):
        parse_config({"dedup": {"jacard": 0.5}})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"dedup": {"jaccard": "high"}}, r"dedup\.jaccard must be float, got 'high'"),
        ({"dedup": {"jaccard": True}}, r"dedup\.jaccard must be float"),
        ({"dedup": {"num_perm": 128.0}}, r"dedup\.num_perm must be int, got 128\.0"),
        ({"dedup": {"num_perm": True}}, r"dedup\.num_perm must be int, got True"),
        ({"dedup": {"min_shingles": 1.5}}, r"dedup\.min_shingles must be int"),
        ({"encoding": {"ftfy": 1}}, r"encoding\.ftfy must be bool, got 1"),
        ({"encoding": {"ftfy": "yes"}}, r"encoding\.ftfy must be bool"),
        ({"batch_size": "10"}, r"config\.batch_size must be int, got '10'"),
        ({"language": {"allow": "en"}}, r"language\.allow must be a list of strings"),
        ({"language": {"allow": ["en", 3]}}, r"language\.allow must be a list of strings"),
        ({"boilerplate": {"disable": "cta"}}, r"boilerplate\.disable must be a list of strings"),
        ({"boilerplate": {"max_teasers": "8"}}, r"boilerplate\.max_teasers must be int"),
        ({"dedup": 5}, r"\[dedup\] must be a table, got int"),
        ({"boilerplate": {"rules": {"id": "x"}}}, r"must be an array of tables"),
        ({"boilerplate": {"rules": ["x"]}}, r"\[boilerplate\.rules\] must be a table, got str"),
        (
            {
                "boilerplate": {
                    "rules": [{"id": "x", "pattern": "a", "reason": "r", "max_words": "5"}]
                }
            },
            r"boilerplate\.rules\.max_words must be int",
        ),
        (
            {"boilerplate": {"rules": [{"id": "x", "pattern": 5, "reason": "r"}]}},
            r"boilerplate\.rules\.pattern must be str",
        ),
        ({"boilerplate": {"rules": [{"id": "x", "pattern": "a"}]}}, r"reason"),
    ],
)
def test_wrong_types_are_rejected(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(data)


def test_bad_regex_in_a_rule() -> None:
    text = '[[boilerplate.rules]]\nid = "x"\npattern = "(unclosed"\nreason = "r"\n'
    with pytest.raises(ConfigError, match=r"'\(unclosed' is not a valid regex"):
        load_config(text)


def test_bad_rule_kind() -> None:
    rules = [{"id": "x", "pattern": "a", "reason": "r", "kind": "block"}]
    with pytest.raises(ConfigError, match=r"kind must be 'line' or 'header', got 'block'"):
        parse_config({"boilerplate": {"rules": rules}})


@pytest.mark.parametrize(
    "text",
    [
        "[dedup\njaccard = 0.7",
        "jaccard = ",
        "[dedup]\njaccard = 0.7\n[dedup]\njaccard = 0.8",
        "a = 'x",
    ],
)
def test_invalid_toml(text: str) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(text)


@pytest.mark.parametrize("name", ["lsh_threshold", "jaccard", "containment"])
@pytest.mark.parametrize("value", [0, 0.0, -0.1, 1.01, 2])
def test_dedup_thresholds_out_of_range(name: str, value: float) -> None:
    with pytest.raises(ConfigError, match=rf"dedup\.{name} must be in \(0, 1\]"):
        parse_config({"dedup": {name: value}})


@pytest.mark.parametrize("name", ["lsh_threshold", "jaccard", "containment"])
def test_dedup_threshold_of_one_is_allowed(name: str) -> None:
    assert getattr(parse_config({"dedup": {name: 1.0}}).dedup, name) == 1.0


@pytest.mark.parametrize(("name", "value"), [("shingle", 0), ("num_perm", 8), ("num_perm", 15)])
def test_dedup_sizes_out_of_range(name: str, value: int) -> None:
    with pytest.raises(ConfigError, match=r"shingle must be >= 1 and dedup\.num_perm >= 16"):
        parse_config({"dedup": {name: value}})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"batch_size": 0}, "batch_size must be >= 1"),
        ({"encoding": {"normalization": "NFX"}}, "normalization must be one of"),
    ],
)
def test_other_values_out_of_range(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(data)


def test_config_error_is_a_value_error() -> None:
    assert issubclass(ConfigError, ValueError)


# --- DedupConfig.version ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "change", [{"shingle": 4}, {"num_perm": 64}, {"seed": 2}], ids=["shingle", "num_perm", "seed"]
)
def test_version_changes_with_signature_settings(change: dict[str, int]) -> None:
    assert dataclasses.replace(DedupConfig(), **change).version != DedupConfig().version


@pytest.mark.parametrize(
    "change",
    [{"jaccard": 0.9}, {"containment": 0.5}, {"lsh_threshold": 0.5}, {"min_shingles": 3}],
    ids=["jaccard", "containment", "lsh_threshold", "min_shingles"],
)
def test_version_ignores_merge_thresholds(change: dict[str, float]) -> None:
    assert dataclasses.replace(DedupConfig(), **change).version == DedupConfig().version


def test_version_is_a_short_stable_hex_id() -> None:
    v = DedupConfig().version
    assert v == DedupConfig().version
    assert len(v) == 12 and int(v, 16) >= 0

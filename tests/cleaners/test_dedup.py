"""Near-duplicate detection: normalisation, shingles, MinHash, clustering and verification."""

from __future__ import annotations

import dataclasses
import hashlib
import random
import unicodedata

import numpy as np
import pytest
import xxhash
from datasketch import MinHash
from hypothesis import given
from hypothesis import strategies as st

from cleaners.clusters import Cluster, canonical_order, cluster_id, find_clusters
from cleaners.config import DedupConfig
from cleaners.dedup import (
    _LOSSY_RE,
    _TOKEN,
    LEAD,
    DedupKey,
    _normalized_words,
    _ordered_shingles,
    _signatures,
    exact_hash,
    make_key,
    minhash_signature,
    normalize_for_dedup,
    shingle_hashes,
)
from cleaners.lsh import key_pairs, lsh_shape
from cleaners.pairs import (
    agreement_floors,
    needed_jaccard,
    similarity,
    verify,
    worth_checking,
    worth_checking_mask,
)
from tests.helpers import news_text

CFG = DedupConfig()

# a local council story (original prose written for these tests)
STORY_A = "\n\n".join(
    [
        (
            "The city council of Port Alden voted 6-3 late on Tuesday to put a half-cent sales "
            "tax for public transit on the November ballot, ending a session that ran past "
            "midnight and drew more than 150 residents to speak."
        ),
        (
            "Supporters said the levy would raise roughly $40 million a year for new bus routes, "
            "longer service hours and a long-promised rail link between the harbor district and "
            "the airport. Opponents argued that a sales tax falls hardest on low-income families "
            "and that the transit agency had not yet shown it could spend the money it already "
            "has."
        ),
        (
            "“This is the most important decision we will make this decade,” said council member "
            "Teresa Okafor, who has championed the plan since 2023. “People are tired of waiting "
            "forty minutes for a bus that never comes.”"
        ),
        (
            "Council member Gary Lindqvist, who voted against the measure, said he supported "
            "better transit but could not back a tax without a detailed spending plan. “Voters "
            "deserve to know exactly what they are buying,” he said."
        ),
        (
            "If approved by voters, the tax would take effect in April and expire after 25 years "
            "unless renewed. The transit agency has said it would publish a list of projects and "
            "a timeline by the end of the summer."
        ),
        (
            "Business groups are split. The harbor district merchants’ association endorsed the "
            "levy, while the regional chamber of commerce said it would wait for the spending "
            "plan before taking a position."
        ),
    ]
)

# the same story republished: a few words changed, one paragraph dropped, straight quotes
STORY_A_EDITED = "\n\n".join(
    [
        (
            "The city council of Port Alden voted 6-3 late Tuesday to put a half-cent sales tax "
            "for public transit on the November ballot, ending a session that ran past midnight "
            "and drew more than 150 residents to speak."
        ),
        (
            "Supporters said the levy would raise about $40 million a year for new bus routes, "
            "longer service hours and a long-promised rail link between the harbor district and "
            "the airport. Opponents argued that a sales tax falls hardest on low-income families "
            "and that the transit agency had not yet shown it could spend the money it already "
            "has."
        ),
        (
            '"This is the most important decision we will make this decade," said council member '
            'Teresa Okafor, who has championed the plan since 2023. "People are tired of waiting '
            'forty minutes for a bus that never comes."'
        ),
        (
            "If approved by voters, the tax would take effect in April and expire after 25 years "
            "unless renewed. The transit agency has said it would publish a list of projects and "
            "a timeline by the end of summer."
        ),
        (
            "Business groups are divided. The harbor district merchants' association endorsed the"
            " levy, while the regional chamber of commerce said it would wait for the spending "
            "plan before taking a position."
        ),
    ]
)

# a second outlet's own story about the same vote
STORY_B = "\n\n".join(
    [
        (
            "Port Alden residents will decide in November whether to pay more at the register to "
            "fund buses and a new airport rail line, after a divided council approved the ballot "
            "question in a vote that stretched into Wednesday morning."
        ),
        (
            "The proposal, a half-cent increase in the local sales tax, is expected to bring in "
            "about $40 million annually. Transit officials have promised more frequent buses on "
            "the east side, where riders have complained for years about long gaps between trips,"
            " and a rail connection that planners first sketched more than a decade ago."
        ),
        (
            "Dozens of speakers lined up during public comment. Many were bus riders who "
            "described missed shifts and late pickups at daycare; others were small-business "
            "owners worried that higher prices would drive shoppers to neighboring towns."
        ),
        (
            "The three council members who voted no said they wanted the transit agency to "
            "release a project list before the tax went to voters. Agency director Luis Carranza "
            "said a list would be ready by late summer, well before ballots are mailed."
        ),
        (
            "A poll commissioned by a transit advocacy group last fall found 54 percent of likely"
            " voters in favor of a tax for transit, though support dropped when respondents were "
            "told the rate."
        ),
    ]
)

# an opinion piece that quotes one whole paragraph of STORY_A and is otherwise its own text
STORY_QUOTING = "\n\n".join(
    [
        (
            "Every few years Port Alden promises itself better buses, and every few years the "
            "promise quietly dies in a committee room. This week the council finally did "
            "something different: it handed the question to voters."
        ),
        ("The local paper’s account of the session captured the mood well:"),
        (
            "“This is the most important decision we will make this decade,” said council member "
            "Teresa Okafor, who has championed the plan since 2023. “People are tired of waiting "
            "forty minutes for a bus that never comes.”"
        ),
        (
            "She is right about the waiting, but a sales tax is a blunt instrument. It asks the "
            "cashier and the retiree to pay the same rate as the developer whose land will be "
            "worth more once the trains arrive. A value-capture district around the new stations "
            "would ask more from those who gain the most."
        ),
        (
            "The transit agency also has work to do. It has left federal grants unspent two years"
            " running, and its last capital plan missed nearly every deadline it set for itself. "
            "Voters should see a credible list of projects, with dates and costs, before they are"
            " asked to sign a 25-year check."
        ),
        (
            "None of this means the levy should fail. It means the council and the agency have "
            "until November to earn the trust they are asking for."
        ),
    ]
)


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


# the first half of STORY_A, cut at a paragraph boundary (a truncated feed copy)
STORY_A_HALF = "\n\n".join(paragraphs(STORY_A)[:3])


def key(doc_id: str, text: str, published: str | None = None, cfg: DedupConfig = CFG) -> DedupKey:
    return make_key(doc_id, text, len(text.split()), published, cfg)


def by_canonical(clusters: list[Cluster]) -> dict[str, Cluster]:
    return {c.canonical: c for c in clusters}


def groups(clusters: list[Cluster]) -> set[frozenset[str]]:
    return {frozenset([c.canonical, *(m.id for m in c.duplicates)]) for c in clusters}


def test_texts_are_realistic_length() -> None:
    for text in (STORY_A, STORY_A_EDITED, STORY_B, STORY_QUOTING):
        assert 150 <= len(text.split()) <= 300


# --- normalisation and shingles ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Russia’s “war”", 'RUSSIA\'S "WAR"'),
        ("Port Alden — the vote!", "port alden the vote"),
        ("ＦＵＬＬ width １２３", "full width 123"),
        ("snake_case and  spaces\n\nnewlines", "snake case and spaces newlines"),
        ("Straße", "STRASSE"),
        ("Mañana", "MAÑANA"),
        ("Ünterföhring", "ÜNTERFÖHRING"),
        ("Київ", "КИЇВ"),
    ],
)
def test_normalize_folds_case_quotes_punctuation_width(a: str, b: str) -> None:
    assert normalize_for_dedup(a) == normalize_for_dedup(b)


def test_normalize_ignores_characters_lossy_mojibake_destroys() -> None:
    assert normalize_for_dedup("популярные") == normalize_for_dedup("попул\ufffdрные")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ÁLVARO", "álvaro"),
        ("АНТОН", "антон"),
        ("Сьогодні", "сьогодні"),
        ("café", "cafe\u0301"),
    ],
)
def test_normalize_folds_case_of_lossy_characters(a: str, b: str) -> None:
    assert normalize_for_dedup(a) == normalize_for_dedup(b)


def test_normalize_tokens() -> None:
    assert normalize_for_dedup("Russia’s “war” — RUSSIA's war!") == [
        "russia",
        "s",
        "war",
        "russia",
        "s",
        "war",
    ]
    assert normalize_for_dedup("") == []
    assert normalize_for_dedup(" — … !!! ") == []
    assert normalize_for_dedup("Київ, 2026 р.") == ["київ", "2026", "р"]


def test_shingles_of_empty_text() -> None:
    h = shingle_hashes([], 5)
    assert h.dtype == np.uint32 and len(h) == 0


def test_short_text_is_one_shingle() -> None:
    tokens = ["three", "word", "text"]
    h = shingle_hashes(tokens, 5)
    assert len(h) == 1
    assert np.array_equal(h, shingle_hashes(["three", "word", "text"], 4))


def test_exactly_one_shingle_long() -> None:
    assert len(shingle_hashes(["a", "b", "c", "d", "e"], 5)) == 1


def test_shingles_are_sorted_unique_uint32() -> None:
    tokens = normalize_for_dedup("the cat sat on the mat and the cat sat on the mat again")
    h = shingle_hashes(tokens, 3)
    assert h.dtype == np.uint32
    assert list(h) == sorted(set(h.tolist()))
    assert len(h) == len({" ".join(tokens[i : i + 3]) for i in range(len(tokens) - 2)})


def test_shingle_count_of_a_story() -> None:
    tokens = normalize_for_dedup(STORY_A)
    assert len(shingle_hashes(tokens, 5)) <= len(tokens) - 4


# --- similarity and MinHash --------------------------------------------------------------------


def test_similarity() -> None:
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    assert similarity(a, np.array([1, 2], dtype=np.uint32)) == (0.5, 1.0)
    assert similarity(a, a) == (1.0, 1.0)
    assert similarity(a, np.array([5, 6], dtype=np.uint32)) == (0.0, 0.0)
    assert similarity(a, np.array([3, 4, 5, 6], dtype=np.uint32)) == (2 / 6, 0.5)


def test_similarity_with_empty_set_is_zero() -> None:
    empty = np.zeros(0, dtype=np.uint32)
    assert similarity(empty, np.array([1], dtype=np.uint32)) == (0.0, 0.0)
    assert similarity(empty, empty) == (0.0, 0.0)


@pytest.mark.parametrize(
    "cfg", [CFG, DedupConfig(num_perm=64, seed=7), DedupConfig(num_perm=16, seed=123)]
)
def test_minhash_signature_equals_datasketch(cfg: DedupConfig) -> None:
    hashes = shingle_hashes(normalize_for_dedup(STORY_B), cfg.shingle)
    expected = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, hashfunc=int)
    expected.update_batch(hashes.tolist())
    sig = minhash_signature(hashes, cfg)
    assert sig.dtype == np.uint32
    assert len(sig) == cfg.num_perm
    assert np.array_equal(sig, np.asarray(expected.hashvalues, dtype=np.uint32))


def test_minhash_signature_is_deterministic_and_not_shared_state() -> None:
    a = shingle_hashes(normalize_for_dedup(STORY_A), 5)
    b = shingle_hashes(normalize_for_dedup(STORY_B), 5)
    first = minhash_signature(a, CFG)
    minhash_signature(b, CFG)  # the cached template must not remember b
    assert np.array_equal(first, minhash_signature(a, CFG))
    assert np.array_equal(first, minhash_signature(a.copy(), CFG))
    assert not np.array_equal(first, minhash_signature(b, CFG))


def test_minhash_of_empty_set_is_the_empty_sketch() -> None:
    sig = minhash_signature(np.zeros(0, dtype=np.uint32), CFG)
    empty = MinHash(num_perm=CFG.num_perm, seed=CFG.seed, hashfunc=int)
    assert np.array_equal(sig, np.asarray(empty.hashvalues, dtype=np.uint32))


def test_make_key() -> None:
    k = key("a", STORY_A, "2026-03-02")
    assert k.id == "a" and k.published == "2026-03-02"
    assert k.word_count == len(STORY_A.split())
    assert np.array_equal(k.shingles, shingle_hashes(normalize_for_dedup(STORY_A), 5))
    assert np.array_equal(k.signature, minhash_signature(k.shingles, CFG))
    # the exact hash ignores case, quotes, punctuation and spacing
    assert key("b", STORY_A.upper().replace("’", "'")).exact == k.exact


# --- verification ------------------------------------------------------------------------------


def test_verify_checks() -> None:
    a, edited, half, b = (
        key("a", STORY_A),
        key("e", STORY_A_EDITED),
        key("h", STORY_A_HALF),
        key("b", STORY_B),
    )
    assert verify(a, key("a2", STORY_A), CFG) == "exact"
    assert verify(a, edited, CFG) == "jaccard"
    assert verify(a, half, CFG) == "containment"
    assert verify(a, b, CFG) is None


def test_containment_needs_min_shingles() -> None:
    short = "\n\n".join(paragraphs(STORY_A)[:1])[:60]  # a few words of the lead
    k_short, k_a = key("s", short), key("a", STORY_A)
    _, c = similarity(k_short.shingles, k_a.shingles)
    assert c == 1.0 and len(k_short.shingles) < CFG.min_shingles
    assert verify(k_short, k_a, CFG) is None
    assert verify(k_short, k_a, DedupConfig(min_shingles=1)) == "containment"


# --- clustering --------------------------------------------------------------------------------


def test_every_document_is_in_exactly_one_cluster() -> None:
    keys = [key("a", STORY_A), key("b", STORY_B), key("q", STORY_QUOTING)]
    clusters = find_clusters(keys, CFG)
    assert groups(clusters) == {frozenset({"a"}), frozenset({"b"}), frozenset({"q"})}
    assert all(c.duplicates == () for c in clusters)
    assert [c.canonical for c in clusters] == sorted(c.canonical for c in clusters)


def test_find_clusters_of_nothing() -> None:
    assert find_clusters([], CFG) == []


def test_exact_duplicates() -> None:
    # same words, different spacing, quotes and case: exact after normalisation
    copy = STORY_A.replace("“", '"').replace("”", '"').replace("\n\n", "\n")
    keys = [key("x1", STORY_A), key("x2", copy), key("x3", STORY_A)]
    (cluster,) = find_clusters(keys, CFG)
    assert cluster.canonical == "x1"
    assert [(m.id, m.check, m.jaccard, m.containment) for m in cluster.duplicates] == [
        ("x2", "exact", 1.0, 1.0),
        ("x3", "exact", 1.0, 1.0),
    ]


def test_edited_copy_is_merged_by_jaccard() -> None:
    clusters = find_clusters([key("orig", STORY_A), key("copy", STORY_A_EDITED)], CFG)
    assert groups(clusters) == {frozenset({"orig", "copy"})}
    (member,) = clusters[0].duplicates
    assert member.id == "copy" and member.check == "jaccard"
    assert CFG.jaccard <= member.jaccard < 1.0


def test_truncated_copy_is_merged_by_containment() -> None:
    clusters = find_clusters([key("full", STORY_A), key("half", STORY_A_HALF)], CFG)
    (cluster,) = clusters
    assert cluster.canonical == "full"
    (member,) = cluster.duplicates
    assert (member.id, member.check, member.containment) == ("half", "containment", 1.0)
    assert member.jaccard < CFG.jaccard


def test_different_stories_on_the_same_event_are_not_merged() -> None:
    a, b = key("a", STORY_A), key("b", STORY_B)
    assert similarity(a.shingles, b.shingles)[0] < 0.05
    assert groups(find_clusters([a, b], CFG)) == {frozenset({"a"}), frozenset({"b"})}


def test_story_quoting_a_paragraph_is_not_merged() -> None:
    a, q = key("a", STORY_A), key("q", STORY_QUOTING)
    j, c = similarity(a.shingles, q.shingles)
    assert j > 0.0 and c < CFG.containment  # they share a paragraph, and only that
    assert groups(find_clusters([a, q], CFG)) == {frozenset({"a"}), frozenset({"q"})}


def test_mixed_corpus() -> None:
    keys = [
        key("wire-a", STORY_A),
        key("blog-a", STORY_A_EDITED),
        key("feed-a", STORY_A_HALF),
        key("other-b", STORY_B),
        key("oped-q", STORY_QUOTING),
        key("mirror-b", STORY_B),
    ]
    clusters = find_clusters(keys, CFG)
    assert groups(clusters) == {
        frozenset({"wire-a", "blog-a", "feed-a"}),
        frozenset({"other-b", "mirror-b"}),
        frozenset({"oped-q"}),
    }


def test_canonical_is_the_longest_body() -> None:
    clusters = find_clusters([key("aaa", STORY_A_EDITED), key("zzz", STORY_A)], CFG)
    assert clusters[0].canonical == "zzz"  # STORY_A has more words


def test_canonical_tie_on_words_goes_to_earliest_published_then_id() -> None:
    keys = [
        key("c", STORY_A, None),
        key("b", STORY_A, "2026-03-03"),
        key("d", STORY_A, "2026-03-02"),
        key("a", STORY_A, None),
    ]
    (cluster,) = find_clusters(keys, CFG)
    assert cluster.canonical == "d"
    assert [m.id for m in cluster.duplicates] == ["b", "a", "c"]
    unpublished = [key("c", STORY_A), key("a", STORY_A)]
    assert find_clusters(unpublished, CFG)[0].canonical == "a"


def test_canonical_tie_on_words_goes_to_fewer_repairs_before_published() -> None:
    keys = [
        make_key("early", STORY_A, 240, "2026-03-01", CFG, repairs=3),
        make_key("late", STORY_A, 240, "2026-03-05", CFG, repairs=0),
        make_key("long", STORY_A, 241, "2026-03-09", CFG, repairs=9),
    ]
    (cluster,) = find_clusters(keys, CFG)
    assert cluster.canonical == "long"
    assert [m.id for m in cluster.duplicates] == ["late", "early"]


def test_canonical_order_sorts_by_words_repairs_published_id() -> None:
    keys = [
        make_key("d", "one two", 2, None, CFG),
        make_key("c", "one two three", 3, None, CFG),
        make_key("b", "one two three", 3, "2026-01-02", CFG, repairs=1),
        make_key("a", "one two three", 3, "2026-01-02", CFG),
        make_key("e", "one two three", 3, "2026-01-01", CFG),
    ]
    assert [k.id for k in sorted(keys, key=canonical_order)] == ["e", "a", "c", "b", "d"]


def test_cluster_ids_and_canonicals_are_stable_when_input_is_shuffled() -> None:
    keys = [
        key("wire-a", STORY_A, "2026-03-02"),
        key("blog-a", STORY_A_EDITED, "2026-03-01"),
        key("feed-a", STORY_A_HALF),
        key("other-b", STORY_B),
        key("mirror-b", STORY_B, "2026-03-04"),
        key("oped-q", STORY_QUOTING),
    ]
    expected = find_clusters(keys, CFG)
    rnd = random.Random(42)
    for _ in range(5):
        shuffled = keys[:]
        rnd.shuffle(shuffled)
        assert find_clusters(shuffled, CFG) == expected
    ids = {c.canonical: c.id for c in expected}
    assert ids["wire-a"] == cluster_id(["wire-a", "blog-a", "feed-a"])
    assert ids["mirror-b"] == cluster_id(["mirror-b", "other-b"])


def test_cluster_id_depends_only_on_the_smallest_member() -> None:
    assert cluster_id(["b", "a", "c"]) == cluster_id(["a"])
    assert cluster_id(["b"]) != cluster_id(["a"])
    assert cluster_id(["a"]).startswith("c") and len(cluster_id(["a"])) == 16


@pytest.mark.parametrize("size", [1, 3, 39, 40, 41, 300, 5000])
def test_key_signatures_equal_datasketch_for_every_length(size: int) -> None:
    rng = np.random.default_rng(size)
    words = [f"w{int(x)}" for x in rng.integers(0, 10 * size + 10, size=size + 4)]
    k = key("a", " ".join(words))
    full = MinHash(num_perm=CFG.num_perm, seed=CFG.seed, hashfunc=int)
    full.update_batch(k.shingles.tolist())
    assert np.array_equal(k.signature, np.asarray(full.hashvalues, dtype=np.uint32))
    ordered = _ordered_shingles(normalize_for_dedup(" ".join(words)), CFG.shingle)
    lead = MinHash(num_perm=CFG.num_perm, seed=CFG.seed, hashfunc=int)
    lead.update_batch(np.unique(ordered[:LEAD]).tolist())
    assert k.lead is not None
    assert np.array_equal(k.lead, np.asarray(lead.hashvalues, dtype=np.uint32))


def test_key_pairs_and_the_vectorised_prefilter_agree_with_the_python_ones() -> None:
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 40, size=(60, 5))  # many shared keys, buckets of every size
    expected = set()
    for i in range(60):
        for j in range(i + 1, 60):
            if set(keys[i]) & set(keys[j]):
                expected.add((i, j))
    pairs = key_pairs(keys)
    assert [tuple(p) for p in pairs.tolist()] == sorted(expected)
    for slices in (1, 2, 3, 7, 300, 10_000):  # runs of every length, groups at their ends
        assert np.array_equal(key_pairs(keys, slices), pairs)
    sigs = rng.integers(0, 24, size=(60, 128)).astype(np.uint32)
    leads = rng.integers(0, 4, size=(60, 128)).astype(np.uint32)
    sizes = rng.integers(0, 300, size=60)  # some unknown (0), some below min_shingles
    sizes[::9] = 0
    ks = [
        DedupKey(str(i), str(i % 7), sigs[i], sigs[i], 1, None, 0, leads[i], int(sizes[i]))
        for i in range(60)
    ]
    exact = np.array([i % 7 for i in range(60)])
    mask = worth_checking_mask(pairs, sigs, leads, exact, sizes, CFG)
    assert mask.tolist() == [worth_checking(ks[a], ks[b], CFG) for a, b in pairs.tolist()]
    assert 0 < mask.sum() < len(mask)


@pytest.mark.parametrize("num_perm", [16, 64, 128, 256])
@pytest.mark.parametrize("threshold", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_lsh_shape_is_the_one_datasketch_picks(threshold: float, num_perm: int) -> None:
    from datasketch import MinHashLSH

    try:
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    except ValueError:  # fewer than two bands: refused alike
        with pytest.raises(ValueError, match="too small"):
            lsh_shape(threshold, num_perm)
        return
    assert lsh_shape(threshold, num_perm) == (lsh.b, lsh.r)


def _sets_at(rng: np.random.Generator, small: int, large: int, shared: int) -> tuple:
    """Two sets of distinct uint32 hashes of the given sizes sharing ``shared`` values."""
    pool = rng.choice(2**32 - 1, size=small + large, replace=False).astype(np.uint32)
    a = pool[:small]
    b = np.concatenate([a[:shared], pool[small : small + large - shared]])
    return np.unique(a), np.unique(b)


@pytest.mark.parametrize(
    ("small", "large", "shared"),
    [
        (600, 600, 450),  # Jaccard 0.6 exactly: 450 / 750
        (300, 300, 240),  # containment 0.8 between equal sizes (Jaccard 0.67)
        (100, 400, 80),  # a copy cut to a quarter, containment 0.8 (Jaccard 0.19)
    ],
)
def test_pairs_that_pass_the_check_are_always_worth_checking(
    small: int, large: int, shared: int
) -> None:
    """The prefilter's floor holds the binomial model's promise on real signatures: pairs
    at the smallest similarity that passes the exact check are never dropped (2,000 random
    pairs per shape, their openings made to disagree so the whole signature must decide),
    and the agreement count has the binomial mean and spread. (Copies cut much shorter are
    found through their opening: ``test_truncated_copy_is_merged_by_containment``.)"""
    rng = np.random.default_rng(small * 7 + large)
    n = CFG.num_perm
    agree = []
    for _ in range(2000):
        a, b = _sets_at(rng, small, large, shared)
        ka = DedupKey("a", "x", a, minhash_signature(a, CFG), small, None, 0, None, len(a))
        kb = DedupKey("b", "y", b, minhash_signature(b, CFG), large, None, 0, None, len(b))
        assert verify(ka, kb, CFG) is not None
        zeros = np.zeros(n, dtype=np.uint32)
        ka, kb = dataclasses.replace(ka, lead=zeros), dataclasses.replace(kb, lead=zeros + 1)
        assert worth_checking(ka, kb, CFG)
        agree.append(int(np.count_nonzero(ka.signature == kb.signature)))
    j = shared / (small + large - shared)
    assert abs(np.mean(agree) - n * j) < 4 * np.sqrt(n * j * (1 - j) / len(agree)) + 0.05
    assert np.var(agree) < 1.3 * n * j * (1 - j) + 0.5


def test_unrelated_pairs_of_similar_size_are_not_worth_checking() -> None:
    """Two stories that share a fifth of their shingles (a site's stock phrases, a common
    background paragraph) agree on about a ninth of the signature: the exact check is
    skipped, though the plain floor of 5 % of the signature would have let them through."""
    rng = np.random.default_rng(5)
    skipped = plain = 0
    for _ in range(200):
        a, b = _sets_at(rng, 500, 520, 170)  # Jaccard 0.2
        ka = DedupKey("a", "x", a, minhash_signature(a, CFG), 500, None, 0, None, len(a))
        kb = DedupKey("b", "y", b, minhash_signature(b, CFG), 520, None, 0, None, len(b))
        assert verify(ka, kb, CFG) is None
        on = dataclasses.replace(ka, lead=ka.signature)
        off = dataclasses.replace(kb, lead=ka.signature + 1)  # openings that disagree
        skipped += not worth_checking(on, off, CFG)
        plain += np.count_nonzero(ka.signature == kb.signature) >= 7
        unknown = dataclasses.replace(off, size=0)  # size not known: the plain floor only
        assert worth_checking(on, unknown, CFG) == (
            np.count_nonzero(ka.signature == kb.signature) >= 7
        )
    assert skipped == 200
    assert plain > 190


def test_agreement_floors_rise_with_the_needed_jaccard() -> None:
    floors = agreement_floors(128)
    assert floors[0] == 7  # never below 5 % of the signature
    assert all(np.diff(floors) >= 0)
    assert floors[1000] == 128
    # a pair of equal sizes needs Jaccard 0.6 (the containment route needs 0.67)
    need = needed_jaccard(np.array([500, 9, 50]), np.array([500, 9, 400]), CFG)
    assert need.tolist() == [600, 600, 97]


def _tokens_by_regex(text: str) -> list[str]:
    """normalize_for_dedup as the regex alone defines it (the fast paths must agree)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _TOKEN.findall(_LOSSY_RE.sub("", folded))


@given(news_text("éßКиїя한ＦΣ\u0301_"))
def test_normalize_fast_paths_agree_with_the_regex(text: str) -> None:
    assert normalize_for_dedup(text) == _tokens_by_regex(text)


@given(st.text(alphabet=st.sampled_from(list("aZ5_ .'\t’‘“”–—…«»„·•′\u0301ﬁ")), max_size=30))
def test_punctuation_replaced_before_folding_as_after(text: str) -> None:
    # a text that is ASCII but for the typographic punctuation skips NFKC and case folding
    assert normalize_for_dedup(text) == _tokens_by_regex(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia’s “war” — in 2026…",
        "a”b“c",  # ” is in the lossy set: deleted, not a separator, as the regex path does
        "plain ASCII, with snake_case and tabs\tand 3.5%",
        "Mañana’s “fiesta”",
        "«Київ» — 2026",
    ],
)
def test_normalize_fast_paths_on_news_punctuation(text: str) -> None:
    assert normalize_for_dedup(text) == _tokens_by_regex(text)


@given(news_text("éßКиї한İ_\u0301ſ"), st.integers(1, 6))
def test_shingles_hash_the_words_of_each_window(text: str, size: int) -> None:
    """make_key encodes the text once and hashes byte windows of it: the same hashes as each
    shingle's words joined and encoded alone."""
    tokens = normalize_for_dedup(text)
    if len(tokens) < size:
        grams = [" ".join(tokens)] if tokens else []
    else:
        grams = [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]
    expected = [xxhash.xxh32_intdigest(g.encode("utf-8")) for g in grams]
    assert _ordered_shingles(tokens, size).tolist() == expected


@pytest.mark.parametrize("size", [0, 1, 39, 40, 300, 4096, 4097])
def test_both_signatures_of_a_key_equal_the_plain_signatures(size: int) -> None:
    """The key's two signatures (one permutation per row, in place) equal minhash_signature
    of the whole set and of its opening."""
    rng = np.random.default_rng(size)
    shingles = np.unique(rng.integers(0, 1 << 32, size=size, dtype=np.uint64).astype(np.uint32))
    lead = np.unique(shingles[rng.permutation(len(shingles))[:LEAD]])
    full, head = _signatures(shingles, lead, CFG)
    assert np.array_equal(full, minhash_signature(shingles, CFG))
    assert np.array_equal(head, minhash_signature(lead, CFG))
    assert full.dtype == head.dtype == np.uint32


@given(news_text("éßКиї한İ_\u0301ſ\x1c\x1f\x0b"), st.integers(1, 6))
def test_key_reads_the_normalised_words_as_bytes(text: str, size: int) -> None:
    """make_key splits a text that is ASCII once its punctuation is replaced as bytes: the
    same joined text (the exact hash) and the same words (the shingles) as the normalised
    tokens joined, encoded and split again, and so the same key."""
    joined = " ".join(normalize_for_dedup(text)).encode("utf-8")
    assert _normalized_words(text) == (joined, joined.split(b" ") if joined else [])
    cfg = dataclasses.replace(CFG, shingle=size)
    key = make_key("a", text, 1, None, cfg)
    assert key.exact == exact_hash(text) == hashlib.sha256(joined).hexdigest()
    assert np.array_equal(key.shingles, shingle_hashes(normalize_for_dedup(text), size))

"""Near-duplicate keys: what one document brings to dedup, made per document and pure.

``make_key(doc_id, text, ...)`` gives the normalised text's hash, the set of hashed word
shingles, their MinHash signature (datasketch's affine32 scheme) and a second small signature
of the opening shingles, for copies cut short; ``all_band_keys`` their LSH band keys (the same
keys the state stores between runs). The expensive part runs in the workers, and only these
small values cross into the single clustering step: ``cleaners.pairs`` checks a candidate pair,
``cleaners.clusters`` groups the keys (the flow does it against its state in ``flows.dedup``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import xxhash

from cleaners.arrays import unique
from cleaners.config import DedupConfig
from cleaners.encoding import TYPOGRAPHIC
from cleaners.lsh import band_keys, lsh_shape

_TOKEN = re.compile(r"[^\W_]+")  # runs of letters and digits

# UTF-8 text that was decoded as Windows-1252 loses the bytes cp1252 leaves undefined; ftfy
# can undo the mojibake but must put U+FFFD where such a byte was ("попул�рные"). Every
# character whose UTF-8 form holds one of those bytes (Cyrillic с, я, э, А, Н; about one Korean
# syllable in seven; almost nothing in Latin scripts) is dropped from the comparison copy of
# every text, together with U+FFFD, so a damaged copy still matches its clean original.
_LOST_BYTES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _lossy(ch: str) -> bool:
    """True when any case form of ch has a byte that cp1252 cannot carry."""
    forms = {ch, ch.lower(), ch.upper(), ch.casefold()}
    return any(_LOST_BYTES.intersection(f.encode("utf-8", "surrogatepass")) for f in forms)


# Applied after NFKC and case folding, and closed under case, so "Сьогодні" and "сьогодні"
# (С is safe, с is not) still normalise alike.
_LOSSY = {cp: None for cp in range(0x80, 0x10000) if not 0xD800 <= cp <= 0xDFFF and _lossy(chr(cp))}
_LOSSY[0xFFFD] = None
# the same set as one character class: removing with it is 4x faster than str.translate
_LOSSY_RE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_LOSSY)) + "]")


def normalize_for_dedup(text: str) -> list[str]:
    """Fold case, width, quotes and punctuation away; return the word tokens.

    Characters that lossy mojibake can destroy are left out of every text alike (see _LOSSY).

    >>> normalize_for_dedup("Russia’s “war” — RUSSIA's war!")
    ['russia', 's', 'war', 'russia', 's', 'war']
    >>> normalize_for_dedup("популярные") == normalize_for_dedup("попул\ufffdрные")
    True
    """
    plain = _ascii_early(text)
    if plain is not None:
        return plain.translate(_ASCII_WORDS).split()
    return _folded_tokens(text)


def _ascii_early(text: str) -> str | None:
    """The text with its typographic punctuation replaced (``_EARLY``) when that leaves it
    ASCII (NFKC, case folding and the lossy set then change nothing else), else None."""
    if text.isascii():
        return text
    plain = text
    for ch, by in _EARLY:
        if ch in plain:
            plain = plain.replace(ch, by)
    return plain if plain.isascii() else None


def _folded_tokens(text: str) -> list[str]:
    """``normalize_for_dedup`` of a text that is not ASCII once its punctuation is replaced."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for ch, by in _PUNCTUATION:
        if ch in folded:
            folded = folded.replace(ch, by)
    if folded.isascii():  # typographic quotes and dashes were the only non-ASCII characters
        return folded.translate(_ASCII_WORDS).split()
    return _TOKEN.findall(_LOSSY_RE.sub("", folded))


# The fast path, 131 -> 55 us for a 4.5 KB article (a test checks it against the regex on any
# text): ``_TOKEN`` on ASCII text is a run of ASCII letters and digits, and str.translate has a
# fast path for an ASCII text and an ASCII table, as split has. News text is ASCII but for
# typographic punctuation (94 % of the articles of a generated corpus), so that is replaced
# first: by a space, where _TOKEN splits on it, or by nothing where the lossy set deletes it.
_ASCII_WORDS = str.maketrans({c: c.lower() if c.isalnum() else " " for c in map(chr, range(128))})
_PUNCTUATION = tuple(
    (ch, "" if ord(ch) in _LOSSY else " ")
    for ch in TYPOGRAPHIC + "\u201e\u00b7\u2022\u2032"  # and the low quote, dot, bullet, prime
)


def _early(ch: str, by: str) -> tuple[str, str]:
    """A punctuation mark's replacement before NFKC and case folding: ``by`` for a mark both
    leave alone (NFKC joins no mark of the set with a neighbour: none combines), else its
    NFKC form ("…" is "...", which the replacements after folding never see)."""
    kept = unicodedata.normalize("NFKC", ch)
    if kept == ch and ch.casefold() == ch and not unicodedata.combining(ch):
        return ch, by
    assert kept.isascii() and not unicodedata.combining(ch), ch
    return ch, kept


# A text that is ASCII once its typographic punctuation is replaced (most news text) is
# folded as ASCII: NFKC and casefold of a whole article cost more than the rest of the
# normalisation (about 4x on a generated article; a test compares the two on any text).
_EARLY = tuple(_early(ch, by) for ch, by in _PUNCTUATION)


# _ASCII_WORDS for the encoded text: bytes.translate and bytes.split over an ASCII text give
# the same words as the str methods, encoded (after the table only spaces separate words)
_ASCII_BYTES = bytes(
    (ord(chr(c).lower()) if chr(c).isalnum() else 32) if c < 128 else c for c in range(256)
)


def _normalized_words(text: str) -> tuple[bytes, list[bytes]]:
    """``normalize_for_dedup``'s words joined by spaces and encoded, and those words encoded:
    what the exact hash and the shingles read. A text that is ASCII once its punctuation is
    replaced is split as bytes, not split, joined, encoded and split again (a test compares
    the two on any text)."""
    plain = _ascii_early(text)
    if plain is not None:
        words = plain.encode("ascii").translate(_ASCII_BYTES).split()
        return b" ".join(words), words
    joined = " ".join(_folded_tokens(text)).encode("utf-8")
    return joined, joined.split(b" ") if joined else []


def _ordered_shingles(tokens: list[str], size: int) -> np.ndarray:
    """xxh32 of every ``size``-word shingle, in text order (a short text is one shingle)."""
    return _shingles_of(" ".join(tokens).encode("utf-8"), size)


def _shingles_of(joined: bytes, size: int) -> np.ndarray:
    """``_ordered_shingles`` of the tokens joined by spaces and encoded (tokens hold no space):
    the text is encoded once, not each shingle (the exact hash reads the same bytes)."""
    return _hashed_shingles(joined, joined.split(b" ") if joined else [], size)


def _hashed_shingles(joined: bytes, words: list[bytes], size: int) -> np.ndarray:
    """``_shingles_of(joined, size)`` given ``joined``'s words (``joined.split(b" ")``, or
    none for an empty text)."""
    if not words:
        return np.zeros(0, dtype=np.uint32)
    if len(words) < size:
        grams = [joined]
    else:  # the windows as a zip of shifted lists: no Python loop per shingle
        grams = list(map(b" ".join, zip(*(words[i:] for i in range(size)), strict=False)))
    return np.fromiter(map(xxhash.xxh32_intdigest, grams), dtype=np.uint32, count=len(grams))


def shingle_hashes(tokens: list[str], size: int) -> np.ndarray:
    """Hash every ``size``-word shingle with xxh32; return the sorted unique hashes.

    Texts shorter than one shingle hash as a single shingle of all their words.
    """
    return unique(_ordered_shingles(tokens, size))


# A copy cut after its first paragraphs ("Read more") shares only part of the full story's
# shingles (Jaccard 0.5 for a half), where banded MinHash starts to miss pairs (about 1 in
# 140 at 0.5, 1 in 4 at a third). Its opening is the full story's opening, though: a second,
# small signature of the first LEAD shingles, banded for high similarity, finds such copies.
# The exact check still decides, so a follow-up that reuses an opening is not merged.
LEAD = 40
LEAD_BANDS, LEAD_ROWS = 16, 4


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations (a, b) for these settings, drawn as
    ``MinHash(num_perm, seed)`` draws them (odd multipliers, any offsets), and its empty
    sketch. Not taken from datasketch itself: importing it costs worker processes 1.7 s (it
    loads SciPy); the tests check the values against it."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b, np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, the pre-mix datasketch's affine32 scheme applies."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    out: np.ndarray = hv ^ (hv >> np.uint32(16))
    return out


_ROWS = 4096  # shingles permuted at once: bounds the temporary matrix for very long texts


def _permuted(hashes: np.ndarray, cfg: DedupConfig) -> Iterator[np.ndarray]:
    a, b, _ = _permutations(cfg.num_perm, cfg.seed)
    mixed = _fmix32(hashes.astype(np.uint32))
    for i in range(0, len(mixed), _ROWS):
        yield mixed[i : i + _ROWS, None] * a + b  # uint32 arithmetic wraps, as in datasketch


def minhash_signature(hashes: np.ndarray, cfg: DedupConfig) -> np.ndarray:
    """MinHash signature of a set of 32-bit shingle hashes: datasketch's affine32 scheme
    (``MinHash.update_batch`` gives the same values), computed on the whole array at once."""
    signature: np.ndarray = _permutations(cfg.num_perm, cfg.seed)[2].copy()
    for block in _permuted(hashes, cfg):
        np.minimum(signature, block.min(axis=0), out=signature)
    return signature


def _signatures(
    shingles: np.ndarray, lead: np.ndarray, cfg: DedupConfig
) -> tuple[np.ndarray, np.ndarray]:
    """The signatures of ``shingles`` and of its subset ``lead`` (both sorted and unique),
    permuting each shingle once: one row per permutation (each signature value is then the
    minimum of a contiguous row), computed in place."""
    if len(shingles) > _ROWS:
        return minhash_signature(shingles, cfg), minhash_signature(lead, cfg)
    a, b, empty = _permutations(cfg.num_perm, cfg.seed)
    if not len(shingles):
        return empty.copy(), empty.copy()
    block = np.multiply.outer(a, _fmix32(shingles.astype(np.uint32)))
    block += b[:, None]  # uint32 arithmetic wraps, as in datasketch
    full = block.min(axis=1)
    head = block[:, np.searchsorted(shingles, lead)].min(axis=1) if len(lead) else empty.copy()
    return full, head


def exact_hash(text: str) -> str:
    """The hash exact copies share: of the normalised body (``DedupKey.exact``)."""
    return hashlib.sha256(_normalized_words(text)[0]).hexdigest()


@dataclass(frozen=True, slots=True)
class DedupKey:
    """What clustering needs to know about one document (no text)."""

    id: str
    exact: str
    shingles: np.ndarray
    signature: np.ndarray
    word_count: int
    published: str | None
    repairs: int = 0
    lead: np.ndarray | None = None  # MinHash of the opening shingles (see LEAD)
    size: int = 0  # distinct shingles (``len(shingles)`` while the set is held); 0: unknown


def make_key(
    doc_id: str,
    text: str,
    word_count: int,
    published: str | None,
    cfg: DedupConfig,
    repairs: int = 0,
) -> DedupKey:
    """Build the dedup key of one cleaned body; ``repairs`` counts lines that needed fixing."""
    joined, words = _normalized_words(text)
    exact = hashlib.sha256(joined).hexdigest()
    ordered = _hashed_shingles(joined, words, cfg.shingle)
    shingles = unique(ordered)
    signature, lead = _signatures(shingles, unique(ordered[:LEAD]), cfg)
    return DedupKey(
        doc_id, exact, shingles, signature, word_count, published, repairs, lead, len(shingles)
    )


def lead_of(key: DedupKey, cfg: DedupConfig) -> np.ndarray:
    """The opening's signature (a key built without one uses the whole signature)."""
    return key.lead if key.lead is not None else key.signature


def all_band_keys(signatures: np.ndarray, leads: np.ndarray, cfg: DedupConfig) -> np.ndarray:
    """Every LSH key of each document: the signature's bands, then the opening's bands."""
    bands, rows = lsh_shape(cfg.lsh_threshold, cfg.num_perm)
    main = band_keys(signatures, bands, rows)
    lead = band_keys(leads, min(LEAD_BANDS, cfg.num_perm // LEAD_ROWS), LEAD_ROWS, salt=1)
    return np.concatenate([main, lead], axis=1)

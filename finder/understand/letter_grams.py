"""Many words' letter n-gram hashes at once, in NumPy: the classifier's features of a long message.

A word's letter n-grams (3 to 5 letters of the word padded with a space each side) are hashed
with CRC-32 run on from the CRC of "c:". One word at a time that is some thirty `zlib.crc32`
calls; a message of 250 words never seen before paid 2 to 3 ms for it, and one 1,600-letter
word 5 ms. Here the grams of every word are cut from one UTF-8 buffer and the CRC runs a byte
at a time over all of them together (the table-driven CRC-32 zlib computes: the same hashes).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

POLYNOMIAL = 0xEDB88320  # CRC-32 (zlib's), reflected


def _table() -> np.ndarray:
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> 1) ^ np.uint32(POLYNOMIAL), table >> 1)
    return table.astype(np.uint32)


TABLE = _table()


def gram_hashes(words: Sequence[str], sizes: Sequence[int], start: int,
                dimensions: int) -> list[list[int]]:
    """For each of `words`, the hashes (CRC-32 from `start`, modulo `dimensions`) of its letter
    n-grams of each of `sizes` in turn, left to right, as `zlib.crc32(gram.encode(), start)`
    gives them. A padded word shorter than a size gives one gram: all of it."""
    if not words:
        return []
    padded = [f" {word} " for word in words]
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded))
    firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    text = "".join(padded)
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    widths = 1 + (points >= 0x80) + (points >= 0x800) + (points >= 0x10000)
    offsets = np.concatenate(([0], np.cumsum(widths)))  # each letter's first byte
    data = np.frombuffer(text.encode(), dtype=np.uint8)
    begins, ends = [], []
    for size in sizes:
        counts = np.maximum(1, lengths - size + 1)
        at = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        begin = np.repeat(firsts, counts) + at
        begins.append(begin)
        ends.append(np.minimum(begin + size, np.repeat(firsts + lengths, counts)))
    order = np.argsort(np.concatenate([np.repeat(np.arange(len(words)), np.maximum(
        1, lengths - size + 1)) for size in sizes]), kind="stable")  # word by word
    first_byte = offsets[np.concatenate(begins)[order]]
    size_bytes = offsets[np.concatenate(ends)[order]] - first_byte
    hashes = (_crc(data, first_byte, size_bytes, start) % dimensions).tolist()
    per_word = sum(np.maximum(1, lengths - size + 1) for size in sizes)
    bounds = np.cumsum(per_word).tolist()
    return [hashes[a:b] for a, b in zip([0, *bounds[:-1]], bounds, strict=True)]


def _crc(data: np.ndarray, first: np.ndarray, sizes: np.ndarray, start: int) -> np.ndarray:
    """CRC-32 from `start` of each stretch of `data` (its `first` byte, `sizes` bytes long)."""
    crc = np.full(len(first), start ^ 0xFFFFFFFF, dtype=np.uint32)
    if not len(data):
        return crc ^ np.uint32(0xFFFFFFFF)
    for step in range(int(sizes.max(initial=0))):
        live = sizes > step
        byte = data[np.minimum(first + step, len(data) - 1)]
        stepped = TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
        crc = np.where(live, stepped, crc)
    return crc ^ np.uint32(0xFFFFFFFF)


def one_word(word: str, sizes: Sequence[int], start: int, dimensions: int) -> list[int]:
    """`gram_hashes` of a single word with `zlib`, as the classifier always hashed one."""
    padded = f" {word} "
    spans = [(i, i + n) for n in sizes for i in range(max(1, len(padded) - n + 1))]
    if padded.isascii():
        data = padded.encode()
        return [zlib.crc32(data[a:b], start) % dimensions for a, b in spans]
    return [zlib.crc32(padded[a:b].encode(), start) % dimensions for a, b in spans]


# Each word's hashes are kept, and each word pair's (a new dict past MAX_KNOWN), as the bytes of
# int64s: a message's are joined in C and read by NumPy at once, never made Python ints. The
# words of a message not yet kept are hashed together in NumPy when they hold BATCH_LETTERS
# letters or more. Kept for the classifier's features, which always ask with the same sizes,
# start and dimensions: asked with others, the kept hashes are forgotten first.
MAX_KNOWN = 65536
BATCH_LETTERS = 256
_known: dict[str, bytes] = {}
_pairs: dict[tuple[str, str], bytes] = {}
_made_with: dict[str, tuple[object, ...]] = {"words": (), "pairs": ()}


def _kept_for(kind: str, settings: tuple[object, ...]) -> None:
    """Forget the kept hashes of `kind` unless they were made with these `settings`."""
    global _known, _pairs
    if _made_with[kind] != settings:
        if kind == "words":
            _known = {}
        else:
            _pairs = {}
        _made_with[kind] = settings


def word_hashes(tokens: Sequence[str], sizes: Sequence[int], start: int,
                dimensions: int) -> list[bytes]:
    """Each word's hash (of "w:<token>") and its letter n-grams' (`gram_hashes`), word by
    word, as the bytes of int64s."""
    _kept_for("words", (sizes, start, dimensions))
    try:  # most words are kept: a message's are fetched in C, no test of each first
        return list(map(_known.__getitem__, tokens))
    except KeyError:
        return list(map(_remember(tokens, sizes, start, dimensions).__getitem__, tokens))


def _remember(tokens: Sequence[str], sizes: Sequence[int], start: int,
              dimensions: int) -> dict[str, bytes]:
    """The kept words' hashes with those of `tokens` added (a new dict when too many are kept:
    a reader in another thread keeps the old one)."""
    global _known
    words = dict.fromkeys(tokens)
    known = _known if len(_known) + len(words) <= MAX_KNOWN else {}
    new = [token for token in words if token not in known]
    if sum(map(len, new)) >= BATCH_LETTERS:
        grams = gram_hashes(new, sizes, start, dimensions)
    else:
        grams = [one_word(token, sizes, start, dimensions) for token in new]
    for token, hashes in zip(new, grams, strict=True):
        word = zlib.crc32(f"w:{token}".encode()) % dimensions
        known[token] = np.array((word, *hashes), np.int64).tobytes()
    _known = known
    return known


def pair_hashes(tokens: Sequence[str], dimensions: int) -> list[bytes]:
    """Each word pair's hash (of "b:<first> <second>"), kept as `word_hashes` keeps words'."""
    _kept_for("pairs", (dimensions,))
    try:
        return list(map(_pairs.__getitem__, zip(tokens, tokens[1:], strict=False)))
    except KeyError:
        return list(map(_remember_pairs(tokens, dimensions).__getitem__,
                        zip(tokens, tokens[1:], strict=False)))


def _remember_pairs(tokens: Sequence[str], dimensions: int) -> dict[tuple[str, str], bytes]:
    """The kept pairs' hashes with those of `tokens` added (a new dict when too many)."""
    global _pairs
    pairs = dict.fromkeys(zip(tokens, tokens[1:], strict=False))
    kept = _pairs if len(_pairs) + len(pairs) <= MAX_KNOWN else {}
    for first, second in pairs:
        if (first, second) not in kept:
            hashed = zlib.crc32(f"b:{first} {second}".encode()) % dimensions
            kept[first, second] = np.int64(hashed).tobytes()
    _pairs = kept
    return kept


# NumPy's first call of each kind costs more than the work (1 to 2 ms): paid here, on import
# (before gunicorn forks its workers), not by the first long message.
gram_hashes(["warm", "دافئ"] * 40, (3, 4, 5), 0, 1 << 16)

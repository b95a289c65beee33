"""Letter n-gram hashes worked out for many words at once are zlib's, word by word."""

from __future__ import annotations

import random
import zlib

import numpy as np

from finder.understand import letter_grams
from finder.understand.classifier import CHAR_SIZES, DIMENSIONS, _hashed
from finder.understand.letter_grams import gram_hashes

START = zlib.crc32(b"c:")
WORDS = ["a", "ab", "sleep", "brestfeeding", "ابني", "ਮੇਰਾ", "બેલગ્રેવમાં", "śpi", "😭👶🏽",
         "msa3de", "a" * 1600, "𝔞𝔟𝔠"]


def zlib_grams(word: str) -> list[int]:
    """The hashes as zlib gives them, one gram at a time."""
    padded = f" {word} "
    return [zlib.crc32(padded[i:i + n].encode(), START) % DIMENSIONS
            for n in CHAR_SIZES for i in range(max(1, len(padded) - n + 1))]


def test_many_words_hashed_together_are_hashed_as_one_at_a_time():
    rng = random.Random(7)
    letters = "abcyząłابنيےਮੇਰਾબેલ😭é𝔞"
    words = WORDS + ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14)))
                     for _ in range(2000)]
    assert gram_hashes(words, CHAR_SIZES, START, DIMENSIONS) == [zlib_grams(w) for w in words]


def test_no_words_hash_to_nothing():
    assert gram_hashes([], CHAR_SIZES, START, DIMENSIONS) == []


def test_a_message_has_the_same_features_whether_its_words_are_batched_or_not(monkeypatch):
    tokens = tuple(WORDS[:-2]) + tuple(f"{c}{v}ston" for c in "bcdfgh" for v in "aeiou")
    monkeypatch.setattr(letter_grams, "_known", {})
    batched = _hashed(tokens)
    monkeypatch.setattr(letter_grams, "_known", {})
    monkeypatch.setattr(letter_grams, "BATCH_LETTERS", 10 ** 9)
    assert _hashed(tokens) == batched
    assert batched[:len(zlib_grams(tokens[0])) + 1] == [
        zlib.crc32(f"w:{tokens[0]}".encode()) % DIMENSIONS, *zlib_grams(tokens[0])]


def test_hashes_kept_for_one_setting_are_not_given_for_another():
    first = letter_grams.word_hashes(["calm"], CHAR_SIZES, START, DIMENSIONS)
    small = letter_grams.word_hashes(["calm"], CHAR_SIZES, START, 97)
    assert max(np.frombuffer(small[0], dtype=np.int64)) < 97
    assert letter_grams.pair_hashes(["so", "calm"], 97) != letter_grams.pair_hashes(
        ["so", "calm"], DIMENSIONS)
    assert letter_grams.word_hashes(["calm"], CHAR_SIZES, START, DIMENSIONS) == first

"""Folding a normalised word to a stem its inflected forms share, script by script.

Used where a few phrases must stand for many forms (the safety corpus): "marta", "maarti" and
"marte" (Urdu/Punjabi in Latin letters, he/she/they hit) meet at "mart"; "męża" and "mężem"
(Polish cases) at "mez"; "وزوجي" and "زوجي" (Arabic "and my husband") at "زوجی"; Gurmukhi
ਮਾਰਦਾ and ਮਾਰਦੀ at ਮਾਰਦ. Words are already `text.normalise`d. Message and corpus go through
the same fold, so a stem need not be a real word, only the same one on both sides.
"""

from __future__ import annotations

import re
from functools import lru_cache

LATIN = re.compile("^[a-z]+$")
REPEATS = re.compile(r"(.)\1+")
# Polish case endings, then the vowels that carry gender and number in romanised Urdu, Punjabi
# and Gujarati and in Somali. The longest that leaves a stem goes.
LATIN_ENDINGS = ("ami", "ach", "ego", "emu", "owi", "iem", "em", "om", "ie", "ej",
                 "a", "e", "i", "o", "u", "y")
LATIN_MIN_STEM = 4
# Somali present forms of she and you take an s after the tense's y ("way i garaacaysaa", she
# is hitting me; "wuu i garaacayaa", he is): the s goes, so one phrase hears both.
SOMALI_PERSON = re.compile(r"^([a-z]{3,}ay)s(aa|a|o)$")
SOMALI_ENDS = ("saa", "sa", "so")  # what SOMALI_PERSON ends with: tested before it
# Arabic conjunctions and prepositions glued to the word, the article, and the spoken
# present-tense "b(i)-" and "y-" (Levantine "بيضربني", "يضربني" and "ضربني" meet). The longest
# that leaves a stem goes.
ARABIC_PREFIXES = ("وال", "فال", "بال", "کال", "لل", "ال", "بی", "بت", "و", "ف", "ب", "ی")
ARABIC_MIN_STEM = 3
ARABIC_MAX_PREFIXES = 2  # "ويضربني": and + he-hits-me
# Short negations keep their meaning with "and" glued on: "وما تتنفس" is "and she isn't breathing".
ARABIC_NEGATIONS = frozenset({"ما", "لا", "مش", "مو", "لم", "لن"})
# Final vowel letters inflecting Urdu verbs and adjectives (ا ی ے), and noon ghunna.
ARABIC_SCRIPT_ENDINGS = "اییےںۓ"
# Final vowel signs and nasal marks of Gurmukhi and Gujarati (gender, number, case).
INDIC_ENDINGS = frozenset("\u0a3e\u0a3f\u0a40\u0a41\u0a42\u0a47\u0a48\u0a4b\u0a4c\u0a70\u0a02"
                          "\u0abe\u0abf\u0ac0\u0ac1\u0ac2\u0ac7\u0ac8\u0acb\u0acc\u0a82")
INDIC_MIN_STEM = 3  # ਪਤੀ (husband) and ਪਤਾ (known) keep the vowel that tells them apart
# Spellings people type either way, folded before the endings go. Gurmukhi: addak, tippi and
# bindi, the virama, long and short i/u, e/ai and o/au, and the retroflex n, so that ਕੁੱਟਦਾ and
# ਕੁਟਦਾ, ਮੈਨੂੰ and ਮੇਨੂ meet. Gujarati: anusvara and chandrabindu, the virama, long and short i/u,
# e/ai and o/au (માર્યો and મારયો, મારી and મારિ). Urdu: do-chashmi he and the hamza seats
# (مجھے and مجہے, جاؤں and جاوں, گئی and گی), madda.
INDIC_FOLDS = str.maketrans({
    "\u0a71": None, "\u0a70": None, "\u0a02": None, "\u0a01": None, "\u0a4d": None,
    "\u0a40": "\u0a3f", "\u0a42": "\u0a41", "\u0a48": "\u0a47", "\u0a4c": "\u0a4b",
    "\u0a08": "\u0a07", "\u0a0a": "\u0a09", "\u0a10": "\u0a0f", "\u0a14": "\u0a13",
    "\u0a23": "\u0a28",
    "\u0a82": None, "\u0a81": None, "\u0acd": None,
    "\u0ac0": "\u0abf", "\u0ac2": "\u0ac1", "\u0ac8": "\u0ac7", "\u0acc": "\u0acb",
    "\u0a88": "\u0a87", "\u0a8a": "\u0a89", "\u0a90": "\u0a8f", "\u0a94": "\u0a93"})
# Gujarati writes its postpositions onto the word (પતિથી, ઘરમાં, આપઘાતના): they go before the
# endings, longest first, where a stem of two letters or more is left. The object and agent
# marks (ને, એ) stay: they tell "hits the child" (બાળકને મારે) from "the child hits" (બાળક મારે).
GUJARATI_POSTPOSITIONS = ("માંથી", "માથી", "વાળા", "વાળી", "પાસે", "માં", "થી", "નો", "ની", "નું",
                          "ના", "નાં", "મા", "નુ", "પર")
GUJARATI_MIN_STEM = 2
# Pronoun forms a postposition follows (એના-થી, મારા-થી): "from him" must not become "his".
GUJARATI_PRONOUN_ENDS = ("ના", "ારા")
# Gujarati possessives ("my": મારા, મારો, મારું) fold onto the stem of "hit" (માર) once their
# vowel goes: they keep it. (મારી is "my" and "hit" alike and stays a stem of both; Gurmukhi
# ਮੇਰਾ and Urdu میرا differ from ਮਾਰ and مار in their first vowel already.)
POSSESSIVES = frozenset({"મારા", "મારો", "મારું", "મારુ", "તારા", "તારો", "તારું", "તારુ"})
# A Latin stem this short left by taking an ending off is marked: the inflections of a short
# word meet each other but not the bare word of the same letters (romanised Urdu "chote",
# small, is not "chot", injury). Arabic script is left alone: an attached pronoun keeps the
# word ("ابني", my son, is "ابن", son).
LATIN_SHORT_STEM = 4
SHORT_MARK = "~"
URDU_FOLDS = str.maketrans({"\u06be": "\u06c1", "\u06c3": "\u06c1", "\u0624": "\u0648",
                            "\u0626": "\u06cc", "\u06d3": "\u06d2", "\u0622": "\u0627"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """`word` (normalised) folded to the stem its inflections share."""
    if not word or word[0].isdigit():
        return word
    first = ord(word[0])  # the script by the first letter, before a regular expression
    if 0x0600 <= first <= 0x06FF:
        return _arabic_script(word)
    if 0x0A00 <= first <= 0x0AFF:
        return _indic(word)
    return _latin(word) if LATIN.match(word) else word


def _latin(word: str) -> str:
    if word.endswith(SOMALI_ENDS) and (found := SOMALI_PERSON.match(word)):  # and no sub:
        word = found[1] + found[2]  # a template costs as much as the stem
    if REPEATS.search(word):
        word = REPEATS.sub(_first, word)
    for size, endings in _ENDINGS_BY_LENGTH:  # the longest that leaves a stem
        if len(word) - size >= LATIN_MIN_STEM and word[-size:] in endings:
            return _marked(word[:-size])
    return word


def _first(found: re.Match[str]) -> str:
    """A repeated letter once (REPEATS' replacement, as a function: no template to parse)."""
    return found[1]


def _marked(stem: str) -> str:
    """A Latin stem left by taking an ending off, marked when it is short."""
    return stem + SHORT_MARK if len(stem) <= LATIN_SHORT_STEM else stem


def _arabic_script(word: str) -> str:
    word = fold_urdu(word)
    if word[0] in "وف" and word[1:] in ARABIC_NEGATIONS:
        return word[1:]
    for _ in range(ARABIC_MAX_PREFIXES):
        word = _without_prefix(word)
    while len(word) > ARABIC_MIN_STEM and word[-1] in ARABIC_SCRIPT_ENDINGS:
        word = word[:-1]
    return word


def _without_prefix(word: str) -> str:
    """`word` less the longest prefix that leaves a stem."""
    for size, prefixes in _PREFIXES_BY_LENGTH:
        if len(word) - size >= ARABIC_MIN_STEM and word[:size] in prefixes:
            return word[size:]
    return word


def _by_length(affixes: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """`affixes` as a set for each length, longest first: a lookup for each length, not a
    test for each affix (a long message of new words stems every one)."""
    return tuple((size, frozenset(a for a in affixes if len(a) == size))
                 for size in sorted({len(a) for a in affixes}, reverse=True))


_PREFIXES_BY_LENGTH = _by_length(ARABIC_PREFIXES)
_ENDINGS_BY_LENGTH = _by_length(LATIN_ENDINGS)


def fold_urdu(word: str) -> str:
    """An Urdu-script word with its letter variants folded (ھ and ہ, ؤ and و, ئ and ی)."""
    return word.translate(URDU_FOLDS)


def fold_indic(word: str) -> str:
    """A Gurmukhi or Gujarati word with the marks people type either way folded."""
    return word.translate(INDIC_FOLDS)


def without_postposition(word: str) -> str:
    """A Gujarati word without the postposition written onto it (પતિથી: પતિ)."""
    for ending in GUJARATI_POSTPOSITIONS:
        rest = word[: -len(ending)]
        if word.endswith(ending) and len(rest) >= GUJARATI_MIN_STEM:
            return word if rest.endswith(GUJARATI_PRONOUN_ENDS) else rest
    return word


def _indic(word: str) -> str:
    if 0x0A80 <= ord(word[0]) <= 0x0AFF:
        word = without_postposition(word)
    word = fold_indic(word)
    if word in _FOLDED_POSSESSIVES:
        return word
    while len(word) > INDIC_MIN_STEM and word[-1] in INDIC_ENDINGS:
        word = word[:-1]
    return word


_FOLDED_POSSESSIVES = frozenset(fold_indic(word) for word in POSSESSIVES)


def stems(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Every token of a normalised message, stemmed."""
    return tuple(stem(token) for token in tokens)

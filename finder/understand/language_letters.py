"""What a message's letters say of its language: letters only Urdu, Arabic or Polish write, and
Arabic typed in Latin letters with digits for the letters English lacks ("msa3de", "3la")."""

from __future__ import annotations

from finder.understand.text import Words

# Urdu writes its own digits (۱۲۳, U+06F0-06F9) and its own heh (ہ); Arabic writes ٣٨
# (U+0660-0669) and ه. "غ" stands for an English g in Arabic spellings ("غرانثام"), where Urdu
# writes "گ".
URDU_LETTERS = frozenset("ےںٹڈڑگپچژکیہھۓ۰۱۲۳۴۵۶۷۸۹")
ARABIC_LETTERS = frozenset("ةىيكأإغه٠١٢٣٤٥٦٧٨٩")
LETTER_WEIGHT = 0.5
SHAHMUKHI_SHARE = 0.9  # of Urdu's letters, for Punjabi: most Urdu-letter messages are Urdu
POLISH_LETTERS = frozenset("ąćęłńśźżĄĆĘŁŃŚŹŻ")
ARABIZI_DIGITS, ARABIZI_NEXT = ("3", "7"), "aeioun"  # ع and ح opening a word: "3la", "7abibi"
NOT_ARABIZI = frozenset({"am", "ish", "nd", "months", "in", "on", "or", "and", "of", "ys"})


def arabizi(words: Words) -> int:
    """Digits written as Arabic letters inside a Latin word ("msa3de", "sa3edni"): letters,
    a digit and letters glued together, which no postcode, age or ordinal is; or at a word's
    start, an ع or ح before a vowel or n ("3la", "3andou", "3ndi", "7abibi"), which no age
    ("3yo", "2lata"), ordinal ("3rd") or hour ("7am") is."""
    tokens, glued = words.tokens, words.glued
    if True not in glued:  # both kinds are glued to what follows: most messages have none
        return 0
    inside = sum(1 for i in range(1, len(tokens) - 1)
                 if glued[i] and glued[i + 1] and tokens[i].isdigit() and len(tokens[i]) == 1
                 and tokens[i - 1].isalpha() and tokens[i + 1].isalpha())
    starting = sum(1 for i in range(len(tokens) - 1)
                   if not glued[i] and glued[i + 1] and tokens[i] in ARABIZI_DIGITS
                   and tokens[i + 1].isalpha() and len(tokens[i + 1]) >= 2
                   and tokens[i + 1][0] in ARABIZI_NEXT and tokens[i + 1] not in NOT_ARABIZI)
    return inside + starting


def add_letters(scores: dict[str, float], text: str, allowed: tuple[str, ...]) -> None:
    """Evidence from letters only some of the `allowed` languages write (or the script)."""
    # No letter counted here is ASCII: an ASCII text has none. Otherwise each letter the text
    # holds (its set, made once) is counted by `str.count`: not a text loop, nor a count of
    # each of forty letters, most of them absent.
    present = frozenset() if text.isascii() else set(text)
    if present and "pl" in allowed:
        scores["pl"] += 2 * sum(map(text.count, POLISH_LETTERS & present))
    if present and "ar" in allowed:
        urdu = LETTER_WEIGHT * sum(map(text.count, URDU_LETTERS & present))
        scores["ur"] += urdu
        scores["ar"] += LETTER_WEIGHT * sum(map(text.count, ARABIC_LETTERS & present))
        if scores.get("pa"):  # Shahmukhi writes Urdu's letters: its words tell it apart
            scores["pa"] += SHAHMUKHI_SHARE * urdu
    if len(allowed) == 1:
        scores[allowed[0]] += 1

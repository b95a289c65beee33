"""The words a parent can send at any step, in every language, and how a message is matched.

A command is the whole message (after trimming case, spaces and punctuation), never a word
inside a longer message, so "more sleep tips" is not "more". Words in languages other than
English are drafts awaiting review by a native speaker. Of the words Twilio keeps for itself
(`TWILIO_RESERVED`) only HELP is a command: Twilio passes it on to the webhook as well, and
the finder's own help answers it (turn off Twilio's default HELP reply, see README).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

COMMANDS = ("restart", "more", "back", "help", "language")

# Twilio's opt-out, opt-in and help keywords, matched by Twilio on the whole message.
TWILIO_RESERVED = frozenset({
    "stop", "stopall", "unsubscribe", "cancel", "end", "quit", "start", "yes", "unstop",
    "help", "info", "revoke", "optout",
})

# command -> language -> words; the first word is the one the finder shows to parents.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "restart": {
        "en": ("restart", "start again", "start over", "new search", "begin again"),
        "pl": ("od nowa", "od początku", "od poczatku", "zacznij od nowa"),
        "gu": ("ફરી શરૂ", "fari sharu", "fari thi"),
        "pa": ("ਮੁੜ ਸ਼ੁਰੂ", "mud shuru", "dubara shuru"),
        "ur": ("دوبارہ شروع", "dobara shuru", "phir se"),
        "so": ("dib u bilow", "ka bilow mar kale"),
        "ar": ("ابدأ من جديد", "من جديد", "min jadid"),
    },
    "more": {
        "en": ("more", "more results", "next", "show more"),
        "pl": ("więcej", "wiecej", "dalej"),
        "gu": ("વધુ", "vadhu", "vadhare"),
        "pa": ("ਹੋਰ", "hor", "hor dikhao"),
        "ur": ("مزید", "mazeed", "aur dikhao"),
        "so": ("wax kale", "kuwo kale", "dheeraad"),
        "ar": ("المزيد", "أكثر", "almazid"),
    },
    "back": {
        "en": ("back", "go back", "previous"),
        "pl": ("wstecz", "cofnij", "wróć", "wroc"),
        "gu": ("પાછળ", "pachhal", "pachu jao"),
        "pa": ("ਪਿੱਛੇ", "pichhe", "wapas jao"),
        "ur": ("واپس", "wapas", "peeche"),
        "so": ("dib u noqo", "gadaal", "dib"),
        "ar": ("رجوع", "ارجع", "rujoo"),
    },
    "help": {
        "en": ("help", "options", "menu", "commands", "what can i send", "what can i do",
               "how does this work", "how does it work", "what do i do"),
        "pl": ("pomoc", "opcje", "co mogę napisać", "co moge napisac", "jak to działa",
               "jak to dziala"),
        "gu": ("મદદ", "madad karo", "vikalp", "shu lakhu", "shu moklu"),
        "pa": ("ਮਦਦ", "madad", "chone", "ki likhan", "ki bhejan"),
        "ur": ("مدد", "madad chahiye", "options batao", "kya likhun", "kya bhejun",
               "کیا لکھوں"),
        "so": ("caawimo", "caawi", "doorashooyin", "maxaan qoraa", "sidee u shaqeysaa"),
        "ar": ("مساعدة", "قائمة", "musaada", "شو اكتب", "ماذا أكتب", "كيف يعمل"),
    },
    "language": {
        "en": ("language", "change language", "languages"),
        "pl": ("język", "jezyk", "zmień język", "zmien jezyk"),
        "gu": ("ભાષા", "bhasha badlo"),
        "pa": ("ਭਾਸ਼ਾ", "bhasha"),
        "ur": ("زبان", "zaban", "zubaan"),
        "so": ("luqad", "luuqad", "beddel luqadda"),
        "ar": ("اللغة", "لغة", "lugha"),
    },
}


# Words around a command that leave it the command: "more please", "show me more", "go back
# pls", "مزید دکھائیں". Only at the start or end of the message, never inside it, so "more
# sleep tips" stays a message. Drafts in the languages other than English, awaiting review by
# a native speaker.
AROUND = (
    "please", "pls", "plz", "thanks", "thank you", "ta", "x", "xx", "ok", "okay",
    "show me", "show", "can i see", "can i have", "can you", "give me", "some", "any",
    "proszę", "prosze", "poproszę", "poprosze", "pokaż", "pokaz", "dzięki", "dzieki",
    "batavo", "બતાવો", "krupa kari", "kripya", "ji", "jee", "ਜੀ", "dasso", "ਦੱਸੋ",
    "dikhao", "dikhaen", "دکھائیں", "دکھاؤ", "جی", "meherbani", "مہربانی",
    "fadlan", "mahadsanid", "i tus", "من فضلك", "لو سمحت", "شكرا", "ممكن", "أعطني",
)


class _Kept(dict[int, int]):
    """Each character's code point if it is a letter, mark or digit, else a space's: filled as
    characters are first seen (up to `KEPT_CHARACTERS`), so `str.translate` reads it in C."""

    def __missing__(self, code: int) -> int:
        found = code if unicodedata.category(chr(code))[0] in "LMN" else 32
        if len(self) < KEPT_CHARACTERS:
            self[code] = found
        return found


KEPT_CHARACTERS = 20000  # far more than the scripts parents write in use
_KEPT = _Kept()
# The same rule for ASCII as a bytes table (the dict subclass is looked up for each letter).
_KEPT_ASCII = bytes(_KEPT[code] if code < 128 else 32 for code in range(256))


@lru_cache(maxsize=16)  # a turn asks it of one message four times (command, stop, new, fix)
def normalise(text: str) -> str:
    """Case folded and composed, with punctuation, symbols and runs of space made one space.

    Letters, marks and digits stay: Indic vowel signs are marks, and dropping them would merge
    different words.
    """
    if text.isascii():  # NFC leaves ASCII as it is and casefolds it as lower(): bytes, in C
        return b" ".join(text.encode("ascii").lower().translate(_KEPT_ASCII).split()).decode()
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.translate(_KEPT).split())


def _index() -> dict[str, str]:
    found: dict[str, str] = {}
    for command, languages in WORDS.items():
        for words in languages.values():
            for word in words:
                found[normalise(word)] = command
    return found


_BY_WORD = _index()
# the longest first, so "show me" goes before "show"
_AROUND = sorted((normalise(phrase).split() for phrase in AROUND), key=len, reverse=True)
# The phrases by their first and by their last word: a message's own first and last word pick
# the few worth comparing (in `_AROUND`'s order), instead of every phrase for every form.
_STARTS: dict[str, list[list[str]]] = {}
_ENDS: dict[str, list[list[str]]] = {}
for _phrase in _AROUND:
    _STARTS.setdefault(_phrase[0], []).append(_phrase)
    _ENDS.setdefault(_phrase[-1], []).append(_phrase)


# Every word of a command or of a polite phrase: a message with any other word is no command,
# whatever is trimmed from it (most messages, told apart by one set look-up in C).
_VOCABULARY = frozenset(word for phrase in (*_BY_WORD, *map(" ".join, _AROUND))
                        for word in phrase.split())


def match(text: str) -> str | None:
    """The command this whole message is, in any language, alone or with the polite words
    `AROUND` before or after it, or None."""
    if not _VOCABULARY.issuperset(normalise(text).split()):
        return None
    return next((_BY_WORD[form] for form in forms(text) if form in _BY_WORD), None)


def forms(text: str) -> list[str]:
    """The message normalised, then without each polite phrase around it in turn."""
    words, found = normalise(text).split(), []
    while words and (not found or found[-1] != " ".join(words)):
        found.append(" ".join(words))
        words = _trim(words)
    return found


def _trim(words: list[str]) -> list[str]:
    """`words` without one polite phrase at its start and one at its end."""
    for phrase in _STARTS.get(words[0], ()) if words else ():
        if words[:len(phrase)] == phrase:
            words = words[len(phrase):]
            break
    for phrase in _ENDS.get(words[-1], ()) if words else ():
        if len(words) > len(phrase) and words[-len(phrase):] == phrase:
            return words[:-len(phrase)]
    return words


def word(command: str, language: str) -> str:
    """The word to show a parent for `command` in `language` (upper case where it has case)."""
    return WORDS[command][language][0].upper()

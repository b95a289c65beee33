"""Reading short answers: a cleaned message, a menu number in any script, a language named."""

from __future__ import annotations

import re
import unicodedata

from finder.conversation import commands
from finder.languages import LANGUAGES, NATIVE_NAMES
from finder.understand.language import script
from finder.understand.types import Interpretation

MAX_TEXT = 1000
LANGUAGE_NAMES = {"english": "en", "polish": "pl", "gujarati": "gu", "punjabi": "pa",
                  "urdu": "ur", "somali": "so", "arabic": "ar"}


def clean(text: str) -> str:
    """The message without control characters, cut to the longest message we read."""
    text = str(text or "")
    if not text.isprintable():  # printable text has no character of a "C" category to replace
        text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)
    return " ".join(text.split())[:MAX_TEXT]


def number(text: str) -> int | None:
    """A numbered answer ("2", "2.", "٢", "૨"), or None."""
    value = commands.normalise(text)
    return int(value) if value.isdecimal() and len(value) <= 2 else None


# Languages that read alike in one script: romanised Gujarati, Punjabi, Urdu and Arabizi share
# most of their everyday words ("baccha", "saal", "hai"), and Urdu and Arabic share letters. A
# message in one of these, in a conversation in another of the same group, is no clear sign
# that the parent changed language ("dooja baccha 7 saal da hai" read as Urdu in Punjabi).
ALIKE = {"latin": frozenset({"gu", "pa", "ur", "ar"}), "arabic": frozenset({"ur", "ar"})}
# So few Latin words say little about which language they are in ("ok thanks", "LE4 oadby").
FEW_WORDS = 3


def changes_language(text: str, current: str, found: str, progressed: bool) -> bool:
    """Whether a message read as `found` is clearly in another language than `current`, the
    language the conversation has heard. Once the parent has told us something, a different
    script says so; a few Latin words, or words of a language that reads alike, do not."""
    if found == current or not progressed:  # before anything else, a greeting says little
        return found != current
    written = script(text)
    alike = {current, found} <= ALIKE.get(written, frozenset())
    return not alike and not (written == "latin" and len(text.split()) <= FEW_WORDS)


def pick_language(text: str) -> str | None:
    """A language chosen by menu number, native name, English name or code."""
    choice = number(text)
    if choice is not None:
        return LANGUAGES[choice - 1] if 1 <= choice <= len(LANGUAGES) else None
    value = commands.normalise(text)
    natives = {commands.normalise(name): code for code, name in NATIVE_NAMES.items()}
    return natives.get(value) or LANGUAGE_NAMES.get(value) or (
        value if value in LANGUAGES else None)


# Words that mark a message as a new request, not more about the last one ("actually it's
# about my eldest"): only then does a need replace the one the parent gave. Drafts in the
# languages other than English, awaiting review by a native speaker.
NEW_REQUEST = (
    "actually", "instead", "new question", "another question", "different question",
    "about my eldest", "about my youngest", "about my other", "something else",
    "właściwie", "wlasciwie", "tak naprawdę", "tak naprawde", "inne pytanie", "chodzi o",
    "ખરેખર", "બીજો પ્રશ્ન", "asal ma", "bijo prashn", "kharekhar", "khare khar",
    "મોટી દીકરી વિશે", "મોટા દીકરા વિશે", "moti dikri vishe", "mota dikra vishe",
    "ਅਸਲ ਵਿੱਚ", "ਹੋਰ ਸਵਾਲ", "asal vich", "hor sawal", "asal ch",
    "ਵੱਡੀ ਧੀ ਬਾਰੇ", "ਵੱਡੇ ਪੁੱਤ ਬਾਰੇ", "vaddi dhee bare", "vadde putt bare",
    "اصل میں", "دوسرا سوال", "asal mein", "asal me", "dusra sawal",
    "بڑی بیٹی کی بات", "بڑے بیٹے کی بات", "bari beti ki baat", "bare bete ki baat",
    "dhab ahaantii", "su'aal kale", "suaal kale", "waxay ku saabsan tahay",
    "في الواقع", "سؤال آخر", "بالأحرى", "بخصوص ابني الكبير", "بخصوص ابنتي الكبرى",
    "عن ابني الكبير", "عن ابنتي الكبرى",
)


class _AnyOf:
    """Every phrase as a whole run of words in a normalised message: one search for them all
    (one pass over it, where testing each phrase in turn made as many), made only when a word
    of the message begins one of them (a set look-up in C rules most messages out)."""

    def __init__(self, phrases: tuple[str, ...]) -> None:
        forms = [commands.normalise(phrase) for phrase in phrases]
        self.first_words = frozenset(form.split()[0] for form in forms)
        self.pattern = re.compile("|".join(re.escape(f" {form} ") for form in forms))

    def found_in(self, text: str) -> bool:
        said = commands.normalise(text)
        return not self.first_words.isdisjoint(said.split()) and \
            self.pattern.search(f" {said} ") is not None


_NEW_REQUEST = _AnyOf(NEW_REQUEST)


def is_new_request(text: str) -> bool:
    """Whether the message says it is a new question rather than more about the last one."""
    return _NEW_REQUEST.found_in(text)


# Words that mark a message as correcting what the parent said ("sorry I meant 3", "no, she's
# 3 not 2"): the need or age it names replaces the one given, rather than adding a second.
# Drafts in the languages other than English, awaiting review by a native speaker.
CORRECTION = (
    "i meant", "i mean", "meant to say", "my mistake", "typo", "sorry no", "no sorry",
    "wrong age", "correction",
    "chodziło mi o", "chodzilo mi o", "miałam na myśli", "mialam na mysli", "miałem na myśli",
    "mialem na mysli", "pomyłka", "pomylka", "sorry pomyłka",
    "maro matlab", "mara kehvano matlab", "bhool thai", "bhul thai", "ભૂલ થઈ",
    "mera matlab", "galti ho gayi", "ਗਲਤੀ ਹੋ ਗਈ", "ਮੇਰਾ ਮਤਲਬ",
    "galti se", "ghalti se", "غلطی سے", "میرا مطلب",
    "waxaan ula jeeday", "khalad baan", "khalad",
    "قصدي", "أقصد", "اقصد", "غلطة", "عفوا قصدي",
)
_CORRECTION = _AnyOf(CORRECTION)


def is_correction(text: str) -> bool:
    """Whether the message corrects something the parent said rather than adding to it."""
    return _CORRECTION.found_in(text)


# "Yes" to a yes-or-no question such as the one after a feeling (its reply asks for "1"; many
# parents answer "yes" all the same). Drafts in the languages other than English, awaiting
# review by a native speaker.
YES = (
    "yes", "yes please", "yeah", "yep", "ok", "okay", "please",
    "tak", "tak poproszę", "tak prosze", "poproszę", "prosze",
    "હા", "હા જી", "ha", "haa", "haan", "haan ji", "ji",
    "ਹਾਂ", "ਹਾਂ ਜੀ", "ਜੀ",
    "ہاں", "جی", "جی ہاں", "ہاں جی",
    "haa fadlan", "fadlan",
    "نعم", "نعم من فضلك", "أجل", "ايوه", "اه", "naam",
)
_YES = frozenset(commands.normalise(word) for word in YES)


def is_yes(text: str) -> bool:
    """Whether the whole message says yes."""
    return commands.normalise(text) in _YES


# A parent asking in their own words to stop the texts ("stop please", "stop texting me"):
# Twilio opts a number out only on STOP alone, so the reply says how. Drafts in the languages
# other than English, awaiting review by a native speaker.
STOP_ASKED = (
    "stop", "stop texting me", "stop messaging me", "stop sending me messages",
    "stop the texts", "unsubscribe me", "no more texts", "leave me alone",
    "przestań", "przestan", "nie piszcie", "nie piszcie do mnie", "koniec",
    "બંધ કરો", "band karo", "bandh karo", "ਬੰਦ ਕਰੋ", "band karo ji",
    "بند کرو", "بند کریں", "messages band karo",
    "jooji", "iga daa", "fariimaha jooji",
    "توقف", "وقف", "أوقف الرسائل", "اوقف الرسائل", "بطل ترسل",
)
_STOP_ASKED = frozenset(commands.normalise(phrase) for phrase in STOP_ASKED)
# Every word of those phrases and of the polite words around them: a message with any other
# word asks no such thing, whatever is trimmed from it (one set look-up in C, as for commands).
_STOP_VOCABULARY = frozenset(word for phrase in (*_STOP_ASKED, *commands.AROUND)
                             for word in commands.normalise(phrase).split())


def asks_to_stop(text: str) -> bool:
    """Whether the message asks to stop the texts in other words than STOP alone."""
    if not _STOP_VOCABULARY.issuperset(commands.normalise(text).split()):
        return False
    return any(form in _STOP_ASKED for form in commands.forms(text))


def answers_the_question(step: str | None, found: Interpretation) -> bool:
    """Whether a message gives what the open question asked ("sorry, Oadby" to "where?")
    and no new need: then it is that answer, however long the parent took to send it."""
    if found.needs or found.safety:
        return False
    return (step == "place" and (found.place is not None or bool(found.place_candidates))) \
        or (step == "age" and bool(found.age_months or found.expecting))

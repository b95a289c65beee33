"""Questions about the results just shown ("is it free?", "do I need a referral?", "just the
number"), in every language, and each shown result's answer from its listing.

A question is a word inside the message, unlike a command, which is the whole message; it is
looked for only when nothing else in the message was understood. Words in languages other than
English are drafts awaiting review by a native speaker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from finder.conversation.results import join, takes_self_referral

# topic -> language -> words (lower case; found anywhere in the message)
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "cost": {
        "en": ("free", "cost", "how much", "pay for", "price", "charge"),
        "pl": ("darmow", "bezpłat", "bezplat", "koszt", "płaci", "placi", "ile to"),
        "gu": ("free", "મફત", "mafat", "paisa", "પૈસા", "kharch"),
        "pa": ("free", "ਮੁਫ਼ਤ", "ਮੁਫਤ", "mufat", "muft", "paise", "ਪੈਸੇ", "kharcha"),
        "ur": ("free", "muft", "مفت", "paise", "پیسے", "kharcha", "fees", "فیس"),
        "so": ("bilaash", "lacag", "qiimo"),
        "ar": ("مجان", "ببلاش", "بلاش", "تكلفة", "فلوس", "بكم", "majjan"),
    },
    "referral": {
        "en": ("referral", "refer me", "referred", "gp letter"),
        "pl": ("skierowani", "skierowan"),
        "gu": ("referral", "રેફરલ"),
        "pa": ("referral", "ਰੈਫ਼ਰਲ", "ਰੈਫਰਲ"),
        "ur": ("referral", "ریفرل"),
        "so": ("referral", "gudbin"),
        "ar": ("إحالة", "احالة", "تحويل", "referral"),
    },
    "phone": {
        "en": ("phone number", "phone no", "number to call", "contact number", "who do i call",
               "number pls", "number please", "a number"),
        "pl": ("numer telefonu", "numer tel", "telefon"),
        "gu": ("phone number", "ફોન નંબર", "number aapo"),
        "pa": ("phone number", "ਫ਼ੋਨ ਨੰਬਰ", "ਫੋਨ ਨੰਬਰ", "number dasso"),
        "ur": ("phone number", "فون نمبر", "number do", "number batao"),
        "so": ("lambarka", "taleefan", "telefoon"),
        "ar": ("رقم تلفون", "رقم التلفون", "رقم الهاتف", "رقم تليفون", "raqam"),
    },
}


def topic(text: str) -> str | None:
    """The topic a message asks about, in any language, else None."""
    folded = text.casefold()
    for name, languages in WORDS.items():
        if any(word in folded for words in languages.values() for word in words):
            return name
    return None


def answer(name: str, service: Mapping[str, Any]) -> dict[str, str]:
    """One shown result's answer to `name`: its cost, whether it takes self-referral, or how
    to get in touch (the sourced number, web address or route; never one we do not have)."""
    if name == "cost":
        return {"cost": service.get("cost") or "unknown"}
    if name == "referral":
        return {"self": "yes" if takes_self_referral(service) else "no"}
    route = join(dict(service))
    if route["how"] == "phone-website":  # the number asked for; the page is one reply away
        route["how"] = "phone"
    return route

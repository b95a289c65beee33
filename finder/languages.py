"""The languages the finder speaks (codes fixed in DESIGN.md) and how each is written."""

LANGUAGES = ("en", "pl", "gu", "pa", "ur", "so", "ar")
DEFAULT_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ur", "ar"})
# Written with letters outside GSM-7 (Polish ą ę ł, and every non-Latin script): an SMS in
# these holds 67 characters a segment instead of 153, so their replies must be shorter.
UCS2_LANGUAGES = frozenset({"pl", "gu", "pa", "ur", "ar"})

# Each language named in its own script, for menus a parent reads before choosing.
NATIVE_NAMES = {
    "en": "English",
    "pl": "Polski",
    "gu": "ગુજરાતી",
    "pa": "ਪੰਜਾਬੀ",
    "ur": "اردو",
    "so": "Soomaali",
    "ar": "العربية",
}


def direction(language: str) -> str:
    """The text direction for `<html dir>`: "rtl" for Urdu and Arabic, else "ltr"."""
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"

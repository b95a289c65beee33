"""Every sentence the finder says outside a template, translated through the same catalogues.

Pure code (search, conversation) cannot use Flask-Babel's request locale, so it names the
language: `say("pl", WHY_SLEEP)`. Mark each sentence with `N_` where it is defined so that
`flask --app wsgi i18n extract` finds it; pass named placeholders as keyword arguments.
"""

from __future__ import annotations

from functools import cache, lru_cache

from babel.support import NullTranslations, Translations

from finder.config import PROJECT_ROOT
from finder.languages import DEFAULT_LANGUAGE, LANGUAGES

TRANSLATIONS = PROJECT_ROOT / "translations"


def N_(message: str) -> str:  # noqa: N802 - the name gettext tools look for
    """Mark a sentence for extraction without translating it yet."""
    return message


@cache
def catalogue(language: str) -> NullTranslations:
    if language not in LANGUAGES or language == DEFAULT_LANGUAGE:
        return NullTranslations()
    return Translations.load(str(TRANSLATIONS), [language], domain="messages")


def say(language: str, message: str, **params: object) -> str:
    """`message` in `language`, with its named placeholders filled."""
    text = translated(language, message)
    return text % params if params else text


def load_catalogues() -> None:
    """Every language's catalogue, loaded now: before gunicorn forks, so that its workers share
    them instead of each parsing them on a first text (tens of milliseconds each)."""
    for language in LANGUAGES:
        catalogue(language)


@lru_cache(maxsize=4096)  # bounded, should a caller ever pass text that is not a sentence here
def translated(language: str, message: str) -> str:
    """One lookup per language and sentence per process (catalogues are loaded once too)."""
    return catalogue(language).gettext(message)

"""Languages in requests (Flask-Babel) and the `flask --app wsgi i18n …` commands.

The locale comes from the user's choice (`?lang=`, then the `lang` cookie), then the browser.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import click
from babel.messages.frontend import CommandLineInterface
from babel.support import NullTranslations
from flask import Flask, g, has_app_context, request
from flask_babel import Babel, get_translations

from finder.config import PROJECT_ROOT
from finder.languages import DEFAULT_LANGUAGE, LANGUAGES, NATIVE_NAMES, direction

TRANSLATIONS = PROJECT_ROOT / "translations"
POT = TRANSLATIONS / "messages.pot"
COOKIE = "lang"
# English is the source language: it needs no catalogue.
TRANSLATED = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)
REVIEW_MARK = "Draft translation awaiting review by a native speaker."


def select_locale() -> str:
    """The language for this request: explicit choice, then cookie, then the browser."""
    chosen = request.args.get("lang") or request.cookies.get(COOKIE)
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE


def init_app(app: Flask) -> None:
    app.config.setdefault("TRANSLATIONS_DIR", TRANSLATIONS)
    Babel(app, locale_selector=select_locale,
          default_translation_directories=str(TRANSLATIONS))
    app.cli.add_command(i18n)
    # Flask-Babel finds the request's locale, domain and catalogue anew for every `_()` in a
    # template: more than half of rendering a results page. Look them up once per language,
    # and each sentence once per render (a worker's 30 cards repeat the same labels).
    app.jinja_env.install_gettext_callables(
        gettext=translated,
        ngettext=lambda s, p, n: translations().ungettext(s, p, n),
        pgettext=lambda c, s: translations().upgettext(c, s),
        npgettext=lambda c, s, p, n: translations().unpgettext(c, s, p, n),
        newstyle=True)

    @app.context_processor
    def language_context() -> dict[str, object]:
        language = current_language()
        return {"lang": language, "dir": direction(language), "native_names": NATIVE_NAMES}


def translations() -> NullTranslations:
    """The catalogue for the language in force (a `force_locale` block included), found once
    per request and language."""
    if not has_app_context():
        return get_translations()
    state = g._get_current_object().__dict__  # one proxy lookup, not one per attribute
    babel = state.get("_flask_babel")
    key = id(getattr(babel, "babel_locale", None))
    found = state.setdefault("_catalogues", {})
    if key not in found:
        found[key] = get_translations()
    return found[key]


def translated(message: str) -> str:
    """`message` in the language in force, taken from the catalogue once per request."""
    catalogue = translations()
    seen = g._get_current_object().__dict__.setdefault("_translated", {}) \
        if has_app_context() else {}
    key = (id(catalogue), message)
    if key not in seen:
        seen[key] = catalogue.ugettext(message)
    return seen[key]


def current_language() -> str:
    if "language" not in g:
        g.language = select_locale()
    return g.language


def _babel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


@click.group(help="Extract, update and compile the translation catalogues.")
def i18n() -> None:
    pass


@i18n.command(help="Collect every translatable sentence into translations/messages.pot.")
def extract() -> None:
    with contextlib.chdir(PROJECT_ROOT):  # `#:` references relative to the project, not a path
        _babel("extract", "-F", "babel.cfg", "-k", "lazy_gettext", "-k", "_l", "--sort-by-file",
               "--no-wrap", "-o", str(POT), "finder")
    click.echo(f"extracted {POT}")


@i18n.command(help="Merge messages.pot into every language's catalogue (new ones created).")
def update() -> None:
    for language in TRANSLATED:
        po = catalogue_path(language)
        if po.exists():
            _babel("update", "-i", str(POT), "-d", str(TRANSLATIONS), "-l", language,
                   "--no-wrap", "--ignore-obsolete")
        else:
            _babel("init", "-i", str(POT), "-d", str(TRANSLATIONS), "-l", language, "--no-wrap")
        mark_for_review(po)
    click.echo("updated catalogues for " + ", ".join(TRANSLATED))


def catalogue_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"


def mark_for_review(po: Path) -> None:
    """Say in the catalogue's header that its drafts await a native speaker's review."""
    text = po.read_text(encoding="utf-8")
    if REVIEW_MARK not in text:
        po.write_text(f"# {REVIEW_MARK}\n{text}", encoding="utf-8")


@i18n.command(help="Compile every catalogue to .mo (run after editing a .po file).")
def compile() -> None:  # noqa: A001 - the command's public name
    _babel("compile", "-d", str(TRANSLATIONS), "--statistics")
    click.echo("compiled " + ", ".join(sorted(p.name for p in Path(TRANSLATIONS).iterdir()
                                              if (p / "LC_MESSAGES").is_dir())))

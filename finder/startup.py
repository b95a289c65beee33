"""Checks made once when the app is built: files the finder cannot serve without.

A content file that is not YAML, or a compiled catalogue that cannot be read, stops the start
with a message naming the file, instead of failing a parent's conversation later, when the
lexicons or the translations are first loaded. A catalogue that is missing is no crash (the
finder speaks English, and `/healthz` reports it), so it is logged, not fatal. Under the
`flask` command the problems are only logged, so that `i18n compile` and `directory check`
can still run to mend them.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

import click
from babel.support import Translations
from flask import Flask

from finder.directory.content import ContentError, read_yaml
from finder.i18n import TRANSLATED


class StartupError(RuntimeError):
    """A file the finder cannot serve without is missing or broken; the message names it."""


def check(app: Flask) -> None:
    """Refuse to start (outside the `flask` command) over a broken content or catalogue file."""
    problems = content_problems(Path(app.config["CONTENT_DIR"]))
    problems += catalogue_problems(Path(app.config["TRANSLATIONS_DIR"]))
    for missing in missing_catalogues(Path(app.config["TRANSLATIONS_DIR"])):
        app.logger.warning("No compiled catalogue %s: run `flask --app wsgi i18n compile`",
                           missing)
    if not problems:
        return
    if click.get_current_context(silent=True) is not None:
        for problem in problems:
            app.logger.error("%s", problem)
        return
    raise StartupError("The finder cannot start: " + "; ".join(problems))


def content_problems(root: Path) -> list[str]:
    if not root.is_dir():
        return [f"content folder {root} not found (FINDER_CONTENT_DIR)"]
    stamp = _stamp(root)
    return list(_yaml_problems(stamp)) or list(_shape_problems(str(root), stamp))


def catalogue_problems(root: Path) -> list[str]:
    problems = []
    for path in compiled(root):
        if path.exists():
            problems += _catalogue_problem(path, path.stat().st_mtime_ns)
    return problems


def missing_catalogues(root: Path) -> list[Path]:
    return [path for path in compiled(root) if not path.exists()]


def compiled(root: Path) -> list[Path]:
    return [root / code / "LC_MESSAGES" / "messages.mo" for code in TRANSLATED]


def _stamp(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Every YAML file under `root` with its modification time and size (the cache key)."""
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size)
                 for p in sorted(root.rglob("*.yaml")))


@cache
def _yaml_problems(stamp: tuple[tuple[str, int, int], ...]) -> tuple[str, ...]:
    """Each file that cannot be read as YAML, once per process and version of the files."""
    problems = []
    for name, _, _ in stamp:
        try:
            read_yaml(Path(name))
        except (ContentError, OSError, UnicodeDecodeError) as error:
            problems.append(f"content file {name}: {error}")
    return tuple(problems)


@cache
def _shape_problems(root: str, _stamp: tuple[tuple[str, int, int], ...]) -> tuple[str, ...]:
    """Each content file not of the shape content/schema/ describes (lexicons, needs, ...)."""
    from finder.directory import schema

    return tuple(f"content file {error}" for error in schema.problems(root))


@cache
def _catalogue_problem(path: Path, _mtime: int) -> tuple[str, ...]:
    try:
        with path.open("rb") as handle:
            Translations(handle)
    except (OSError, ValueError, struct.error) as error:
        return (f"catalogue {path} cannot be read ({type(error).__name__}): "
                "run `flask --app wsgi i18n compile`",)
    return ()

"""Every sentence the finder says outside a template lives in one messages module per audience
(`finder/messages/`: parent, worker, staff, api), each worded once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from finder.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "finder"
MESSAGES = PACKAGE / "messages"
# gettext and its markers, as the finder calls them (`_l` is Flask-Babel's lazy_gettext)
CALLS = {"gettext", "ngettext", "lazy_gettext", "_l", "_", "N_", "pgettext", "ugettext"}
# modules that may still hold a literal sentence, each with the reason it cannot move
ALLOWED: dict[str, str] = {}


def literal_sentences(path: Path) -> list[str]:
    """`line n: call("…")` for each gettext-like call given a literal string."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        # `say(language, message)` names the sentence second
        said = node.args[1:2] if name == "say" and isinstance(node.func, ast.Name) else \
            node.args[:1] if name in CALLS else []
        if any(_text(arg) for arg in said):
            found.append(f"line {node.lineno}: {ast.unparse(node)[:80]}")
    return found


def _text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or \
        (isinstance(node, ast.Constant) and isinstance(node.value, str))


def sentences(path: Path) -> list[str]:
    return [node.args[0].value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_"
            and node.args and isinstance(node.args[0], ast.Constant)]


OUTSIDE = sorted(p for p in PACKAGE.rglob("*.py") if not p.is_relative_to(MESSAGES))


@pytest.mark.parametrize("path", OUTSIDE, ids=lambda p: p.relative_to(PROJECT_ROOT).as_posix())
def test_no_sentence_is_written_outside_the_messages_modules(path):
    name = path.relative_to(PROJECT_ROOT).as_posix()
    assert literal_sentences(path) == [] or name in ALLOWED, name


def test_the_check_finds_a_sentence_written_in_place(tmp_path):
    module = tmp_path / "view.py"
    module.write_text('flash(gettext("Saved."))\nlabel = _l(f"Name in {language}")\n'
                      'text = say("pl", "Hello")\nflash(gettext(staff.SAVED))\n'
                      'self.say("help")\n', encoding="utf-8")
    assert sorted(line[:6] for line in literal_sentences(module)) == ["line 1", "line 2", "line 3"]


def test_every_audience_has_its_messages_module():
    assert {p.stem for p in MESSAGES.glob("*.py")} >= {"parent", "worker", "staff", "api"}


def test_no_sentence_is_worded_twice():
    counts = Counter(s for path in MESSAGES.glob("*.py") for s in sentences(path))
    assert len(counts) > 100
    assert [s for s, n in counts.items() if n > 1] == []

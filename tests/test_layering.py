"""Structure: the core never imports the web or storage stack, no import cycles, short modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from finder.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "finder"
CORE = ("finder.understand", "finder.conversation", "finder.search")
# The layers of one conversation, from the core out to its channels: none may be in a cycle.
# (Cycles between a package's __init__ and its own modules elsewhere -- admin's blueprint,
# the state store, oruk, the directory CLI -- are their owners' to untangle next.)
CHANNELS = (*CORE, "finder.sms", "finder.web", "finder.api", "finder.usage",
            "finder.messages", "finder.languages")
FORBIDDEN = ("flask", "werkzeug", "sqlite3", "sqlite_utils", "twilio", "redis")
MAX_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path) -> set[str]:
    """Every module `path` imports, at any depth (an import inside a function counts too)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            names = {f"{base}.{alias.name}" for alias in node.names}
            modules = names & MODULES.keys()  # `from package import module`: the module
            found |= modules if modules == names else {base, *modules}
    return found


def internal(path: Path) -> set[str]:
    """The finder modules `path` imports (a package's name for `from package import x`)."""
    return {m for m in imports(path) if m in MODULES} - {module_name(path)}


@pytest.mark.parametrize("name", [m for m in MODULES if m.startswith(CORE)])
def test_the_core_imports_no_web_storage_or_messaging_library(name):
    found = {m for m in imports(MODULES[name]) if m.split(".")[0] in FORBIDDEN}
    assert found == set(), f"{name} imports {sorted(found)}"


def test_there_are_no_import_cycles():
    graph = {name: internal(path) for name, path in MODULES.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert [c for c in cycles if any(m.startswith(CHANNELS) for m in c)] == []


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m.startswith(CHANNELS)))
def test_no_module_is_over_300_lines(name):
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name}: {lines} lines"

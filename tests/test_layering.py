"""Structure: the core never imports the web or storage stack, no import cycles, short modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from finder.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "finder"
CORE = ("finder.understand", "finder.conversation", "finder.search")
# Only the app factory imports inside a function: the package `finder` is imported first by
# every one of its modules, so it can name the parts it wires together only once it runs.
DEFERRED_IMPORTS = {"finder"}
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
    """Over the whole package, counting imports inside functions: a cycle is a layer upside down."""
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
    assert [" -> ".join(cycle) for cycle in cycles] == []


def test_the_import_graph_has_the_edges_of_a_cycle():
    """The graph the cycle test walks has the edges a cycle is made of (`from package import
    name` included), so an empty answer above means something."""
    assert "finder.admin.blueprint" in internal(MODULES["finder.admin"])
    assert "finder.admin.blueprint" in internal(MODULES["finder.admin.people"])
    assert "finder.state.types" in internal(MODULES["finder.state.sqlite"])
    assert "finder.directory.ids" in internal(MODULES["finder.directory.migrations"])


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_sit_at_the_top_of_the_module(name):
    """An import inside a function hides an arrow the wrong way round; only the factory may."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    inner = [f"line {node.lineno}: {ast.unparse(node)}"
             for function in ast.walk(tree)
             if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
             for node in ast.walk(function) if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert inner == [] or name in DEFERRED_IMPORTS, f"{name}: {inner}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_over_300_lines(name):
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name}: {lines} lines"

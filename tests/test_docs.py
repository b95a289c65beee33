"""The README documents every setting, command and route a person can use."""

from __future__ import annotations

import pytest

from finder.config import DEFAULTS, PROJECT_ROOT, UNPREFIXED

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted(DEFAULTS))
def test_every_setting_is_in_the_readme(key):
    name = key if key in UNPREFIXED else f"FINDER_{key}"
    assert name in README


def commands(app) -> list[str]:
    """The finder's own commands, each group's subcommands as "group sub"."""
    found = []
    for name, command in app.cli.commands.items():
        sub = getattr(command, "commands", None)
        found += [f"{name} {s}" for s in sub] if sub else [name]
    return found


def test_every_command_is_in_the_readme(app):
    missing = [name for name in commands(app) if f"`{name}" not in README]
    assert missing == []


def test_every_public_route_is_in_the_readme(app):
    prefixes = {rule.rule.split("<")[0].rstrip("/") or "/" for rule in app.url_map.iter_rules()
                if not rule.rule.startswith(("/admin", "/static", "/sms/simulator/static"))}
    missing = [p for p in sorted(prefixes) if f" {p}" not in README and f"`{p}" not in README]
    assert missing == []

"""Reading an import (an ORUK feed's address, an ORUK JSON file or upload, or the flat CSV)
into organisations as content dicts, other publishers' terms mapped through `content/`; and
the YAML those dicts are written as when the live directory goes back into `content/`.

Every import, from the command line or the staff page, then goes the same way: planned
against the live directory, reviewed, applied (`transfer.plan`, `transfer.apply`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from finder.directory import csvfile, oruk_feed, oruk_parse, oruk_taxonomies

FOLD_AT = 88


class ImportRefused(Exception):
    """The imported listings are not valid content; nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class ContentDumper(yaml.SafeDumper):
    """YAML that reads well in a review: long text folded, multi-line text kept as written."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # list items indented under their key, as in the hand-written files
        return super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        style = super().choose_scalar_style()
        return '"' if style == "'" else style


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else (">" if len(text) > FOLD_AT else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _represent_list(dumper: yaml.SafeDumper, items: list[Any]) -> yaml.SequenceNode:
    # short lists of words read best on one line, as in the hand-written files
    flow = all(isinstance(item, str | int | float) for item in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flow)


ContentDumper.add_representer(str, _represent_text)
ContentDumper.add_representer(list, _represent_list)


def to_yaml(organisation: dict[str, Any]) -> str:
    """One organisation file, in the order `content/README.md` documents."""
    return yaml.dump(organisation, Dumper=ContentDumper, sort_keys=False, allow_unicode=True,
                     width=88, default_flow_style=False)


@dataclass
class Incoming:
    """What an import brings: organisations with their services, and the mapping that read
    them (with every foreign term it could not map); or a publisher's taxonomies and terms."""

    organisations: list[dict[str, Any]]
    mapping: oruk_feed.Mapping
    taxonomies: list[dict[str, Any]] = field(default_factory=list)


def read_source(source: str, kind: str | None, content_dir: Path | str) -> Incoming:
    """A feed's address (paged through) or a file; `kind` oruk or csv (default: by name)."""
    mapping = oruk_feed.Mapping.from_content(content_dir)
    if source.startswith(("http://", "https://")):
        return Incoming(oruk_parse.parse(oruk_feed.fetch(source), mapping, source), mapping)
    path = Path(source)
    if not path.is_file():
        raise ValueError("no such file")
    return read_text(path.read_text(encoding="utf-8-sig"), kind_of(path.name, kind),
                     content_dir, path.name)


def read_text(text: str, kind: str, content_dir: Path | str, origin: str) -> Incoming:
    """Uploaded or read text; `origin` (the file's name) is what an imported source cites."""
    mapping = oruk_feed.Mapping.from_content(content_dir)
    if kind != "csv":
        taxonomies = oruk_taxonomies.found_in(oruk_feed.loads(text))
        if taxonomies:
            return Incoming([], mapping, taxonomies)
    return Incoming(parse_listings(text, kind, mapping, origin), mapping)


def kind_of(name: str, kind: str | None = None) -> str:
    return kind or ("csv" if name.lower().endswith(".csv") else "oruk")


def parse_listings(text: str, kind: str, mapping: oruk_feed.Mapping | None = None,
                   origin: str = "") -> list[dict[str, Any]]:
    """Organisations (content dicts) from ORUK JSON (a list, a page, one service or one
    organisation), or from the flat CSV."""
    if kind == "csv":
        return csvfile.parse(text)
    return oruk_parse.parse(oruk_feed.services_in(oruk_feed.loads(text)), mapping, origin)

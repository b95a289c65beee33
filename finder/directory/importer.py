"""Writing imported organisations into `content/organisations/<id>.yaml`, checked first.

An import is tried in a scratch copy of the content folder and written for real only when
`content.check` finds nothing wrong, so a bad file never lands half-way.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from finder.directory import content, csvfile, oruk_feed, oruk_parse

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


def write(organisations: list[dict[str, Any]], content_dir: Path | str) -> list[Path]:
    """Check the organisations against the rest of `content_dir`, then write one file each."""
    content_dir = Path(content_dir)
    bad = [f"organisation id {o.get('id')!r} {content.ID_RULE}"
           for o in organisations if not content.valid_id(o.get("id"))]
    if bad:
        raise ImportRefused(bad)
    texts = {f"{o['id']}.yaml": to_yaml(o) for o in organisations}
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / "content"
        shutil.copytree(content_dir, trial)
        _write_all(texts, trial / "organisations")
        problems = [str(error) for error in content.check(trial)]
    if problems:
        raise ImportRefused(problems)
    return _write_all(texts, content_dir / "organisations")


def _write_all(texts: dict[str, str], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def parse_listings(text: str, kind: str, mapping: oruk_feed.Mapping | None = None,
                   origin: str = "") -> list[dict[str, Any]]:
    """Organisations (content dicts) from ORUK JSON (a list, a page, one service or one
    organisation), or from the flat CSV."""
    if kind == "csv":
        return csvfile.parse(text)
    return oruk_parse.parse(oruk_feed.services_in(oruk_feed.loads(text)), mapping, origin)

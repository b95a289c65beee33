"""No content file gives one key two values in one mapping: YAML keeps the last silently, so a
second `not_exact:` list once dropped the first ("normal" in content/safety/gu.yaml and ur.yaml,
found in session 13). A key repeated with the same value (a number word listed twice) loses
nothing and is allowed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CONTENT = Path(__file__).resolve().parent.parent / "content"
FILES = sorted(CONTENT.rglob("*.yaml"))


class _Strict(yaml.SafeLoader):
    """A safe loader that refuses a key given twice in one mapping with different values."""


def _mapping(loader: _Strict, node: yaml.MappingNode) -> dict:
    seen: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        value = loader.construct_object(value_node, deep=True)
        if key in seen and seen[key] != value:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice, with different values",
                key_node.start_mark)
        seen[key] = value
    return loader.construct_mapping(node, deep=True)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _load(text: str) -> object:
    return yaml.load(text, Loader=_Strict)  # noqa: S506 - a SafeLoader


def test_content_has_yaml_files():
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CONTENT)) for p in FILES])
def test_no_key_is_given_two_values(path):
    _load(path.read_text(encoding="utf-8"))


def test_a_key_given_twice_with_another_value_is_refused():
    with pytest.raises(yaml.constructor.ConstructorError, match="twice"):
        _load("not_exact: [a]\nnot: [b]\nnot_exact: [c]\n")


def test_a_key_repeated_with_its_value_loses_nothing():
    assert _load("words: {sataran: 17, sataran: 17}") == {"words": {"sataran": 17}}

"""One content YAML file read safely, and the error naming the file, record and field at fault."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass
class ContentError(Exception):
    """One problem in one file, named so that a person can find and fix it."""

    file: str
    record: str
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.field}: {self.problem}"


# libyaml's safe loader, where installed, reads the same YAML about eight times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """`yaml.safe_load`, parsed by libyaml where it is installed."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader


def read_yaml(path: Path) -> Any:
    """The file's data; a ContentError naming the file when it is not valid YAML."""
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentError(path.name, "-", "-", f"is not valid YAML: {error}") from error

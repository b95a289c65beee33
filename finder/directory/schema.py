"""The content files' shape, checked against the JSON Schemas in `content/schema/`.

This runs before anything reads a field, so a missing key, an unknown (often misspelt) key or
a value of the wrong type is told as `file: record: field: problem`, never as a traceback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from finder.directory.yamlfile import ContentError, read_yaml

SHIPPED = Path(__file__).resolve().parent.parent.parent / "content" / "schema"
# each content file (a glob under content/) and the schema it must match
FILES = {"organisations/*.yaml": "organisation", "needs.yaml": "needs",
         "lexicon/*.yaml": "lexicon", "districts.yaml": "districts", "safety.yaml": "safety",
         "taxonomy-map.yaml": "taxonomy-map"}
TYPES = {"string": "text", "array": "a list", "object": "a mapping (key: value lines)",
         "integer": "a whole number", "number": "a number", "boolean": "true or false",
         "null": "empty"}


@cache
def validator(folder: str, name: str) -> Draft202012Validator:
    schema = json.loads((Path(folder) / f"{name}.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(root: Path | str) -> list[ContentError]:
    """Every shape problem in the content folder, file by file (empty when all is well)."""
    root = Path(root)
    folder = root / "schema" if (root / "schema").is_dir() else SHIPPED
    found: list[ContentError] = []
    for pattern, name in FILES.items():
        for path in sorted(root.glob(pattern)):
            found += file_problems(path, path.relative_to(root).as_posix(),
                                   validator(str(folder), name))
    return found


def organisation_problems(org: dict[str, Any], file: str) -> list[ContentError]:
    """The shape problems of one organisation dict (with its services), as a file would have."""
    data = plain({k: v for k, v in org.items() if not k.startswith("_")})
    return [_told(file, data, error)
            for error in validator(str(SHIPPED), "organisation").iter_errors(data)]


def file_problems(path: Path, file: str, check: Draft202012Validator) -> list[ContentError]:
    try:
        data = plain(read_yaml(path))
    except ContentError as error:
        return [error]
    return [_told(file, data, error) for error in check.iter_errors(data)]


def plain(data: Any) -> Any:
    """YAML's dates as ISO text, as JSON Schema sees them."""
    if isinstance(data, dict):
        return {str(key): plain(value) for key, value in data.items()}
    if isinstance(data, list):
        return [plain(item) for item in data]
    if isinstance(data, dt.date):
        return data.isoformat()
    return data


def _told(file: str, data: Any, error: ValidationError) -> ContentError:
    path = list(error.absolute_path)
    record = _record(data, path)
    if error.validator == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        unknown = [key for key in error.instance if key not in known]
        within = _field(path, data=data)
        names = [key if within == "-" else f"{within}.{key}" for key in unknown]
        return ContentError(file, record, ", ".join(names), _unknown(unknown, known))
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        return ContentError(file, record, _field(path, missing, data), "is required")
    return ContentError(file, record, _field(path, data=data), _problem(error))


def _unknown(keys: list[str], known: list[str]) -> str:
    guesses = [difflib.get_close_matches(key, known, n=1, cutoff=0.6) for key in keys]
    said = "; ".join(f"did you mean {guess[0]!r}?" for guess in guesses if guess)
    return "unknown key" + ("s" if len(keys) > 1 else "") + (f" ({said})" if said else "")


def _named(node: Any) -> str:
    return str(node.get("id") or node.get("slug") or "") if isinstance(node, dict) else ""


def _record(data: Any, path: list[Any]) -> str:
    """The id of the innermost record on the path (a service, a need), else the file's own;
    in a file of unnamed items, the item's number."""
    node, record = data, str(data.get("id") or data.get("language") or "-") \
        if isinstance(data, dict) else "-"
    item = ""
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(step, int) and _named(node):
            record = _named(node)
        elif isinstance(step, int) and isinstance(node, dict) and not item:
            item = f"item {step + 1}"
    return record if record != "-" or not item else item


def _field(path: list[Any], last: str | None = None, data: Any = None) -> str:
    """The dotted field name within its record; an item of a list that is not a record of
    its own as `name[n]` (`schedules[1].opens_at`, `markers[38]`)."""
    names: list[str] = []
    node = data
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
        if not isinstance(step, int):
            names.append(str(step))
        elif _named(node):
            names = []  # a record of its own: its fields are named from here
        elif names:
            names[-1] += f"[{step + 1}]"
    if last:
        names.append(last)
    return ".".join(names) or "-"


def _problem(error: ValidationError) -> str:
    if error.validator == "type":
        wanted = error.validator_value
        wanted = wanted if isinstance(wanted, list) else [wanted]
        found = "" if isinstance(error.instance, dict | list) else \
            f" (read as {error.instance!r}: put it in quotes)"
        return "must be " + " or ".join(TYPES.get(w, w) for w in wanted) + found
    if error.validator == "enum":
        return "must be one of " + ", ".join(str(v) for v in error.validator_value)
    if error.validator == "pattern":
        return "must be " + error.schema.get("description",
                                             "lower-case letters, digits and hyphens")
    if error.validator == "minItems":
        return "needs at least one item"
    if error.validator in ("minimum", "maximum"):
        return f"must be from 0 to {error.schema.get('maximum', '?')}"
    return error.message

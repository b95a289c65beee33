"""A test-local copy of the profile's OpenAPI description with its loading defects fixed.

The shipped `openapi.json` cannot be loaded as it is: its response schemas are remote URLs
(resolved here to the schema files beside it, with their relative references inlined), two
parameters use types that do not exist (`"type": "time"`, `"format": "datetime"`), and the
HSDS 3.0 parameters the feed also serves (`organization_id`, `modified_after`, `full`,
`minimal`, `format`) are declared but not attached to `/services`. Nothing in ../shared is
changed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

REMOTE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"
HSDS_SERVICE_PARAMETERS = ("organization_id", "modified_after", "full", "minimal")
DROPPED_KEYS = ("$schema", "$id", "datapackage_metadata", "constraints", "example", "examples")


def fixed_spec(oruk_dir: Path) -> dict[str, Any]:
    folder = oruk_dir / "schema"
    spec = json.loads((folder / "openapi.json").read_text())
    spec.pop("jsonSchemaDialect", None)
    spec = _walk(spec, folder)
    parameters = spec["components"]["parameters"]
    for name in ("start_time", "end_time"):
        parameters[name]["schema"] = {"type": "string"}
    parameters["modified_after"]["schema"] = {"type": "string", "format": "date-time"}
    listing = spec["paths"]["/services"]["get"]["parameters"]
    listing += [{"$ref": f"#/components/parameters/{name}"} for name in HSDS_SERVICE_PARAMETERS]
    return spec


def _walk(node: Any, folder: Path) -> Any:
    if isinstance(node, list):
        return [_walk(item, folder) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and not ref.startswith("#"):
        return _walk(_load(ref.removeprefix(REMOTE), folder), folder)
    return {key: _walk(value, folder) for key, value in node.items() if key not in DROPPED_KEYS}


def _load(relative: str, folder: Path) -> dict[str, Any]:
    return copy.deepcopy(json.loads((folder / relative).read_text()))

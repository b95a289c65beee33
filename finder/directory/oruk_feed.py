"""Reading another publisher's Open Referral UK 3.0 feed: a file, or a URL paged through, and
their taxonomy mapped to the finder's needs through `content/taxonomy-map.yaml`.
"""

from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finder.directory.content import read_yaml

MAX_DEPTH = 64
MAX_PAGES = 2_000
TIMEOUT_SECONDS = 30
STRING = re.compile(r'"(?:\\.|[^"\\])*"')
BRACKET = re.compile(r"[\[\]{}]")


def loads(text: str) -> Any:
    """JSON, refused (ValueError) when nested deeper than any ORUK object needs."""
    depth = deepest = 0
    for found in BRACKET.finditer(STRING.sub('""', text)):
        depth += 1 if found.group() in "[{" else -1
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            raise ValueError(f"the JSON is nested more than {MAX_DEPTH} deep")
    return json.loads(text)


def services_in(data: Any) -> list[dict[str, Any]]:
    """ORUK services from a list, a page (`contents`), one service, or one organisation with
    its services."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        data = data["contents"]
    elif isinstance(data, dict) and isinstance(data.get("services"), list) and "status" not in data:
        org = {k: v for k, v in data.items() if k != "services"}
        data = [{**s, "organization": s.get("organization") or org} for s in data["services"]]
    elif isinstance(data, dict) and isinstance(data.get("service"), dict):
        data = [{**data["service"], "service_at_locations": [
            {k: v for k, v in data.items() if k != "service"}]}]  # one service_at_location
    elif isinstance(data, dict) and "id" in data and "name" in data:
        data = [data]
    if not isinstance(data, list) or not all(isinstance(i, dict) for i in data):
        raise ValueError("expected ORUK services: a list, a page with `contents`, one service, "
                         "or an organisation with `services`")
    return data


def fetch(url: str) -> list[dict[str, Any]]:
    """Every service of the feed at `url` (its root or its `/services`), page by page, each
    fetched whole by id where the list gives only one-to-one fields."""
    base = url.rstrip("/").removesuffix("/services")
    items, page = [], 1
    while page <= MAX_PAGES:
        body = _get(f"{base}/services?{urllib.parse.urlencode({'page': page})}")
        items += services_in(body)
        if not isinstance(body, dict) or body.get("last_page", True) or not body.get("contents"):
            break
        page += 1
    return [item if "attributes" in item or "service_areas" in item
            else services_in(_get(f"{base}/services/{urllib.parse.quote(str(item['id']))}"))[0]
            for item in items]


def _get(url: str) -> Any:
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"not a web address: {url}")
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
        return loads(response.read().decode("utf-8-sig"))


@dataclass
class Mapping:
    """The mapping table, and every foreign term it could not map (term → services)."""

    needs: dict[str, list[str]] = field(default_factory=dict)
    areas: dict[str, list[str]] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    unmapped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def from_content(cls, root: Path | str) -> Mapping:
        root = Path(root)
        path = root / "taxonomy-map.yaml"
        table = read_yaml(path) if path.exists() else {}
        areas = _table(table.get("areas", []), "districts")
        geo = read_yaml(root / "districts.yaml") if (root / "districts.yaml").exists() else {}
        for place in [*geo.get("districts", []), *geo.get("areas", [])]:
            for name in [place["name"], *place.get("aliases", [])]:
                areas.setdefault(fold(name), [place["slug"]])
        return cls(_table(table.get("terms", []), "needs"), areas, table.get("defaults", {}))

    def needs_for(self, terms: list[dict[str, Any]], service: str) -> tuple[list[str], list[str]]:
        """The finder needs the terms map to, and the names of those that map to none."""
        needs, kept = [], []
        for term in terms:
            names = [str(term.get(k) or "") for k in ("name", "term", "code")]
            found = next((self.needs[fold(n)] for n in names if fold(n) in self.needs), None)
            if found:
                needs += found
            else:
                label = next((n for n in names if n), "?")
                kept.append(label)
                self.unmapped[f"{term.get('taxonomy') or '?'}: {label}"].append(service)
        return list(dict.fromkeys(needs)), kept

    def districts_for(self, areas: list[str]) -> list[str]:
        return list(dict.fromkeys(code for area in areas for code in self.areas.get(fold(area),
                                                                                  [])))


def fold(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(text).lower()).split())


def _table(rows: list[dict[str, Any]], key: str) -> dict[str, list[str]]:
    return {fold(name): list(row.get(key, [])) for row in rows for name in row.get("match", [])}

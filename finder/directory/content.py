"""Reading and validating the human-editable files in `content/`.

The files are the source of truth; everything here is plain data in, plain data out, so the
same checks serve `directory check`, `directory build` and the tests.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finder.directory import schema
from finder.directory.listing import listing_problems
from finder.directory.yamlfile import ContentError, read_yaml
from finder.languages import LANGUAGES

NEED_SLUGS = (
    "pregnancy", "feeding", "sleep", "bonding", "behaviour", "development", "additional-needs",
    "wellbeing", "relationships", "teenagers", "child-to-parent-harm", "young-parents", "dads",
    "meeting-parents", "practical-help", "domestic-abuse",
)
DELIVERY = ("group", "one-to-one", "home-visit", "online", "text", "phone")
THRESHOLDS = ("universal", "community", "targeted", "specialist")
REFERRAL = ("self", "professional", "self-or-professional", "unknown")
# the referral values that let a parent get in touch themselves
SELF_REFERRAL = frozenset({"self", "self-or-professional"})
COST = ("free", "paid", "unknown")
STATUS = ("active", "retired")
PLACE_KINDS = ("town", "village", "neighbourhood", "estate")
AUDIENCE = ("any", "mothers", "fathers")
MAX_AGE_MONTHS = 25 * 12 + 11

# Contact details a person will follow: only web addresses, emails and numbers that look like one.
# The one rule for an organisation or service id, wherever it comes in (content files, the
# editor, the web and CLI imports): it names files under content/, so nothing else is allowed.
MAX_ID = 80
ID = re.compile(rf"^[a-z0-9][a-z0-9-]{{0,{MAX_ID - 1}}}$")
ID_RULE = f"must be lower-case letters, digits and hyphens (at most {MAX_ID})"
WEBSITE = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s<>\"'`]+@[^@\s<>\"'`]+\.[^@\s<>\"'`]+$")
PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{2,24}$")

SERVICE_REQUIRED = ("id", "name", "description", "needs", "districts", "threshold", "referral",
                    "source")
ORGANISATION_REQUIRED = ("id", "name", "source")
# an import from another publisher may not say which need or district a service is for: the
# listing is kept (never found by a search for a need or place) until staff say
MAY_BE_EMPTY = ("needs", "districts")


@dataclass
class Content:
    """Everything in `content/`, validated."""

    root: Path
    region: dict[str, Any]
    areas: list[dict[str, Any]]
    districts: list[dict[str, Any]]
    needs: list[dict[str, Any]]
    organisations: list[dict[str, Any]]
    services: list[dict[str, Any]]
    safety_lines: list[dict[str, Any]]
    places: list[dict[str, Any]] = field(default_factory=list)
    outcodes: list[dict[str, Any]] = field(default_factory=list)
    lexicons: dict[str, dict[str, Any]] = field(default_factory=dict)
    safety_corpus: dict[str, dict[str, Any]] = field(default_factory=dict)  # safety/<lang>.yaml

    @property
    def district_slugs(self) -> list[str]:
        return [d["slug"] for d in self.districts]


def load(root: Path | str) -> Content:
    """Read and validate every content file; raise the first ContentError found."""
    errors = check(root)
    if errors:
        raise errors[0]
    return _read(Path(root))


def check(root: Path | str) -> list[ContentError]:
    """Every problem in the content, in file order (empty when all is well): the files'
    shape first (content/schema/), then what the values mean."""
    root = Path(root)
    shape = schema.problems(root)
    if shape:
        return shape
    try:
        content = _read(root)
    except ContentError as error:
        return [error]
    errors: list[ContentError] = []
    districts = set(content.district_slugs)
    coverage = districts | {a["slug"] for a in content.areas} | {content.region["slug"]}
    seen: dict[str, str] = {}
    for org in content.organisations:
        errors += _check_organisation(org, districts)
        for service in org["services"]:
            errors += _check_service(service, org["_file"], coverage, districts)
            sid = str(service.get("id", ""))
            if sid in seen:
                errors.append(ContentError(org["_file"], sid, "id",
                                           f"is also used in {seen[sid]}"))
            seen[sid] = org["_file"]
    errors += _check_places(content, districts)
    return errors


def _read(root: Path) -> Content:
    if not root.is_dir():
        raise ContentError(str(root), "-", "-", "content folder not found")
    geo = read_yaml(root / "districts.yaml")
    needs = read_yaml(root / "needs.yaml")["needs"]
    organisations = []
    for path in sorted((root / "organisations").glob("*.yaml")):
        org = read_yaml(path)
        if not isinstance(org, dict):
            raise ContentError(path.name, "-", "-", "must be a mapping with id, name, services")
        org["_file"] = f"organisations/{path.name}"
        org.setdefault("services", [])
        organisations.append(org)
    services = [dict(s, organisation_id=o.get("id")) for o in organisations
                for s in o["services"] if isinstance(s, dict)]
    places_dir = root / "places"
    places = _optional_list(places_dir / "places.yaml", "places")
    outcodes = _optional_list(places_dir / "outcodes.yaml", "outcodes")
    lexicons = {p.stem: read_yaml(p) for p in sorted((root / "lexicon").glob("*.yaml"))} \
        if (root / "lexicon").is_dir() else {}
    safety_corpus = {p.stem: read_yaml(p) for p in sorted((root / "safety").glob("*.yaml"))}
    return Content(
        root=root, region=geo["region"], areas=geo["areas"], districts=geo["districts"],
        needs=needs, organisations=organisations, services=services,
        safety_lines=read_yaml(root / "safety.yaml")["lines"],
        places=places, outcodes=outcodes, lexicons=lexicons, safety_corpus=safety_corpus,
    )


def _optional_list(path: Path, key: str) -> list[dict[str, Any]]:
    return (read_yaml(path) or {}).get(key, []) if path.exists() else []


def _check_organisation(org: dict[str, Any], districts: set[str]) -> list[ContentError]:
    errors = check_organisation(org, districts, org["_file"])
    if not isinstance(org.get("services"), list) or not org["services"]:
        errors.append(ContentError(org["_file"], str(org.get("id", "?")), "services",
                                   "needs at least one service"))
    return errors


def valid_id(value: Any) -> bool:
    """Whether `value` is a usable id: `ID` in full, and nothing a path could make use of."""
    return isinstance(value, str) and bool(ID.fullmatch(value))


def check_organisation(org: dict[str, Any], districts: set[str],
                       file: str = "form") -> list[ContentError]:
    """Problems with one organisation's own fields (not its services)."""
    errors = []
    name = str(org.get("id", "?"))
    for key in ORGANISATION_REQUIRED:
        if not org.get(key):
            errors.append(ContentError(file, name, key, "is required"))
    if org.get("id") and not valid_id(org["id"]):
        errors.append(ContentError(file, name, "id", ID_RULE))
    if org.get("based_in") and org["based_in"] not in districts:
        errors.append(ContentError(file, name, "based_in",
                                   f"unknown district {org['based_in']!r}"))
    errors += [ContentError(file, name, key, problem) for key, problem in _contact_problems(org)]
    return errors


def check_service(service: dict[str, Any], coverage: set[str], districts: set[str],
                  file: str = "form", complete: bool = True) -> list[ContentError]:
    """Problems with one service: the same rules as `directory check`. A service staff write
    (`complete`) must name its needs and districts; an imported one may leave them empty for
    staff to fill in, as a content file may."""
    errors = _check_service(service, file, coverage, districts)
    if complete:
        sid = str(service.get("id") or "?")
        errors += [ContentError(file, sid, key, "is required") for key in MAY_BE_EMPTY
                   if service.get(key) == []]
    return errors


def _contact_problems(record: dict[str, Any]) -> list[tuple[str, str]]:
    rules = (("website", WEBSITE, "must be a web address starting https:// or http://"),
             ("email", EMAIL, "must be an email address like name@example.org"),
             ("phone", PHONE, "must be a telephone number: digits, spaces, + ( ) -"))
    return [(key, problem) for key, pattern, problem in rules
            if record.get(key) and not pattern.match(str(record[key]).strip())]


def _check_service(service: Any, file: str, coverage: set[str],
                   districts: set[str]) -> list[ContentError]:
    if not isinstance(service, dict):
        return [ContentError(file, "?", "services", "each service must be a mapping")]
    sid = str(service.get("id") or "?")

    def error(key: str, problem: str) -> ContentError:
        return ContentError(file, sid, key, problem)

    errors = [error(key, "is required") for key in SERVICE_REQUIRED
              if not service.get(key) and not (key in MAY_BE_EMPTY and service.get(key) == [])]
    errors += [error(key, ID_RULE) for key in ("id", "organisation_id")
               if service.get(key) and not valid_id(service[key])]
    errors += _check_choices(service, error, coverage, districts)
    errors += _check_ages(service, error)
    errors += [error(key, problem) for key, problem in _contact_problems(service)]
    errors += [error(key, problem) for key, problem in listing_problems(service)]
    if "last_verified" in service and not isinstance(service["last_verified"], dt.date):
        errors.append(error("last_verified", "must be a date like 2023-06-14"))
    return errors


def _check_choices(service: dict[str, Any], error, coverage: set[str],
                   districts: set[str]) -> list[ContentError]:
    lists = {"needs": NEED_SLUGS, "districts": coverage, "delivery": DELIVERY,
             "languages": LANGUAGES}
    single = {"threshold": THRESHOLDS, "referral": REFERRAL, "cost": COST, "status": STATUS}
    errors = []
    for key, allowed in lists.items():
        value = service.get(key, [])
        if not isinstance(value, list):
            errors.append(error(key, "must be a list"))
            continue
        errors += [error(key, f"unknown value {v!r}") for v in value if v not in allowed]
    for key, allowed in single.items():
        if key in service and service[key] not in allowed:
            errors.append(error(key, f"must be one of {', '.join(allowed)}"))
    if service.get("based_in") and service["based_in"] not in districts:
        errors.append(error("based_in", f"unknown district {service['based_in']!r}"))
    audience = (service.get("parent_criteria") or {}).get("audience", "any")
    if audience not in AUDIENCE:
        errors.append(error("parent_criteria.audience", f"must be one of {', '.join(AUDIENCE)}"))
    return errors


def _check_ages(service: dict[str, Any], error) -> list[ContentError]:
    low, high = service.get("min_age_months", 0), service.get("max_age_months", MAX_AGE_MONTHS)
    for key, value in (("min_age_months", low), ("max_age_months", high)):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 1200:
            return [error(key, "must be a whole number of months from 0")]
    if low > high:
        return [error("min_age_months", f"{low} is over max_age_months {high}")]
    return []


def _check_places(content: Content, districts: set[str]) -> list[ContentError]:
    errors = []
    for file, rows, key, flag in (("places/places.yaml", content.places, "name", "outside"),
                                  ("places/outcodes.yaml", content.outcodes, "outcode",
                                   "mostly_outside")):
        for row in rows:
            errors += [ContentError(file, str(row.get(key)), field, problem)
                       for field, problem in _place_problems(row, districts, flag)]
    return errors


def _place_problems(row: dict[str, Any], districts: set[str], flag: str) -> list[tuple[str, str]]:
    """(field, problem) pairs for one place or outcode row."""
    problems = []
    district = row.get("district")
    if district is not None and district not in districts:
        problems.append(("district", f"unknown district {district!r}"))
    if not isinstance(row.get("lat"), int | float) or not isinstance(row.get("lon"), int | float):
        problems.append(("lat/lon", "are required"))
    if not isinstance(row.get(flag, False), bool):
        problems.append((flag, "must be true or false"))
    if flag == "outside" and (district is None) != bool(row.get("outside")):
        problems.append(("outside", "must be true exactly when district is null"))
    if flag == "outside" and row.get("kind", "town") not in PLACE_KINDS:
        problems.append(("kind", f"must be one of {', '.join(PLACE_KINDS)}"))
    if not isinstance(row.get("aliases", []), list):
        problems.append(("aliases", "must be a list"))
    return problems


def expand_coverage(codes: list[str], content: Content) -> list[str]:
    """District slugs a service covers, from districts, areas or the region's slug."""
    if content.region["slug"] in codes:
        return list(content.district_slugs)
    out = []
    for district in content.districts:
        if district["slug"] in codes or district["area"] in codes:
            out.append(district["slug"])
    return out

"""Listings in and out of the live directory: the content/ files it would make, and imports
planned as a dry run (added, changed, retired, refused, unmapped terms) before they are applied.

This is the one import path: `directory import` and `/admin/import` both plan here, show the
plan, and apply it to the live directory, which a rebuild then never overwrites unasked.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from finder.directory import content, editor, importer, oruk_taxonomies, schema, store
from finder.directory.convert import content as convert
from finder.directory.convert import stored
from finder.directory.duplicates import similar


@dataclass
class Plan:
    """What an import would do, service by service."""

    added: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    retired: list[dict[str, Any]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    taxonomies: list[dict[str, Any]] = field(default_factory=list)

    @property
    def services(self) -> list[dict[str, Any]]:
        return [item["service"] for item in (*self.added, *self.changed, *self.retired)]


def content_files(conn) -> dict[str, str]:
    """The live directory as `organisations/<id>.yaml` texts, ready to review in git.

    An organisation with no service yet is left out: content/ requires at least one.
    """
    organisations = {o["id"]: {**editor.organisation(conn, o["id"]), "services": []}
                     for o in store.organisations(conn)}
    for record in store.services(conn, include_retired=True):
        listing = convert.record(stored.service(record))
        org_id = listing.pop("organisation_id")
        if listing.get("last_verified"):
            listing["last_verified"] = dt.date.fromisoformat(listing["last_verified"])
        organisations[org_id]["services"].append(listing)
    bad = sorted(org_id for org_id in organisations if not content.valid_id(org_id))
    if bad:
        raise ExportRefused(f"organisation id {bad[0]!r} {content.ID_RULE}: fix it in the "
                            "editor before exporting")
    return {f"organisations/{org_id}.yaml": importer.to_yaml(org)
            for org_id, org in sorted(organisations.items()) if org["services"]}


class ExportRefused(ValueError):
    """An export would write outside its folder; nothing was written."""


def inside(root: Path, name: str) -> Path:
    """`root / name`, resolved; refused when it would land outside `root`."""
    path = (root / name).resolve()
    if not path.is_relative_to(root.resolve()):
        raise ExportRefused(f"{name!r} would be written outside {root}")
    return path


def write_content(conn, root: Path) -> list[Path]:
    """The live directory written into the content folder `root`, every path checked first."""
    files = {inside(root, name): text for name, text in content_files(conn).items()}
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)


def content_zip(conn) -> bytes:
    files = content_files(conn)
    for name in files:
        inside(Path("/content"), name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(f"content/{name}", text)
    return buffer.getvalue()


def plan(conn, organisations: list[dict[str, Any]],
         unmapped: dict[str, list[str]] | None = None,
         taxonomies: list[dict[str, Any]] | None = None) -> Plan:
    """Check imported organisations (and another publisher's taxonomies) against the live
    directory's rules and compare; the foreign terms the mapping could not map are listed."""
    found = Plan(unmapped=dict(sorted((unmapped or {}).items())),
                 taxonomies=list(taxonomies or []))
    found.problems += oruk_taxonomies.problems(found.taxonomies)
    coverage = editor.coverage_map(conn)
    districts = set(coverage) & {d["slug"] for d in store.districts(conn)}
    for org in organisations:
        found.problems += [str(e) for e in schema.organisation_problems(org, "import")]
        org_fields = {k: v for k, v in org.items() if k != "services"}
        found.organisations.append(org_fields)
        found.problems += [str(e) for e in content.check_organisation(org_fields, districts,
                                                                      "import")]
        for listing in org.get("services") or []:
            listing = editor.jsonable({"organisation_id": org.get("id"), **listing})
            checked = {**listing, "last_verified": _date(listing.get("last_verified"))}
            found.problems += [str(e) for e in content.check_service(
                {k: v for k, v in checked.items() if v is not None}, set(coverage), districts,
                "import", complete=False)]
            _compare(conn, found, listing)
    return found


def apply(conn, found: Plan, by: str) -> int:
    """Write a planned import; returns how many listings changed."""
    if found.problems:
        raise importer.ImportRefused(found.problems)
    written = oruk_taxonomies.save(conn, found.taxonomies)
    written += sum(editor.save_organisation(conn, org, by, "import") for org in found.organisations)
    return written + sum(editor.save_service(conn, s, by, "import") for s in found.services)


def _compare(conn, found: Plan, listing: dict[str, Any]) -> None:
    before = editor.service(conn, str(listing.get("id")))
    if before is None:
        found.added.append({"service": listing, "changes": []})
        found.duplicates += similar(listing, store.service_names(conn))
        return
    if not listing.get("last_verified"):
        listing.pop("last_verified", None)
    changes = editor.changes(before, listing)
    if not changes:
        found.unchanged.append(listing["id"])
    elif listing.get("status") == "retired" and before.get("status") != "retired":
        found.retired.append({"service": listing, "changes": changes})
    else:
        found.changed.append({"service": listing, "changes": changes})


def _date(value: Any) -> Any:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else value
    except ValueError:
        return value

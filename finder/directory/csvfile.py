"""The directory as one flat CSV file, one row per service, and a CSV file read back into content
records. The cells themselves are `finder.directory.convert.flat`'s.

A cell a spreadsheet would run as a formula (starting =, +, -, @, a tab or a carriage return) is
written with a leading apostrophe, which reading the CSV back takes off again.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from typing import Any

from finder.directory import store
from finder.directory.convert import content, flat, stored
from finder.directory.convert.flat import COLUMNS, CsvError

__all__ = ["COLUMNS", "CsvError", "defuse", "export", "parse", "restore"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DEFUSER = "'"


def export(conn: sqlite3.Connection) -> str:
    """Every service, retired ones included, as CSV text with a header row."""
    organisations = {o["id"]: content.organisation(o) for o in store.organisations(conn)}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in store.services(conn, include_retired=True):
        cells = flat.row(stored.service(record), organisations[record["organisation_id"]])
        writer.writerow({key: defuse(value) for key, value in cells.items()})
    return out.getvalue()


def defuse(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, made plain text with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return DEFUSER + value
    return value


def restore(value: str | None) -> str | None:
    """`defuse` undone, for a cell read back from an exported CSV."""
    if value and value.startswith(DEFUSER) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def parse(text: str) -> list[dict[str, Any]]:
    """CSV text → organisations, each with its services, in first-seen order."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("organisation_id", "id", "name") if c not in (reader.fieldnames or [])]
    if missing:
        raise CsvError(f"the CSV has no column {', '.join(missing)}")
    organisations: dict[str, dict[str, Any]] = {}
    for number, read in enumerate(reader, start=2):
        cells = {key: restore(value) or "" for key, value in read.items()}
        try:
            organisation = organisations.setdefault(cells["organisation_id"],
                                                    flat.organisation_record(cells))
            organisation["services"].append(flat.service_record(cells))
        except (ValueError, TypeError) as error:
            raise CsvError(f"line {number}: {error}") from error
    return list(organisations.values())

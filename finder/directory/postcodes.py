"""Importing the ONS Postcode Directory (ONSPD) into the directory's `postcodes` table.

ONSPD is a CSV of about a gigabyte with every UK postcode, so it is streamed row by row and
written in batches, keeping only live postcodes whose local authority is one of the region's
districts (matched through each district's `ons_code` in `content/districts.yaml`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import sqlite_utils

BATCH = 5000
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$")
# ONSPD gives postcodes without a grid reference this latitude.
NO_LOCATION_LAT = 99.0


@dataclass
class ImportCounts:
    """What an import did with each row of the file."""

    read: int = 0
    imported: int = 0
    terminated: int = 0
    outside: int = 0
    malformed: int = 0

    def summary(self) -> str:
        return (f"read {self.read} rows: imported {self.imported} postcodes, skipped "
                f"{self.terminated} terminated, {self.outside} outside the region, "
                f"{self.malformed} malformed")


def normalise(postcode: str) -> str | None:
    """"le1  1aa" -> "LE1 1AA"; None when it is not shaped like a UK postcode."""
    squashed = re.sub(r"\s+", "", postcode or "").upper()
    match = POSTCODE.match(squashed)
    return f"{match[1]} {match[2]}" if match else None


def district_codes(districts: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """ONS local authority code -> district slug, for districts that name one."""
    return {d["ons_code"]: d["slug"] for d in districts if d.get("ons_code")}


def import_file(path: Path | str, database: Path | str,
                codes: Mapping[str, str]) -> ImportCounts:
    """Load the region's live postcodes from an ONSPD CSV at `path` into `database`."""
    counts = ImportCounts()
    db = sqlite_utils.Database(database)
    db["postcodes"].create({"postcode": str, "district": str, "lat": float, "lon": float},
                           pk="postcode", if_not_exists=True)
    with open(path, encoding="utf-8-sig", newline="") as file:
        for batch in _batches(_rows(file, codes, counts)):
            with db.atomic():
                db["postcodes"].upsert_all(batch, pk="postcode")
            counts.imported += len(batch)
    db.conn.close()
    return counts


def _rows(file: IO[str], codes: Mapping[str, str], counts: ImportCounts) -> Iterator[dict]:
    for record in csv.DictReader(file):
        counts.read += 1
        if (record.get("doterm") or "").strip():
            counts.terminated += 1
            continue
        district = codes.get((record.get("oslaua") or "").strip())
        if district is None:
            counts.outside += 1
            continue
        row = _row(record, district)
        if row is None:
            counts.malformed += 1
            continue
        yield row


def _row(record: Mapping[str, str | None], district: str) -> dict[str, Any] | None:
    postcode = normalise(record.get("pcds") or record.get("pcd") or "")
    try:
        lat, lon = float(record.get("lat") or ""), float(record.get("long") or "")
    except ValueError:
        return None
    if postcode is None or not -90 <= lat < NO_LOCATION_LAT or not -180 <= lon <= 180:
        return None
    return {"postcode": postcode, "district": district, "lat": lat, "lon": lon}


def _batches(rows: Iterable[dict]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch

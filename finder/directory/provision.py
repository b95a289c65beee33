"""The provision map: what the directory offers by need, district, age band and intensity.

A cell counts the active services that cover the district for the need and the age band, and
among them the *open* ones: a parent can refer themselves, nothing is charged (free, or no
charge recorded) and the service is based in that district. A cell with no open service is a
gap, the kind the study behind the finder mapped by hand.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from finder.directory import store
from finder.directory.content import SELF_REFERRAL

# the unmet-need report's bands (finder.usage), as month ranges, with pregnancy first
AGE_BANDS = {"pregnancy": None, "under-1": (0, 11), "1-4": (12, 59), "5-10": (60, 131),
             "11-18": (132, 227), "19-25": (228, 311)}
THRESHOLDS = ("universal", "community", "targeted", "specialist")
FIELDS = ("need", "district", "age_band", "threshold", "services", "open_services", "gap")

OPEN_REFERRAL = (json.dumps(sorted(SELF_REFERRAL)),)  # one JSON list for json_each
CELLS = """
SELECT n.need, d.district, s.threshold, s.min_age_months, s.max_age_months, s.pregnancy,
       s.referral IN (SELECT value FROM json_each(?)) AND s.cost IN ('free', 'unknown')
           AND s.based_in = d.district AS open
FROM services s
JOIN service_needs n ON n.service_id = s.id
JOIN service_districts d ON d.service_id = s.id
WHERE s.status = 'active'
"""


def rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """One row per need × district × age band × intensity, every combination present."""
    counts: dict[tuple[str, str, str, str], list[int]] = {
        (n["slug"], d["slug"], band, threshold): [0, 0]
        for n in store.needs(conn) for d in store.districts(conn)
        for band in AGE_BANDS for threshold in THRESHOLDS}
    for row in conn.execute(CELLS, OPEN_REFERRAL):
        for band in bands_of(row["min_age_months"], row["max_age_months"], row["pregnancy"]):
            cell = counts.get((row["need"], row["district"], band, row["threshold"]))
            if cell is not None:
                cell[0] += 1
                cell[1] += int(bool(row["open"]))
    return [{"need": need, "district": district, "age_band": band, "threshold": threshold,
             "services": total, "open_services": open_, "gap": open_ == 0}
            for (need, district, band, threshold), (total, open_) in counts.items()]


def bands_of(low: int, high: int, pregnancy: int) -> list[str]:
    """The age bands a service's age range overlaps (and pregnancy when it says so)."""
    found = ["pregnancy"] if pregnancy else []
    return found + [band for band, span in AGE_BANDS.items()
                    if span and low <= span[1] and high >= span[0]]


def grid(conn: sqlite3.Connection, band: str = "", threshold: str = "") -> \
        dict[tuple[str, str], tuple[int, int]]:
    """(need, district) → (services, open services), for one age band and intensity, or all."""
    out: dict[tuple[str, str], list[int]] = {
        (n["slug"], d["slug"]): [0, 0] for n in store.needs(conn) for d in store.districts(conn)}
    for row in conn.execute(CELLS, OPEN_REFERRAL):
        if threshold and row["threshold"] != threshold:
            continue
        if band and band not in bands_of(row["min_age_months"], row["max_age_months"],
                                         row["pregnancy"]):
            continue
        cell = out.get((row["need"], row["district"]))
        if cell is not None:
            cell[0] += 1
            cell[1] += int(bool(row["open"]))
    return {key: (total, open_) for key, (total, open_) in out.items()}

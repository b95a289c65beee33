"""The place and outcode files: their shape, their rules and the sanity of their coordinates."""

from __future__ import annotations

import math
import shutil

import pytest
import yaml

from finder.config import PROJECT_ROOT
from finder.directory import content

CONTENT = PROJECT_ROOT / "content"
DISTRICTS = ("leicester-city", "blaby", "charnwood", "harborough", "hinckley-bosworth", "melton",
             "nw-leicestershire", "oadby-wigston", "rutland")


@pytest.fixture(scope="module")
def loaded() -> content.Content:
    return content.load(CONTENT)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    north = (a[0] - b[0]) * 111.2
    east = (a[1] - b[1]) * 111.2 * math.cos(math.radians(a[0]))
    return math.hypot(north, east)


def test_every_district_has_places_and_its_ons_code(loaded):
    districts = {p["district"] for p in loaded.places}
    assert set(DISTRICTS) <= districts
    assert all(d["ons_code"].startswith(("E06", "E07")) for d in loaded.districts)
    assert len([p for p in loaded.places if not p.get("outside")]) >= 180


def test_places_lie_near_their_district_and_outside_places_lie_beyond_it(loaded):
    centres = {d["slug"]: (d["lat"], d["lon"]) for d in loaded.districts}
    far = [p["name"] for p in loaded.places if p["district"]
           and km((p["lat"], p["lon"]), centres[p["district"]]) > 25]
    near = [p["name"] for p in loaded.places if p.get("outside")
            and min(km((p["lat"], p["lon"]), c) for c in centres.values()) < 8]
    assert (far, near) == ([], [])


def test_every_le_outcode_is_listed_and_no_non_geographic_one(loaded):
    codes = {o["outcode"] for o in loaded.outcodes}
    assert {f"LE{n}" for n in [*range(1, 20), 65, 67]} <= codes
    assert not codes & {"LE21", "LE87", "LE94", "LE95"}


def copy_with(tmp_path, file: str, rows: list[dict]):
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    key = "places" if file == "places.yaml" else "outcodes"
    (root / "places" / file).write_text(yaml.safe_dump({key: rows}), encoding="utf-8")
    return root


@pytest.mark.parametrize(("file", "row", "problem"), [
    ("places.yaml", {"name": "Nowhere", "district": None, "kind": "town", "lat": 52.0, "lon": -1.0},
     "outside: must be true exactly when district is null"),
    ("places.yaml", {"name": "Syston", "district": "charnwood", "outside": True, "kind": "town",
                     "lat": 52.7, "lon": -1.07}, "outside: must be true exactly when district"),
    ("places.yaml", {"name": "Syston", "district": "charnwood", "kind": "city", "lat": 52.7,
                     "lon": -1.07}, "kind: must be one of town"),
    ("places.yaml", {"name": "Syston", "district": "charnwood", "aliases": "Sys", "lat": 52.7,
                     "lon": -1.07}, "aliases: must be a list"),
    ("outcodes.yaml", {"outcode": "PE9", "district": "rutland", "mostly_outside": "yes",
                       "lat": 52.65, "lon": -0.48}, "mostly_outside: must be true or false"),
], ids=["null-district-not-outside", "outside-with-district", "unknown-kind", "aliases-not-list",
        "mostly-outside-not-boolean"])
def test_check_names_a_broken_place_row(tmp_path, file, row, problem):
    errors = [str(e) for e in content.check(copy_with(tmp_path, file, [row]))]
    assert any(problem in e for e in errors), errors

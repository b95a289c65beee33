"""Importing the ONS Postcode Directory and keeping it across rebuilds."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from finder.config import PROJECT_ROOT
from finder.directory import build, content, postcodes, store
from finder.directory.postcodes import normalise

CONTENT = PROJECT_ROOT / "content"
COLUMNS = ["pcd", "pcd2", "pcds", "dointr", "doterm", "oslaua", "lat", "long"]
ROWS = [
    # pcd, pcds, doterm, oslaua, lat, long
    ("LE1  1AA", "", "", "E06000016", "52.634", "-1.131"),  # 7-character spacing, no pcds
    ("LE113TU", "LE11 3TU", "", "E07000130", "52.771", "-1.208"),
    ("LE156AA", "LE15 6AA", "", "E06000017", "52.671", "-0.730"),
    ("LE2 9ZZ", "LE2 9ZZ", "199812", "E07000135", "52.600", "-1.083"),  # terminated
    ("NG1 5AW", "NG1 5AW", "", "E06000018", "52.953", "-1.150"),  # Nottingham: outside
    ("LE187ZZ", "LE18 7ZZ", "", "E07000135", "not-a-number", "-1.10"),  # malformed
    ("LE99 NOPE", "", "", "E06000016", "52.6", "-1.1"),  # malformed postcode
]


def write_onspd(path, rows=ROWS):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, COLUMNS)
        writer.writeheader()
        for pcd, pcds, doterm, oslaua, lat, lon in rows:
            writer.writerow({"pcd": pcd, "pcd2": pcd, "pcds": pcds, "dointr": "198001",
                             "doterm": doterm, "oslaua": oslaua, "lat": lat, "long": lon})
    return path


def rows_in(database):
    with sqlite3.connect(database) as conn:
        conn.row_factory = sqlite3.Row
        return store.postcodes(conn)


@pytest.mark.parametrize(("raw", "expected"), [
    ("LE1  1AA", "LE1 1AA"), ("le113tu", "LE11 3TU"), (" LE18 7ZZ ", "LE18 7ZZ"),
    ("B1 1AA", "B1 1AA"), ("EC1A1BB", "EC1A 1BB"), ("LE99 NOPE", None), ("", None),
    ("LE1", None),
], ids=["seven-character", "lower-case", "padded", "one-letter-area", "letter-in-outcode",
        "nonsense", "empty", "outcode-only"])
def test_postcodes_are_normalised_to_one_spacing(raw, expected):
    assert normalise(raw) == expected


def test_import_keeps_only_live_postcodes_in_the_region(database, tmp_path):
    codes = postcodes.district_codes(content.load(CONTENT).districts)
    counts = postcodes.import_file(write_onspd(tmp_path / "onspd.csv"), database, codes)
    assert rows_in(database) == {
        "LE1 1AA": ("leicester-city", 52.634, -1.131),
        "LE11 3TU": ("charnwood", 52.771, -1.208),
        "LE15 6AA": ("rutland", 52.671, -0.730),
    }
    assert (counts.read, counts.imported, counts.terminated, counts.outside,
            counts.malformed) == (7, 3, 1, 1, 2)


def test_importing_twice_updates_rather_than_duplicates(database, tmp_path):
    codes = postcodes.district_codes(content.load(CONTENT).districts)
    postcodes.import_file(write_onspd(tmp_path / "a.csv"), database, codes)
    moved = [("LE1 1AA", "LE1 1AA", "", "E06000016", "52.635", "-1.132")]
    postcodes.import_file(write_onspd(tmp_path / "b.csv", moved), database, codes)
    assert rows_in(database)["LE1 1AA"] == ("leicester-city", 52.635, -1.132)
    assert len(rows_in(database)) == 3


def test_the_command_reports_its_counts(runner, database, tmp_path):
    result = runner.invoke(args=["directory", "import-postcodes",
                                 str(write_onspd(tmp_path / "onspd.csv"))])
    assert result.exit_code == 0, result.output
    assert "imported 3 postcodes" in result.output
    assert "1 terminated, 1 outside the region, 2 malformed" in result.output
    assert "LE11 3TU" in rows_in(database)


def test_the_command_refuses_a_missing_file(runner, tmp_path):
    result = runner.invoke(args=["directory", "import-postcodes", str(tmp_path / "none.csv")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_a_rebuild_keeps_the_imported_postcodes(database, tmp_path):
    codes = postcodes.district_codes(content.load(CONTENT).districts)
    postcodes.import_file(write_onspd(tmp_path / "onspd.csv"), database, codes)
    build.build(content.load(CONTENT), database)
    assert set(rows_in(database)) == {"LE1 1AA", "LE11 3TU", "LE15 6AA"}


def test_a_first_build_has_an_empty_postcodes_table(built_directory):
    assert rows_in(built_directory) == {}

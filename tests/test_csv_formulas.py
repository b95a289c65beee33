"""CSV exports never hand a spreadsheet a formula; reading the export back restores the text."""

from __future__ import annotations

import csv
import io

import pytest

from finder.directory import csvfile, editor, store

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", FORMULAS, ids=["equals", "plus", "minus", "at", "tab", "cr"])
def test_an_exported_cell_never_starts_a_formula(staff_app, text):
    conn = store.connect(staff_app.config["DATABASE"])
    try:
        listing = editor.service(conn, "relate-parenting-courses")
        editor.save_service(conn, {**listing, "cost_note": text}, "ed@example.org")
        exported = csvfile.export(conn)
    finally:
        conn.close()
    rows = list(csv.DictReader(io.StringIO(exported)))
    for row in rows:
        for column, cell in row.items():
            assert not (cell or "").startswith(csvfile.FORMULA_STARTS), (column, cell)
    [relate] = [r for r in rows if r["id"] == "relate-parenting-courses"]
    assert relate["cost_note"].startswith("'") and relate["cost_note"][1:] in (text,
                                                                               text.strip())


def test_a_round_trip_gives_back_the_same_listings(staff_app):
    conn = store.connect(staff_app.config["DATABASE"])
    try:
        listing = editor.service(conn, "relate-parenting-courses")
        editor.save_service(conn, {**listing, "cost_note": "=1+1 is not a formula here",
                                   "phone": "+44 116 254 1234"}, "ed@example.org")
        exported = csvfile.export(conn)
    finally:
        conn.close()
    assert "'+44 116 254 1234" in exported
    [relate] = [s for o in csvfile.parse(exported) for s in o["services"]
                if s["id"] == "relate-parenting-courses"]
    assert relate["cost_note"] == "=1+1 is not a formula here"
    assert relate["phone"] == "+44 116 254 1234"


def test_a_cell_that_only_starts_with_an_apostrophe_is_left_alone():
    assert csvfile.restore("'tis the season") == "'tis the season"
    assert csvfile.restore("'=1") == "=1"

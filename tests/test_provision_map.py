"""The provision map for commissioners: open services by need × district × age band ×
intensity from the directory, as a page (SVG heat map beside the unmet-need report), CSV and
JSON; drawn in Chromium, where it must flag the gaps the study names."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import pytest
import staff_helpers
from werkzeug.serving import make_server

from finder import create_app
from finder.admin.provision import suppressed
from finder.directory import provision
from finder.sms import get_store

CHROMIUM = Path("/usr/bin/chromium")
OUTSIDE_THE_CITY = ("blaby", "charnwood", "harborough", "hinckley-bosworth", "melton",
                    "nw-leicestershire", "oadby-wigston", "rutland")


def test_every_combination_is_a_row_in_the_csv_and_the_json(editor, database):
    from finder.directory import store

    conn = store.connect(database, readonly=True)
    needs, districts = len(store.needs(conn)), len(store.districts(conn))
    conn.close()
    rows = list(csv.DictReader(io.StringIO(editor.get("/admin/provision.csv")
                                           .get_data(as_text=True))))
    cells = editor.get("/admin/provision.json").get_json()["cells"]
    assert len(rows) == len(cells) == needs * districts * len(provision.AGE_BANDS) * 4
    assert set(rows[0]) == set(provision.FIELDS)
    harm = [c for c in cells if c["need"] == "child-to-parent-harm"]
    assert not [c for c in harm if c["district"] in OUTSIDE_THE_CITY and c["open_services"]]
    assert [c for c in harm if c["services"]]  # the city's service is counted, just not open
    assert [c for c in cells if c["open_services"]]  # and elsewhere there is open provision


def test_a_service_counts_in_each_band_its_ages_overlap():
    assert provision.bands_of(0, 59, 1) == ["pregnancy", "under-1", "1-4"]
    assert provision.bands_of(132, 311, 0) == ["11-18", "19-25"]


@pytest.mark.parametrize(("count", "shown"), [(0, "0"), (1, "<5"), (4, "<5"), (5, "5")])
def test_small_counts_of_searches_are_suppressed(count, shown):
    assert suppressed(count) == shown


def test_the_unmet_need_beside_the_map_suppresses_small_counts(editor, staff_app):
    import datetime as dt

    row = {"day": dt.date.today().isoformat(), "channel": "sms", "need": "sleep",
           "district": "melton", "age_band": "1-4", "language": "en", "outcome": "none"}
    with staff_app.app_context():
        for _ in range(3):
            get_store().count([row])
    page = editor.get("/admin/provision").get_data(as_text=True)
    assert "<td>sleep</td><td>melton</td><td>&lt;5</td>" in page


def open_by_district(database, need: str) -> dict[str, bool]:
    """Whether a self-referral, not-charged service based in each district meets `need`,
    read from the directory's own listings (not through the provision module)."""
    from finder.directory import store

    conn = store.connect(database, readonly=True)
    services, districts = store.services(conn), store.districts(conn)
    conn.close()
    return {d["slug"]: any(need in s["needs"] and d["slug"] in s["districts"]
                           and s["referral"] in ("self", "self-or-professional")
                           and s["cost"] in ("free", "unknown") and s["based_in"] == d["slug"]
                           for s in services) for d in districts}


@pytest.fixture
def served(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "INSTANCE_PATH": str(tmp_path / "instance"),
                      "SECRET_KEY": "test-secret-key-not-for-production"})
    staff_helpers.add_staff(app, "map@example.org", "editor", second_factor=False)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.browser
def test_the_map_renders_in_chromium_and_flags_the_studys_gaps(served, database):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is missing: `bash scripts/test` installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{served}/admin/sign-in")
        page.fill("input[name=email]", "map@example.org")
        page.fill("input[name=password]", staff_helpers.PASSWORD)
        page.click("button[type=submit]")
        page.goto(f"{served}/admin/provision")
        chart = page.locator("#provision-map")
        assert chart.is_visible() and chart.bounding_box()["width"] > 600
        gaps = page.eval_on_selector_all(
            "g.cell[data-need='child-to-parent-harm']",
            "cells => Object.fromEntries(cells.map(c => [c.dataset.district, c.dataset.gap]))")
        assert all(gaps[district] == "yes" for district in OUTSIDE_THE_CITY)
        expected = open_by_district(database, "child-to-parent-harm")
        assert gaps == {d: "no" if found else "yes" for d, found in expected.items()}
        assert page.locator("g.cell[data-gap='no']").count() > 0
        # without colour: every cell says its count in text, and gaps carry a pattern
        cell = page.locator("g.cell[data-need='child-to-parent-harm'][data-district='melton']")
        assert cell.locator("text").text_content().startswith("0")
        assert cell.locator("rect").get_attribute("fill") == "url(#gap)"
        browser.close()

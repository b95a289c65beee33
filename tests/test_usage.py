"""Unmet need: anonymous daily counters from the API and SMS, and the staff report over them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3

import pytest
from sms_helpers import PARENT, Twilio, replies

from finder import create_app
from finder.search.types import Answer, Query, Result
from finder.sms import state_path
from finder.usage import age_band, outcome, rows

TOKEN = "twilio-auth-token-for-tests"


def result(km: float | None) -> Result:
    return Result(service={}, score=1.0, why="", distance_km=km)


@pytest.mark.parametrize(("answer", "expected"), [
    (Answer(results=(), total=0), "none"),
    (Answer(results=(result(2.0), result(30.0)), total=2), "found"),
    (Answer(results=(result(None),), total=1), "found"),
    (Answer(results=(result(12.5), result(40.0)), total=2), "far"),
    (Answer(results=(result(3.0),), total=1, widened="region"), "far"),
    (Answer(results=(result(None),), total=1, widened="hub"), "none"),
], ids=["nothing", "one-near", "no-distance", "all-over-10-km", "widened", "only-the-hub"])
def test_each_search_has_one_outcome(answer, expected):
    assert outcome(answer) == expected


@pytest.mark.parametrize(("query", "band"), [
    (Query(expecting=True), "pregnancy"),
    (Query(age_months=(5,)), "under-1"),
    (Query(age_months=(36, 150)), "1-4"),
    (Query(age_months=(180,)), "11-18"),
    (Query(age_months=(250,)), "19-25"),
    (Query(), "unknown"),
], ids=["expecting", "baby", "youngest-counts", "teen", "young-adult", "not-said"])
def test_the_age_band_is_the_youngest_childs(query, band):
    assert age_band(query) == band


def test_a_search_for_two_needs_counts_once_for_each():
    found = rows("api", Query(needs=("sleep", "feeding"), district="melton"),
                 Answer(results=(), total=0), dt.date(2025, 1, 2))
    assert [(r["need"], r["district"], r["outcome"]) for r in found] == [
        ("sleep", "melton", "none"), ("feeding", "melton", "none")]


@pytest.fixture
def counted_app(database, tmp_path):
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "INSTANCE_PATH": str(tmp_path / "instance"), "TWILIO_AUTH_TOKEN": TOKEN})


def counters(app) -> list[dict]:
    conn = sqlite3.connect(state_path(app))
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM usage ORDER BY need")]
    finally:
        conn.close()


def test_an_api_search_is_counted_once_and_browsing_is_not(counted_app):
    client = counted_app.test_client()
    client.get("/api/v1/services?need=sleep&place=rutland&age_months=30&lang=pl")
    client.get("/api/v1/services?need=sleep&place=rutland&age_months=30&lang=pl&page=2")
    client.get("/api/v1/services")
    found = counters(counted_app)
    assert [(r["channel"], r["need"], r["district"], r["age_band"], r["language"],
             r["searches"]) for r in found] == [("api", "sleep", "rutland", "1-4", "pl", 1)]


def test_an_sms_conversation_is_counted_without_a_number_or_a_word_of_it(counted_app):
    twilio = Twilio(counted_app.test_client(), TOKEN)
    replies(twilio.text("my 2 year old won't sleep, we live in Oakham"))
    found = counters(counted_app)
    assert [(r["channel"], r["need"], r["district"]) for r in found] == [
        ("sms", "sleep", "rutland")]
    stored = state_path(counted_app).read_bytes()
    assert PARENT.encode() not in stored and b"Oakham" not in stored


def test_the_report_shows_the_table_the_chart_and_a_csv(counted_app):
    from staff_helpers import Staff, add_staff

    client = counted_app.test_client()
    for query in ("need=domestic-abuse&place=rutland", "need=sleep&place=leicester-city",
                  "need=sleep&place=leicester-city"):
        client.get(f"/api/v1/services?{query}")
    add_staff(counted_app, "ed@example.org")
    member = Staff(counted_app.test_client())
    member.sign_in("ed@example.org")
    html = member.get("/admin/unmet-need").get_data(as_text=True)
    assert "<svg" in html and "<rect" in html and "<td>sleep</td>" in html
    table = list(csv.DictReader(io.StringIO(member.get("/admin/unmet-need/csv").get_data(
        as_text=True))))
    sleep = next(r for r in table if r["need"] == "sleep")
    assert sleep["district"] == "leicester-city" and sleep["searches"] == "2"
    assert set(table[0]) == {"need", "district", "age_band", "language", "searches", "found",
                             "far", "none"}


def test_the_report_covers_only_the_dates_chosen(counted_app):
    from staff_helpers import Staff, add_staff

    counted_app.test_client().get("/api/v1/services?need=sleep&place=rutland")
    add_staff(counted_app, "ed@example.org")
    member = Staff(counted_app.test_client())
    member.sign_in("ed@example.org")
    html = member.get("/admin/unmet-need?start=2020-01-01&end=2020-01-31").get_data(
        as_text=True)
    assert "No searches in these dates." in html


def test_web_and_worker_searches_are_counted_and_shown_in_the_report(counted_app):
    from staff_helpers import Staff, add_staff

    client = counted_app.test_client()
    assert client.get("/find?need=behaviour&age=3-4&place=Melton+Mowbray").status_code == 200
    assert client.get("/worker?need=feeding&age=under-1&district=rutland").status_code == 200
    found = counters(counted_app)
    assert {(r["channel"], r["need"]) for r in found} == {("web", "behaviour"),
                                                          ("worker", "feeding")}
    add_staff(counted_app, "ed@example.org")
    member = Staff(counted_app.test_client())
    member.sign_in("ed@example.org")
    for channel, need in (("web", "behaviour"), ("worker", "feeding")):
        html = member.get(f"/admin/unmet-need?channel={channel}").get_data(as_text=True)
        assert f"<td>{need}</td>" in html
        other = "feeding" if need == "behaviour" else "behaviour"
        assert f"<td>{other}</td>" not in html

"""Opening times on a service page: said only from the service's own ORUK schedules."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from conftest import CONTENT

from finder import create_app
from finder.directory import build, content
from finder.web.opening import opening_times

TODAY = dt.date(2026, 11, 30)
FIXTURE = CONTENT.parent / "tests" / "fixtures" / "example-family-group.yaml"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("opening") / "content"
    shutil.copytree(CONTENT, root)
    shutil.copy(FIXTURE, root / "organisations" / FIXTURE.name)
    database = build.build(content.load(root), root.parent / "f.db")
    return create_app({"TESTING": True, "DATABASE": str(database), "CONTENT_DIR": str(root),
                       "INSTANCE_PATH": str(root.parent / "instance")})


@pytest.mark.parametrize(("schedule", "line"), [
    ({"freq": "WEEKLY", "byday": "TU,TH", "opens_at": "10:00:00", "closes_at": "11:30:00"},
     {"when": "Tuesday and Thursday, 10:00 to 11:30", "note": ""}),
    ({"byday": "SA", "description": "Bring a snack."},
     {"when": "Every week: Saturday", "note": "Bring a snack."}),
    ({"freq": "MONTHLY", "byday": "1MO", "opens_at": "09:30", "closes_at": "12:00",
      "description": "The first Monday of the month."},
     {"when": "Not every week: 09:30 to 12:00 on the days the organisation gives",
      "note": "The first Monday of the month."}),
], ids=["weekly", "weekly-without-times", "monthly-in-the-publishers-words"])
def test_a_schedule_is_said_plainly_where_its_rule_is_plain(app, schedule, line):
    with app.test_request_context():
        assert opening_times([schedule], "en", TODAY) == [line]


def test_days_are_named_in_the_parents_language(app):
    with app.test_request_context("/?lang=pl"):
        [line] = opening_times([{"byday": "MO,WE", "opens_at": "09:00", "closes_at": "10:00"}],
                               "pl", TODAY)
    assert "poniedziałek" in line["when"] and "środa" in line["when"]


def test_a_schedule_that_has_ended_is_not_shown(app):
    ended = {"byday": "MO", "opens_at": "09:00", "closes_at": "10:00", "valid_to": "2005-01-01"}
    with app.test_request_context():
        assert opening_times([ended], "en", TODAY) == []


def test_the_service_page_shows_the_times_from_its_schedule(app):
    page = app.test_client().get("/services/example-young-parents-group").get_data(as_text=True)
    assert "Opening times" in page
    assert "Tuesday and Thursday, 10:00 to 11:30" in page and "Term time only." in page


def test_a_service_without_a_schedule_shows_no_opening_times(app):
    page = app.test_client().get("/services/relate-parenting-courses").get_data(as_text=True)
    assert "Relate" in page and "Opening times" not in page

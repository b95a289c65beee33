"""Opening times for a service page, said only from the service's own ORUK schedules."""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.dates import get_day_names
from babel.lists import format_list

from finder.messages import parent as m
from finder.messages import say

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def opening_times(schedules: list[dict[str, Any]], language: str,
                  today: dt.date) -> list[dict[str, str]]:
    """One line per schedule still in force: the days and times where the rule says them
    plainly (every week), else the times with the publisher's own words beside them."""
    lines = []
    for schedule in schedules:
        if str(schedule.get("valid_to") or "9999") < today.isoformat():
            continue  # it ended: old times are worse than none
        line = {"when": _when(schedule, language),
                "note": " ".join(str(schedule[k]) for k in ("description", "notes")
                                 if schedule.get(k))}
        if line["when"] or line["note"]:
            lines.append(line)
    return lines


def _when(schedule: dict[str, Any], language: str) -> str:
    opens, closes = _time(schedule.get("opens_at")), _time(schedule.get("closes_at"))
    days = [day for day in str(schedule.get("byday") or "").split(",") if day]
    weekly = schedule.get("freq", "WEEKLY") == "WEEKLY" and schedule.get("interval", 1) == 1
    if weekly and days and all(day in DAYS for day in days):
        names = get_day_names("wide", locale=language)
        said = format_list([names[DAYS.index(day)] for day in days], locale=language)
        if opens and closes:
            return say(language, m.OPEN_DAYS, days=said, opens=opens, closes=closes)
        return say(language, m.OPEN_EVERY_WEEK, days=said)
    if opens and closes:
        return say(language, m.OPEN_NOT_WEEKLY, opens=opens, closes=closes)
    return ""


def _time(value: Any) -> str:
    """09:30:00 → 09:30."""
    text = str(value or "")
    return text[:5] if len(text) >= 5 and text[2] == ":" else ""

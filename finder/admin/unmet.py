"""The unmet-need report: what parents searched for and did not find nearby, from the counters.

Aggregates only (see `finder.usage`); the chart is SVG drawn here, with no script.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from flask import Response, render_template, request

from finder.admin import bp
from finder.admin.forms import ReportForm
from finder.search.request import CHANNELS
from finder.sms import get_store
from finder.usage import OUTCOMES

GROUP = ("need", "district", "age_band", "language")
DEFAULT_DAYS = 30
BAR_WIDTH, BAR_HEIGHT, LABEL_WIDTH = 420, 18, 170
COLOURS = {"found": "#0b6e4f", "far": "#c98a00", "none": "#8b1e1e"}


def totals(rows: Iterable[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """Searches and outcomes summed by `keys`, the most unmet first."""
    sums: dict[tuple[str, ...], dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
    for row in rows:
        sums[tuple(row[k] for k in keys)][row["outcome"]] += row["searches"]
    out = [{**dict(zip(keys, group, strict=True)), **counts, "searches": sum(counts.values())}
           for group, counts in sums.items()]
    return sorted(out, key=lambda r: (-(r["none"] + r["far"]), -r["searches"],
                                      *(r[k] for k in keys)))


def chart(by_need: list[dict[str, Any]]) -> dict[str, Any]:
    """Stacked bars, one per need: found, far and none, to one scale."""
    most = max((r["searches"] for r in by_need), default=0) or 1
    bars = []
    for index, row in enumerate(by_need):
        x, parts = LABEL_WIDTH, []
        for outcome in OUTCOMES:
            width = round(BAR_WIDTH * row[outcome] / most, 1)
            if width:
                parts.append({"x": x, "width": width, "colour": COLOURS[outcome],
                              "outcome": outcome, "count": row[outcome]})
            x += width
        bars.append({"y": index * (BAR_HEIGHT + 6), "label": row["need"], "parts": parts,
                     "total": row["searches"], "end": x})
    return {"bars": bars, "height": max(1, len(bars)) * (BAR_HEIGHT + 6) + 24,
            "width": LABEL_WIDTH + BAR_WIDTH + 60, "bar_height": BAR_HEIGHT,
            "colours": COLOURS, "legend_y": len(bars) * (BAR_HEIGHT + 6) + 14}


def chosen() -> tuple[ReportForm, str, str, str]:
    form = ReportForm(request.args)
    form.validate()
    end = form.end.data or dt.date.today()
    start = form.start.data or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    channel = form.channel.data if form.channel.data in CHANNELS else ""
    return form, start.isoformat(), end.isoformat(), channel


@bp.get("/unmet-need")
def unmet_need() -> str:
    form, start, end, channel = chosen()
    rows = get_store().usage(start, end, channel)
    by_need = totals(rows, ("need",))
    return render_template("admin/unmet.html", form=form, start=start, end=end,
                           channel=channel, table=totals(rows, GROUP), by_need=by_need,
                           chart=chart(by_need))


@bp.get("/unmet-need/csv")
def unmet_need_csv() -> Response:
    _form, start, end, channel = chosen()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[*GROUP, "searches", *OUTCOMES],
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(totals(get_store().usage(start, end, channel), GROUP))
    name = f"unmet-need-{start}-to-{end}.csv"
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})

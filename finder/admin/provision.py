"""The provision map for commissioners: open services by need and district, drawn as an SVG
heat map that reads without colour (a count in every cell, gaps hatched), with the unmet-need
report beside it; the whole table as CSV and JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from flask import Response, jsonify, render_template, request

from finder.admin.blueprint import bp
from finder.admin.unmet import DEFAULT_DAYS, totals
from finder.directory import provision, store
from finder.directory.app import get_conn
from finder.state import get_store

CELL_W, CELL_H, LABEL_W, HEAD_H = 64, 24, 290, 96
SHADES = ((0, "#ffffff", "#111111"), (1, "#d6eaf2", "#111111"), (2, "#8cc2d6", "#111111"),
          (5, "#1f5f7a", "#ffffff"))
SMALL = 5


def heat_map(conn, band: str, threshold: str) -> dict[str, Any]:
    """Cells (need rows × district columns) with their count, shade and gap mark."""
    needs, districts = store.needs(conn), store.districts(conn)
    counts = provision.grid(conn, band, threshold)
    cells = []
    for row, need in enumerate(needs):
        for column, district in enumerate(districts):
            total, open_ = counts[(need["slug"], district["slug"])]
            fill, ink = next((f, i) for low, f, i in reversed(SHADES) if open_ >= low)
            cells.append({"x": LABEL_W + column * CELL_W, "y": HEAD_H + row * CELL_H,
                          "need": need["slug"], "district": district["slug"], "open": open_,
                          "total": total, "fill": fill, "ink": ink, "gap": open_ == 0})
    return {"cells": cells, "needs": needs, "districts": districts, "cell_w": CELL_W,
            "cell_h": CELL_H, "label_w": LABEL_W, "head_h": HEAD_H,
            "width": LABEL_W + len(districts) * CELL_W + 8,
            "height": HEAD_H + len(needs) * CELL_H + 8}


def suppressed(count: int) -> str:
    """A count of parents' searches as published: fewer than 5 shown as "<5"."""
    return f"<{SMALL}" if 0 < count < SMALL else str(count)


def choice(name: str, allowed) -> str:
    value = request.args.get(name, "")
    return value if value in allowed else ""


@bp.get("/provision")
def provision_map() -> str:
    band = choice("age", provision.AGE_BANDS)
    threshold = choice("intensity", provision.THRESHOLDS)
    end = dt.date.today()
    start = end - dt.timedelta(days=DEFAULT_DAYS - 1)
    unmet = [{**row, "unmet": suppressed(row["none"] + row["far"])}
             for row in totals(get_store().usage(start.isoformat(), end.isoformat(), ""),
                               ("need", "district")) if row["none"] + row["far"]]
    return render_template("admin/provision.html", chart=heat_map(get_conn(), band, threshold),
                           band=band, threshold=threshold, bands=provision.AGE_BANDS,
                           thresholds=provision.THRESHOLDS, unmet=unmet,
                           start=start.isoformat(), end=end.isoformat())


@bp.get("/provision.csv")
def provision_csv() -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=provision.FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(provision.rows(get_conn()))
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": 'attachment; filename="provision-map.csv"'})


@bp.get("/provision.json")
def provision_json() -> Response:
    return jsonify({"open_means": "self-referral, free or no charge recorded, based in the "
                                  "district", "cells": provision.rows(get_conn())})

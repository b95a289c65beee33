"""The check queue's one listing at a time: each contact detail asked about before "Still right".

A listing is marked as checked only when every contact a parent would use has been confirmed;
a detail found wrong sends the officer to the editor to correct it instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext

from finder.admin.blueprint import bp
from finder.admin.forms import ButtonForm
from finder.admin.listings import existing
from finder.directory import editor
from finder.directory.app import get_conn
from finder.messages import staff as msg

ANSWERS = ("right", "wrong")
KINDS = msg.CONTACT_KINDS
LEGACY = (("phone", "phone"), ("web", "website"), ("email", "email"))


def contact_details(listing: dict[str, Any]) -> list[dict[str, Any]]:
    """The ways a parent would get in touch: the `contacts` list, else the older fields."""
    if listing.get("contacts"):
        return [dict(c) for c in listing["contacts"] if c.get("value")]
    found = [{"kind": kind, "value": listing[key], "source": listing.get("source", "")}
             for kind, key in LEGACY if listing.get(key)]
    address = (listing.get("location") or {}).get("address")
    if address:
        found.append({"kind": "address", "value": address, "source": listing.get("source", "")})
    return found


@bp.route("/services/<service_id>/check", methods=["GET", "POST"])
def check_service(service_id: str) -> Any:
    listing = existing(service_id)
    details = contact_details(listing)
    form = ButtonForm()
    answers = {n: request.form.get(f"contact-{n}") for n in range(len(details))}
    missing = [n for n, answer in answers.items() if answer not in ANSWERS]
    if form.validate_on_submit() and not missing:
        if "wrong" in answers.values():
            flash(gettext(msg.CORRECT_FIRST), "info")
            return redirect(url_for("admin.edit_service", service_id=service_id), 303)
        editor.verify(get_conn(), service_id, g.staff["email"], dt.date.today())
        flash(gettext(msg.CHECKED), "info")
        return redirect(url_for("admin.stale"), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("admin/check.html", listing=listing, details=details, kinds=KINDS,
                           form=form, answers=answers,
                           missing=missing if request.method == "POST" else []), status

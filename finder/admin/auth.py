"""Signing in and out, and the staff home page."""

from __future__ import annotations

import datetime as dt
import math
import time
from typing import Any
from urllib.parse import urlsplit

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext

from finder.admin import accounts, bp
from finder.admin.forms import ButtonForm, SignInForm
from finder.directory import editor
from finder.directory.app import get_conn
from finder.directory.freshness import stale


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> Any:
    form = SignInForm()
    status = 200
    if form.validate_on_submit():
        limits = accounts.Limits.from_config(current_app.config)
        member, wait = accounts.sign_in(get_conn(), form.email.data, form.password.data,
                                        request.remote_addr, limits)
        if member is not None:
            session.clear()
            session.permanent = True
            session.update(staff_id=member["id"], signed_in_at=time.time())
            return redirect(safe_next(request.args.get("next")), 303)
        if wait:
            flash(gettext("Too many failed sign-ins. Please wait %(minutes)s minutes and try "
                          "again.", minutes=math.ceil(wait / 60)), "error")
            status = 429
        else:
            flash(gettext("That email and password do not match an active account."), "error")
            status = 401
    elif request.method == "POST":
        status = 400
    return render_template("admin/sign_in.html", form=form), status


def safe_next(target: str | None) -> str:
    """Only a path inside /admin: never another site."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith("/admin") or "\\" in target:
        return url_for("admin.home")
    return target or url_for("admin.home")


@bp.post("/sign-out")
def sign_out() -> Any:
    if ButtonForm().validate_on_submit():
        session.clear()
        flash(gettext("You have signed out."), "info")
    return redirect(url_for("admin.sign_in"), 303)


@bp.get("/")
def home() -> str:
    conn = get_conn()
    days = current_app.config["STALE_AFTER_DAYS"]
    return render_template("admin/home.html", stale=len(stale(conn, dt.date.today(), days)),
                           recent=editor.recent(conn, 15), button=ButtonForm())

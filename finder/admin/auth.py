"""Signing in (password, then a code when the account has a second factor), out, and home."""

from __future__ import annotations

import datetime as dt
import math
import time
from typing import Any
from urllib.parse import urlsplit

from flask import current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext

from finder.admin import accounts
from finder.admin.blueprint import bp
from finder.admin.forms import ButtonForm, CodeForm, SignInForm
from finder.admin.totp import matched_step
from finder.directory import editor, staff
from finder.directory.app import get_conn
from finder.directory.freshness import stale
from finder.messages import staff as msg

# Between the password and the code: long enough to open an authenticator app, no longer.
CODE_MINUTES = 5


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> Any:
    form = SignInForm()
    status = 200
    if form.validate_on_submit():
        limits = accounts.Limits.from_config(current_app.config)
        member, wait = accounts.sign_in(get_conn(), form.email.data, form.password.data,
                                        request.remote_addr, limits)
        if member is not None and member["totp_secret"]:
            session.clear()
            session.update(pending_id=member["id"], pending_at=time.time())
            return redirect(url_for("admin.second_factor", next=request.args.get("next")), 303)
        if member is not None:
            return start_session(member)
        status = refused(wait)
    elif request.method == "POST":
        status = 400
    return render_template("admin/sign_in.html", form=form), status


def refused(wait: float) -> int:
    """Say why the sign-in failed; the status to answer with."""
    if wait:
        flash(gettext(msg.TOO_MANY_SIGN_INS, minutes=math.ceil(wait / 60)), "error")
        return 429
    flash(gettext(msg.NO_SUCH_ACCOUNT), "error")
    return 401


@bp.route("/sign-in/code", methods=["GET", "POST"])
def second_factor() -> Any:
    """The code from the authenticator app, after the right password."""
    member = staff.get(get_conn(), int(session.get("pending_id") or 0))
    if member is None or time.time() - session.get("pending_at", 0) > 60 * CODE_MINUTES:
        session.clear()
        return redirect(url_for("admin.sign_in"), 303)
    form, status = CodeForm(), 200
    if form.validate_on_submit():
        limits = accounts.Limits.from_config(current_app.config)
        conn, now = get_conn(), time.time()
        wait = accounts.sign_in_wait(conn, member["email"], request.remote_addr, limits, now)
        step = None if wait else matched_step(member["totp_secret"], form.code.data, now)
        if step is not None and staff.use_totp_step(conn, member["id"], step):
            return start_session(member)
        if not wait:
            staff.add_failure(conn, [accounts.account_prefix(member["email"])
                                     + (request.remote_addr or "unknown")], now,
                              now - limits.window)
        form.code.errors = [gettext(msg.WRONG_CODE)]
        status = 429 if wait else 401
    elif request.method == "POST":
        status = 400
    return render_template("admin/sign_in_code.html", form=form), status


def start_session(member: dict[str, Any]) -> Any:
    """A fresh session carrying the account's current generation."""
    session.clear()
    session.permanent = True
    session.update(staff_id=member["id"], signed_in_at=time.time(),
                   generation=member["generation"])
    staff.signed_in(get_conn(), member["id"])
    if member["role"] == "worker":
        return redirect(url_for("worker.page"), 303)
    if member["role"] == "admin" and not member["totp_secret"]:
        return redirect(url_for("admin.enrol_totp"), 303)
    return redirect(safe_next(request.args.get("next")), 303)


def safe_next(target: str | None) -> str:
    """Only a path inside /admin: never another site."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith("/admin") or "\\" in target:
        return url_for("admin.home")
    return target or url_for("admin.home")


@bp.post("/sign-out")
def sign_out() -> Any:
    """Sign out here and everywhere: the account's older cookies stop working too."""
    if ButtonForm().validate_on_submit():
        staff.end_sessions(get_conn(), g.staff["id"])
        session.clear()
        flash(gettext(msg.SIGNED_OUT), "info")
    return redirect(url_for("admin.sign_in"), 303)


@bp.get("/")
def home() -> str:
    conn = get_conn()
    days = current_app.config["STALE_AFTER_DAYS"]
    return render_template("admin/home.html", stale=len(stale(conn, dt.date.today(), days)),
                           recent=editor.recent(conn, 15), button=ButtonForm())

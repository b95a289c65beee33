"""Your own account: change your password, set up the second factor (TOTP)."""

from __future__ import annotations

from typing import Any

from flask import flash, g, redirect, render_template, session, url_for
from flask_babel import gettext
from werkzeug.security import check_password_hash

from finder.admin import accounts
from finder.admin.blueprint import bp
from finder.admin.forms import CodeForm, PasswordChangeForm
from finder.admin.totp import new_secret, uri, verify
from finder.directory import staff
from finder.directory.app import get_conn
from finder.messages import staff as msg


@bp.get("/account")
def account() -> str:
    return render_template("admin/account.html", form=PasswordChangeForm())


@bp.post("/account/password")
def change_password() -> Any:
    """A new password: the current one first; every other session of the account ends."""
    form = PasswordChangeForm()
    if not form.validate_on_submit():
        return render_template("admin/account.html", form=form), 400
    if not check_password_hash(g.staff["password_hash"], form.current.data):
        form.current.errors = [gettext(msg.NOT_YOUR_PASSWORD)]
    elif form.new.data != form.again.data:
        form.again.errors = [gettext(msg.PASSWORDS_DIFFER)]
    elif problem := accounts.password_message(form.new.data):
        form.new.errors = [problem]
    if form.errors:
        return render_template("admin/account.html", form=form), 400
    conn = get_conn()
    staff.set_password(conn, g.staff["id"], accounts.hash_password(form.new.data))
    session["generation"] = staff.get(conn, g.staff["id"])["generation"]
    flash(gettext(msg.PASSWORD_CHANGED), "info")
    return redirect(url_for("admin.account"), 303)


@bp.route("/account/two-factor", methods=["GET", "POST"])
def enrol_totp() -> Any:
    """Show a new secret (as text and as an otpauth link); keep it once a code proves it."""
    form = CodeForm()
    secret = session.get("totp_enrol") or new_secret()
    session["totp_enrol"] = secret
    status = 200
    if form.validate_on_submit():
        if verify(secret, form.code.data):
            staff.set_totp(get_conn(), g.staff["id"], secret)
            session.pop("totp_enrol", None)
            flash(gettext(msg.SECOND_FACTOR_SET), "info")
            return redirect(url_for("admin.home" if g.staff["role"] != "worker"
                                    else "admin.account"), 303)
        form.code.errors = [gettext(msg.WRONG_CODE)]
        status = 400
    return render_template("admin/two_factor.html", form=form, secret=secret,
                           link=uri(secret, g.staff["email"])), status

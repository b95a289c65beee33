"""Admins manage staff: add, change a role, disable or enable (never delete), reset a
password, lift a sign-in lock."""

from __future__ import annotations

import sqlite3
from typing import Any

from flask import abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext

from finder.admin import accounts
from finder.admin.blueprint import admin_only, bp
from finder.admin.forms import ButtonForm, NewStaffForm, PasswordResetForm, StaffChangeForm
from finder.directory import staff
from finder.directory.app import get_conn
from finder.messages import staff as msg


@bp.get("/staff")
@admin_only
def people() -> str:
    return render_page(NewStaffForm())


def render_page(form: NewStaffForm, status: int = 200) -> Any:
    members = staff.everyone(get_conn())
    changes = {m["id"]: StaffChangeForm(prefix=f"s{m['id']}", data={
        "role": m["role"], "active": bool(m["active"])}) for m in members}
    resets = {m["id"]: PasswordResetForm(prefix=f"p{m['id']}") for m in members}
    return render_template("admin/staff.html", members=members, form=form,
                           changes=changes, resets=resets), status


@bp.post("/staff/new")
@admin_only
def add_person() -> Any:
    form = NewStaffForm()
    if form.validate_on_submit():
        if not accounts.valid_email(form.email.data):
            form.email.errors = [gettext(msg.EMAIL_RULE)]
            return render_page(form, 400)
        if problem := accounts.password_message(form.password.data):
            form.password.errors = [problem]
            return render_page(form, 400)
        try:
            staff.add(get_conn(), form.email.data, accounts.hash_password(form.password.data),
                      form.role.data)
        except sqlite3.IntegrityError:
            form.email.errors = [gettext(msg.EMAIL_TAKEN)]
            return render_page(form, 400)
        flash(gettext(msg.ADDED, email=form.email.data), "info")
        return redirect(url_for("admin.people"), 303)
    return render_page(form, 400)


@bp.post("/staff/<int:staff_id>")
@admin_only
def change_person(staff_id: int) -> Any:
    member = staff.get(get_conn(), staff_id)
    if member is None:
        abort(404)
    form = StaffChangeForm(prefix=f"s{staff_id}")
    if not form.validate_on_submit():
        abort(400)
    if staff_id == g.staff["id"] and (form.role.data != "admin" or not form.active.data):
        flash(gettext(msg.OWN_ADMIN), "error")
        return redirect(url_for("admin.people"), 303)
    staff.update(get_conn(), staff_id, form.role.data, form.active.data)
    flash(gettext(msg.UPDATED, email=member["email"]), "info")
    return redirect(url_for("admin.people"), 303)


def member_or_404(staff_id: int) -> dict[str, Any]:
    member = staff.get(get_conn(), staff_id)
    if member is None:
        abort(404)
    return member


@bp.post("/staff/<int:staff_id>/password")
@admin_only
def reset_password(staff_id: int) -> Any:
    """A new password chosen by an admin; the account's sessions end."""
    member = member_or_404(staff_id)
    form = PasswordResetForm(prefix=f"p{staff_id}")
    if not form.validate_on_submit():
        abort(400)
    if problem := accounts.password_message(form.password.data):
        flash(problem, "error")
        return redirect(url_for("admin.people"), 303)
    staff.set_password(get_conn(), staff_id, accounts.hash_password(form.password.data))
    flash(gettext(msg.UPDATED, email=member["email"]), "info")
    return redirect(url_for("admin.people"), 303)


@bp.post("/staff/<int:staff_id>/unlock")
@admin_only
def unlock(staff_id: int) -> Any:
    """Lift a lock on the account left by failed sign-ins from many addresses."""
    member = member_or_404(staff_id)
    if not ButtonForm().validate_on_submit():
        abort(400)
    accounts.unlock(get_conn(), member["email"])
    flash(gettext(msg.UPDATED, email=member["email"]), "info")
    return redirect(url_for("admin.people"), 303)

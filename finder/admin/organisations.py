"""Organisations in the editor, and the history of any listing with restore."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext

from finder.admin.blueprint import bp
from finder.admin.forms import ButtonForm, OrganisationForm, attach_errors, labelled, options
from finder.directory import content, editor, store
from finder.directory.app import get_conn
from finder.directory.convert import form as form_data
from finder.messages import staff as msg


@bp.get("/organisations")
def organisations() -> str:
    conn = get_conn()
    counts: dict[str, int] = {}
    for service in store.services(conn):
        counts[service["organisation_id"]] = counts.get(service["organisation_id"], 0) + 1
    return render_template("admin/organisations.html", organisations=store.organisations(conn),
                           counts=counts)


@bp.route("/organisations/new", methods=["GET", "POST"])
def new_organisation() -> Any:
    return save_organisation(None)


@bp.route("/organisations/<org_id>/edit", methods=["GET", "POST"])
def edit_organisation(org_id: str) -> Any:
    before = editor.organisation(get_conn(), org_id)
    if before is None:
        abort(404)
    return save_organisation(before)


def save_organisation(before: dict[str, Any] | None) -> Any:
    conn = get_conn()
    form = OrganisationForm(data={**before, "version": editor.version(before)}) \
        if request.method == "GET" and before else OrganisationForm()
    form.based_in.choices = options([("", "-")] + [(d["slug"], d["name"])
                                                   for d in store.districts(conn)])
    problems: list[str] = []
    if form.validate_on_submit():
        org = form_data.organisation_record(form.data)
        if before is not None:
            org["id"] = before["id"]
            if form.version.data != editor.version(before):
                return conflict(form, before, org)
        districts = {d["slug"] for d in store.districts(conn)}
        problems = attach_errors(form, content.check_organisation(org, districts))
        if before is None and editor.organisation(conn, org["id"]) is not None:
            form.id.errors = [gettext(msg.ORGANISATION_ID_TAKEN)]
        if not problems and not any(field.errors for field in form):
            editor.save_organisation(conn, org, g.staff["email"])
            flash(gettext(msg.SAVED), "info")
            return redirect(url_for("admin.edit_organisation", org_id=org["id"]), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("admin/organisation_form.html", form=form, organisation=before,
                           problems=problems), status


def conflict(form: OrganisationForm, saved: dict[str, Any], mine: dict[str, Any]) -> Any:
    """Someone saved in between: show both versions; saving again keeps this one."""
    fields = [f.name for f in form if f.name not in ("csrf_token", "version")]
    both = editor.changes({k: saved.get(k) for k in fields}, {k: mine.get(k) for k in fields})
    form.version.data = editor.version(saved)
    return render_template("admin/organisation_form.html", form=form, organisation=saved,
                           problems=[], conflict=labelled(form, both)), 409


@bp.get("/services/<record_id>/history", defaults={"kind": "service"})
@bp.get("/organisations/<record_id>/history", defaults={"kind": "organisation"})
def history(kind: str, record_id: str) -> str:
    entries = editor.history(get_conn(), kind, record_id)
    return render_template("admin/history.html", kind=kind, record_id=record_id,
                           entries=entries, button=ButtonForm())


@bp.post("/history/<int:entry_id>/restore")
def restore_version(entry_id: int) -> Any:
    if not ButtonForm().validate_on_submit():
        abort(400)
    try:
        found = editor.restore(get_conn(), entry_id, g.staff["email"])
    except editor.NotFound:
        abort(404)
    flash(gettext(msg.VERSION_RESTORED), "info")
    return redirect(url_for("admin.history", kind=found["kind"],
                            record_id=found["record_id"]), 303)

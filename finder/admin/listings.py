"""Services in the editor: list and filter, create, edit, retire, restore, verify, preview."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext
from flask_wtf.csrf import validate_csrf
from wtforms import ValidationError

from finder.admin import contacts, preview
from finder.admin.blueprint import bp
from finder.admin.forms import ButtonForm, ServiceForm, attach_errors, labelled, options
from finder.directory import content, editor, store
from finder.directory.app import get_conn
from finder.directory.convert import content as convert
from finder.directory.convert import form as form_data
from finder.directory.duplicates import similar
from finder.directory.freshness import reasons
from finder.directory.freshness import stale as due
from finder.messages import staff as msg

FILTERS = ("q", "district", "need", "threshold", "status", "stale")
# Saved with a listing but not on the editor's form: carried over unchanged on every save.
UNEDITED = ("reach", "summary", "who_for", "what_happens", "staff_note", "text_review")


@bp.get("/services")
def services() -> str:
    conn = get_conn()
    chosen = {key: request.args.get(key, "").strip()[:100] for key in FILTERS}
    found = [s for s in store.services(conn, include_retired=True) if matches(s, chosen)]
    return render_template("admin/services.html", services=found, chosen=chosen,
                           needs=store.needs(conn), districts=store.districts(conn),
                           thresholds=content.THRESHOLDS)


def matches(service: dict[str, Any], chosen: dict[str, str]) -> bool:
    """Whether a service passes every filter chosen on the list page."""
    text = chosen["q"].casefold()
    today, days = dt.date.today(), current_app.config["STALE_AFTER_DAYS"]
    return all((
        not text or text in f"{service['name']} {service['organisation_name']} "
                            f"{service['id']}".casefold(),
        not chosen["district"] or chosen["district"] in service["districts"],
        not chosen["need"] or chosen["need"] in service["needs"],
        not chosen["threshold"] or chosen["threshold"] == service["threshold"],
        chosen["status"] == "all" or service["status"] == (chosen["status"] or "active"),
        not chosen["stale"] or bool(reasons(service, today, days)),
    ))


@bp.route("/services/new", methods=["GET", "POST"])
def new_service() -> Any:
    form = ServiceForm()
    fill_choices(form)
    if request.method == "GET" and request.args.get("organisation"):
        form.organisation_id.data = request.args["organisation"]
    return save_service(form, None)


@bp.route("/services/<service_id>/edit", methods=["GET", "POST"])
def edit_service(service_id: str) -> Any:
    listing = existing(service_id)
    form = ServiceForm(data={**form_of(listing), "version": editor.version(listing)}) \
        if request.method == "GET" else ServiceForm()
    fill_choices(form)
    return save_service(form, listing)


def form_of(listing: dict[str, Any]) -> dict[str, Any]:
    """The editor's form data for a saved listing, its contacts as rows."""
    return form_data.data(convert.service(listing))


def record_of(posted: dict[str, Any]) -> dict[str, Any]:
    """The content record a posted service form describes, its contact rows included."""
    return form_data.service_record(posted)


def keep_unedited(listing: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
    """The listing with the saved fields the form does not edit (the sourced reach route,
    parent text in seven languages, staff notes) carried over unchanged."""
    return {**{key: before[key] for key in UNEDITED if key in before}, **listing}


def conflict(form: ServiceForm, saved: dict[str, Any], mine: dict[str, Any]) -> Any:
    """Someone saved in between: show both versions; saving again keeps this one."""
    theirs = record_of(ServiceForm(formdata=None, data=form_of(saved)).data)
    both = editor.changes(editor.jsonable(theirs), editor.jsonable(mine))
    form.version.data = editor.version(saved)
    return render_template("admin/service_form.html", form=form, listing=saved, problems=[],
                           duplicates=[], conflict=labelled(form, both)), 409


def save_service(form: ServiceForm, before: dict[str, Any] | None) -> Any:
    """Check the posted listing with the content rules; save it, or show each problem."""
    duplicates: list[dict[str, Any]] = []
    problems: list[str] = []
    if request.method == "POST" and request.form.get(contacts.ACTION):
        return rearranged(form, before)
    if form.validate_on_submit():
        listing = record_of(form.data)
        if before is not None:
            listing["id"] = before["id"]
            if form.version.data != editor.version(before):
                return conflict(form, before, listing)
            listing = keep_unedited(listing, before)
        bad_contacts = contacts.check_rows(form.contacts.entries)
        problems = attach_errors(form, check(listing))
        conn = get_conn()
        duplicates = similar(listing, store.service_names(conn))
        clash = before is None and editor.service(conn, listing["id"]) is not None
        if clash:
            form.id.errors = [*form.id.errors, gettext(msg.SERVICE_ID_TAKEN)]
        if not (problems or clash or bad_contacts or form_errors(form)) and \
                (before is not None or not duplicates or form.confirm_duplicate.data):
            editor.save_service(conn, listing, g.staff["email"])
            flash(gettext(msg.SAVED), "info")
            return redirect(url_for("admin.edit_service", service_id=listing["id"]), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("admin/service_form.html", form=form, listing=before,
                           problems=problems, duplicates=duplicates), status


def rearranged(form: ServiceForm, before: dict[str, Any] | None) -> Any:
    """"Add another contact": the same form again with a blank row at the end (rows marked to
    be removed gone), nothing saved and nothing checked yet, so it works without JavaScript."""
    try:
        validate_csrf(form.csrf_token.data)
    except ValidationError:
        abort(400)
    rows = contacts.rearrange([entry.form.data for entry in form.contacts.entries])
    form.contacts.entries, form.contacts.last_index = [], -1
    for row in rows:
        form.contacts.append_entry(row)
    return render_template("admin/service_form.html", form=form, listing=before, problems=[],
                           duplicates=[], added=f"contacts-{len(rows) - 1}")


def form_errors(form: ServiceForm) -> bool:
    return any(field.errors for field in form)


def check(listing: dict[str, Any]) -> list[content.ContentError]:
    conn = get_conn()
    coverage = editor.coverage_map(conn)
    districts = {d["slug"] for d in store.districts(conn)}
    return content.check_service(listing, set(coverage), districts)


def fill_choices(form: ServiceForm) -> None:
    conn = get_conn()
    form.organisation_id.choices = options([(o["id"], o["name"])
                                            for o in store.organisations(conn)])
    form.needs.choices = options([(n["slug"], n["label"]) for n in store.needs(conn)])
    form.districts.choices = options([(code, code) for code in editor.coverage_map(conn)])
    form.based_in.choices = options([("", "-")] + [(d["slug"], d["name"])
                                                   for d in store.districts(conn)])


def existing(service_id: str) -> dict[str, Any]:
    listing = editor.service(get_conn(), service_id)
    if listing is None:
        abort(404)
    return listing


@bp.post("/services/<service_id>/retire")
def retire_service(service_id: str) -> Any:
    return change_status(service_id, "retired", gettext(msg.RETIRED))


@bp.post("/services/<service_id>/restore")
def restore_service(service_id: str) -> Any:
    return change_status(service_id, "active", gettext(msg.RESTORED))


def change_status(service_id: str, status: str, done: str) -> Any:
    existing(service_id)
    if not ButtonForm().validate_on_submit():
        abort(400)
    editor.set_status(get_conn(), service_id, status, g.staff["email"])
    flash(done, "info")
    return redirect(url_for("admin.edit_service", service_id=service_id), 303)


@bp.post("/services/<service_id>/verify")
def verify_service(service_id: str) -> Any:
    existing(service_id)
    if not ButtonForm().validate_on_submit():
        abort(400)
    editor.verify(get_conn(), service_id, g.staff["email"], dt.date.today())
    flash(gettext(msg.CHECKED), "info")
    back = request.form.get("back") == "stale"
    return redirect(url_for("admin.stale" if back else "admin.edit_service",
                            **({} if back else {"service_id": service_id})), 303)


@bp.get("/services/<service_id>/preview")
def preview_service(service_id: str) -> str:
    row = store.record(get_conn(), service_id)
    if row is None:
        abort(404)
    return preview.page(row, request.args.get("language", "en"))


@bp.get("/stale")
def stale() -> str:
    days = current_app.config["STALE_AFTER_DAYS"]
    return render_template("admin/stale.html", services=due(get_conn(), dt.date.today(), days),
                           days=days, button=ButtonForm())

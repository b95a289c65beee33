"""Services in the editor: list and filter, create, edit, retire, restore, verify, preview."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import abort, current_app, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext

from finder.admin import preview
from finder.admin.blueprint import bp
from finder.admin.forms import ButtonForm, ServiceForm, attach_errors, options
from finder.directory import content, editor, store
from finder.directory.app import get_conn
from finder.directory.convert import content as convert
from finder.directory.convert import form as form_data
from finder.directory.duplicates import similar
from finder.directory.freshness import reasons
from finder.directory.freshness import stale as due
from finder.messages import staff as msg

FILTERS = ("q", "district", "need", "threshold", "status", "stale")


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
    form = ServiceForm(data={**form_data.data(convert.service(listing)),
                             "version": editor.version(listing)}) \
        if request.method == "GET" else ServiceForm()
    fill_choices(form)
    return save_service(form, listing)


def conflict(form: ServiceForm, saved: dict[str, Any], mine: dict[str, Any]) -> Any:
    """Someone saved in between: show both versions; saving again keeps this one."""
    theirs = form_data.service_record(ServiceForm(
        formdata=None, data=form_data.data(convert.service(saved))).data)
    both = editor.changes(editor.jsonable(theirs), editor.jsonable(mine))
    form.version.data = editor.version(saved)
    return render_template("admin/service_form.html", form=form, listing=saved, problems=[],
                           duplicates=[], conflict=both), 409


def save_service(form: ServiceForm, before: dict[str, Any] | None) -> Any:
    """Check the posted listing with the content rules; save it, or show each problem."""
    duplicates: list[dict[str, Any]] = []
    problems: list[str] = []
    if form.validate_on_submit():
        listing = form_data.service_record(form.data)
        if before is not None:
            listing["id"] = before["id"]
            if form.version.data != editor.version(before):
                return conflict(form, before, listing)
        problems = attach_errors(form, check(listing))
        conn = get_conn()
        duplicates = similar(listing, store.service_names(conn))
        clash = before is None and editor.service(conn, listing["id"]) is not None
        if clash:
            form.id.errors = [*form.id.errors, gettext(msg.SERVICE_ID_TAKEN)]
        if not (problems or clash or form_errors(form)) and \
                (before is not None or not duplicates or form.confirm_duplicate.data):
            editor.save_service(conn, listing, g.staff["email"])
            flash(gettext(msg.SAVED), "info")
            return redirect(url_for("admin.edit_service", service_id=listing["id"]), 303)
    status = 400 if request.method == "POST" else 200
    return render_template("admin/service_form.html", form=form, listing=before,
                           problems=problems, duplicates=duplicates), status


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

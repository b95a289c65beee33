"""Import (a dry run first, then apply) and export of the live directory."""

from __future__ import annotations

import json
import re
import secrets
import time
from pathlib import Path
from typing import Any

from flask import (
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext

from finder.admin.blueprint import bp
from finder.admin.forms import ButtonForm, ImportForm
from finder.directory import csvfile, importer, oruk, transfer
from finder.directory.app import get_conn
from finder.messages import staff as msg

TOKEN = re.compile(r"^[0-9a-f]{32}$")
MAX_UPLOAD = 5 * 1024 * 1024  # MAX_CONTENT_LENGTH (and nginx's limit for /admin/import) are 6 MB
UPLOAD_KEEP_SECONDS = 24 * 3600  # an upload never applied is deleted after a day


@bp.route("/import", methods=["GET", "POST"])
def import_listings() -> Any:
    form = ImportForm()
    if not form.validate_on_submit():
        status = 400 if request.method == "POST" else 200
        return render_template("admin/import.html", form=form), status
    raw = form.file.data.read(MAX_UPLOAD + 1)
    try:
        if len(raw) > MAX_UPLOAD:
            raise ValueError("the file is over 5 MB")
        incoming = importer.read_text(raw.decode("utf-8-sig"), form.kind.data,
                                      current_app.config["CONTENT_DIR"],
                                      Path(form.file.data.filename or "an upload").name)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        form.file.errors = [gettext(msg.UNREADABLE_FILE, problem=str(error)[:300])]
        return render_template("admin/import.html", form=form), 400
    plan = transfer.plan(get_conn(), incoming.organisations, incoming.mapping.unmapped,
                         incoming.taxonomies)
    token = secrets.token_hex(16)
    purge_uploads(uploads(current_app))
    uploads(current_app).mkdir(parents=True, exist_ok=True)
    kept = {"organisations": incoming.organisations, "taxonomies": incoming.taxonomies}
    (uploads(current_app) / f"{token}.json").write_text(json.dumps(kept, default=str),
                                                         encoding="utf-8")
    return render_template("admin/import_plan.html", plan=plan, token=token, button=ButtonForm())


def uploads(app) -> Path:
    return Path(app.instance_path) / "imports"


def purge_uploads(folder: Path, now: float | None = None) -> int:
    """Delete uploads planned but never applied within UPLOAD_KEEP_SECONDS."""
    now = time.time() if now is None else now
    old = [p for p in folder.glob("*.json") if now - p.stat().st_mtime > UPLOAD_KEEP_SECONDS]
    for path in old:
        path.unlink(missing_ok=True)
    return len(old)


@bp.post("/import/<token>/apply")
def apply_import(token: str) -> Any:
    path = uploads(current_app) / f"{token}.json"
    if not TOKEN.match(token) or not path.exists():
        abort(404)
    if not ButtonForm().validate_on_submit():
        abort(400)
    kept = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(kept, list):  # an upload planned before taxonomies were kept with it
        kept = {"organisations": kept}
    plan = transfer.plan(get_conn(), kept["organisations"], taxonomies=kept.get("taxonomies"))
    if plan.problems:
        return render_template("admin/import_plan.html", plan=plan, token=token,
                               button=ButtonForm()), 400
    changed = transfer.apply(get_conn(), plan, g.staff["email"])
    path.unlink()
    flash(gettext(msg.IMPORT_APPLIED, count=changed), "info")
    return redirect(url_for("admin.services"), 303)


@bp.get("/export")
def export_page() -> str:
    return render_template("admin/export.html")


@bp.get("/export/oruk")
def export_oruk() -> Response:
    body = json.dumps(oruk.export(get_conn()), ensure_ascii=False, indent=2)
    return download(body, "application/json", "directory-oruk.json")


@bp.get("/export/csv")
def export_csv() -> Response:
    return download(csvfile.export(get_conn()), "text/csv; charset=utf-8", "directory.csv")


@bp.get("/export/content")
def export_content() -> Any:
    try:
        body = transfer.content_zip(get_conn())
    except transfer.ExportRefused as refused:
        flash(str(refused), "error")
        return redirect(url_for("admin.export_page"), 303)
    return download(body, "application/zip", "content.zip")


def download(body: str | bytes, mimetype: str, name: str) -> Response:
    return Response(body, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})

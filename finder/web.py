"""Parent pages (`/`): a thin blueprint over the directory and, later, the conversation."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from finder.directory import store
from finder.directory.app import get_conn
from finder.i18n import COOKIE, current_language
from finder.languages import LANGUAGES, NATIVE_NAMES

bp = Blueprint("web", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.after_app_request
def remember_language(response: Response) -> Response:
    """Keep a language chosen with `?lang=` in a cookie, so every later page uses it."""
    chosen = request.args.get("lang")
    if chosen in LANGUAGES and request.cookies.get(COOKIE) != chosen:
        response.set_cookie(COOKIE, chosen, max_age=ONE_YEAR, samesite="Lax",
                            secure=request.is_secure, httponly=True)
    return response


@bp.get("/")
def home() -> str:
    return render_template("web/home.html", languages=NATIVE_NAMES)


@bp.get("/services")
def services() -> str:
    language = current_language()
    needs = {n["slug"]: n["labels"].get(language, n["label"]) for n in store.needs(get_conn())}
    return render_template("web/services.html", services=store.services(get_conn()),
                           need_labels=needs)


@bp.get("/healthz")
def healthz():
    """Whether the directory answers and the catalogues are compiled (for load balancers)."""
    problems = []
    try:
        count = get_conn().execute("SELECT count(*) FROM services").fetchone()[0]
    except Exception:  # noqa: BLE001 - any failure means unhealthy
        count, problems = 0, ["directory"]
    translations = current_app.config["TRANSLATIONS_DIR"]
    missing = [code for code in LANGUAGES if code != "en"
               and not (translations / code / "LC_MESSAGES" / "messages.mo").exists()]
    if missing:
        problems.append("catalogues: " + ", ".join(missing))
    body = {"status": "ok" if not problems else "unhealthy", "services": count,
            "problems": problems}
    return jsonify(body), 200 if not problems else 503

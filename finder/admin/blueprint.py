"""The `/admin` blueprint and its guards: every route is guarded here, at the blueprint.

Sessions are Flask's signed cookie: HTTP-only, SameSite=Lax, secure on https, and ended after
`SESSION_HOURS` on the server side too (the sign-in time travels in the signed session). Each
account has a session generation, carried in the cookie and bumped on sign-out, a password
change or disabling: a cookie with an older generation is refused. Staff pages are never cached.
Workers (the `worker` role) sign in here to send texts from worker mode; of /admin they see
only their own account.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    g,
    redirect,
    request,
    session,
    url_for,
)
from flask.sessions import SecureCookieSessionInterface

from finder.admin.forms import ROLE_LABELS
from finder.directory import staff
from finder.directory.app import get_conn

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates",
               static_folder="static")
OPEN_ENDPOINTS = ("admin.sign_in", "admin.second_factor", "admin.static")
# All a worker may do under /admin: sign out and look after their own account.
WORKER_ENDPOINTS = ("admin.sign_out", "admin.account", "admin.change_password",
                    "admin.enrol_totp")
# An admin without a second factor may only set one up (it is required for admins).
ENROLMENT_ENDPOINTS = ("admin.sign_out", "admin.enrol_totp")
# Paths that never carry a staff session: Twilio's webhook, answered without one.
SESSIONLESS = ("/sms",)


class SessionInterface(SecureCookieSessionInterface):
    """Secure cookies whenever the request came over https (behind ProxyFix too); none at all
    for Twilio's webhook, which never signs in and sends no cookie."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure

    def open_session(self, app: Flask, request: Any) -> Any:
        if request.path in SESSIONLESS:
            return None  # Flask then uses a null session, never read, signed or saved
        return super().open_session(app, request)


@bp.before_request
def require_staff() -> Any:
    """Every /admin page but sign-in needs a signed-in, active member of staff."""
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    member = current_staff()
    if member is None:
        session.pop("staff_id", None)
        return redirect(url_for("admin.sign_in", next=request.full_path.rstrip("?")
                                if request.method == "GET" else None), 303)
    g.staff = member
    if member["role"] == "admin" and not member["totp_secret"] \
            and request.endpoint not in ENROLMENT_ENDPOINTS:
        return redirect(url_for("admin.enrol_totp"), 303)
    if member["role"] == "worker" and request.endpoint not in WORKER_ENDPOINTS:
        abort(403)
    return None


@bp.after_request
def no_store(response: Response) -> Response:
    """Staff pages and exports hold unpublished text: never kept by a browser or proxy."""
    response.headers["Cache-Control"] = "no-store"
    return response


def current_staff() -> dict[str, Any] | None:
    """The signed-in member of staff, or None when signed out, expired or disabled."""
    staff_id, since = session.get("staff_id"), session.get("signed_in_at", 0)
    if not staff_id or time.time() - since > 3600 * current_app.config["SESSION_HOURS"]:
        return None
    member = staff.get(get_conn(), int(staff_id))
    if not member or not member["active"] or member["generation"] != session.get("generation"):
        return None
    return member


def admin_only(view: Callable[..., Any]) -> Callable[..., Any]:
    """For pages that manage staff: admins only (editors get 403)."""
    @wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if g.staff["role"] != "admin":
            abort(403)
        return view(*args, **kwargs)
    return guarded


@bp.context_processor
def staff_context() -> dict[str, Any]:
    return {"staff": g.get("staff"), "role_labels": ROLE_LABELS}

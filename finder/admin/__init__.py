"""`/admin`: where staff keep the listings true (the blueprint and its guards: `blueprint`)."""

from __future__ import annotations

import datetime as dt

from flask import Flask

from finder.admin import (  # noqa: F401 - each route module adds its routes to bp
    account,
    accounts,
    auth,
    checks,
    listings,
    organisations,
    people,
    provision,
    transfer,
    unmet,
)
from finder.admin.blueprint import SessionInterface, admin_only, bp, current_staff

__all__ = ["admin_only", "bp", "current_staff", "init_app"]


def init_app(app: Flask) -> None:
    """Staff sessions' cookie settings, the blueprint with every route, `flask accounts …`."""
    app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=app.config["SESSION_HOURS"]),
                      WTF_CSRF_TIME_LIMIT=3600 * app.config["SESSION_HOURS"])
    app.session_interface = SessionInterface()
    app.register_blueprint(bp)
    app.cli.add_command(accounts.cli)

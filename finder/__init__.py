"""The family support finder: a Flask application built by `create_app`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from finder import config as settings
from finder.lean import FinderApp


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the application from the environment, overridden by `config` (keys unprefixed)."""
    instance = (config or {}).get("INSTANCE_PATH") or settings.PROJECT_ROOT / "instance"
    app = FinderApp(__name__, instance_path=str(instance), instance_relative_config=True)
    testing = settings.TESTING_DEFAULTS if (config or {}).get("TESTING") else {}
    values = {**settings.DEFAULTS, **testing, **settings.from_environment(), **(config or {})}
    local = os.environ.get("FINDER_LOCAL") == "1"
    values["SECRET_KEY"] = settings.resolve_secret_key(values, Path(app.instance_path), local)
    database = Path(values["DATABASE"])
    if not database.is_absolute():
        database = settings.PROJECT_ROOT / database
    values["DATABASE"] = str(database)
    app.config.update(values)
    app.config["JSON_SORT_KEYS"] = False
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from finder import (
        admin,
        api,
        assets,
        backup,
        errors,
        i18n,
        limits,
        oruk,
        security,
        sms,
        startup,
        state,
        usage,
        web,
    )
    from finder.directory import app as directory

    assets.init_app(app)  # first, so that compressing runs after every other after_request
    i18n.init_app(app)
    startup.check(app)
    directory.init_app(app)
    api.init_app(app)
    errors.init_app(app)
    security.init_app(app)
    limits.init_app(app)
    app.register_blueprint(api.bp)
    app.register_blueprint(oruk.bp)
    app.register_blueprint(web.bp)
    app.register_blueprint(web.safety_bp)
    app.register_blueprint(web.worker_bp)
    app.register_blueprint(web.services_bp)
    sms.init_app(app)
    state.init_app(app)
    backup.init_app(app)
    admin.init_app(app)
    usage.init_app(app)
    app.keep(security.add_headers)  # the webhook's answers carry the headers every answer does
    app.keep(usage.flush)
    return app

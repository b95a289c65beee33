"""Leaving quickly: the neutral page the exit button opens, and how to clear your history."""

from __future__ import annotations

from typing import Any

from flask import render_template

from finder.web.pages import bp

# Replaces the finder in the browser's history; a busy, ordinary site nobody need explain.
NEUTRAL_PAGE = "https://www.bbc.co.uk/weather"


@bp.app_context_processor
def exit_page() -> dict[str, Any]:
    return {"neutral_page": NEUTRAL_PAGE}


@bp.get("/clear-your-history")
def clear_history() -> str:
    return render_template("web/clear_history.html")

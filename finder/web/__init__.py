"""The web channel: parent pages, worker mode, "text me these" and the cards they show."""

from finder.web import leaving, opaque  # noqa: F401 - each adds its routes and hooks to bp
from finder.web.pages import bp
from finder.web.safety import bp as safety_bp
from finder.web.services import bp as services_bp
from finder.web.worker import bp as worker_bp

__all__ = ["bp", "safety_bp", "services_bp", "worker_bp"]

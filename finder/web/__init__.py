"""The web channel: parent pages, worker mode, "text me these" and the cards they show."""

from finder.web.pages import bp
from finder.web.services import bp as services_bp
from finder.web.worker import bp as worker_bp

__all__ = ["bp", "services_bp", "worker_bp"]

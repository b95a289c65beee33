"""Security headers for every response, in one place."""

from __future__ import annotations

from flask import Flask, Response, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


# Every form posted to the finder carries a CSRF token, except Twilio's webhook, which is
# checked by its signature instead.
csrf = CSRFProtect()
CSRF_EXEMPT = ("finder.sms.webhook.webhook",)


def init_app(app: Flask) -> None:
    app.after_request(add_headers)
    trust_proxies(app, int(app.config.get("PROXY_FIX") or 0))
    csrf.init_app(app)
    for view in CSRF_EXEMPT:
        csrf.exempt(view)


def trust_proxies(app: Flask, count: int) -> None:
    """Believe X-Forwarded-For/Proto/Host/Port/Prefix from `count` proxies in front (`PROXY_FIX`).

    Without it, behind a proxy, request URLs (and so Twilio signature checks) name the proxy's
    side of the connection instead of the address the caller used.
    """
    if count > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count,
                                x_port=count, x_prefix=count)


def add_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Permissions-Policy", "geolocation=(), camera=(), microphone=()")
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
    return response

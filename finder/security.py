"""Security headers for every response, CSRF, and which proxies' forwarded headers to believe."""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

from finder import assets


def content_security_policy(*style_sources: str) -> str:
    """The policy: our own files only, plus inline styles whose hashes are given (never
    'unsafe-inline')."""
    styles = " ".join(("'self'", *style_sources))
    return ("default-src 'self'; script-src 'self'; "
            f"style-src {styles}; img-src 'self' data:; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")


# Every form posted to the finder carries a CSRF token, except Twilio's webhook, which is
# checked by its signature instead.
csrf = CSRFProtect()
CSRF_EXEMPT = ("finder.sms.webhook.webhook",)


FORWARDED = ("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Forwarded")


def init_app(app: Flask) -> None:
    app.extensions["security.policy"] = content_security_policy(assets.style_source(app))
    app.extensions["security.headers"] = security_headers(app.extensions["security.policy"])
    app.after_request(add_headers)
    trust_proxies(app, int(app.config.get("PROXY_FIX") or 0))
    if not int(app.config.get("PROXY_FIX") or 0):
        app.before_request(warn_of_an_untrusted_proxy)
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


def warn_of_an_untrusted_proxy() -> None:
    """Once: forwarded headers arrive but none are believed (`FINDER_PROXY_FIX` is 0).

    Behind a proxy every client then shares the proxy's address, so per-address limits and
    sign-in slowing apply to everyone at once.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.extensions.get("security.warned") or not any(h in request.headers for h in FORWARDED):
        return
    app.extensions["security.warned"] = True
    app.logger.warning("Forwarded headers arrived but FINDER_PROXY_FIX is 0: every client is "
                       "seen as the proxy's address. Set FINDER_PROXY_FIX to the number of "
                       "proxies in front (see the README).")


def add_headers(response: Response) -> Response:
    """The security headers a view has not set itself (made once per app, added in one pass,
    through `Headers`' public API: werkzeug is not pinned, so its private list is not used)."""
    headers = response.headers
    # The app and request from their proxies: a read through a proxy first fails on it.
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    req = request._get_current_object()  # type: ignore[attr-defined]
    every = app.extensions["security.headers"][req.is_secure]
    present = {name.lower() for name, _ in headers} if headers else set()
    # Most answers set none of them (all are added, no name looked up); and added as a slice,
    # which checks each value as `extend` does without its generator and call per header.
    headers[len(headers):] = every if present.isdisjoint(NAMES) else [
        pair for pair in every if pair[0].lower() not in present]
    return response


def security_headers(policy: str) -> dict[bool, list[tuple[str, str]]]:
    """Every answer's security headers, over http (False) and over https (True)."""
    plain = [("Content-Security-Policy", policy), ("X-Content-Type-Options", "nosniff"),
             ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
             ("Permissions-Policy", "geolocation=(), camera=(), microphone=()")]
    secure = [*plain, ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")]
    return {False: plain, True: secure}


# Every security header's name, lower case (`add_headers` adds those a view has not set).
NAMES = frozenset(name.lower() for name, _ in security_headers("")[True])

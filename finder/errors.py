"""Error answers: JSON for the API and feed, a short page in the user's language elsewhere.

Nothing here ever shows a stack trace; unexpected errors are logged (without request bodies)
and answered with a calm message.
"""

from __future__ import annotations

from flask import Flask, Response, current_app, jsonify, render_template, request
from flask_babel import gettext
from werkzeug.exceptions import HTTPException, InternalServerError, TooManyRequests

from finder.messages import parent as m

JSON_PREFIXES = ("/api/", "/oruk")
# When even the error page cannot be drawn: still calm, still with the security headers.
PLAIN_500 = "Sorry, something went wrong on our side. Please try again in a minute."


class BadParameter(HTTPException):
    """A 400 that names the parameter at fault."""

    code = 400

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(description=message)
        self.parameter = parameter


class TryLater(TooManyRequests):
    """A 429 whose description is the calm sentence to show (no more texts just now, say)."""


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http)
    app.register_error_handler(Exception, handle_unexpected)


def messages() -> dict[int, str]:
    return {status: gettext(message) for status, message in m.ERRORS.items()}


def wants_json() -> bool:
    return request.path.startswith(JSON_PREFIXES)


def handle_http(error: HTTPException) -> Response | tuple[Response | str, int]:
    code = error.code or 500
    message = messages().get(code) or messages()[500 if code >= 500 else 400]
    if isinstance(error, BadParameter | TryLater):
        message = error.description
    if wants_json():
        body: dict = {"error": {"code": code, "message": message}}
        if isinstance(error, BadParameter):
            body["error"]["parameter"] = error.parameter
        response = jsonify(body)
        response.status_code = code
        if code == 405 and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response
    return render_template("error.html", message=message, code=code), code


def handle_unexpected(error: Exception) -> tuple[Response | str, int] | Response:
    current_app.logger.error("Unexpected %s at %s %s", type(error).__name__, request.method,
                             request.path, exc_info=error)
    try:
        return handle_http(InternalServerError())
    except Exception as failure:  # noqa: BLE001 - the error page itself failed: say it plainly
        current_app.logger.error("The error page failed too: %s", type(failure).__name__)
        return Response(PLAIN_500, status=500, mimetype="text/plain")

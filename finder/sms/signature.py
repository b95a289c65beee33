"""Twilio request signatures: the token they are made with, the URL signed, and the check.

Every request to the webhook must carry a valid `X-Twilio-Signature`, in every environment.
Without a Twilio auth token the finder signs with a local token kept in `instance/sms_token`
(the simulator uses it), so a missing setting never leaves the webhook open. The URL checked is
`FINDER_PUBLIC_URL`, else the proxy-fixed request's (`FINDER_PROXY_FIX` above 0), else the
request's only when its Host is loopback: a Host a client chose never names the signed URL.
"""

from __future__ import annotations

import functools
import hmac
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlsplit

from flask import Flask, Request, abort, current_app, request
from twilio.request_validator import RequestValidator, add_port, remove_port
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.sansio.utils import get_current_url

from finder.config import write_once

HEADER = "X-Twilio-Signature"
SIGNATURE_KEY = "HTTP_X_TWILIO_SIGNATURE"  # the header as the WSGI server hands it over
FORM_KEY = "finder.twilio_form"  # where the parsed form is kept in the request's environ
FORM = "application/x-www-form-urlencoded"  # how Twilio posts a message
LOCAL_TOKEN_FILE = "sms_token"  # noqa: S105 - a file name, not the token
# Without a public URL or a trusted proxy, the only hosts a signed URL may name: the machine
# itself (the simulator, tests, a local try-out). Twilio never signs an address like these.
LOOPBACK = ("localhost", "127.0.0.1", "::1")
# A run of %-escapes, found from its first "%" (a pattern that begins with a group is tried at
# every character of the body instead: ten times the cost).
PLUS = "%2B"  # "+", escaped: every phone number Twilio posts starts with it
ESCAPES = re.compile(r"%[0-9A-Fa-f][0-9A-Fa-f](?:%[0-9A-Fa-f][0-9A-Fa-f])*+")


def twilio_configured(app: Flask) -> bool:
    """Whether a real Twilio account signs the webhook (then the local token is unused)."""
    return bool(app.config.get("TWILIO_AUTH_TOKEN"))


def auth_token(app: Flask) -> str:
    """The token signatures are checked with: Twilio's, else the local one."""
    if twilio_configured(app):
        return app.config["TWILIO_AUTH_TOKEN"]
    return local_token(Path(app.instance_path))


def local_token(instance_path: Path) -> str:
    """The local signing token, made once and shared by every worker process."""
    path = instance_path / LOCAL_TOKEN_FILE
    if not path.exists():
        write_once(path, secrets.token_hex(32))  # two workers starting together agree
    return path.read_text(encoding="utf-8").strip()


def signed_url(req: Request, app: Flask) -> str | None:
    """The URL Twilio signed: the configured public address, else the proxy-fixed request's,
    else the request's on a loopback host; None when no trusted address names it."""
    public = app.config.get("PUBLIC_URL")
    if public:
        query = req.query_string.decode("latin-1")
        return public.rstrip("/") + req.path + (f"?{query}" if query else "")
    host = req.host
    url = request_url(req.scheme, host, req.root_path, req.path, req.query_string)
    if int(app.config.get("PROXY_FIX") or 0) > 0:
        return url
    return url if loopback(host) else None


@functools.lru_cache(maxsize=64)
def request_url(scheme: str, host: str, root: str, path: str, query: bytes) -> str:
    """`request.url`, made once per address (Twilio calls the same one every time)."""
    return get_current_url(scheme, host, root, path, query)


@functools.lru_cache(maxsize=64)
def loopback(host: str) -> bool:
    return urlsplit(f"//{host}").hostname in LOOPBACK


def posted_form(req: Request | None = None, app: Flask | None = None) -> dict[str, str]:
    """The form Twilio posted, each field's first value, parsed once per request: a urlencoded
    body is all Twilio sends, read in one step instead of through the general form parser."""
    return posted(req or request._get_current_object(),  # type: ignore[attr-defined]
                  app or current_app._get_current_object())[0]  # type: ignore[attr-defined]


def posted(req: Request, app: Flask) -> tuple[dict[str, str], SignedParams | RepeatedParams]:
    """The posted form's fields (first values), and every value as the SDK signs them: read
    and kept with the request (one parse for the signature and the message)."""
    found = req.environ.get(FORM_KEY)
    if found is None:
        pairs = form_fields(form_body(req, app))
        fields = SignedParams(pairs)
        # No field repeated (Twilio's texts): the one dict is both readings.
        found = (fields, fields) if len(fields) == len(pairs) else first_values(pairs)
        req.environ[FORM_KEY] = found
    return found


def first_values(pairs: list[tuple[str, str]]) -> tuple[dict[str, str], RepeatedParams]:
    """`posted`'s two readings of a form that repeats a field (media URLs, say)."""
    fields: dict[str, str] = {}
    signed = RepeatedParams()
    for name, value in pairs:
        fields.setdefault(name, value)
        signed.setdefault(name, []).append(value)
    return fields, signed


def form_body(req: Request, app: Flask) -> str:
    """A urlencoded body as text ("" for any other type); 413 past the form size limit. Read
    straight from the WSGI input when its length is given (Twilio always gives it), without
    the request's stream wrappers."""
    environ = req.environ
    if environ.get("CONTENT_TYPE", "").partition(";")[0].strip().lower() != FORM:
        return ""
    config = app.config
    limit = config.get("MAX_FORM_MEMORY_SIZE")
    length = environ.get("CONTENT_LENGTH", "")
    if not length.isdigit():
        body = req.get_data(as_text=True)  # chunked: the server ends the stream
    elif config.get("MAX_CONTENT_LENGTH") is not None and \
            int(length) > config["MAX_CONTENT_LENGTH"]:
        raise RequestEntityTooLarge()
    else:
        body = environ["wsgi.input"].read(int(length)).decode("utf-8", "replace")
    if limit is not None and len(body) > limit:
        raise RequestEntityTooLarge()
    return body


def form_fields(body: str) -> list[tuple[str, str]]:
    """`parse_qsl(body, keep_blank_values=True)`, decoding only the fields that need it (most of
    Twilio's twenty are plain), at a third of its cost. Every "+" is a space, never a separator:
    replaced in the whole body at once, so that each field is looked at for "%" alone."""
    return [(unquoted(name) if "%" in name else name, unquoted(value) if "%" in value else value)
            for name, _, value in [pair.partition("=") for pair in
                                   body.replace("+", " ").split("&") if pair]
            ] if body else []


def unquoted(text: str) -> str:
    """`unquote_plus(text)`: each run of %-escapes decoded from UTF-8 in one step in C. The
    same text: `unquote` decodes each stretch of ASCII whole, and a byte under 0x80 (a plain
    letter between two runs) ends any UTF-8 sequence, valid or not, as it ends a run."""
    if "+" in text:
        text = text.replace("+", " ")
    elif text.startswith(PLUS) and "%" not in text[3:]:  # a number as Twilio sends it (E.164)
        return "+" + text[3:]
    return ESCAPES.sub(_bytes_of, text) if "%" in text else text


def _bytes_of(run: re.Match[str]) -> str:
    return bytes.fromhex(run[0].replace("%", "")).decode("utf-8", "replace")


def warn_without_public_url(app: Flask) -> None:
    """At start: Twilio credentials but no public URL or proxy, so every real request fails."""
    if twilio_configured(app) and not app.config.get("PUBLIC_URL") \
            and not int(app.config.get("PROXY_FIX") or 0):
        app.logger.warning("TWILIO_AUTH_TOKEN is set but FINDER_PUBLIC_URL is not: the webhook "
                           "accepts signatures only for a loopback address, so Twilio's requests "
                           "will get 403. Set FINDER_PUBLIC_URL to the address Twilio calls "
                           "(https://finder.example.org), or FINDER_PROXY_FIX behind a proxy.")


def sign(app: Flask, url: str, form: dict[str, str]) -> str:
    """The signature Twilio would send for `form` posted to `url` (the simulator's own)."""
    return RequestValidator(auth_token(app)).compute_signature(url, form)


def accepted_tokens(app: Flask) -> list[str]:
    """The token signatures are checked with, and during a rotation the secondary one too."""
    secondary = app.config.get("TWILIO_AUTH_TOKEN_SECONDARY")
    return [auth_token(app)] + ([secondary] if secondary and twilio_configured(app) else [])


def is_signed(req: Request, app: Flask) -> bool:
    signature = req.environ.get(SIGNATURE_KEY)
    if not signature:
        return False
    url = signed_url(req, app)
    if url is None:
        app.logger.warning("Refused an SMS webhook request: its Host is not loopback "
                           "and FINDER_PUBLIC_URL is not set")
        return False
    params = posted(req, app)[1]
    for token in accepted_tokens(app):  # a loop, not `any` over a generator: once a text
        if signed_with(validator(token), url, params, signature):
            return True
    return False


@functools.lru_cache(maxsize=8)
def validator(token: str) -> RequestValidator:
    """The SDK's validator for `token`, made once (it holds nothing but the token)."""
    return RequestValidator(token)


class SignedParams(dict[str, str]):
    """A form's fields, no name repeated, read by the Twilio SDK through `getall`, which it
    tries first (a `MultiDict` fails that try with an exception for every field, twice the
    cost of the rest of the signature for Twilio's twenty fields). The same dict is the
    message's fields: one dict a request, not a second one holding a list for each value."""

    def getall(self, name: str) -> tuple[str]:
        return (self[name],)


class RepeatedParams(dict[str, list[str]]):
    """`SignedParams` of a form that repeats a field: each name's values, in order."""

    getall = dict.__getitem__  # the dict's own look-up, called in C


def signed_with(validator: RequestValidator, url: str, form: Any, signature: str) -> bool:
    """Twilio's check of a form post, the URL as given first, then with its port added or
    removed (Twilio signs either): one signature computed for a real request, where
    `RequestValidator.validate` computes both every time."""
    if same(validator.compute_signature(url, form), signature):
        return True
    parts = urlparse(url)
    other = remove_port(parts) if parts.port else add_port(parts)
    return same(validator.compute_signature(other, form), signature)


def same(computed: str, signature: str) -> bool:
    """The SDK's `compare` (equal, in time that does not depend on where they differ), in C:
    `hmac.compare_digest` over the UTF-8 bytes (a header may hold any character)."""
    return hmac.compare_digest(computed.encode("utf-8", "surrogatepass"),
                               signature.encode("utf-8", "surrogatepass"))


def twilio_signed(view: Callable[..., Any]) -> Callable[..., Any]:
    """Refuse (403) any request whose Twilio signature is missing or wrong."""

    @functools.wraps(view)
    def checked(*args: Any, **kwargs: Any) -> Any:
        app = current_app._get_current_object()  # type: ignore[attr-defined]
        if not is_signed(request._get_current_object(), app):  # type: ignore[attr-defined]
            app.logger.warning("Refused an SMS webhook request: bad or missing signature")
            abort(403)
        return view(*args, **kwargs)

    return checked

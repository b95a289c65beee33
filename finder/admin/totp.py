"""Time-based one-time passwords (RFC 6238, SHA-1, 6 digits, 30 s): the staff second factor."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote, urlencode

STEP_SECONDS = 30
DIGITS = 6
# Codes one step either side are accepted: a phone's clock a little off, a code typed slowly.
DRIFT_STEPS = 1
ISSUER = "Family support finder"


def new_secret() -> str:
    """A random 160-bit secret in base32, as authenticator apps take it."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii")


def code(secret: str, at: float, digits: int = DIGITS) -> str:
    """The code for time `at` (RFC 4226's truncation of an HMAC-SHA1 of the step number)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at // STEP_SECONDS)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10 ** digits).zfill(digits)


def verify(secret: str, typed: str, at: float | None = None) -> bool:
    """Whether `typed` is the code now, or one step either side."""
    return matched_step(secret, typed, at) is not None


def matched_step(secret: str, typed: str, at: float | None = None) -> int | None:
    """The time step (`at` // 30) whose code `typed` is, now or one step either side; None when
    it is none of them. Sign-in keeps the last step accepted, so no code works twice."""
    at = time.time() if at is None else at
    typed = "".join(typed.split())
    found = None
    for drift in range(-DRIFT_STEPS, DRIFT_STEPS + 1):
        moment = at + drift * STEP_SECONDS
        if hmac.compare_digest(code(secret, moment), typed):
            found = int(moment // STEP_SECONDS)
    return found


def uri(secret: str, email: str) -> str:
    """The otpauth:// link an authenticator app reads (also shown as text to type in)."""
    label = quote(f"{ISSUER}:{email}")
    query = urlencode({"secret": secret, "issuer": ISSUER, "digits": DIGITS,
                       "period": STEP_SECONDS})
    return f"otpauth://totp/{label}?{query}"

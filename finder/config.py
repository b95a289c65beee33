"""Configuration: every setting, its default, and how it is read from the environment.

`create_app(config)` takes the same keys without the `FINDER_` prefix (tests use this).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent

DEFAULTS: dict[str, Any] = {
    "DATABASE": "instance/finder.db",
    "CONTENT_DIR": str(PROJECT_ROOT / "content"),
    "SECRET_KEY": None,
    # The key of the phone-number HMACs in the state store, kept apart from SECRET_KEY (which
    # signs sessions): instance/number_key when None. While rotating it: the old key(s), comma
    # separated, still looked up until what they keyed has expired (STATE_TTL_DAYS).
    "NUMBER_KEY": None,
    "NUMBER_KEY_PREVIOUS": None,
    "PUBLIC_URL": None,
    "TWILIO_ACCOUNT_SID": None,
    "TWILIO_AUTH_TOKEN": None,
    # While rotating the auth token in Twilio's console: the other token, also accepted.
    "TWILIO_AUTH_TOKEN_SECONDARY": None,
    "TWILIO_FROM": None,
    "MAX_TEXT_LENGTH": 1000,
    # The largest request body (bytes): a 5 MB import upload with its form around it.
    "MAX_CONTENT_LENGTH": 6 * 1024 * 1024,
    # Conversation state, SMS replies and the outbox: instance/state.db when None.
    "STATE_DATABASE": None,
    "STATE_TTL_DAYS": 30,
    # Shared state for several app nodes: redis://host:6379/0 (else the SQLite file above).
    "STATE_URL": None,
    # Rate limits, COUNT/SECONDS or off: texts per number, requests per client address.
    "RATE_SMS": "20/10m",
    "RATE_WEB": "120/60",
    # Texts sent from the web ("text me these", worker mode), COUNT/SECONDS or off: to one
    # number (counted under its HMAC), from one client address, from one signed-in worker, and
    # for the whole finder per hour and per day. Over any of them: a calm "try later".
    "TEXT_PER_NUMBER": "3/24h",
    "TEXT_PER_CLIENT": "5/1h",
    "TEXT_PER_WORKER": "40/1h",
    "TEXT_HOURLY": "100/1h",
    "TEXT_DAILY": "400/24h",
    # The open ORUK feed counts apart, higher, so that a nightly harvester is not refused.
    "RATE_ORUK": "1200/60",
    # How long (seconds) caches may keep a feed answer; an ETag revalidates it after that.
    "ORUK_MAX_AGE": 300,
    # How many proxies in front of the finder to trust for X-Forwarded-* (0: none).
    "PROXY_FIX": 0,
    # Staff: a listing not verified for this many days is stale; a staff session lasts this long.
    "STALE_AFTER_DAYS": 182,
    "SESSION_HOURS": 8,
    # Failed sign-ins within the window: after SLOW_AFTER from one address at one account, each
    # try from there waits twice as long as the last; after LOCK_AFTER at one account from at
    # least LOCK_ADDRESSES different addresses, the account is locked for the window.
    "SIGN_IN_SLOW_AFTER": 3,
    "SIGN_IN_LOCK_AFTER": 10,
    "SIGN_IN_LOCK_ADDRESSES": 5,
    "SIGN_IN_WINDOW_MINUTES": 15,
}

# Tests send hundreds of requests from one address and number in a second; the tests of the
# limits set them. Signatures and every other guard stay on.
TESTING_DEFAULTS: dict[str, Any] = {"RATE_SMS": "off", "RATE_WEB": "off", "RATE_ORUK": "off"}

INTEGERS = ("MAX_TEXT_LENGTH", "MAX_CONTENT_LENGTH", "STATE_TTL_DAYS", "PROXY_FIX",
            "STALE_AFTER_DAYS",
            "SESSION_HOURS", "SIGN_IN_SLOW_AFTER", "SIGN_IN_LOCK_AFTER",
            "SIGN_IN_LOCK_ADDRESSES", "SIGN_IN_WINDOW_MINUTES", "ORUK_MAX_AGE")

# Twilio's own variable names carry no FINDER_ prefix.
UNPREFIXED = ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_AUTH_TOKEN_SECONDARY",
              "TWILIO_FROM")


class ConfigError(RuntimeError):
    """A setting the finder cannot start without; the message says which variable to set."""


def from_environment(environ: dict[str, str] | None = None) -> dict[str, Any]:
    """The settings found in the environment, as config keys."""
    environ = os.environ if environ is None else environ
    found = {}
    for key in DEFAULTS:
        name = key if key in UNPREFIXED else f"FINDER_{key}"
        if environ.get(name):
            found[key] = environ[name]
    for key in INTEGERS:
        if key in found:
            found[key] = _integer(key, found[key])
    return found


def _integer(key: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"FINDER_{key} must be a whole number, not {raw!r}.") from None


def write_once(path: Path, text: str) -> None:
    """Create `path` holding `text`, whole or not at all: processes starting together (gunicorn
    workers, parallel tests) all read the one that was linked first, never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    draft.write_text(text, encoding="utf-8")
    draft.chmod(0o600)
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()


def resolve_secret_key(config: dict[str, Any], instance_path: Path, local: bool) -> str:
    """The secret key, or a clear refusal. The local quick start keeps one in instance/."""
    if config.get("SECRET_KEY"):
        return config["SECRET_KEY"]
    if config.get("TESTING"):
        return secrets.token_hex(32)
    if local:
        keyfile = instance_path / "secret_key"
        if not keyfile.exists():
            write_once(keyfile, secrets.token_hex(32))
        return keyfile.read_text(encoding="utf-8").strip()
    raise ConfigError(
        "No secret key: set FINDER_SECRET_KEY to a long random value "
        "(for example: python -c 'import secrets; print(secrets.token_hex(32))'), "
        "or use the README's quick start, which keeps one in instance/secret_key."
    )

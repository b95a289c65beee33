"""Sending a text nobody asked for yet (a worker's "text these to the parent").

`get_sender(app)` gives a `TwilioSender` when the Twilio account, token and sending number
are all set, and an `OutboxSender` otherwise, which keeps the message in the local outbox
for the simulator (the number only as an HMAC and its last three digits).
"""

from __future__ import annotations

import re
from typing import Protocol

from flask import Flask
from twilio.http import HttpClient
from twilio.rest import Client

from finder.state import Store, get_store

PHONE_NUMBER = re.compile(r"\+?[0-9]{6,15}")


class Sender(Protocol):
    def send(self, to: str, body: str) -> str:
        """Send `body` to the number `to`; returns the message's id."""


def check_number(to: str) -> str:
    number = re.sub(r"[\s()-]", "", to)
    if not PHONE_NUMBER.fullmatch(number):
        raise ValueError("not a phone number")
    return number


class TwilioSender:
    """Sends through Twilio's REST API from the configured number."""

    def __init__(self, account_sid: str, auth_token: str, from_: str,
                 http_client: HttpClient | None = None) -> None:
        self.client = Client(account_sid, auth_token, http_client=http_client)
        self.from_ = from_

    def send(self, to: str, body: str) -> str:
        message = self.client.messages.create(to=check_number(to), from_=self.from_, body=body)
        return str(message.sid)


class OutboxSender:
    """Keeps messages in the local outbox instead of sending them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def send(self, to: str, body: str) -> str:
        return self.store.queue(check_number(to), body)


def twilio_ready(app: Flask) -> bool:
    return all(app.config.get(key) for key in
               ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"))


def get_sender(app: Flask) -> Sender:
    """Twilio when it is fully configured, else the local outbox."""
    if twilio_ready(app):
        return TwilioSender(app.config["TWILIO_ACCOUNT_SID"], app.config["TWILIO_AUTH_TOKEN"],
                            app.config["TWILIO_FROM"])
    return OutboxSender(get_store(app))

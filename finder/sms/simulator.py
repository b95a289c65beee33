"""`/sms/simulator`: a phone screen for trying the SMS channel without Twilio.

Each message goes through the real webhook as a signed request (the local token), so what
you see is what a parent's phone would get. Served only while Twilio is not configured.
The page is a developer's tool, in English; the replies are in the conversation's language.
"""

from __future__ import annotations

import secrets
import uuid
from xml.etree import ElementTree

from flask import Blueprint, abort, current_app, render_template, request, session, url_for
from flask_wtf import FlaskForm
from werkzeug.test import Client
from wtforms import HiddenField, StringField, SubmitField
from wtforms.validators import Length

from finder.sms.segments import measure
from finder.sms.signature import HEADER, sign, twilio_configured
from finder.state import get_store

bp = Blueprint("sms_simulator", __name__, url_prefix="/sms/simulator",
               template_folder="templates", static_folder="static")

HISTORY = 12  # bubbles kept on screen
SIMULATOR_TO = "+447700900000"  # Ofcom's drama range: never a real phone


class MessageForm(FlaskForm):
    body = StringField("Message", validators=[Length(max=2000)])
    send = SubmitField("Send")
    restart = SubmitField("New phone")
    history = HiddenField()


@bp.before_request
def only_without_twilio() -> None:
    if twilio_configured(current_app):
        abort(404)


@bp.route("", methods=["GET", "POST"])
def phone() -> str:
    form = MessageForm()
    bubbles = read_history(request.form.getlist("bubble"))
    if request.method == "POST":
        if not form.validate():
            abort(400)
        if form.restart.data:
            session.pop("sms_number", None)
            bubbles = []
        elif form.body.data:
            reply = deliver(simulated_number(), form.body.data)
            bubbles += [("in", form.body.data), ("out", reply)]
        form.body.data = ""
    number = simulated_number()
    return render_template("sms/simulator.html", form=form, bubbles=shown(bubbles[-HISTORY:]),
                           number=number, outbox=get_store().outbox(number))


def simulated_number() -> str:
    """A number in the drama range, one per browser session."""
    if "sms_number" not in session:
        session["sms_number"] = f"+447700900{secrets.randbelow(1000):03d}"
    return session["sms_number"]


def deliver(number: str, text: str) -> str:
    """Post `text` to the webhook as Twilio would, signed, and return the reply it gives."""
    form = {"From": number, "To": SIMULATOR_TO, "Body": text, "NumMedia": "0",
            "MessageSid": "SM" + uuid.uuid4().hex}
    path = url_for("sms.webhook")
    base = request.host_url.rstrip("/")
    public = current_app.config.get("PUBLIC_URL")
    signed = (public.rstrip("/") if public else base) + path
    client = Client(current_app._get_current_object())  # type: ignore[attr-defined]
    response = client.post(path, base_url=base, data=form,
                           headers={HEADER: sign(current_app, signed, form)})
    if response.status_code != 200:
        return f"(the webhook answered {response.status_code})"
    twiml = ElementTree.fromstring(response.get_data())  # noqa: S314 - our own TwiML, just made
    return "\n".join(message.text or "" for message in twiml.iter("Message"))


def read_history(values: list[str]) -> list[tuple[str, str]]:
    """The bubbles the page posted back: "in:text" or "out:text"."""
    found = []
    for value in values:
        side, _, text = value.partition(":")
        if side in ("in", "out"):
            found.append((side, text))
    return found


def shown(bubbles: list[tuple[str, str]]) -> list[dict[str, object]]:
    return [{"side": side, "text": text, "segments": measure(text)} for side, text in bubbles]

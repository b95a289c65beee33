"""WhatsApp through the same Twilio webhook: `From: whatsapp:+44...`, signed as Twilio signs."""

from __future__ import annotations

from sms_helpers import PARENT, TOKEN, Twilio, replies

from finder.sms import get_store
from finder.sms.replies import WHATSAPP_LENGTH
from finder.sms.segments import measure

WHATSAPP_PARENT = f"whatsapp:{PARENT}"
WHATSAPP_FINDER = "whatsapp:+14155238886"


class WhatsApp(Twilio):
    """A Twilio WhatsApp sender posting to the webhook: the same form and signature, with the
    `whatsapp:` addresses Twilio uses."""

    def form(self, body: str, number: str = WHATSAPP_PARENT, sid: str | None = None):
        number = number if number.startswith("whatsapp:") else f"whatsapp:{number}"
        return {**super().form(body, number, sid), "To": WHATSAPP_FINDER,
                "ProfileName": "", "WaId": number.removeprefix("whatsapp:+")}


def whatsapp(app) -> WhatsApp:
    return WhatsApp(app.test_client(), TOKEN)


def test_a_whatsapp_message_gets_a_fuller_page_in_one_message(sms_app):
    sender = whatsapp(sms_app)
    [reply] = replies(sender.text("my 4 year old has tantrums, we live in Leicester"))
    assert "1." in reply and "2." in reply and "3." in reply
    assert len(reply) <= WHATSAPP_LENGTH
    assert measure(reply).count > 3  # no SMS budget: it would not fit three segments


def test_a_whatsapp_page_says_what_each_service_is_in_full(sms_app, twilio):
    text = "my 4 year old has tantrums, we live in Leicester"
    [on_whatsapp] = replies(whatsapp(sms_app).text(text, number="whatsapp:+447700900777"))
    on_sms = "\n".join(replies(twilio.text(text, number="+447700900778")))
    assert len(on_whatsapp) > len(on_sms)


def test_whatsapp_and_sms_from_one_number_are_one_conversation(sms_app, twilio):
    replies(whatsapp(sms_app).text("he wont sleep"))
    with get_store(sms_app).exchange(PARENT, "SMpeek") as exchange:
        assert exchange.state["slots"]["needs"] == ["sleep"]
    replies(twilio.text("3"))
    with get_store(sms_app).exchange(PARENT, "SMpeek2") as exchange:
        assert exchange.state["slots"]["ages"] == [36]


def test_a_whatsapp_request_with_a_bad_signature_is_refused(sms_app):
    sender = whatsapp(sms_app)
    response = sender.post(sender.form("hello"), signature="not-a-signature")
    assert response.status_code == 403


def test_whatsapp_searches_are_counted_as_whatsapp(sms_app):
    import sqlite3

    from finder.sms import state_path

    replies(whatsapp(sms_app).text("my 2 year old won't sleep, we live in Oakham"))
    conn = sqlite3.connect(state_path(sms_app))
    try:
        channels = [r[0] for r in conn.execute("SELECT channel FROM usage")]
    finally:
        conn.close()
    assert channels == ["whatsapp"]

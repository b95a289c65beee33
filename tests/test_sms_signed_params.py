"""The posted form as the Twilio SDK signs it: one dict for a form without repeats, each
name's values in order for one with them, signed exactly as the SDK signs the form itself."""

from __future__ import annotations

from urllib.parse import urlencode

from twilio.request_validator import RequestValidator
from werkzeug.datastructures import MultiDict

from finder.sms.signature import SignedParams, first_values, form_fields

URL = "https://finder.example.org/sms"
VALIDATOR = RequestValidator("a-token-for-tests")


def test_a_form_without_repeats_signs_as_the_sdk_signs_the_plain_form():
    form = {"Body": "my son is 3 + 1 = 4 & we live in LE4 ąść 😀", "From": "+447700900123",
            "To": "+447700900000", "MessageSid": "SM" + "a" * 32, "NumMedia": "0", "ToCity": ""}
    fields = SignedParams(form_fields(urlencode(form)))
    assert fields == form
    assert VALIDATOR.compute_signature(URL, fields) == VALIDATOR.compute_signature(URL, form)


def test_a_form_with_repeats_signs_every_value_and_reads_the_first():
    pairs = [("Body", "hello"), ("MediaUrl0", "b"), ("MediaUrl0", "a"), ("From", "+4477")]
    fields, signed = first_values(form_fields(urlencode(pairs)))
    assert fields == {"Body": "hello", "MediaUrl0": "b", "From": "+4477"}
    assert VALIDATOR.compute_signature(URL, signed) == \
        VALIDATOR.compute_signature(URL, MultiDict(pairs))

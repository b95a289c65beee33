"""GET /api/v1/interpret, and an Understander that never fails on odd input."""

from __future__ import annotations

import pytest


def test_interpret_answers_the_design_shape(client):
    answer = client.get("/api/v1/interpret", query_string={"text": "my son is 3 and wont sleep"})
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["language"] == "en"
    assert body["needs"] == ["sleep"]
    assert body["age_months"] == [36]
    assert body["expecting"] is False
    assert body["safety"] == []
    assert set(body["place"]) == {"district", "area", "outside", "lat", "lon"}


def test_interpret_takes_the_language_hint(client):
    body = client.get("/api/v1/interpret", query_string={"text": "ADHD", "lang": "pl"}).get_json()
    assert body["language"] == "pl"
    assert body["needs"] == ["additional-needs"]


def test_interpret_flags_safety(client):
    body = client.get("/api/v1/interpret", query_string={"text": "I want to die"}).get_json()
    assert body["safety"] == ["self-harm"]


BAD = [
    ({}, "text", "missing-text"),
    ({"text": "  "}, "text", "blank-text"),
    ({"text": "a" * 1001}, "text", "text-too-long"),
    ({"text": "hello", "lang": "fr"}, "lang", "unknown-language"),
]


@pytest.mark.parametrize(("query", "parameter", "_"), BAD, ids=[b[2] for b in BAD])
def test_interpret_refuses_bad_input_naming_the_parameter(client, query, parameter, _):
    answer = client.get("/api/v1/interpret", query_string=query)
    assert answer.status_code == 400
    assert answer.get_json()["error"]["parameter"] == parameter


def test_the_understander_is_built_once_per_app(app):
    from finder.api import get_understander

    with app.app_context():
        first = get_understander()
        assert get_understander() is first
    assert app.extensions["understander"] is first
    assert first.interpret("he wont sleep").needs == ("sleep",)


ODD = [
    ("", "empty"),
    ("x" * 1500, "over-a-thousand-characters"),
    ("wont sleep " * 400, "long-repetition"),
    ("\x00\x07\x1b[31m\ud800", "control-and-surrogate"),
    (bytes(range(256)).decode("latin-1"), "binary-junk"),
    ("😭😭😭 he wont sleep 🙏", "emoji"),
    ("mera beta ਨਹੀਂ ਸੌਂਦਾ and wont eat طفلي", "mixed-scripts"),
    ("٣٣٣٣٣٣ ۳۳ ૩૩ ੩੩", "digits-of-every-script"),
    ("* * * and and and", "gaps-and-links-only"),
]


@pytest.mark.parametrize(("text", "_"), ODD, ids=[o[1] for o in ODD])
def test_odd_input_always_gives_an_interpretation(understander, text, _):
    found = understander.interpret(text)
    assert found.language in ("en", "pl", "gu", "pa", "ur", "so", "ar")
    assert isinstance(found.to_json(), dict)


@pytest.mark.parametrize(("text", "district"), [
    ("we live in Loughborough and he wont sleep", "charnwood"),
    ("mieszkam w Oakham, syn ma 2 lata", "rutland"),
    ("he wont sleep", None),
], ids=["town", "town-in-polish", "no-place"])
def test_interpret_resolves_the_place_end_to_end(client, text, district):
    body = client.get("/api/v1/interpret", query_string={"text": text}).get_json()
    assert body["place"]["district"] == district

"""What a parent reads in a listing: a way to get in touch, plain words, no notes for staff."""

from __future__ import annotations

import statistics

import pytest
import textstat

from finder.config import PROJECT_ROOT
from finder.directory import content
from finder.directory.contacts import best_contact, href
from finder.directory.listing import PARENT_FIELDS, PARENT_TEXT, STAFF_NOTE, text_in
from finder.languages import LANGUAGES

SHIPPED = content.load(PROJECT_ROOT / "content")
ACTIVE = [s for s in SHIPPED.services if s.get("status", "active") == "active"]
# The research sits in ../shared beside the checkout (or beside the worktrees' folder).
FACT_SHEET = next((folder / "shared" / "research" / "llr-public-facts.md"
                   for folder in (PROJECT_ROOT.parent, PROJECT_ROOT.parent.parent)
                   if (folder / "shared" / "research").is_dir()), PROJECT_ROOT / "absent")
# GOV.UK writes for a reading age of 9: a Flesch-Kincaid grade of 4 (reading age = grade + 5).
MAX_GRADE = 4


def routes(service: dict) -> list[dict]:
    return [*service.get("contacts", []), *([service["reach"]] if service.get("reach") else [])]


@pytest.mark.parametrize("service", ACTIVE, ids=lambda s: s["id"])
def test_every_active_listing_has_a_way_to_get_in_touch(service):
    assert best_contact(service) is not None


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_every_contact_names_the_page_it_was_seen_on_and_starts_unverified(service):
    for route in routes(service):
        assert route["source"].startswith(("http://", "https://")) or route["source"] == "staff"
        assert route["seen"] and route["verified"] is False


@pytest.mark.skipif(not FACT_SHEET.exists(), reason="the research fact sheet is not beside "
                    "the project (../shared/research/llr-public-facts.md)")
@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_every_number_and_web_address_is_copied_exactly_from_the_fact_sheet(service):
    sheet = FACT_SHEET.read_text(encoding="utf-8")
    for route in routes(service):
        assert route["source"] in sheet
        if route["kind"] in ("phone", "text", "web", "email"):
            assert route["value"] in sheet, route["value"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_no_staff_note_reaches_a_parent_in_any_language(service, language):
    shown = [str(service.get(key) or "") for key in PARENT_FIELDS]
    shown += [text_in(service, key, language)[0] for key in PARENT_TEXT]
    shown += [str(r.get("label", "")) for r in routes(service)]
    shown += [str(v) for v in (service.get("translations") or {}).get(language, {}).values()]
    assert not [text for text in shown if STAFF_NOTE.search(text)]


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_every_listing_has_its_plain_english_text(service):
    assert all(service.get(key, {}).get("en") for key in PARENT_TEXT)


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_english_summaries_read_at_age_nine_or_below(service):
    assert textstat.flesch_kincaid_grade(service["summary"]["en"]) <= MAX_GRADE


def test_the_english_parent_text_reads_at_age_nine_or_below_overall():
    texts = [s[key]["en"] for s in SHIPPED.services for key in PARENT_TEXT]
    assert statistics.median(textstat.flesch_kincaid_grade(t) for t in texts) <= MAX_GRADE


def test_feeling_safe_at_home_has_local_services():
    found = [s for s in ACTIVE if "domestic-abuse" in s["needs"]]
    assert len(found) >= 3
    assert all(c["kind"] == "phone" for s in found for c in s["contacts"][:1])


@pytest.mark.parametrize(("contacts", "reach", "expected"), [
    ([{"kind": "address", "value": "a"}, {"kind": "web", "value": "w"},
      {"kind": "phone", "value": "p"}], None, "p"),
    ([{"kind": "email", "value": "e"}, {"kind": "text", "value": "t"}], None, "t"),
    ([{"kind": "web", "value": "w"}, {"kind": "email", "value": "e"}], None, "w"),
    ([], {"kind": "phone", "value": "r"}, "r"),
    ([], None, None),
], ids=["phone-first", "text-before-email", "web-before-email", "reach-when-none", "nothing"])
def test_the_best_contact_follows_the_order_phone_text_web_email_address(contacts, reach,
                                                                          expected):
    found = best_contact({"contacts": contacts, "reach": reach})
    assert (found or {}).get("value") == expected
    if found:
        assert found["reach"] is (reach is not None and not contacts)


@pytest.mark.parametrize(("route", "link"), [
    ({"kind": "phone", "value": "0116 454 1004"}, "tel:01164541004"),
    ({"kind": "text", "value": "07507 330 026"}, "sms:07507330026"),
    ({"kind": "web", "value": "www.healthforunder5s.co.uk"}, "https://www.healthforunder5s.co.uk"),
    ({"kind": "web", "value": "http://example.org/a"}, "http://example.org/a"),
    ({"kind": "address", "value": "Coventry Road"}, ""),
], ids=["phone", "text", "bare-web-address", "full-web-address", "address"])
def test_each_route_becomes_the_link_a_phone_follows(route, link):
    assert href(route) == link


@pytest.mark.parametrize("service", SHIPPED.services, ids=lambda s: s["id"])
def test_every_listing_is_drafted_in_all_seven_languages_and_marked_for_review(service):
    for key in PARENT_TEXT:
        assert set(service[key]) == set(LANGUAGES), key
        assert all(text.strip() for text in service[key].values())
    assert service["text_review"] == "awaiting-native-review"

"""The one search request: the outside rule, the rule after abuse, and one event per search."""

from __future__ import annotations

import pytest

from finder.conversation import take_turn
from finder.search import request
from finder.search.request import REMOTE, SearchEvent, build
from finder.understand.types import Interpretation


def test_outside_the_region_every_channel_searches_remote_help_only():
    outside = {"district": "leicester-city", "lat": 52.6, "lon": -1.1, "outside": True}
    query = build(["sleep"], [30], place=outside, delivery=["in-person", "phone"])
    assert (query.district, query.lat, query.lon) == (None, None, None)
    assert query.delivery == ("phone",)  # a worker's own choice kept where it is remote
    assert build(["sleep"], place=outside).delivery == REMOTE


def test_asking_about_abuse_means_no_conflict_course_and_abuse_services_first(
        directory_tools):
    asked = directory_tools.search(build(["relationships"], language="en"), 50, 0)
    assert any("relationships" in r.service["needs"] for r in asked.results)
    after = directory_tools.search(build(["relationships"], after_abuse=True), 50, 0)
    assert build(["relationships"], after_abuse=True).needs[0] == "domestic-abuse"
    assert not [r.service["id"] for r in after.results
                if "relationships" in r.service["needs"]
                and "domestic-abuse" not in r.service["needs"]]


class Disclosing:
    """Real tools, but the parent's first text is read as a disclosure of abuse and a
    question about arguing, as the understander reads controlling behaviour."""

    def __init__(self, tools) -> None:
        self.tools = tools

    def __getattr__(self, name):
        return getattr(self.tools, name)

    def interpret(self, text, language=None, answering=None):
        found = self.tools.interpret(text, language=language, answering=answering)
        if "controls" in text:
            return Interpretation(language="en", needs=("relationships",),
                                  safety=("domestic-abuse",), place=found.place)
        return found


@pytest.mark.parametrize("later", ["we argue all the time", "more"])
def test_after_a_disclosure_the_conversation_never_offers_a_couples_course(directory_tools,
                                                                          later):
    tools = Disclosing(directory_tools)
    turn = take_turn(None, "he controls my money and who I see, we live in Leicester", tools)
    assert turn.replies[0].kind == "safety"
    assert turn.state["slots"]["after_abuse"]
    for _ in range(2):
        offered = [item["id"] for reply in turn.replies for item in reply.data.get("items", ())]
        services = {s["id"]: s for s in directory_tools.index.services}
        assert not [i for i in offered if "relationships" in services[i]["needs"]
                    and "domestic-abuse" not in services[i]["needs"]]
        turn = take_turn(turn.state, later, tools)


def test_every_channel_search_emits_one_event_for_its_first_page(directory_tools):
    events: list[SearchEvent] = []
    query = build(["sleep"], [30], language="pl")
    request.run(directory_tools.index, query, "worker", events.append, limit=3)
    request.run(directory_tools.index, query, "worker", events.append, limit=3, offset=3)
    assert [(e.channel, e.first_page, e.query) for e in events] == [
        ("worker", True, query), ("worker", False, query)]

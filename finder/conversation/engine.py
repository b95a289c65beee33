"""The conversation engine: one message and the state in, the new state and what to say out.

Pure: no Flask, Twilio or SQL. Understanding and search come in as `Tools`; which question
comes next is `flow`; the wording of each reply lives in `messages.py`, and `render.py` turns
replies into text. Commands and menu answers are in `choices.py`, what a message adds to the
slots in `filling.py`.
"""

from __future__ import annotations

import time
from typing import Any

from finder.conversation import asking, commands, flow, results
from finder.conversation import state as memory
from finder.conversation.answers import (
    answers_the_question,
    asks_to_stop,
    changes_language,
    clean,
    number,
)
from finder.conversation.choices import Choices
from finder.conversation.filling import Filling
from finder.conversation.types import Fits, Reply, Tools, Turn
from finder.languages import DEFAULT_LANGUAGE, LANGUAGES
from finder.search import request
from finder.understand.types import Interpretation


def take_turn(state: dict[str, Any] | None, text: str, tools: Tools,
              now: float | None = None, fits: Fits | None = None, owned: bool = False) -> Turn:
    """Answer one message. `state` is what the last turn returned (None or {} to begin).

    A channel with little room (SMS) passes `fits`, which says whether replies fit in one
    message; results are then offered 3, 2, then 1 at a time, and MORE goes on from the last
    one shown. Without it every page has `results.PAGE` results. A caller that hands `state`
    over (`owned`: read from a store for this turn alone) lets the turn work on it in place;
    any other state is copied first, and left as it was.
    """
    talk = Talk(memory.load(state, owned), tools, time.time() if now is None else now,
                fits)
    talk.respond(clean(text))
    return talk.finish()


class Talk(Choices, Filling):
    """One turn in progress: the working state and the replies said so far."""

    def __init__(self, state: dict[str, Any], tools: Tools, now: float,
                 fits: Fits | None = None) -> None:
        self.state, self.tools, self.now, self.fits = state, tools, now, fits
        self.replies: list[Reply] = []
        self.new = memory.is_new(state)
        self.offered = False  # a safety reply chose the need: its listings come next
        self.noted = ""  # a place this message gave (see `Filling.absorb`)
        self.before = memory.snapshot(state)

    def say(self, kind: str, **data: Any) -> None:
        self.replies.append(Reply(kind, self.state["lang"], data))

    def need_label(self, slug: str, language: str) -> str:
        return self.tools.need_label(slug, language)

    def finish(self) -> Turn:
        self.state["started"] = self.state["started"] or self.now
        self.state["updated"] = self.now
        return Turn(state=self.state, replies=tuple(self.replies))

    def respond(self, text: str) -> None:
        self.recall_seen()
        command = commands.match(text)
        found = None if command or self.menu_number(text) else self.understand(text)
        if found and found.safety:
            self.safety(found.safety)
        if self.new:
            self.state["step"] = "need"
            self.say("welcome", hint=True)
        if command:
            self.run(command)
        elif asks_to_stop(text) and not (found and found.safety):
            self.say("how_to_stop")  # Twilio opts out on STOP alone: say so, change nothing
        elif not self.new and memory.is_stale(self.state, self.now):
            self.come_back(text, found)
        else:
            self.answer(text, found)
        if command != "back":
            memory.remember(self.state, self.before)

    def recall_seen(self) -> None:
        """A state saved before the results' ids were kept (`seen`): the ids shown, found again
        by the same search, so that a number after results opens that result."""
        state = self.state
        if state["step"] != "results" or state["seen"] or not state["shown"]:
            return
        answer = self.tools.search(request.from_slots(self.slots, state["lang"]),
                                   state["offset"] + state["shown"], 0)
        state["seen"] = [result.service.get("id", "") for result in answer.results]

    def menu_number(self, text: str) -> bool:
        """Whether the message is only a number the current menu takes: nothing in it for the
        Understander to find (no language, need or safety words), so it is not asked."""
        state = self.state
        return (not self.new and not memory.is_stale(state, self.now)
                and number(text) is not None and self.can_pick(state["step"], text))

    def understand(self, text: str) -> Interpretation:
        state = self.state
        # The language the talk is in, once a message has shown it ("coventry" shows none)
        hint = state["lang"] if state["chosen"] or state["heard"] else None
        step = state["resume"] if state["step"] == "feeling" else state["step"]
        answering = step if step in memory.SLOT_STEPS else None  # the question before a feeling
        found = self.tools.interpret(text, language=hint, answering=answering)
        if not state["chosen"] and found.other_language:
            state["lang"] = DEFAULT_LANGUAGE  # a language we do not speak: the menu in English
        elif not state["chosen"] and found.language in LANGUAGES and found.language_heard \
                and (not state["heard"] or changes_language(text, state["lang"], found.language,
                                                             memory.progressed(state))):
            state["lang"], state["heard"] = found.language, True
        return found

    def safety(self, kinds: tuple[str, ...]) -> None:
        """National lines first, the most urgent kind first, each number once."""
        self.say("safety", kinds=flow.safety_kinds(kinds),
                 lines=flow.safety_lines(kinds, self.tools.safety_lines))
        if "domestic-abuse" in kinds:  # from now on: no couples or conflict courses
            self.slots["after_abuse"] = True
        need = flow.safety_need(kinds)
        if need and not self.slots["needs"]:  # the kind's listings next, not "what need?"
            self.slots["needs"] = [need]
            self.state["pending"].pop("needs", None)
            self.offered = True
        elif not self.new:
            self.say("carry_on")

    def come_back(self, text: str, found: Interpretation) -> None:
        """A parent back after hours: the answer to the question left open carries on, a new
        question (or a feeling) is answered at once; else offer to resume."""
        if answers_the_question(self.state["step"], found):
            self.answer(text, found)
        elif found.needs or found.feeling:
            fresh = memory.fresh(self.state["lang"], self.state["chosen"])
            fresh.update(step="need", started=self.state["started"],
                         history=self.state["history"], heard=self.state["heard"])
            fresh["slots"]["after_abuse"] = self.slots["after_abuse"]
            self.state = fresh
            self.answer(text, found)
        else:
            self.state["resume"], self.state["step"] = self.state["step"], "returning"
            self.say("returning")

    # Answers --------------------------------------------------------------------------------

    def answer(self, text: str, found: Interpretation | None) -> None:
        step = self.state["step"]
        if self.pick(step, text):
            return
        if step in ("returning", "feeling"):
            self.state["step"] = self.state["resume"] or "need"
        if found is not None and found.other_language and not found.needs:
            self.say("other_language")
            self.command_language()
        elif found is not None and found.feeling and not found.safety:
            self.feeling()
        elif found is not None and (self.absorb(found, text) or self.offered):
            self.state["misses"] = 0
            self.advance()
        elif self.new or (found is not None and (found.safety or found.greeting)):
            self.prompt()  # a greeting, or a safety reply already said: no "sorry"
        else:
            self.miss(text)

    def feeling(self) -> None:
        """Only a feeling: a kind line and a gentle question; the question asked before waits."""
        self.state.update(resume=self.state["step"], step="feeling", misses=0)
        self.say("feeling")
        self.drop_hint()

    def drop_hint(self) -> None:
        """No language hint in a first reply that says more than the question."""
        if self.new:
            self.replies = [Reply(r.kind, r.language, {"hint": False}) if r.kind == "welcome"
                            else r for r in self.replies]

    def miss(self, text: str = "") -> None:
        """Not understood: ask again; after two misses the need menu and the family hub, or
        for an age or a place, search without it. Never a third "sorry"."""
        state = self.state
        step = state["step"]
        if step == "results":  # not a "sorry": what the parent can send now
            self.answer_about_results(text)
            self.say("results_help", numbered=state["shown"] > 0,
                     more=state["offset"] + state["shown"] < state["total"])
            return
        state["misses"] += 1
        if state["misses"] >= flow.MAX_MISSES and step in ("age", "place", "choose_place"):
            self.skip(step)
            return
        self.say("not_understood")
        if step == "need" and state["misses"] < flow.MAX_MISSES:
            state["pending"]["needs"] = list(flow.MENU_NEEDS)
            self.advance()
        else:
            self.way_out()

    def answer_about_results(self, text: str) -> None:
        """ "Is it free?", "do I need a referral?", "just the number": each shown result's
        answer from its listing."""
        state = self.state
        name = asking.topic(text)
        shown = state["seen"][state["offset"]:state["offset"] + state["shown"]]
        if not name or not shown:
            return
        listings = {listing.get("id"): listing for listing in self.tools.listings(shown)}
        items = [{"number": number, "name": results.name_in(listing, state["lang"]),
                  **asking.answer(name, listing)}
                 for number, service_id in enumerate(shown, state["offset"] + 1)
                 if (listing := listings.get(service_id))]
        if items:
            self.say("about_results", topic=name, items=items)

    def skip(self, step: str) -> None:
        slot = {"choose_place": "place"}.get(step, step)
        self.state["pending"].pop(f"{slot}s", None)
        if slot not in self.slots["skipped"]:
            self.slots["skipped"].append(slot)
        self.state["misses"] = 0
        self.say("skipped", slot=slot)
        self.advance()

    # What comes next ------------------------------------------------------------------------

    def advance(self) -> None:
        """Ask the next thing we still need, or show results when we have it all."""
        pending = self.state["pending"]
        self.state["resume"] = None
        if pending.get("needs"):
            self.state["step"] = "choose_need"
        elif pending.get("places"):
            self.state["step"] = "choose_place"
        else:
            self.state["step"] = flow.next_question(self.slots, self.slots["skipped"]) \
                or "results"
        if self.noted and self.state["step"] == self.before["step"] != "results":
            self.say("place_noted", place=self.noted)  # kept, though another question was asked
        self.resume()

    def resume(self) -> None:
        if self.state["step"] == "results":
            self.show_results()
        else:
            self.prompt()

    def prompt(self) -> None:
        """Ask the question for the current step (again)."""
        state = self.state
        step = state["step"] or "need"
        state["options"] = self.options(step)
        if step == "results":
            self.say("next", more=state["offset"] + state["shown"] < state["total"])
        elif state["options"]:
            self.say(step, options=state["options"])
        else:
            self.say("returning" if step == "returning" else f"ask_{step}")

    def show_results(self) -> None:
        state = self.state
        answer = self.tools.search(request.from_slots(self.slots, state["lang"]),
                                   results.PAGE, state["offset"])
        state.update(step="results", total=answer.total, options=[], shown=0,
                     seen=state["seen"][:state["offset"]])  # the ids numbered so far
        if not answer.results:
            self.say("no_results")
            return
        self.drop_hint()  # a first answer with results is long enough
        if answer.widened:
            self.say("widened", how=answer.widened)
        items = [results.shown(r, state["lang"]) for r in answer.results]
        page = results.fit_page(tuple(self.replies), self.page, items, self.fits)
        state["shown"] = len(page[0].data.get("items", ()))
        state["seen"] += [item["id"] for item in page[0].data.get("items", ())]
        self.replies.extend(page)

    def page(self, items: list[dict[str, Any]]) -> list[Reply]:
        """The replies showing `items` from the current offset."""
        language, offset, total = self.state["lang"], self.state["offset"], self.state["total"]
        return [Reply("results", language, {"offset": offset, "total": total, "items": items}),
                Reply("next", language, {"more": offset + len(items) < total})]

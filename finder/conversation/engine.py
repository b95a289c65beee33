"""The conversation engine: one message and the state in, the new state and what to say out.

Pure: no Flask, Twilio or SQL. Understanding and search come in as `Tools`, the wording of
each reply lives in `messages.py`, and `render.py` turns replies into text.
"""

from __future__ import annotations

import time
from typing import Any

from finder.conversation import commands, results
from finder.conversation import state as memory
from finder.conversation.answers import clean, number, pick_language
from finder.conversation.types import Fits, Reply, Tools, Turn
from finder.languages import LANGUAGES, NATIVE_NAMES
from finder.understand.types import Interpretation

MAX_MISSES = 2
CLOSE_NEEDS = 0.9  # second need scoring this share of the first: ask which one is meant
MENU_NEEDS = ("sleep", "behaviour", "feeding", "wellbeing", "dads")  # offered when lost
AGE_NOT_NEEDED = frozenset({"pregnancy", "teenagers", "domestic-abuse"})
SAFETY_ORDER = ("danger-to-life", "child-in-danger", "domestic-abuse", "self-harm")
OPTION_STEPS = ("choose_language", "choose_need", "choose_place", "returning")


def take_turn(state: dict[str, Any] | None, text: str, tools: Tools,
              now: float | None = None, fits: Fits | None = None) -> Turn:
    """Answer one message. `state` is what the last turn returned (None or {} to begin).

    A channel with little room (SMS) passes `fits`, which says whether replies fit in one
    message; results are then offered 3, 2, then 1 at a time, and MORE goes on from the last
    one shown. Without it every page has `results.PAGE` results.
    """
    talk = Talk(memory.load(state), tools, time.time() if now is None else now, fits)
    talk.respond(clean(text))
    return talk.finish()


class Talk:
    """One turn in progress: the working state and the replies said so far."""

    def __init__(self, state: dict[str, Any], tools: Tools, now: float,
                 fits: Fits | None = None) -> None:
        self.state, self.tools, self.now, self.fits = state, tools, now, fits
        self.replies: list[Reply] = []
        self.new = memory.is_new(state)
        self.before = memory.snapshot(state)

    @property
    def slots(self) -> dict[str, Any]:
        return self.state["slots"]

    def say(self, kind: str, **data: Any) -> None:
        self.replies.append(Reply(kind, self.state["lang"], data))

    def finish(self) -> Turn:
        self.state["started"] = self.state["started"] or self.now
        self.state["updated"] = self.now
        return Turn(state=self.state, replies=tuple(self.replies))

    def respond(self, text: str) -> None:
        command = commands.match(text)
        interpretation = None if command else self.understand(text)
        stale = not self.new and memory.is_stale(self.state, self.now)
        if interpretation and interpretation.safety:
            self.safety(interpretation.safety)
        if self.new:
            self.state["step"] = "need"
            self.say("welcome", hint=True)
        if command:
            self.run(command)
        elif stale:
            self.state["resume"], self.state["step"] = self.state["step"], "returning"
            self.say("returning")
        else:
            self.answer(text, interpretation)
        if command != "back":
            memory.remember(self.state, self.before)

    def understand(self, text: str) -> Interpretation:
        state = self.state
        hint = None if self.new and not state["chosen"] else state["lang"]
        answering = state["step"] if state["step"] in memory.SLOT_STEPS else None
        interpretation = self.tools.interpret(text, language=hint, answering=answering)
        if not state["chosen"] and interpretation.language in LANGUAGES:
            state["lang"] = interpretation.language
        return interpretation

    def safety(self, kinds: tuple[str, ...]) -> None:
        """National lines first, the most urgent kind first, each number once."""
        ordered = sorted(kinds, key=lambda k: SAFETY_ORDER.index(k) if k in SAFETY_ORDER else 99)
        lines: dict[str, dict[str, Any]] = {}
        for kind in ordered:
            for line in self.tools.safety_lines(kind):
                lines.setdefault(line["number"], {
                    key: line.get(key, "") for key in ("name", "number", "how", "text_word")
                } | {"always_open": bool(line.get("always_open"))})
        self.say("safety", kinds=ordered, lines=list(lines.values()))
        if not self.new:
            self.say("carry_on")

    # Commands -------------------------------------------------------------------------------

    def run(self, command: str) -> None:
        getattr(self, f"command_{command}")()

    def command_restart(self) -> None:
        state = memory.fresh(self.state["lang"], self.state["chosen"])
        state.update(step="need", started=self.state["started"])
        self.state = state
        if not self.new:
            self.say("restarted")
        self.prompt()

    def command_more(self) -> None:
        state = self.state
        if state["step"] != "results":
            self.say("no_results_yet")
            self.prompt()
        elif state["offset"] + state["shown"] >= state["total"]:
            self.say("no_more")
            self.say("next", more=False)
        else:
            state["offset"] += state["shown"]
            self.show_results()

    def command_back(self) -> None:
        if not memory.go_back(self.state):
            self.say("nothing_back")
        self.resume()

    def command_help(self) -> None:
        self.say("help")
        self.prompt()

    def command_language(self) -> None:
        if self.state["step"] != "choose_language":
            self.state["resume"] = self.state["step"]
        self.state["step"] = "choose_language"
        self.prompt()

    # Answers --------------------------------------------------------------------------------

    def answer(self, text: str, interpretation: Interpretation | None) -> None:
        step = self.state["step"]
        if step in OPTION_STEPS and getattr(self, f"pick_{step}")(text):
            return
        if step == "returning":
            self.state["step"] = self.state["resume"] or "need"
        if interpretation is not None and self.absorb(interpretation):
            self.state["misses"] = 0
            self.advance()
        elif self.new or (interpretation is not None and interpretation.safety):
            self.prompt()  # a greeting, or a safety reply already said: no "sorry"
        else:
            self.miss()

    def pick_choose_language(self, text: str) -> bool:
        code = pick_language(text)
        if code is None:
            return False
        self.state.update(lang=code, chosen=True, step=self.state["resume"] or "need",
                          resume=None)
        self.say("language_set", language=NATIVE_NAMES[code])
        self.resume()
        return True

    def pick_choose_need(self, text: str) -> bool:
        choice, options = number(text), self.state["options"]
        if choice is None or not 1 <= choice <= len(options):
            return False
        chosen = options[choice - 1]["slug"]
        self.slots["needs"] = [chosen] + [n for n in self.slots["needs"] if n != chosen]
        self.state["pending"].pop("needs", None)
        self.state.update(offset=0, misses=0)
        self.advance()
        return True

    def pick_choose_place(self, text: str) -> bool:
        choice, options = number(text), self.state["options"]
        if choice is None or not 1 <= choice <= len(options):
            return False
        self.set_place({k: v for k, v in options[choice - 1].items() if k != "number"})
        self.state.update(offset=0, misses=0)
        self.advance()
        return True

    def pick_returning(self, text: str) -> bool:
        choice = number(text)
        if choice == 2:
            self.command_restart()
        elif choice == 1:
            self.state["step"] = self.state["resume"] or "need"
            self.resume()
        return choice in (1, 2)

    def absorb(self, found: Interpretation) -> bool:
        """Fill the slots this message gives; True when it told us something new."""
        before = memory.snapshot(self.state)
        slots, pending = self.slots, self.state["pending"]
        if found.needs:
            slots["needs"] = list(dict.fromkeys(found.needs))
            pending.pop("needs", None)
            if self.close_needs(found):
                pending["needs"] = list(found.needs[:2])
        if found.age_months:
            slots["ages"] = sorted(set(found.age_months))
        if found.expecting:
            slots["expecting"] = True
        if found.place is not None:
            self.set_place(memory.place_slot(found.place), found.place.name)
        elif found.place_candidates:
            pending["places"] = [memory.place_slot(p, named=True)
                                 for p in found.place_candidates[:3]]
        changed = memory.snapshot(self.state) != before
        if changed:
            self.state["offset"] = 0
        return changed

    @staticmethod
    def close_needs(found: Interpretation) -> bool:
        if len(found.needs) < 2 or not found.scores:
            return False
        first, second = (found.scores.get(n, 0.0) for n in found.needs[:2])
        return first > 0 and second / first >= CLOSE_NEEDS

    def set_place(self, place: dict[str, Any], name: str = "") -> None:
        """Keep the place without its name; the name is used only in this turn's reply."""
        name = name or place.get("name", "")
        self.slots["place"] = {**place, "name": ""}
        self.state["pending"].pop("places", None)
        if place["outside"]:
            self.say("outside", place=name)

    def miss(self) -> None:
        """Not understood: ask again, offer a menu of needs, and never ask a third time."""
        state = self.state
        state["misses"] += 1
        self.say("not_understood")
        step = state["step"]
        if step == "need" and state["misses"] < MAX_MISSES:
            state["pending"]["needs"] = list(MENU_NEEDS)
            self.advance()
        elif state["misses"] >= MAX_MISSES and step in ("need", "age", "place", "choose_need",
                                                         "choose_place"):
            self.skip(step)
        else:
            self.prompt()

    def skip(self, step: str) -> None:
        slot = {"choose_need": "need", "choose_place": "place"}.get(step, step)
        self.state["pending"].pop(f"{slot}s", None)
        if slot not in self.state["slots"]["skipped"]:
            self.state["slots"]["skipped"].append(slot)
        self.state["misses"] = 0
        self.say("skipped")
        self.advance()

    # What comes next ------------------------------------------------------------------------

    def missing(self) -> str | None:
        slots = self.slots
        known = {
            "need": bool(slots["needs"]),
            "age": bool(slots["ages"] or slots["expecting"]
                        or AGE_NOT_NEEDED.intersection(slots["needs"])),
            "place": slots["place"] is not None,
        }
        return next((step for step in memory.SLOT_STEPS
                     if not known[step] and step not in slots["skipped"]), None)

    def advance(self) -> None:
        """Ask the next thing we still need, or show results when we have it all."""
        pending = self.state["pending"]
        self.state["resume"] = None
        if pending.get("needs"):
            self.state["step"] = "choose_need"
        elif pending.get("places"):
            self.state["step"] = "choose_place"
        else:
            self.state["step"] = self.missing() or "results"
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

    def options(self, step: str) -> list[dict[str, Any]]:
        """The numbered choices a step offers (none for open questions)."""
        language, pending = self.state["lang"], self.state["pending"]
        if step == "choose_need":
            return [{"number": i, "slug": slug, "label": self.tools.need_label(slug, language)}
                    for i, slug in enumerate(pending.get("needs", []), 1)]
        if step == "choose_place":
            return [{"number": i, **place} for i, place in enumerate(pending.get("places", []), 1)]
        if step == "choose_language":
            return [{"number": i, "code": code, "label": NATIVE_NAMES[code]}
                    for i, code in enumerate(LANGUAGES, 1)]
        return []

    def show_results(self) -> None:
        state = self.state
        answer = self.tools.search(results.query(self.slots, state["lang"]), results.PAGE,
                                   state["offset"])
        state.update(step="results", total=answer.total, options=[], shown=0)
        if not answer.results:
            self.say("no_results")
            return
        if self.new:  # a first answer with results is long enough: no language hint
            self.replies = [Reply(r.kind, r.language, {"hint": False}) if r.kind == "welcome"
                            else r for r in self.replies]
        if answer.widened:
            self.say("widened", how=answer.widened)
        items = [results.item(r, state["lang"]) for r in answer.results]
        page = results.fit_page(tuple(self.replies), self.page, items, self.fits)
        state["shown"] = len(page[0].data.get("items", ()))
        self.replies.extend(page)

    def page(self, items: list[dict[str, Any]]) -> list[Reply]:
        """The replies showing `items` from the current offset."""
        language, offset, total = self.state["lang"], self.state["offset"], self.state["total"]
        return [Reply("results", language, {"offset": offset, "total": total, "items": items}),
                Reply("next", language, {"more": offset + len(items) < total})]

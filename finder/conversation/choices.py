"""The parent's commands and numbered answers: MORE, BACK, HELP, a language, a menu number,
a result's number.

A mixin of `engine.Talk`, kept apart so each module reads in one sitting.
"""

from __future__ import annotations

from typing import Any

from finder.conversation import flow, results
from finder.conversation import state as memory
from finder.conversation.answers import is_yes, number, pick_language
from finder.conversation.types import Tools
from finder.languages import LANGUAGES, NATIVE_NAMES

OPTION_STEPS = ("choose_language", "choose_need", "choose_place", "returning", "feeling",
                "results")
CHOICE_STEPS = OPTION_STEPS[:-1]  # a question with numbered answers is waiting


class Choices:
    """Commands and menu answers. `engine.Talk` supplies the state and the rest of the turn:
    `say`, `prompt`, `advance`, `resume`, `show_results`, `set_place` and `need_label`."""

    state: dict[str, Any]
    new: bool
    tools: Tools

    @property
    def slots(self) -> dict[str, Any]:
        return self.state["slots"]

    def run(self, command: str) -> None:
        getattr(self, f"command_{command}")()

    def command_restart(self) -> None:
        state = memory.fresh(self.state["lang"], self.state["chosen"])
        state.update(step="need", started=self.state["started"], heard=self.state["heard"])
        self.state = state
        if not self.new:
            self.say("restarted")
        self.prompt()

    def command_more(self) -> None:
        state = self.state
        if state["step"] in CHOICE_STEPS:  # no "sorry": the choice again, to answer first
            self.say("choose_first")
            self.prompt()
        elif state["step"] != "results":
            state["misses"] += 1
            self.say("no_results_yet")
            self.way_out()
        elif state["offset"] + state["shown"] >= state["total"]:
            self.say("no_more")
            self.say("next", more=False)
        else:
            state["offset"] += state["shown"]
            self.show_results()

    def command_back(self) -> None:
        if not memory.go_back(self.state):
            self.say("nothing_back")
        self.state["step"] = self.state["step"] or "need"  # back before the first answer
        self.resume()

    def command_help(self) -> None:
        self.say("help")
        self.prompt()

    def command_language(self) -> None:
        if self.state["step"] != "choose_language":
            self.state["resume"] = self.state["step"]
        self.state["step"] = "choose_language"
        self.prompt()

    def way_out(self) -> None:
        """Ask again; after `MAX_MISSES` the needs by number and the family hub as well."""
        if self.state["misses"] >= flow.MAX_MISSES and self.state["step"] in ("need",
                                                                              "choose_need"):
            self.say("way_out")
            self.state["pending"]["needs"] = list(flow.MENU_NEEDS)
            self.state["step"] = "choose_need"
        self.prompt()

    def pick(self, step: str, text: str) -> bool:
        """A numbered (or named) answer to the current menu; False when it is not one."""
        return step in OPTION_STEPS and getattr(self, f"pick_{step}")(text)

    def can_pick(self, step: str, text: str) -> bool:
        """Whether `pick` would take `text` at `step`, changing nothing: the one test of what
        each menu accepts, which the `pick_` methods also ask before they act."""
        choice = number(text)
        if step == "choose_language":
            return pick_language(text) is not None
        if step in ("choose_need", "choose_place"):
            return choice is not None and 1 <= choice <= len(self.state["options"])
        if step == "feeling":
            return choice == 1 or is_yes(text)
        if step == "results":
            return choice is not None and 1 <= choice <= len(self.state["seen"])
        return step == "returning" and choice in (1, 2)

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
        if not self.can_pick("choose_need", text):
            return False
        chosen = self.state["options"][number(text) - 1]["slug"]
        self.slots["needs"] = [chosen] + [n for n in self.slots["needs"] if n != chosen]
        self.state["pending"].pop("needs", None)
        self.state.update(offset=0, misses=0)
        self.advance()
        return True

    def pick_choose_place(self, text: str) -> bool:
        if not self.can_pick("choose_place", text):
            return False
        option = self.state["options"][number(text) - 1]
        self.set_place({k: v for k, v in option.items() if k != "number"})
        self.state.update(offset=0, misses=0)
        self.advance()
        return True

    def pick_feeling(self, text: str) -> bool:
        """ "1" (or yes) to the gentle question: help with how the parent feels comes first."""
        if not self.can_pick("feeling", text):
            return False
        self.slots["needs"] = [flow.FEELING_NEED] + [n for n in self.slots["needs"]
                                                     if n != flow.FEELING_NEED]
        self.state["pending"].pop("needs", None)
        self.state.update(offset=0, misses=0)
        self.advance()
        return True

    def pick_results(self, text: str) -> bool:
        """A result's number: how to reach it, each route with its source and date."""
        if not self.can_pick("results", text):
            return False
        choice = number(text)
        found = self.tools.listings([self.state["seen"][choice - 1]])
        if not found:  # retired since the list was shown
            return False
        self.say("details", **results.details(found[0], choice, self.state["lang"]))
        self.prompt()
        return True

    def pick_returning(self, text: str) -> bool:
        if not self.can_pick("returning", text):
            return False
        if number(text) == 2:
            self.command_restart()
        else:
            self.state["step"] = self.state["resume"] or "need"
            self.resume()
        return True

    def options(self, step: str) -> list[dict[str, Any]]:
        """The numbered choices a step offers (none for open questions)."""
        language, pending = self.state["lang"], self.state["pending"]
        if step == "choose_need":
            return [{"number": i, "slug": slug, "label": self.need_label(slug, language)}
                    for i, slug in enumerate(pending.get("needs", []), 1)]
        if step == "choose_place":
            return [{"number": i, **place} for i, place in enumerate(pending.get("places", []), 1)]
        if step == "choose_language":
            return [{"number": i, "code": code, "label": NATIVE_NAMES[code]}
                    for i, code in enumerate(LANGUAGES, 1)]
        return []

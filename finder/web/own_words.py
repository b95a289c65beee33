"""What a parent writes in the need and age boxes, read by the understander as answers.

A message that answers another question than the one asked keeps what it gives, as by text:
a place or an age written as the need is kept and the need asked again; a place or a need
written as the age is kept and the age asked again.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, redirect, render_template, request, url_for
from flask_babel import gettext

from finder.conversation import flow
from finder.directory import store
from finder.directory.app import get_conn, get_understander
from finder.i18n import current_language
from finder.languages import NATIVE_NAMES
from finder.messages import parent as m
from finder.safety import SAFE_AT_HOME
from finder.understand import Interpretation
from finder.web import journey, safety


def need_labels() -> dict[str, str]:
    language = current_language()
    return {n["slug"]: n["labels"].get(language, n["label"]) for n in store.needs(get_conn())}


def need_page(state: dict[str, list[str]], **shown: Any) -> str:
    """The need question (again), keeping the age and place already given."""
    kept = {key: state[key] for key in ("age", "place", "district") if key in state}
    return render_template("web/need.html", languages=NATIVE_NAMES, needs=need_labels(),
                           state=kept, **{"error": None, **shown})


def from_words(state: dict[str, list[str]], words: str) -> Any:
    """What the parent wrote in their own words, read by the understander, as answers."""
    words = words.strip()[:current_app.config["MAX_TEXT_LENGTH"]]
    if not words:
        return need_page(state, error=gettext(m.CHOOSE_OR_SAY))
    found = get_understander().interpret(words, language=current_language())
    if found.feeling and not found.safety:  # only a feeling: a kind line and a question
        return need_page(state, feeling=flow.FEELING_NEED)
    # After a disclosure the kind's own listings come first (as on SMS).
    first = [need for need in [flow.safety_need(found.safety)] if need]
    guessed = [] if first and not found.need_confident else found.needs
    needs = list(dict.fromkeys([*first, *guessed]))[:2]
    answers: dict[str, list[str]] = {"q": [] if needs else [words], "need": needs}
    if found.age_months or found.expecting:
        answers["age"] = journey.age_answer(found.age_months, found.expecting)
    elif found.safety and SAFE_AT_HOME in needs:  # its lines are shown next, once, no age asked
        answers["age"] = [journey.ANY_AGE]
    if found.place is not None:
        answers["place"], answers["district"] = [found.place.name], []
    if not needs and not found.safety and {"age", "place"} & answers.keys():  # the need again
        return need_page({**state, **answers}, noted=found.place.name if found.place else "")
    target = journey.state_link(url_for("web.find"), state, **answers)
    if not found.safety and answers.keys() == {"q", "need"} and not found.needs:
        # Nothing understood: search by the words themselves (asking again would loop).
        kept = {key: state[key] for key in ("place", "district") if key in state}
        return render_template("web/age.html", state={**kept, "q": [words]},
                               bands=journey.AGE_LABELS, error=None)
    if found.safety:
        return safety.page(found.safety, target)
    return redirect(target, 303)


def from_age_words(state: dict[str, list[str]]) -> Any:
    """The free age box: understood, or asked again kindly; left empty, the age is skipped."""
    words = request.args.get("age_text", "").strip()[:current_app.config["MAX_TEXT_LENGTH"]]
    answer = [journey.ANY_AGE]
    if words:
        found = get_understander().interpret(words, language=current_language(),
                                             answering="age")
        if not (found.age_months or found.expecting) and (found.place or found.need_confident
                                                          and found.needs):
            return age_again(state, found)
        if not (found.age_months or found.expecting):
            return render_template("web/age.html", state=state, bands=journey.AGE_LABELS,
                                   error=gettext(m.AGE_NOT_CAUGHT)), 400
        answer = journey.age_answer(found.age_months, found.expecting)
    return redirect(journey.state_link(url_for("web.find"), state, age=answer), 303)


def age_again(state: dict[str, list[str]], found: Interpretation) -> Any:
    """A need or a place written in the age box: kept (a place said back), the age asked again."""
    kept = {**state, "need": list(dict.fromkeys([*state.get("need", []), *found.needs]))}
    if found.place is None:
        return redirect(journey.state_link(url_for("web.find"), kept), 303)
    kept.update(place=[found.place.name], district=[])
    return render_template("web/age.html", state=kept, bands=journey.AGE_LABELS, error=None,
                           noted=found.place.name)

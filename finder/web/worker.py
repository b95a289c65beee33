"""Worker mode (`/worker`): every filter on one tablet screen, richer cards, select and share.

A community worker sits beside a parent: filters are a plain GET form (the results fragment at
`/worker/results` lets `worker.js` refresh them without a page load), and the services picked
are texted to the parent or printed, in the parent's language. The number is not kept. A
worker signed in (the `worker` staff role, through /admin/sign-in) sends under the per-worker
limit; anyone else sends under the parents' per-address limit.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, redirect, render_template, request, url_for
from flask_babel import force_locale, format_date, gettext

from finder import usage
from finder.admin.blueprint import current_staff
from finder.directory.app import get_understander, search_index
from finder.i18n import current_language
from finder.languages import LANGUAGES, NATIVE_NAMES, direction
from finder.messages import worker
from finder.messages.parent import DELIVERY
from finder.search import Query, Result
from finder.search import request as search_request
from finder.search.why import outside_note
from finder.understand import Place
from finder.web import journey
from finder.web.cards import card, text_body, worker_card
from finder.web.pages import need_labels
from finder.web.place_choice import district_place, settle
from finder.web.textme import TextMeForm, results_link, send_text, uk_mobile

bp = Blueprint("worker", __name__, url_prefix="/worker")

SHOWN = 30
PICKS = 50  # a basket larger than any worker would text or print
FILTER_KEYS = ("age", "need", "district", "place", "delivery", "language", "self_referral",
               "free")


def filters() -> dict[str, list[str]]:
    """The filters asked for, as lists; anything no form of ours sends is left out.

    Read from the query string and, when the worker's one form is posted, from the form.
    """
    args = request.values
    chosen = {key: list(dict.fromkeys(v for v in args.getlist(key) if v)) for key in FILTER_KEYS}
    chosen["need"] = [n for n in chosen["need"] if n in need_labels()]
    chosen["delivery"] = [d for d in chosen["delivery"] if d in DELIVERY]
    chosen["age"] = [a for a in chosen["age"][:1] if a in journey.AGE_BANDS]
    chosen["language"] = [code for code in chosen["language"][:1] if code in LANGUAGES]
    chosen["district"] = [d for d in chosen["district"][:1] if d in search_index().districts]
    return {key: values for key, values in chosen.items() if values}


def parent_language(chosen: dict[str, list[str]]) -> str:
    return chosen.get("language", [current_language()])[0]


def where(chosen: dict[str, list[str]]) -> tuple[Place | None, str, list[tuple[str, str]]]:
    """The place filter: a typed place wins over the district list; with any problem said."""
    typed = chosen.get("place", [""])[0][:100]
    district = chosen.get("district", [""])[0]
    answer = settle(search_index(), get_understander().gazetteer, typed, district)
    if answer.candidates:
        names = search_index().districts
        choices = [(f"{c.name} ({names.get(c.district or '', {}).get('name', '')})",
                    url_for("worker.page", **{**chosen, "district": [c.district or ""]}))
                   for c in answer.candidates]
        return None, gettext(worker.PLACE_AMBIGUOUS, place=typed), choices
    if answer.unknown:
        return None, gettext(worker.PLACE_UNKNOWN), []
    if answer.place is None and district:
        return district_place(search_index(), district), "", []
    return answer.place, "", []


def worker_query(chosen: dict[str, list[str]], place: Place | None) -> Query:
    ages = journey.read_ages(chosen.get("age", []))
    return search_request.build(
        chosen.get("need", []), ages.months, ages.expecting,
        place.to_json() if place else None, parent_language(chosen),
        delivery=chosen.get("delivery", []), self_referral_only="self_referral" in chosen,
        free_only="free" in chosen)


def results_context(chosen: dict[str, list[str]], form: TextMeForm | None = None,
                    ) -> dict[str, Any]:
    place, problem, candidates = where(chosen)
    answer = search_request.run(search_index(), worker_query(chosen, place), "worker",
                                usage.record, SHOWN)
    language = parent_language(chosen)
    cards = [worker_card(r, current_language()) for r in answer.results]
    picked = picks()
    shown = {c["id"] for c in cards}
    return {"chosen": chosen, "place": place, "problem": problem, "candidates": candidates,
            "cards": cards, "total": answer.total,
            "notes": [*([outside_note(language, place.name, place.council)]
                        if place and place.outside else []),
                      *answer.notes], "why_lang": language,
            "form": form or TextMeForm(), "picked": picked,
            "basket": [(r.service["id"], r.service["name"]) for r in picked_results(picked)
                       if r.service["id"] not in shown]}


def picks() -> list[str]:
    """The basket: services picked, kept through filter changes in the form or the link."""
    return list(dict.fromkeys(request.values.getlist("service")))[:PICKS]


@bp.get("")
def page() -> str:
    return render_template("worker/worker.html", needs=need_labels(), bands=journey.AGE_LABELS,
                           districts=search_index().districts, delivery=DELIVERY,
                           languages=NATIVE_NAMES, **results_context(filters()))


@bp.get("/results")
def results() -> str:
    """Only the results, for `worker.js` to swap in as the filters change."""
    return render_template("worker/_results.html", **results_context(filters()))


@bp.post("/selected")
def selected() -> Any:
    """Text the services picked to the parent, or show them ready to print."""
    chosen = filters()
    if request.form.get("action") == "filter":  # no JavaScript: new filters, same basket
        return redirect(url_for("worker.page", **chosen, service=picks()), 303)
    picked = picked_results(picks())
    form = TextMeForm()
    if request.form.get("action") == "print":  # shows a page, changes nothing
        return print_page(picked, chosen)
    if not picked:
        form.validate_on_submit()
        form.phone.errors = [*form.phone.errors, gettext(worker.PICK_A_SERVICE)]
        return page_with(form), 400
    if not form.validate_on_submit():
        return page_with(form), 400
    language = parent_language(chosen)
    member = current_staff()
    link = results_link(url_for("worker.page", **chosen, lang=language))
    sent = send_text(uk_mobile(form.phone.data) or "",
                     text_body([card(r, language) for r in picked], language, link), link,
                     worker_id=member["id"] if member else None)
    return render_template("worker/sent.html", sent=sent, count=len(picked),
                           back=url_for("worker.page", **chosen)), 200 if sent else 503


def page_with(form: TextMeForm) -> str:
    return render_template("worker/worker.html", needs=need_labels(), bands=journey.AGE_LABELS,
                           districts=search_index().districts, delivery=DELIVERY,
                           languages=NATIVE_NAMES, **results_context(filters(), form))


def picked_results(ids: list[str]) -> list[Result]:
    return [Result(service=service, score=0.0, why="")
            for service in search_index().with_ids(ids)]


def print_page(picked: list[Result], chosen: dict[str, list[str]]) -> str:
    """The picks for the parent to take away: every word in the parent's language."""
    language = parent_language(chosen)
    back = url_for("worker.page", **chosen, service=[r.service["id"] for r in picked])
    with force_locale(language):
        return render_template("worker/print.html", cards=[card(r, language) for r in picked],
                               lang=language, dir=direction(language), card_lang=language,
                               back=back, today=format_date(format="long"),
                               finder=url_for("web.home", _external=True))

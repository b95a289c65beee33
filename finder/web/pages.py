"""Parent pages (`/`): three questions, one a screen, then results; the state in the query string.

What would help (`need`, or words in `q`), how old (`age`, or words in `age_text`), where
(`place`, with `district` to settle a name several places share): `/find` asks the first
question not yet answered, then shows the results. Plain GET forms, so no JavaScript is needed.
"""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext
from werkzeug.routing import BuildError

from finder import usage
from finder.conversation import flow
from finder.directory import store
from finder.directory.app import get_conn, get_understander, search_index
from finder.errors import BadParameter
from finder.i18n import COOKIE, current_language
from finder.languages import LANGUAGES, NATIVE_NAMES
from finder.messages import parent as m
from finder.messages import say
from finder.safety import SAFE_AT_HOME
from finder.search import request as search_request
from finder.search.why import outside_note
from finder.understand import Place
from finder.web import journey, own_words, service_groups
from finder.web.cards import card, text_body
from finder.web.own_words import need_labels
from finder.web.place_choice import settle
from finder.web.textme import TextMeForm, results_link, send_text, uk_mobile

bp = Blueprint("web", __name__)

ONE_YEAR = 365 * 24 * 3600
RESULTS_SHOWN = 10
TEXTED = 5  # the first few results fit a text a parent can read on a phone


@bp.after_app_request
def remember_language(response: Response) -> Response:
    """Keep a language chosen with `?lang=` in a cookie, so every later page uses it."""
    chosen = request.args.get("lang")
    if chosen in LANGUAGES and request.cookies.get(COOKIE) != chosen:
        response.set_cookie(COOKIE, chosen, max_age=ONE_YEAR, samesite="Lax",
                            secure=request.is_secure, httponly=True)
    return response


@bp.app_context_processor
def links() -> dict[str, Any]:
    def with_language(code: str) -> str:
        """This page in another language, keeping the search the parent has made so far.

        An error page, a POST or a page that cannot be rebuilt links to the home page instead.
        """
        args = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"]
        if request.method != "GET" or request.endpoint is None or request.routing_exception:
            return url_for("web.home", lang=code)
        try:
            return url_for(request.endpoint, **{**_grouped(args), **(request.view_args or {}),
                                                "lang": code})
        except BuildError:
            return url_for("web.home", lang=code)
    return {"with_language": with_language, "state_link": journey.state_link, "say": say}


def _grouped(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return grouped


@bp.get("/")
def home() -> str:
    return render_template("web/need.html", languages=NATIVE_NAMES, needs=need_labels(),
                           state={}, error=None)


@bp.get("/find")
def find() -> Any:
    state = journey.state_of(request.args.to_dict(flat=False))
    needs = checked_needs(state.get("need", []))
    if "words" in request.args:  # the need question asked again, with earlier answers kept
        return own_words.from_words(state, request.args["words"])
    if "q" in request.args and not needs and not {"age", "place"} & state.keys() \
            and "age_text" not in request.args:
        return own_words.from_words(state, state.get("q", [""])[0])
    if not needs and not state.get("q"):
        return redirect(url_for("web.home"), 303)
    if SAFE_AT_HOME in needs and "age" not in state:
        return safety_first(state)
    if "age_text" in request.args:
        return own_words.from_age_words(state)
    if "age" not in state and flow.age_needed(needs):
        return render_template("web/age.html", state=state, bands=journey.AGE_LABELS,
                               error=None)
    if "place" not in state:
        return render_template("web/place.html", state=state, error=None)
    return results_page(state, TextMeForm())


def safety_first(state: dict[str, list[str]]) -> Any:
    """"Feeling safe at home": the helplines at once, then on to services (no age asked)."""
    carry_on = journey.state_link(url_for("web.find"), state, age=[journey.ANY_AGE])
    return redirect(url_for("safety.safety", kind=SAFE_AT_HOME, next=carry_on), 303)


def checked_needs(needs: list[str]) -> list[str]:
    known = need_labels()
    if any(n not in known for n in needs):
        raise BadParameter("need", gettext(m.UNKNOWN_NEED))
    return needs


def results_page(state: dict[str, list[str]], form: TextMeForm, status: int = 200) -> Any:
    found = find_results(state)
    if found["ask"] is not None:
        return found["ask"]
    return render_template("web/results.html", state=state, form=form, **found), status


def find_results(state: dict[str, list[str]]) -> dict[str, Any]:
    """The search the answers ask for; or, when the place needs settling, the page asking."""
    language = current_language()
    place, ask = resolve_place(state)
    try:
        ages = journey.read_ages(state.get("age", []))
    except journey.BadAnswer:
        raise BadParameter("age", gettext(m.AGE_NOT_UNDERSTOOD)) from None
    query = search_request.build(state.get("need", []), ages.months, ages.expecting,
                                 place.to_json() if place else None, language,
                                 text=" ".join(state.get("q", [])))
    answer = search_request.run(search_index(), query, "web", usage.record, RESULTS_SHOWN)
    notes = [outside_note(language, place.name, place.council)] if place and place.outside \
        else []
    return {"ask": ask, "cards": [card(r, language) for r in answer.results],
            "notes": [*notes, *answer.notes], "place": place, "needs": need_labels(),
            "age_summary": describe_ages(state.get("age", []))}


def describe_ages(answer: list[str]) -> str:
    """The age answer as a parent would say it, in the page's language."""
    parts = []
    for value in answer:
        if value in journey.AGE_LABELS:
            parts.append(gettext(journey.AGE_LABELS[value]))
        elif value.endswith("m") and value[:-1].isdigit():
            months = int(value[:-1])
            parts.append(gettext(m.AGE_IN_YEARS, years=months // 12) if months >= 24
                         else gettext(m.AGE_IN_MONTHS, months=months))
    return ", ".join(parts) or gettext(m.ANY_AGE)


def resolve_place(state: dict[str, list[str]]) -> tuple[Place | None, Any]:
    """The parent's place, or the page to show instead: a choice of places, or ask again."""
    typed = state.get("place", [""])[0]
    answer = settle(search_index(), get_understander().gazetteer, typed,
                    state.get("district", [""])[0])
    if answer.candidates:
        names = {slug: d.get("name", slug) for slug, d in search_index().districts.items()}
        choices = [(f"{c.name} ({names.get(c.district or '', '')})".replace(" ()", ""),
                    journey.state_link(url_for("web.find"), state, district=[c.district or ""]))
                   for c in answer.candidates]
        return None, render_template("web/choose_place.html", state=state, typed=typed,
                                     choices=choices)
    if answer.unknown:
        return None, render_template("web/place.html", state=state, error=gettext(m.PLACE_UNKNOWN))
    return answer.place, None


@bp.post("/find/text")
def text_me() -> Any:
    """Text the first results to the number given, once; the number is not kept."""
    state = journey.state_of(request.args.to_dict(flat=False))
    checked_needs(state.get("need", []))
    form = TextMeForm()
    if not form.validate_on_submit():
        return results_page(state, form, 400)
    found = find_results(state)
    if found["ask"] is not None:
        return found["ask"]
    link = results_link(journey.state_link(url_for("web.find"), state))
    sent = send_text(uk_mobile(form.phone.data) or "",
                     text_body(found["cards"][:TEXTED], current_language(), link), link)
    target = journey.state_link(url_for("web.sent" if sent else "web.not_sent"), state)
    return redirect(target, 303)


@bp.get("/find/sent")
def sent() -> str:
    state = journey.state_of(request.args.to_dict(flat=False))
    return render_template("web/sent.html", sent=True, state=state)


@bp.get("/find/not-sent")
def not_sent() -> tuple[str, int]:
    state = journey.state_of(request.args.to_dict(flat=False))
    return render_template("web/sent.html", sent=False, state=state), 503


@bp.get("/services")
def services() -> str:
    """Every listing, grouped: how many meet each need, then one need's services by area."""
    conn, labels = get_conn(), need_labels()
    asked = {key: request.args.get(key, "")[:40] for key in ("need", "age", "area")}
    area_of = {d["slug"]: d["area"] for d in store.districts(conn)}
    found = service_groups.chosen(store.services(conn), area_of, asked["age"], asked["area"])
    groups = service_groups.by_area(found, area_of, asked["need"]) \
        if asked["need"] in labels else []
    return render_template("web/services.html", asked=asked, need_labels=labels,
                           counts=service_groups.counts(found, labels), groups=groups,
                           bands=journey.AGE_LABELS, areas=service_groups.AREAS)


@bp.get("/healthz")
def healthz():
    """Whether the directory answers and the catalogues are compiled (for load balancers)."""
    problems = []
    try:
        count = get_conn().execute("SELECT count(*) FROM services").fetchone()[0]
    except Exception:  # noqa: BLE001 - any failure means unhealthy
        count, problems = 0, ["directory"]
    translations = current_app.config["TRANSLATIONS_DIR"]
    missing = [code for code in LANGUAGES if code != "en"
               and not (translations / code / "LC_MESSAGES" / "messages.mo").exists()]
    if missing:
        problems.append("catalogues: " + ", ".join(missing))
    body = {"status": "ok" if not problems else "unhealthy", "services": count,
            "problems": problems}
    return jsonify(body), 200 if not problems else 503

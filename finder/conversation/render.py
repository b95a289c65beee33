"""Replies as plain text in each reply's language, for SMS and the terminal chat.

Names of services and organisations, numbers and web addresses stay exactly as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from finder.conversation import commands
from finder.conversation.types import Reply
from finder.languages import LANGUAGES
from finder.messages import parent as m
from finder.messages import say
from finder.search.why import outside_note


def render_text(replies: Iterable[Reply]) -> str:
    """Every reply, one paragraph each, joined by line breaks."""
    return "\n".join(render(reply) for reply in replies)


def render(reply: Reply) -> str:
    return RENDERERS[reply.kind](reply.language, reply.data)


def command_words(language: str) -> dict[str, str]:
    """Each command's word for the messages' placeholders ("switch" changes language)."""
    return dict(_COMMAND_WORDS[language])  # a copy: the words are made once, at start


def _command_words(language: str) -> dict[str, str]:
    words = {name: commands.word(name, language) for name in commands.COMMANDS}
    words["switch"] = words.pop("language")
    return words


# Every language's command words, made once (a turn with results asked for them afresh).
_COMMAND_WORDS = {language: _command_words(language) for language in LANGUAGES}


def _welcome(lang: str, data: dict[str, Any]) -> str:
    text = say(lang, m.WELCOME)
    if data.get("hint"):
        text += " " + say(lang, m.LANGUAGE_HINT, word=commands.word("language", lang))
    return text


def _options(heading: str) -> Callable[[str, dict[str, Any]], str]:
    def render_options(lang: str, data: dict[str, Any]) -> str:
        lines = [say(lang, heading)]
        lines += [say(lang, m.OPTION, number=o["number"], label=o.get("label") or o["name"])
                  for o in data["options"]]
        return "\n".join(lines)
    return render_options


def _outside(lang: str, data: dict[str, Any]) -> str:
    """Outside the region: the council there where known, else the place the parent named."""
    if data.get("place") and not data.get("council"):
        return say(lang, m.OUTSIDE_NAMED, place=data["place"])
    return outside_note(lang, data.get("place") or "", data.get("council"))


def _results(lang: str, data: dict[str, Any]) -> str:
    lines = [say(lang, m.MORE_RESULTS if data["offset"] else m.RESULTS)]
    for number, item in enumerate(data["items"], data["offset"] + 1):
        join = item["join"]
        # An unknown cost says nothing worth a text's room.
        cost = m.COST.get(item["cost"]) if item["cost"] != "unknown" else None
        lines.append(" ".join(part for part in (
            say(lang, m.RESULT, number=number, name=item["name"], what=item["what"])
            if item["what"] else say(lang, m.RESULT_NAME, number=number, name=item["name"]),
            say(lang, cost) if cost else "",
            say(lang, m.JOIN[join["how"]], phone=join["phone"], website=join["website"],
                organisation=join["organisation"]),
        ) if part))
    return "\n".join(lines)


def _details(lang: str, data: dict[str, Any]) -> str:
    lines = [say(lang, m.RESULT_NAME, number=data["number"], name=data["name"])]
    if data["reach"]:
        lines.append(say(lang, m.REACH_ONLY))
    lines += [f"{_route(lang, route)} {_source(lang, route)}" for route in data["routes"]]
    if not data["routes"]:
        join = data["join"]
        lines.append(say(lang, m.JOIN[join["how"]], phone=join["phone"],
                         website=join["website"], organisation=join["organisation"]))
    return "\n".join(lines)


def _route(lang: str, route: dict[str, Any]) -> str:
    value, kind = route["value"], route["kind"]
    if kind in ("phone", "text"):
        return say(lang, m.JOIN[kind], phone=value)
    if kind == "web":
        return say(lang, m.JOIN["website"], website=value)
    return say(lang, m.EMAIL, email=value) if kind == "email" else say(lang, m.ADDRESS,
                                                                        address=value)


def _source(lang: str, route: dict[str, Any]) -> str:
    source = say(lang, m.STAFF_SOURCE) if route["source"] == "staff" else route["source"]
    if route["date"]:
        return say(lang, m.SOURCE_DATED, source=source, date=route["date"])
    return say(lang, m.SOURCE_UNDATED, source=source)


def _about_results(lang: str, data: dict[str, Any]) -> str:
    """Each shown result's answer to "is it free?", "referral?" or "the number?"."""
    lines = []
    for item in data["items"]:
        if data["topic"] == "cost":
            answer = say(lang, m.COST.get(item["cost"], m.COST["unknown"]))
        elif data["topic"] == "referral":
            answer = say(lang, m.REFERRAL[item["self"]])
        else:
            answer = say(lang, m.JOIN[item["how"]], phone=item["phone"],
                         website=item["website"], organisation=item["organisation"])
        lines.append(say(lang, m.RESULT, number=item["number"], name=item["name"], what=answer))
    return "\n".join(lines)


def _results_help(lang: str, data: dict[str, Any]) -> str:
    words = command_words(lang)
    if not data["numbered"]:
        return say(lang, m.NO_RESULTS_HELP, restart=words["restart"])
    if data["more"]:
        return say(lang, m.RESULTS_HELP, more=words["more"], restart=words["restart"])
    return say(lang, m.RESULTS_HELP_LAST, restart=words["restart"])


def _next(lang: str, data: dict[str, Any]) -> str:
    words = _COMMAND_WORDS[lang]  # only read: no copy (rendered each time a page is tried)
    if data.get("more"):
        return say(lang, m.NEXT, more=words["more"], restart=words["restart"])
    return say(lang, m.LAST, restart=words["restart"])


def _safety(lang: str, data: dict[str, Any]) -> str:
    lines = [say(lang, m.SAFETY.get(data["kinds"][0], m.SAFETY["danger-to-life"]))]
    for line in data["lines"]:
        table = m.LINE_ALWAYS_OPEN if line["always_open"] else m.LINE
        lines.append(say(lang, table.get(line["how"], table["call"]), name=line["name"],
                         number=line["number"], word=line.get("text_word") or ""))
    return "\n".join(lines)


def _plain(message: str) -> Callable[[str, dict[str, Any]], str]:
    return lambda lang, _data: say(lang, message)


def _with_words(message: str) -> Callable[[str, dict[str, Any]], str]:
    return lambda lang, _data: say(lang, message, **command_words(lang))


RENDERERS: dict[str, Callable[[str, dict[str, Any]], str]] = {
    "welcome": _welcome,
    "ask_need": _plain(m.ASK_NEED),
    "ask_age": _plain(m.ASK_AGE),
    "ask_place": _plain(m.ASK_PLACE),
    "feeling": lambda lang, _data: say(lang, m.FEELING) + " " + say(lang, m.ASK_FEELING),
    "ask_feeling": _plain(m.ASK_FEELING),
    "not_understood": _plain(m.NOT_UNDERSTOOD),
    "skipped": lambda lang, data: say(lang, m.SKIPPED.get(data.get("slot"),
                                                          m.SKIPPED["place"])),
    "way_out": _plain(m.WAY_OUT),
    "other_language": _plain(m.OTHER_LANGUAGE),
    "choose_need": _options(m.CHOOSE_NEED),
    "choose_place": _options(m.CHOOSE_PLACE),
    "choose_language": _options(m.CHOOSE_LANGUAGE),
    "language_set": lambda lang, data: say(lang, m.LANGUAGE_SET, name=data["language"]),
    "outside": _outside,
    "widened": lambda lang, data: say(lang, m.WIDENED.get(data["how"], m.WIDENED["region"])),
    "results": _results,
    "next": _next,
    "details": _details,
    "results_help": _results_help,
    "about_results": _about_results,
    "place_noted": lambda lang, data: say(lang, m.PLACE_NOTED, place=data["place"]),
    "choose_first": _plain(m.CHOOSE_FIRST),
    "no_more": _plain(m.NO_MORE),
    "no_results": _with_words(m.NO_RESULTS),
    "no_results_yet": _plain(m.NO_RESULTS_YET),
    "nothing_back": _plain(m.NOTHING_BACK),
    "how_to_stop": _plain(m.HOW_TO_STOP),
    "safety": _safety,
    "carry_on": _plain(m.CARRY_ON),
    "returning": _plain(m.RETURNING),
    "restarted": _plain(m.RESTARTED),
    "help": lambda lang, _data: say(lang, m.ABOUT) + "\n" + say(lang, m.HELP,
                                                                 **command_words(lang)),
}

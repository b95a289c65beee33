"""Contacts in the staff editor: one row per way to get in touch, added and removed without
JavaScript ("Add another contact" posts the form back with a blank row; "Remove this contact"
is a box ticked before saving), checked as staff type them (UK numbers, web addresses, a
source for each).

Values are kept exactly as typed (trimmed): nothing is completed, guessed or reformatted.
"""

from __future__ import annotations

import re
from typing import Any

from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, Form, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length

from finder.directory.convert import form as form_data
from finder.directory.listing import CONTACT_KINDS, EMAIL, SOURCE, contact_problems
from finder.messages import staff as msg

KIND_LABELS = {**msg.CONTACT_KINDS, "text": msg.TEXT_MESSAGE}
# National numbers (0 or +44, then 9 or 10 digits), and the short numbers services publish:
# 999, 111, 112, 101, 105, 119, 116 xxx helplines and 5 or 6 digit text short codes.
UK_NUMBER = re.compile(r"(?:\+44|0)[1-9]\d{8,9}|999|11[129]|10[15]|116\d{3}|[1-9]\d{4,5}")
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
ACTION = "contact_action"
AGES_REVERSED = re.compile(r"\d+ is over max_age_months \d+")
MAX_CONTACTS = 30


class ContactForm(Form):
    """One contact row (a sub-form: the editor's CSRF token covers it)."""

    kind = SelectField(_l(msg.KIND), choices=[SelectChoice(k, _l(KIND_LABELS[k]))
                                            for k in CONTACT_KINDS])
    value = StringField(_l(msg.NUMBER_ADDRESS_OR_LINK), validators=[Length(max=300)],
                        description=_l(msg.CONTACT_VALUE_HINT))
    label = StringField(_l(msg.CONTACT_LABEL), validators=[Length(max=200)],
                        description=_l(msg.CONTACT_LABEL_HINT))
    source = StringField(_l(msg.WHERE_IT_COMES_FROM), validators=[Length(max=300)],
                         description=_l(msg.CONTACT_SOURCE_HINT))
    seen = StringField(_l(msg.DATE_THE_SOURCE_WAS_SEEN), validators=[Length(max=60)],
                       description=_l(msg.SEEN_HINT))
    verified = BooleanField(_l(msg.CONFIRMED_BY_STAFF))
    remove = BooleanField(_l(msg.REMOVE_THIS_CONTACT))


def problem_text(problem: str) -> str:
    """A content rule's problem in the staff member's language (the rules word it in English,
    for `directory check`; each fixed sentence is in `messages.staff.CONTENT_PROBLEMS`)."""
    if AGES_REVERSED.fullmatch(problem):
        return gettext(msg.AGES_REVERSED)
    return gettext(problem) if problem in msg.CONTENT_PROBLEMS else problem


def uk_number(value: str) -> bool:
    """Whether `value` reads as a UK telephone number or a published short number."""
    digits = re.sub(r"[\s().-]", "", value).replace("+440", "+44")
    return bool(UK_NUMBER.fullmatch(digits))


def row_problems(row: dict[str, Any]) -> dict[str, str]:
    """The editor's own checks on one filled row: field name → what to do."""
    value, kind = row["value"], row["kind"]
    found: dict[str, Any] = {}
    if not value:
        found["value"] = _l(msg.CONTACT_VALUE_MISSING)
    elif kind in ("phone", "text") and not uk_number(value):
        found["value"] = _l(msg.NOT_A_UK_NUMBER)
    elif kind == "web" and SCHEME.match(value) and not value.lower().startswith(("http://",
                                                                                  "https://")):
        found["value"] = _l(msg.NOT_A_WEB_ADDRESS)
    elif kind == "email" and not EMAIL.match(value):
        found["value"] = _l(msg.NOT_AN_EMAIL)
    if not SOURCE.match(row["source"]):
        found["source"] = _l(msg.SOURCE_MISSING)
    return {name: str(message) for name, message in found.items()}


def check_rows(entries: list[Any]) -> bool:
    """Put each row's problems on its fields (the editor's checks, then the content rules');
    True when any row has one."""
    bad = False
    for entry in entries:
        row = form_data.filled_rows([entry.form.data])
        if not row:
            continue
        found = row_problems(row[0])
        contact = form_data.contacts_record(row)[0]
        for field, problem in contact_problems(contact, "contact"):
            found.setdefault(field.partition(".")[2], problem_text(problem))
        for name, problem in found.items():
            field = entry.form[name] if name in entry.form._fields else entry.form.value
            field.errors = [*field.errors, problem]
        bad = bad or bool(found)
    return bad


def rearrange(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows after "Add another contact": those marked to be removed gone, a blank one
    added at the end."""
    kept = [{**row, "remove": False} for row in rows if not row.get("remove")]
    return [*kept, {"kind": "phone"}][:MAX_CONTACTS]

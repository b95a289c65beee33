"""The staff forms (Flask-WTF, so every post carries a CSRF token).

Field names are the content model's own (`content/README.md`), so a listing maps to a form
and back with no renaming; the rules on values live in `finder.directory.content` alone.
"""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    FieldList,
    FloatField,
    FormField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from finder.admin.contacts import MAX_CONTACTS, ContactForm
from finder.directory.content import (
    AUDIENCE,
    COST,
    DELIVERY,
    ID,
    MAX_ID,
    REFERRAL,
    STATUS,
    THRESHOLDS,
)
from finder.directory.staff import ROLES
from finder.languages import LANGUAGES, NATIVE_NAMES
from finder.search.request import CHANNELS

SLUG = Regexp(ID, message=_l("Use lower-case letters, digits and hyphens only."))
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
REQUIRED = DataRequired(message=_l("This is required."))
SOURCE_HINT = _l("A web address where you read it, or \"staff\" when you checked it yourself.")
# The values of each choice in words a council officer uses (the values stay the content's).
AUDIENCE_LABELS = {"any": _l("Any parent or carer"), "mothers": _l("Mothers"),
                   "fathers": _l("Fathers")}
THRESHOLD_LABELS = {"universal": _l("Universal: any family"),
                    "community": _l("Community: local groups anyone can join"),
                    "targeted": _l("Targeted: families with a particular need"),
                    "specialist": _l("Specialist: after an assessment")}
REFERRAL_LABELS = {"self": _l("Parents contact them"),
                   "professional": _l("A professional refers the family"),
                   "self-or-professional": _l("Either"), "unknown": _l("Not known")}
COST_LABELS = {"free": _l("Free"), "paid": _l("Paid"), "unknown": _l("Not known")}
STATUS_LABELS = {"active": _l("Active: parents can find it"), "retired": _l("Retired: hidden")}
DELIVERY_LABELS = {"group": _l("Group"), "one-to-one": _l("One to one"),
                   "home-visit": _l("Home visits"), "online": _l("Online"),
                   "text": _l("By text message"), "phone": _l("By phone")}
ROLE_LABELS = {"worker": _l("Worker: sends texts from worker mode"),
               "editor": _l("Editor: keeps the listings"),
               "admin": _l("Admin: listings and staff accounts")}


def length(most: int, least: int = -1) -> Length:
    return Length(min=least, max=most, message=_l("Use at most %(max)d characters.")
                  if least < 0 else _l("Use %(min)d to %(max)d characters."))


SHORT, LONG = length(300), length(4000)


def between(low: float, high: float) -> NumberRange:
    return NumberRange(low, high, message=_l("Enter a number between %(min)s and %(max)s."))


class Checkboxes(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def pairs(values: tuple[str, ...] | list[str], labels: dict[str, Any] | None = None,
          ) -> list[SelectChoice]:
    """Choices whose values are the content's, shown with `labels` (else the value)."""
    return [SelectChoice(v, (labels or {}).get(v, v)) for v in values]


def options(items: list[tuple[str, str]]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in items]


class ButtonForm(FlaskForm):
    """A button that changes something: only its CSRF token."""


class SignInForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[REQUIRED, length(254)])
    password = PasswordField(_l("Password"), validators=[REQUIRED, length(512)])


class CodeForm(FlaskForm):
    code = StringField(_l("Code from your authenticator app"), validators=[REQUIRED, length(12)])


class PasswordChangeForm(FlaskForm):
    current = PasswordField(_l("Current password"), validators=[REQUIRED, length(512)])
    new = PasswordField(_l("New password"), validators=[REQUIRED, length(512)])
    again = PasswordField(_l("New password again"), validators=[REQUIRED, length(512)])


class PasswordResetForm(FlaskForm):
    password = PasswordField(_l("New password"), validators=[REQUIRED, length(512)])


class OrganisationForm(FlaskForm):
    id = StringField(_l("Short name for web addresses"),
                     validators=[REQUIRED, length(MAX_ID), SLUG],
                     description=_l("Lower-case letters, digits and hyphens, like relate. "
                                    "It cannot change once saved."))
    name = StringField(_l("Name of the organisation"), validators=[REQUIRED, SHORT])
    description = TextAreaField(_l("What the organisation does"), validators=[LONG])
    based_in = SelectField(_l("District where it is based"), choices=[])
    website = StringField(_l("Website"), validators=[SHORT])
    phone = StringField(_l("Phone number"), validators=[length(40)])
    email = StringField(_l("Email address"), validators=[length(254)])
    source = StringField(_l("Where this information comes from"),
                         validators=[REQUIRED, length(1000)], description=SOURCE_HINT)
    version = HiddenField()


def years(default: int) -> IntegerField:
    return IntegerField(_l("Years"), default=default, validators=[Optional(), between(0, 100)])


def months(default: int) -> IntegerField:
    return IntegerField(_l("Months"), default=default, validators=[Optional(), between(0, 11)])


class ServiceForm(FlaskForm):
    """A listing in words a council officer uses; ages as years and months (stored in months)."""

    id = StringField(_l("Short name for web addresses"),
                     validators=[REQUIRED, length(MAX_ID), SLUG],
                     description=_l("Lower-case letters, digits and hyphens, like "
                                    "melton-dads-walk. It cannot change once saved."))
    organisation_id = SelectField(_l("Organisation that runs it"), choices=[])
    name = StringField(_l("Name of the service"), validators=[REQUIRED, SHORT],
                       description=_l("As the organisation writes it."))
    description = TextAreaField(_l("What happens there, in a sentence or two"),
                                validators=[REQUIRED, LONG])
    for_whom = TextAreaField(_l("Who it is for"), validators=[LONG],
                             description=_l("For example: dads of children under 5 in Melton."))
    min_age_years = years(0)
    min_age_extra_months = months(0)
    max_age_years = years(25)
    max_age_extra_months = months(11)
    pregnancy = BooleanField(_l("Also for parents expecting a baby"))
    parent_max_age = IntegerField(_l("Oldest age of a parent who can go"),
                                  validators=[Optional(), between(10, 99)],
                                  description=_l("In years. Leave it empty when there is no "
                                                 "limit."))
    parent_audience = SelectField(_l("Which parents it is for"),
                                  choices=pairs(AUDIENCE, AUDIENCE_LABELS))
    parent_note = StringField(_l("Anything else about which parents can go"),
                              validators=[SHORT])
    needs = Checkboxes(_l("What it helps with"), choices=[])
    districts = Checkboxes(_l("Districts it covers"), choices=[])
    based_in = SelectField(_l("District where it is based"), choices=[])
    delivery = Checkboxes(_l("How it runs"), choices=pairs(DELIVERY, DELIVERY_LABELS))
    threshold = SelectField(_l("Who can use it"), choices=pairs(THRESHOLDS, THRESHOLD_LABELS))
    referral = SelectField(_l("How families get a place"),
                           choices=pairs(REFERRAL, REFERRAL_LABELS))
    cost = SelectField(_l("Cost"), choices=pairs(COST, COST_LABELS), default="unknown")
    cost_note = StringField(_l("About the cost"), validators=[SHORT])
    evidence_programme = StringField(_l("Named programme it follows, if any"),
                                     validators=[SHORT])
    evidence_rating = StringField(_l("Evidence rating"), validators=[length(20)],
                                  description=_l("As the evidence guidebook rates the "
                                                 "programme, like 3 or 4+. Workers see it; "
                                                 "parents never do."))
    evidence_note = StringField(_l("About the evidence"), validators=[SHORT])
    languages = Checkboxes(_l("Languages spoken there"), choices=pairs(LANGUAGES, NATIVE_NAMES))
    keywords = StringField(_l("Other words people use for it"), validators=[LONG],
                           description=_l("Separate them with semicolons."))
    phone = StringField(_l("Phone number"), validators=[length(40)])
    website = StringField(_l("Website"), validators=[SHORT])
    email = StringField(_l("Email address"), validators=[length(254)])
    location_name = StringField(_l("Name of the venue"), validators=[SHORT])
    location_address = StringField(_l("Address of the venue"), validators=[SHORT])
    location_postcode = StringField(_l("Postcode of the venue"), validators=[length(10)])
    location_lat = FloatField(_l("Latitude"), validators=[Optional(), between(-90, 90)],
                              description=_l("For the map and distances. Leave it empty "
                                             "rather than guess."))
    location_lon = FloatField(_l("Longitude"), validators=[Optional(), between(-180, 180)])
    source = StringField(_l("Where this information comes from"),
                         validators=[REQUIRED, length(1000)], description=SOURCE_HINT)
    last_verified = DateField(_l("Date it was last checked"), validators=[Optional()])
    verified_by = StringField(_l("Checked by"), validators=[SHORT])
    status = SelectField(_l("Shown to parents"), choices=pairs(STATUS, STATUS_LABELS),
                         default="active")
    contacts = FieldList(FormField(ContactForm), min_entries=0, max_entries=MAX_CONTACTS)
    confirm_duplicate = BooleanField(_l("Save anyway: this is not a duplicate."))
    # The saved version the form was filled from (`editor.version`): a stale one stops the save.
    version = HiddenField()


for _code in TRANSLATED:
    setattr(ServiceForm, f"name_{_code}",
            StringField(_l("Name in %(language)s", language=NATIVE_NAMES[_code]),
                        validators=[SHORT]))
    setattr(ServiceForm, f"description_{_code}",
            TextAreaField(_l("What happens there, in %(language)s",
                             language=NATIVE_NAMES[_code]), validators=[LONG]))


class NewStaffForm(FlaskForm):
    email = EmailField(_l("Email"), validators=[REQUIRED, length(254)])
    role = SelectField(_l("Role"), choices=pairs(ROLES, ROLE_LABELS))
    password = PasswordField(_l("Password"), validators=[REQUIRED, length(512, least=12)])


class StaffChangeForm(FlaskForm):
    role = SelectField(_l("Role"), choices=pairs(ROLES, ROLE_LABELS))
    active = BooleanField(_l("Active"))


class ImportForm(FlaskForm):
    file = FileField(_l("File"), validators=[FileRequired(message=_l("Choose a file."))])
    kind = SelectField(_l("Format"), choices=options([("oruk", "Open Referral UK JSON"),
                                                      ("csv", "CSV")]))


class ReportForm(FlaskForm):
    class Meta:
        csrf = False  # a GET form that changes nothing

    start = DateField(_l("From"), validators=[Optional()])
    end = DateField(_l("To"), validators=[Optional()])
    channel = SelectField(_l("Channel"), choices=[SelectChoice("", _l("all")),
                                                  *pairs(CHANNELS)], validators=[Optional()])

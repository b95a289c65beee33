"""The staff forms (Flask-WTF, so every post carries a CSRF token).

Field names are the content model's own (`content/README.md`), so a listing maps to a form
and back with no renaming; the rules on values live in `finder.directory.content` alone.
"""

from __future__ import annotations

from typing import Any

from flask_babel import get_translations
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

from finder.admin.contacts import MAX_CONTACTS, ContactForm, problem_text
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
from finder.directory.convert.form import TRANSLATED
from finder.directory.staff import ROLES
from finder.directory.yamlfile import ContentError
from finder.languages import LANGUAGES, NATIVE_NAMES
from finder.messages import parent as parent_msg
from finder.messages import staff as msg
from finder.search.request import CHANNELS

# content field → form field where the names differ
FIELD_OF = {"parent_criteria.audience": "parent_audience",
            "parent_criteria.max_parent_age": "parent_max_age",
            "min_age_months": "min_age_years", "max_age_months": "max_age_years"}

SLUG = Regexp(ID, message=_l(msg.ID_RULE))
REQUIRED = DataRequired(message=_l(msg.THIS_IS_REQUIRED))
SOURCE_HINT = _l(msg.SOURCE_HINT)
# The values of each choice in words a council officer uses (the values stay the content's).
AUDIENCE_LABELS = {"any": msg.ANY_PARENT_OR_CARER, "mothers": msg.MOTHERS,
                   "fathers": msg.FATHERS}
THRESHOLD_LABELS = {"universal": msg.UNIVERSAL_THRESHOLD,
                    "community": msg.COMMUNITY_THRESHOLD,
                    "targeted": msg.TARGETED_THRESHOLD,
                    "specialist": msg.SPECIALIST_THRESHOLD}
REFERRAL_LABELS = {"self": msg.PARENTS_CONTACT_THEM,
                   "professional": msg.PROFESSIONAL_REFERS,
                   "self-or-professional": msg.EITHER, "unknown": msg.NOT_KNOWN}
COST_LABELS = {"free": parent_msg.CARD_COST["free"], "paid": msg.PAID, "unknown": msg.NOT_KNOWN}
STATUS_LABELS = {"active": msg.STATUS_ACTIVE, "retired": msg.STATUS_RETIRED}
DELIVERY_LABELS = parent_msg.DELIVERY
ROLE_LABELS = {"worker": msg.ROLE_WORKER,
               "editor": msg.ROLE_EDITOR,
               "admin": msg.ROLE_ADMIN}


def length(most: int, least: int = -1) -> Length:
    return Length(min=least, max=most, message=_l(msg.AT_MOST_CHARACTERS)
                  if least < 0 else _l(msg.CHARACTERS_BETWEEN))


SHORT, LONG = length(300), length(4000)


def between(low: float, high: float) -> NumberRange:
    return NumberRange(low, high, message=_l(msg.NUMBER_BETWEEN))


class StaffForm(FlaskForm):
    """Every staff form: WTForms' own messages ("Not a valid date value.") are read from the
    finder's catalogues (`finder.messages.staff`), in the staff member's language."""

    class Meta:
        def get_translations(self, form: FlaskForm) -> Any:
            return get_translations()


class Checkboxes(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def pairs(values: tuple[str, ...] | list[str], labels: dict[str, Any] | None = None,
          ) -> list[SelectChoice]:
    """Choices whose values are the content's, shown with `labels` (else the value)."""
    return [SelectChoice(v, _l((labels or {})[v]) if v in (labels or {}) else v)
            for v in values]


def options(items: list[tuple[str, str]]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in items]


class ButtonForm(StaffForm):
    """A button that changes something: only its CSRF token."""


class SignInForm(StaffForm):
    email = EmailField(_l(msg.EMAIL), validators=[REQUIRED, length(254)])
    password = PasswordField(_l(msg.PASSWORD), validators=[REQUIRED, length(512)])


class CodeForm(StaffForm):
    code = StringField(_l(msg.AUTHENTICATOR_CODE), validators=[REQUIRED, length(12)])


class PasswordChangeForm(StaffForm):
    current = PasswordField(_l(msg.CURRENT_PASSWORD), validators=[REQUIRED, length(512)])
    new = PasswordField(_l(msg.NEW_PASSWORD), validators=[REQUIRED, length(512)])
    again = PasswordField(_l(msg.NEW_PASSWORD_AGAIN), validators=[REQUIRED, length(512)])


class PasswordResetForm(StaffForm):
    password = PasswordField(_l(msg.NEW_PASSWORD), validators=[REQUIRED, length(512)])


class OrganisationForm(StaffForm):
    id = StringField(_l(msg.SHORT_NAME_FOR_WEB_ADDRESSES),
                     validators=[REQUIRED, length(MAX_ID), SLUG],
                     description=_l(msg.ORGANISATION_ID_HINT))
    name = StringField(_l(msg.NAME_OF_THE_ORGANISATION), validators=[REQUIRED, SHORT])
    description = TextAreaField(_l(msg.WHAT_THE_ORGANISATION_DOES), validators=[LONG])
    based_in = SelectField(_l(msg.DISTRICT_WHERE_IT_IS_BASED), choices=[])
    website = StringField(_l(msg.WEBSITE), validators=[SHORT])
    phone = StringField(_l(msg.PHONE_NUMBER), validators=[length(40)])
    email = StringField(_l(msg.EMAIL_ADDRESS), validators=[length(254)])
    source = StringField(_l(msg.WHERE_THIS_INFORMATION_COMES_FROM),
                         validators=[REQUIRED, length(1000)], description=SOURCE_HINT)
    version = HiddenField()


def years(default: int) -> IntegerField:
    return IntegerField(_l(msg.YEARS), default=default, validators=[Optional(), between(0, 100)])


def months(default: int) -> IntegerField:
    return IntegerField(_l(msg.MONTHS), default=default, validators=[Optional(), between(0, 11)])


class ServiceForm(StaffForm):
    """A listing in words a council officer uses; ages as years and months (stored in months)."""

    id = StringField(_l(msg.SHORT_NAME_FOR_WEB_ADDRESSES),
                     validators=[REQUIRED, length(MAX_ID), SLUG],
                     description=_l(msg.SERVICE_ID_HINT))
    organisation_id = SelectField(_l(msg.ORGANISATION_THAT_RUNS_IT), choices=[])
    name = StringField(_l(msg.NAME_OF_THE_SERVICE), validators=[REQUIRED, SHORT],
                       description=_l(msg.NAME_HINT))
    description = TextAreaField(_l(msg.WHAT_HAPPENS_THERE),
                                validators=[REQUIRED, LONG])
    for_whom = TextAreaField(_l(msg.WHO_IT_IS_FOR), validators=[LONG],
                             description=_l(msg.FOR_WHOM_HINT))
    min_age_years = years(0)
    min_age_extra_months = months(0)
    max_age_years = years(25)
    max_age_extra_months = months(11)
    pregnancy = BooleanField(_l(msg.ALSO_EXPECTING))
    parent_max_age = IntegerField(_l(msg.PARENT_MAX_AGE),
                                  validators=[Optional(), between(10, 99)],
                                  description=_l(msg.PARENT_AGE_HINT))
    parent_audience = SelectField(_l(msg.WHICH_PARENTS_IT_IS_FOR),
                                  choices=pairs(AUDIENCE, AUDIENCE_LABELS))
    parent_note = StringField(_l(msg.PARENT_NOTE),
                              validators=[SHORT])
    needs = Checkboxes(_l(msg.WHAT_IT_HELPS_WITH), choices=[])
    districts = Checkboxes(_l(msg.DISTRICTS_IT_COVERS), choices=[])
    based_in = SelectField(_l(msg.DISTRICT_WHERE_IT_IS_BASED), choices=[])
    delivery = Checkboxes(_l(msg.HOW_IT_RUNS), choices=pairs(DELIVERY, DELIVERY_LABELS))
    threshold = SelectField(_l(msg.WHO_CAN_USE_IT), choices=pairs(THRESHOLDS, THRESHOLD_LABELS))
    referral = SelectField(_l(msg.HOW_FAMILIES_GET_A_PLACE),
                           choices=pairs(REFERRAL, REFERRAL_LABELS))
    cost = SelectField(_l(msg.COST), choices=pairs(COST, COST_LABELS), default="unknown")
    cost_note = StringField(_l(msg.ABOUT_THE_COST), validators=[SHORT])
    evidence_programme = StringField(_l(msg.EVIDENCE_PROGRAMME),
                                     validators=[SHORT])
    evidence_rating = StringField(_l(msg.EVIDENCE_RATING), validators=[length(20)],
                                  description=_l(msg.EVIDENCE_RATING_HINT))
    evidence_note = StringField(_l(msg.ABOUT_THE_EVIDENCE), validators=[SHORT])
    languages = Checkboxes(_l(msg.LANGUAGES_SPOKEN_THERE), choices=pairs(LANGUAGES, NATIVE_NAMES))
    keywords = StringField(_l(msg.KEYWORDS), validators=[LONG],
                           description=_l(msg.SEPARATE_THEM_WITH_SEMICOLONS))
    phone = StringField(_l(msg.PHONE_NUMBER), validators=[length(40)])
    website = StringField(_l(msg.WEBSITE), validators=[SHORT])
    email = StringField(_l(msg.EMAIL_ADDRESS), validators=[length(254)])
    location_name = StringField(_l(msg.NAME_OF_THE_VENUE), validators=[SHORT])
    location_address = StringField(_l(msg.ADDRESS_OF_THE_VENUE), validators=[SHORT])
    location_postcode = StringField(_l(msg.POSTCODE_OF_THE_VENUE), validators=[length(10)])
    location_lat = FloatField(_l(msg.LATITUDE), validators=[Optional(), between(-90, 90)],
                              description=_l(msg.COORDINATES_HINT))
    location_lon = FloatField(_l(msg.LONGITUDE), validators=[Optional(), between(-180, 180)])
    source = StringField(_l(msg.WHERE_THIS_INFORMATION_COMES_FROM),
                         validators=[REQUIRED, length(1000)], description=SOURCE_HINT)
    last_verified = DateField(_l(msg.DATE_IT_WAS_LAST_CHECKED), validators=[Optional()])
    verified_by = StringField(_l(msg.CHECKED_BY), validators=[SHORT])
    status = SelectField(_l(msg.SHOWN_TO_PARENTS), choices=pairs(STATUS, STATUS_LABELS),
                         default="active")
    contacts = FieldList(FormField(ContactForm), _l(msg.WAYS_TO_GET_IN_TOUCH), min_entries=0,
                         max_entries=MAX_CONTACTS)
    confirm_duplicate = BooleanField(_l(msg.SAVE_ANYWAY))
    # The saved version the form was filled from (`editor.version`): a stale one stops the save.
    version = HiddenField()


for _code in TRANSLATED:
    setattr(ServiceForm, f"name_{_code}",
            StringField(_l(msg.NAME_IN_LANGUAGE, language=NATIVE_NAMES[_code]),
                        validators=[SHORT]))
    setattr(ServiceForm, f"description_{_code}",
            TextAreaField(_l(msg.WHAT_HAPPENS_IN_LANGUAGE,
                             language=NATIVE_NAMES[_code]), validators=[LONG]))


class NewStaffForm(StaffForm):
    email = EmailField(_l(msg.EMAIL), validators=[REQUIRED, length(254)])
    role = SelectField(_l(msg.ROLE), choices=pairs(ROLES, ROLE_LABELS))
    password = PasswordField(_l(msg.PASSWORD), validators=[REQUIRED, length(512, least=12)])


class StaffChangeForm(StaffForm):
    role = SelectField(_l(msg.ROLE), choices=pairs(ROLES, ROLE_LABELS))
    active = BooleanField(_l(msg.ACTIVE))


class ImportForm(StaffForm):
    file = FileField(_l(msg.FILE), validators=[FileRequired(message=_l(msg.CHOOSE_A_FILE))])
    kind = SelectField(_l(msg.FORMAT), choices=options([("oruk", "Open Referral UK JSON"),
                                                      ("csv", "CSV")]))


class ReportForm(StaffForm):
    class Meta:
        csrf = False  # a GET form that changes nothing

    start = DateField(_l(msg.FROM), validators=[Optional()])
    end = DateField(_l(msg.TO), validators=[Optional()])
    channel = SelectField(_l(msg.CHANNEL), choices=[SelectChoice("", _l(msg.ALL)),
                                                  *pairs(CHANNELS)], validators=[Optional()])


def labelled(form: FlaskForm, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each change named by its field's label on `form` (else the content field's name)."""
    out = []
    for change in changes:
        field = form._fields.get(FIELD_OF.get(change["field"], change["field"].replace(".", "_")))
        out.append({**change, "label": field.label.text if field else change["field"]})
    return out


def attach_errors(form: FlaskForm, errors: list[ContentError]) -> list[str]:
    """Put each content error on its field; return those that belong to no field."""
    loose = []
    for error in errors:
        if error.field.startswith("contacts["):
            continue  # each contact row is checked on its own fields (`contacts.check_rows`)
        name = FIELD_OF.get(error.field, error.field.replace(".", "_"))
        field = form._fields.get(name)
        if field is None:
            loose.append(f"{error.field}: {error.problem}")
        else:
            field.errors = [*field.errors, problem_text(error.problem)]
    return loose

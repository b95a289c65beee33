"""The staff forms (Flask-WTF, so every post carries a CSRF token).

Field names are the content model's own (`content/README.md`), so a listing maps to a form
and back with no renaming; the rules on values live in `finder.directory.content` alone.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    FloatField,
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
from finder.languages import LANGUAGES
from finder.search.request import CHANNELS

SLUG = Regexp(ID, message=_l("Use lower-case letters, digits and hyphens only."))
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
SHORT, LONG = Length(max=300), Length(max=4000)


class Checkboxes(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


def pairs(values: tuple[str, ...] | list[str]) -> list[SelectChoice]:
    return [SelectChoice(v, v) for v in values]


def options(items: list[tuple[str, str]]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in items]


class ButtonForm(FlaskForm):
    """A button that changes something: only its CSRF token."""


class SignInForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=512)])


class CodeForm(FlaskForm):
    code = StringField("Code from your authenticator app",
                       validators=[DataRequired(), Length(max=12)])


class PasswordChangeForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired(), Length(max=512)])
    new = PasswordField("New password", validators=[DataRequired(), Length(max=512)])
    again = PasswordField("New password again", validators=[DataRequired(), Length(max=512)])


class PasswordResetForm(FlaskForm):
    password = PasswordField("New password", validators=[DataRequired(), Length(max=512)])


class OrganisationForm(FlaskForm):
    id = StringField("id", validators=[DataRequired(), Length(max=MAX_ID), SLUG])
    name = StringField("name", validators=[DataRequired(), SHORT])
    description = TextAreaField("description", validators=[LONG])
    based_in = SelectField("based_in", choices=[])
    website = StringField("website", validators=[SHORT])
    phone = StringField("phone", validators=[Length(max=40)])
    email = StringField("email", validators=[Length(max=254)])
    source = StringField("source", validators=[DataRequired(), SHORT])
    version = HiddenField()


class ServiceForm(FlaskForm):
    id = StringField("id", validators=[DataRequired(), Length(max=MAX_ID), SLUG])
    organisation_id = SelectField("organisation_id", choices=[])
    name = StringField("name", validators=[DataRequired(), SHORT])
    description = TextAreaField("description", validators=[DataRequired(), LONG])
    for_whom = TextAreaField("for_whom", validators=[LONG])
    min_age_months = IntegerField("min_age_months", default=0,
                                  validators=[NumberRange(0, 1200)])
    max_age_months = IntegerField("max_age_months", default=311,
                                  validators=[NumberRange(0, 1200)])
    pregnancy = BooleanField("pregnancy")
    parent_max_age = IntegerField("parent_criteria.max_parent_age",
                                  validators=[Optional(), NumberRange(10, 99)])
    parent_audience = SelectField("parent_criteria.audience", choices=pairs(AUDIENCE))
    parent_note = StringField("parent_criteria.note", validators=[SHORT])
    needs = Checkboxes("needs", choices=[])
    districts = Checkboxes("districts", choices=[])
    based_in = SelectField("based_in", choices=[])
    delivery = Checkboxes("delivery", choices=pairs(DELIVERY))
    threshold = SelectField("threshold", choices=pairs(THRESHOLDS))
    referral = SelectField("referral", choices=pairs(REFERRAL))
    cost = SelectField("cost", choices=pairs(COST), default="unknown")
    cost_note = StringField("cost_note", validators=[SHORT])
    evidence_programme = StringField("evidence.programme", validators=[SHORT])
    evidence_rating = StringField("evidence.rating", validators=[Length(max=20)])
    evidence_note = StringField("evidence.note", validators=[SHORT])
    languages = Checkboxes("languages", choices=pairs(LANGUAGES))
    keywords = StringField("keywords", validators=[LONG],
                           description=_l("Separate them with semicolons."))
    phone = StringField("phone", validators=[Length(max=40)])
    website = StringField("website", validators=[SHORT])
    email = StringField("email", validators=[Length(max=254)])
    location_name = StringField("location.name", validators=[SHORT])
    location_address = StringField("location.address", validators=[SHORT])
    location_postcode = StringField("location.postcode", validators=[Length(max=10)])
    location_lat = FloatField("location.lat", validators=[Optional(), NumberRange(-90, 90)])
    location_lon = FloatField("location.lon", validators=[Optional(), NumberRange(-180, 180)])
    source = StringField("source", validators=[DataRequired(), SHORT])
    last_verified = DateField("last_verified", validators=[Optional()])
    verified_by = StringField("verified_by", validators=[SHORT])
    status = SelectField("status", choices=pairs(STATUS), default="active")
    confirm_duplicate = BooleanField(_l("Save anyway: this is not a duplicate."))
    # The saved version the form was filled from (`editor.version`): a stale one stops the save.
    version = HiddenField()


for _code in TRANSLATED:
    setattr(ServiceForm, f"name_{_code}", StringField(f"translations.{_code}.name",
                                                      validators=[SHORT]))
    setattr(ServiceForm, f"description_{_code}",
            TextAreaField(f"translations.{_code}.description", validators=[LONG]))


class NewStaffForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    role = SelectField("Role", choices=pairs(ROLES))
    password = PasswordField("Password", validators=[DataRequired(), Length(min=12, max=512)])


class StaffChangeForm(FlaskForm):
    role = SelectField("Role", choices=pairs(ROLES))
    active = BooleanField("Active")


class ImportForm(FlaskForm):
    file = FileField("File", validators=[FileRequired()])
    kind = SelectField("Format", choices=options([("oruk", "Open Referral UK JSON"),
                                        ("csv", "CSV")]))


class ReportForm(FlaskForm):
    class Meta:
        csrf = False  # a GET form that changes nothing

    start = DateField("From", validators=[Optional()])
    end = DateField("To", validators=[Optional()])
    channel = SelectField("Channel", choices=options([("", "all"), *((c, c) for c in CHANNELS)]),
                          validators=[Optional()])

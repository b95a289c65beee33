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
from finder.directory.convert.form import TRANSLATED
from finder.directory.staff import ROLES
from finder.directory.yamlfile import ContentError
from finder.languages import LANGUAGES, NATIVE_NAMES
from finder.messages import staff as msg
from finder.search.request import CHANNELS

# content field → form field where the names differ
FIELD_OF = {"parent_criteria.audience": "parent_audience",
            "parent_criteria.max_parent_age": "parent_max_age",
            "min_age_months": "min_age_years", "max_age_months": "max_age_years"}
SLUG = Regexp(ID, message=_l(msg.ID_RULE))
SHORT, LONG = Length(max=300), Length(max=4000)
SOURCE_HINT = "A web address where you read it, or \"staff\" when you checked it yourself."


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
    id = StringField("Short name for web addresses",
                     validators=[DataRequired(), Length(max=MAX_ID), SLUG],
                     description="Lower-case letters, digits and hyphens, like relate. "
                                 "It cannot change once saved.")
    name = StringField("Name of the organisation", validators=[DataRequired(), SHORT])
    description = TextAreaField("What the organisation does", validators=[LONG])
    based_in = SelectField("District where it is based", choices=[])
    website = StringField("Website", validators=[SHORT])
    phone = StringField("Phone number", validators=[Length(max=40)])
    email = StringField("Email address", validators=[Length(max=254)])
    source = StringField("Where this information comes from", validators=[DataRequired(),
                                                                         SHORT],
                         description=SOURCE_HINT)
    version = HiddenField()


def years(label: str, default: int) -> IntegerField:
    return IntegerField(label, default=default, validators=[Optional(), NumberRange(0, 100)])


def months(default: int) -> IntegerField:
    return IntegerField("Months", default=default, validators=[Optional(), NumberRange(0, 11)])


class ServiceForm(FlaskForm):
    """A listing in words a council officer uses; ages as years and months (stored in months)."""

    id = StringField("Short name for web addresses",
                     validators=[DataRequired(), Length(max=MAX_ID), SLUG],
                     description="Lower-case letters, digits and hyphens, like "
                                 "melton-dads-walk. It cannot change once saved.")
    organisation_id = SelectField("Organisation that runs it", choices=[])
    name = StringField("Name of the service", validators=[DataRequired(), SHORT],
                       description="As the organisation writes it.")
    description = TextAreaField("What happens there, in a sentence or two",
                                validators=[DataRequired(), LONG])
    for_whom = TextAreaField("Who it is for", validators=[LONG],
                             description="For example: dads of children under 5 in Melton.")
    min_age_years = years("Years", 0)
    min_age_extra_months = months(0)
    max_age_years = years("Years", 25)
    max_age_extra_months = months(11)
    pregnancy = BooleanField("Also for parents expecting a baby")
    parent_max_age = IntegerField("Oldest age of a parent who can go",
                                  validators=[Optional(), NumberRange(10, 99)],
                                  description="In years. Leave it empty when there is no limit.")
    parent_audience = SelectField("Which parents it is for", choices=pairs(AUDIENCE))
    parent_note = StringField("Anything else about which parents can go", validators=[SHORT])
    needs = Checkboxes("What it helps with", choices=[])
    districts = Checkboxes("Districts it covers", choices=[])
    based_in = SelectField("District where it is based", choices=[])
    delivery = Checkboxes("How it runs", choices=pairs(DELIVERY))
    threshold = SelectField("Who can use it", choices=pairs(THRESHOLDS),
                            description="universal: any family; community: local groups; "
                                        "targeted: families with a particular need; "
                                        "specialist: after an assessment.")
    referral = SelectField("How families get a place", choices=pairs(REFERRAL),
                           description="self: parents contact them; professional: someone "
                                       "like a health visitor refers the family.")
    cost = SelectField("Cost", choices=pairs(COST), default="unknown")
    cost_note = StringField("About the cost", validators=[SHORT])
    evidence_programme = StringField("Named programme it follows, if any", validators=[SHORT])
    evidence_rating = StringField("Evidence rating", validators=[Length(max=20)],
                                  description="As the evidence guidebook rates the programme, "
                                              "like 3 or 4+. Workers see it; parents never do.")
    evidence_note = StringField("About the evidence", validators=[SHORT])
    languages = Checkboxes("Languages spoken there", choices=pairs(LANGUAGES))
    keywords = StringField("Other words people use for it", validators=[LONG],
                           description="Separate them with semicolons.")
    phone = StringField("Phone number", validators=[Length(max=40)])
    website = StringField("Website", validators=[SHORT])
    email = StringField("Email address", validators=[Length(max=254)])
    location_name = StringField("Name of the venue", validators=[SHORT])
    location_address = StringField("Address of the venue", validators=[SHORT])
    location_postcode = StringField("Postcode of the venue", validators=[Length(max=10)])
    location_lat = FloatField("Latitude", validators=[Optional(), NumberRange(-90, 90)],
                              description="For the map and distances. Leave it empty rather "
                                          "than guess.")
    location_lon = FloatField("Longitude", validators=[Optional(), NumberRange(-180, 180)])
    source = StringField("Where this information comes from",
                         validators=[DataRequired(), SHORT], description=SOURCE_HINT)
    last_verified = DateField("Date it was last checked", validators=[Optional()])
    verified_by = StringField("Checked by", validators=[SHORT])
    status = SelectField("Shown to parents", choices=pairs(STATUS), default="active",
                         description="active: parents can find it; retired: hidden.")
    confirm_duplicate = BooleanField(_l(msg.SAVE_ANYWAY))
    # The saved version the form was filled from (`editor.version`): a stale one stops the save.
    version = HiddenField()


for _code in TRANSLATED:
    setattr(ServiceForm, f"name_{_code}", StringField(f"Name in {NATIVE_NAMES[_code]}",
                                                      validators=[SHORT]))
    setattr(ServiceForm, f"description_{_code}",
            TextAreaField(f"What happens there, in {NATIVE_NAMES[_code]}", validators=[LONG]))


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


def attach_errors(form: FlaskForm, errors: list[ContentError]) -> list[str]:
    """Put each content error on its field; return those that belong to no field."""
    loose = []
    for error in errors:
        name = FIELD_OF.get(error.field, error.field.replace(".", "_"))
        field = form._fields.get(name)
        if field is None:
            loose.append(f"{error.field}: {error.problem}")
        else:
            field.errors = [*field.errors, error.problem]
    return loose

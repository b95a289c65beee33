"""Every sentence the JSON API and the Open Referral UK feed answer bad input with, in English,
marked for translation (the `message` of a 400 answer, in the caller's language)."""

from __future__ import annotations

from finder.messages import N_

NOT_TEXT = N_("%(name)s holds characters that are not text.")
NOT_WHOLE = N_("%(name)s must be a whole number.")
OUT_OF_RANGE = N_("%(name)s must be from %(low)s to %(high)s.")
TOO_LONG = N_("%(name)s is too long: at most %(limit)s characters.")
REQUIRED = N_("%(name)s is required.")
NOT_FLAG = N_("%(name)s must be 1 or 0.")
TOO_MANY_CHILDREN = N_("age_months lists too many children.")
UNKNOWN_NEED = N_("need must be one of: %(needs)s.")
UNKNOWN_LANGUAGE = N_("lang must be one of: %(languages)s.")
PLACE_AMBIGUOUS = N_("%(place)s could be more than one place: %(choices)s. Please say which.")
PLACE_UNKNOWN = N_("We could not find that place: give a district, town or postcode.")
# the Open Referral UK feed's parameters
NOT_BOOLEAN = N_("%(name)s must be true or false.")
NOT_UUID = N_("%(name)s must be an id (a UUID).")
NOT_AGE = N_("%(name)s must be an age in years from 0 to %(high)s.")
NOT_TIME = N_("%(name)s must be a date and time like 2024-05-01T00:00:00Z.")
NO_OPENING_TIMES = N_("%(name)s cannot be used: this directory holds no opening times.")
NOT_FORMAT = N_("%(name)s must be json or ndjson.")
NEEDS_POSTCODE = N_("%(name)s needs a postcode.")
NOT_POSTCODE = N_("%(name)s must be a UK postcode.")
NOT_DISTANCE = N_("%(name)s must be a distance in metres from 0 to %(high)s.")

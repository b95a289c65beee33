"""Every sentence staff read outside a template (the admin's notices and form errors), in
English, marked for translation."""

from __future__ import annotations

from finder.messages import N_

# signing in and accounts
TOO_MANY_SIGN_INS = N_("Too many failed sign-ins. Please wait %(minutes)s minutes and try again.")
NO_SUCH_ACCOUNT = N_("That email and password do not match an active account.")
WRONG_CODE = N_("That code is not right. Please try the newest code.")
SIGNED_OUT = N_("You have signed out.")
PASSWORD_CHANGED = N_("Your password is changed.")
SECOND_FACTOR_SET = N_("Your second factor is set up.")
EMAIL_RULE = N_("Give an email address like name@example.org.")
EMAIL_TAKEN = N_("That email already has an account.")
ADDED = N_("Added %(email)s.")
UPDATED = N_("Updated %(email)s.")
OWN_ADMIN = N_("You cannot remove your own admin access.")

# listings
SAVED = N_("Saved.")
SERVICE_ID_TAKEN = N_("Another service already has this id.")
ORGANISATION_ID_TAKEN = N_("Another organisation already has this id.")
RETIRED = N_("Retired: parents no longer see it.")
RESTORED = N_("Restored: parents can find it again.")
CHECKED = N_("Marked as checked today.")
CORRECT_FIRST = N_("Correct the details that have changed, then save.")
VERSION_RESTORED = N_("Restored the version from before that change.")
ID_RULE = N_("Use lower-case letters, digits and hyphens only.")
SAVE_ANYWAY = N_("Save anyway: this is not a duplicate.")
CONTACT_KINDS = {"phone": N_("Phone"), "text": N_("Text"), "web": N_("Website"),
                 "email": N_("Email"), "address": N_("Address")}

# imports
UNREADABLE_FILE = N_("We could not read that file: %(problem)s")
IMPORT_APPLIED = N_("Import applied: %(count)s listings changed.")

# the editor's form, its contacts, and accounts
EMAIL, WEBSITE = CONTACT_KINDS["email"], CONTACT_KINDS["web"]
SOURCE_HINT = N_(
    'A web address where you read it, or "staff" when you checked it yourself.')
ANY_PARENT_OR_CARER = N_("Any parent or carer")
MOTHERS = N_("Mothers")
FATHERS = N_("Fathers")
UNIVERSAL_THRESHOLD = N_("Universal: any family")
COMMUNITY_THRESHOLD = N_("Community: local groups anyone can join")
TARGETED_THRESHOLD = N_("Targeted: families with a particular need")
SPECIALIST_THRESHOLD = N_("Specialist: after an assessment")
PARENTS_CONTACT_THEM = N_("Parents contact them")
PROFESSIONAL_REFERS = N_("A professional refers the family")
EITHER = N_("Either")
NOT_KNOWN = N_("Not known")
PAID = N_("Paid")
STATUS_ACTIVE = N_("Active: parents can find it")
STATUS_RETIRED = N_("Retired: hidden")
ROLE_WORKER = N_("Worker: sends texts from worker mode")
ROLE_EDITOR = N_("Editor: keeps the listings")
ROLE_ADMIN = N_("Admin: listings and staff accounts")
THIS_IS_REQUIRED = N_("This is required.")
PASSWORD = N_("Password")
AUTHENTICATOR_CODE = N_("Code from your authenticator app")
CURRENT_PASSWORD = N_("Current password")
NEW_PASSWORD = N_("New password")
NEW_PASSWORD_AGAIN = N_("New password again")
SHORT_NAME_FOR_WEB_ADDRESSES = N_("Short name for web addresses")
NAME_OF_THE_ORGANISATION = N_("Name of the organisation")
WHAT_THE_ORGANISATION_DOES = N_("What the organisation does")
DISTRICT_WHERE_IT_IS_BASED = N_("District where it is based")
PHONE_NUMBER = N_("Phone number")
EMAIL_ADDRESS = N_("Email address")
WHERE_THIS_INFORMATION_COMES_FROM = N_("Where this information comes from")
YEARS = N_("Years")
MONTHS = N_("Months")
ORGANISATION_THAT_RUNS_IT = N_("Organisation that runs it")
NAME_OF_THE_SERVICE = N_("Name of the service")
WHAT_HAPPENS_THERE = N_("What happens there, in a sentence or two")
WHO_IT_IS_FOR = N_("Who it is for")
ALSO_EXPECTING = N_("Also for parents expecting a baby")
PARENT_MAX_AGE = N_("Oldest age of a parent who can go")
WHICH_PARENTS_IT_IS_FOR = N_("Which parents it is for")
PARENT_NOTE = N_("Anything else about which parents can go")
WHAT_IT_HELPS_WITH = N_("What it helps with")
DISTRICTS_IT_COVERS = N_("Districts it covers")
HOW_IT_RUNS = N_("How it runs")
WHO_CAN_USE_IT = N_("Who can use it")
HOW_FAMILIES_GET_A_PLACE = N_("How families get a place")
COST = N_("Cost")
ABOUT_THE_COST = N_("About the cost")
EVIDENCE_PROGRAMME = N_("Named programme it follows, if any")
EVIDENCE_RATING = N_("Evidence rating")
ABOUT_THE_EVIDENCE = N_("About the evidence")
LANGUAGES_SPOKEN_THERE = N_("Languages spoken there")
KEYWORDS = N_("Other words people use for it")
NAME_OF_THE_VENUE = N_("Name of the venue")
ADDRESS_OF_THE_VENUE = N_("Address of the venue")
POSTCODE_OF_THE_VENUE = N_("Postcode of the venue")
LATITUDE = N_("Latitude")
LONGITUDE = N_("Longitude")
DATE_IT_WAS_LAST_CHECKED = N_("Date it was last checked")
CHECKED_BY = N_("Checked by")
SHOWN_TO_PARENTS = N_("Shown to parents")
ROLE = N_("Role")
ACTIVE = N_("Active")
FILE = N_("File")
FORMAT = N_("Format")
FROM = N_("From")
TO = N_("To")
CHANNEL = N_("Channel")
NUMBER_BETWEEN = N_("Enter a number between %(min)s and %(max)s.")
ORGANISATION_ID_HINT = N_(
    "Lower-case letters, digits and hyphens, like relate. It cannot change once saved.")
SERVICE_ID_HINT = N_(
    "Lower-case letters, digits and hyphens, like melton-dads-walk. It cannot change once saved.")
NAME_HINT = N_("As the organisation writes it.")
FOR_WHOM_HINT = N_("For example: dads of children under 5 in Melton.")
PARENT_AGE_HINT = N_("In years. Leave it empty when there is no limit.")
EVIDENCE_RATING_HINT = N_("As the evidence guidebook rates the programme, like 3 or 4+. "
                          "Workers see it; parents never do.")
SEPARATE_THEM_WITH_SEMICOLONS = N_("Separate them with semicolons.")
COORDINATES_HINT = N_("For the map and distances. Leave it empty rather than guess.")
NAME_IN_LANGUAGE = N_("Name in %(language)s")
WHAT_HAPPENS_IN_LANGUAGE = N_("What happens there, in %(language)s")
AT_MOST_CHARACTERS = N_("Use at most %(max)d characters.")
CHARACTERS_BETWEEN = N_("Use %(min)d to %(max)d characters.")
ALL = N_("all")
CHOOSE_A_FILE = N_("Choose a file.")
TEXT_MESSAGE = N_("Text message")
KIND = N_("Kind")
NUMBER_ADDRESS_OR_LINK = N_("Number, address or link")
CONTACT_LABEL = N_("What it is, in a few words")
WHERE_IT_COMES_FROM = N_("Where it comes from")
DATE_THE_SOURCE_WAS_SEEN = N_("Date the source was seen")
CONFIRMED_BY_STAFF = N_("Confirmed by staff")
REMOVE_THIS_CONTACT = N_("Remove this contact")
CONTACT_VALUE_MISSING = N_("Enter the number, address or link.")
SOURCE_MISSING = N_(
    "Enter where it comes from: the web address of the page (starting https://), or staff.")
CONTACT_VALUE_HINT = N_("Exactly as the source shows it.")
CONTACT_LABEL_HINT = N_("For example: Advice line, weekdays.")
CONTACT_SOURCE_HINT = N_(
    "The web address of the page it is on, or staff when you checked it yourself.")
SEEN_HINT = N_("Like 2024-05-01. Leave it empty when the page has no date.")
NOT_A_UK_NUMBER = N_("Enter a UK number, like 0116 454 1004 or +44 116 454 1004.")
NOT_A_WEB_ADDRESS = N_("Enter a web address starting https:// or http://, or as the source "
                       "shows it, like www.example.org.")
NOT_AN_EMAIL = N_("Enter an email address, like name@example.org.")
PASSWORD_TOO_SHORT = N_("The password must be at least %(count)s characters.")
PASSWORD_TOO_LONG = N_("The password must be at most %(count)s characters.")
PASSWORD_TOO_COMMON = N_("The password is one of the most common passwords: choose another.")
NOT_YOUR_PASSWORD = N_("That is not your current password.")
PASSWORDS_DIFFER = N_("The two new passwords are not the same.")
WAYS_TO_GET_IN_TOUCH = N_("Ways to get in touch")
# WTForms' own messages, as it words them, so that the catalogues translate them too
NOT_AN_INTEGER = N_("Not a valid integer value.")
NOT_A_NUMBER = N_("Not a valid float value.")
NOT_A_DATE = N_("Not a valid date value.")
NOT_A_CHOICE = N_("Not a valid choice.")
# The content rules' own problems (`finder.directory.content`, `listing`), worded as they word
# them, so that a staff form shows them in the staff member's language
AGES_REVERSED = N_("The youngest age is over the oldest age.")
CONTENT_PROBLEMS = (
    N_("is required"),
    N_("must be lower-case letters, digits and hyphens (at most 80)"),
    N_("must be a date like 2023-06-14"),
    N_("must be a whole number of months from 0"),
    N_("must be a web address starting https:// or http://"),
    N_("must be an email address like name@example.org"),
    N_("must be a telephone number: digits, spaces, + ( ) -"),
    N_("reads like a note for staff: put it in staff_note"),
    N_("must be the page's date (2024-05-01) or undated"),
    N_("must be the URL of the page it was seen on, or staff"),
    N_("must be an address as the source gives it"),
)

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

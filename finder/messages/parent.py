"""Every sentence a parent reads outside a template, in English, marked for translation: the
conversation (SMS, WhatsApp, chat), the web pages and cards, "why" a service was suggested, and
the error pages.

Short on purpose: an SMS text holds three segments (459 GSM-7 characters, or 201 for Urdu,
Arabic, Gujarati and Punjabi; Polish is sent without diacritics), and the first reply must
hold the welcome and a result, so translations should stay as brief. Never
"intervention", "targeted", "at risk", "vulnerable" or "struggling": every need is something
many parents ask about.
"""

from __future__ import annotations

from finder.messages import N_

# The first reply says only what it must, so that results fit beside it; the rest is in HELP.
WELCOME = N_("Hello! These replies are automatic, not from a person. To stop, reply STOP.")
ABOUT = N_("We help mums and dads find family support near them. This is not an emergency "
           "line, and we keep no names.")
LANGUAGE_HINT = N_("For another language, reply %(word)s.")

ASK_NEED = N_("What would you like help with? For example sleep, behaviour, feeding, or how "
              "you are feeling.")
ASK_AGE = N_("How old is your child? If you are expecting a baby, just say so.")
ASK_PLACE = N_("Which town, village or area do you live in? The first half of your postcode "
               "is fine too.")
NOT_UNDERSTOOD = N_("Sorry, we did not catch that.")
# A place given while another question was asked: kept, said back once, and the question again.
PLACE_NOTED = N_("Thanks – %(place)s.")
# A command such as MORE while a numbered question waits: the question again, kindly.
CHOOSE_FIRST = N_("Please choose one of these first, then we will show what can help.")
# After two answers we could not read: say what we search without, and no "sorry" again.
SKIPPED = {
    "age": N_("We will search without your child's age for now."),
    "place": N_("We will search the whole area for now."),
}
# A message that only says how the parent feels ("😢", "I'm so tired"): a kind line and a
# gentle question, never "sorry". "1" (or yes) means help with how they feel.
FEELING = N_("Thank you for telling us. That sounds hard.")
ASK_FEELING = N_("Would you like help with how you are feeling? Reply 1, or tell us what "
                 "else you need.")
WAY_OUT = N_("Your family hub or health visitor can also help you find support.")
OTHER_LANGUAGE = N_("Sorry, we cannot write in that language yet.")

CHOOSE_PLACE = N_("Which place do you mean? Reply with a number:")
CHOOSE_NEED = N_("Which is closest to what you need? Reply with a number:")
OPTION = N_("%(number)s %(label)s")
OUTSIDE_NAMED = N_("%(place)s looks outside the area we cover, so we will show help you can "
                   "get by phone, text or online.")
# Just over the border: the council there knows the help near the parent.
OUTSIDE_COUNCIL = N_("%(place)s looks outside the area we cover. %(council)s can tell you about "
                     "help near you. We can also look for help by phone, text or online.")
# Said on every channel when the place is outside the region (the search is remote-only then).
OUTSIDE = N_("That place looks outside the area we cover, so we will show help you can get "
             "by phone, text or online.")

RESULTS = N_("These can help:")
MORE_RESULTS = N_("Here are more:")
RESULT = N_("%(number)s. %(name)s: %(what)s")
RESULT_NAME = N_("%(number)s. %(name)s.")
# One short sentence: the listing has the detail.
COST = {
    "free": N_("It is free."),
    "paid": N_("There is a cost."),
    "unknown": N_("Ask them about the cost."),
}
JOIN = {
    "phone": N_("Call %(phone)s."),
    "text": N_("Text %(phone)s."),
    "website": N_("See %(website)s."),
    "phone-website": N_("Call %(phone)s or see %(website)s."),
    "self": N_("Contact %(organisation)s."),
    "hub": N_("Ask your health visitor or family hub."),
}
WIDENED = {
    "region": N_("Nothing matched close to you, so these cover a wider area."),
    "remote": N_("Nothing matched close to you, so these work by phone, text or online."),
    "hub": N_("Nothing matched exactly, so here is the family support open to all near you."),
}
# A result opened by its number: each way to reach it, with where it was seen and when.
EMAIL = N_("Email %(email)s.")
ADDRESS = N_("Address: %(address)s.")
REACH_ONLY = N_("They have no line of their own. You can ask here:")
SOURCE_DATED = N_("Source: %(source)s, %(date)s.")
SOURCE_UNDATED = N_("Source: %(source)s, no date.")
STAFF_SOURCE = N_("our staff")
# After the results, a message that is not a result's number, a command or a new search.
RESULTS_HELP = N_("Reply with a number to see how to contact that service, %(more)s for more, "
                  "tell us another need, or %(restart)s to start again.")
RESULTS_HELP_LAST = N_("Reply with a number to see how to contact that service, tell us "
                       "another need, or %(restart)s to start again.")
NO_RESULTS_HELP = N_("Tell us another need or another place, or reply %(restart)s to start "
                     "again.")
NEXT = N_("Reply %(more)s for more or %(restart)s to start again.")
LAST = N_("That is all we found. Reply %(restart)s to search again.")
NO_MORE = N_("There are no more results.")
# "Do I need a referral?" after results: each shown result's answer.
REFERRAL = {
    "yes": N_("You can contact them yourself, no referral needed."),
    "no": N_("A health visitor, GP or family hub can refer you."),
}
NO_RESULTS = N_("We could not find a match. Your family hub, children's centre or health "
                "visitor can point you to local help. Reply %(restart)s to try again.")
NO_RESULTS_YET = N_("There are no results yet.")
# "stop please", "stop texting me": Twilio stops the texts only on STOP alone.
HOW_TO_STOP = N_("To stop these texts, reply STOP on its own.")
NOTHING_BACK = N_("There is nothing to go back to.")

SAFETY = {
    "danger-to-life": N_("Thank you for telling us. Talk to someone now:"),
    "domestic-abuse": N_("No one should feel unsafe at home. You can get free, private help:"),
    "child-in-danger": N_("If a child is in danger, help is there now:"),
    "self-harm": N_("You are not alone. Someone can listen now:"),
}
LINE = {
    "call": N_("Call %(number)s: %(name)s."),
    "text": N_("Text %(word)s to %(number)s: %(name)s."),
    "call_if_danger": N_("Call %(number)s if you are in danger now."),
}
LINE_ALWAYS_OPEN = {
    "call": N_("Call %(number)s: %(name)s, 24/7."),
    "text": N_("Text %(word)s to %(number)s: %(name)s, 24/7."),
    "call_if_danger": LINE["call_if_danger"],
}
CARRY_ON = N_("When you are ready, we can carry on finding local support here.")

RETURNING = N_("Welcome back. Reply 1 to carry on where you left off, or 2 to start again.")
RESTARTED = N_("OK, let's start again.")
CHOOSE_LANGUAGE = N_("Choose a language. Reply with a number:")
LANGUAGE_SET = N_("OK, we will write in %(name)s.")
HELP = N_("Reply %(more)s for more results, %(back)s to go back, %(restart)s to start again, "
          "%(switch)s to change language, or STOP to stop.")

# -- why a service was suggested (web, worker, API); a widened search says `WIDENED` everywhere
# (how it is reached or how far, whether a parent can contact them directly)
WHY = {
    ("near", True): N_("It helps with “%(need)s”, near %(place)s, and you can contact them "
                       "yourself."),
    ("near", False): N_("It helps with “%(need)s”, near %(place)s. A health visitor, GP or "
                        "family hub can put you in touch."),
    ("km", True): N_("It helps with “%(need)s”, about %(km)s km away, and you can contact them "
                     "yourself."),
    ("km", False): N_("It helps with “%(need)s”, about %(km)s km away. A health visitor, GP or "
                      "family hub can put you in touch."),
    ("remote", True): N_("It helps with “%(need)s” by phone, text or online, and you can contact "
                         "them yourself."),
    ("remote", False): N_("It helps with “%(need)s” by phone, text or online. A health visitor, "
                          "GP or family hub can put you in touch."),
    ("", True): N_("It helps with “%(need)s”, and you can contact them yourself."),
    ("", False): N_("It helps with “%(need)s”. A health visitor, GP or family hub can put you "
                    "in touch."),
}
NOTE_NOTHING = N_("We have no listing for that yet. A health visitor, GP or school can help you "
                  "find support.")

# -- the web pages: cards, questions and their answers ------------------------------------------
CARD_COST = {
    "free": N_("Free"),
    "paid": N_("There may be a cost"),
    "unknown": N_("Ask them about any cost"),
}
DELIVERY = {
    "group": N_("Group"),
    "one-to-one": N_("One to one"),
    "online": N_("Online"),
    "home-visit": N_("Home visits"),
    "phone": N_("By phone"),
    "text": N_("By text"),
}
AGE_LABELS = {
    "expecting": N_("Expecting a baby"),
    "under-1": N_("Under 1"),
    "1-2": N_("1 to 2 years"),
    "3-4": N_("3 to 4 years"),
    "5-10": N_("5 to 10 years"),
    "11-15": N_("11 to 15 years"),
    "16-plus": N_("16 or older"),
}
AGE_IN_YEARS = N_("Age in years: %(years)s")
AGE_IN_MONTHS = N_("Age in months: %(months)s")
ANY_AGE = N_("Any age")
UNKNOWN_NEED = N_("Sorry, we do not know that kind of help. Please choose from the list.")
CHOOSE_OR_SAY = N_("Please choose one, or tell us in your own words.")
AGE_NOT_CAUGHT = N_("Sorry, we did not catch that. Choose one of these, or write an age like "
                    "“2 years”.")
AGE_NOT_UNDERSTOOD = N_("Sorry, we did not understand that age.")
PLACE_UNKNOWN = N_("We could not find that place. Try a town, an area or a postcode.")
LINK_EXPIRED = N_("Sorry, this link does not work any more. Please start again.")
# text me the list
MOBILE_MISSING = N_("Please enter a mobile number.")
MOBILE_NOT_UK = N_("Please enter a UK mobile number, like 07700 900123.")
MOBILE_LABEL = N_("Mobile number")
NO_MORE_TEXTS = N_("We cannot send any more texts just now. Please try again later, or write "
                   "the services down.")

# -- opening times on a service page, said only from its own schedules ---------------------------
OPEN_DAYS = N_("%(days)s, %(opens)s to %(closes)s")
OPEN_EVERY_WEEK = N_("Every week: %(days)s")
OPEN_NOT_WEEKLY = N_("Not every week: %(opens)s to %(closes)s on the days the organisation gives")

# -- texts that cannot be answered, and the error pages -----------------------------------------
TOO_LONG = N_("That message is too long. Please send something shorter.")
SLOW_DOWN = N_("That is a lot of messages in a short time. Please wait a few minutes, then "
               "send your question again.")
WENT_WRONG = N_("Sorry, something went wrong on our side. Please try again in a minute.")
NOT_ALLOWED = N_("Sorry, that is not allowed.")
ERRORS = {
    400: N_("Something in that request was not quite right. Please try again."),
    403: NOT_ALLOWED,
    404: N_("Sorry, we could not find that page."),
    405: NOT_ALLOWED,
    413: TOO_LONG,
    429: N_("Sorry, there have been too many requests. Please wait a moment and try again."),
    500: WENT_WRONG,
}


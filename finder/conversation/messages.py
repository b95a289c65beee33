"""Every sentence the finder says in a conversation, in English, marked for translation.

Short on purpose: an SMS text holds three segments (459 GSM-7 characters, or 201 for Urdu,
Arabic, Gujarati and Punjabi; Polish is sent without diacritics), and the first reply must
hold the welcome and a result, so translations should stay as brief. Never
"intervention", "targeted", "at risk", "vulnerable" or "struggling": every need is something
many parents ask about.
"""

from __future__ import annotations

from finder.messages import N_
from finder.search import why

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
OUTSIDE = why.OUTSIDE

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
NEXT = N_("Reply %(more)s for more or %(restart)s to start again.")
LAST = N_("That is all we found. Reply %(restart)s to search again.")
NO_MORE = N_("There are no more results.")
NO_RESULTS = N_("We could not find a match. Your family hub, children's centre or health "
                "visitor can point you to local help. Reply %(restart)s to try again.")
NO_RESULTS_YET = N_("There are no results yet.")
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
    "call_if_danger": N_("Call %(number)s if you are in danger now."),
}
CARRY_ON = N_("When you are ready, we can carry on finding local support here.")

RETURNING = N_("Welcome back. Reply 1 to carry on where you left off, or 2 to start again.")
RESTARTED = N_("OK, let's start again.")
CHOOSE_LANGUAGE = N_("Choose a language. Reply with a number:")
LANGUAGE_SET = N_("OK, we will write in %(name)s.")
HELP = N_("Reply %(more)s for more results, %(back)s to go back, %(restart)s to start again, "
          "%(switch)s to change language, or STOP to stop.")

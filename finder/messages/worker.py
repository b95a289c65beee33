"""Every sentence a community worker reads outside a template (worker mode's cards and
answers), in English, marked for translation. What a parent reads too is in `parent`."""

from __future__ import annotations

from finder.messages import N_, parent

REFERRAL = {
    "self": N_("Parents contact them directly."),
    "self-or-professional": N_("Parents can contact them directly, or a professional can "
                               "refer them."),
    "professional": N_("A professional refers the family."),
    "unknown": N_("Ask them how to join."),
}
THRESHOLD = {
    "universal": N_("Open to all"),
    "community": N_("Community"),
    "targeted": N_("Targeted"),
    "specialist": N_("Specialist"),
}
PLACE_AMBIGUOUS = N_("More than one place is called %(place)s.")
PLACE_UNKNOWN = parent.PLACE_UNKNOWN
PICK_A_SERVICE = N_("Please pick at least one service.")

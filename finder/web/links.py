"""Phone and text numbers as tap-to-call links that read left to right inside Urdu and Arabic.

`{{ number|tel }}` gives
`<a class="number" href="tel:+448082000247" dir="ltr"><bdi dir="ltr">0808 2000 247</bdi></a>`,
and `{{ number|sms("SHOUT") }}` an `sms:` link with the word to send. Without the isolation a
right-to-left page shows "0808 2000 247" as "247 2000 0808".
"""

from __future__ import annotations

import re
from urllib.parse import quote

from markupsafe import Markup, escape

UK_TRUNK = "0"
UK_COUNTRY = "+44"
SHORT = 6  # digits: 999, 111, 116 123 and 85258 are dialled as they are


def dial(number: str) -> str:
    """The digits to dial: national UK numbers in international form, short numbers as they are."""
    digits = re.sub(r"[^\d+]", "", str(number))
    if digits.startswith(UK_TRUNK) and len(digits) > SHORT:
        return UK_COUNTRY + digits[1:]
    return digits


def _link(href: str, number: str) -> Markup:
    return Markup('<a class="number" href="{}" dir="ltr"><bdi dir="ltr">{}</bdi></a>').format(
        href, escape(number))


def tel(number: str) -> Markup:
    """A `tel:` link showing `number` as written, isolated left to right."""
    return _link(f"tel:{dial(number)}", number)


def sms(number: str, word: str = "") -> Markup:
    """An `sms:` link to `number`, the message `word` filled in where the phone allows."""
    body = f"?body={quote(word)}" if word else ""
    return _link(f"sms:{dial(number)}{body}", number)


def ltr(number: str) -> Markup:
    """`number` isolated left to right, for a number inside a link's own words."""
    return Markup('<bdi dir="ltr">{}</bdi>').format(escape(number))


# Phone numbers as the finder writes them in a message: UK numbers from 0 (spaced or not),
# and the short national lines.
IN_TEXT = re.compile(r"(?<![\d+])(0\d{2,4}(?: ?\d{3,4}){1,2}|116 ?123|85258|999|111)(?!\d)")


def numbers(text: str) -> Markup:
    """`text` escaped, every phone number in it a `tel:` link (85258, the text line, `sms:`)."""
    parts = IN_TEXT.split(str(text))
    out = Markup("")
    for i, part in enumerate(parts):
        out += (sms(part) if part == "85258" else tel(part)) if i % 2 else escape(part)
    return out


FILTERS = {"tel": tel, "sms": sms, "ltr": ltr, "dial": dial, "numbers": numbers}

"""Words one language uses for harm and another for everyday things, in sentences of our own:
the everyday sense stays quiet, the harm is still heard (session 12)."""

from __future__ import annotations

import pytest

# (language, text): the everyday sense.
QUIET = [
    # Gujarati "mara" / "mari" is "my"; in Urdu and Punjabi it is "hit"
    ("gu", "mara husband 38 varas na che ane kaam shodhe che"),
    ("gu", "mara ghare be baalak che, nano dikro 3 varas no"),
    ("gu", "mari dikri ne speech therapy joie, te 4 varas ni che"),
    ("gu", "mara pati ne night shift che, hu ekli hou chu"),
    # Polish "lat" is years; Punjabi and Gujarati "laat" is a kick
    ("pl", "partner 39 lat, pracuje na nocki"),
    ("pl", "partner ma 41 lat i szuka pracy"),
    ("pl", "partnerka 29 lat, jestem sam z dziećmi w tygodniu"),
    # a medicine taken every day as prescribed
    ("pl", "syn bierze 2 tabletki dziennie na adhd"),
    ("pl", "córka bierze leki codziennie, czy może chodzić na basen"),
    ("pl", "biorę tabletki codziennie na tarczycę"),
    # a father who left and pays nothing: maintenance, not money withheld at home
    ("pa", "ਬੱਚਿਆਂ ਦਾ ਪਿਓ 3 ਸਾਲ ਪਹਿਲਾਂ ਛੱਡ ਗਿਆ, ਖਰਚਾ ਨਹੀਂ ਦਿੰਦਾ"),
    ("pa", "ohna da pyo chala gaya si, hun kharcha vi nahi dinda"),
]

# (language, kind, text): the harm, beside the same words.
HEARD = [
    ("ur", "domestic-abuse", "mera shohar kal raat bohat mara"),
    ("ur", "domestic-abuse", "saas ne maari aur ghar se nikal diya"),
    ("ur", "child-in-danger", "bete ko mara belt se, bohat dar gaya hai"),
    ("ur", "child-in-danger", "husband ne meri beti ko mara"),
    ("pl", "domestic-abuse", "partner 45 lat, bije mnie codziennie"),
    ("pl", "domestic-abuse", "partner ma 30 lat i mnie bije jak wypije"),
    ("pl", "danger-to-life", "syn wziął wszystkie tabletki z szafki"),
    ("pa", "domestic-abuse", "ਮੇਰਾ ਘਰਵਾਲਾ ਖਰਚਾ ਨਹੀਂ ਦਿੰਦਾ ਤੇ ਫੋਨ ਖੋਹ ਲੈਂਦਾ"),
]


@pytest.mark.parametrize(("language", "text"), QUIET,
                         ids=[f"{q[0]}-{i}" for i, q in enumerate(QUIET)])
def test_the_everyday_sense_stays_quiet(understander, language, text):
    assert understander.interpret(text).safety == (), language


@pytest.mark.parametrize(("language", "kind", "text"), HEARD,
                         ids=[f"{h[0]}-{i}" for i, h in enumerate(HEARD)])
def test_the_harm_beside_the_same_words_is_heard(understander, language, kind, text):
    assert kind in understander.interpret(text).safety, language

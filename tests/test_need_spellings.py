"""Needs read in Punjabi and Somali as parents type them, and the trial's misreads: a phrase met
with "not" however it is typed and a verb in either gender, a diagnosis named outright, a
14-year-old who will not go to school, a child someone hurts, English with a name or a
loan word in it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from finder.understand.interpret import for_a_child_hurt
from finder.understand.need import PHRASE_WEIGHT, NeedFinder, NeedLexicon, loose

TABLE_FILE = Path(__file__).parent / "fixtures" / "need_spellings.yaml"
TABLE = [(language, text, needs)
         for language, rows in yaml.safe_load(TABLE_FILE.read_text(encoding="utf-8")).items()
         for text, needs in rows]


@pytest.mark.parametrize(("language", "text", "needs"), TABLE,
                         ids=[f"{case[0]}-{number}" for number, case in enumerate(TABLE)])
def test_a_need_in_punjabi_or_somali_is_read(understander, language, text, needs):
    found = understander.interpret(text, language)
    assert set(needs) & set(found.needs[:2]), found.needs
    assert not (found.need_confident and found.needs[0] not in needs), found.needs


def test_the_table_holds_every_need_in_both_languages():
    for language in ("pa", "so"):
        named = {need for lang, _, needs in TABLE if lang == language for need in needs}
        assert len(named) == 16, sorted(named)


@pytest.mark.parametrize(("typed", "listed"), [
    (("kehna", "ni", "mandi"), "kehna nahi manda"),
    (("gal", "nai", "sunndi"), "gal nahi sunndi"),
    (("ਕਹਿਣਾ", "ਨੀ", "ਮੰਨਦੀ"), "ਕਹਿਣਾ ਨਹੀਂ ਮੰਨਦਾ"),
    (("વાત", "નથી", "કરતી"), "વાત નથી કરતો"),
])
def test_a_phrase_is_met_with_not_as_typed_and_a_verb_in_either_gender(typed, listed):
    finder = NeedFinder({"xx": NeedLexicon.build({"behaviour": {"phrases": [listed]}})})
    assert finder.scores(typed, "xx") == {"behaviour": PHRASE_WEIGHT + 0.25}


def test_a_plural_verb_is_not_folded_into_the_singular():
    """"We don't talk" (gal nahi karde) is not "he doesn't talk" (gal nahi karda)."""
    assert loose("karde") != loose("karda") == loose("kardi")
    needs = {"relationships": {"phrases": ["gal nahi karde"]}}
    assert NeedFinder({"xx": NeedLexicon.build(needs)}).scores(("gal", "ni", "karda"), "xx") == {}


def test_a_word_naming_a_need_outright_counts_as_a_phrase():
    lexicon = {"additional-needs": {"plain": ["adhd"], "words": ["diagnosis"]}}
    finder = NeedFinder({"xx": NeedLexicon.build(lexicon)})
    assert finder.scores(("adhd",), "xx") == {"additional-needs": PHRASE_WEIGHT}
    assert finder.scores(("diagnosis",), "xx") == {"additional-needs": 1.0}


@pytest.mark.parametrize(("language", "text"), [
    ("gu", "મારા દીકરાને ADHD છે, 6 વર્ષનો છે"),
    ("gu", "6 varsh no dikro ADHD che"),
    ("gu", "મારી દીકરી 6 વર્ષની, ADHD"),
    ("ur", "mere bete ko ADHD hai, 6 saal ka"),
    ("ur", "میرے بیٹے کو ADHD ہے، 6 سال کا ہے"),
    ("ur", "6 saal ki beti ko autism hai"),
    ("pa", "munde nu ADHD hai, 6 saal da"),
])
def test_adhd_or_autism_at_six_is_plainly_additional_needs(understander, language, text):
    found = understander.interpret(text, language)
    assert found.needs == ("additional-needs",) and found.need_confident


@pytest.mark.parametrize("text", [
    "મારો 14 વર્ષનો દીકરો શાળાએ નથી જતો",
    "મારી 14 વર્ષની દીકરી નિશાળે જતી નથી",
    "દીકરો 14 વર્ષનો, સ્કૂલે જતો નથી",
    "14 varsh no dikro school nathi jato",
    "meri 15 varsh ni dikri nishale nathi jati",
])
def test_a_teenager_not_going_to_school_is_about_teenagers_not_feeding(understander, text):
    found = understander.interpret(text, "gu")
    assert found.needs[0] == "teenagers" and "feeding" not in found.needs


@pytest.mark.parametrize(("language", "text"), [
    ("ur", "woh bachay ko maarta hai"),
    ("ur", "وہ بچے کو مارتا ہے"),
    ("ur", "shohar bachon ko maarta hai"),
    ("pa", "oh bacche nu maarda"),
    ("gu", "te balak ne mare che"),
    ("en", "he hits the child"),
    ("so", "ninkaygu carruurta wuu garaacaa"),
])
def test_a_child_someone_hurts_is_offered_safety_at_home_not_behaviour(understander, language,
                                                                        text):
    found = understander.interpret(text, language)
    assert "child-in-danger" in found.safety
    assert found.needs[0] == "domestic-abuse"
    assert not {"behaviour", "child-to-parent-harm"} & set(found.needs)


def test_a_child_hurt_keeps_the_parents_own_need():
    hurt = ("child-in-danger",)
    assert for_a_child_hurt(["child-to-parent-harm", "wellbeing"], True, hurt,
                            {"child-to-parent-harm": 1.0}) == (["wellbeing"], False)
    assert for_a_child_hurt(["behaviour"], True, (), {}) == (["behaviour"], True)


def test_a_child_hurting_a_parent_in_a_phrase_is_kept_whatever_the_safety_lines():
    assert for_a_child_hurt(["child-to-parent-harm"], True, ("child-in-danger",),
                            {"child-to-parent-harm": 2.0}) == (["child-to-parent-harm"], True)


@pytest.mark.parametrize("text", ["papa left", "cheers mate", "Deepak adhd", "Priya autism",
                                  "cheers mate, thanks", "dad left us"])
def test_english_with_a_name_or_a_loan_word_is_english(understander, text):
    found = understander.interpret(text)
    assert found.language == "en" and found.other_language is None


@pytest.mark.parametrize(("language", "text"), [
    ("en", "what time does the group finish on fridays?"),
    ("en", "do you run anything on saturday mornings"),
    ("en", "is it ok to turn up at 10 on wednesday"),
    ("pl", "czy w czwartek o 10 jest grupa?"),
    ("pl", "do której jest otwarte w piątek?"),
    ("gu", "ગુરુવારે કેટલા વાગ્યે ખુલે છે?"),
    ("pa", "shukarvar nu kinne vaje khulda?"),
    ("ur", "jumma ko kitne baje khulta hai?"),
    ("so", "khamiista goorma ayaad furtaan?"),
    ("ar", "الخميس الساعة كم بتفتحوا؟"),
])
def test_a_question_about_days_and_times_names_no_need(understander, language, text):
    assert understander.interpret(text, language).needs == ()


@pytest.mark.parametrize(("language", "text"), [
    ("en", "my 8 year old still wets the bed most nights"),
    ("en", "she's 3 and a half and still in nappies in the day"),
    ("pl", "córka ma 7 lat i co noc moczy łóżko"),
    ("ur", "beta 7 saal ka hai raat ko bistar geela kar deta hai"),
    ("pa", "kudi 6 saal di raat nu bister gilla kar dindi"),
    ("gu", "દીકરી 6 વર્ષની છે, રાત્રે પથારી ભીની કરી દે છે"),
    ("so", "gabadhayda 8 jir ah habeen walba sariirta ayay ku kaadisaa"),
    ("ar", "ابني عمره ٨ وكل ليلة بيبلل التخت"),
])
def test_a_child_wetting_the_bed_or_in_nappies_is_development(understander, language, text):
    assert "development" in understander.interpret(text, language).needs[:2]


CLASS_FILE = Path(__file__).parent / "fixtures" / "need_classes.yaml"
CLASSES = [(name, language, text, needs)
           for name, rows in yaml.safe_load(CLASS_FILE.read_text(encoding="utf-8")).items()
           for language, text, needs in rows]


@pytest.mark.parametrize(("name", "language", "text", "needs"), CLASSES,
                         ids=[f"{case[0]}-{number}" for number, case in enumerate(CLASSES)])
def test_a_family_of_wordings_is_read(understander, name, language, text, needs):
    found = understander.interpret(text, language)
    if not needs:
        assert found.needs == ()
    else:
        assert set(needs) & set(found.needs[:2]), found.needs

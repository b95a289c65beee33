"""Finding the place a parent names, in any of the seven languages, with typos."""

from __future__ import annotations

import pytest

from finder.config import PROJECT_ROOT
from finder.directory import content
from finder.understand.place import Gazetteer
from finder.understand.place_names import normalise

OUT = "outside"
IMPORTED = {"LE11 3TU": ("charnwood", 52.7712, -1.2081),
            "LE1 1AA": ("leicester-city", 52.6341, -1.1310)}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_content(content.load(PROJECT_ROOT / "content"), IMPORTED)


RESOLVED = [
    # English framings, postcodes and outcodes
    ("le11 3tu", "charnwood", "postcode-lower-case"),
    ("LE113TU", "charnwood", "postcode-no-space"),
    ("my postcode is LE1 1AA", "leicester-city", "postcode-in-sentence"),
    ("LE15 6AA", "rutland", "postcode-not-imported-falls-back-to-outcode"),
    ("LE18 4XX please", "oadby-wigston", "unknown-postcode-wigston-outcode"),
    ("LE15", "rutland", "outcode"),
    ("le 15", "rutland", "outcode-spaced"),
    ("LE4 5", "leicester-city", "outcode-and-sector"),
    ("LE67", "nw-leicestershire", "outcode-coalville"),
    ("le65 1", "nw-leicestershire", "outcode-ashby"),
    ("LE10", "hinckley-bosworth", "outcode-hinckley"),
    ("LE19", "blaby", "outcode-narborough"),
    ("LE13 0", "melton", "outcode-melton"),
    ("LE17 4", "harborough", "outcode-lutterworth"),
    ("DE74 2", "nw-leicestershire", "edge-outcode-kegworth"),
    ("I live in Syston", "charnwood", "i-live-in"),
    ("we're near the clock tower in Leicester", "leicester-city", "clock-tower"),
    ("Leicester", "leicester-city", "city"),
    ("leicester city centre", "leicester-city", "city-centre"),
    ("Hinkley", "hinckley-bosworth", "hinkley"),
    ("hinckly", "hinckley-bosworth", "hinckly"),
    ("lboro", "charnwood", "lboro"),
    ("Loughboro", "charnwood", "loughboro"),
    ("Loughbrough", "charnwood", "loughbrough"),
    ("loughborogh uni", "charnwood", "loughborogh"),
    ("Coalvile", "nw-leicestershire", "coalvile"),
    ("market harboro", "harborough", "market-harboro"),
    ("Market Harborugh", "harborough", "market-harborugh"),
    ("oakam", "rutland", "oakam"),
    ("Oakham", "rutland", "oakham"),
    ("Uppingham", "rutland", "uppingham"),
    ("melton mowbry", "melton", "melton-mowbry"),
    ("Melton", "melton", "melton-short"),
    ("wigston magna", "oadby-wigston", "wigston-magna"),
    ("Oadby", "oadby-wigston", "oadby"),
    ("south wigston", "oadby-wigston", "south-wigston"),
    ("Ashby", "nw-leicestershire", "ashby"),
    ("ashby de la zouch", "nw-leicestershire", "ashby-de-la-zouch"),
    ("Ashby-de-la-Zouch", "nw-leicestershire", "ashby-hyphens"),
    ("Beaumont Leys", "leicester-city", "beaumont-leys"),
    ("beaumont lees", "leicester-city", "beaumont-lees"),
    ("Highfields", "leicester-city", "highfields"),
    ("Braunstone Park", "leicester-city", "braunstone-park"),
    ("braunstone town", "blaby", "braunstone-town"),
    ("New Parks", "leicester-city", "new-parks"),
    ("Saffron Lane", "leicester-city", "saffron-lane"),
    ("eyres monsel", "leicester-city", "eyres-monsel"),
    ("Evington", "leicester-city", "evington"),
    ("Glenfield", "blaby", "glenfield"),
    ("glenfeild", "blaby", "glenfeild"),
    ("Birstall", "charnwood", "birstall"),
    ("Shepshed", "charnwood", "shepshed"),
    ("Lutterworth", "harborough", "lutterworth"),
    ("sutton in the elms", "harborough", "sutton-in-the-elms"),
    ("Coalville", "nw-leicestershire", "coalville"),
    ("castle donnington", "nw-leicestershire", "castle-donnington"),
    ("Barwell", "hinckley-bosworth", "barwell"),
    ("earl shilton", "hinckley-bosworth", "earl-shilton"),
    ("Charnwood", "charnwood", "district-charnwood"),
    ("North West Leics", "nw-leicestershire", "district-north-west-leics"),
    ("Hinckley and Bosworth", "hinckley-bosworth", "district-hinckley-and-bosworth"),
    ("oadby & wigston", "oadby-wigston", "district-ampersand"),
    ("Rutland", "rutland", "district-rutland"),
    ("Blaby", "blaby", "blaby-village-and-district"),
    ("Harborough", "harborough", "harborough"),
    ("Wigston, Leicester", "oadby-wigston", "post-town-after-the-place"),
    ("Belgrave, LE4", "leicester-city", "place-and-outcode"),
    # Polish
    ("mieszkam w Loughborough", "charnwood", "pl-loughborough"),
    ("Mieszkam w Leicesterze", "leicester-city", "pl-inflected-leicester"),
    ("jestem z Hinckley, szukam pomocy ze snem", "hinckley-bosworth", "pl-hinckley"),
    ("mieszkamy w Coalville od roku", "nw-leicestershire", "pl-coalville"),
    # Urdu, in Urdu script and typed in Latin letters
    ("میں لیسٹر میں رہتی ہوں", "leicester-city", "ur-leicester-script"),
    ("hum Belgrave mein rehte hain", "leicester-city", "ur-latin-belgrave"),
    ("main Highfields mein rehti hoon", "leicester-city", "ur-latin-highfields"),
    ("میں لفبرو میں رہتا ہوں", "charnwood", "ur-loughborough-script"),
    # Arabic
    ("أنا أعيش في ليستر", "leicester-city", "ar-leicester"),
    ("أسكن بليستر مع أطفالي", "leicester-city", "ar-leicester-with-preposition"),
    ("نحن في Oadby", "oadby-wigston", "ar-latin-oadby"),
    # Gujarati, in Gujarati script and typed in Latin letters
    ("હું લેસ્ટરમાં રહું છું", "leicester-city", "gu-leicester-postposition"),
    ("hu Rushey Mead ma rahu chu", "leicester-city", "gu-latin-rushey-mead"),
    ("ame Wigston ma rahiye chhiye", "oadby-wigston", "gu-latin-wigston"),
    # Punjabi, in Gurmukhi and typed in Latin letters
    ("ਮੈਂ ਲੈਸਟਰ ਵਿੱਚ ਰਹਿੰਦੀ ਹਾਂ", "leicester-city", "pa-leicester-gurmukhi"),
    ("main Oadby vich rehndi haan", "oadby-wigston", "pa-latin-oadby"),
    ("asi Spinney Hills vich rehnde haan", "leicester-city", "pa-latin-spinney-hills"),
    # Somali
    ("Waxaan ku noolahay Hinckley", "hinckley-bosworth", "so-hinckley"),
    ("Waxaan degganahay Beaumont Leys", "leicester-city", "so-beaumont-leys"),
    ("Waxaan ku noolahay Melton Mowbray, ilmahayga wuu ooyaa", "melton", "so-melton"),
    # Outside the region
    ("Nottingham", OUT, "out-nottingham"),
    ("I'm in Coventry", OUT, "out-coventry"),
    ("we live in Corby now", OUT, "out-corby"),
    ("Peterborough", OUT, "out-peterborough"),
    ("burton on trent", OUT, "out-burton"),
    ("mieszkam w Londynie, nie w London", OUT, "out-pl-london"),
    ("میں برمنگھم میں رہتی ہوں", OUT, "out-ur-birmingham"),
]


@pytest.mark.parametrize(("text", "district", "_id"), RESOLVED, ids=[c[2] for c in RESOLVED])
def test_a_named_place_resolves_to_its_district(gazetteer, text, district, _id):
    place = gazetteer.resolve(text).place
    assert place is not None, text
    if district == OUT:
        assert (place.district, place.outside) == (None, True)
    else:
        assert (place.district, place.outside) == (district, False)


NOTHING = [
    ("the", "the"), ("help", "help"), ("my", "my"), ("sleep", "sleep"), ("baby", "baby"),
    ("I need help with sleep for my baby", "en-sentence"),
    ("my son is 3 and has tantrums", "en-tantrums"),
    ("hello", "hello"), ("yes", "yes"), ("1", "number"), ("", "empty"),
    ("Potrzebuję pomocy, moje dziecko nie śpi", "pl-sentence"),
    ("mera beta bohat rota hai", "ur-latin-sentence"),
    ("مجھے مدد چاہیے", "ur-sentence"),
    ("ابني لا ينام جيدا", "ar-sentence"),
    ("mane madad joiye", "gu-latin-sentence"),
    ("ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ", "pa-sentence"),
    ("Ilmahaygu ma seexdo, caawimo ayaan u baahanahay", "so-sentence"),
    ("my hobby is the garden", "hobby"),
    ("my mother says he is barely sleeping", "mother-barely"),
    ("Leicestershire", "county-is-not-a-district"),
]


@pytest.mark.parametrize(("text", "_id"), NOTHING, ids=[c[1] for c in NOTHING])
def test_text_without_a_place_resolves_to_nothing(gazetteer, text, _id):
    match = gazetteer.resolve(text)
    assert match.place is None and match.candidates == ()


AMBIGUOUS = [
    ("Belton", {"nw-leicestershire", "rutland"}, "belton-in-two-districts"),
    ("we live in Kirby", {"blaby", "melton"}, "kirby-muxloe-or-bellars"),
    ("Thurnaston", {"charnwood", "blaby"}, "typo-between-thurmaston-and-thurlaston"),
]


@pytest.mark.parametrize(("text", "districts", "_id"), AMBIGUOUS, ids=[c[2] for c in AMBIGUOUS])
def test_an_ambiguous_name_offers_candidates(gazetteer, text, districts, _id):
    match = gazetteer.resolve(text)
    assert match.place is None
    assert {c.district for c in match.candidates} == districts
    assert len(match.candidates) <= 3


def test_a_confident_name_beats_an_ambiguous_one(gazetteer):
    assert gazetteer.resolve("Belton near Loughborough").place.district == "charnwood"


def test_an_imported_postcode_gives_its_own_coordinates(gazetteer):
    place = gazetteer.resolve("LE11 3TU").place
    assert (place.kind, place.name, place.lat, place.lon) == ("postcode", "LE11 3TU",
                                                              52.7712, -1.2081)


def test_a_postcode_beats_a_place_name(gazetteer):
    place = gazetteer.resolve("Oakham, LE11 3TU").place
    assert (place.kind, place.district) == ("postcode", "charnwood")


def test_an_outcode_gives_its_centre_and_area(gazetteer):
    place = gazetteer.resolve("LE15").place
    assert (place.kind, place.area, round(place.lat), round(place.lon)) == \
        ("outcode", "rutland", 53, -1)


def test_a_place_carries_its_area(gazetteer):
    assert gazetteer.resolve("Syston").place.area == "leicestershire"
    assert gazetteer.resolve("Oakham").place.area == "rutland"


def test_without_imported_postcodes_a_full_postcode_uses_its_outcode():
    plain = Gazetteer.from_content(content.load(PROJECT_ROOT / "content"))
    place = plain.resolve("le11 3tu").place
    assert (place.kind, place.name, place.district) == ("outcode", "LE11", "charnwood")


def test_a_postcode_outside_the_known_outcodes_is_outside_the_region(gazetteer):
    place = gazetteer.resolve("NG7 2RD").place
    assert (place.district, place.outside) == (None, True)


@pytest.mark.parametrize(("raw", "expected"), [
    ("Ashby-de-la-Zouch", "ashby de la zouch"), ("St. Matthew's", "st matthews"),
    ("  LOUGHBOROUGH!! ", "loughborough"), ("Śródmieście", "srodmiescie"),
    ("લેસ્ટરમાં,", "લેસ્ટરમાં"),
], ids=["hyphens", "apostrophe", "case-and-punctuation", "polish-accents", "gujarati-signs-kept"])
def test_normalise_folds_case_punctuation_and_letter_variants(raw, expected):
    assert normalise(raw) == expected


def test_arabic_and_urdu_spellings_of_leicester_meet():
    assert normalise("ليستر") == normalise("لیسٹر")


def test_every_place_in_content_resolves_by_its_own_name(gazetteer):
    places = content.load(PROJECT_ROOT / "content").places
    wrong = [p["name"] for p in places
             if (m := gazetteer.resolve(p["name"]).place) is None or m.district != p["district"]]
    assert wrong == ["Belton"]  # Belton is also Belton-in-Rutland: the finder asks


def test_a_place_is_found_inside_a_long_message(gazetteer):
    """How fast is measured by `python bench/places.py`, not here."""
    message = ("Hi, I'm a mum of two, my little boy is 3 and he won't sleep at night, we live near "
               "the park and I'm looking for a group to meet other parents, we're in Loughbrough")
    assert gazetteer.resolve(message).place.district == "charnwood"

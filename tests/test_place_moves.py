"""A family that moved names where it left and where it lives: the place is where it lives."""

from __future__ import annotations

import pytest

# (text, the district it names, or "outside")
MOVES = [
    ("moved from coventry to leicester last month", "leicester-city"),
    ("przeprowadziliśmy się z coventry do leicester", "leicester-city"),
    ("coventry se leicester shift hue", "leicester-city"),
    ("ham nottingham se loughborough aaye hain", "charnwood"),
    ("انتقلنا من كوفنتري على ليستر", "leicester-city"),
    ("we moved to hinckley from nuneaton", "hinckley-bosworth"),
    ("moved from belgrave to coventry", "outside"),
    ("moved from oadby to wigston", "oadby-wigston"),
    ("Coventry ka soo guurnay Leicester", "leicester-city"),
    ("ame nottingham thi leicester aavya", "leicester-city"),
]
# no move: a name after "from" is still where the parent is
STAYS = [("i'm from belgrave", "leicester-city"), ("from coventry", "outside")]


@pytest.mark.parametrize(("text", "district"), MOVES + STAYS)
def test_the_place_moved_to_is_the_parents(understander, text, district):
    place = understander.interpret(text).place
    assert place is not None
    assert ("outside" if place.outside else place.district) == district

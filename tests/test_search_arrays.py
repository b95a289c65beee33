"""The array parts of search: the top of a ranking with ties, paging over ties, set unions."""

from __future__ import annotations

import random

import numpy as np
import pytest

from finder.search import Index, Query, search
from finder.search.engine import _best
from finder.search.facts import union
from finder.search.text import Matches

DISTRICTS = [{"slug": "rutland", "name": "Rutland", "lat": 52.66, "lon": -0.64},
             {"slug": "melton", "name": "Melton", "lat": 52.77, "lon": -0.89}]


def full_order(scores: np.ndarray, at: np.ndarray) -> list[int]:
    """What a plain sort gives: best score first, ties by position."""
    return [i for _, _, i in sorted((-s, p, i) for i, (s, p) in enumerate(zip(scores, at,
                                                                               strict=True)))]


@pytest.mark.parametrize("wanted", [0, 1, 7, 50, 199, 200, 500],
                         ids=["none", "one", "a-page", "a-quarter", "all-but-one", "all", "more"])
def test_the_best_few_are_those_a_full_sort_puts_first_even_with_many_ties(wanted):
    rng = random.Random(wanted)
    at = np.array(sorted(rng.sample(range(10_000), 200)), dtype=np.int32)
    scores = np.array([rng.choice((1.5, 2.25, 3.0, 4.75)) for _ in at])  # many equal scores
    assert _best(scores, at, wanted).tolist() == full_order(scores, at)[:wanted]


def service(i: int, district: str, **extra) -> dict:
    return {"id": f"s{i:03}", "name": f"Group {i}", "needs": ["sleep"], "districts": [district],
            "based_in": district, "threshold": "community", "referral": "self",
            "cost": "free", "delivery": ["group"], **extra}


def test_pages_over_equal_scores_follow_on_in_directory_order():
    services = [service(i, "rutland" if i % 3 else "melton", cost=("free", "paid")[i % 2])
                for i in range(120)]
    index = Index.from_services(services, DISTRICTS)
    query = Query(needs=("sleep",), district="rutland")
    whole = [r.service["id"] for r in search(index, query, limit=100).results]
    pages = [r.service["id"] for offset in range(0, 80, 7)
             for r in search(index, query, limit=7, offset=offset).results]
    assert whole == pages == sorted(whole, key=lambda i: (int(i[1:]) % 2, i))
    assert search(index, query, limit=7, offset=77).total == 80


@pytest.mark.parametrize(("pools", "expected"), [
    ([[1, 4, 9], [2, 4, 10], []], [1, 2, 4, 9, 10]),
    ([[], [3, 5]], [3, 5]),
    ([[], []], []),
    ([[7], [7], [7]], [7]),
], ids=["overlapping", "one-left", "nothing", "all-the-same"])
def test_a_union_of_postings_is_ascending_and_each_once(pools, expected):
    assert union([np.array(p, dtype=np.int32) for p in pools]).tolist() == expected


def test_text_scores_are_found_by_position_and_zero_elsewhere():
    matches = Matches(np.array([2, 5, 9], dtype=np.int32), np.array([80.0, 100.0, 76.5]))
    at = np.array([0, 2, 3, 9, 12], dtype=np.int32)
    assert matches.score(at).tolist() == [0.0, 80.0, 0.0, 76.5, 0.0]
    assert matches.contains(at).tolist() == [False, True, False, True, False]

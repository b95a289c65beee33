"""Hard filters: postings pick the candidates, then each check the query asks for keeps some.

Every step works on the positions still standing, so a search costs what its candidates cost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from finder.search.facts import POSITION, Facts, union
from finder.search.text import Matches
from finder.search.types import Query

AUDIENCES = frozenset({"mothers", "fathers"})
# Never offered after a disclosure of domestic abuse: couples, relationship and parental-
# conflict work treats both partners alike, which the evidence advises against where there
# is abuse. A service that also lists domestic abuse stays.
NOT_AFTER_ABUSE = ("relationships",)
# Parent criteria are filters: in a search by need, young parents' services only for a parent
# who asks for them or says their age (within the service's limit), dads' only for a dad.
YOUNG_PARENTS = "young-parents"
ABUSE = ("domestic-abuse",)

Check = Callable[[Facts, np.ndarray], np.ndarray]  # positions -> which of them pass


@dataclass(frozen=True)
class Scope:
    """Which of the query's filters apply: widening drops them one step at a time."""

    district: bool = True
    needs: bool = True
    ages: bool = True
    worker: bool = True
    remote_only: bool = False
    universal: bool = False  # open to all: the honest alternative when the need is not met
    hub: bool = False


def candidates(facts: Facts, query: Query, scope: Scope, texts: Matches) -> np.ndarray:
    """Positions, ascending, that the asked needs or text and the district allow."""
    district = query.district if scope.district else None
    asked = scope.needs and (query.needs or query.text.strip())
    if not asked:
        return facts.districts[district] if district else np.arange(facts.count, dtype=POSITION)
    pools = [texts.positions, *(facts.needs[n] for n in query.needs)]
    if not district:
        return union(pools)
    within = facts.districts[district]
    if len(within) < sum(len(pool) for pool in pools):  # start from the smaller side
        return within[texts.contains(within) | facts.needs.any(query.needs, within)]
    found = union(pools)
    return found[facts.districts.count(district, found) > 0]


def passing(facts: Facts, query: Query, scope: Scope, at: np.ndarray) -> np.ndarray:
    """The positions in `at` that pass every check the query asks for, in the same order."""
    for check in _checks(query, scope):
        if not len(at):
            break
        at = at[check(facts, at)]
    return at


def _checks(query: Query, scope: Scope) -> list[Check]:
    """Only the filters this query asks for."""
    return [*_child_checks(query, scope), *_parent_checks(query),
            *_worker_checks(query, scope), *_widening_checks(query, scope)]


def _child_checks(query: Query, scope: Scope) -> list[Check]:
    if not scope.ages or not (query.age_months or query.expecting):
        return []
    ages, expecting = query.age_months, query.expecting

    def suits_a_child(facts: Facts, at: np.ndarray) -> np.ndarray:
        suits = facts.pregnancy[at] if expecting else np.zeros(len(at), dtype=bool)
        low, high = facts.min_age[at], facts.max_age[at]
        for age in ages:
            suits |= (low <= age) & (age <= high)
        return suits

    return [suits_a_child]


def _parent_checks(query: Query) -> list[Check]:
    checks: list[Check] = []
    parent_age, audience = query.parent_age, query.audience
    if parent_age is not None:  # no limit is infinity
        checks.append(lambda f, at: parent_age <= f.parent_max_age[at])
    if audience in AUDIENCES:
        checks.append(lambda f, at: f.audience.equals("any", at) | f.audience.equals(audience, at))
    by_need = bool(query.needs) and not query.text.strip()  # not a search by name
    if by_need and YOUNG_PARENTS not in query.needs and parent_age is None:
        checks.append(lambda f, at: ~f.needs.any((YOUNG_PARENTS,), at))  # never said young
    if by_need and audience != "fathers":  # a dads-only group only for a dad
        checks.append(lambda f, at: ~f.audience.equals("fathers", at))
    if query.after_abuse:
        checks.append(lambda f, at: ~f.needs.any(NOT_AFTER_ABUSE, at) | f.needs.any(ABUSE, at))
    return checks


def _worker_checks(query: Query, scope: Scope) -> list[Check]:
    if not scope.worker:
        return []
    checks: list[Check] = []
    if delivery := sorted(set(query.delivery)):
        checks.append(lambda f, at: f.delivery.any(delivery, at))
    if query.self_referral_only:
        checks.append(lambda f, at: f.self_referral[at])
    if query.free_only:
        checks.append(lambda f, at: f.free[at])
    return checks


def _widening_checks(query: Query, scope: Scope) -> list[Check]:
    checks: list[Check] = []
    if scope.remote_only:
        checks.append(lambda f, at: f.remote[at])
    if scope.universal:
        checks.append(lambda f, at: f.threshold.equals("universal", at))
    if scope.hub:
        district = query.district
        checks.append(lambda f, at: f.threshold.equals("universal", at)
                      & (f.based_in.equals(district, at) if district else True))
    return checks

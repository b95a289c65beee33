"""A small, realistic content folder for search tests, written in the documented YAML format.

Test data only: names follow the LLR study, but the listings are shaped for the cases tested.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from finder.config import PROJECT_ROOT

SOURCE = "test fixture"


def service(sid: str, name: str, needs: list[str], districts: list[str], **extra: Any) -> dict:
    base = {"id": sid, "name": name, "description": f"{name}, for the tests.",
            "for_whom": "Parents and carers.", "min_age_months": 0, "max_age_months": 227,
            "pregnancy": False, "needs": needs, "districts": districts, "delivery": ["group"],
            "threshold": "community", "referral": "self", "cost": "free", "keywords": [],
            "languages": [], "source": SOURCE, "status": "active"}
    return {**base, **extra}


ORGANISATIONS = {
    "rutland-council": ("Rutland County Council family hub", "rutland", [
        service("rutland-baby-group", "Baby and toddler group", ["bonding", "meeting-parents",
                "sleep"], ["rutland"], based_in="rutland", max_age_months=47,
                threshold="universal"),
        service("rutland-sleep-support", "Sleep support", ["sleep"], ["rutland"],
                based_in="rutland", max_age_months=59, threshold="targeted",
                referral="professional", delivery=["home-visit"]),
        service("rutland-old-sleep-clinic", "Old sleep clinic", ["sleep"], ["rutland"],
                based_in="rutland", max_age_months=59, status="retired"),
    ]),
    "fun-and-families": ("Centre for Fun and Families", "leicester-city", [
        service("fun-teen-course", "Teen parenting course", ["teenagers", "behaviour",
                "child-to-parent-harm"], ["leicester-city"], based_in="leicester-city",
                min_age_months=132, languages=["pa", "gu"]),
    ]),
    "parent-text-line": ("Parent Text Line", "leicester-city", [
        service("llr-text-line", "Text a parenting adviser", ["wellbeing", "sleep", "behaviour",
                "feeding"], ["llr"], delivery=["text"], threshold="universal", pregnancy=True),
    ]),
    "leicester-mammas": ("Leicester Mammas", "leicester-city", [
        service("mammas-bump-group", "Bump and breastfeeding group", ["pregnancy", "feeding"],
                ["leicester-city"], based_in="leicester-city", max_age_months=12,
                pregnancy=True, keywords=["mammas", "breastfeeding"],
                location={"name": "Highfields", "lat": 52.6305, "lon": -1.1160}),
    ]),
    "jenkins-centre": ("Jenkins Centre", "leicester-city", [
        service("jenkins-yp-project", "YP Project", ["child-to-parent-harm", "behaviour"],
                ["llr"], based_in="leicester-city", min_age_months=12,
                delivery=["one-to-one"], threshold="specialist",
                referral="self-or-professional"),
    ]),
    "charnwood-young-parents": ("Home-Start Charnwood", "charnwood", [
        service("young-parents-group", "Young parents group", ["young-parents",
                "meeting-parents"], ["leicestershire"], based_in="charnwood",
                max_age_months=59, pregnancy=True, parent_criteria={"max_parent_age": 20}),
    ]),
    "oadby-mums": ("Oadby Mums Network", "oadby-wigston", [
        service("mums-wellbeing-circle", "Mums' wellbeing circle", ["wellbeing",
                "meeting-parents"], ["leicester-city", "oadby-wigston"],
                based_in="oadby-wigston", max_age_months=59, cost="unknown",
                parent_criteria={"audience": "mothers"}),
    ]),
    "harborough-council": ("Harborough family hub", "harborough", [
        service("harborough-hub", "Family hub drop-in", ["practical-help", "meeting-parents"],
                ["harborough"], based_in="harborough", threshold="universal",
                max_age_months=227),
    ]),
    "triple-p-harborough": ("Harborough Parenting Team", "harborough", [
        service("triple-p-group", "Group Triple P", ["behaviour"], ["harborough"],
                based_in="harborough", min_age_months=24, max_age_months=143,
                threshold="targeted", referral="self-or-professional",
                keywords=["triple p", "positive parenting programme"]),
    ]),
}


def write_content(root: Path) -> Path:
    """A content folder with the real region and needs files and the listings above."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("districts.yaml", "needs.yaml", "safety.yaml"):
        shutil.copy(PROJECT_ROOT / "content" / name, root / name)
    folder = root / "organisations"
    folder.mkdir(exist_ok=True)
    for oid, (name, based_in, services) in ORGANISATIONS.items():
        org = {"id": oid, "name": name, "based_in": based_in, "source": SOURCE,
               "services": services}
        (folder / f"{oid}.yaml").write_text(yaml.safe_dump(org, allow_unicode=True),
                                            encoding="utf-8")
    return root

"""Every construction the age reader claims, in every language, in sentences of our own: the
tables `tests/fixtures/age-matrix*.yaml`, one row per construction and language and wording."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

# one file per hand that wrote rows (several may work at once without touching each other's)
TABLES = sorted((Path(__file__).parent / "fixtures").glob("age-matrix*.yaml"))
CASES = [case for table in TABLES for case in yaml.safe_load(table.read_text(encoding="utf-8"))]
LANGUAGES = ("en", "pl", "gu", "pa", "ur", "so", "ar")
# every language is tried with each of these at least once
CONSTRUCTIONS = ("digit", "word", "baby", "approx", "half", "school", "list", "eldest", "twins",
                 "preg", "bare", "typo", "non")


def _param(case: dict) -> object:
    marks = [pytest.mark.xfail(reason=case["gap"], strict=True)] if case.get("gap") else []
    return pytest.param(case["text"], case["ages"], id=case["id"], marks=marks)


@pytest.mark.parametrize(("text", "ages"), [_param(case) for case in CASES])
def test_each_construction_is_read_in_each_language(understander, text, ages):
    found = understander.interpret(text)
    if ages == "expecting":
        assert found.expecting and found.age_months == ()
    else:
        assert sorted(found.age_months) == sorted(ages) and not found.expecting


def test_the_table_fills_every_cell_with_its_own_ids():
    ids = [case["id"] for case in CASES]
    cells = {tuple(case_id.split("-")[:2]) for case_id in ids}
    assert len(ids) == len(set(ids))
    assert {(lang, kind) for lang in LANGUAGES for kind in CONSTRUCTIONS} <= cells

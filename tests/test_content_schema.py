"""The content files' shape (content/schema/*.json), checked first by `directory check` and at
start: unknown, misspelt and missing keys and wrong types named, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from finder import create_app
from finder.config import PROJECT_ROOT
from finder.startup import StartupError

CONTENT = PROJECT_ROOT / "content"
FILE = "organisations/relate.yaml"
SERVICE = "relate-parenting-courses"


def copy_with(tmp_path: Path, file: str, change) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    path = root / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return root


def service(edit):
    def change(org):
        edit(next(s for s in org["services"] if s["id"] == SERVICE))
    return change


def rename(old: str, new: str):
    return lambda record: record.update({new: record.pop(old)})


@pytest.mark.parametrize(("file", "change", "expected"), [
    (FILE, service(rename("referral", "referal")),
     f"{FILE}: {SERVICE}: referal: unknown key (did you mean 'referral'?)"),
    (FILE, service(lambda s: s.update(min_age_month=12)),
     f"{FILE}: {SERVICE}: min_age_month: unknown key (did you mean 'min_age_months'?)"),
    (FILE, service(lambda s: s.update(needs="sleep")), f"{FILE}: {SERVICE}: needs: must be a list"),
    (FILE, service(lambda s: s.update(min_age_months="two")),
     f"{FILE}: {SERVICE}: min_age_months: must be a whole number"),
    (FILE, lambda org: org.pop("services"), f"{FILE}: relate: services: is required"),
    (FILE, lambda org: org.update(webiste="https://example.org"),
     f"{FILE}: relate: webiste: unknown key (did you mean 'website'?)"),
    ("needs.yaml", lambda data: data.pop("needs"), "needs.yaml: -: needs: is required"),
    ("needs.yaml", lambda data: data["needs"][0].update(lable={"en": "x"}),
     "needs.yaml: pregnancy: lable: unknown key (did you mean 'label'?)"),
    ("lexicon/en.yaml", lambda data: data.update(needs=["sleep"]),
     "lexicon/en.yaml: en: needs: must be a mapping"),
    ("lexicon/pl.yaml", lambda data: data["markers"].append(False),
     "lexicon/pl.yaml: pl: markers["),
    ("districts.yaml", lambda data: data.pop("districts"),
     "districts.yaml: -: districts: is required"),
    (FILE, service(lambda s: s.update(schedules=[{"freq": "WEEKLY", "opens_a": "09:30"}])),
     f"{FILE}: {SERVICE}: schedules[1].opens_a: unknown key (did you mean 'opens_at'?)"),
    (FILE, service(lambda s: s.update(schedules=[{"byday": "Mondays"}])),
     f"{FILE}: {SERVICE}: schedules[1].byday: must be days as MO,TU,WE,TH,FR,SA,SU"),
    (FILE, service(lambda s: s.update(schedules=[{"opens_at": 570}])),
     f"{FILE}: {SERVICE}: schedules[1].opens_at: must be text (read as 570: put it in quotes)"),
    (FILE, service(lambda s: s.update(open_data={"fundings": [{"source": "A grant"}]})),
     f"{FILE}: {SERVICE}: open_data.fundings: unknown key (did you mean 'funding'?)"),
], ids=["misspelt-referral", "misspelt-min-age", "needs-not-a-list", "age-not-a-number",
        "no-services", "misspelt-website", "needs-file-without-needs", "misspelt-label",
        "lexicon-needs-of-the-wrong-shape", "lexicon-word-read-as-false", "no-districts",
        "misspelt-schedule-time", "schedule-days-in-words", "schedule-time-read-as-a-number",
        "misspelt-open-data-list"])
def test_directory_check_names_each_shape_problem(runner, tmp_path, file, change, expected):
    root = copy_with(tmp_path, file, change)
    result = runner.invoke(args=["directory", "check", "--content-dir", str(root)])
    assert result.exit_code == 1
    assert f"error: {expected}" in result.stderr, result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_the_finder_refuses_to_start_on_a_lexicon_of_the_wrong_shape(tmp_path):
    root = copy_with(tmp_path, "lexicon/so.yaml", lambda data: data.update(units=["years"]))
    with pytest.raises(StartupError, match=r"lexicon/so.yaml: so: units: must be a mapping"):
        create_app({"DATABASE": str(tmp_path / "finder.db"), "CONTENT_DIR": str(root),
                    "SECRET_KEY": "test-secret-key-not-for-production",
                    "INSTANCE_PATH": str(tmp_path / "instance")})

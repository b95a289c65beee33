"""`flask --app wsgi directory check`: passes the shipped content, names each broken thing."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from finder.config import PROJECT_ROOT
from finder.directory import content

CONTENT = PROJECT_ROOT / "content"
FILE = "organisations/relate.yaml"
SERVICE = "relate-parenting-courses"


def check(runner, root: Path):
    return runner.invoke(args=["directory", "check", "--content-dir", str(root)])


def broken_copy(tmp_path: Path, change: Callable[[Path], None]) -> Path:
    """A copy of the shipped content with exactly one thing changed."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    change(root)
    return root


def edit_service(edit: Callable[[dict[str, Any]], None], file: str = FILE,
                 service_id: str = SERVICE) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        path = root / file
        organisation = yaml.safe_load(path.read_text(encoding="utf-8"))
        edit(next(s for s in organisation["services"] if s["id"] == service_id))
        path.write_text(yaml.safe_dump(organisation, allow_unicode=True), encoding="utf-8")
    return change


def write_invalid_yaml(root: Path) -> None:
    (root / FILE).write_text("id: relate\nname: [Relate\nservices: {\n", encoding="utf-8")


def rename_other_service(service_id: str) -> Callable[[dict[str, Any]], None]:
    return lambda service: service.update(id=service_id)


def test_the_shipped_content_passes(runner):
    result = check(runner, CONTENT)
    assert result.exit_code == 0, result.output
    shipped = content.load(CONTENT)
    assert result.output.startswith(
        f"ok: {len(shipped.organisations)} organisations, {len(shipped.services)} services")


@pytest.mark.parametrize(("change", "expected"), [
    (edit_service(lambda s: s.update(needs=["tantrums"])),
     f"{FILE}: {SERVICE}: needs: unknown value 'tantrums'"),
    (edit_service(lambda s: s.update(min_age_months=240, max_age_months=120)),
     f"{FILE}: {SERVICE}: min_age_months: 240 is over max_age_months 120"),
    (edit_service(lambda s: s.update(districts=["leicester"])),
     f"{FILE}: {SERVICE}: districts: unknown value 'leicester'"),
    (edit_service(lambda s: s.pop("source")),
     f"{FILE}: {SERVICE}: source: is required"),
    (edit_service(lambda s: s.pop("threshold")),
     f"{FILE}: {SERVICE}: threshold: is required"),
    (edit_service(lambda s: s.update(threshold="medium")),
     f"{FILE}: {SERVICE}: threshold: must be one of universal, community, targeted, specialist"),
    (edit_service(rename_other_service(SERVICE), "organisations/jenkins-centre.yaml",
                  "jenkins-centre-yp-project"),
     f"{FILE}: {SERVICE}: id: is also used in organisations/jenkins-centre.yaml"),
    (write_invalid_yaml, "relate.yaml: -: -: is not valid YAML"),
    (edit_service(lambda s: s.update(for_whom="Parents. The study does not give an age limit.")),
     f"{FILE}: {SERVICE}: for_whom: reads like a note for staff: put it in staff_note"),
    (edit_service(lambda s: s["summary"].update(pl="Kursy (read here as Harborough).")),
     f"{FILE}: {SERVICE}: summary.pl: reads like a note for staff: put it in staff_note"),
    (edit_service(lambda s: s["contacts"][0].pop("source")),
     f"{FILE}: {SERVICE}: contacts[0].source: must be the URL of the page it was seen on"),
    (edit_service(lambda s: s["contacts"][0].update(source="a leaflet")),
     f"{FILE}: {SERVICE}: contacts[0].source: must be the URL of the page it was seen on"),
    (edit_service(lambda s: s["contacts"][0].update(kind="fax")),
     f"{FILE}: {SERVICE}: contacts[0].kind: must be one of phone, text, web"),
], ids=["unknown-need", "min-age-over-max", "unknown-district", "missing-source",
        "missing-threshold", "unknown-threshold", "duplicate-service-id", "invalid-yaml",
        "staff-note-for-parents", "staff-note-in-a-translation", "contact-without-source",
        "contact-source-not-a-page",
        "unknown-contact-kind"])
def test_broken_content_fails_naming_file_record_and_field(runner, tmp_path, change, expected):
    result = check(runner, broken_copy(tmp_path, change))
    assert result.exit_code == 1
    assert f"error: {expected}" in result.stderr
    assert "ok:" not in result.output


def test_every_problem_is_reported_not_only_the_first(runner, tmp_path):
    def two_problems(root: Path) -> None:
        edit_service(lambda s: s.update(needs=["tantrums"]))(root)
        edit_service(lambda s: s.update(threshold="medium"), "organisations/jenkins-centre.yaml",
                     "jenkins-centre-yp-project")(root)

    result = check(runner, broken_copy(tmp_path, two_problems))
    assert result.exit_code == 1
    assert result.stderr.count("error: ") == 2


def test_a_missing_content_folder_fails_with_a_message(runner, tmp_path):
    result = check(runner, tmp_path / "nowhere")
    assert result.exit_code == 1
    assert "content folder not found" in result.stderr

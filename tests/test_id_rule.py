"""One id rule (`[a-z0-9-]`, at most 80) at every entry: content files, the editor, the web and
CLI imports; exports refuse any path outside their folder."""

from __future__ import annotations

import shutil

import pytest
from conftest import CONTENT
from staff_helpers import Staff
from test_admin_transfer import exported_csv, upload

from finder.directory import content, editor, store, transfer

HOSTILE_IDS = ["../../../x", "..", "a/b", "/etc/passwd", "Relate", "a" * 81, "-lead",
               "x\\y", "x\ny", "relate\x00"]
IDS = ["parent-dirs", "dot-dot", "slash", "absolute", "capitals", "too-long", "leading-hyphen",
       "backslash", "newline", "nul"]


@pytest.mark.parametrize("bad", HOSTILE_IDS, ids=IDS)
def test_the_id_rule_refuses_anything_a_path_could_use(bad):
    assert not content.valid_id(bad)


@pytest.mark.parametrize("good", ["relate", "a", "0-25-nhs", "x" * 80])
def test_the_id_rule_accepts_plain_ids(good):
    assert content.valid_id(good)


def hostile_csv(app, bad: str) -> str:
    return exported_csv(app).replace("\nleicester-mammas,", f"\n{bad},", 1)


@pytest.mark.parametrize("bad", HOSTILE_IDS[:4], ids=IDS[:4])
def test_the_web_import_refuses_a_hostile_organisation_id(editor: Staff, staff_app, bad):
    text = hostile_csv(staff_app, bad)
    html = upload(editor, text, "csv", "hostile.csv").get_data(as_text=True)
    assert "must be lower-case letters, digits and hyphens" in html and "/apply" not in html


def test_the_cli_import_writes_nothing_for_a_hostile_id(staff_app, tmp_path):
    upload_file = tmp_path / "deep" / "hostile.csv"
    upload_file.parent.mkdir()
    upload_file.write_text(hostile_csv(staff_app, "../../escaped"), encoding="utf-8")
    before = staff_app.test_client().get("/api/v1/services?limit=100").get_json()["total_items"]
    result = staff_app.test_cli_runner().invoke(args=["directory", "import", str(upload_file)])
    assert result.exit_code == 1 and "lower-case letters" in result.output
    assert not list(tmp_path.rglob("escaped*")) and not list(CONTENT.rglob("escaped*"))
    after = staff_app.test_client().get("/api/v1/services?limit=100").get_json()["total_items"]
    assert after == before


def test_directory_check_names_a_hostile_id_in_a_content_file(tmp_path):
    trial = tmp_path / "content"
    shutil.copytree(CONTENT, trial)
    path = next((trial / "organisations").glob("*.yaml"))
    text = path.read_text(encoding="utf-8")
    first_id = text.split("id: ", 1)[1].split("\n", 1)[0]
    path.write_text(text.replace(f"id: {first_id}\n", "id: ../../x\n", 1), encoding="utf-8")
    problems = [str(e) for e in content.check(trial)]
    assert any("id" in p and "lower-case letters" in p for p in problems), problems


def test_the_editor_never_stores_a_hostile_id(staff_app):
    conn = store.connect(staff_app.config["DATABASE"])
    try:
        listing = editor.service(conn, "relate-parenting-courses")
        with pytest.raises(ValueError, match="lower-case letters"):
            editor.save_service(conn, {**listing, "id": "../../x"}, "ed@example.org")
        with pytest.raises(ValueError, match="lower-case letters"):
            editor.save_organisation(conn, {**editor.organisation(conn, "relate"),
                                            "id": "../x"}, "ed@example.org")
    finally:
        conn.close()


def plant_hostile_organisation(app) -> None:
    """An organisation id from before the rule (the hole this closes), straight into SQL."""
    conn = store.connect(app.config["DATABASE"])
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with conn:
            conn.execute("UPDATE services SET organisation_id = '../../../x' "
                         "WHERE organisation_id = 'relate'")
            conn.execute("UPDATE organisations SET id = '../../../x' WHERE id = 'relate'")
    finally:
        conn.close()


def test_exports_refuse_to_write_outside_their_folder(staff_app, tmp_path):
    plant_hostile_organisation(staff_app)
    trial = tmp_path / "a" / "b" / "content"
    trial.mkdir(parents=True)
    result = staff_app.test_cli_runner().invoke(
        args=["directory", "export", "--format", "content", "--content-dir", str(trial)])
    assert result.exit_code != 0 and "../../../x" in result.output
    assert list(tmp_path.rglob("x.yaml")) == []
    conn = store.connect(staff_app.config["DATABASE"])
    try:
        with pytest.raises(transfer.ExportRefused):
            transfer.content_zip(conn)
    finally:
        conn.close()


def test_inside_refuses_a_path_that_resolves_outside(tmp_path):
    with pytest.raises(transfer.ExportRefused):
        transfer.inside(tmp_path / "content", "organisations/../../../x.yaml")
    assert transfer.inside(tmp_path, "organisations/a.yaml") == \
        (tmp_path / "organisations" / "a.yaml").resolve()

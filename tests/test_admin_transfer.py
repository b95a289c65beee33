"""Import with a dry run, export as ORUK, CSV and content/ files; rebuilds keep staff work."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile

from conftest import CONTENT
from staff_helpers import PASSWORD, Staff, add_staff

from finder import create_app
from finder.directory import content, csvfile, store
from finder.directory.build import staff_edits


def upload(member: Staff, text: str, kind: str, name: str):
    return member.post("/admin/import", {"kind": kind, "file": (io.BytesIO(text.encode()), name)},
                       page="/admin/import", content_type="multipart/form-data")


def exported_csv(app) -> str:
    conn = store.connect(app.config["DATABASE"])
    try:
        return csvfile.export(conn)
    finally:
        conn.close()


def test_a_csv_import_shows_a_dry_run_and_changes_nothing_until_applied(editor, staff_app):
    text = exported_csv(staff_app)
    text = text.replace("Relate parenting courses", "Relate courses for parents")
    text = text.replace(",active,", ",retired,", 1)
    response = upload(editor, text, "csv", "directory.csv")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "0 added, 1 changed, 1 retired" in html
    assert "Relate courses for parents" in html
    parents = staff_app.test_client()
    assert parents.get("/api/v1/services?q=relate").get_json()["contents"][0]["name"] == \
        "Relate parenting courses"
    apply_url = re.search(r'action="(/admin/import/[0-9a-f]{32}/apply)"', html).group(1)
    assert editor.post(apply_url).status_code == 303
    names = [s["name"] for s in parents.get("/api/v1/services?q=relate").get_json()["contents"]]
    assert "Relate courses for parents" in names


def test_an_import_with_problems_names_them_and_offers_no_apply(editor, staff_app):
    text = exported_csv(staff_app).replace(",community,", ",sometimes,", 1)
    html = upload(editor, text, "csv", "bad.csv").get_data(as_text=True)
    assert "threshold: must be one of" in html and "/apply" not in html


def test_an_oruk_import_of_a_new_service_is_added_and_a_near_duplicate_flagged(editor,
                                                                              staff_app):
    exported = editor.get("/admin/export/oruk").get_json()
    service = next(s for s in exported if s["name"] == "Relate parenting courses")
    service = json.loads(json.dumps(service).replace("relate-parenting-courses", "relate-copy"))
    service["id"] = "00000000-0000-4000-8000-000000000001"
    service["name"] = "Relate Parenting Course"
    html = upload(editor, json.dumps([service]), "oruk", "feed.json").get_data(as_text=True)
    assert "1 added" in html and "Possible duplicates" in html


def test_an_unreadable_file_is_a_clear_400(editor):
    response = upload(editor, "{not json", "oruk", "feed.json")
    assert response.status_code == 400
    assert "We could not read that file" in response.get_data(as_text=True)


def test_exports_download_oruk_csv_and_content_files_that_pass_the_checks(editor, tmp_path):
    oruk = editor.get("/admin/export/oruk")
    assert oruk.mimetype == "application/json" and len(oruk.get_json()) > 40
    assert editor.get("/admin/export/csv").get_data(as_text=True).startswith("organisation_id,")
    archive = zipfile.ZipFile(io.BytesIO(editor.get("/admin/export/content").get_data()))
    trial = tmp_path / "content"
    shutil.copytree(CONTENT, trial)
    shutil.rmtree(trial / "organisations")
    archive.extractall(tmp_path)
    assert content.check(trial) == []
    assert len(content.load(trial).services) == len(content.load(CONTENT).services)


def test_a_rebuild_refuses_to_overwrite_staff_edits_without_force(editor, staff_app):
    editor.post("/admin/services/relate-parenting-courses/retire")
    conn = store.connect(staff_app.config["DATABASE"])
    assert "edited_at" in store.meta(conn)  # the mark that stops a rebuild at start
    conn.close()
    runner = staff_app.test_cli_runner()
    refused = runner.invoke(args=["directory", "build"])
    assert refused.exit_code == 1 and "export --format content" in refused.output
    forced = runner.invoke(args=["directory", "build", "--force"])
    assert forced.exit_code == 0, forced.output
    assert staff_edits(staff_app.config["DATABASE"]) == 1
    again = create_app({"TESTING": True, "DATABASE": staff_app.config["DATABASE"],
                        "INSTANCE_PATH": staff_app.instance_path})
    assert Staff(again.test_client()).sign_in("ed@example.org", PASSWORD).status_code == 303


def test_export_to_content_writes_the_live_directory_into_a_folder(staff_app, tmp_path):
    add_staff(staff_app, "ed@example.org")
    trial = tmp_path / "content"
    shutil.copytree(CONTENT, trial)
    result = staff_app.test_cli_runner().invoke(
        args=["directory", "export", "--format", "content", "--content-dir", str(trial)])
    assert result.exit_code == 0, result.output
    assert content.check(trial) == []


def test_a_publishers_taxonomy_uploaded_by_staff_is_kept_once_applied(editor, staff_app,
                                                                       oruk_dir):
    taxonomy = json.loads((oruk_dir / "examples" / "taxonomy.json").read_text())
    feed = staff_app.test_client()
    assert feed.get(f"/oruk/taxonomies/{taxonomy['id']}").status_code == 404
    html = upload(editor, json.dumps(taxonomy), "oruk", "taxonomy.json").get_data(as_text=True)
    assert feed.get(f"/oruk/taxonomies/{taxonomy['id']}").status_code == 404  # a dry run
    assert "Taxonomies and terms from another publisher" in html
    assert f"<li>{taxonomy['name']} (1)</li>" in html
    apply_url = re.search(r'action="(/admin/import/[0-9a-f]{32}/apply)"', html).group(1)
    assert editor.post(apply_url).status_code == 303
    published = feed.get(f"/oruk/taxonomies/{taxonomy['id']}").get_json()
    assert published["name"] == taxonomy["name"]
    assert [t["id"] for t in published["taxonomy_terms"]] == [taxonomy["taxonomy_terms"][0]["id"]]

"""`directory export` then `directory import` (planned, then applied to the live directory):
the same directory, field for field."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml

from finder import create_app
from finder.directory import build, content, editor, importer, oruk, store
from tests.oruk.conftest import copy_content


def cli(database: Path, content_dir: Path, *args: str):
    app = create_app({"TESTING": True, "DATABASE": str(database),
                      "CONTENT_DIR": str(content_dir),
                      "INSTANCE_PATH": str(database.parent / "instance")})
    return app.test_cli_runner().invoke(args=["directory", *args])


def directory_dicts(database: Path) -> tuple[list[dict], list[dict]]:
    conn = store.connect(database, readonly=True)
    try:
        return store.services(conn, include_retired=True), store.organisations(conn)
    finally:
        conn.close()


def imported(database: Path) -> dict[str, dict]:
    """Every service of the live directory as a content dict (what staff would export)."""
    conn = store.connect(database, readonly=True)
    try:
        return {s["id"]: editor.service(conn, s["id"])
                for s in store.services(conn, include_retired=True)}
    finally:
        conn.close()


def empty_directory(tmp_path: Path) -> tuple[Path, Path]:
    """A content folder with no organisations, and the (empty) directory built from it."""
    root = empty_content(tmp_path / "content")
    return root, build.build(content.load(root), tmp_path / "f.db")


def empty_content(target: Path) -> Path:
    """The region, needs and places of content/, with no organisations yet."""
    copy_content(target, with_fixture=False)
    shutil.rmtree(target / "organisations")
    (target / "organisations").mkdir()
    return target


@pytest.mark.parametrize("kind", ["oruk", "csv"])
@pytest.mark.parametrize("rich", [False, True], ids=["shipped-content", "with-rich-fixture"])
def test_export_then_import_gives_the_same_directory(request, tmp_path, kind, rich):
    before = request.getfixturevalue("rich_database" if rich else "built_directory")
    exported = tmp_path / f"export.{kind}"
    result = cli(before, tmp_path, "export", "--format", kind, "--output", str(exported))
    assert result.exit_code == 0, result.output

    target, after = empty_directory(tmp_path / "target")
    result = cli(after, target, "import", str(exported))
    assert result.exit_code == 0, result.output
    assert "applied: " in result.output

    services, organisations = directory_dicts(before)
    assert directory_dicts(after) == (services, organisations)
    assert cli(after, target, "export", "--format", "content").exit_code == 0
    assert services and {s["id"] for s in services} == \
        {s["id"] for s in content.load(target).services}


def test_imported_files_are_readable_yaml_with_long_text_folded(tmp_path, rich_conn):
    [parsed] = [o for o in oruk_parse_all(rich_conn) if o["id"] == "example-family-group"]
    text = importer.to_yaml(parsed)
    assert "  description: >-\n" in text or "  description: >\n" in text
    assert "for_whom: |-\n" in text
    assert "needs: [young-parents, pregnancy, meeting-parents]" in text
    services = {s["id"]: s for s in yaml.safe_load(text)["services"]}
    assert services["example-young-parents-group"]["for_whom"].count("\n") == 1


def oruk_parse_all(conn):
    from finder.directory import oruk_parse

    return oruk_parse.parse(oruk.export(conn))


def test_import_refuses_invalid_listings_and_writes_nothing(tmp_path, rich_conn):
    items = oruk.export(rich_conn)
    for attribute in items[0]["attributes"]:
        if attribute["taxonomy_term"]["vocabulary"] == "finder-needs":
            attribute["taxonomy_term"]["code"] = "no-such-need"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    target, database = empty_directory(tmp_path)
    result = cli(database, target, "import", str(path))
    assert result.exit_code == 1
    assert "needs: unknown value 'no-such-need'" in result.output
    assert imported(database) == {}


@pytest.mark.parametrize(("name", "text", "kind", "says"), [
    ("broken.json", "[{", "oruk", "cannot read it as oruk"),
    ("object.json", '{"name": "not a list"}', "oruk", "expected ORUK services: a list"),
    ("empty.csv", "a,b\n1,2\n", "csv", "no column organisation_id, id, name"),
    ("slash.csv", "organisation_id,id,name\n../evil,x,X\n", "csv",
     "../evil: id: must be lower-case"),
], ids=["broken-json", "json-object", "csv-without-columns", "unsafe-organisation-id"])
def test_import_names_the_problem_with_a_file_it_cannot_use(tmp_path, name, text, kind, says):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    target, database = empty_directory(tmp_path)
    result = cli(database, target, "import", str(path), "--format", kind)
    assert result.exit_code == 1
    assert says in result.output
    assert imported(database) == {}


def test_export_writes_a_json_list_to_standard_output(database):
    result = cli(database, Path("content"), "export")
    assert result.exit_code == 0
    services, _ = directory_dicts(database)
    assert [s["name"] for s in json.loads(result.output)] == [s["name"] for s in services]


def test_csv_has_one_row_per_service_with_lists_joined(rich_database, rich_content):
    result = cli(rich_database, rich_content, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    services, _ = directory_dicts(rich_database)
    assert [row["id"] for row in rows] == [s["id"] for s in services]
    assert "young-parents;pregnancy;meeting-parents" in result.output
    assert "charnwood;melton;rutland" in result.output

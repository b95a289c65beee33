"""Fixtures for the Open Referral UK tests: a richer directory and the standard's validators."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, validators
from referencing.jsonschema import DRAFT202012 as DRAFT

from finder import create_app
from finder.config import PROJECT_ROOT
from finder.directory import build, content, store

CONTENT = PROJECT_ROOT / "content"
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "example-family-group.yaml"


def copy_content(target: Path, with_fixture: bool = True) -> Path:
    """The shipped content, plus the test organisation that fills every field."""
    shutil.copytree(CONTENT, target)
    if with_fixture:
        shutil.copy(FIXTURE, target / "organisations" / FIXTURE.name)
    return target


@pytest.fixture(scope="session")
def rich_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_content(tmp_path_factory.mktemp("rich") / "content")


@pytest.fixture(scope="session")
def rich_database(rich_content: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build.build(content.load(rich_content), tmp_path_factory.mktemp("richdb") / "f.db")


@pytest.fixture
def rich_conn(rich_database: Path):
    conn = store.connect(rich_database, readonly=True)
    yield conn
    conn.close()


@pytest.fixture
def rich_app(rich_database: Path, rich_content: Path, tmp_path: Path):
    database = tmp_path / "finder.db"
    shutil.copy(rich_database, database)
    return create_app({"TESTING": True, "DATABASE": str(database),
                       "CONTENT_DIR": str(rich_content), "INSTANCE_PATH": str(tmp_path / "i")})


@pytest.fixture
def rich_client(rich_app):
    return rich_app.test_client()


def validator_for(oruk_dir: Path, name: str):
    """A validator for one compiled schema, with format checks on, as its `$schema` says."""
    schema = json.loads((oruk_dir / "schema" / "compiled" / f"{name}.json").read_text())
    cls = validators.validator_for(schema, default=Draft202012Validator)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture
def service_schema(oruk_dir: Path):
    return validator_for(oruk_dir, "service")


@pytest.fixture
def service_list_schema(oruk_dir: Path):
    return validator_for(oruk_dir, "service_list")


def schema_validator(oruk_dir: Path, name: str):
    """A validator for a schema file (`taxonomy`, `compiled/organization`, ...), formats on,
    its relative references (`taxonomy_term.json`) read from the files beside it."""
    from referencing import Registry, Resource

    folder = oruk_dir / "schema"
    registry = Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text()),
                                           default_specification=DRAFT))
        for path in folder.glob("*.json"))
    schema = json.loads((folder / f"{name}.json").read_text())
    cls = validators.validator_for(schema, default=Draft202012Validator)
    return cls(schema, format_checker=cls.FORMAT_CHECKER, registry=registry)

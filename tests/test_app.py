"""The application factory, configuration and first start."""

from __future__ import annotations

import subprocess
import sys

import pytest

from finder import create_app
from finder.config import PROJECT_ROOT, ConfigError


def test_refuses_to_start_without_a_secret_key_outside_tests(tmp_path, monkeypatch):
    monkeypatch.delenv("FINDER_SECRET_KEY", raising=False)
    monkeypatch.delenv("FINDER_LOCAL", raising=False)
    with pytest.raises(ConfigError, match="FINDER_SECRET_KEY"):
        create_app({"DATABASE": str(tmp_path / "finder.db")})


def test_wsgi_refuses_with_a_message_naming_the_variable(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "FINDER_DATABASE": str(tmp_path / "x.db")}
    result = subprocess.run([sys.executable, "-c", "import wsgi"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "FINDER_SECRET_KEY" in result.stderr


def test_local_quick_start_keeps_its_generated_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("FINDER_SECRET_KEY", raising=False)
    monkeypatch.setenv("FINDER_LOCAL", "1")
    config = {"DATABASE": str(tmp_path / "finder.db"), "INSTANCE_PATH": str(tmp_path / "i")}
    first = create_app(config)
    second = create_app(config)
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert len(first.config["SECRET_KEY"]) >= 32
    assert (tmp_path / "i" / "secret_key").stat().st_mode & 0o077 == 0


def test_first_start_builds_the_directory_when_the_database_is_absent(tmp_path):
    path = tmp_path / "new" / "finder.db"
    app = create_app({"TESTING": True, "DATABASE": str(path)})
    assert path.exists()
    response = app.test_client().get("/api/v1/services?limit=100")
    assert response.status_code == 200
    assert response.get_json()["total_items"] > 0


def test_environment_variables_configure_the_app(tmp_path, monkeypatch):
    monkeypatch.setenv("FINDER_SECRET_KEY", "from-the-environment")
    monkeypatch.setenv("FINDER_PUBLIC_URL", "https://finder.example.org")
    monkeypatch.setenv("TWILIO_FROM", "+447700900000")
    monkeypatch.setenv("FINDER_DATABASE", str(tmp_path / "env.db"))
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-the-environment"
    assert app.config["PUBLIC_URL"] == "https://finder.example.org"
    assert app.config["TWILIO_FROM"] == "+447700900000"
    assert app.config["DATABASE"] == str(tmp_path / "env.db")


def test_security_headers_are_on_every_response(client):
    response = client.get("/api/v1/services")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_hsts_only_over_https(client):
    assert "Strict-Transport-Security" not in client.get("/api/v1/services").headers
    secure = client.get("/api/v1/services", base_url="https://localhost")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


@pytest.mark.parametrize("lang", ["en", "pl", "gu", "pa", "ur", "so", "ar"])
def test_an_unknown_page_answers_404_in_the_chosen_language(client, lang):
    response = client.get(f"/no-such-page?lang={lang}")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert f'lang="{lang}"' in html
    assert ('dir="rtl"' in html) == (lang in ("ur", "ar"))


def test_an_unknown_api_path_answers_json_404(client):
    response = client.get("/api/v1/nothing")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == 404


def build_then_change_content(tmp_path):
    import shutil

    from finder.directory import build as builder
    from finder.directory import content

    folder = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", folder)
    database = tmp_path / "finder.db"
    builder.build(content.load(folder), database)
    (folder / "organisations" / "relate.yaml").unlink()
    config = {"TESTING": True, "DATABASE": str(database), "CONTENT_DIR": str(folder),
              "INSTANCE_PATH": str(tmp_path / "i")}
    return database, config


def relate_count(database) -> int:
    import sqlite3

    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT count(*) FROM organisations WHERE id = 'relate'"
                            ).fetchone()[0]


def test_a_directory_is_never_replaced_implicitly_at_start(tmp_path, caplog):
    database, config = build_then_change_content(tmp_path)
    create_app(config)
    assert relate_count(database) == 1
    assert "directory build --if-changed" in caplog.text


def test_build_if_changed_rebuilds_a_directory_built_from_older_content(tmp_path):
    database, config = build_then_change_content(tmp_path)
    runner = create_app(config).test_cli_runner()
    result = runner.invoke(args=["directory", "build", "--if-changed"])
    assert result.exit_code == 0, result.output
    assert relate_count(database) == 0
    again = runner.invoke(args=["directory", "build", "--if-changed"])
    assert "up to date" in again.output


def test_build_if_changed_keeps_a_directory_edited_by_staff(tmp_path):
    import sqlite3

    database, config = build_then_change_content(tmp_path)
    with sqlite3.connect(database) as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('edited_at', '2026-11-22')")
    result = create_app(config).test_cli_runner().invoke(
        args=["directory", "build", "--if-changed"])
    assert "up to date" in result.output
    assert relate_count(database) == 1


def test_processes_starting_together_share_one_whole_secret_key(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from finder.config import resolve_secret_key

    with ThreadPoolExecutor(8) as pool:
        keys = set(pool.map(lambda _: resolve_secret_key({}, tmp_path, local=True), range(32)))
    assert len(keys) == 1 and len(keys.pop()) == 64
    assert [path.name for path in tmp_path.iterdir()] == ["secret_key"]

"""Backup and restore of both databases through SQLite's online backup API."""

from __future__ import annotations

import sqlite3

from finder import create_app
from tests.sms_helpers import Twilio

TOKEN = "backup-test-token"


def services_named(path, name):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM services WHERE name = ?", (name,)).fetchone()[0]


def test_backup_then_restore_brings_back_the_directory_and_conversations(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": "s",
                      "TWILIO_AUTH_TOKEN": TOKEN, "INSTANCE_PATH": str(tmp_path / "i")})
    Twilio(app.test_client(), TOKEN).text("my 2 year old wont sleep")
    runner = app.test_cli_runner()
    result = runner.invoke(args=["backup", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert "backed up directory" in result.output and "backed up state" in result.output

    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE services SET name = 'Changed after the backup'")
    (tmp_path / "i" / "state.db").unlink()

    result = runner.invoke(args=["restore", str(tmp_path / "copy")])
    assert result.exit_code == 0, result.output
    assert services_named(database, "Changed after the backup") == 0
    with sqlite3.connect(tmp_path / "i" / "state.db") as conn:
        assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1


def test_a_backup_taken_while_a_writer_holds_the_database_is_consistent(database, tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(database), "SECRET_KEY": "s",
                      "INSTANCE_PATH": str(tmp_path / "i")})
    writer = sqlite3.connect(database)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE services SET name = 'uncommitted'")
    result = app.test_cli_runner().invoke(args=["backup", str(tmp_path / "copy")])
    writer.rollback()
    writer.close()
    assert result.exit_code == 0, result.output
    assert services_named(tmp_path / "copy" / "finder.db", "uncommitted") == 0


def test_restore_refuses_a_folder_without_a_directory_backup(app, tmp_path):
    (tmp_path / "empty").mkdir()
    result = app.test_cli_runner().invoke(args=["restore", str(tmp_path / "empty")])
    assert result.exit_code != 0
    assert "nothing restored" in result.output

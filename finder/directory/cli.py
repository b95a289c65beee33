"""`flask --app wsgi directory …`: build, check, export and import the directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext

from finder.directory import build as builder
from finder.directory import (
    content,
    csvfile,
    importer,
    oruk,
    postcodes,
    store,
    transfer,
)


@click.group(help="Build, check, export and import the service directory.")
def directory() -> None:
    pass


@directory.command(help="Validate every file in content/; exit 1 naming each problem.")
@click.option("--content-dir", type=click.Path(file_okay=False), default=None,
              help="Content folder to check (default: the configured CONTENT_DIR).")
@with_appcontext
def check(content_dir: str | None) -> None:
    root = content_dir or current_app.config["CONTENT_DIR"]
    errors = content.check(root)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        raise click.exceptions.Exit(1)
    loaded = content.load(root)
    click.echo(f"ok: {len(loaded.organisations)} organisations, {len(loaded.services)} services, "
               f"{len(loaded.places)} places, {len(loaded.outcodes)} outcodes")


@directory.command(help="Build the SQLite directory from content/ (replaces the old build; "
                         "staff accounts, history and imported postcodes are kept).")
@click.option("--if-changed", is_flag=True,
              help="Only when content/ changed since the last build and staff have not "
                   "edited the live directory.")
@click.option("--force", is_flag=True,
              help="Build even though staff have edited the live directory: their edits are "
                   "replaced by content/ (the history keeps every version).")
@with_appcontext
def build(if_changed: bool, force: bool) -> None:
    from finder.directory.app import stale

    root = current_app.config["CONTENT_DIR"]
    if if_changed and not stale(Path(current_app.config["DATABASE"]), root):
        click.echo("the directory is up to date with content/")
        return
    errors = content.check(root)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        raise click.exceptions.Exit(1)
    edits = builder.staff_edits(current_app.config["DATABASE"])
    if edits and not force:
        click.echo(f"error: staff have made {edits} edits in the live directory. Write them to "
                   "content/ first (`directory export --format content`) and review them in "
                   "git, or rebuild anyway with --force.", err=True)
        raise click.exceptions.Exit(1)
    path = builder.build(content.load(root), current_app.config["DATABASE"])
    click.echo(f"built {path}")


@directory.command(help="Write every service as Open Referral UK 3.0 JSON, as flat CSV, or back "
                         "into content/organisations/*.yaml files.")
@click.option("--format", "kind", type=click.Choice(["oruk", "csv", "content"]), default="oruk",
              show_default=True, help="oruk: a JSON list of full ORUK services; csv: one row "
                                      "each; content: one YAML file per organisation.")
@click.option("--output", type=click.File("w", encoding="utf-8"), default="-",
              help="File to write (default: standard output; not for content).")
@click.option("--content-dir", type=click.Path(file_okay=False), default=None,
              help="With --format content: the folder to write (default: CONTENT_DIR).")
@with_appcontext
def export(kind: str, output, content_dir: str | None) -> None:
    conn = store.connect(current_app.config["DATABASE"], readonly=True)
    try:
        if kind == "content":
            root = Path(content_dir or current_app.config["CONTENT_DIR"])
            try:
                transfer.write_content(conn, root)
            except transfer.ExportRefused as refused:
                raise click.ClickException(str(refused)) from None
            click.echo(f"wrote the live directory into {root}; review it with `git diff`")
        elif kind == "csv":
            output.write(csvfile.export(conn))
        else:
            output.write(json.dumps(oruk.export(conn), ensure_ascii=False, indent=2) + "\n")
    finally:
        conn.close()


@directory.command("import", help="Read ORUK JSON or CSV into content/organisations/<id>.yaml "
                                  "files; refuse (exit 1) without writing if anything is invalid.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "kind", type=click.Choice(["oruk", "csv"]), default=None,
              help="Default: csv for a .csv file, else oruk.")
@click.option("--content-dir", type=click.Path(file_okay=False), default=None,
              help="Content folder to write into (default: the configured CONTENT_DIR).")
@with_appcontext
def import_(file: str, kind: str | None, content_dir: str | None) -> None:
    kind = kind or ("csv" if file.lower().endswith(".csv") else "oruk")
    root = content_dir or current_app.config["CONTENT_DIR"]
    try:
        organisations = read_listings(Path(file), kind)
        paths = importer.write(organisations, root)
    except importer.ImportRefused as refused:
        for problem in refused.problems:
            click.echo(f"error: {problem}", err=True)
        raise click.exceptions.Exit(1) from None
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        click.echo(f"error: {file}: cannot read it as {kind}: {error}", err=True)
        raise click.exceptions.Exit(1) from None
    services = sum(len(o["services"]) for o in organisations)
    click.echo(f"imported {len(paths)} organisations and {services} services into {root}; "
               "run `directory build` to use them")


def read_listings(path: Path, kind: str) -> list[dict[str, Any]]:
    """Organisations (content dicts) from an ORUK JSON list or page, or from the flat CSV."""
    return importer.parse_listings(path.read_text(encoding="utf-8-sig"), kind)


@directory.command("import-postcodes",
                   help="Load the region's live postcodes from an ONS Postcode Directory CSV.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@with_appcontext
def import_postcodes(file: str) -> None:
    codes = postcodes.district_codes(content.load(current_app.config["CONTENT_DIR"]).districts)
    if not codes:
        raise click.ClickException("no district in content/districts.yaml has an ons_code")
    counts = postcodes.import_file(file, current_app.config["DATABASE"], codes)
    click.echo(counts.summary())

"""`flask --app wsgi directory …`: build, check, export and import the directory."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from finder.directory import build as builder
from finder.directory import content, postcodes


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


@directory.command(help="Build the SQLite directory from content/ (replaces the old build).")
@with_appcontext
def build() -> None:
    root = current_app.config["CONTENT_DIR"]
    errors = content.check(root)
    for error in errors:
        click.echo(f"error: {error}", err=True)
    if errors:
        raise click.exceptions.Exit(1)
    path = builder.build(content.load(root), current_app.config["DATABASE"])
    click.echo(f"built {path}")


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

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
    oruk_feed,
    oruk_parse,
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


@directory.command("import", help="Read an Open Referral UK 3.0 feed (a file, or a URL paged "
                                  "through) or CSV into content/organisations/<id>.yaml files; "
                                  "refuse (exit 1) without writing if anything is invalid.")
@click.argument("source")
@click.option("--format", "kind", type=click.Choice(["oruk", "csv"]), default=None,
              help="Default: csv for a .csv file, else oruk.")
@click.option("--content-dir", type=click.Path(file_okay=False), default=None,
              help="Content folder to write into (default: the configured CONTENT_DIR).")
@click.option("--plan", "plan_only", is_flag=True,
              help="Write nothing: show what the import would add, change and retire in the "
                   "live directory (the staff page's dry run).")
@with_appcontext
def import_(source: str, kind: str | None, content_dir: str | None, plan_only: bool) -> None:
    kind = kind or ("csv" if source.lower().endswith(".csv") else "oruk")
    root = content_dir or current_app.config["CONTENT_DIR"]
    mapping = oruk_feed.Mapping.from_content(root)
    try:
        organisations = read_listings(source, kind, mapping)
        if plan_only:
            show_plan(organisations, mapping)
            return
        paths = importer.write(organisations, root)
    except importer.ImportRefused as refused:
        for problem in refused.problems:
            click.echo(f"error: {problem}", err=True)
        raise click.exceptions.Exit(1) from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        click.echo(f"error: {source}: cannot read it as {kind}: {error}", err=True)
        raise click.exceptions.Exit(1) from None
    services = sum(len(o["services"]) for o in organisations)
    click.echo(f"imported {len(paths)} organisations and {services} services into {root}; "
               "run `directory build` to use them")
    for term, listings in sorted(mapping.unmapped.items()):
        click.echo(f"unmapped: {term} (kept as a keyword on {', '.join(listings)}); add it to "
                   "taxonomy-map.yaml and import again", err=True)


def show_plan(organisations: list[dict[str, Any]], mapping: oruk_feed.Mapping) -> None:
    """The same dry run as `/admin/import`, against the live directory; exit 1 on problems."""
    conn = store.connect(current_app.config["DATABASE"], readonly=True)
    try:
        found = transfer.plan(conn, organisations)
    finally:
        conn.close()
    for name in ("added", "changed", "retired"):
        for item in getattr(found, name):
            click.echo(f"{name}: {item['service']['id']}")
    click.echo(f"unchanged: {len(found.unchanged)}; likely duplicates: "
               f"{', '.join(found.duplicates) or 'none'}")
    for term, listings in sorted(mapping.unmapped.items()):
        click.echo(f"unmapped: {term} ({', '.join(listings)})", err=True)
    for problem in found.problems:
        click.echo(f"error: {problem}", err=True)
    if found.problems:
        raise click.exceptions.Exit(1)


def read_listings(source: str, kind: str,
                  mapping: oruk_feed.Mapping | None = None) -> list[dict[str, Any]]:
    """Organisations (content dicts) from an ORUK feed's address, an ORUK JSON file or CSV."""
    if source.startswith(("http://", "https://")):
        return oruk_parse.parse(oruk_feed.fetch(source), mapping, source)
    path = Path(source)
    if not path.is_file():
        raise ValueError("no such file")
    return importer.parse_listings(path.read_text(encoding="utf-8-sig"), kind, mapping,
                                   path.name)


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

"""`flask --app wsgi directory …`: build, check, export and import the directory."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from finder.directory import build as builder
from finder.directory import content, csvfile, importer, oruk, postcodes, store, transfer


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
    root = current_app.config["CONTENT_DIR"]
    if if_changed and not builder.stale(Path(current_app.config["DATABASE"]), root):
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
                                  "through) or CSV, show what it would add, change and retire "
                                  "in the live directory, and apply it (the staff page's "
                                  "import); refuse (exit 1) without writing if anything is "
                                  "invalid.")
@click.argument("source")
@click.option("--format", "kind", type=click.Choice(["oruk", "csv"]), default=None,
              help="Default: csv for a .csv file, else oruk.")
@click.option("--plan", "plan_only", is_flag=True,
              help="Write nothing: only show what the import would do.")
@click.option("--by", default="command line", show_default=True,
              help="Who the history records as making the import.")
@with_appcontext
def import_(source: str, kind: str | None, plan_only: bool, by: str) -> None:
    try:
        incoming = importer.read_source(source, kind, current_app.config["CONTENT_DIR"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        click.echo(f"error: {source}: cannot read it as {importer.kind_of(source, kind)}: "
                   f"{error}", err=True)
        raise click.exceptions.Exit(1) from None
    conn = store.connect(current_app.config["DATABASE"])
    try:
        found = transfer.plan(conn, incoming.organisations, incoming.mapping.unmapped,
                              incoming.taxonomies)
        show_plan(found)
        if not plan_only:
            changed = transfer.apply(conn, found, by)
            click.echo(f"applied: {changed} listings changed in the live directory; "
                       "`directory export --format content` writes it into content/ for review")
    finally:
        conn.close()


def show_plan(found: transfer.Plan) -> None:
    """The same dry run as `/admin/import`; exit 1 on problems."""
    for name in ("added", "changed", "retired"):
        for item in getattr(found, name):
            click.echo(f"{name}: {item['service']['id']}")
    for item in found.taxonomies:
        terms = item.get("taxonomy_terms")
        click.echo(f"taxonomy: {item.get('name')} ({len(terms)} terms)" if terms is not None
                   else f"taxonomy term: {item.get('name')}")
    click.echo(f"unchanged: {len(found.unchanged)}; likely duplicates: "
               f"{', '.join(d['for'] for d in found.duplicates) or 'none'}")
    for term, listings in found.unmapped.items():
        click.echo(f"unmapped: {term} (kept as a keyword on {', '.join(listings)}); add it to "
                   "taxonomy-map.yaml and import again", err=True)
    for problem in found.problems:
        click.echo(f"error: {problem}", err=True)
    if found.problems:
        raise click.exceptions.Exit(1)


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

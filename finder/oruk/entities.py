"""`/oruk/taxonomies`, `/oruk/taxonomy_terms` and `/oruk/organizations`, listed and by id."""

from __future__ import annotations

from typing import Any

from flask import abort, jsonify

from finder.api import page_envelope, page_of, text_parameter
from finder.directory import feed, oruk, oruk_taxonomies, oruk_terms
from finder.oruk import params
from finder.oruk.blueprint import bp, get_conn, snapshot
from finder.oruk.services import full_services, listed_services


@bp.get("/taxonomies")
def taxonomies():
    page, per_page = params.paging()
    listed = [oruk_terms.taxonomy(vocabulary) for vocabulary in oruk.VOCABULARIES]
    listed += oruk_taxonomies.taxonomies(get_conn())
    return jsonify(page_envelope(listed, page, per_page))


@bp.get("/taxonomies/<taxonomy_id>")
def taxonomy(taxonomy_id: str):
    wanted = path_id(taxonomy_id) or ""
    vocabulary = oruk_terms.by_taxonomy_id().get(wanted)
    if vocabulary is None:
        found = oruk_taxonomies.taxonomy(get_conn(), wanted)
        if found is None:
            abort(404)
        return jsonify(found)
    terms = [t for t in oruk_terms.all_terms(get_conn()) if t["taxonomy"] == vocabulary]
    return jsonify(oruk_terms.taxonomy(vocabulary, terms))


@bp.get("/taxonomy_terms")
def taxonomy_terms():
    page, per_page = params.paging()
    terms = every_term()
    wanted = params.an_id("taxonomy_id")
    if wanted:
        terms = [t for t in terms if oruk_taxonomies.canonical(t.get("taxonomy_id")) == wanted]
    return jsonify(page_envelope(terms, page, per_page))


@bp.get("/taxonomy_terms/<term_id>")
def taxonomy_term(term_id: str):
    wanted = path_id(term_id)
    found = next((t for t in every_term() if oruk_taxonomies.canonical(t["id"]) == wanted), None)
    if found is None:
        abort(404)
    return jsonify(found)


def every_term() -> list[dict[str, Any]]:
    """The finder's own terms, then other publishers' (kept, or carried by their services)."""
    conn = get_conn()
    return [*oruk_terms.all_terms(conn), *oruk_taxonomies.terms(conn)]


@bp.get("/organizations")
def organizations():
    page, per_page = params.paging()
    full = params.flag("full_service")
    rows, total = feed.organisation_page(get_conn(), text_parameter("search").strip(),
                                         page, per_page)
    listed = [organisation(row, services=full, full=True) if full else listed_fields(row)
              for row in rows]
    return jsonify(page_of(listed, total, page, per_page))


@bp.get("/organizations/<organisation_id>")
def organization(organisation_id: str):
    row = feed.organisation_by_uuid(get_conn(), path_id(organisation_id) or "")
    if row is None:
        abort(404)
    return jsonify(organisation(row, services=True, full=params.flag("full_service")))


def listed_fields(row: dict[str, Any]) -> dict[str, Any]:
    whole = oruk.organization(row, oruk.Terms())
    return {key: whole[key] for key in ("id", "name", "description", "email", "website")
            if key in whole}


def organisation(row: dict[str, Any], services: bool, full: bool) -> dict[str, Any]:
    """The whole organisation; its services whole or as the list's one-to-one fields."""
    out = oruk.organization(row, snapshot().terms)
    if services:
        ids = feed.service_ids_of(get_conn(), row["id"])
        out["services"] = full_services(ids) if full else listed_services(ids)
    return out


def path_id(raw: str) -> str | None:
    """The canonical form of an id in the path; None when it is not an id at all."""
    try:
        return params.an_id("id", raw)
    except params.BadParameter:
        return None

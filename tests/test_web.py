"""Parent pages: every language, valid pages, language kept, health check."""

from __future__ import annotations

import pytest

from finder.languages import LANGUAGES
from tests.pages import check_page

PAGES = ["/", "/services"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_valid_in_every_language(client, path, language):
    response = client.get(f"{path}?lang={language}")
    assert response.status_code == 200
    check_page(response.get_data(as_text=True), language)


def test_a_chosen_language_is_kept_for_the_next_page(client):
    client.get("/?lang=pl")
    html = client.get("/services").get_data(as_text=True)
    assert 'lang="pl"' in html


def test_the_browser_language_is_used_when_none_is_chosen(client):
    html = client.get("/", headers={"Accept-Language": "so,en;q=0.5"}).get_data(as_text=True)
    assert 'lang="so"' in html


def test_an_unknown_language_falls_back_to_english(client):
    html = client.get("/?lang=xx").get_data(as_text=True)
    assert 'lang="en"' in html


def test_the_services_page_lists_every_active_service(client, app):
    from finder.directory import store

    with app.app_context():
        from finder.directory.app import get_conn
        names = [s["name"] for s in store.services(get_conn())]
    html = client.get("/services").get_data(as_text=True)
    assert names and all(name.replace("&", "&amp;").replace("'", "&#39;") in html
                         for name in names)


def test_every_page_offers_a_quick_exit(client):
    for path in PAGES:
        assert "Leave this site quickly" in client.get(path).get_data(as_text=True)


def test_health_check_reports_the_directory(client):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok"
    assert body["services"] > 0


def test_health_check_fails_when_the_directory_is_unreadable(client, database):
    database.write_bytes(b"not a database")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "directory" in response.get_json()["problems"]

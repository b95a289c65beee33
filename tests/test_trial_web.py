"""Session 8's trial on the web pages and worker mode: a family just over the border is told
so, pointed to the council there, and never offered a service for another stage."""

from __future__ import annotations

import pytest

from finder.languages import LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", ["/find", "/worker"])
def test_a_family_in_coventry_is_pointed_to_coventrys_council_never_to_a_teen_site(
        client, page, language):
    html = client.get(f"{page}?need=additional-needs&age=5-10&place=Coventry&lang={language}") \
        .get_data(as_text=True)
    assert "Coventry City Council" in html
    assert "Health for Teens" not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_parent_of_a_four_year_old_is_offered_no_teenage_service_first(client, language):
    html = client.get(f"/find?need=behaviour&age=3-4&place=Loughborough&lang={language}") \
        .get_data(as_text=True)
    first = html.index('class="card"')
    assert "Health for Teens" not in html
    assert html.find("teenagers", first) == -1 or html.find("Under 5s", first) < html.find(
        "teenagers", first)

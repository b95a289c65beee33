"""Static files under fingerprinted URLs cached for a year, the stylesheet inlined under a CSP
hash, and text responses gzipped."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re

import pytest

from finder.assets import inline_style
from finder.config import PROJECT_ROOT

IMMUTABLE = "public, max-age=31536000, immutable"


def got(client, path: str, **headers: str):
    """The response to GET `path`, read whole and closed (a static file's handle with it)."""
    response = client.get(path, headers={k.replace("_", "-"): v for k, v in headers.items()})
    response.get_data()
    response.close()
    return response


def static_links(client, path: str = "/") -> list[str]:
    html = got(client, path).get_data(as_text=True)
    return re.findall(r'(?:href|src)="(/[^"]*static/[^"]*)"', html)


def test_static_urls_carry_the_hash_of_the_file(client):
    links = static_links(client, "/admin/sign-in")
    css = next(link for link in links if "finder.css" in link)
    digest = hashlib.sha256((PROJECT_ROOT / "finder/static/finder.css").read_bytes()).hexdigest()
    assert css == f"/static/finder.css?v={digest[:12]}"


def test_a_fingerprinted_file_is_cached_for_a_year_and_an_unversioned_one_is_not(client):
    for link in static_links(client) + static_links(client, "/admin/sign-in"):
        assert got(client, link).headers["Cache-Control"] == IMMUTABLE, link
    plain = got(client, "/static/finder.css")
    assert plain.status_code == 200 and plain.headers.get("Cache-Control") != IMMUTABLE
    stale = got(client, "/static/finder.css?v=000000000000")
    assert stale.headers.get("Cache-Control") != IMMUTABLE


def test_blueprint_static_files_are_fingerprinted_too(client):
    links = static_links(client, "/admin/sign-in")
    assert any("admin.css?v=" in link for link in links), links


def test_pages_styles_and_json_are_gzipped_when_the_client_accepts_it(client):
    css = static_links(client, "/admin/sign-in")[0]
    for path in ["/", css, "/api/v1/services"]:
        plain = got(client, path)
        packed = got(client, path, Accept_Encoding="gzip, deflate, br")
        assert packed.headers["Content-Encoding"] == "gzip", path
        assert "Accept-Encoding" in packed.headers["Vary"]
        assert gzip.decompress(packed.data) == plain.data
        assert len(packed.data) < len(plain.data) / 2
        assert "Content-Encoding" not in plain.headers


@pytest.mark.parametrize("path", ["/no-such-page", "/find?need=napping"])
def test_a_page_saying_what_went_wrong_is_gzipped_too(client, path):
    plain = got(client, path)
    packed = got(client, path, Accept_Encoding="gzip")
    assert packed.status_code == plain.status_code >= 400
    assert packed.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.data) == plain.data


def test_staff_pages_are_never_compressed(client):
    response = got(client, "/admin/sign-in", Accept_Encoding="gzip")
    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers


def inline_styles(html: str) -> list[str]:
    return re.findall(r"<style>(.*?)</style>", html, flags=re.DOTALL)


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("path", ["/", "/find?need=sleep&age=any&place=LE11&lang=ur",
                                  "/worker", "/no-such-page"])
def test_pages_inline_their_stylesheet_and_the_policy_allows_exactly_it(client, path):
    response = got(client, path)
    html, policy = response.get_data(as_text=True), response.headers["Content-Security-Policy"]
    styles = inline_styles(html)
    assert styles == [(PROJECT_ROOT / "finder/static/finder.css").read_text(encoding="utf-8")]
    assert 'rel="stylesheet"' not in html  # nothing to wait for before the first paint
    style_src = re.search(r"style-src ([^;]+)", policy).group(1).split()
    assert style_src == ["'self'", csp_hash(styles[0])]
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_a_stylesheet_that_could_end_its_element_is_refused_at_start(tmp_path):
    sheet = tmp_path / "finder.css"
    sheet.write_text("p { color: red } </style><script>alert(1)</script>", encoding="utf-8")
    with pytest.raises(ValueError, match="cannot be inlined"):
        inline_style(sheet)

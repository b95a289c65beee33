"""Schemathesis against the feed: generated requests for every operation in the profile's
OpenAPI description (fixed in a test-local copy, see `spec.py`), with a bounded number of
examples so the run stays well under a minute."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)
from spec import fixed_spec

EXAMPLES = 30


@pytest.fixture
def feed_schema(oruk_dir, rich_app):
    loaded = schemathesis.openapi.from_dict(fixed_spec(oruk_dir))
    loaded.app = rich_app
    return loaded


# every operation of the profile's description, one test each
OPERATIONS = ("/", "/services", "/services/{id}", "/taxonomies", "/taxonomies/{id}",
              "/taxonomy_terms", "/taxonomy_terms/{id}", "/service_at_locations",
              "/service_at_locations/{id}")
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.mark.parametrize("path", OPERATIONS)
def test_the_feed_keeps_to_its_openapi_description(feed_schema, path):
    operation = feed_schema[path]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def call(case) -> None:
        # The WSGI transport does not undo gzip as an HTTP client would (test_assets covers it).
        case.call_and_validate(base_url="http://localhost/oruk", checks=CHECKS,
                               headers={"Accept-Encoding": "identity"})

    call()

"""The feed as the DfE's Find support for your family importer reads it: page through the
list, fetch each service by id without backoff, read ages as small integers, keep everything;
then come back the next night with the ETags it was given."""

from __future__ import annotations

import json
from decimal import Decimal

from finder import create_app
from finder.config import DEFAULTS
from finder.directory import store


def harvester_app(database, tmp_path):
    """The app with the production rate limits on, as a harvester meets it."""
    return create_app({"TESTING": True, "DATABASE": str(database), "PROXY_FIX": 1,
                       "SECRET_KEY": "test-secret-key-not-for-production",
                       "INSTANCE_PATH": str(tmp_path / "instance"),
                       "RATE_WEB": DEFAULTS["RATE_WEB"], "RATE_ORUK": DEFAULTS["RATE_ORUK"]})


def read(response) -> dict:
    """JSON as a strict consumer parses it: a number with a point is a decimal, never an int."""
    assert response.status_code == 200, response.status_code
    return json.loads(response.get_data(as_text=True), parse_float=Decimal)


def small_integer(value) -> int:
    assert type(value) is int and 0 <= value <= 255, value
    return value


def harvest(client, headers) -> dict[str, dict]:
    ids, page = [], 1
    while True:
        body = read(client.get(f"/oruk/services?page={page}", headers=headers))
        ids += [item["id"] for item in body["contents"]]
        if body["last_page"]:
            break
        page += 1
    services = {}
    for service_id in ids:
        item = read(client.get(f"/oruk/services/{service_id}", headers=headers))
        small_integer(item["minimum_age"]), small_integer(item["maximum_age"])
        services[service_id] = item
    return services


def test_the_dfe_importer_reads_every_service_two_nights_running(database, tmp_path):
    client = harvester_app(database, tmp_path).test_client()
    headers = {"X-Forwarded-For": "198.51.100.20"}
    services = harvest(client, headers)
    conn = store.connect(database, readonly=True)
    active = {s["uuid"] for s in store.services(conn)}
    conn.close()
    assert set(services) == active
    assert all(s["name"] and s["organization"]["name"] for s in services.values())
    # the next night: every answer revalidated with its ETag, and still no 429
    tags = {sid: client.get(f"/oruk/services/{sid}", headers=headers).headers["ETag"]
            for sid in services}
    again = [client.get(f"/oruk/services/{sid}", headers={**headers, "If-None-Match": tag})
             for sid, tag in tags.items()]
    assert {r.status_code for r in again} == {304}
    assert len(services) * 3 > 120  # more than the pages' web limit would allow

"""Stable UUIDs for content ids: the same on every build, so exports and feeds keep their ids."""

from __future__ import annotations

import uuid
from functools import lru_cache

UUID_NAMESPACE = uuid.UUID("6f1b8a52-2f7e-4c1e-9a37-5b0d2c6e8f41")


@lru_cache(maxsize=16_384)
def stable_uuid(kind: str, slug: str) -> str:
    """The UUID that exports use for a content id: the same on every build."""
    return str(uuid.uuid5(UUID_NAMESPACE, f"{kind}:{slug}"))

"""The directory as an open Open Referral UK 3.0 feed (`/oruk/…`); the blueprint: `blueprint`."""

from __future__ import annotations

from finder.oruk import entities, services  # noqa: F401 - the routes register on bp
from finder.oruk.blueprint import bp

__all__ = ["bp"]

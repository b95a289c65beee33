"""Finding services: hard filters first, then a ranking that puts first what a parent can use."""

from finder.search.types import Answer, Query, Result

__all__ = ["Answer", "Query", "Result"]

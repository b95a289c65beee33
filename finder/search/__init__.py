"""Finding services: hard filters first, then a ranking that puts first what a parent can use."""

from finder.search.engine import search
from finder.search.index import Index
from finder.search.types import Answer, Query, Result

__all__ = ["Answer", "Index", "Query", "Result", "search"]

"""Cells of the benchmark tables: one formatter for every share-of-cases column."""

from __future__ import annotations


def cell(right: int, total: int, width: int) -> str:
    """`  93.5%  43/46 ` right-aligned in `width`; a dash where there were no cases."""
    if not total:
        return "-".rjust(width)
    return f"{right / total:6.1%} {right:>3}/{total:<3}".rjust(width)

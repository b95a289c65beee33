"""Timing a function in place: its callers' CPU time in it (this thread's), and its calls,
added up under a name. The benches that say where time goes wrap the parts they name."""

from __future__ import annotations

import functools
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SPENT: Counter[str] = Counter()  # nanoseconds of thread CPU time, by name
CALLS: Counter[str] = Counter()


def timed(function: Any, phase: str) -> Any:
    """`function`, adding its time and calls under `phase` (nested parts count in both)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time_ns()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[phase] += time.thread_time_ns() - started
            CALLS[phase] += 1

    return wrapper


def timed_block(function: Any, phase: str) -> Any:
    """`timed` for a context manager: from entering its block to leaving it."""

    @contextmanager
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Iterator[Any]:
        started = time.thread_time_ns()
        try:
            with function(*args, **kwargs) as value:
                yield value
        finally:
            SPENT[phase] += time.thread_time_ns() - started
            CALLS[phase] += 1

    return wrapper

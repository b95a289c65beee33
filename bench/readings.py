"""Every reading interpret gives over the case tables, one line each, to diff two trees.

Run from the project root: `python -m bench.readings > /tmp/readings.txt` (about a minute),
then the same in the other tree and `diff` the two files: a change meant only to make interpret
faster must leave every line as it was. Readings do not turn on the hash seed (ties between needs
and between unspoken languages are broken by name; the scores are printed in name order, as
the order they were added in follows the hash seed): two runs of one tree print the same lines.
Each text of the parents, safety and first tables is read with no language hint and with its
case's language, and the worst inputs of `bench.understanding_speed` once each.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import yaml

from bench.understanding_speed import LONGEST, WORST
from finder.directory import content
from finder.understand import Understander
from tests.cases import scoring

TABLES = ("parents", "safety")


def texts() -> list[tuple[str, str | None]]:
    """(text, language hint) for every case of the tables, then the worst inputs."""
    found: list[tuple[str, str | None]] = []
    folder = Path(scoring.__file__).parent
    records = [r for table in TABLES for path in sorted((folder / table).glob("*.yaml"))
               for r in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    records += scoring.read_records()
    for record in records:
        found += [(str(record["text"]), None), (str(record["text"]), record.get("language"))]
    found += [((unit * (LONGEST // len(unit) + 1))[:LONGEST], None) for unit in WORST.values()]
    return found


def main() -> int:
    understander = Understander.from_content(content.load(scoring.CONTENT_DIR))
    for text, hint in texts():
        found = understander.interpret(text, hint)
        print(repr((text, hint, replace(found, scores=dict(sorted(found.scores.items()))))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

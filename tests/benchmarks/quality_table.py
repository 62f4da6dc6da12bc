"""The README's extraction-quality table, from `kgnews evaluate --json` on each corpus.

    python tests/benchmarks/quality_table.py tests/gold tests/validation tests/validation2 ...

Prints a Markdown table (P / R / F1 per entity type and relation, the totals, metadata accuracy), one
column per corpus, for the block between `<!-- quality:begin -->` and `<!-- quality:end -->`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from kgnews.cli import app
from kgnews.model import ENTITY_TYPES, RELATION_TYPES


def scores(corpus: Path) -> dict:
    result = CliRunner().invoke(app, ["evaluate", str(corpus), "--json"])
    if result.exit_code != 0:
        raise SystemExit(f"{corpus}: kgnews evaluate failed ({result.exit_code}): {result.output}")
    return json.loads(result.stdout)


def cell(score: dict) -> str:
    return f"{score['precision']:.3f} / {score['recall']:.3f} / **{score['f1']:.3f}**"


def table(corpora: list[Path]) -> str:
    reports = [scores(c) for c in corpora]
    header = [f"{c.name} (`{c.as_posix()}`, {r['articles']})" for c, r in zip(corpora, reports)]
    rows = ["| P / R / F1 | " + " | ".join(header) + " |", "|---|" + "---|" * len(corpora)]
    rows += [f"| {t} | " + " | ".join(cell(r["entities"][t]) for r in reports) + " |" for t in ENTITY_TYPES]
    rows.append("| **entities** | " + " | ".join(cell(r["entities_all"]) for r in reports) + " |")
    rows += [f"| {p} | " + " | ".join(cell(r["relations"][p]) for r in reports) + " |" for p in RELATION_TYPES]
    rows.append("| **relations** | " + " | ".join(cell(r["relations_all"]) for r in reports) + " |")
    rows.append("| metadata accuracy | " + " | ".join(f"{r['metadata_accuracy']:.3f}" for r in reports) + " |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table([Path(arg) for arg in sys.argv[1:]]))

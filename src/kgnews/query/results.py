"""Query results as a Rich table, CSV, TSV, SPARQL-results JSON, or Turtle for graphs."""

from __future__ import annotations

import json

import pyoxigraph as ox
from rich.table import Table

FORMATS = ("table", "csv", "tsv", "json", "turtle")
_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON}


def term_text(term: object) -> str:
    """The readable value of a term: a literal's lexical form, an IRI, or empty when unbound."""
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def is_graph(result: object) -> bool:
    return isinstance(result, ox.QueryTriples | list)


def as_table(result: ox.QuerySolutions, title: str | None = None) -> Table:
    variables = [v.value for v in result.variables]
    table = Table(title=title, show_lines=False)
    for name in variables:
        table.add_column(name, overflow="fold")
    for solution in result:
        table.add_row(*(term_text(solution[name]) for name in variables))
    return table


def render(result: object, fmt: str) -> str | Table:
    """`result` of a SELECT, ASK, CONSTRUCT or DESCRIBE query in `fmt` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if isinstance(result, ox.QueryBoolean):
        value = bool(result)
        return json.dumps({"head": {}, "boolean": value}) if fmt == "json" else str(value).lower()
    if is_graph(result):
        if fmt not in ("turtle", "table"):
            raise ValueError("a CONSTRUCT or DESCRIBE query gives a graph: use --format turtle")
        return ox.serialize(list(result), format=ox.RdfFormat.TURTLE).decode("utf-8")
    if fmt == "table":
        return as_table(result)
    if fmt == "turtle":
        raise ValueError("a SELECT query gives a table: use table, csv, tsv or json")
    return result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")

"""Remote stores: a SPARQL 1.1 Protocol client, the Graph Store Protocol push, and `oxigraph serve`."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from kgnews.query.saved import inline_values

TIMEOUT = 60


def query_endpoint(endpoint: str, text: str, bindings: Mapping[str, str] | None = None):
    """Run a query on a SPARQL 1.1 Protocol endpoint; results parsed as pyoxigraph objects."""
    body = inline_values(text, dict(bindings or {})).encode("utf-8")
    request = urllib.request.Request(
        endpoint,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9",
        },
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        kind = response.headers.get_content_type()
        payload = response.read()
    if kind == "application/n-triples":
        return list(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
    return ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)


def _named_graphs(store: ox.Store) -> list[ox.NamedNode]:
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)


def push(store: ox.Store, endpoint: str) -> int:
    """PUT every named graph of `store` to a Graph Store Protocol endpoint; returns the graphs pushed.

    PUT replaces a graph, so pushing the same build again leaves the same triples, not twice as many.
    """
    graphs = _named_graphs(store)
    for graph in graphs:
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        url = f"{endpoint}{'&' if '?' in endpoint else '?'}graph={urllib.parse.quote(graph.value, safe='')}"
        request = urllib.request.Request(
            url, data=data, method="PUT", headers={"Content-Type": "application/n-triples"}
        )
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read()
    return len(graphs)


def oxigraph_command() -> str:
    """The `oxigraph` server installed with kgnews (PyPI package `oxigraph`)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise FileNotFoundError("the `oxigraph` server is not installed: pip install oxigraph")
    return found


def serve(store_dir: Path, port: int, *, read_only: bool = True) -> subprocess.Popen:
    """Start `oxigraph serve` on 127.0.0.1:`port` over the store at `store_dir`."""
    mode = "serve-read-only" if read_only else "serve"
    command = [oxigraph_command(), mode, "--location", str(store_dir), "--bind", f"127.0.0.1:{port}"]
    return subprocess.Popen(command)

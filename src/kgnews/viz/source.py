"""Where `kgnews viz` reads a graph from: a build's output folder or one RDF file."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

#: Files looked for, in order, in an output folder.
GRAPH_FILES = ("graph.trig", "graph.nq", "graph.jsonld", "graph.ttl")
_FORMATS = {".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld", ".ttl": "turtle", ".nt": "nt"}


def graph_file(path: Path) -> Path:
    """`path` itself if it is a file, else the first of GRAPH_FILES inside it."""
    if path.is_file():
        return path
    for name in GRAPH_FILES:
        if (path / name).is_file():
            return path / name
    raise FileNotFoundError(f"{path}: no {' or '.join(GRAPH_FILES)} (run `kgnews build` first)")


def load_graph(path: Path) -> nx.MultiDiGraph:
    """The NetworkX view (`kgnews.graph.to_networkx`) of the RDF graph stored at `path`."""
    from rdflib import Dataset

    from kgnews.graph import to_networkx

    source = graph_file(path)
    dataset = Dataset()
    dataset.parse(source, format=_FORMATS.get(source.suffix, "turtle"))
    return to_networkx(dataset)

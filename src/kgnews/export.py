"""Graph files: Turtle, TriG, N-Quads, N-Triples, JSON-LD, GraphML, GEXF, CSV; sorted, byte-stable, atomic."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef

from kgnews import atomic
from kgnews.graph import to_networkx
from kgnews.graph.vocab import PREFIXES

#: Format name → the file(s) it writes.
FORMATS: dict[str, tuple[str, ...]] = {
    "turtle": ("graph.ttl",),
    "trig": ("graph.trig",),
    "nquads": ("graph.nq",),
    "ntriples": ("graph.nt",),
    "jsonld": ("graph.jsonld",),
    "graphml": ("graph.graphml",),
    "gexf": ("graph.gexf",),
    "csv": ("nodes.csv", "edges.csv"),
}
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_SEPARATOR = "; "


def _term(term):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _key(quad: ox.Quad) -> tuple[str, str, str, str]:
    """N-Triples forms of graph, subject, predicate, object: a total order, the same in every process."""
    return str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object)


def sorted_quads(source: Dataset | ox.Store) -> list[ox.Quad]:
    """The quads of every named graph (an rdflib Dataset or an Oxigraph store), distinct and sorted."""
    if isinstance(source, ox.Store):
        quads = (q for q in source.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))
    else:
        default = source.default_graph.identifier
        quads = (
            ox.Quad(_term(s), _term(p), _term(o), _term(g))
            for s, p, o, g in source.quads((None, None, None, None))
            if isinstance(g, URIRef | BNode) and g != default
        )
    unique = {_key(q): q for q in quads}
    return [unique[key] for key in sorted(unique)]


def _rdflib_term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def as_dataset(source: Dataset | ox.Store) -> Dataset:
    """`source` as an rdflib Dataset (an Oxigraph store is copied: for the NetworkX formats)."""
    if isinstance(source, Dataset):
        return source
    dataset = Dataset()
    for quad in sorted_quads(source):
        dataset.add(tuple(_rdflib_term(t) for t in (quad.subject, quad.predicate, quad.object, quad.graph_name)))
    return dataset


def merged_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The union of all graphs: distinct triples sorted by subject, predicate, object."""
    unique = {(str(q.subject), str(q.predicate), str(q.object)): q.triple for q in quads}
    return [unique[key] for key in sorted(unique)]


def rdf_bytes(quads: list[ox.Quad], fmt: str) -> bytes:
    """One RDF serialisation; triple formats get the merged graph, quad formats every named graph."""
    rdf_format = _RDF_FORMATS[fmt]
    data = quads if rdf_format.supports_datasets else merged_triples(quads)
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    out = ox.serialize(data, format=rdf_format, prefixes=prefixes)
    if fmt == "jsonld":
        out = (json.dumps(json.loads(out), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return out


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with list attributes joined by `; `, as GraphML and GEXF hold scalars only."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _SEPARATOR.join(v) if isinstance(v, list) else v for k, v in data.items()})
    for source, target, data in graph.edges(data=True):
        flat.add_edge(source, target, **data)
    return flat


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(_flat(graph), buffer, encoding="utf-8")
    return buffer.getvalue() + b"\n"


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    """GEXF 1.2 without NetworkX's date stamp and version, so the bytes do not change from day to day."""
    buffer = io.BytesIO()
    nx.write_gexf(_flat(graph), buffer, encoding="utf-8", version="1.2draft")
    text = buffer.getvalue().decode("utf-8")
    text = re.sub(r'<meta lastmodifieddate="[^"]*">', "<meta>", text, count=1)
    text = re.sub(r"<creator>NetworkX [^<]*</creator>", "<creator>kgnews</creator>", text, count=1)
    return text.encode("utf-8") + b"\n"


def _csv(header: list[str], rows: Iterable[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def csv_bytes(graph: nx.MultiDiGraph) -> tuple[bytes, bytes]:
    """nodes.csv (id, type, label, aliases, articles) and edges.csv (source, target, relation, article, evidence)."""
    nodes = _csv(
        ["id", "type", "label", "aliases", "articles"],
        ([n, d["type"], d["label"], _SEPARATOR.join(d["aliases"]), _SEPARATOR.join(d["articles"])]
         for n, d in graph.nodes(data=True)),
    )
    edges = _csv(
        ["source", "target", "relation", "article", "evidence"],
        ([s, t, d["relation"], d["article"], d["evidence"]] for s, t, d in graph.edges(data=True)),
    )
    return nodes, edges


def render(dataset: Dataset | ox.Store, formats: Iterable[str]) -> dict[str, bytes]:
    """File name → bytes of each requested format, from an rdflib Dataset or an Oxigraph store."""
    formats = list(formats)
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    files: dict[str, bytes] = {}
    quads = sorted_quads(dataset) if set(formats) & set(_RDF_FORMATS) else []
    graph = to_networkx(as_dataset(dataset)) if set(formats) - set(_RDF_FORMATS) else None
    writers: dict[str, Callable[[], tuple[bytes, ...]]] = {
        "graphml": lambda: (graphml_bytes(graph),),
        "gexf": lambda: (gexf_bytes(graph),),
        "csv": lambda: csv_bytes(graph),
    }
    for fmt in formats:
        contents = (rdf_bytes(quads, fmt),) if fmt in _RDF_FORMATS else writers[fmt]()
        files.update(zip(FORMATS[fmt], contents, strict=True))
    return files


def write_outputs(dataset: Dataset | ox.Store, output_dir: Path, formats: Iterable[str] = tuple(FORMATS)) -> list[Path]:
    """Write each format's file(s) into `output_dir`, each atomically; the paths written, sorted."""
    output_dir = Path(output_dir)
    written = []
    for name, data in render(dataset, formats).items():
        atomic.write_bytes(output_dir / name, data)
        written.append(output_dir / name)
    return sorted(written)

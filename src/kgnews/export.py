"""Graph files: Turtle, TriG, N-Quads, N-Triples, JSON-LD, GraphML, GEXF, CSV; sorted, byte-stable, atomic."""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef

from kgnews import atomic
from kgnews.graph import to_networkx
from kgnews.graph.ntriples import PREFIX_HEADER, trig_block
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


def to_oxigraph(term):
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


def named_quads(source: Dataset | ox.Store) -> Iterator[ox.Quad]:
    """The quads of every named graph of an rdflib Dataset or an Oxigraph store."""
    if isinstance(source, ox.Store):
        yield from (q for q in source if not isinstance(q.graph_name, ox.DefaultGraph))
        return
    default = source.default_graph.identifier
    for s, p, o, g in source.quads((None, None, None, None)):
        if isinstance(g, URIRef | BNode) and g != default:
            yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(g))


def disk_store(folder: Path, quads: Iterable[ox.Quad]) -> ox.Store:
    """An on-disk store of `quads`, loaded in bounded batches.

    On disk, a store iterates in the order of its keys, which depends only on its content: so
    its dumps are byte-identical whatever order the quads came in, and need no sort in memory.
    """
    store = ox.Store(str(folder))
    batch: list[ox.Quad] = []
    for quad in quads:
        batch.append(quad)
        if len(batch) >= 100_000:
            store.bulk_extend(batch)
            batch = []
    store.bulk_extend(batch)
    return store


def _merged(quad: ox.Quad) -> ox.Quad:
    return ox.Quad(quad.subject, quad.predicate, quad.object)


def _dump(store: ox.Store, path: Path, fmt: str) -> None:
    """Stream one serialisation to `path`, atomically; triple formats read the default graph."""
    rdf_format = _RDF_FORMATS[fmt]
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    graph = None if rdf_format.supports_datasets else ox.DefaultGraph()
    with atomic.open_binary(path) as out:
        store.dump(out, rdf_format, from_graph=graph, prefixes=prefixes)


class StreamedFiles:
    """The RDF files a build writes while it streams, one named graph after another, in input order,
    from the bytes its workers wrote: the store is never read back for them.

    graph.trig and graph.nq hold each article's named graph; graph.ttl and graph.nt the union of
    them as the graphs' triples one graph after another, so a triple that several articles state is
    written once for each (Turtle and N-Triples readers merge them: a graph is a set of triples).
    Deduplicating would mean holding every triple of the corpus, or a second store, as the build did
    before: that cost as much time as loading the store itself.
    """

    #: The formats written this way, and the file each writes.
    FORMATS = {"trig": "graph.trig", "nquads": "graph.nq", "turtle": "graph.ttl", "ntriples": "graph.nt"}

    def __init__(self, folder: Path, formats: Iterable[str]):
        self._files = {f: (folder / name).open("wb") for f, name in self.FORMATS.items() if f in formats}
        for prefixed in ("trig", "turtle"):
            if prefixed in self._files:
                self._files[prefixed].write(PREFIX_HEADER)

    @property
    def turtle(self) -> bool:
        """Whether Turtle statements are wanted (for graph.ttl or graph.trig), so workers write them."""
        return "trig" in self._files or "turtle" in self._files

    def add(self, graph: str, lines: bytes, quads: bytes, statements: bytes | None) -> None:
        """One named graph: its N-Triples `lines`, the same as N-Quads, and as Turtle `statements`."""
        files = self._files
        if "nquads" in files:
            files["nquads"].write(quads)
        if "ntriples" in files:
            files["ntriples"].write(lines)
        if "turtle" in files:
            files["turtle"].write(statements)
        if "trig" in files:
            files["trig"].write(trig_block(graph, statements))

    def close(self) -> None:
        """Flush the files to disk and close them (again: nothing)."""
        files, self._files = self._files, {}
        for handle in files.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()


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


#: What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """`value`, with a `'` before it when a spreadsheet would run it as a formula: labels and evidence
    come from scraped pages, and the CSV files are meant for spreadsheets."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _csv(header: list[str], rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
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


def _check(formats: Iterable[str]) -> list[str]:
    formats = list(dict.fromkeys(formats))
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(FORMATS)}")
    return formats


def write_outputs(
    source: Dataset | ox.Store,
    output_dir: Path,
    formats: Iterable[str] = tuple(FORMATS),
    *,
    copy: bool = True,
) -> list[Path]:
    """Write each format's file(s) into `output_dir`, each atomically; the paths written, sorted.

    RDF formats are streamed from on-disk stores, so memory does not grow with the graph. `source`
    (an rdflib Dataset or an Oxigraph store) is first copied into one; `copy=False` uses an on-disk
    store as it is. Turtle and N-Triples hold the union of the named graphs, deduplicated in a
    second on-disk store.
    """
    formats = _check(formats)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix=".export-", dir=output_dir) as scratch:
        store = disk_store(Path(scratch) / "named", named_quads(source)) if copy else source
        merged = None
        if {"turtle", "ntriples"} & set(formats):
            merged = disk_store(Path(scratch) / "merged", map(_merged, named_quads(store)))
        dumps = {output_dir / FORMATS[f][0]: f for f in formats if f in _RDF_FORMATS}
        with ThreadPoolExecutor(max_workers=max(1, min(len(dumps), os.cpu_count() or 1))) as pool:
            # Oxigraph serialises without the GIL: the files are written side by side
            list(pool.map(lambda path: _dump(merged if dumps[path] in ("turtle", "ntriples") else store, path,
                                             dumps[path]), dumps))
        written += dumps
        if set(formats) - set(_RDF_FORMATS):
            written += _write_network(to_networkx(store), output_dir, formats)
        del store, merged
    return sorted(written)


def _write_network(graph: nx.MultiDiGraph, output_dir: Path, formats: list[str]) -> list[Path]:
    writers: dict[str, Callable[[], tuple[bytes, ...]]] = {
        "graphml": lambda: (graphml_bytes(graph),),
        "gexf": lambda: (gexf_bytes(graph),),
        "csv": lambda: csv_bytes(graph),
    }
    written = []
    for fmt in (f for f in formats if f in writers):
        for name, data in zip(FORMATS[fmt], writers[fmt](), strict=True):
            atomic.write_bytes(output_dir / name, data)
            written.append(output_dir / name)
    return written


def render(source: Dataset | ox.Store, formats: Iterable[str]) -> dict[str, bytes]:
    """File name → bytes of each requested format (what `write_outputs` writes), for small graphs."""
    with tempfile.TemporaryDirectory() as folder:
        return {path.name: path.read_bytes() for path in write_outputs(source, Path(folder), formats)}

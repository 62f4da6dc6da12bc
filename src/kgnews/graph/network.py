"""A NetworkX MultiDiGraph derived from the RDF graph: entity, post and article nodes, relation edges."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kgnews.graph.vocab import ENTITY_CLASSES, KGNEWS, PROV, RDF, RELATIONS, SDO, SKOS

_TYPES = {classes[0]: name for name, classes in ENTITY_CLASSES.items()}
_RELATION_NAMES = {predicate: name for name, (predicate, _, _) in RELATIONS.items()}


def _rdflib(term):
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _pairs(rdf: Graph | ox.Store, predicate: URIRef) -> dict:
    """`subject → set of objects` of one predicate over every graph of `rdf` (a Dataset, one Graph,
    or an Oxigraph store, read one predicate at a time so memory follows the graph's size, not the store's)."""
    found: dict = defaultdict(set)
    if isinstance(rdf, ox.Store):
        quads = rdf.quads_for_pattern(None, ox.NamedNode(str(predicate)), None, None)
        pairs = ((_rdflib(q.subject), _rdflib(q.object)) for q in quads)
    elif isinstance(rdf, Dataset):
        pairs = ((s, o) for s, _, o, _ in rdf.quads((None, predicate, None, None)))
    else:
        pairs = rdf.subject_objects(predicate)
    for subject, obj in pairs:
        found[subject].add(obj)
    return found


def _first(values: set) -> str | None:
    return min((str(v) for v in values), default=None)


def _statements(rdf: Graph) -> list[tuple]:
    """(subject, relation, object, article, sentence) of every extracted statement, sorted."""
    subjects, predicates, objects = (_pairs(rdf, p) for p in (RDF.subject, RDF.predicate, RDF.object))
    sources, evidence, texts = _pairs(rdf, PROV.wasDerivedFrom), _pairs(rdf, KGNEWS.evidence), _pairs(rdf, PROV.value)
    found = set()
    for statement, predicate in predicates.items():
        relation = _RELATION_NAMES.get(min(predicate))
        if relation is None or not subjects[statement] or not objects[statement]:
            continue
        sentence = _first({t for e in evidence.get(statement, ()) for t in texts.get(e, ())}) or ""
        for article in sources.get(statement, ()):
            found.add((min(subjects[statement]), relation, min(objects[statement]), article, sentence))
    return sorted(found)


def _nodes(rdf: Graph, ids: dict, statements: list[tuple]) -> dict[URIRef, dict]:
    """Articles, mentioned entities and held posts, each with the sorted ids of its articles."""
    types, labels, aliases = _pairs(rdf, RDF.type), _pairs(rdf, SKOS.prefLabel), _pairs(rdf, SKOS.altLabel)
    seen: dict[URIRef, set[str]] = defaultdict(set)
    kinds: dict[URIRef, str] = {}
    for article, article_id in ids.items():
        seen[article].add(article_id)
        kinds[article] = "NewsArticle"
    for article, entities in _pairs(rdf, SDO.mentions).items():
        for entity in entities if article in ids else ():
            seen[entity].add(ids[article])
    for subject, relation, obj, article, _ in statements:
        seen[subject].add(ids.get(article, str(article)))
        seen[obj].add(ids.get(article, str(article)))
        if relation == "holdsPosition":
            kinds[obj] = "Post"
    headlines = _pairs(rdf, SDO.headline)
    nodes = {}
    for node in sorted(seen):
        kind = kinds.get(node) or min((_TYPES[c] for c in types.get(node, ()) if c in _TYPES), default=None)
        if kind is None:
            continue
        if kind == "NewsArticle":
            label = _first(headlines.get(node, set())) or ids[node]
        else:
            label = _first(labels.get(node, set())) or str(node)
        names = sorted({str(a) for a in aliases.get(node, ())} - {label})
        nodes[node] = {"type": kind, "label": label, "aliases": names, "articles": sorted(seen[node])}
    return nodes


def to_networkx(rdf: Graph | ox.Store) -> nx.MultiDiGraph:
    """The MultiDiGraph of CONTRACTS.md, from a Dataset (any named graphs), a merged Graph or a store.

    Node key = IRI; attributes `type`, `label`, `aliases`, `articles`. One edge per extracted
    statement (`relation`, `evidence`, `article`) plus `mentions` edges from each article.
    Built in sorted order, so the files written from it are deterministic.
    """
    types = _pairs(rdf, RDF.type)
    ids = {a: _first(v) for a, v in _pairs(rdf, SDO.identifier).items() if SDO.NewsArticle in types.get(a, ())}
    statements = _statements(rdf)
    nodes = _nodes(rdf, ids, statements)
    graph = nx.MultiDiGraph()
    for node, data in nodes.items():
        graph.add_node(str(node), **data)
    edges = [(a, e, "mentions", ids[a], "") for a, es in _pairs(rdf, SDO.mentions).items() if a in ids for e in es]
    edges += [(s, o, rel, ids.get(a, str(a)), text) for s, rel, o, a, text in statements]
    for source, target, relation, article, evidence in sorted(edges, key=lambda e: tuple(map(str, e))):
        if source in nodes and target in nodes:
            graph.add_edge(str(source), str(target), relation=relation, evidence=evidence, article=article)
    return graph

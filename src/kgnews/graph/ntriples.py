"""Triples as N-Triples lines: the compact form worker processes hand to the store's bulk loader."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rdflib import BNode, Literal, URIRef

from kgnews.graph.build import Triple

#: Characters an IRI may not hold in N-Triples (minted IRIs never do; anything else is refused, not mangled).
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


@lru_cache(maxsize=1 << 17)
def _iri(node: URIRef) -> str:
    if _NOT_IRI.search(node):
        raise ValueError(f"not an IRI: {str(node)!r}")
    return f"<{node}>"


def _literal(node: Literal) -> str:
    lexical = str(node).translate(_ESCAPES)
    if node.language:
        return f'"{lexical}"@{node.language}'
    if node.datatype is None or node.datatype == _XSD_STRING:
        return f'"{lexical}"'
    return f'"{lexical}"^^{_iri(node.datatype)}'


def term(node: URIRef | Literal | BNode) -> str:
    """One rdflib term in N-Triples syntax."""
    if type(node) is Literal:  # exact type checks: rdflib terms make `isinstance` slow
        return _literal(node)
    if type(node) is URIRef:
        return _iri(node)
    if type(node) is BNode:
        return f"_:{node}"
    raise TypeError(f"not an RDF term: {node!r}")


def ntriples(triples: Iterable[Triple]) -> bytes:
    """`triples` as N-Triples, each line once, in the order first seen.

    Subjects and predicates are IRIs (kgnews writes no blank nodes); IRIs are cached, literals are
    not (hashing an rdflib Literal costs more than writing it).
    """
    iri, other = _iri, term
    lines = dict.fromkeys(
        f"{iri(s)} {iri(p)} {iri(o) if type(o) is URIRef else other(o)} .\n" for s, p, o in triples
    )
    return "".join(lines).encode("utf-8")


def in_graph(lines: bytes, graph: str) -> bytes:
    """N-Triples `lines` as N-Quads in the named graph `graph` (an IRI).

    A line ends with ` .` and a newline, which no term holds (newlines in literals are escaped),
    so one replacement places the graph name on every line.
    """
    return lines.replace(b" .\n", f" {term(URIRef(graph))} .\n".encode("utf-8"))

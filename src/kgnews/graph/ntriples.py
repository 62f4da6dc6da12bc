"""Triples as N-Triples lines and Turtle / TriG blocks: what worker processes hand to the store and the graph files."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rdflib import BNode, Literal, URIRef

from kgnews.graph.build import Triple
from kgnews.graph.vocab import PREFIXES

#: Characters an IRI may not hold in N-Triples (minted IRIs never do; anything else is refused, not mangled).
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: Namespace → prefix; a local name written after a prefix must match `_LOCAL` (Turtle's PN_LOCAL, the
#: part of it kgnews needs: minted names are ASCII letters, digits, `-`, `_`, `.` and `%XX` escapes).
_PREFIX_OF = {namespace: prefix for prefix, namespace in PREFIXES.items()}
_LOCAL = re.compile(r"(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*(?<!\.)\Z")
#: The prefixes of the Turtle and TriG that `graph_text` and `trig_block` write.
PREFIX_HEADER = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items()).encode()


@lru_cache(maxsize=1 << 17)
def _iri(node: str) -> str:
    if _NOT_IRI.search(node):
        raise ValueError(f"not an IRI: {node!r}")
    return f"<{node}>"


@lru_cache(maxsize=1 << 17)
def _name(node: str) -> str:
    """A prefixed name where a kgnews prefix covers the IRI, else the IRI in brackets."""
    cut = max(node.rfind("/"), node.rfind("#")) + 1
    prefix, local = _PREFIX_OF.get(node[:cut]), node[cut:]
    if prefix is not None and _LOCAL.match(local):
        return f"{prefix}:{local}"
    return _iri(node)


def _literal(node: Literal) -> tuple[str, str]:
    """A literal in N-Triples and in Turtle, written once: the two differ only in a datatype, which
    Turtle writes as a prefixed name (the same string is returned twice when there is none)."""
    lexical = str(node)
    # `translate` reads non-ASCII text a character at a time (~7 µs for a sentence of Vietnamese);
    # four `in` tests at C speed tell whether there is anything to escape at all.
    if "\\" in lexical or '"' in lexical or "\n" in lexical or "\r" in lexical:
        lexical = lexical.translate(_ESCAPES)
    lexical = f'"{lexical}"'
    if node.language:
        lexical = f"{lexical}@{node.language}"
        return lexical, lexical
    datatype = node.datatype
    if datatype is None or str(datatype) == _XSD_STRING:  # plain strings: rdflib's `==` is Python code
        return lexical, lexical
    datatype = str(datatype)
    return f"{lexical}^^{_iri(datatype)}", f"{lexical}^^{_name(datatype)}"


def _term(node: URIRef | Literal | BNode) -> tuple[str, str]:
    """A term in N-Triples and in Turtle."""
    if type(node) is Literal:  # exact type checks: rdflib terms make `isinstance` slow
        return _literal(node)
    if type(node) is URIRef:
        return _iri(str(node)), _name(str(node))
    if type(node) is BNode:
        text = f"_:{node}"
        return text, text
    raise TypeError(f"not an RDF term: {node!r}")


@dataclass(frozen=True)
class GraphText:
    """One graph written out: N-Triples lines, and, if asked for, the same triples as Turtle statements
    (valid Turtle after `PREFIX_HEADER`; `trig_block` wraps them as a named graph of TriG)."""

    ntriples: bytes
    turtle: bytes | None = None


def graph_text(triples: Iterable[Triple], turtle: bool = False) -> GraphText:
    """`triples` as N-Triples (each line once, in the order first seen) and, with `turtle`, as Turtle
    statements: prefixed names, the triples of a subject together.

    Subjects and predicates are IRIs (kgnews writes no blank nodes). Terms are keyed as plain strings
    (comparing rdflib terms runs Python code, comparing strings does not); IRIs are cached, literals
    are not (hashing an rdflib Literal costs more than writing it).
    """
    lines: dict[str, None] = {}
    subjects: dict[str, dict[str, list[str]]] = {}
    iri, name = _iri, _name
    for s, p, o in triples:
        s, p = str(s), str(p)
        if type(o) is URIRef:
            o = str(o)
            line = f"{iri(s)} {iri(p)} {iri(o)} .\n"
            short = None
        else:
            text, short = _term(o)
            line = f"{iri(s)} {iri(p)} {text} .\n"
        if line in lines:
            continue
        lines[line] = None
        if turtle:
            subjects.setdefault(s, {}).setdefault(p, []).append(name(o) if short is None else short)
    text = "".join(lines).encode("utf-8")
    return GraphText(text, _statements(subjects) if turtle else None)


def _statements(subjects: dict[str, dict[str, list[str]]]) -> bytes:
    return "".join(
        f"{_name(subject)} "
        + " ;\n\t".join(f"{'a' if p == _RDF_TYPE else _name(p)} {' , '.join(objects)}" for p, objects in predicates.items())
        + " .\n"
        for subject, predicates in subjects.items()
    ).encode("utf-8")


def trig_block(graph: str, statements: bytes) -> bytes:
    """Turtle `statements` (`GraphText.turtle`) as the named graph `graph` of a TriG file."""
    return b"%s {\n%s}\n" % (_name(graph).encode("utf-8"), statements)


def in_graph(lines: bytes, graph: str) -> bytes:
    """N-Triples `lines` as N-Quads in the named graph `graph` (an IRI).

    A line ends with ` .` and a newline, which no term holds (newlines in literals are escaped),
    so one replacement places the graph name on every line.
    """
    return lines.replace(b" .\n", f" {_iri(graph)} .\n".encode("utf-8"))

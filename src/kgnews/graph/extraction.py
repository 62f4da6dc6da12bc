"""An `Extraction` as the triples of its article's named graph: resolve names, check types, add provenance."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import URIRef

from kgnews.graph.build import (
    Triple,
    article_iri,
    article_triples,
    concept_triples,
    entity_iri,
    entity_triples,
    evidence_triples,
    graph_iri,
    membership_iri,
    membership_triples,
    statement_triples,
)
from kgnews.graph.iri import canonical_key, mint
from kgnews.graph import vocab
from kgnews.graph.vocab import RELATIONS
from kgnews.model import Entity, Extraction, Relation

KGNEWS, ORG, PROV, SDO = vocab.resolved(vocab.KGNEWS, vocab.ORG, vocab.PROV, vocab.SDO)


@dataclass
class _Names:
    """(canonical name or alias, entity type) → IRI, for one extraction; canonical names win over aliases."""

    by_key: dict[tuple[str, str], URIRef] = field(default_factory=dict)
    #: Evidence nodes and (post, label) pairs whose triples are written already (relations share them).
    written: set = field(default_factory=set)

    def first(self, node) -> bool:
        """Whether `node` is met here for the first time (and so its own triples are still to write)."""
        if node in self.written:
            return False
        self.written.add(node)
        return True

    def add(self, name: str, iri: URIRef, etype: str, *, strong: bool) -> None:
        key = (canonical_key(name), etype)
        if strong or key not in self.by_key:
            self.by_key[key] = iri

    def find(self, name: str, etype: str) -> URIRef | None:
        return self.by_key.get((canonical_key(name), etype))


def _entity_iris(extraction: Extraction) -> list[tuple[Entity, URIRef]]:
    """Each entity with its IRI; events of one kind on one date in one article keep their names apart."""
    article_id = extraction.article.id
    pairs = [(e, entity_iri(e, article_id)) for e in extraction.entities]
    seen: dict[URIRef, int] = {}
    for entity, iri in pairs:
        seen[iri] = seen.get(iri, 0) + 1
    return [
        (e, mint("event", e.name, e.attrs.get("date", ""), article_id) if seen[iri] > 1 and e.type == "Event" else iri)
        for e, iri in pairs
    ]


def extraction_triples(extraction: Extraction) -> Iterator[Triple]:
    """Every triple of one article's named graph, in a stable order (duplicates are harmless)."""
    article = extraction.article
    node = article_iri(article.id)
    yield graph_iri(article.id), PROV.wasDerivedFrom, node
    yield from article_triples(article, node)
    names = _Names()
    pairs = _entity_iris(extraction)
    for entity, iri in pairs:
        names.add(entity.name, iri, entity.type, strong=True)
    for entity, iri in pairs:
        for alias in entity.aliases:
            names.add(alias, iri, entity.type, strong=False)
    places = {key: iri for (key, etype), iri in names.by_key.items() if etype == "Location"}
    for entity, iri in pairs:
        yield from entity_triples(entity, iri, node, places)
    yield from jurisdiction_triples(pairs, places)
    for relation in extraction.relations:
        yield from relation_triples(relation, extraction, names)


def jurisdiction_triples(pairs: list[tuple[Entity, URIRef]], places: dict[str, URIRef]) -> Iterator[Triple]:
    """`schema:areaServed`: a body whose name ends with a place of the article serves that place
    (`Ban Dân vận Tỉnh ủy Hà Tĩnh` → Hà Tĩnh), so "the people of province X" is an index lookup."""
    for entity, iri in pairs:
        if entity.type != "Organization":
            continue
        name = canonical_key(entity.name)
        served = [key for key in places if name.endswith(" " + key)]
        if served:
            yield iri, SDO.areaServed, places[max(served, key=len)]


def _body(relation: Relation, extraction: Extraction, names: _Names) -> tuple[URIRef | None, list[Triple]]:
    """The body a post belongs to: the named entity, or a new Organization node when only named here."""
    name = relation.attrs.get("organization")
    if not name or not name.strip():
        return None, []
    found = names.find(name, "Organization")
    if found is not None:
        return found, []
    entity = Entity(type="Organization", name=name.strip())
    found = entity_iri(entity, extraction.article.id)
    names.add(name, found, "Organization", strong=True)
    return found, list(entity_triples(entity, found, article_iri(extraction.article.id), {}))


def relation_triples(relation: Relation, extraction: Extraction, names: _Names) -> Iterator[Triple]:
    """The direct triple, its rdf:Statement, its evidence and, for holdsPosition, the membership."""
    if relation.p not in RELATIONS:
        return
    predicate, subject_type, object_type = RELATIONS[relation.p]
    subject = names.find(relation.s, subject_type)
    if object_type == "Post":
        obj = mint("post", relation.o) if relation.o.strip() else None
    else:
        obj = names.find(relation.o, object_type)
    if subject is None or obj is None:
        return
    article = extraction.article
    source = article_iri(article.id)
    evidence = None
    if relation.evidence and 0 <= relation.start <= relation.end:
        evidence = mint("evidence", f"{article.id}.{relation.start}-{relation.end}")
        if names.first(evidence):
            yield from evidence_triples(relation, article, evidence)
    triple = (subject, predicate, obj)
    yield triple
    statement = mint("statement", article.id, *map(str, triple), str(relation.start), str(relation.end))
    yield from statement_triples(statement, triple, source, evidence)
    if object_type == "Post":
        yield from _position(relation, extraction, names, subject, obj, evidence)


def _position(
    relation: Relation, extraction: Extraction, names: _Names, person: URIRef, post: URIRef, evidence: URIRef | None
) -> Iterator[Triple]:
    """The post as a concept of kgnews:Posts and the org:Membership the statement reports."""
    if names.first((post, relation.o.strip())):
        yield from concept_triples(post, KGNEWS.Posts, (ORG.Role,), relation.o.strip())
    body, body_triples = _body(relation, extraction, names)
    yield from body_triples
    status = relation.attrs.get("status")
    yield from membership_triples(person, post, body, status)
    membership = membership_iri(person, post, body, status)
    yield membership, PROV.wasDerivedFrom, article_iri(extraction.article.id)
    if evidence is not None:
        yield membership, KGNEWS.evidence, evidence


__all__ = ["extraction_triples", "relation_triples"]

"""One article's extraction as RDF in its own named graph: entities, relations, memberships, evidence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rdflib import Literal, URIRef

from kgnews.graph.iri import ascii_fold, canonical_key, document_key, event_kind, mint
from kgnews.graph import vocab
from kgnews.graph.vocab import ENTITY_CLASSES, STATUSES
from kgnews.model import Article, Entity, Relation

KGNEWS, OA, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD = vocab.resolved(
    vocab.KGNEWS, vocab.OA, vocab.ORG, vocab.PROV, vocab.RDF, vocab.RDFS, vocab.SDO, vocab.SKOS, vocab.XSD
)

Triple = tuple[URIRef, URIRef, URIRef | Literal]
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def article_iri(article_id: str) -> URIRef:
    return mint("article", article_id)


def graph_iri(article_id: str) -> URIRef:
    """The named graph holding everything extracted from one article."""
    return mint("graph", article_id)


def entity_iri(entity: Entity, article_id: str) -> URIRef:
    """Documents by kind + number, events by kind + date + article, the rest by canonical name."""
    if entity.type == "LegalDocument":
        return mint("document", document_key(entity.name, entity.attrs.get("doc_type"), entity.attrs.get("number")))
    if entity.type == "Event":
        date = entity.attrs.get("date")
        if date:
            return mint("event", event_kind(entity.name), date, article_id)
        return mint("event", entity.name, "", article_id)
    return mint(entity.type.lower(), entity.name)


@lru_cache(maxsize=1 << 16)
def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


@lru_cache(maxsize=1 << 16)
def _integer(value: int) -> Literal:
    """An xsd:integer literal, made once per value: rdflib takes ≈10 µs to make one, and an article's
    evidence offsets need dozens."""
    return Literal(value, datatype=XSD.integer)


#: `schema:inLanguage` of every article.
_LANGUAGE = Literal("vi")


@lru_cache(maxsize=1 << 12)
def _date(value: str | None) -> Literal | None:
    if value and _ISO_DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if value and _ISO_DATETIME.match(value):
        return Literal(value, datatype=XSD.dateTime)
    return None


def _labels(node: URIRef, name: str, others: list[str]) -> tuple[Triple, ...]:
    """prefLabel and rdfs:label @vi, every other surface form as altLabel @vi, folded forms as hiddenLabel."""
    return _label_triples(node, name, tuple(sorted(set(others) - {name})))


@lru_cache(maxsize=1 << 15)
def _label_triples(node: URIRef, name: str, others: tuple[str, ...]) -> tuple[Triple, ...]:
    triples = [(node, SKOS.prefLabel, _vi(name)), (node, RDFS.label, _vi(name))]
    triples += [(node, SKOS.altLabel, _vi(form)) for form in others]
    folded = sorted({ascii_fold(form) for form in (name, *others)})
    return (*triples, *((node, SKOS.hiddenLabel, Literal(f)) for f in folded))


def concept_triples(node: URIRef, scheme: URIRef, extra: tuple[URIRef, ...], label: str) -> Iterator[Triple]:
    yield node, RDF.type, SKOS.Concept
    for cls in extra:
        yield node, RDF.type, cls
    yield node, SKOS.inScheme, scheme
    yield from _labels(node, label, [])


def article_triples(article: Article, node: URIRef) -> Iterator[Triple]:
    """The article as a schema:NewsArticle: id, title, date, author, source, url."""
    yield node, RDF.type, SDO.NewsArticle
    yield node, SDO.identifier, Literal(article.id)
    yield node, SDO.inLanguage, _LANGUAGE
    if article.title:
        yield node, SDO.headline, _vi(article.title)
    if (published := _date(article.published)) is not None:
        yield node, SDO.datePublished, published
    if article.url:
        yield node, SDO.url, Literal(article.url, datatype=XSD.anyURI)
    if article.author:
        author = mint("author", article.author)
        yield node, SDO.author, author
        yield author, RDF.type, SDO.Person
        yield from _labels(author, article.author, [])
    if article.source:
        publisher = mint("publisher", article.source)
        yield node, SDO.publisher, publisher
        yield publisher, RDF.type, SDO.NewsMediaOrganization
        yield from _labels(publisher, article.source, [])


def entity_triples(entity: Entity, node: URIRef, article: URIRef, places: dict[str, URIRef]) -> Iterator[Triple]:
    """An entity's classes, labels and attributes, and the article's schema:mentions of it."""
    for cls in ENTITY_CLASSES[entity.type]:
        yield node, RDF.type, cls
    yield from _labels(node, entity.name, [*entity.aliases, *(m.text for m in entity.mentions)])
    yield article, SDO.mentions, node
    attrs = entity.attrs
    if entity.type == "LegalDocument":
        if attrs.get("number"):
            yield node, SDO.legislationIdentifier, Literal(attrs["number"])
        if attrs.get("doc_type"):
            kind = mint("dockind", attrs["doc_type"])
            yield node, SDO.legislationType, kind
            yield from concept_triples(kind, KGNEWS.DocumentKinds, (), attrs["doc_type"])
        if (issued := _date(attrs.get("issued"))) is not None:
            yield node, SDO.legislationDate, issued
        if attrs.get("title"):
            yield node, SDO.headline, _vi(attrs["title"])
    elif entity.type == "Event":
        if (start := _date(attrs.get("date"))) is not None:
            yield node, SDO.startDate, start
        if (place := places.get(canonical_key(attrs.get("location") or ""))) is not None:
            yield node, SDO.location, place


def evidence_triples(relation: Relation, article: Article, node: URIRef) -> Iterator[Triple]:
    """The sentence stating a relation: text, character offsets, source article."""
    yield node, RDF.type, KGNEWS.Evidence
    yield node, PROV.value, _vi(relation.evidence)
    yield node, OA.start, _integer(relation.start)
    yield node, OA.end, _integer(relation.end)
    yield node, PROV.wasDerivedFrom, article_iri(article.id)


def membership_triples(person: URIRef, post: URIRef, body: URIRef | None, status: str | None) -> Iterator[Triple]:
    """An org:Membership of (person, post, body, status); its dates are derived over all articles."""
    node = membership_iri(person, post, body, status)
    yield node, RDF.type, ORG.Membership
    yield node, ORG.member, person
    yield node, ORG.role, post
    if body is not None:
        yield node, ORG.organization, body
    if status in STATUSES:
        yield node, KGNEWS.status, STATUSES[status]


def membership_iri(person: URIRef, post: URIRef, body: URIRef | None, status: str | None) -> URIRef:
    return mint("membership", str(person).rsplit("/", 1)[-1], str(post), str(body or ""), status or "")


def statement_triples(node: URIRef, triple: Triple, article: URIRef, evidence: URIRef | None) -> Iterator[Triple]:
    """The reified statement of one extracted relation, linked to its article and sentence."""
    subject, predicate, obj = triple
    yield node, RDF.type, RDF.Statement
    yield node, RDF.subject, subject
    yield node, RDF.predicate, predicate
    yield node, RDF.object, obj
    yield node, PROV.wasDerivedFrom, article
    if evidence is not None:
        yield node, KGNEWS.evidence, evidence


__all__ = [
    "article_iri", "article_triples", "concept_triples", "entity_iri", "entity_triples", "evidence_triples",
    "graph_iri", "membership_iri", "membership_triples", "statement_triples",
]

"""Facts over all articles at once: when each membership was first and last reported, and the body hierarchy."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from rdflib import Dataset, Literal, URIRef

from kgnews.graph.build import Triple
from kgnews.graph.iri import mint
from kgnews.graph import vocab

ORG, RDF, SDO, SKOS, TIME, XSD = vocab.resolved(vocab.ORG, vocab.RDF, vocab.SDO, vocab.SKOS, vocab.TIME, vocab.XSD)

DERIVED_GRAPH = mint("derived", "corpus")


def membership_sightings(quads: Iterable[tuple]) -> dict[URIRef, set[str]]:
    """Each org:Membership → the ISO dates of the articles whose graphs report it.

    Reads (subject, predicate, object, graph) quads in one pass, so a streaming build can feed it
    article by article: each article graph holds one `schema:datePublished`, that of its article.
    """
    published: dict[URIRef, str] = {}
    graphs: dict[URIRef, set[URIRef]] = defaultdict(set)
    for subject, predicate, obj, graph in quads:
        if predicate == SDO.datePublished:
            published[graph] = str(obj)[:10]
        elif predicate == RDF.type and obj == ORG.Membership:
            graphs[subject].add(graph)
    return {m: {published[g] for g in gs if g in published} for m, gs in graphs.items()}


def interval_triples(sightings: Iterable[tuple[URIRef, set[str]]]) -> Iterator[Triple]:
    """`org:memberDuring` a time:Interval from the first to the last date each membership was seen
    (each time:Instant described once)."""
    described: set[str] = set()
    for membership, dates in sightings:
        if not dates:
            continue
        interval = mint("interval", str(membership).rsplit("/", 1)[-1])
        yield membership, ORG.memberDuring, interval
        yield interval, RDF.type, TIME.Interval
        for edge, date in ((TIME.hasBeginning, min(dates)), (TIME.hasEnd, max(dates))):
            instant = mint("date", date)
            yield interval, edge, instant
            if date not in described:
                described.add(date)
                yield instant, RDF.type, TIME.Instant
                yield instant, TIME.inXSDDate, Literal(date, datatype=XSD.date)


def hierarchy_triples(
    pairs: Iterable[tuple[URIRef, URIRef]], labels: dict[URIRef, str], hidden: dict[URIRef, set[str]]
) -> Iterator[Triple]:
    """Every `org:subOrganizationOf` any article states, gathered in one graph with one label and the
    search keys of each body, so the hierarchy can be walked across articles in a single graph."""
    pairs = sorted(set(pairs))
    for child, parent in pairs:
        yield child, ORG.subOrganizationOf, parent
    for body in sorted({b for pair in pairs for b in pair}):
        if body in labels:
            yield body, SKOS.prefLabel, Literal(labels[body], lang="vi")
        for key in sorted(hidden.get(body, ())):
            yield body, SKOS.hiddenLabel, Literal(key)


@dataclass(frozen=True)
class ArticleFacts:
    """What one article's graph adds to the derived graph; computed where the graph is written (a worker),
    so a build gathers the derived graph without reading the store back."""

    day: str | None = None
    memberships: tuple[URIRef, ...] = ()
    pairs: tuple[tuple[URIRef, URIRef], ...] = ()
    labels: tuple[tuple[URIRef, str], ...] = ()
    hidden: tuple[tuple[URIRef, str], ...] = ()


def article_facts(triples: Iterable[Triple]) -> ArticleFacts:
    """The publication day, memberships, body pairs, and the labels and search keys of the bodies in
    those pairs, of one article's graph (what `derive` reads from each graph of a dataset)."""
    day, memberships, pairs = None, [], []
    labels: dict[URIRef, list[tuple[URIRef, str]]] = defaultdict(list)
    for subject, predicate, obj in triples:
        if predicate == SDO.datePublished:
            day = str(obj)[:10]
        elif predicate == RDF.type and obj == ORG.Membership:
            memberships.append(subject)
        elif predicate == ORG.subOrganizationOf:
            pairs.append((subject, obj))
        elif predicate == SKOS.prefLabel or predicate == SKOS.hiddenLabel:
            labels[subject].append((predicate, str(obj)))
    bodies = sorted({body for pair in pairs for body in pair})
    found = [(body, predicate, text) for body in bodies for predicate, text in labels.get(body, ())]
    return ArticleFacts(
        day, tuple(dict.fromkeys(memberships)), tuple(dict.fromkeys(pairs)),
        tuple((b, t) for b, p, t in found if p == SKOS.prefLabel), tuple((b, t) for b, p, t in found if p != SKOS.prefLabel),
    )


class DerivedFacts:
    """The derived graph's facts gathered article by article: memory grows with the distinct
    memberships and bodies of the corpus, not with its articles."""

    def __init__(self) -> None:
        self.seen: dict[URIRef, tuple[str, str]] = {}
        self.pairs: set[tuple[URIRef, URIRef]] = set()
        self.labels: dict[URIRef, str] = {}
        self.hidden: dict[URIRef, set[str]] = defaultdict(set)

    def add(self, facts: ArticleFacts) -> None:
        if facts.day is not None:
            for membership in facts.memberships:
                first, last = self.seen.get(membership, (facts.day, facts.day))
                self.seen[membership] = (min(first, facts.day), max(last, facts.day))
        self.pairs.update(facts.pairs)
        for body, label in facts.labels:
            self.labels[body] = min(self.labels.get(body, label), label)
        for body, key in facts.hidden:
            self.hidden[body].add(key)

    def triples(self) -> Iterator[Triple]:
        """The derived graph: membership intervals, then the body hierarchy."""
        yield from interval_triples((m, set(days)) for m, days in sorted(self.seen.items()))
        yield from hierarchy_triples(self.pairs, self.labels, self.hidden)


def _dataset_hierarchy(dataset: Dataset) -> Iterator[Triple]:
    pairs = [(s, o) for s, _, o, g in dataset.quads((None, ORG.subOrganizationOf, None, None)) if g != DERIVED_GRAPH]
    bodies = {b for pair in pairs for b in pair}
    labels: dict[URIRef, str] = {}
    hidden: dict[URIRef, set[str]] = defaultdict(set)
    for body in bodies:
        found = sorted(str(o) for _, _, o, g in dataset.quads((body, SKOS.prefLabel, None, None)) if g != DERIVED_GRAPH)
        if found:
            labels[body] = found[0]
        hidden[body].update(str(o) for _, _, o, g in dataset.quads((body, SKOS.hiddenLabel, None, None)) if g != DERIVED_GRAPH)
    return hierarchy_triples(pairs, labels, hidden)


def derive(dataset: Dataset) -> None:
    """Replace the derived graph of `dataset` with facts computed over all its article graphs."""
    dataset.remove_graph(dataset.graph(DERIVED_GRAPH))
    graph = dataset.graph(DERIVED_GRAPH)
    quads = chain(dataset.quads((None, SDO.datePublished, None, None)), dataset.quads((None, RDF.type, ORG.Membership, None)))
    for triple in interval_triples(sorted(membership_sightings(quads).items())):
        graph.add(triple)
    for triple in _dataset_hierarchy(dataset):
        graph.add(triple)

"""Facts over all articles at once: when each membership was first and last reported, and the body hierarchy."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import Dataset, Literal, URIRef

from kgnews.graph.build import Triple
from kgnews.graph.iri import mint
from kgnews.graph import vocab

ORG, RDF, SDO, SKOS, TIME, XSD = vocab.resolved(vocab.ORG, vocab.RDF, vocab.SDO, vocab.SKOS, vocab.TIME, vocab.XSD)

DERIVED_GRAPH = mint("derived", "corpus")
_FACT_PREDICATES = {SDO.datePublished: "day", RDF.type: "type", ORG.subOrganizationOf: "pair",
                    SKOS.prefLabel: "label", SKOS.hiddenLabel: "label"}


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
    pairs = sorted(set(pairs), key=lambda pair: (str(pair[0]), str(pair[1])))  # rdflib's order, compared in C
    for child, parent in pairs:
        yield child, ORG.subOrganizationOf, parent
    for body in sorted({b for pair in pairs for b in pair}, key=str):
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
    # Dict and set lookups, not `==`: rdflib's term equality is Python code, and a lookup calls it only
    # on a hash match between distinct objects (the graph writer's terms are mostly the very same objects).
    wanted, membership = _FACT_PREDICATES, {ORG.Membership}
    for subject, predicate, obj in triples:
        kind = wanted.get(predicate)
        if kind is None:
            continue
        if kind == "day":
            day = str(obj)[:10]
        elif kind == "type":
            if obj in membership:
                memberships.append(subject)
        elif kind == "pair":
            pairs.append((subject, obj))
        else:
            labels[subject].append((predicate, str(obj)))
    bodies = sorted({body for pair in pairs for body in pair})
    found = [(body, predicate, text) for body in bodies for predicate, text in labels.get(body, ())]
    return ArticleFacts(
        day, tuple(dict.fromkeys(memberships)), tuple(dict.fromkeys(pairs)),
        tuple((b, t) for b, p, t in found if p == SKOS.prefLabel), tuple((b, t) for b, p, t in found if p != SKOS.prefLabel),
    )


def _by_iri(item: tuple[URIRef, object]) -> str:
    """The sort key of a (term, value) pair: the same order as rdflib's between IRIs, with `str`'s
    comparison in C instead of rdflib's in Python (a million memberships at 100k articles)."""
    return str(item[0])


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
        yield from interval_triples((m, set(days)) for m, days in sorted(self.seen.items(), key=_by_iri))
        yield from hierarchy_triples(self.pairs, self.labels, self.hidden)


def derive(dataset: Dataset) -> None:
    """Replace the derived graph of `dataset` with facts gathered from each of its article graphs, as a
    streaming build gathers them."""
    dataset.remove_graph(dataset.graph(DERIVED_GRAPH))
    facts, skipped = DerivedFacts(), {DERIVED_GRAPH, dataset.default_graph.identifier}
    for graph in dataset.graphs():
        if graph.identifier not in skipped:
            facts.add(article_facts(graph))
    derived = dataset.graph(DERIVED_GRAPH)
    for triple in facts.triples():
        derived.add(triple)

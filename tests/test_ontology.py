"""The ontology is the single source of truth: every kgnews term is declared, labelled and used through KGNEWS."""

from __future__ import annotations

import pytest
from graph_support import ONTOLOGY, dev_extractions, hand_extractions, merged
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDFS

from kgnews.graph import build_dataset
from kgnews.graph.vocab import KGNEWS, OA, PREFIXES, RDF


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.fixture(scope="module")
def built() -> Graph:
    return merged(build_dataset([*dev_extractions(), *hand_extractions()]))


def _declared(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(str(KGNEWS))}


def test_the_namespace_class_and_the_ontology_declare_the_same_terms(ontology):
    in_python = {KGNEWS[name] for name in KGNEWS.__annotations__}
    assert in_python == _declared(ontology)


def test_an_undeclared_term_cannot_be_reached_from_python():
    with pytest.raises(AttributeError):
        KGNEWS.heldIn  # noqa: B018 - heldIn reuses schema:location


def test_every_term_has_a_vietnamese_and_an_english_label_and_a_comment(ontology):
    for term in sorted({*_declared(ontology), *ontology.subjects(RDF.type, OWL.Ontology)}):
        labels = {label.language for label in ontology.objects(term, RDFS.label) if isinstance(label, Literal)}
        assert {"vi", "en"} <= labels, term
        assert {c.language for c in ontology.objects(term, RDFS.comment)} >= {"vi", "en"}, term


def test_every_kgnews_term_the_build_writes_is_declared(ontology, built):
    used = {t for triple in built for t in triple if isinstance(t, URIRef) and t.startswith(str(KGNEWS))}
    assert used and used <= _declared(ontology)


def test_the_build_writes_only_terms_of_the_vocabularies_it_declares(built):
    vocabularies = [ns for prefix, ns in PREFIXES.items() if not ns.startswith("https://kgnews.org/id/")]
    terms = {p for _, p, _ in built} | set(built.objects(None, RDF.type))
    assert all(any(t.startswith(ns) for ns in vocabularies) for t in terms), sorted(terms)
    assert str(OA) in {ns for ns in vocabularies}

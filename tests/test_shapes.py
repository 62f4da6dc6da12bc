"""SHACL: the built graph conforms to ontology/shapes.ttl, and known-bad graphs fail with the expected violations."""

from __future__ import annotations

import pytest
from graph_support import SHAPES, dev_extractions, hand_extractions, merged
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from kgnews.graph import build_dataset
from kgnews.graph import vocab as ns
from kgnews.graph.iri import mint
from kgnews.graph.vocab import KGNEWS, OA, ORG, RDF, SKOS


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES)


@pytest.fixture(scope="module")
def good() -> Graph:
    return merged(build_dataset(hand_extractions()))


def _violations(data: Graph, shapes: Graph) -> set[tuple]:
    """(focus node, path, constraint component) of each violation."""
    conforms, report, _ = validate(data, shacl_graph=shapes, advanced=True)
    found = {
        (report.value(r, SH.focusNode), report.value(r, SH.resultPath), report.value(r, SH.sourceConstraintComponent))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }
    assert conforms == (not found)
    return found


def test_the_dev_corpus_graph_conforms(shapes):
    assert _violations(merged(build_dataset(dev_extractions())), shapes) == set()


def test_the_hand_written_graph_with_evidence_and_statuses_conforms(good, shapes):
    assert _violations(good, shapes) == set()


def test_every_class_the_build_writes_has_a_shape(good, shapes):
    written = set(merged(build_dataset(dev_extractions())).objects(None, RDF.type)) | set(good.objects(None, RDF.type))
    targeted = set(shapes.objects(None, SH.targetClass))
    assert written - targeted == set()


KHIET = mint("person", "Hà Thị Khiết")
BAN_BI_THU = mint("organization", "Ban Bí thư")
PLACE = mint("location", "Hà Tĩnh")


def _membership(graph: Graph) -> URIRef:
    return next(m for m in graph.subjects(ORG.member, KHIET))


def _drop_pref_label(g):
    g.remove((BAN_BI_THU, SKOS.prefLabel, None))
    return BAN_BI_THU, SKOS.prefLabel, SH.MinCountConstraintComponent


def _member_of_a_place(g):
    g.add((KHIET, ORG.memberOf, PLACE))
    return KHIET, ORG.memberOf, SH.ClassConstraintComponent


def _evidence_ends_before_it_starts(g):
    evidence = min(g.subjects(RDF.type, KGNEWS.Evidence))
    g.set((evidence, OA.start, Literal(900)))
    return evidence, OA.start, SH.LessThanOrEqualsConstraintComponent


def _membership_without_role(g):
    membership = _membership(g)
    g.remove((membership, ORG.role, None))
    return membership, ORG.role, SH.MinCountConstraintComponent


def _statement_not_asserted(g):
    statement = next(g.subjects(RDF.predicate, KGNEWS.chairs))
    g.remove((g.value(statement, RDF.subject), KGNEWS.chairs, g.value(statement, RDF.object)))
    return statement, None, SH.SPARQLConstraintComponent


def _interval_ends_before_it_begins(g):
    interval = g.value(_membership(g), ORG.memberDuring)
    begin, end = g.value(interval, ns.TIME.hasBeginning), g.value(interval, ns.TIME.hasEnd)
    g.set((interval, ns.TIME.hasBeginning, end))
    g.set((interval, ns.TIME.hasEnd, begin))
    return interval, None, SH.SPARQLConstraintComponent


def _folded_label_not_ascii(g):
    g.add((BAN_BI_THU, SKOS.hiddenLabel, Literal("ban bí thư")))
    return BAN_BI_THU, SKOS.hiddenLabel, SH.PatternConstraintComponent


def _unknown_status(g):
    membership = _membership(g)
    g.add((membership, KGNEWS.status, KGNEWS.Posts))
    return membership, KGNEWS.status, SH.InConstraintComponent


def _article_with_two_ids(g):
    article = mint("article", "hand-2015")
    g.add((article, ns.SDO.identifier, Literal("other")))
    return article, ns.SDO.identifier, SH.MaxCountConstraintComponent


@pytest.mark.parametrize(
    "break_it",
    [
        _drop_pref_label, _member_of_a_place, _evidence_ends_before_it_starts, _membership_without_role,
        _statement_not_asserted, _interval_ends_before_it_begins, _folded_label_not_ascii, _unknown_status,
        _article_with_two_ids,
    ],
)
def test_a_known_bad_graph_fails_with_the_expected_violation(good, shapes, break_it):
    bad = Graph()
    bad += good
    expected = break_it(bad)
    assert expected in _violations(bad, shapes)


def test_each_named_graph_conforms_on_its_own(shapes):
    """A streaming build can validate article by article."""
    dataset = build_dataset(hand_extractions())
    for graph in dataset.graphs():
        if len(graph):
            assert _violations(graph, shapes) == set(), graph.identifier

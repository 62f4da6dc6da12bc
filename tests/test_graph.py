"""The RDF build: one named graph per article, one node per entity across articles, positions, provenance."""

from __future__ import annotations

import pytest
from graph_support import SEED, dev_extractions, hand_extractions, merged
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from kgnews.graph import DERIVED_GRAPH, add_extraction, build_dataset, graph_iri, new_dataset
from kgnews.graph.build import article_iri
from kgnews.graph.iri import mint
from kgnews.graph import vocab as ns
from kgnews.graph.vocab import KGNEWS, OA, ORG, PROV, RDF, SKOS
from kgnews.model import Article, Entity, Extraction, Relation


@pytest.fixture(scope="module")
def hand():
    return build_dataset(hand_extractions())


def _articles_mentioning(dataset, node) -> set[str]:
    """The ids of the articles whose graphs say `<article> schema:mentions <node>`."""
    articles = {a for a, _, _, _ in dataset.quads((None, ns.SDO.mentions, node, None))}
    return {str(i) for a in articles for _, _, i, _ in dataset.quads((a, ns.SDO.identifier, None, None))}


def _graphs_of(dataset, node) -> set[URIRef]:
    return {g for _, _, _, g in dataset.quads((node, None, None, None)) if g != DERIVED_GRAPH}


@pytest.mark.parametrize(
    ("kind", "name"),
    [("person", "Hà Thị Khiết"), ("organization", "Ban Dân vận Trung ương"), ("organization", "Ban Bí thư")],
)
def test_an_entity_in_two_articles_is_one_node_with_both_articles_in_its_provenance(hand, kind, name):
    node = mint(kind, name)
    assert _articles_mentioning(hand, node) == {"hand-2015", "hand-2016"}
    assert _graphs_of(hand, node) == {graph_iri("hand-2015"), graph_iri("hand-2016")}
    for graph in _graphs_of(hand, node):
        assert (graph, PROV.wasDerivedFrom, None) in hand.graph(graph)


def test_a_document_is_one_node_whatever_its_surface_form():
    dataset = build_dataset(hand_extractions())
    documents = set(merged(dataset).subjects(RDF.type, ns.SDO.Legislation))
    assert documents == {mint("document", "Chỉ thị 43-CT/TW")}
    assert _articles_mentioning(dataset, mint("document", "Chỉ thị 43-CT/TW")) == {"hand-2015", "hand-2016"}


def test_a_body_named_in_two_dev_articles_is_one_node():
    dataset = build_dataset(dev_extractions())
    assert _articles_mentioning(dataset, mint("organization", "Ban Dân vận Trung ương")) == {"dev-01", SEED}


def test_every_surface_form_is_an_alt_label_and_the_folded_name_a_hidden_label(hand):
    graph = merged(hand)
    document = mint("document", "Chỉ thị 43-CT/TW")
    assert Literal("Chỉ thị số 43-CT/TW", lang="vi") in set(graph.objects(document, SKOS.altLabel))
    assert Literal("chi thi 43-ct/tw") in set(graph.objects(document, SKOS.hiddenLabel))
    event = next(graph.subjects(RDF.type, ns.SDO.Event))
    assert {str(x) for x in graph.objects(event, SKOS.altLabel)} == {"hội nghị", "Hội nghị"}


def test_each_article_is_a_news_article_in_its_own_named_graph(hand):
    article = article_iri("hand-2015")
    graph = hand.graph(graph_iri("hand-2015"))
    assert (graph_iri("hand-2015"), PROV.wasDerivedFrom, article) in graph
    assert (article, RDF.type, ns.SDO.NewsArticle) in graph
    assert graph.value(article, ns.SDO.headline) == Literal("Hội nghị dân vận", lang="vi")
    assert graph.value(article, ns.SDO.datePublished) == Literal("2015-03-02T08:00:00+07:00", datatype=ns.XSD.dateTime)
    assert graph.value(graph.value(article, ns.SDO.author), SKOS.prefLabel) == Literal("Mạnh Hà", lang="vi")
    assert graph.value(graph.value(article, ns.SDO.publisher), SKOS.prefLabel) == Literal("Baohatinh.vn", lang="vi")
    assert graph.value(article, ns.SDO.url) == Literal("https://baohatinh.vn/a/1", datatype=ns.XSD.anyURI)
    assert hand.graph(graph_iri("hand-2016")).value(article_iri("hand-2016"), ns.SDO.datePublished).datatype == ns.XSD.date


def test_every_relation_links_to_its_evidence_sentence_and_offsets(hand):
    one, _ = hand_extractions()
    graph = hand.graph(graph_iri("hand-2015"))
    statements = set(graph.subjects(RDF.type, RDF.Statement))
    assert len(statements) == len(one.relations)
    for statement in statements:
        triple = tuple(graph.value(statement, p) for p in (RDF.subject, RDF.predicate, RDF.object))
        assert triple in graph
        assert graph.value(statement, PROV.wasDerivedFrom) == article_iri("hand-2015")
        evidence = graph.value(statement, KGNEWS.evidence)
        start, end = int(graph.value(evidence, OA.start)), int(graph.value(evidence, OA.end))
        assert one.article.body[start:end] == str(graph.value(evidence, PROV.value))


def _membership(dataset, person: str, post: str):
    graph = merged(dataset)
    found = [m for m in graph.subjects(ORG.member, mint("person", person)) if graph.value(m, ORG.role) == mint("post", post)]
    assert len(found) == 1
    return graph, found[0]


def test_a_position_is_a_membership_with_its_body_and_the_dates_it_was_first_and_last_seen(hand):
    graph, membership = _membership(hand, "Hà Thị Khiết", "Trưởng Ban Dân vận Trung ương")
    assert (membership, RDF.type, ORG.Membership) in graph
    assert graph.value(membership, ORG.organization) == mint("organization", "Ban Dân vận Trung ương")
    assert set(graph.objects(membership, PROV.wasDerivedFrom)) == {article_iri("hand-2015"), article_iri("hand-2016")}
    assert len(set(graph.objects(membership, KGNEWS.evidence))) == 2
    interval = graph.value(membership, ORG.memberDuring)
    assert (interval, RDF.type, ns.TIME.Interval) in graph
    begin = graph.value(graph.value(interval, ns.TIME.hasBeginning), ns.TIME.inXSDDate)
    end = graph.value(graph.value(interval, ns.TIME.hasEnd), ns.TIME.inXSDDate)
    assert (begin, end) == (Literal("2015-03-02", datatype=ns.XSD.date), Literal("2016-01-10", datatype=ns.XSD.date))
    assert (membership, ORG.memberDuring, interval) in hand.graph(DERIVED_GRAPH)


@pytest.mark.parametrize(
    ("person", "post", "body", "status"),
    [
        ("Võ Kim Cự", "Bí thư Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Hà Tĩnh", KGNEWS.Former),
        ("Đặng Quốc Khánh", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh", KGNEWS.Acting),
    ],
)
def test_former_and_acting_posts_carry_their_status(hand, person, post, body, status):
    graph, membership = _membership(hand, person, post)
    assert graph.value(membership, KGNEWS.status) == status
    assert graph.value(membership, ORG.organization) == mint("organization", body)
    assert (mint("organization", body), RDF.type, ORG.Organization) in graph


def test_a_position_without_a_body_is_still_a_membership_with_its_role():
    graph, membership = _membership(build_dataset(dev_extractions()), "Hà Thị Khiết", "Trưởng Ban Dân vận Trung ương")
    assert graph.value(membership, ORG.organization) is None
    assert (mint("post", "Trưởng Ban Dân vận Trung ương"), SKOS.inScheme, KGNEWS.Posts) in graph


@pytest.mark.parametrize(
    "relation",
    [
        Relation("Hà Thị Khiết", "memberOf", "Hà Tĩnh", "", 0, 0),  # object of the wrong type
        Relation("Không Có Ai", "chairs", "Hội nghị dân vận tại Hà Tĩnh", "", 0, 0),  # unknown subject
        Relation("Hà Thị Khiết", "likes", "Ban Bí thư", "", 0, 0),  # not a SCHEMA relation
    ],
)
def test_a_relation_that_does_not_fit_the_schema_is_left_out(relation):
    one, _ = hand_extractions()
    base = build_dataset([one])
    bad = build_dataset([Extraction(one.article, one.entities, (*one.relations, relation))])
    assert isomorphic(merged(base), merged(bad))


def test_adding_an_article_again_replaces_its_graph():
    one, two = hand_extractions()
    dataset = new_dataset()
    add_extraction(dataset, one)
    add_extraction(dataset, Extraction(one.article, one.entities[:1], ()))
    assert len(dataset.graph(graph_iri("hand-2015"))) < len(build_dataset([one]).graph(graph_iri("hand-2015")))


def test_building_twice_gives_the_same_graph():
    first, second = build_dataset(dev_extractions()), build_dataset(dev_extractions())
    assert set(first.quads((None, None, None, None))) == set(second.quads((None, None, None, None)))


def test_a_person_and_a_place_of_the_same_name_are_two_nodes_each_with_its_relations():
    body = "Chủ tịch Hồ Chí Minh. Hội nghị tại Hồ Chí Minh."
    article = Article(id="same-name", body=body, published="2020-01-01")
    entities = (Entity("Person", "Hồ Chí Minh"), Entity("Event", "Hội nghị"), Entity("Location", "Hồ Chí Minh"))
    relations = (Relation("Hồ Chí Minh", "holdsPosition", "Chủ tịch", "", 0, 0),
                 Relation("Hội nghị", "heldIn", "Hồ Chí Minh", "", 0, 0))
    graph = merged(build_dataset([Extraction(article, entities, relations)]))
    assert (mint("person", "Hồ Chí Minh"), KGNEWS.holdsPosition, mint("post", "Chủ tịch")) in graph
    assert (None, ns.SDO.location, mint("location", "Hồ Chí Minh")) in graph

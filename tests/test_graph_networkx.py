"""`to_networkx`: the MultiDiGraph of CONTRACTS.md, derived from the RDF graph."""

from __future__ import annotations

import networkx as nx
import pytest
from graph_support import dev_extractions, hand_extractions, merged

from kgnews.graph import build_dataset, to_networkx
from kgnews.graph.iri import mint
from kgnews.model import ENTITY_TYPES, RELATION_TYPES


@pytest.fixture(scope="module")
def dataset():
    return build_dataset([*dev_extractions(), *hand_extractions()])


@pytest.fixture(scope="module")
def graph(dataset) -> nx.MultiDiGraph:
    return to_networkx(dataset)


def test_nodes_carry_the_contract_attributes(graph):
    assert isinstance(graph, nx.MultiDiGraph)
    for node, data in graph.nodes(data=True):
        assert node.startswith("https://kgnews.org/id/")
        assert data["type"] in {*ENTITY_TYPES, "NewsArticle", "Post"}
        assert isinstance(data["label"], str) and data["label"]
        assert isinstance(data["aliases"], list) and data["label"] not in data["aliases"]
        assert data["articles"] == sorted(data["articles"]) and data["articles"]


def test_edges_carry_the_contract_attributes(graph):
    articles = {d["articles"][0] for _, d in graph.nodes(data=True) if d["type"] == "NewsArticle"}
    for _, _, data in graph.edges(data=True):
        assert data["relation"] in {*RELATION_TYPES, "mentions"}
        assert isinstance(data["evidence"], str)
        assert data["article"] in articles


def test_every_extracted_relation_is_an_edge(graph):
    relations = sum(len(x.relations) for x in [*dev_extractions(), *hand_extractions()])
    assert sum(1 for *_, d in graph.edges(data=True) if d["relation"] != "mentions") == relations


def test_an_entity_in_two_articles_is_one_node_listing_both(graph):
    data = graph.nodes[str(mint("person", "Hà Thị Khiết"))]
    assert data["articles"] == ["hand-2015", "hand-2016", "seed-baohatinh-2015-07-13"]
    assert data["type"] == "Person" and data["label"] == "Hà Thị Khiết"


def test_a_post_is_a_node_and_holding_it_an_edge_with_its_sentence(graph):
    post = str(mint("post", "Trưởng Ban Dân vận Trung ương"))
    assert graph.nodes[post]["type"] == "Post"
    edges = graph.get_edge_data(str(mint("person", "Hà Thị Khiết")), post).values()
    assert {e["article"] for e in edges} == {"hand-2015", "hand-2016", "seed-baohatinh-2015-07-13"}
    assert any(e["evidence"].startswith("Ngày 1/3, Trưởng Ban Dân vận Trung ương") for e in edges)


def test_the_merged_graph_gives_the_same_network_as_the_dataset(dataset, graph):
    again = to_networkx(merged(dataset))
    assert list(again.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(again.edges(data=True)) == list(graph.edges(data=True))

"""The knowledge graph: extractions into RDF, one named graph per article, deterministic IRIs."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset

from kgnews.graph.build import article_iri, entity_iri, graph_iri
from kgnews.graph.derive import DERIVED_GRAPH, derive
from kgnews.graph.extraction import extraction_triples
from kgnews.graph.network import to_networkx
from kgnews.graph.vocab import PREFIXES
from kgnews.model import Extraction

__all__ = [
    "DERIVED_GRAPH", "add_extraction", "article_iri", "build_dataset", "derive", "entity_iri",
    "extraction_triples", "graph_iri", "new_dataset", "to_networkx",
]


def new_dataset() -> Dataset:
    """An empty rdflib Dataset with the kgnews prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, replace=True)
    return dataset


def add_extraction(dataset: Dataset, extraction: Extraction) -> None:
    """Put one article's statements in its own named graph (replacing what was there)."""
    identifier = graph_iri(extraction.article.id)
    dataset.remove_graph(dataset.graph(identifier))
    graph = dataset.graph(identifier)
    for triple in extraction_triples(extraction):
        graph.add(triple)


def build_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """An rdflib Dataset: one named graph per article, plus the derived graph of membership dates."""
    dataset = new_dataset()
    for extraction in extractions:
        add_extraction(dataset, extraction)
    derive(dataset)
    return dataset

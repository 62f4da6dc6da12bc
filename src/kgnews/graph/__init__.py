"""The knowledge graph: extractions into RDF, one named graph per article, deterministic IRIs."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, SDO, XSD

from kgnews.graph.iri import article_iri, entity_iri
from kgnews.model import Extraction

KG = Namespace("https://kgnews.org/ontology#")
_TYPES = {
    "Person": SDO.Person,
    "Organization": SDO.Organization,
    "LegalDocument": SDO.Legislation,
    "Event": SDO.Event,
    "Campaign": KG.Campaign,
    "Location": SDO.Place,
}


def add_extraction(dataset: Dataset, extraction: Extraction) -> None:
    """Add one article's statements to `dataset`, in the article's own named graph."""
    article = extraction.article
    node = article_iri(article.id)
    graph = dataset.graph(node)
    graph.add((node, RDF.type, SDO.NewsArticle))
    if article.title:
        graph.add((node, SDO.headline, Literal(article.title, lang="vi")))
    if article.published:
        datatype = XSD.dateTime if "T" in article.published else XSD.date
        graph.add((node, SDO.datePublished, Literal(article.published, datatype=datatype)))
    names = {}
    for entity in extraction.entities:
        iri = entity_iri(entity.type, entity.name)
        names[entity.name] = iri
        graph.add((iri, RDF.type, _TYPES[entity.type]))
        graph.add((iri, RDFS.label, Literal(entity.name, lang="vi")))
        graph.add((node, SDO.mentions, iri))
    for relation in extraction.relations:
        subject = names.get(relation.s)
        if subject is None:
            continue
        obj = names.get(relation.o, Literal(relation.o, lang="vi"))
        graph.add((subject, URIRef(KG[relation.p]), obj))


def build_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """An rdflib Dataset of every extraction, one named graph per article."""
    dataset = Dataset()
    dataset.bind("kg", KG)
    dataset.bind("schema", SDO)
    for extraction in extractions:
        add_extraction(dataset, extraction)
    return dataset


def to_networkx(dataset: Dataset):
    """A NetworkX MultiDiGraph derived from the RDF graph: entity nodes, relation edges."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    types = {iri: key for key, iri in _TYPES.items()}
    for s, _, o, _ in dataset.quads((None, RDF.type, None, None)):
        if o in types:
            graph.add_node(str(s), type=types[o])
    for s, _, o, _ in dataset.quads((None, RDFS.label, None, None)):
        if str(s) in graph:
            graph.nodes[str(s)]["label"] = str(o)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        if str(p).startswith(str(KG)) and str(s) in graph and str(o) in graph:
            graph.add_edge(str(s), str(o), relation=str(p)[len(str(KG)):])
    return graph

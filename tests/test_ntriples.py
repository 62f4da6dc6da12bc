"""The fast N-Triples writer the build's workers use: same graph as rdflib's, escaping, refusals."""

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kgnews.graph.extraction import extraction_triples
from kgnews.graph.ntriples import graph_text, in_graph
from kgnews.ingest import read_inputs, sample_corpus
from kgnews.model import Extraction
from kgnews.nlp import extract

EX = "https://example.org/"


def _ntriples(triples) -> bytes:
    return graph_text(triples).ntriples


def _parsed(data: bytes) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def test_an_article_graph_reads_back_as_the_same_triples():
    article = next(a for a in read_inputs([sample_corpus()]) if a.id.startswith("seed"))
    triples = set(extraction_triples(extract(article)))
    data = _ntriples(extraction_triples(extract(article)))
    assert set(_parsed(data)) == triples
    assert data.count(b"\n") == len(triples)  # each triple once


@pytest.mark.parametrize(
    "literal",
    [
        Literal('Ông nói: "Dân vận khéo"\\ là\nhai dòng\r'),
        Literal("Bí thư", lang="vi"),
        Literal(12, datatype=XSD.integer),
        Literal("2015-07-13", datatype=XSD.date),
        Literal("x", datatype=XSD.string),
        Literal("\u2028 \x0b\tnhãn"),
    ],
)
def test_literals_are_escaped_so_both_parsers_read_them_back(literal):
    data = _ntriples([(URIRef(EX + "s"), URIRef(EX + "p"), literal)])
    simple = Literal(str(literal)) if literal.datatype == XSD.string else literal  # the same literal in RDF 1.1
    assert list(_parsed(data).objects()) == [simple]
    store = ox.Store()
    store.load(in_graph(data, EX + "g"), ox.RdfFormat.N_QUADS)
    (quad,) = list(store)
    assert quad.object.value == str(literal) and quad.graph_name == ox.NamedNode(EX + "g")


@pytest.mark.parametrize("iri", [EX + "a b", EX + "a>b", EX + 'a"b', EX + "a\nb", EX + "a{b}"])
def test_text_that_is_no_iri_is_refused_not_written(iri):
    for triple in [(URIRef(iri), URIRef(EX + "p"), Literal("x")), (URIRef(EX + "s"), URIRef(EX + "p"), URIRef(iri))]:
        with pytest.raises(ValueError, match="not an IRI"):
            graph_text([triple], turtle=True)


def test_in_graph_places_every_line_in_the_named_graph_even_with_dots_in_literals():
    data = _ntriples([(URIRef(EX + "s"), URIRef(EX + "p"), Literal("Kết thúc .\n. Hết .")),
                     (URIRef(EX + "s"), URIRef(EX + "q"), URIRef(EX + "o"))])
    store = ox.Store()
    store.load(in_graph(data, EX + "g"), ox.RdfFormat.N_QUADS)
    assert {q.graph_name for q in store} == {ox.NamedNode(EX + "g")} and len(store) == 2


def test_an_empty_extraction_still_names_its_article():
    article = next(iter(read_inputs([sample_corpus()])))
    data = _ntriples(extraction_triples(Extraction(article=article, entities=[], relations=[])))
    assert f"<https://kgnews.org/id/article/{article.id}>".encode() in data

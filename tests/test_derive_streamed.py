"""The derived graph gathered article by article in a build equals the one computed over a whole dataset."""

from kgnews.graph import DERIVED_GRAPH, build_dataset
from kgnews.graph.derive import DerivedFacts, article_facts
from kgnews.graph.extraction import extraction_triples
from kgnews.ingest import read_inputs, sample_corpus
from kgnews.nlp import extract_many


def test_streamed_facts_give_the_datasets_derived_graph():
    extractions = list(extract_many(read_inputs([sample_corpus()])))
    expected = set(build_dataset(extractions).graph(DERIVED_GRAPH))
    facts = DerivedFacts()
    for extraction in reversed(extractions):  # order does not matter
        facts.add(article_facts(extraction_triples(extraction)))
    derived = list(facts.triples())
    assert set(derived) == expected and len(expected) > 100
    assert len(facts.seen) > 10 and facts.pairs  # memberships dated, bodies nested: the test covers both


def test_a_membership_seen_on_two_days_spans_them():
    extraction = next(extract_many(a for a in read_inputs([sample_corpus()]) if a.id.startswith("seed")))
    early, late = article_facts(extraction_triples(extraction)), None
    late = type(early)(day="2030-01-02", memberships=early.memberships[:1])
    facts = DerivedFacts()
    facts.add(late)
    facts.add(early)
    assert facts.seen[early.memberships[0]] == (early.day, "2030-01-02")

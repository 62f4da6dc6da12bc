"""Every relation extracted from the dev corpus carries its evidence sentence and offsets into the body."""

from functools import lru_cache
from pathlib import Path

import pytest

from kgnews.ingest import read_inputs
from kgnews.model import Article
from kgnews.nlp import extract_many
from kgnews.nlp.relations import sentence_bounds

GOLD = Path(__file__).resolve().parent / "gold"


@lru_cache(maxsize=1)
def extractions():
    return tuple(extract_many([a for a in read_inputs(sorted(GOLD.glob("*.txt"))) if isinstance(a, Article)]))


def test_the_dev_corpus_yields_relations():
    assert sum(len(x.relations) for x in extractions()) > 100


@pytest.mark.parametrize("index", range(len(list(GOLD.glob("*.txt")))))
def test_evidence_is_a_sentence_of_the_body_that_states_the_relation(index):
    extraction = extractions()[index]
    body = extraction.article.body
    sentences = set(sentence_bounds(body))
    mentions = {}
    for entity in extraction.entities:
        mentions.setdefault(entity.name, []).extend(entity.mentions)
    for rel in extraction.relations:
        assert body[rel.start : rel.end] == rel.evidence, rel
        assert (rel.start, rel.end) in sentences, rel
        inside = [m for name in (rel.s, rel.o) for m in mentions.get(name, ()) if rel.start <= m.start and m.end <= rel.end]
        assert inside, f"neither {rel.s!r} nor {rel.o!r} is mentioned in {rel.evidence!r}"


def test_the_json_of_every_relation_has_evidence_and_offsets():
    for extraction in extractions():
        for rel in extraction.as_dict()["relations"]:
            assert {"s", "p", "o", "evidence", "start", "end"} <= rel.keys()
            assert rel["evidence"] and rel["end"] > rel["start"]

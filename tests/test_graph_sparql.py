"""A SPARQL question over a built graph.trig: who held `Trưởng Ban Dân vận Trung ương` in 2015, per which article and sentence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest
from graph_support import SEED, dev_extractions, hand_extractions
from rdflib import Dataset, Literal

from kgnews.export import write_outputs
from kgnews.graph import build_dataset
from kgnews.model import Extraction

QUERY = (Path(__file__).parent / "sparql" / "who-held-in-year.rq").read_text(encoding="utf-8")
POST = "Trưởng Ban Dân vận Trung ương"


def _seed_with_evidence(seed: Extraction) -> Extraction:
    """The gold seed, its holdsPosition relations given the sentence (and offsets) that states them."""
    body = seed.article.body
    sentences = [s for p in body.split("\n\n") for s in p.split(". ")]
    relations = []
    for relation in seed.relations:
        sentence = next((s for s in sentences if relation.o in s and relation.s in s), None)
        if relation.p == "holdsPosition" and sentence:
            start = body.index(sentence)
            relation = dataclasses.replace(relation, evidence=sentence, start=start, end=start + len(sentence))
        relations.append(relation)
    return dataclasses.replace(seed, relations=tuple(relations))


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    extractions = [_seed_with_evidence(x) if x.article.id == SEED else x for x in dev_extractions()]
    out = tmp_path_factory.mktemp("sparql")
    write_outputs(build_dataset([*extractions, *hand_extractions()]), out, formats=["trig"])
    return out / "graph.trig"


def _oxigraph(trig: Path, year: int) -> list[tuple]:
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    bindings = {ox.Variable("postLabel"): ox.Literal(POST, language="vi"), ox.Variable("year"): ox.Literal(str(year), datatype=integer)}
    rows = store.query(QUERY, substitutions=bindings, use_default_graph_as_union=True)
    return [tuple(None if row[v] is None else row[v].value for v in ("name", "articleId", "published", "sentence")) for row in rows]


def _rdflib(trig: Path, year: int) -> list[tuple]:
    dataset = Dataset(default_union=True)
    dataset.parse(trig, format="trig")
    rows = dataset.query(QUERY, initBindings={"postLabel": Literal(POST, lang="vi"), "year": Literal(year)})
    return [tuple(None if v is None else str(v) for v in row[:4]) for row in rows]


@pytest.mark.parametrize("engine", [_oxigraph, _rdflib], ids=["oxigraph", "rdflib"])
def test_who_held_the_post_in_2015_per_article_and_sentence(trig, engine):
    rows = engine(trig, 2015)
    seed = [r for r in rows if r[1] == SEED]
    assert seed == [("Hà Thị Khiết", SEED, "2015-07-13T10:14:00+07:00", seed[0][3])]
    assert seed[0][3].startswith("Ngày 9/7, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương Hà Thị Khiết chủ trì")
    assert {r[0] for r in rows} == {"Hà Thị Khiết"}
    assert {r[1] for r in rows} == {SEED, "hand-2015", "hand-2016"}
    assert all(r[3] and POST in r[3] for r in rows)


@pytest.mark.parametrize("engine", [_oxigraph, _rdflib], ids=["oxigraph", "rdflib"])
def test_nobody_held_it_in_a_year_no_article_covers(trig, engine):
    assert engine(trig, 2019) == []


def test_a_former_holder_does_not_count(trig):
    rows = _oxigraph(trig, 2015)
    assert "Võ Kim Cự" not in {r[0] for r in rows}

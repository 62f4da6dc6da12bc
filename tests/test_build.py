"""Corpus builds: incremental, parallel and distributed builds give the same bytes; nothing is lost."""

import json
import shutil
from pathlib import Path

import pytest

from kgnews import batch
from kgnews.build import build_corpus
from kgnews.ingest import sample_corpus

FILES = ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld", "nodes.csv", "edges.csv", "manifest.json")
FORMATS = ("turtle", "trig", "nquads", "ntriples", "jsonld", "csv")


def _corpus(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(sample_corpus() / name, folder / name)
    return folder


def _bytes(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in FILES}


@pytest.fixture
def extracted(monkeypatch):
    """The ids of the articles extraction ran on (cache misses only)."""
    ids: list[str] = []
    real = batch.extract_batch
    monkeypatch.setattr(batch, "extract_batch", lambda articles: ids.extend(a.id for a in articles) or real(articles))
    return ids


NAMES = sorted(p.name for p in sample_corpus().glob("*.txt"))


def test_new_articles_are_the_only_ones_extracted_and_removed_ones_leave_the_graph(tmp_path, extracted):
    corpus, out = _corpus(tmp_path / "corpus", NAMES[:6]), tmp_path / "out"
    build_corpus([corpus], out, formats=FORMATS)
    assert sorted(extracted) == [n[:-4] for n in NAMES[:6]]
    extracted.clear()
    _corpus(corpus, NAMES[6:8])
    report = build_corpus([corpus], out, formats=FORMATS)
    assert sorted(extracted) == [n[:-4] for n in NAMES[6:8]] and report.articles == 8
    removed = NAMES[0][:-4]
    (corpus / NAMES[0]).unlink()
    build_corpus([corpus], out, formats=FORMATS)
    assert f"article/{removed}>" not in (out / "graph.nq").read_text(encoding="utf-8")
    clean = tmp_path / "clean"
    build_corpus([corpus], clean, formats=FORMATS, cache=False)
    assert _bytes(out) == _bytes(clean)


def test_a_build_with_nothing_changed_does_nothing(tmp_path, extracted):
    out = tmp_path / "out"
    first = build_corpus([sample_corpus()], out, formats=FORMATS)
    extracted.clear()
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    again = build_corpus([sample_corpus()], out, formats=FORMATS)
    assert again.up_to_date and not extracted
    assert again.as_dict() == first.as_dict()
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == before
    forced = build_corpus([sample_corpus()], out, formats=FORMATS, force=True)
    assert not forced.up_to_date and not extracted  # forced, but every extraction came from the cache


def test_local_processes_give_byte_identical_outputs(tmp_path):
    build_corpus([sample_corpus()], tmp_path / "one", formats=FORMATS, cache=False)
    build_corpus([sample_corpus()], tmp_path / "two", formats=FORMATS, cache=False, jobs=2)
    assert _bytes(tmp_path / "one") == _bytes(tmp_path / "two")


def test_a_dask_cluster_gives_byte_identical_outputs(tmp_path, dask_cluster):
    build_corpus([sample_corpus()], tmp_path / "local", formats=FORMATS, cache=False)
    build_corpus([sample_corpus()], tmp_path / "dask", formats=FORMATS, cache=False, scheduler=dask_cluster)
    assert _bytes(tmp_path / "local") == _bytes(tmp_path / "dask")


def test_an_article_that_breaks_extraction_is_reported_and_the_rest_built(tmp_path, break_extraction_of):
    break_extraction_of("dev-03")
    report = build_corpus([sample_corpus()], tmp_path, formats=["nquads"], cache=False)
    assert report.articles == 10
    [failure] = json.loads((tmp_path / "failures.json").read_text(encoding="utf-8"))
    assert failure["path"].endswith("dev-03.txt") and "RuntimeError: boom" in failure["reason"]


def test_the_store_answers_queries_after_a_build(tmp_path):
    from kgnews.query import open_store

    build_corpus([sample_corpus()], tmp_path, formats=["nquads"])
    store = open_store(tmp_path)
    assert len(store) == sum(1 for _ in (tmp_path / "graph.nq").open(encoding="utf-8"))


def test_the_streamed_files_hold_exactly_the_stores_quads_and_their_union(tmp_path):
    """graph.trig, graph.nq, graph.ttl and graph.nt are written article by article as the build streams,
    not read back from the store: the first two must still hold the store's quads, each article in its
    own named graph, the other two the union of those graphs."""
    import pyoxigraph as ox

    from kgnews.query import open_store

    build_corpus([sample_corpus()], tmp_path, formats=["trig", "nquads", "turtle", "ntriples"])
    stored = set(open_store(tmp_path))
    for name, rdf_format in (("graph.trig", ox.RdfFormat.TRIG), ("graph.nq", ox.RdfFormat.N_QUADS)):
        assert set(ox.parse(path=str(tmp_path / name), format=rdf_format)) == stored, name
    graphs = {q.graph_name.value.rsplit("/", 1)[-1] for q in stored}
    assert graphs == {n[:-4] for n in NAMES} | {"corpus"}
    def triples(quads):
        return {ox.Triple(q.subject, q.predicate, q.object) for q in quads}

    for name, rdf_format in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        assert triples(ox.parse(path=str(tmp_path / name), format=rdf_format)) == triples(stored), name

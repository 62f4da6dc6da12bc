"""Corpus extraction: the cache, local worker processes and a real Dask cluster give the same output."""

import pytest

from kgnews import batch
from kgnews.batch import ExtractionCache, run_extraction
from kgnews.ingest import read_inputs, sample_corpus


@pytest.fixture(scope="module")
def articles():
    return list(read_inputs([sample_corpus()]))


def _dicts(extractions):
    return [x.as_dict() for x in extractions]


def test_output_is_in_input_order_and_identical_with_two_local_workers(articles):
    serial = _dicts(run_extraction(articles, jobs=1))
    parallel = _dicts(run_extraction(articles, jobs=2, batch_size=3))
    assert [d["id"] for d in serial] == [a.id for a in articles]
    assert parallel == serial


def test_cache_reuses_extractions_and_extracts_only_new_articles(articles, tmp_path, monkeypatch):
    calls = []
    real = batch.extract_batch
    monkeypatch.setattr(batch, "extract_batch", lambda b: calls.extend(a.id for a in b) or real(b))
    cache = ExtractionCache(tmp_path)
    first = _dicts(run_extraction(articles[:8], cache=cache))
    assert len(calls) == 8
    calls.clear()
    second = _dicts(run_extraction(articles, cache=cache))
    assert sorted(calls) == sorted(a.id for a in articles[8:])
    assert second[:8] == first


def test_cache_is_keyed_by_content_and_pipeline_version(articles, tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path)
    cache.put_many(run_extraction(articles[:1]))
    assert cache.get_json(articles[0]) is not None
    edited = type(articles[0])(**{**articles[0].__dict__, "body": articles[0].body + " Thêm một câu."})
    assert cache.get_json(edited) is None
    monkeypatch.setattr(cache, "version", "another-pipeline")
    assert cache.get_json(articles[0]) is None


def test_dask_cluster_output_is_identical_to_a_local_build(articles, dask_cluster):
    local = _dicts(run_extraction(articles))
    distributed = _dicts(run_extraction(articles, scheduler=dask_cluster, batch_size=2))
    assert distributed == local


def test_workers_send_the_extraction_json_back_only_when_the_build_caches_it(articles):
    import json

    items = [(a, None) for a in articles[:2]]
    cached = batch.graph_batch(items, turtle=True, caching=True)
    uncached = batch.graph_batch(items, turtle=True, caching=False)
    assert [json.loads(g.extraction)["id"] for g in cached] == [a.id for a in articles[:2]]
    assert [g.extraction for g in uncached] == [None, None]
    assert [g.ntriples for g in cached] == [g.ntriples for g in uncached] and all(g.turtle for g in uncached)

"""Corpus builds: incremental, parallel and distributed builds give the same bytes; nothing is lost."""

import errno
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from kgnews import atomic, batch
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


def _cannot_exchange(first, second):
    raise OSError(errno.EINVAL, "this file system cannot exchange")


@pytest.fixture(params=["exchange", "files"])
def commit(request, monkeypatch):
    """How a build is put in place: its folder exchanged with the output folder, or (where the file
    system cannot exchange) its files moved over the outputs one by one."""
    if request.param == "files":
        monkeypatch.setattr(atomic, "exchange", _cannot_exchange)
    return request.param


def _leftovers(out: Path) -> list[Path]:
    return [*out.parent.glob(f".{out.name}.build-*"), *out.glob(".build-*"), *out.glob(".store-old-*")]


def test_a_build_replaces_the_outputs_and_keeps_the_cache_the_users_files_and_the_folders_mode(
        tmp_path, extracted, commit):
    out, clean = tmp_path / "out", tmp_path / "clean"
    build_corpus([_corpus(tmp_path / "a", NAMES[:2])], out, formats=FORMATS)
    (out / "README.md").write_text("mine\n", encoding="utf-8")
    out.chmod(0o750)
    folder = out.stat().st_ino
    extracted.clear()
    build_corpus([_corpus(tmp_path / "b", NAMES[:3])], out, formats=["nquads", "turtle"])
    assert extracted == [NAMES[2][:-4]]  # the cache came along
    build_corpus([tmp_path / "b"], clean, formats=["nquads", "turtle"], cache=False)
    # graph.trig and the other formats no longer asked for are gone: the folder holds one build's outputs
    assert {p.name for p in out.iterdir()} == {p.name for p in clean.iterdir()} | {"README.md", ".kgnews-cache"}
    assert all((out / p.name).read_bytes() == p.read_bytes() for p in clean.iterdir() if p.is_file())
    assert (out / "README.md").read_text(encoding="utf-8") == "mine\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o750
    umask = os.umask(0)
    os.umask(umask)
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir() if p.is_file()} == {0o666 & ~umask}
    assert (out.stat().st_ino != folder) == (commit == "exchange")
    assert not _leftovers(out)


def test_a_build_run_from_inside_its_output_folder_moves_the_files_in_place(tmp_path, monkeypatch):
    """Exchanged, the folder the process works in would be the old one, removed."""
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    folder = out.stat().st_ino
    report = build_corpus([_corpus(tmp_path / "a", NAMES[:2])], Path("."), formats=["nquads"])
    assert report.articles == 2 and (out / "graph.nq").is_file() and out.stat().st_ino == folder
    assert Path.cwd().samefile(out) and not _leftovers(out)


def test_what_a_killed_commit_carried_beside_the_output_goes_back_even_when_up_to_date(tmp_path):
    out, corpus = tmp_path / "out", _corpus(tmp_path / "a", NAMES[:2])
    build_corpus([corpus], out, formats=["nquads"])
    stale = tmp_path / ".out.build-99999999"  # above any pid Linux gives out
    stale.mkdir()
    os.replace(out / ".kgnews-cache", stale / ".kgnews-cache")
    (stale / "README.md").write_text("mine\n", encoding="utf-8")
    (stale / "graph.nq").write_text("from the killed build\n", encoding="utf-8")
    assert build_corpus([corpus], out, formats=["nquads"]).up_to_date
    assert (out / ".kgnews-cache" / "extractions.sqlite").is_file()
    assert (out / "README.md").read_text(encoding="utf-8") == "mine\n"
    assert (out / "graph.nq").read_text(encoding="utf-8") != "from the killed build\n"
    assert not _leftovers(out)

"""SPARQL: saved questions, safe parameters, the embedded store, a real Oxigraph server, pushes."""

import json
import re
import subprocess
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kgnews.cli import app
from kgnews.graph import build_dataset
from kgnews.ingest import read_inputs
from kgnews.model import Extraction
from kgnews.query import load_store, run_query, saved_questions
from kgnews.query.remote import oxigraph_command, push, query_endpoint
from kgnews.query.results import render
from kgnews.query.saved import inline_values

GOLD = Path(__file__).parent / "gold"
#: One set of arguments per saved question, each with a non-empty answer on the gold graph.
ARGUMENTS = {
    "about": {"entity": "Chỉ thị 43-CT/TW"},
    "coordinates-with": {"body": "Ban Dân vận Trung ương"},
    "documents-issued-by": {"body": "Ban Bí thư"},
    "events-disseminating": {"document": "Chỉ thị 43"},
    "events-of": {"person": "Lê Hồng Anh"},
    "people-of-province": {"province": "Hà Tĩnh"},
    "posts-of": {"person": "Hà Thị Khiết"},
    "sub-bodies": {"body": "Quốc hội"},
    "who-held": {"post": "Trưởng Ban Dân vận Trung ương", "on": "2015"},
}
INJECTIONS = ['"} ; DROP ALL ; #', '") } UNION { ?s ?p ?o } #', "'} UNION { GRAPH ?x { ?a ?b ?c } } #", "\\\"}\n#"]


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory):
    """A build folder holding the graph of the gold annotations (independent of extraction quality)."""
    folder = tmp_path_factory.mktemp("build")
    articles = {a.id: a for a in read_inputs([GOLD])}
    extractions = [
        Extraction.from_dict(json.loads((GOLD / f"{i}.gold.json").read_text(encoding="utf-8")), articles[i])
        for i in sorted(articles)
    ]
    (folder / "graph.nq").write_text(build_dataset(extractions).serialize(format="nquads"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(build_dir):
    return load_store(build_dir / "graph.nq")


def _rows(result):
    return sorted(tuple("" if v is None else str(v.value) for v in row) for row in result)


def test_every_saved_question_documents_itself_and_has_arguments_here():
    questions = saved_questions()
    assert sorted(questions) == sorted(ARGUMENTS)
    for question in questions.values():
        assert question.summary and question.params
        assert {p.name for p in question.params if p.required} <= set(ARGUMENTS[question.name])


@pytest.mark.parametrize("name", sorted(ARGUMENTS))
def test_parameters_are_used_only_in_filters_and_lookups(name):
    """A parameter's variable is bound before the query runs: a pattern reusing it as a node would break."""
    question = saved_questions()[name]
    for param in question.params:
        for line in question.text.splitlines():
            if re.search(rf"\?{param.name}\b", line) and not line.lstrip().startswith("#"):
                assert "FILTER" in line or "BIND" in line, (name, line)


@pytest.mark.parametrize("name", sorted(ARGUMENTS))
def test_saved_question_answers_on_the_gold_graph(store, name):
    rows = _rows(run_query(store, saved_questions()[name].text, ARGUMENTS[name]))
    assert rows, name


def test_who_held_answers_per_article_and_filters_by_year(store):
    text = saved_questions()["who-held"].text
    [row] = _rows(run_query(store, text, {"post": "Trưởng Ban Dân vận Trung ương", "on": "2015"}))
    assert row[0] == "Hà Thị Khiết" and "seed-baohatinh-2015-07-13" in row
    assert not _rows(run_query(store, text, {"post": "Trưởng Ban Dân vận Trung ương", "on": "2019"}))


@pytest.mark.parametrize("payload", INJECTIONS)
def test_a_parameter_holding_sparql_cannot_change_the_query(store, payload):
    before = len(store)
    for name, arguments in ARGUMENTS.items():
        poisoned = {key: payload for key in arguments}
        assert _rows(run_query(store, saved_questions()[name].text, poisoned)) == [], name
    assert len(store) == before
    text = inline_values("SELECT ?x WHERE { }", {"x": payload})
    assert list(ox.Store().query(text))[0]["x"] == ox.Literal(payload)


def test_parameters_are_checked():
    question = saved_questions()["who-held"]
    with pytest.raises(ValueError, match="missing"):
        question.check({})
    with pytest.raises(ValueError, match="unknown"):
        question.check({"post": "x", "year": "2015"})


def test_results_render_in_every_format(store):
    text = saved_questions()["documents-issued-by"].text
    args = ARGUMENTS["documents-issued-by"]
    assert render(run_query(store, text, args), "csv").startswith("document,kind,number,issued,article")
    assert render(run_query(store, text, args), "tsv").startswith("?document\t?kind")
    assert json.loads(render(run_query(store, text, args), "json"))["head"]["vars"][0] == "document"
    assert render(run_query(store, "ASK { GRAPH ?g { ?s ?p ?o } }"), "table") == "true"
    graph = render(run_query(store, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3"), "turtle")
    assert len(list(ox.parse(graph.encode(), format=ox.RdfFormat.TURTLE))) == 3


def test_query_command_runs_saved_questions_with_options(build_dir):
    runner = CliRunner()
    result = runner.invoke(app, ["query", "who-held", "--post", "Trưởng Ban Dân vận Trung ương", "--on", "2015",
                                 "-i", str(build_dir), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Hà Thị Khiết" in result.stdout
    missing = runner.invoke(app, ["query", "who-held", "-i", str(build_dir)])
    assert missing.exit_code == 1 and "--post" in missing.output
    listing = runner.invoke(app, ["query", "--list"])
    assert all(name in listing.stdout for name in ARGUMENTS)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory, free_port):
    """A real `oxigraph serve` on 127.0.0.1 with an empty store."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_command(), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if time.time() > deadline:
                process.kill()
                raise
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=30)


def _count(base: str) -> int:
    result = query_endpoint(f"{base}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(result))["n"].value)


def test_push_to_a_real_server_answers_like_the_embedded_store_and_is_idempotent(store, oxigraph_server):
    graphs = push(store, f"{oxigraph_server}/store")
    assert graphs == len(list(store.named_graphs()))
    assert _count(oxigraph_server) == len(store)
    push(store, f"{oxigraph_server}/store")
    assert _count(oxigraph_server) == len(store)
    for name, arguments in ARGUMENTS.items():
        text = saved_questions()[name].text
        remote = _rows(query_endpoint(f"{oxigraph_server}/query", text, arguments))
        assert remote == _rows(run_query(store, text, arguments)), name


def test_push_command(build_dir, oxigraph_server):
    result = CliRunner().invoke(app, ["push", "--endpoint", f"{oxigraph_server}/store", "-i", str(build_dir)])
    assert result.exit_code == 0, result.output
    assert "named graphs" in result.stdout


def test_serve_command_starts_a_sparql_endpoint_over_the_build(build_dir, tmp_path, free_port):
    import shutil
    import sys

    folder = tmp_path / "build"
    shutil.copytree(build_dir, folder)
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kgnews.cli", "serve", "-i", str(folder), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while True:
            try:
                count = _count(f"http://127.0.0.1:{port}")
                break
            except OSError:
                if time.time() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.3)
        assert count == len(load_store(folder / "graph.nq"))
        assert (folder / "store").is_dir()
    finally:
        process.terminate()
        process.wait(timeout=30)

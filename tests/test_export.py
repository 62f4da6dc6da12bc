"""Exports: every format parses back to the same count, bytes are identical run to run, writes are atomic."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from graph_support import dev_extractions, hand_extractions, merged
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from kgnews.cli import app
from kgnews.export import FORMATS, csv_bytes, render, write_outputs
from kgnews.graph import build_dataset, to_networkx


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset([*dev_extractions(), *hand_extractions()])


@pytest.fixture(scope="module")
def out(dataset, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    write_outputs(dataset, folder)
    return folder


def _quads(dataset: Dataset) -> int:
    return sum(1 for _, _, _, g in dataset.quads((None, None, None, None)) if g != dataset.default_graph.identifier)


def test_every_format_is_written(out):
    assert sorted(p.name for p in out.iterdir()) == sorted(name for names in FORMATS.values() for name in names)


@pytest.mark.parametrize(("name", "rdf_format"), [("graph.ttl", "turtle"), ("graph.nt", "nt")])
def test_triple_files_parse_back_with_rdflib_to_the_merged_graph(out, dataset, name, rdf_format):
    parsed = Graph().parse(out / name, format=rdf_format)
    assert len(parsed) == len(merged(dataset))


@pytest.mark.parametrize(("name", "rdf_format"), [("graph.trig", "trig"), ("graph.nq", "nquads"), ("graph.jsonld", "json-ld")])
def test_quad_files_parse_back_with_rdflib_to_every_named_graph(out, dataset, name, rdf_format):
    parsed = Dataset()
    parsed.parse(out / name, format=rdf_format)
    assert _quads(parsed) == _quads(dataset)
    assert {g.identifier for g in parsed.graphs()} - {parsed.default_graph.identifier} == {
        g.identifier for g in dataset.graphs()
    } - {dataset.default_graph.identifier}


@pytest.mark.parametrize(
    ("name", "rdf_format", "quads"),
    [("graph.nt", ox.RdfFormat.N_TRIPLES, False), ("graph.nq", ox.RdfFormat.N_QUADS, True),
     ("graph.ttl", ox.RdfFormat.TURTLE, False), ("graph.trig", ox.RdfFormat.TRIG, True)],
)
def test_files_parse_back_with_oxigraph_to_the_same_count(out, dataset, name, rdf_format, quads):
    parsed = list(ox.parse(path=str(out / name), format=rdf_format))
    assert len(parsed) == (_quads(dataset) if quads else len(merged(dataset)))


@pytest.mark.parametrize(("name", "reader"), [("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)])
def test_gephi_files_hold_every_node_and_edge(out, dataset, name, reader):
    graph, expected = reader(out / name), to_networkx(dataset)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (expected.number_of_nodes(), expected.number_of_edges())
    node = next(n for n, d in expected.nodes(data=True) if d["label"] == "Ban Bí thư")
    assert graph.nodes[node]["type"] == "Organization"
    assert "hand-2015" in graph.nodes[node]["articles"]


def test_csv_files_hold_one_row_per_node_and_edge(out, dataset):
    expected = to_networkx(dataset)
    with open(out / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with open(out / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert len(nodes) == expected.number_of_nodes() and len(edges) == expected.number_of_edges()
    assert set(nodes[0]) == {"id", "type", "label", "aliases", "articles"}
    assert {"source", "target", "relation", "article", "evidence"} == set(edges[0])
    assert any(e["evidence"].startswith("Ngày 1/3, Trưởng Ban Dân vận") for e in edges)


def test_writing_twice_gives_the_same_bytes(dataset, out):
    again = render(build_dataset([*dev_extractions(), *hand_extractions()]), FORMATS)
    for name, data in again.items():
        assert (out / name).read_bytes() == data, name


def test_another_process_with_another_hash_seed_writes_the_same_bytes(out, tmp_path):
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    command = [sys.executable, "-m", "kgnews.cli", "export", str(out / "graph.trig"), "-o", str(tmp_path)]
    subprocess.run(command, check=True, env=env, capture_output=True)
    for path in sorted(out.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_writes_leave_no_temporary_files(out):
    assert not [p for p in out.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]


def test_an_unknown_format_is_refused(dataset, tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        write_outputs(dataset, tmp_path, formats=["turtle", "xlsx"])
    assert not list(tmp_path.iterdir())


def test_export_command_writes_the_chosen_formats(out, tmp_path):
    result = CliRunner().invoke(app, ["export", str(out / "graph.trig"), "-f", "graphml", "-f", "csv", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv", "graph.graphml", "nodes.csv"]
    assert (tmp_path / "graph.graphml").read_bytes() == (out / "graph.graphml").read_bytes()


@pytest.mark.parametrize("args", [["-f", "xlsx"], ["--format", "turtle", "missing.trig"]])
def test_export_command_refuses_bad_input(out, tmp_path, args):
    graph = [] if "missing.trig" in args else [str(out / "graph.trig")]
    result = CliRunner().invoke(app, ["export", *graph, *args, "-o", str(tmp_path)])
    assert result.exit_code == 1


def test_build_writes_every_format(tmp_path):
    result = CliRunner().invoke(app, ["build", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for names in FORMATS.values():
        assert all((tmp_path / name).is_file() for name in names)


def test_an_oxigraph_store_gives_the_same_files_as_the_dataset(out):
    store = ox.Store()
    store.load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    for name, data in render(store, FORMATS).items():
        assert (out / name).read_bytes() == data, name


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_quoted():
    graph = nx.MultiDiGraph()
    for node, label in (("a", "=HYPERLINK(\"http://evil.example\")"), ("b", "Ban Dân vận"), ("c", "@SUM(A1)")):
        graph.add_node(node, type="Organization", label=label, aliases=["+1", "Mặt trận"], articles=["x"])
    graph.add_edge("a", "b", relation="coordinatesWith", article="x", evidence="-2+3 là câu dẫn")
    nodes, edges = (list(csv.reader(io.StringIO(data.decode("utf-8")))) for data in csv_bytes(graph))
    assert [row[2] for row in nodes[1:]] == ["'=HYPERLINK(\"http://evil.example\")", "Ban Dân vận", "'@SUM(A1)"]
    assert nodes[1][3] == "'+1; Mặt trận"
    assert edges[1] == ["a", "b", "coordinatesWith", "x", "'-2+3 là câu dẫn"]

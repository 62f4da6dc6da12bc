"""`kgnews viz`: a page of a stored graph, or of one entity's neighbourhood."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgnews.cli import app
from kgnews.graph import build_dataset
from kgnews.model import Article, Entity, Extraction, Mention, Relation

BODY = "Bí thư Tỉnh ủy Phan Trọng Nghĩa dự hội nghị của Tỉnh ủy Nghệ An. Ông Hồ Sỹ Lâm là thành viên Tỉnh ủy Nghệ An."
runner = CliRunner()


def _entity(kind: str, name: str) -> Entity:
    start = BODY.index(name)
    return Entity(kind, name, (), (Mention(name, start, start + len(name)),))


def _relation(s: str, o: str, sentence: str) -> Relation:
    start = BODY.index(sentence)
    return Relation(s, "memberOf", o, sentence, start, start + len(sentence))


@pytest.fixture
def graph_file(tmp_path) -> Path:
    first, second = BODY.split(". ")
    extraction = Extraction(
        Article(id="t-01", body=BODY, title="Hội nghị Tỉnh ủy", published="2023-11-05"),
        (_entity("Person", "Phan Trọng Nghĩa"), _entity("Person", "Hồ Sỹ Lâm"), _entity("Organization", "Tỉnh ủy Nghệ An")),
        (_relation("Phan Trọng Nghĩa", "Tỉnh ủy Nghệ An", first + "."), _relation("Hồ Sỹ Lâm", "Tỉnh ủy Nghệ An", second)),
    )
    path = tmp_path / "graph.trig"
    path.write_text(build_dataset([extraction]).serialize(format="trig"), encoding="utf-8")
    return path


def page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="kg-data">(.*?)</script>', text, re.S).group(1))


def test_viz_writes_the_whole_graph(graph_file, tmp_path):
    result = runner.invoke(app, ["viz", "--input", str(graph_file), "-o", str(tmp_path / "all.html")])
    assert result.exit_code == 0, result.output
    labels = {node["label"] for node in page_data(tmp_path / "all.html")["nodes"]}
    assert {"Phan Trọng Nghĩa", "Hồ Sỹ Lâm", "Tỉnh ủy Nghệ An"} <= labels


def test_viz_entity_hops_and_type_cut_the_page_to_a_neighbourhood(graph_file, tmp_path):
    args = ["viz", "-i", str(graph_file), "--entity", "phan trong nghia", "--hops", "2", "--type", "Person"]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "focus.html")])
    assert result.exit_code == 0, result.output
    data = page_data(tmp_path / "focus.html")
    assert sorted(node["label"] for node in data["nodes"]) == ["Hồ Sỹ Lâm", "Phan Trọng Nghĩa"]
    assert data["nodes"][data["start"]]["label"] == "Phan Trọng Nghĩa"


def test_viz_reads_a_build_folder(graph_file, tmp_path):
    result = runner.invoke(app, ["viz", "-i", str(graph_file.parent), "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 0 and (tmp_path / "v.html").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--entity", "[red]Không Có[/red]"], "[red]Không Có[/red]"), (["-i", "/nonexistent"], "kgnews build")],
)
def test_viz_fails_with_a_message(graph_file, tmp_path, args, message):
    result = runner.invoke(app, ["viz", "-i", str(graph_file), "-o", str(tmp_path / "x.html"), *args])
    assert result.exit_code == 1 and message in result.output.replace("\n", "")
    assert not (tmp_path / "x.html").exists()


def test_viz_help_has_an_example():
    result = runner.invoke(app, ["viz", "--help"])
    assert result.exit_code == 0 and "Example: kgnews viz" in result.output

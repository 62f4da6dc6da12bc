"""Markup, quotes and RDF syntax in articles go through `kgnews build` as text: every export parses with
two parsers, every IRI is valid and escaped, the page shows them as text and runs none of it.

A SPARQL parameter cannot change a query: tests/test_query.py::test_a_parameter_holding_sparql_cannot_change_the_query.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.term import _is_valid_uri
from typer.testing import CliRunner
from test_viz_browser import browser, visit  # noqa: F401  (fixtures: Debian's chromium through Playwright)

from kgnews.cli import app
from kgnews.query import open_store, run_query

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
TURTLE = '""" @prefix x: <http://evil.example/> . \\'
PAYLOADS = [SCRIPT, IMG, TURTLE, "'single' \"double\" < > \\ \\\" \\u0022"]

PAGE = f"""Tin {SCRIPT} {IMG} {TURTLE}

Thứ hai - 13/07/2015 10:14
Sáng 9/7, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Chỉ thị số 43-CT/TW ngày 14/5/2015 \
của Ban Bí thư về "{SCRIPT}" và {TURTLE}.
Đồng chí Hà Thị Khiết, Trưởng Ban Dân vận Trung ương {IMG} dự và chỉ đạo hội nghị.
Ủy ban Mặt trận Tổ quốc tỉnh triển khai phong trào thi đua "{SCRIPT}" tại thành phố Hà Tĩnh <>.
Ông Lê Văn Cường\\ nói: "{TURTLE}
@prefix : <x> ." và {PAYLOADS[3]}.
"""

RECORDS = [
    {
        "id": f"j1{IMG}",
        "title": f"Tiêu đề {SCRIPT} {TURTLE}",
        "author": f"Lê Hà {IMG}\nxuống dòng",
        "source": f"Báo <b>x</b> {TURTLE}",
        "url": f'https://example.vn/a b"{SCRIPT}?q=<>\\',
        "published": "2015-07-13 10:14",
        "text": f"Sáng 9/7, Ban Bí thư ban hành Chỉ thị số 12-CT/TW về \"{IMG}\".\n"
        f"Đồng chí Trần Văn Minh, Trưởng Ban Tổ chức Tỉnh ủy {SCRIPT} dự hội nghị {TURTLE}.\u2028Hết.",
    },
    {"id": "j2 ../../etc/passwd \\ \"\"\"", "text": f"Ban Dân vận Tỉnh ủy phối hợp với Ủy ban Mặt trận Tổ quốc tỉnh. {PAYLOADS[3]}"},
    {"id": "j3 ends with a dot.", "text": "Ban Bí thư họp."},  # Turtle `article:j3\.` is valid, but rdflib failed on it
]

HTML = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Trang &lt;script&gt;alert(1)&lt;/script&gt;</title>
<meta property="og:title" content="Tin &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &quot;&quot;&quot;">
<meta name="author" content="&lt;script&gt;alert(3)&lt;/script&gt;">
<meta property="article:published_time" content="2021-04-12T09:05:00+07:00">
</head><body><article><h1>Tin</h1>
<p>Sáng 11/4, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị quán triệt Nghị quyết số 25-NQ/TW của Ban Chấp hành
Trung ương Đảng về &lt;script&gt;alert(1)&lt;/script&gt; và &quot;&quot;&quot; @prefix : &lt;x&gt; . \\ trong tình hình mới.</p>
<p>Đồng chí Nguyễn Văn Bình, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị &quot;&gt;&lt;img src=x onerror=alert(1)&gt;.</p>
</article></body></html>
"""

RDF_FILES = {
    "graph.ttl": ("turtle", ox.RdfFormat.TURTLE),
    "graph.trig": ("trig", ox.RdfFormat.TRIG),
    "graph.nq": ("nquads", ox.RdfFormat.N_QUADS),
    "graph.nt": ("nt", ox.RdfFormat.N_TRIPLES),
    "graph.jsonld": ("json-ld", ox.RdfFormat.JSON_LD),
}
IRI_FORBIDDEN = set(' <>"{}|\\^`\n\r\t')


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """The build folder of a corpus of hostile pages, in each input format, with a hostile file name."""
    corpus = tmp_path_factory.mktemp("hostile")
    (corpus / "page.txt").write_text(PAGE, encoding="utf-8")
    (corpus / 'ten <b>"x\' \\ \n.txt').write_text(PAGE.replace("9/7", "10/7"), encoding="utf-8")
    (corpus / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    (corpus / "web.html").write_text(HTML, encoding="utf-8")
    folder = corpus.parent / f"{corpus.name}-out"
    built = subprocess.run([sys.executable, "-m", "kgnews.cli", "build", str(corpus), "-o", str(folder)], capture_output=True, text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    return folder


def _literals(quads) -> set[str]:
    return {t.value for q in quads for t in (q.subject, q.predicate, q.object) if isinstance(t, ox.Literal)}


@pytest.fixture(scope="module")
def quads(out) -> list[ox.Quad]:
    return list(ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS))


def test_the_hostile_text_reaches_the_graph_as_literals(quads):
    literals = _literals(quads)
    assert SCRIPT in literals  # a campaign named by the article, a document's subject
    assert any(IMG in v for v in literals) and any(TURTLE in v for v in literals)
    assert f"Lê Hà {IMG} xuống dòng" in literals  # the author: one line
    assert f'https://example.vn/a b"{SCRIPT}?q=<>\\' in literals  # the url, as written
    assert any("@prefix : <x> ." in v for v in literals) and 'Tin "><img src=x onerror=alert(1)> """' in literals


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_every_rdf_file_parses_with_rdflib_and_oxigraph_to_the_same_statements(out, quads, name):
    rdflib_format, ox_format = RDF_FILES[name]
    parsed = list(ox.parse(path=str(out / name), format=ox_format))
    if ox_format.supports_datasets:
        assert set(parsed) == set(quads)
        dataset = Dataset()
        dataset.parse(out / name, format=rdflib_format)
        count = sum(1 for *_, g in dataset.quads((None, None, None, None)) if g != dataset.default_graph.identifier)
    else:
        assert {q.triple for q in parsed} == {q.triple for q in quads}
        count = len(Graph().parse(out / name, format=rdflib_format))
    assert count == len(set(parsed))  # a triple that several articles state is written once for each
    assert _literals(parsed) == _literals(quads)


def test_rdflib_reads_back_every_literal_unchanged(out, quads):
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    values = {str(o) for _, _, o, _ in dataset.quads((None, None, None, None)) if isinstance(o, Literal)}
    assert values == {v for v in _literals(quads)}


def test_every_iri_is_valid_and_carries_no_raw_text(quads):
    iris = {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name) if isinstance(t, ox.NamedNode)}
    assert len(iris) > 50
    for iri in iris:
        assert iri.isascii() and not IRI_FORBIDDEN & set(iri), iri
        assert _is_valid_uri(iri) and ox.NamedNode(iri).value == iri
        assert all(fragment not in iri for fragment in ("<", "script>", "onerror=", "@prefix", '"""', "alert(1)")), iri


def test_the_store_finds_hostile_text_through_a_bound_parameter(out):
    question = "SELECT DISTINCT ?node WHERE { GRAPH ?g { ?node ?p ?text } FILTER(STR(?text) = ?name) }"
    for name in (f"Lê Hà {IMG} xuống dòng", RECORDS[0]["title"], RECORDS[0]["url"]):
        assert len(list(run_query(open_store(out), question, {"name": name}))) == 1, name


def test_viz_and_export_read_the_hostile_build_back(out, tmp_path):
    view = CliRunner().invoke(app, ["viz", "-i", str(out), "--entity", SCRIPT, "-o", str(tmp_path / "view.html")])
    assert view.exit_code == 0, view.output
    again = CliRunner().invoke(app, ["export", str(out / "graph.trig"), "-f", "turtle", "-f", "csv", "-o", str(tmp_path)])
    assert again.exit_code == 0, again.output
    def triples(path):  # the build streams Turtle graph by graph, export deduplicates: the same graph
        return set(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))

    assert triples(tmp_path / "graph.ttl") == triples(out / "graph.ttl")
    assert (tmp_path / "nodes.csv").read_bytes() == (out / "nodes.csv").read_bytes()


@pytest.mark.parametrize("reader", [nx.read_graphml, nx.read_gexf])
def test_gephi_files_parse_with_networkx_and_elementtree(out, reader):
    name = "graph.graphml" if reader is nx.read_graphml else "graph.gexf"
    root = ET.parse(out / name).getroot()
    graph = reader(out / name)
    with (out / "nodes.csv").open(newline="", encoding="utf-8") as handle:
        assert graph.number_of_nodes() == sum(1 for _ in csv.DictReader(handle)) > 0
    assert SCRIPT in ET.tostring(root, encoding="unicode").replace("&lt;", "<").replace("&gt;", ">")
    labels = {str(v) for _, data in graph.nodes(data=True) for v in data.values()}
    assert SCRIPT in labels


@pytest.mark.parametrize(("name", "header"), [("nodes.csv", 5), ("edges.csv", 5)])
def test_csv_files_parse_with_one_field_per_column(out, name, header):
    with (out / name).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, strict=True))
    assert len(rows) > 1 and {len(row) for row in rows} == {header}
    cells = {cell for row in rows for cell in row}
    assert SCRIPT in cells if name == "nodes.csv" else any(IMG in cell or TURTLE in cell for cell in cells)


def test_the_page_shows_hostile_names_and_sentences_as_text_and_runs_none(out, visit):  # noqa: F811
    page = visit(out / "graph.html")
    page.search(SCRIPT)
    page.page.locator("#kg-search").fill(SCRIPT)
    assert page.page.locator("#kg-results li").first.text_content().startswith(SCRIPT)
    page.page.evaluate(f"kgnews.select(kgnews.data.nodes.findIndex(x => x.label === {json.dumps(SCRIPT)}))")
    assert SCRIPT in page.page.locator("#kg-details").text_content()
    page.page.evaluate(f"kgnews.select(kgnews.data.nodes.findIndex(x => x.label === {json.dumps(RECORDS[0]['title'])}))")
    assert RECORDS[0]["title"] in page.page.locator("#kg-details").text_content()
    assert page.dialogs == [] and page.errors == [] and page.external() == []
    injected = page.page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed, b, i').length")
    assert (injected, page.page.evaluate("document.scripts.length")) == (0, 3)


@pytest.mark.parametrize("article_id", ["../escaped", "sub/../../escaped", "{root}/escaped"])
def test_extract_writes_only_inside_its_output_folder(tmp_path, article_id):
    corpus, out = tmp_path / "news.jsonl", tmp_path / "deep" / "out"
    record = {"id": article_id.format(root=tmp_path), "text": "Ban Bí thư ban hành Chỉ thị số 12-CT/TW."}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out)])
    written = [p for p in tmp_path.rglob("*.json") if p.is_file()]
    assert written and all(out in p.parents for p in written), written

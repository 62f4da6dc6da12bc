"""The graph page as a file: inert data, nothing loaded from outside, deterministic, defensive."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from kgnews.viz import page_html, render_html
from kgnews.viz.page import script_json
from kgnews.viz.payload import build_payload
from kgnews.viz.select import find_entity, select

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(2)</script>",
    "<!-- <script>",
    "' \" \\ \\u003c",
    "line\u2028separator\u2029paragraph",
    "&lt;b&gt; & {{data}}",
]
P = "https://kgnews.org/id/person/"
O = "https://kgnews.org/id/organization/"


def small_graph(order: int = 1) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    nodes = [
        (P + "a", {"type": "Person", "label": "Phan Trọng Nghĩa", "aliases": ["Nghĩa"], "articles": ["dev-01"]}),
        (P + "b", {"type": "Person", "label": "Hồ Sỹ Lâm", "aliases": [], "articles": ["dev-01"]}),
        (O + "t", {"type": "Organization", "label": "Tỉnh ủy Nghệ An", "aliases": ["Tỉnh ủy"], "articles": ["dev-01"]}),
        (O + "q", {"type": "Organization", "label": "Quốc hội", "aliases": [], "articles": ["dev-02"]}),
        (O + "z", {"type": "Organization", "label": "Chính phủ", "aliases": [], "articles": ["dev-03"]}),
    ]
    edges = [
        (P + "a", O + "t", {"relation": "memberOf", "evidence": "Ông Nghĩa là Bí thư Tỉnh ủy.", "article": "dev-01"}),
        (P + "b", O + "t", {"relation": "memberOf", "evidence": "Ông Lâm là Phó Bí thư.", "article": "dev-01"}),
        (O + "t", O + "q", {"relation": "coordinatesWith", "evidence": "Tỉnh ủy phối hợp với Quốc hội.", "article": "dev-02"}),
    ]
    for node, data in nodes[::order]:
        graph.add_node(node, **data)
    for source, target, data in edges[::order]:
        graph.add_edge(source, target, **data)
    return graph


def data_block(page: str) -> str:
    return re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)


def markup(page: str) -> str:
    """The page without the bodies of its script elements."""
    return re.sub(r"(<script[^>]*>).*?</script>", r"\1</script>", page, flags=re.S)


def hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for n, text in enumerate(HOSTILE):
        graph.add_node(P + str(n), type="Person", label=text, aliases=[text], articles=[text], posts=[text])
        graph.add_edge(P + str(n), O + "x", relation=text, evidence=text, article=text)
    graph.nodes[O + "x"].update(type=HOSTILE[0], label=HOSTILE[1])
    return graph


@pytest.mark.parametrize("text", HOSTILE)
def test_script_json_escapes_everything_that_could_end_the_script(text):
    encoded = script_json({"label": text})
    assert not set(encoded) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(encoded) == {"label": text}


def test_hostile_text_stays_inside_the_inert_data_block():
    page = page_html(hostile_graph())
    block = data_block(page)
    assert "<" not in block and "&" not in block
    assert markup(page).count("<script") == 3 and page.count("</script>") == 3
    labels = {node["label"] for node in json.loads(block)["nodes"]}
    assert set(HOSTILE) <= labels
    assert "<img" not in markup(page) and "onerror" not in markup(page)


def test_page_loads_nothing_from_outside():
    page = page_html(small_graph())
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=|\bhref=|@import|url\(", markup(page))
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "http" not in csp


def test_only_the_pages_own_scripts_may_run():
    page = page_html(small_graph())
    csp = re.search(r'content="(default-src[^"]+)"', page).group(1).replace("&#x27;", "'")
    allowed = set(re.findall(r"'sha256-([^']+)'", csp))
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    digests = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert len(scripts) == 2 and digests == allowed


def test_same_graph_gives_a_byte_identical_page():
    assert page_html(small_graph(order=1)) == page_html(small_graph(order=-1))


@pytest.mark.parametrize("hash_seed", ["1", "2"])
def test_page_does_not_depend_on_the_process_hash_seed(hash_seed):
    script = "import sys, test_viz_page as t; sys.stdout.write(t.page_html(t.small_graph(), entity='Nghĩa', hops=2))"
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(Path(__file__).parent)}
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)
    assert run.stdout.decode("utf-8") == page_html(small_graph(), entity="Nghĩa", hops=2)


def test_render_html_writes_utf8_with_vietnamese_labels(tmp_path):
    render_html(small_graph(), tmp_path / "out" / "graph.html")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["graph.html"]
    text = (tmp_path / "out" / "graph.html").read_bytes().decode("utf-8")
    assert '<meta charset="utf-8">' in text and "Phan Trọng Nghĩa" in text


def test_missing_attributes_fall_back_to_the_iri_and_no_evidence():
    graph = nx.MultiDiGraph()
    graph.add_edge(P + "x", O + "y")
    graph.add_node(O + "y", label=None, aliases="Tên khác", articles={"b", "a"})
    payload = build_payload(graph)
    y, x = payload["nodes"]
    assert (y["label"], y["type"], y["aliases"], y["articles"]) == ("y", "Unknown", ["Tên khác"], ["a", "b"])
    assert x["label"] == "x" and payload["edges"] == [{"from": 1, "to": 0, "relation": "related", "evidence": []}]


def test_parallel_edges_collapse_with_all_their_evidence_shared_once():
    graph = small_graph()
    graph.add_edge(P + "a", O + "t", relation="memberOf", evidence="Câu thứ hai.", article="dev-09")
    graph.add_edge(P + "b", O + "q", relation="memberOf", evidence="Câu thứ hai.", article="dev-09")
    payload = build_payload(graph)
    member = [e for e in payload["edges"] if e["relation"] == "memberOf"]
    assert len(member) == 3 and len(payload["sentences"]) == 4
    assert [len(e["evidence"]) for e in member] == [2, 1, 1]


def test_holds_position_targets_become_the_persons_posts():
    graph = small_graph()
    graph.add_node("https://kgnews.org/id/post/bt", type="Post", label="Bí thư Tỉnh ủy Nghệ An")
    graph.add_edge(P + "a", "https://kgnews.org/id/post/bt", relation="holdsPosition", evidence="…", article="dev-01")
    nodes = {n["id"]: n for n in build_payload(graph)["nodes"]}
    assert nodes[P + "a"]["posts"] == ["Bí thư Tỉnh ủy Nghệ An"]


def test_overview_keeps_the_most_connected_nodes_and_lays_them_out():
    graph = nx.MultiDiGraph(nx.star_graph(30))
    graph = nx.relabel_nodes(graph, {n: f"{P}{n:03d}" for n in graph})
    payload = build_payload(graph, max_nodes=5)
    shown = [payload["nodes"][i] for i in payload["overview"]]
    assert len(shown) == 5 and P + "000" in {n["id"] for n in shown}
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in shown)
    assert sum("x" in n for n in payload["nodes"]) == 5


@pytest.mark.parametrize("name", ["Phan Trọng Nghĩa", "phan trong nghia", "Nghĩa", P + "a"])
def test_find_entity_by_name_alias_or_iri_ignoring_case_and_tone_marks(name):
    assert find_entity(small_graph(), name) == P + "a"


def test_find_entity_names_what_is_missing():
    with pytest.raises(LookupError, match="Không Có"):
        find_entity(small_graph(), "Không Có")


@pytest.mark.parametrize(
    ("hops", "expected"),
    [(0, {P + "a"}), (1, {P + "a", O + "t"}), (2, {P + "a", O + "t", P + "b", O + "q"})],
)
def test_entity_neighbourhood_follows_links_both_ways(hops, expected):
    assert set(select(small_graph(), entity="Phan Trọng Nghĩa", hops=hops)) == expected


def test_type_filter_keeps_the_focused_entity():
    shown = select(small_graph(), entity="Tỉnh ủy Nghệ An", hops=1, types=["Person"])
    assert set(shown) == {P + "a", P + "b", O + "t"}


def test_focus_page_opens_selected_on_the_entity():
    payload = json.loads(data_block(page_html(small_graph(), entity="Hồ Sỹ Lâm", hops=1)))
    assert payload["nodes"][payload["start"]]["id"] == P + "b" and len(payload["nodes"]) == 2


def test_empty_graph_gives_a_page():
    assert json.loads(data_block(page_html(nx.MultiDiGraph())))["nodes"] == []


def test_the_page_script_never_parses_data_as_html():
    app = page_html(small_graph()).split("<script>")[-1]
    assert not re.search(r"\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(", app)

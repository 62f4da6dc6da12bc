"""The graph page in a real browser (Playwright driving Debian's chromium): offline, searchable, safe."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from kgnews.viz import render_html
from kgnews.viz.source import load_graph

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
GOLD = Path(__file__).parent / "gold"
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</script><script>alert(2)</script>",
    "' \" \\ \\u003c \u2028 <!-- ]]>",
    "<svg onload=alert(3)>",
]


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "the browser tests need Debian's chromium: apt-get install -y chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """A page opened from a file, with every request, failure, console error and dialog it caused."""

    def __init__(self, browser: Browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page: Page = self.context.new_page()
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url)
        self.page.wait_for_selector("html[data-ready=true]", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def external(self) -> list[str]:
        return [url for url in self.requests if url != self.url]

    def search(self, text: str) -> None:
        box = self.page.locator("#kg-search")
        box.fill(text)
        box.press("Enter")

    def selected(self) -> list[str]:
        return self.page.evaluate("kgnews.network.getSelectedNodes().map(i => kgnews.data.nodes[i].id)")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def open_page(path: Path) -> Visit:
        opened.append(Visit(browser, path))
        return opened[-1]

    yield open_page
    for page in opened:
        page.close()


def entity_iri(kind: str, name: str) -> str:
    """Test IRIs, minted here so these tests do not depend on the graph module's scheme."""
    return f"https://kgnews.org/id/{kind.lower()}/{hashlib.sha1(name.encode()).hexdigest()[:12]}"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def gold_graph(*names: str) -> nx.MultiDiGraph:
    """A contract-shaped graph from gold annotations, with the article sentence naming both ends as evidence."""
    graph = nx.MultiDiGraph()
    for name in names:
        gold = json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
        sentences = _sentences((GOLD / f"{name}.txt").read_text(encoding="utf-8"))
        iris = {}
        for entity in gold["entities"]:
            iri = str(entity_iri(entity["type"], entity["name"]))
            iris[entity["name"]] = iri
            node = graph.nodes[iri] if iri in graph else {}
            articles = sorted({*node.get("articles", []), gold["id"]})
            graph.add_node(iri, type=entity["type"], label=entity["name"], aliases=entity["aliases"], articles=articles)
        for relation in gold["relations"]:
            objects = relation["o"] if isinstance(relation["o"], list) else [relation["o"]]
            source = iris.get(relation["s"])
            if source and relation["p"] == "holdsPosition":
                graph.nodes[source].setdefault("posts", []).append(objects[0])
            elif source and objects[0] in iris:
                said = next((s for s in sentences if relation["s"] in s), "")
                graph.add_edge(source, iris[objects[0]], relation=relation["p"], evidence=said, article=gold["id"])
    return graph


def hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for n, payload in enumerate(PAYLOADS):
        person, org = f"https://kgnews.org/id/person/p{n}", f"https://kgnews.org/id/organization/o{n}"
        graph.add_node(person, type="Person", label=f"Ông {payload}", aliases=[payload], articles=[payload], posts=[payload])
        graph.add_node(org, type="Organization", label=payload, aliases=[], articles=["a1"])
        graph.add_edge(person, org, relation=payload, evidence=f"Câu {payload} dẫn chứng.", article=payload)
    return graph


def test_sample_page_loads_offline_without_errors_and_counts_every_node(visit, tmp_path):
    out = tmp_path / "outputs"
    built = subprocess.run([sys.executable, "-m", "kgnews.cli", "build", "-o", str(out)], capture_output=True, text=True)
    assert built.returncode in (0, 3), built.stderr
    graph = load_graph(out)  # the graph.trig the same build wrote
    page = visit(out / "graph.html")
    assert page.external() == [] and page.failed == [] and page.errors == []
    assert page.page.evaluate("kgnews.data.nodes.length") == graph.number_of_nodes()
    assert page.page.locator("#kg-stats").get_attribute("data-total-nodes") == str(graph.number_of_nodes())
    if graph.number_of_nodes():
        first = page.page.evaluate("kgnews.data.nodes[kgnews.data.overview[0]]")
        page.search(first["label"])
        assert page.selected() == [first["id"]]
    page.page.screenshot(path=tmp_path / "sample.png")
    assert (tmp_path / "sample.png").stat().st_size > 0


def test_gold_page_draws_every_node_and_writes_a_screenshot(visit, tmp_path):
    graph = gold_graph("dev-01", "dev-02", "dev-03")
    render_html(graph, tmp_path / "graph.html")
    page = visit(tmp_path / "graph.html")
    assert page.external() == [] and page.failed == [] and page.errors == []
    assert page.page.evaluate("kgnews.network.body.data.nodes.length") == graph.number_of_nodes()
    page.page.screenshot(path=tmp_path / "graph.png")
    assert (tmp_path / "graph.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("typed", ["Phan Trọng Nghĩa", "phan trong nghia", "Trọng Nghĩa"])
def test_searching_a_name_selects_that_node(visit, tmp_path, typed):
    graph = gold_graph("dev-01", "dev-02")
    render_html(graph, tmp_path / "graph.html")
    page = visit(tmp_path / "graph.html")
    page.search(typed)
    assert page.selected() == [str(entity_iri("Person", "Phan Trọng Nghĩa"))]
    assert page.page.locator("#kg-details h2").text_content() == "Phan Trọng Nghĩa"


def test_searching_an_alias_selects_the_entity(visit, tmp_path):
    graph = gold_graph("dev-01")
    render_html(graph, tmp_path / "graph.html")
    page = visit(tmp_path / "graph.html")
    page.search("HĐND tỉnh")
    assert page.selected() == [str(entity_iri("Organization", "Hội đồng nhân dân tỉnh Nghệ An"))]


def test_hostile_names_and_sentences_show_as_text_and_never_run(visit, tmp_path):
    render_html(hostile_graph(), tmp_path / "graph.html")
    page = visit(tmp_path / "graph.html")
    for n, payload in enumerate(PAYLOADS):
        page.search(payload)
        page.page.locator("#kg-search").fill(payload)
        assert page.page.locator("#kg-results li").first.text_content().startswith(payload)
        page.page.evaluate(f"kgnews.select(kgnews.data.nodes.findIndex(x => x.id.endsWith('/p{n}')))")
        details = page.page.locator("#kg-details").text_content()
        assert f"Ông {payload}" in details and f"Câu {payload} dẫn chứng." in details
    assert page.dialogs == [] and page.errors == [] and page.external() == []
    injected = page.page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length")
    scripts = page.page.evaluate("document.scripts.length")
    assert (injected, scripts) == (0, 3)


def test_hovering_a_node_shows_its_evidence_as_text(visit, tmp_path):
    render_html(hostile_graph(), tmp_path / "graph.html")
    page = visit(tmp_path / "graph.html")
    index = page.page.evaluate("kgnews.data.nodes.findIndex(x => x.id.endsWith('/p1'))")
    point = page.page.evaluate(f"kgnews.network.canvasToDOM(kgnews.network.getPositions([{index}])[{index}])")
    box = page.page.locator("#kg-network").bounding_box()
    page.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = page.page.locator("#kg-tooltip")
    tooltip.wait_for(state="visible")
    assert f"Câu {PAYLOADS[1]} dẫn chứng." in tooltip.text_content()
    assert "Nhân vật" in tooltip.text_content()
    assert page.page.evaluate("document.querySelectorAll('#kg-tooltip *:not(b):not(p)').length") == 0


def test_type_filter_hides_the_nodes_of_that_type(visit, tmp_path):
    graph = gold_graph("dev-01")
    render_html(graph, tmp_path / "graph.html")
    page = visit(tmp_path / "graph.html")
    page.page.locator('#kg-legend input[data-type="Person"]').uncheck()
    hidden = page.page.evaluate("kgnews.network.body.data.nodes.get({filter: n => n.hidden}).length")
    assert hidden == sum(1 for _, t in graph.nodes(data="type") if t == "Person")


def test_focus_shows_one_entitys_neighbourhood(visit, tmp_path):
    graph = gold_graph("dev-01", "dev-02", "dev-03")
    centre = str(entity_iri("Person", "Phan Trọng Nghĩa"))
    render_html(graph, tmp_path / "graph.html")
    page = visit(tmp_path / "graph.html")
    page.page.evaluate(f"kgnews.focus(kgnews.data.nodes.findIndex(x => x.id === {json.dumps(centre)}), 1)")
    shown = set(page.page.evaluate("kgnews.network.body.data.nodes.map(n => kgnews.data.nodes[n.id].id)"))
    assert shown == {centre, *nx.all_neighbors(graph, centre)}
    assert page.page.locator("#kg-stats").get_attribute("data-view") == "focus"
    labels = page.page.evaluate("kgnews.network.body.data.edges.map(e => [e.label, kgnews.data.edges[e.id].relation])")
    assert labels and all(label == relation for label, relation in labels)


def test_large_graph_opens_on_the_most_connected_and_search_reaches_the_rest(visit, tmp_path):
    graph = nx.MultiDiGraph()
    scale_free = nx.barabasi_albert_graph(3000, 2, seed=3)
    for n in scale_free:
        graph.add_node(f"https://kgnews.org/id/person/n{n:05d}", type="Person", label=f"Người số {n}")
    for a, b in scale_free.edges:
        graph.add_edge(f"https://kgnews.org/id/person/n{a:05d}", f"https://kgnews.org/id/person/n{b:05d}", relation="memberOf")
    render_html(graph, tmp_path / "graph.html", max_nodes=300)
    page = visit(tmp_path / "graph.html")
    stats = page.page.locator("#kg-stats")
    assert (stats.get_attribute("data-total-nodes"), stats.get_attribute("data-shown-nodes")) == ("3000", "300")
    leaf = min(scale_free, key=lambda n: (scale_free.degree(n), -n))
    page.search(f"Người số {leaf}")
    assert page.selected() == [f"https://kgnews.org/id/person/n{leaf:05d}"]
    assert stats.get_attribute("data-view") == "focus"
    assert page.errors == []

"""Benchmark: how big the graph page gets and how soon its search answers, in Debian's chromium.

Not a test: it prints figures and never fails on a timing.

    .venv/bin/python tests/benchmarks/bench_viz.py                 # 5,000 nodes
    .venv/bin/python tests/benchmarks/bench_viz.py --nodes 1000 5000 10000 20000
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from kgnews.viz import MAX_OVERVIEW_NODES, render_html

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
GIVEN = ["Văn", "Thị", "Trọng", "Minh", "Thanh", "Quốc", "Hữu", "Đức", "Xuân", "Hồng"]
TYPES = ["Person"] * 5 + ["Organization"] * 3 + ["LegalDocument", "Event", "Location", "Campaign"]
RELATIONS = ["memberOf", "attends", "chairs", "speaksAt", "issuedBy", "concerns", "coordinatesWith", "partOf"]


def synthetic_graph(size: int, seed: int = 7) -> nx.MultiDiGraph:
    """A scale-free graph of `size` nodes (≈2 links each) with Vietnamese labels and evidence sentences."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(size, 2, seed=seed)
    graph = nx.MultiDiGraph()
    for n in shape:
        kind = rng.choice(TYPES)
        label = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)} {n}" if kind == "Person" else f"{kind} số {n}"
        articles = sorted(f"a{rng.randrange(size // 3 + 1):05d}" for _ in range(rng.randint(1, 4)))
        graph.add_node(f"https://kgnews.org/id/{kind.lower()}/n{n:06d}", type=kind, label=label, aliases=[], articles=articles)
    names = sorted(graph.nodes)
    for a, b in shape.edges:
        sentence = f"Theo bài báo, {graph.nodes[names[a]]['label']} đã làm việc với {graph.nodes[names[b]]['label']} tại hội nghị."
        graph.add_edge(names[a], names[b], relation=rng.choice(RELATIONS), evidence=sentence, article=f"a{a:05d}")
    return graph


def measure(browser, path: Path, queries: dict[str, str]) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    started = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-ready=true]", timeout=120_000)
    figures = {"ready_s": time.perf_counter() - started}
    for name, label in queries.items():
        page.locator("#kg-search").fill(label)
        page.locator("#kg-search").press("Enter")
        page.wait_for_function(
            "label => kgnews.network.getSelectedNodes().some(i => kgnews.data.nodes[i].label === label)", arg=label
        )
        figures[f"{name}_s"] = time.perf_counter() - started
    figures["frame_ms"] = page.evaluate(
        "() => { const t = performance.now(); for (let i = 0; i < 5; i++) kgnews.network.renderer._redraw(); return (performance.now() - t) / 5; }"
    )
    page.evaluate("kgnews.overview()")
    figures["overview_frame_ms"] = page.evaluate(
        "() => { const t = performance.now(); for (let i = 0; i < 5; i++) kgnews.network.renderer._redraw(); return (performance.now() - t) / 5; }"
    )
    figures["shown"] = page.evaluate("kgnews.network.body.data.nodes.length")
    if errors:
        print("  page errors:", errors)
    page.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[5000])
    parser.add_argument("--max-nodes", type=int, default=MAX_OVERVIEW_NODES, help="overview size of the page")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for size in options.nodes:
            graph = synthetic_graph(size)
            path = Path(tmp) / f"graph-{size}.html"
            started = time.perf_counter()
            render_html(graph, path, max_nodes=options.max_nodes)
            render_s = time.perf_counter() - started
            labels = sorted((graph.degree(n), graph.nodes[n]["label"]) for n in graph)
            queries = {"search_hub": labels[-1][1], "search_leaf": labels[0][1]}
            figures = measure(browser, path, queries)
            print(
                f"{size:>6} nodes {graph.number_of_edges():>6} edges | render {render_s:5.1f} s, "
                f"{path.stat().st_size / 1e6:5.1f} MB | page ready {figures['ready_s']:5.2f} s | "
                f"search answers (hub) {figures['search_hub_s']:5.2f} s, (leaf, opens focus) {figures['search_leaf_s']:5.2f} s "
                f"after load start | overview {figures['shown']} nodes drawn, frame {figures['overview_frame_ms']:.0f} ms, "
                f"focus frame {figures['frame_ms']:.0f} ms"
            )
        browser.close()


if __name__ == "__main__":
    main()

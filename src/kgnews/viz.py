"""The interactive HTML view of the graph (pyvis), written as one self-contained UTF-8 file."""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kgnews import atomic

COLOURS = {
    "Person": "#e15759",
    "Organization": "#4e79a7",
    "LegalDocument": "#f28e2b",
    "Event": "#59a14f",
    "Campaign": "#b07aa1",
    "Location": "#76b7b2",
    "NewsArticle": "#bab0ac",
}


def render_html(graph: nx.MultiDiGraph, path: Path) -> None:
    """Write `graph` (nodes with `label` and `type`) as an HTML page at `path`."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in sorted(graph.nodes(data=True)):
        kind = data.get("type", "")
        net.add_node(
            node,
            label=data.get("label", node),
            title=html.escape(f"{kind}: {data.get('label', node)}"),
            color=COLOURS.get(kind, "#999999"),
        )
    for source, target, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""))):
        net.add_edge(source, target, label=data.get("relation", ""))
    page = net.generate_html(notebook=False)
    atomic.write_text(path, page)

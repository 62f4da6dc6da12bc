"""The interactive HTML view of the graph: one self-contained, offline, script-safe UTF-8 page."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from kgnews import atomic
from kgnews.viz.page import render_page
from kgnews.viz.payload import build_payload
from kgnews.viz.select import find_entity, select

#: Pages with more nodes than this open on the best connected ones; search and focus reach the rest.
#: (Under 500 also keeps networkx's spring layout on its fast dense path: about 1 s instead of 10.)
MAX_OVERVIEW_NODES = 400


def page_html(
    graph: nx.Graph,
    *,
    entity: str | None = None,
    hops: int = 1,
    types: Iterable[str] | None = None,
    max_nodes: int = MAX_OVERVIEW_NODES,
    title: str = "kgnews — đồ thị tri thức",
) -> str:
    """The HTML page of `graph`, or of `entity`'s neighbourhood within `hops` links, kept to `types`."""
    shown = select(graph, entity=entity, hops=hops, types=types)
    payload = build_payload(shown, max_nodes=max_nodes, title=title)
    if entity:
        payload["start"] = [record["id"] for record in payload["nodes"]].index(find_entity(shown, entity))
    return render_page(payload)


def render_html(graph: nx.Graph, path: Path, **options) -> None:
    """Write the page of `graph` (see `page_html` for the options) to `path`, atomically, as UTF-8."""
    atomic.write_text(Path(path), page_html(graph, **options))


__all__ = ["MAX_OVERVIEW_NODES", "page_html", "render_html"]

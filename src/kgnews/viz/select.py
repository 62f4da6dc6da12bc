"""Which part of the graph a page shows: one entity's neighbourhood, some entity types."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import networkx as nx


def fold(text: str) -> str:
    """Case- and tone-mark-insensitive form of a name: `Hà Thị Khiết` → `ha thi khiet`."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).casefold().split())


def find_entity(graph: nx.Graph, name: str) -> str:
    """The node whose IRI, label or alias is `name`: exact match first, then ignoring case and tone marks."""
    if name in graph:
        return name
    exact, folded = [], []
    wanted = fold(name)
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        aliases = data.get("aliases") or []
        names = [str(data.get("label") or ""), *(aliases if isinstance(aliases, (list, tuple)) else [aliases])]
        if name in names:
            exact.append(node)
        elif wanted in (fold(str(n)) for n in names):
            folded.append(node)
    matches = exact or folded
    if not matches:
        raise LookupError(f"no entity named {name!r} in the graph")
    return max(sorted(matches, key=str), key=graph.degree)  # the best connected; the first IRI on a tie


def neighbourhood(graph: nx.Graph, node: str, hops: int) -> nx.Graph:
    """The subgraph of nodes within `hops` links of `node`, whatever the links' direction."""
    undirected = graph.to_undirected(as_view=True)
    reach = nx.single_source_shortest_path_length(undirected, node, cutoff=max(hops, 0))
    return graph.subgraph(reach).copy()


def keep_types(graph: nx.Graph, types: Iterable[str], *, keep: Iterable[str] = ()) -> nx.Graph:
    """The subgraph of nodes whose `type` is one of `types` (and the nodes in `keep`)."""
    wanted, kept = set(types), set(keep)
    return graph.subgraph(n for n, data in graph.nodes(data=True) if data.get("type") in wanted or n in kept).copy()


def select(graph: nx.Graph, *, entity: str | None = None, hops: int = 1, types: Iterable[str] | None = None) -> nx.Graph:
    """`graph` cut to an entity's neighbourhood and/or to some types; the whole graph when neither is given."""
    centre = find_entity(graph, entity) if entity else None
    if centre is not None:
        graph = neighbourhood(graph, centre, hops)
    types = list(types or [])
    if types:
        graph = keep_types(graph, types, keep=[centre] if centre is not None else [])
    return graph

"""The page's data: a NetworkX graph as plain, deterministic, JSON-ready lists."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kgnews.viz.layout import overview_positions
from kgnews.viz.style import RELATION_NAMES, type_table

_POST_ATTRS = ("posts", "positions")
_DATE_ATTRS = ("date", "dates", "issued", "published")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _strings(value: Any) -> list[str]:
    """A node attribute as a list of distinct non-empty strings (sets sorted, order kept otherwise)."""
    if value is None:
        return []
    if isinstance(value, str):
        items = [value]
    elif isinstance(value, (set, frozenset)):
        items = sorted(map(str, value))
    elif isinstance(value, (list, tuple)):
        items = [_text(v) for v in value]
    else:
        items = [str(value)]
    return list(dict.fromkeys(item for item in items if item))


def _fallback_label(node: str) -> str:
    return node.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or node


def _edge_groups(graph: nx.Graph) -> dict[tuple[str, str, str], set[tuple[str, str]]]:
    """Parallel edges with one relation collapse into one drawn edge carrying every (evidence, article)."""
    groups: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for source, target, data in graph.edges(data=True):
        key = (str(source), str(target), _text(data.get("relation")) or "related")
        evidence, article = _text(data.get("evidence")), _text(data.get("article"))
        bucket = groups[key]
        if evidence or article:
            bucket.add((evidence, article))
    return groups


def _node_record(node: str, data: dict, posts: list[str]) -> dict[str, Any]:
    dates = [d for attr in _DATE_ATTRS for d in _strings(data.get(attr))]
    own_posts = [p for attr in _POST_ATTRS for p in _strings(data.get(attr))]
    return {
        "id": node,
        "label": _text(data.get("label")) or _fallback_label(node),
        "type": _text(data.get("type")) or "Unknown",
        "aliases": _strings(data.get("aliases")),
        "articles": _strings(data.get("articles")),
        "posts": list(dict.fromkeys(own_posts + posts)),
        "dates": list(dict.fromkeys(dates)),
    }


def build_payload(graph: nx.Graph, *, max_nodes: int = 400, title: str = "kgnews") -> dict[str, Any]:
    """Nodes, collapsed edges, de-duplicated evidence sentences and the overview's precomputed layout."""
    ids = sorted(str(node) for node in graph.nodes)
    index = {node: i for i, node in enumerate(ids)}
    attrs = {str(node): data for node, data in graph.nodes(data=True)}
    groups = _edge_groups(graph)
    posts: dict[str, list[str]] = defaultdict(list)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for source, target, relation in sorted(groups):
        if relation == "holdsPosition":
            posts[source].append(_text(attrs[target].get("label")) or _fallback_label(target))
        if source != target:
            neighbours[index[source]].add(index[target])
            neighbours[index[target]].add(index[source])
    nodes = [_node_record(node, attrs[node], posts[node]) for node in ids]
    sentences: dict[str, int] = {}
    edges = []
    for source, target, relation in sorted(groups):
        evidence = [[sentences.setdefault(s, len(sentences)), a] for s, a in sorted(groups[source, target, relation])]
        edges.append({"from": index[source], "to": index[target], "relation": relation, "evidence": evidence})
    for i, record in enumerate(nodes):
        record["degree"] = len(neighbours[i])
    shown = sorted(sorted(range(len(ids)), key=lambda i: (-nodes[i]["degree"], ids[i]))[:max_nodes])
    links = [(e["from"], e["to"]) for e in edges]
    for i, (x, y) in overview_positions(shown, links).items():
        nodes[i]["x"], nodes[i]["y"] = x, y
    return {
        "title": title,
        "types": type_table({record["type"] for record in nodes}),
        "relations": RELATION_NAMES,
        "nodes": nodes,
        "edges": edges,
        "sentences": list(sentences),
        "overview": shown,
    }

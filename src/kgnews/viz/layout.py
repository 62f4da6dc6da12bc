"""A deterministic layout for the overview, computed once in Python so the page opens without physics.

Each connected component gets a seeded spring layout sized to its node count; components are then
packed in rows, largest first, so small islands and lone nodes sit in a tidy block instead of
being flung to the edges.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import networkx as nx

SEED = 20240607
SPACING = 75  # pixels per sqrt(node): the spread of a component
GAP = 60  # pixels between packed components
MIN_WIDTH = 230  # pixels: room for a label under a lone node


def _component(graph: nx.Graph, members: list[int]) -> dict[int, tuple[float, float]]:
    """Positions of one component, centred on (0, 0)."""
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    if len(members) == 2:
        return {members[0]: (-SPACING, 0.0), members[1]: (SPACING, 0.0)}
    sub = graph.subgraph(members)
    spread = SPACING * math.sqrt(len(members))
    positions = nx.spring_layout(sub, seed=SEED, iterations=60, scale=spread)
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}


def _pack(blocks: list[dict[int, tuple[float, float]]]) -> dict[int, tuple[int, int]]:
    """Shelf-pack the blocks (largest first) into rows about as wide as the whole is tall."""
    boxes = []  # (left, top, horizontal padding, width, height) of each block
    for block in blocks:
        xs, ys = [p[0] for p in block.values()], [p[1] for p in block.values()]
        pad = max(GAP, (MIN_WIDTH - (max(xs) - min(xs))) / 2)
        boxes.append((min(xs), min(ys), pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * GAP))
    width = max(math.sqrt(sum(box[3] * box[4] for box in boxes)) * 1.4, max(box[3] for box in boxes))
    placed: dict[int, tuple[int, int]] = {}
    x = y = row = 0.0
    for block, (left, top, pad, w, h) in zip(blocks, boxes):
        if x and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for node, (px, py) in block.items():
            placed[node] = (round(x + pad + px - left), round(y + GAP + py - top))
        x, row = x + w, max(row, h)
    return placed


def overview_positions(shown: Sequence[int], links: Iterable[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Integer canvas positions of the `shown` nodes, from the links among them."""
    if not shown:
        return {}
    members = set(shown)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(members))
    graph.add_edges_from(sorted({(min(a, b), max(a, b)) for a, b in links if a in members and b in members and a != b}))
    components = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    return _pack([_component(graph, members) for members in components])

"""Golden graphs: the seed article's graph and a hand-written two-article case, compared as isomorphic graphs.

Regenerate with `pytest tests/test_graph_golden.py --regen-golden` and review the diff of tests/golden/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_support import SEED, gold_extraction, hand_extractions
from rdflib import Dataset
from rdflib.compare import isomorphic

from kgnews import atomic
from kgnews.export import render
from kgnews.graph import build_dataset

GOLDEN = Path(__file__).parent / "golden"
CASES = {SEED: lambda: [gold_extraction(SEED)], "hand-positions": hand_extractions}


def _graphs(dataset: Dataset) -> dict:
    return {g.identifier: g for g in dataset.graphs() if len(g)}


def _nquads(dataset: Dataset) -> set[str]:
    return set(render(dataset, ["nquads"])["graph.nq"].decode("utf-8").splitlines())


def _diff(expected: Dataset, actual: Dataset, limit: int = 30) -> str:
    missing, extra = sorted(_nquads(expected) - _nquads(actual)), sorted(_nquads(actual) - _nquads(expected))
    lines = [f"{len(missing)} quads only in the golden file, {len(extra)} only in the build:"]
    lines += [f"- {q}" for q in missing[:limit]] + [f"+ {q}" for q in extra[:limit]]
    return "\n".join(lines)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_graph_matches_its_golden_file(case, regen_golden):
    actual = build_dataset(CASES[case]())
    path = GOLDEN / f"{case}.trig"
    if regen_golden:
        atomic.write_bytes(path, render(actual, ["trig"])["graph.trig"])
        pytest.skip(f"regenerated {path.name}")
    expected = Dataset()
    expected.parse(path, format="trig")
    got, want = _graphs(actual), _graphs(expected)
    same = got.keys() == want.keys() and all(isomorphic(got[g], want[g]) for g in got)
    assert same, _diff(expected, actual)

"""OUTPUTS FRESHNESS: `outputs/` must be exactly `kgnews build` of the bundled sample corpus.

This test builds the sample corpus into a temporary folder and compares every file, byte for byte,
with `outputs/`. When it fails after a change to extraction or to the graph, regenerate with
`kgnews build` (from the repository root) and commit `outputs/`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgnews.cli import app

OUTPUTS = Path(__file__).resolve().parent.parent / "outputs"


@pytest.mark.outputs_fresh
def test_outputs_folder_is_the_build_of_the_sample_corpus(tmp_path):
    result = CliRunner().invoke(app, ["build", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.iterdir() if p.is_file())  # not store/ (a database)
    stale = [str(p) for p in built if not (OUTPUTS / p).is_file() or (OUTPUTS / p).read_bytes() != (tmp_path / p).read_bytes()]
    assert not stale, f"outputs/ is out of date ({', '.join(stale)}): run `kgnews build` and commit outputs/"

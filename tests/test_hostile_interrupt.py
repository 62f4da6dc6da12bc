"""Killing `kgnews build` (SIGKILL) at any moment leaves the previous outputs as they were and the
extraction cache usable: the next full build succeeds and writes what a clean build writes."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgnews.ingest import sample_corpus

COPIES = 6  # the 11 sample articles ×6, each copy its own article: a build of a few seconds on 2 cores
POLL = 0.01


def _build(corpus: Path | None, out: Path, **popen) -> subprocess.Popen:
    command = [sys.executable, "-m", "kgnews.cli", "build", *([str(corpus)] if corpus else []), "-o", str(out)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)


def _finish(process: subprocess.Popen) -> int:
    _, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode("utf-8", "replace")
    return process.returncode


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every visible file of a build folder (the outputs a user reads), by name."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _visible(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.startswith(".")}


def _staged(name: str) -> Callable[[Path], bool]:
    """True once a build's hidden working folder holds `name` (a moment inside writing the outputs)."""
    return lambda out: any(out.glob(f".*/{name}"))


def _after(seconds: float) -> Callable[[Path], bool]:
    start = time.monotonic()
    return lambda out: time.monotonic() - start >= seconds


#: When to kill the second build: fixed times (start-up, extraction) and moments of writing the outputs.
MOMENTS = {
    "0.5s": lambda: _after(0.5),
    "1.5s": lambda: _after(1.5),
    "3s": lambda: _after(3.0),
    "writing-graph.nq": lambda: _staged("graph.nq"),
    "writing-graph.html": lambda: _staged("graph.html"),
}


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    for path in sorted(sample_corpus().glob("*.txt")):
        for copy in range(COPIES):
            shutil.copy(path, folder / f"{path.stem}-{copy:02d}.txt")
    return folder


def _check_store(out: Path) -> None:
    store = ox.Store.read_only(str(out / "store"))
    with (out / "graph.nq").open(encoding="utf-8") as quads:
        assert len(store) == sum(1 for _ in quads)
    del store


def _check_cache(out: Path) -> None:
    for database in out.glob(".*/*.sqlite"):
        with sqlite3.connect(database) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_killing_a_build_at_any_moment_keeps_the_previous_outputs_and_the_cache_usable(tmp_path, big_corpus):
    out, reference = tmp_path / "out", tmp_path / "reference"
    _finish(_build(big_corpus, reference))
    _finish(_build(None, out))
    first, names = _outputs(out), _visible(out)
    assert {"graph.ttl", "graph.nq", "graph.html", "nodes.csv"} <= set(first)
    for moment, make in MOMENTS.items():
        process, when = _build(big_corpus, out), make()
        while process.poll() is None and not when(out):
            time.sleep(POLL)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=60)
        assert process.returncode in (0, -signal.SIGKILL), moment
        if process.returncode == 0 or _outputs(out) == _outputs(reference):
            # it finished first (or was killed on its way out, after its commit): its outputs are whole
            ox.parse(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS).__next__()
            assert _outputs(out) == _outputs(reference), moment
            _check_store(out)
            _finish(_build(None, out))  # the previous outputs back, for the next moment
            continue
        assert _visible(out) == names, moment
        assert _outputs(out) == first, f"outputs changed by a build killed at {moment}"
        _check_store(out)
        _check_cache(out)
    # The next build, and beside it a clean one for reference (started together: the same pipeline version).
    again, clean = _build(big_corpus, out), _build(big_corpus, tmp_path / "clean")
    _finish(again)
    _finish(clean)
    assert _outputs(out) == _outputs(tmp_path / "clean")
    assert _visible(out) == _visible(tmp_path / "clean")
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".build-")]


KILL_AFTER_RENAMES = """
import os, sys
import kgnews.build
from kgnews.cli import app

real, renames = os.replace, []

def replace(source, target):
    real(source, target)
    if sys._getframe(1).f_code is kgnews.build._commit.__code__:
        renames.append(target)
        if len(renames) == int(sys.argv[1]):
            os.kill(os.getpid(), 9)

os.replace = replace
app(sys.argv[2:])
"""


@pytest.mark.xfail(
    strict=True,
    reason="kgnews.build._commit renames the staged files one by one: a kill between two renames leaves "
    "outputs from two builds side by side (each file whole, the set mixed); manifest.json, renamed last, "
    "tells the next build to redo it",
)
def test_a_kill_between_the_renames_of_the_commit_leaves_one_builds_outputs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(sample_corpus().glob("*.txt"))[:3]:
        shutil.copy(path, corpus / path.name)
    out = tmp_path / "out"
    _finish(_build(None, out))
    first = _outputs(out)
    killed = subprocess.run([sys.executable, "-c", KILL_AFTER_RENAMES, "3", "build", str(corpus), "-o", str(out)],
                            capture_output=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode("utf-8", "replace")
    now = _outputs(out)
    changed = sorted(name for name in first if now.get(name) != first[name])
    assert changed in ([], sorted(first)), f"a mix of two builds: {changed} new, the rest old"

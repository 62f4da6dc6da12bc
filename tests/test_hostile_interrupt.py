"""Killing `kgnews build` (SIGKILL) at any moment leaves the previous outputs as they were and the
extraction cache usable: the next full build succeeds and writes what a clean build writes. Killed
while it puts its outputs in place, it leaves one build's outputs, old or new, never a mix."""

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


def _build(corpus: Path | None, out: Path, *options: str, **popen) -> subprocess.Popen:
    inputs = [str(corpus)] if corpus else []
    command = [sys.executable, "-m", "kgnews.cli", "build", *inputs, "-o", str(out), *options]
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
    assert not list(tmp_path.glob(".out.build-*"))


KILL_AT_STEP = """
import errno, os, sys
from kgnews import atomic, build
from kgnews.cli import app

step, commit, *command = sys.argv[1:]
steps = []


def counted(real):
    def call(*paths):
        real(*paths)
        if sys._getframe(1).f_globals is vars(build):  # a rename or exchange of the commit
            steps.append(paths)
            if len(steps) == int(step):
                os.kill(os.getpid(), 9)
    return call


def cannot(*paths):
    raise OSError(errno.EINVAL, "this file system cannot exchange")


os.replace, atomic.exchange = counted(os.replace), counted(atomic.exchange if commit == "exchange" else cannot)
app(command)
"""


def _cache_size(out: Path) -> int:
    with sqlite3.connect(out / ".kgnews-cache" / "extractions.sqlite") as db:
        return db.execute("SELECT COUNT(DISTINCT hash) FROM extraction").fetchone()[0]


@pytest.mark.parametrize("commit", ["exchange", "files"])
def test_a_kill_at_any_step_of_the_commit_leaves_one_builds_outputs_and_the_cache(tmp_path, commit):
    """Killed after each rename or exchange of its commit in turn, a build leaves (where folders can be
    exchanged) one build's outputs, old or new, never a mix; and, either way, the cache and a user's
    file that the next build puts back, with nothing else left behind."""
    names = sorted(p.name for p in sample_corpus().glob("*.txt"))
    corpora = [tmp_path / "a", tmp_path / "b"]
    for corpus, part in zip(corpora, (names[:2], names[2:4])):
        corpus.mkdir()
        for name in part:
            shutil.copy(sample_corpus() / name, corpus / name)
    formats = ["-f", "nquads", "-f", "turtle"]
    built = {}
    for corpus in corpora:
        _finish(_build(corpus, tmp_path / f"{corpus.name}-out", *formats))
        built[corpus] = _outputs(tmp_path / f"{corpus.name}-out")
    out = tmp_path / "out"
    _finish(_build(corpora[0], out, *formats))
    (out / "README.md").write_text("mine\n", encoding="utf-8")
    for step in range(1, 100):
        old, new = corpora[(step + 1) % 2], corpora[step % 2]
        command = [sys.executable, "-c", KILL_AT_STEP, str(step), commit, "build", str(new), "-o", str(out), *formats]
        killed = subprocess.run(command, capture_output=True)
        if killed.returncode == 0:
            break  # the commit has fewer steps
        assert killed.returncode == -signal.SIGKILL, killed.stderr.decode("utf-8", "replace")
        if commit == "exchange":
            outputs = {name: data for name, data in _outputs(out).items() if name != "README.md"}
            assert outputs in (built[old], built[new]), f"killed after step {step}: a mix of two builds"
            _check_store(out)
        _finish(_build(new, out, *formats))
        assert _outputs(out) == {**built[new], "README.md": b"mine\n"}, step
        assert _cache_size(out) == 4, f"killed after step {step}, the next build lost the cache"
        assert not [*tmp_path.glob(".out.build-*"), *out.glob(".build-*"), *out.glob(".store-old-*")], step
    assert step > (4 if commit == "exchange" else 10), f"only {step - 1} steps seen: are they counted?"

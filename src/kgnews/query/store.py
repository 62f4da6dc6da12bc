"""The embedded Oxigraph store: written by `kgnews build`, read by `kgnews query`."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from kgnews.query.saved import inline_values

#: The store folder and the N-Quads dump it is loaded from, inside a build's output folder.
STORE_DIR = "store"
QUADS_FILE = "graph.nq"


def load_store(quads: Path, folder: Path | None = None) -> ox.Store:
    """A store holding the N-Quads file `quads`: on disk at `folder` (replaced), else in memory."""
    if folder is None:
        store = ox.Store()
    else:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        store = ox.Store(str(tmp))
    store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)
    if folder is None:
        return store
    store.flush()
    del store
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    return ox.Store.read_only(str(folder))


def open_store(output: Path) -> ox.Store:
    """The store of a build folder: its persistent store, else one loaded in memory from its dump."""
    folder, quads = output / STORE_DIR, output / QUADS_FILE
    if folder.is_dir():
        return ox.Store.read_only(str(folder))
    if quads.is_file():
        return load_store(quads)
    raise FileNotFoundError(f"{output}: no {STORE_DIR}/ or {QUADS_FILE}: run `kgnews build` first")


def run_query(store: ox.Store, text: str, bindings: Mapping[str, str] | None = None):
    """Run SPARQL `text` with `bindings` as an inline VALUES block of escaped literals.

    The same binding is sent to remote endpoints, so both answer alike.
    """
    return store.query(inline_values(text, dict(bindings or {})))

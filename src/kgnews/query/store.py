"""The embedded Oxigraph store: written by `kgnews build`, read by `kgnews query`."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
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


class StoreWriter:
    """Builds an on-disk Oxigraph store article by article, one named graph per article.

    Graphs arrive as N-Quads bytes (from `graph.ntriples`, whose writer checks every IRI, so the
    loader skips checking them again: `lenient`), are buffered and handed to Oxigraph's bulk loader:
    memory stays bounded by the buffer, not the corpus, and parsing and indexing run in Rust, in the
    background.
    """

    #: Bytes of N-Quads buffered before a bulk load.
    BUFFER = 16 << 20

    def __init__(self, folder: Path):
        shutil.rmtree(folder, ignore_errors=True)
        self.store = ox.Store(str(folder))
        self._buffer: list[bytes] = []
        self._size = 0
        self.quads = 0
        #: Loads run here, beside the build, so the workers' results keep being read meanwhile.
        self._loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgnews-load")
        self._loading: Future | None = None

    def add_quads(self, quads: bytes) -> None:
        """Add one named graph, as N-Quads lines."""
        self._buffer.append(quads)
        self.quads += quads.count(b"\n")
        self._size += len(quads)
        if self._size >= self.BUFFER:
            self.flush(wait=False)

    def flush(self, *, wait: bool = True) -> None:
        """Load what is buffered; with `wait=False` the load runs in the background (Oxigraph releases the
        GIL) while the caller goes on; at most one buffer is being loaded at a time."""
        quads, self._buffer, self._size = b"".join(self._buffer), [], 0
        self._wait()
        if quads:
            self._loading = self._loader.submit(self.store.bulk_load, quads, ox.RdfFormat.N_QUADS, lenient=True)
        if wait:
            self._wait()

    def _wait(self) -> None:
        loading, self._loading = self._loading, None
        if loading is not None:
            loading.result()  # a failed load raises here

    def close(self) -> None:
        """Flush and release the store (its folder can then be moved)."""
        try:
            self.flush()
        finally:
            self._loader.shutdown()
            del self.store
            gc.collect()

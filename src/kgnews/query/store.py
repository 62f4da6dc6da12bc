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
    """Builds on-disk Oxigraph stores article by article: one named graph per article in `store`,
    and, when `merged_folder` is given, the union of them all (deduplicated) in `merged`'s default graph.

    Graphs arrive as N-Quads and N-Triples bytes (`graph.ntriples`, whose writer checks every IRI, so
    the loader skips checking them again: `lenient`), are buffered and handed to Oxigraph's bulk loader:
    memory stays bounded by the buffer, not the corpus, and parsing and indexing run in Rust, in the
    background.
    """

    #: Bytes of N-Triples buffered before a bulk load.
    BUFFER = 16 << 20

    def __init__(self, folder: Path, merged_folder: Path | None = None):
        shutil.rmtree(folder, ignore_errors=True)
        self.store = ox.Store(str(folder))
        self.merged = None
        if merged_folder is not None:
            shutil.rmtree(merged_folder, ignore_errors=True)
            self.merged = ox.Store(str(merged_folder))
        self._named: list[bytes] = []
        self._triples: list[bytes] = []
        self._size = 0
        self.quads = 0
        #: Loads run here, beside the build, so the workers' results keep being read meanwhile.
        self._loader = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kgnews-load")
        self._loading: list[Future] = []

    def add_quads(self, quads: bytes, lines: bytes) -> None:
        """Add one named graph given twice: as N-Quads (`quads`) and as N-Triples (`lines`, for `merged`)."""
        self._named.append(quads)
        if self.merged is not None:
            self._triples.append(lines)
        self.quads += lines.count(b"\n")
        self._size += len(lines)
        if self._size >= self.BUFFER:
            self.flush(wait=False)

    def flush(self, *, wait: bool = True) -> None:
        """Load what is buffered; with `wait=False` the load runs in the background (Oxigraph releases the
        GIL) while the caller goes on; at most one buffer is being loaded at a time."""
        named, triples = b"".join(self._named), b"".join(self._triples)
        self._named, self._triples, self._size = [], [], 0
        self._wait()
        if named:
            self._loading.append(self._loader.submit(self.store.bulk_load, named, ox.RdfFormat.N_QUADS, lenient=True))
        if triples:
            self._loading.append(
                self._loader.submit(self.merged.bulk_load, triples, ox.RdfFormat.N_TRIPLES, lenient=True)
            )
        if wait:
            self._wait()

    def _wait(self) -> None:
        loading, self._loading = self._loading, []
        for load in loading:
            load.result()  # a failed load raises here

    def close(self) -> None:
        """Flush and release the stores (their folders can then be moved)."""
        try:
            self.flush()
        finally:
            self._loader.shutdown()
            del self.store, self.merged
            gc.collect()

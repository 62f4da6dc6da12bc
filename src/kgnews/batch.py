"""Extraction over a corpus: an on-disk cache, local worker processes, or a Dask cluster."""

from __future__ import annotations

import hashlib
import multiprocessing
import json
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from itertools import islice
from pathlib import Path

from kgnews.ingest.readers import IngestError
from kgnews.model import Article, Extraction

#: Articles sent to a worker at a time.
BATCH_SIZE = 32


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A fingerprint of everything that decides extraction: the nlp code and the gazetteers."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*(package / "nlp").rglob("*.py"), *(package / "data").rglob("*")]):
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Extractions keyed by (article content hash, pipeline version), in SQLite: safe to kill mid-write."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "extractions.sqlite"
        self.version = pipeline_version()
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS extraction (hash TEXT, version TEXT, data TEXT, PRIMARY KEY (hash, version))"
        )

    def get(self, article: Article) -> Extraction | None:
        row = self._db.execute(
            "SELECT data FROM extraction WHERE hash = ? AND version = ?", (article.content_hash, self.version)
        ).fetchone()
        return Extraction.from_dict(json.loads(row[0]), article) if row else None

    def put_many(self, extractions: Iterable[Extraction]) -> None:
        rows = [
            (x.article.content_hash, self.version, json.dumps(x.as_dict(), ensure_ascii=False)) for x in extractions
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()


def extract_batch(articles: list[Article]) -> list[Extraction | IngestError]:
    """Extract a batch in this process (the unit of work sent to local workers and Dask).

    If the batch fails, its articles are extracted one by one, so one article that breaks the
    pipeline comes back as an IngestError naming it, and the others go on.
    """
    from kgnews.nlp import extract_many

    try:
        return list(extract_many(articles))
    except Exception:  # noqa: BLE001 - isolate the article at fault below
        return [_extract_one(article) for article in articles]


def _extract_one(article: Article) -> Extraction | IngestError:
    from kgnews.nlp import extract

    try:
        return extract(article)
    except Exception as exc:  # noqa: BLE001 - one broken article never stops a corpus
        return IngestError(article.origin or article.id, f"extraction failed: {type(exc).__name__}: {exc}")


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Ready:
    """A result computed on the spot, shaped like a future."""

    def __init__(self, value: list[Extraction]):
        self.value = value

    def result(self) -> list[Extraction]:
        return self.value


@contextmanager
def _workers(jobs: int, scheduler: str | None) -> Iterator[tuple[Callable[[list[Article]], object], int]]:
    """A `submit(batch) -> future` and how many batches may be in flight."""
    if scheduler:
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield (lambda batch: client.submit(extract_batch, batch, pure=False)), 2 * workers
    elif jobs > 1:
        from kgnews.nlp import warm_up

        warm_up()  # forked workers inherit the loaded pipeline and compiled patterns
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as executor:
            yield (lambda batch: executor.submit(extract_batch, batch)), 2 * jobs
    else:
        yield (lambda batch: _Ready(extract_batch(batch))), 1


def _finish(batch: list[Article], hits: dict, future, cache) -> Iterator[Extraction | IngestError]:
    fresh = iter(future.result())
    computed = []
    for index in range(len(batch)):
        if index not in hits:
            hits[index] = next(fresh)
            if isinstance(hits[index], Extraction):
                computed.append(hits[index])
    if cache is not None and computed:
        cache.put_many(computed)
    yield from (hits[index] for index in range(len(batch)))


def run_extraction(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: ExtractionCache | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Extraction | IngestError]:
    """Extractions of `articles` in input order; cached ones are reused, new ones computed and cached.

    An article whose extraction fails comes as an IngestError in its place.

    `jobs > 1` uses local worker processes; `scheduler` (`tcp://host:port`) a Dask cluster.
    """
    pending: deque = deque()
    with _workers(jobs, scheduler) as (submit, window):
        for batch in _batches(articles, batch_size):
            hits = {i: hit for i, a in enumerate(batch) if cache is not None and (hit := cache.get(a)) is not None}
            misses = [a for i, a in enumerate(batch) if i not in hits]
            pending.append((batch, hits, submit(misses) if misses else _Ready([])))
            if len(pending) >= window:
                yield from _finish(*pending.popleft(), cache)
        while pending:
            yield from _finish(*pending.popleft(), cache)

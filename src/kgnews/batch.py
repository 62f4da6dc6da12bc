"""Extraction over a corpus, each article's graph written out too: an on-disk cache, local processes, Dask."""

from __future__ import annotations

import hashlib
import multiprocessing
import json
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import islice
from pathlib import Path
from typing import Any

from kgnews.graph.derive import ArticleFacts, article_facts
from kgnews.ingest.readers import IngestError
from kgnews.model import Article, Extraction

#: Articles sent to a worker at a time.
BATCH_SIZE = 32


def digest(paths: list[Path], package: Path) -> str:
    """A short digest of the files among `paths` (named relative to `package`), in name order."""
    hashed = hashlib.sha256()
    for path in sorted(p for p in paths if p.is_file() and "__pycache__" not in p.parts):
        hashed.update(path.relative_to(package).as_posix().encode())
        hashed.update(path.read_bytes())
    return hashed.hexdigest()[:16]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A fingerprint of everything that decides extraction: the nlp code and the gazetteers."""
    package = Path(__file__).resolve().parent
    return digest([*(package / "nlp").rglob("*.py"), *(package / "data").rglob("*")], package)


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

    def get_json(self, article: Article) -> str | None:
        """The cached extraction of `article` as JSON, if any."""
        row = self._db.execute(
            "SELECT data FROM extraction WHERE hash = ? AND version = ?", (article.content_hash, self.version)
        ).fetchone()
        return row[0] if row else None

    def put_json(self, rows: Iterable[tuple[Article, str]]) -> None:
        """Cache extractions given as JSON (`_json`), each for its article."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)",
                [(article.content_hash, self.version, data) for article, data in rows],
            )

    def put_many(self, extractions: Iterable[Extraction]) -> None:
        self.put_json((x.article, _json(x)) for x in extractions)

    def close(self) -> None:
        self._db.close()


def _json(extraction: Extraction) -> str:
    return json.dumps(extraction.as_dict(), ensure_ascii=False)


def _from_json(data: str, article: Article) -> Extraction:
    return Extraction.from_dict(json.loads(data), article)


def extract_batch(articles: list[Article]) -> list[Extraction | IngestError]:
    """Extract a batch in this process (the unit of work sent to local workers and Dask).

    If the batch fails, its articles are extracted one by one, so one article that breaks the
    pipeline comes back as an IngestError naming it, and the others go on.
    """
    from kgnews.nlp import extract_many, warm_up

    warm_up()  # once per process: on a Dask worker, or here with --jobs 1
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


def batches(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of `size` (the last one shorter), lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Ready:
    """A result computed on the spot, shaped like a future."""

    def __init__(self, value: list):
        self.value = value

    def result(self) -> list:
        return self.value


@contextmanager
def _workers(work: Callable[[list], list], jobs: int, scheduler: str | None) -> Iterator[tuple[Callable, int]]:
    """A `submit(batch) -> future` running `work` on a batch, and how many batches may be in flight."""
    if scheduler:
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield (lambda batch: client.submit(work, batch, pure=False)), 2 * workers
    elif jobs > 1:
        from kgnews.nlp import warm_up

        warm_up()  # forked workers inherit the loaded pipeline and compiled patterns
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as executor:
            yield (lambda batch: executor.submit(work, batch)), 2 * jobs
    else:
        yield (lambda batch: _Ready(work(batch))), 1


def map_batches(work: Callable[[list], list], tagged: Iterable[tuple[Any, list]], *, jobs: int = 1,
                scheduler: str | None = None) -> Iterator[tuple[Any, list]]:
    """For each (tag, batch): (tag, work(batch)), in input order, computed here, on `jobs` local
    processes or on a Dask cluster (`scheduler`), with a bounded number of batches in flight."""
    pending: deque = deque()
    with _workers(work, jobs, scheduler) as (submit, window):
        for tag, batch in tagged:
            pending.append((tag, submit(batch) if batch else _Ready([])))
            if len(pending) >= window:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


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

    looked_up = ((items, [a for a, cached in items if cached is None]) for items in _looked_up(articles, cache, batch_size))
    for items, fresh in map_batches(extract_batch, looked_up, jobs=jobs, scheduler=scheduler):
        computed = iter(fresh)
        results = [next(computed) if cached is None else _from_json(cached, a) for a, cached in items]
        if cache is not None:
            cache.put_many(r for r, (_, cached) in zip(results, items) if cached is None and isinstance(r, Extraction))
        yield from results


def _looked_up(articles: Iterable[Article], cache: ExtractionCache | None,
               batch_size: int) -> Iterator[list[tuple[Article, str | None]]]:
    """`articles` in batches, each with its cached extraction as JSON (None when not cached)."""
    for batch in batches(articles, batch_size):
        yield [(a, cache.get_json(a) if cache is not None else None) for a in batch]


@dataclass(frozen=True)
class ArticleGraph:
    """What a worker hands back for one article: its named graph as N-Triples (and Turtle statements when
    asked), the facts of the derived graph, and what the build counts.

    `extraction` is the extraction as JSON when it was computed for the cache, else None.
    """

    ntriples: bytes
    entity_types: tuple[str, ...]
    relations: int
    extraction: str | None = None
    turtle: bytes | None = None
    facts: ArticleFacts = ArticleFacts()


def graph_batch(items: list[tuple[Article, str | None]], turtle: bool = False,
                caching: bool = True) -> list[ArticleGraph | IngestError]:
    """Extract (unless a cached extraction comes along) and serialise the named graph of each article
    (also as Turtle statements with `turtle`): the unit of work of `kgnews build`, so both run in the
    workers. With `caching`, new extractions come back as JSON too, for the cache."""
    fresh = iter(extract_batch([article for article, cached in items if cached is None]))
    results: list[ArticleGraph | IngestError] = []
    for article, cached in items:
        found = next(fresh) if cached is None else _from_json(cached, article)
        if not isinstance(found, IngestError):
            found = _article_graph(found, caching and cached is None, turtle)
        results.append(found)
    return results


def _article_graph(extraction: Extraction, to_cache: bool, turtle: bool) -> ArticleGraph | IngestError:
    from kgnews.graph.extraction import extraction_triples
    from kgnews.graph.ntriples import graph_text

    article = extraction.article
    try:
        triples = list(extraction_triples(extraction))
        text, facts = graph_text(triples, turtle), article_facts(triples)
    except Exception as exc:  # noqa: BLE001 - one broken article never stops a corpus
        return IngestError(article.origin or article.id, f"graph failed: {type(exc).__name__}: {exc}")
    return ArticleGraph(
        ntriples=text.ntriples,
        turtle=text.turtle,
        facts=facts,
        entity_types=tuple(e.type for e in extraction.entities),
        relations=len(extraction.relations),
        extraction=_json(extraction) if to_cache else None,
    )


def run_graphs(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: ExtractionCache | None = None,
    batch_size: int = BATCH_SIZE,
    turtle: bool = False,
) -> Iterator[tuple[Article, ArticleGraph | IngestError]]:
    """Each article with its serialised named graph (or the error that stopped it), in input order;
    extraction and serialisation run where `run_extraction` would run them, cached extractions reused."""

    work = partial(graph_batch, turtle=turtle, caching=cache is not None)
    looked_up = ((items, items) for items in _looked_up(articles, cache, batch_size))
    for items, results in map_batches(work, looked_up, jobs=jobs, scheduler=scheduler):
        batch = [article for article, _ in items]
        if cache is not None:
            cache.put_json([(a, r.extraction) for a, r in zip(batch, results, strict=True)
                            if isinstance(r, ArticleGraph) and r.extraction is not None])
        yield from zip(batch, results, strict=True)

"""Benchmark: saved-question latency on ~1M triples, rdflib's memory store against Oxigraph.

Run: .venv/bin/python tests/benchmarks/bench_query.py [--triples 1000000] [--rdflib-timeout 60]
Prints load times and the latency of every saved question in each store (Oxigraph: median of
--repeat runs; rdflib: one run, cut at --rdflib-timeout seconds). Not a test.
"""

from __future__ import annotations

import argparse
import multiprocessing
import queue
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyoxigraph as ox  # noqa: E402
from rdflib import Dataset  # noqa: E402
from synthetic import extractions  # noqa: E402

from kgnews.graph import DERIVED_GRAPH, extraction_triples, graph_iri  # noqa: E402
from kgnews.graph.derive import DerivedFacts, article_facts  # noqa: E402
from kgnews.query import saved_questions  # noqa: E402
from kgnews.query.saved import inline_values  # noqa: E402

ARGUMENTS = {
    "about": {"entity": "Ban Bí thư"},
    "coordinates-with": {"body": "Ban Dân vận Trung ương"},
    "documents-issued-by": {"body": "Ban Bí thư"},
    "events-disseminating": {"document": "Luật Thực hiện dân chủ ở cơ sở"},
    "events-of": {"person": "Bùi Minh An"},
    "people-of-province": {"province": "Điện Biên"},
    "posts-of": {"person": "Bùi Minh An"},
    "sub-bodies": {"body": "Quốc hội"},
    "who-held": {"post": "Trưởng Ban Dân vận Trung ương", "on": "2015"},
}


def write_quads(path: Path, triples_wanted: int) -> int:
    """Article graphs of synthetic extractions, then the derived graph, as a build writes them."""
    count, facts = 0, DerivedFacts()
    with path.open("w", encoding="utf-8") as out:
        for extraction in extractions(10**9):
            graph = graph_iri(extraction.article.id)
            triples = set(extraction_triples(extraction))
            facts.add(article_facts(triples))
            out.writelines(sorted(f"{s.n3()} {p.n3()} {o.n3()} {graph.n3()} .\n" for s, p, o in triples))
            count += len(triples)
            if count >= triples_wanted:
                break
        derived = list(facts.triples())
        out.writelines(f"{s.n3()} {p.n3()} {o.n3()} {DERIVED_GRAPH.n3()} .\n" for s, p, o in derived)
    return count + len(derived)


class Timeout(Exception):
    pass


def _alarm(*_):
    raise Timeout


def timed(run, repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = sum(1 for _ in run())
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def _rdflib_worker(quads: str, texts: list[str], limit: int, answers) -> None:
    """In a child process: load the quads into rdflib's memory store, then time each question."""
    start = time.perf_counter()
    dataset = Dataset()
    dataset.parse(quads, format="nquads")
    answers.put(("load", time.perf_counter() - start))
    signal.signal(signal.SIGALRM, _alarm)
    for text in texts:
        signal.alarm(limit)
        try:
            answers.put(("query", timed(lambda: dataset.query(text), 1)[0]))
        except Timeout:
            answers.put(("query", None))
        finally:
            signal.alarm(0)


def rdflib_times(quads: Path, texts: list[str], limit: int) -> tuple[float | None, list[float | None]]:
    """rdflib's load time and per-question times (None: over `limit` s), in child processes that are
    killed when a question does not return (rdflib's evaluator does not always heed the alarm)."""
    context = multiprocessing.get_context("fork")
    load, times = None, []
    while len(times) < len(texts):
        answers = context.Queue()
        child = context.Process(target=_rdflib_worker, args=(str(quads), texts[len(times):], limit, answers))
        child.start()
        try:
            kind, value = answers.get(timeout=600)
            load = value if load is None else load
            while len(times) < len(texts):
                kind, value = answers.get(timeout=limit + 30)
                times.append(value)
        except queue.Empty:
            times.append(None)
        finally:
            child.kill()
            child.join()
    return load, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kgnews-bench-query-"))
    quads = folder / "graph.nq"
    start = time.perf_counter()
    count = write_quads(quads, args.triples)
    print(f"synthetic graph: {count:,} quads ({quads.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    store = ox.Store(str(folder / "store"))
    store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - start
    questions = saved_questions()
    texts = [inline_values(questions[name].text, ARGUMENTS[name]) for name in questions]
    rdf_load, rdf_times = rdflib_times(quads, texts, args.rdflib_timeout)
    print(f"load: Oxigraph {ox_load:.1f} s, rdflib {rdf_load:.1f} s" if rdf_load else f"load: Oxigraph {ox_load:.1f} s")
    print(f"{'question':22} {'rows':>6} {'oxigraph ms':>12} {'rdflib ms':>12} {'speed-up':>9}")
    ratios, ox_times = [], []
    for name, text, rdf_time in zip(questions, texts, rdf_times, strict=True):
        ox_time, rows = timed(lambda: store.query(text), args.repeat)
        rdf_text = f"{rdf_time * 1000:12.0f}" if rdf_time is not None else f">{args.rdflib_timeout * 1000:11.0f}"
        ratio = (rdf_time if rdf_time is not None else args.rdflib_timeout) / max(ox_time, 1e-6)
        ratios.append(ratio)
        ox_times.append(ox_time)
        print(f"{name:22} {rows:6d} {ox_time * 1000:12.1f} {rdf_text} {ratio:8.0f}x")
    print(f"Oxigraph: slowest question {max(ox_times) * 1000:.1f} ms (target < 100 ms); "
          f"median speed-up over rdflib {statistics.median(ratios):.0f}x (target >= 50x; a timeout counts as its limit)")


if __name__ == "__main__":
    main()

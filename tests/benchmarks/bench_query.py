"""Benchmark: saved-question latency on ~1M triples, rdflib's memory store against Oxigraph.

Run: .venv/bin/python tests/benchmarks/bench_query.py [--triples 1000000] [--rdflib-timeout 60]
Prints load times and the median latency of every saved question in each store. Not a test.
"""

from __future__ import annotations

import argparse
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

from kgnews.graph import extraction_triples, graph_iri  # noqa: E402
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
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for extraction in extractions(10**9):
            graph = graph_iri(extraction.article.id).n3()
            lines = {f"{s.n3()} {p.n3()} {o.n3()} {graph} .\n" for s, p, o in extraction_triples(extraction)}
            out.writelines(sorted(lines))
            count += len(lines)
            if count >= triples_wanted:
                return count
    return count


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
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
    start = time.perf_counter()
    dataset = Dataset()
    dataset.parse(quads, format="nquads")
    rdf_load = time.perf_counter() - start
    print(f"load: Oxigraph {ox_load:.1f} s, rdflib {rdf_load:.1f} s")

    signal.signal(signal.SIGALRM, _alarm)
    print(f"{'question':22} {'rows':>6} {'oxigraph ms':>12} {'rdflib ms':>12} {'speed-up':>9}")
    ratios, ox_times = [], []
    for name, question in saved_questions().items():
        text = inline_values(question.text, ARGUMENTS[name])
        ox_time, rows = timed(lambda: store.query(text), args.repeat)
        signal.alarm(args.rdflib_timeout)
        try:
            rdf_time, _ = timed(lambda: dataset.query(text), 1)
            rdf_text = f"{rdf_time * 1000:12.0f}"
        except Timeout:
            rdf_time, rdf_text = float(args.rdflib_timeout), f">{args.rdflib_timeout * 1000:11.0f}"
        finally:
            signal.alarm(0)
        ratio = rdf_time / max(ox_time, 1e-6)
        ratios.append(ratio)
        ox_times.append(ox_time)
        print(f"{name:22} {rows:6d} {ox_time * 1000:12.1f} {rdf_text} {ratio:8.0f}x")
    print(f"Oxigraph: slowest question {max(ox_times) * 1000:.1f} ms (target < 100 ms); "
          f"median speed-up over rdflib {statistics.median(ratios):.0f}x (target >= 50x; a timeout counts as its limit)")


if __name__ == "__main__":
    main()

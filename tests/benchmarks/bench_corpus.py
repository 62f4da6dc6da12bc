"""Benchmark: corpus throughput of kgnews against its floor and its peers, at several corpus sizes.

Run: .venv/bin/python tests/benchmarks/bench_corpus.py [--sizes 1000 10000 100000] [--repeat 3] [--jobs 2]
(needs the `bench` extra for underthesea). For each size it prints, as articles/s and MB/s (median of
--repeat runs): (a) the floor: reading the files and one regex pass; (b) underthesea.ner on a
200-article subset; (c) spacy.blank("vi") with pyvi tokenisation only (on a 1,000-article subset);
(d) kgnews extraction (reading included); (e) `kgnews build` end to end to Turtle, TriG and the
store; then peak RSS and triples of the build, the ratios the targets name, and a re-run with
nothing changed. Not a test: it never fails on a timing.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402

DOC_NUMBER = re.compile(r"\d+[a-z]?\s*-\s*[A-ZĐ]+/[A-Z]+|\d+/\d{4}/[A-ZĐ]+-[A-Z]+")
SUBSET_NER, SUBSET_PYVI = 200, 1000


def median_time(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor(files: list[Path]) -> None:
    for path in files:
        DOC_NUMBER.findall(path.read_bytes().decode("utf-8"))


def underthesea_ner(texts: list[str]) -> None:
    from underthesea import ner

    for text in texts:
        for paragraph in text.split("\n\n"):
            ner(paragraph)


def pyvi_tokens(texts: list[str]) -> None:
    import spacy

    nlp = spacy.blank("vi")
    for _ in nlp.pipe(texts):
        pass


def kgnews_extract(folder: Path, jobs: int) -> None:
    from kgnews.batch import run_extraction
    from kgnews.ingest import read_inputs

    for _ in run_extraction((a for a in read_inputs([folder]) if not hasattr(a, "reason")), jobs=jobs):
        pass


def kgnews_build(folder: Path, out: Path, jobs: int, *extra: str) -> tuple[float, int]:
    """Wall time and peak RSS (KB, the largest process of the build) of one `kgnews build`."""
    command = [sys.executable, "-m", "kgnews.cli", "build", str(folder), "-o", str(out), "-f", "turtle", "-f", "trig",
               "--jobs", str(jobs), *extra]
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(result.stdout.strip())


def row(name: str, articles: int, megabytes: float, seconds: float) -> tuple[str, float]:
    rate = articles / seconds
    print(f"  {name:48} {rate:10.1f} art/s {megabytes / seconds:8.2f} MB/s")
    return name, rate


def bench_size(size: int, root: Path, repeat: int, jobs: int) -> dict[str, float]:
    folder = write_corpus(root / f"corpus-{size}", size)
    files = sorted(folder.glob("*.txt"))
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    texts = [p.read_text(encoding="utf-8") for p in files[:SUBSET_PYVI]]
    print(f"\n{size:,} articles, {megabytes:.1f} MB ({megabytes * 1e3 / size:.1f} KB each)")
    rates = dict([
        row("(a) floor: read + one regex pass", size, megabytes, median_time(lambda: floor(files), repeat)),
        row(f"(b) underthesea.ner ({SUBSET_NER} articles)", SUBSET_NER, megabytes * SUBSET_NER / size,
            median_time(lambda: underthesea_ner(texts[:SUBSET_NER]), 1)),
        row(f"(c) spacy.blank('vi') + pyvi ({len(texts)} articles)", len(texts), megabytes * len(texts) / size,
            median_time(lambda: pyvi_tokens(texts), 1)),
        row(f"(d) kgnews extract (jobs={jobs})", size, megabytes, median_time(lambda: kgnews_extract(folder, jobs), repeat)),
    ])
    builds = [kgnews_build(folder, root / f"out-{size}", jobs, "--no-cache", "--force") for _ in range(repeat)]
    seconds = statistics.median(b[0] for b in builds)
    rates.update([row(f"(e) kgnews build -> ttl, trig, store (jobs={jobs})", size, megabytes, seconds)])
    rerun, _ = kgnews_build(folder, root / f"out-{size}", jobs)
    manifest = json.loads((root / f"out-{size}" / "manifest.json").read_text(encoding="utf-8"))
    shutil.rmtree(root / f"out-{size}")  # the 100k build's outputs need tens of GB: free them for the next size
    peak = max(b[1] for b in builds) / 1024
    print(f"  build: {seconds:.1f} s, peak RSS {peak:.0f} MB, {manifest['report']['quads']:,} quads;"
          f" re-run with nothing changed {rerun:.2f} s ({100 * rerun / seconds:.1f}% of the build)")
    extract = rates["(d) kgnews extract (jobs={})".format(jobs)]
    print(f"  ratios: extract/(c) {extract / rates[next(k for k in rates if k.startswith('(c)'))]:.1f}x,"
          f" extract/(b) {extract / rates[next(k for k in rates if k.startswith('(b)'))]:.1f}x,"
          f" extract/floor {100 * extract / rates[next(k for k in rates if k.startswith('(a)'))]:.1f}%,"
          f" build/extract {100 * rates[next(k for k in rates if k.startswith('(e)'))] / extract:.0f}%")
    return {"seconds": seconds, "peak_mb": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--root", type=Path, default=Path(tempfile.gettempdir()) / "kgnews-bench-corpus")
    args = parser.parse_args()
    results = {size: bench_size(size, args.root, args.repeat if size < 100_000 else 1, args.jobs) for size in args.sizes}
    if 10_000 in results and 100_000 in results:
        ratio = results[100_000]["seconds"] / results[10_000]["seconds"]
        print(f"\nscaling: the 100k build took {ratio:.1f}x the 10k build (target <= 10.5x);"
              f" peak RSS of the 100k build {results[100_000]['peak_mb']:.0f} MB (target < 2048 MB)")


if __name__ == "__main__":
    main()

"""`kgnews build`: a corpus streamed through extraction into the store and the graph files, put in place in one step."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kgnews import __version__, atomic
from kgnews.batch import ArticleGraph, ExtractionCache, batches, digest, pipeline_version, run_graphs
from kgnews.export import FORMATS, StreamedFiles, write_outputs
from kgnews.graph import DERIVED_GRAPH
from kgnews.graph.derive import DerivedFacts
from kgnews.graph.build import graph_iri
from kgnews.graph.ntriples import graph_text, in_graph
from kgnews.ingest import IngestError, expand_inputs, read_inputs
from kgnews.model import Article
from kgnews.query.saved import queries_dir
from kgnews.query.store import STORE_DIR, StoreWriter

#: What `kgnews build` writes unless told otherwise: every graph format and the HTML page.
DEFAULT_FORMATS = (*FORMATS, "html")
MANIFEST = "manifest.json"
FAILURES = "failures.json"
CACHE_DIR = ".kgnews-cache"
#: The files each format writes, and every name a build may write into its output folder.
FILES = {**FORMATS, "html": ("graph.html",)}
OUTPUTS = frozenset({STORE_DIR, FAILURES, MANIFEST, *(name for names in FILES.values() for name in names)})


@dataclass
class BuildReport:
    """What a build did: counts for the summary, the inputs it could not read, whether it was needed."""

    articles: int = 0
    entities: Counter = field(default_factory=Counter)
    relations: int = 0
    quads: int = 0
    failures: list[IngestError] = field(default_factory=list)
    up_to_date: bool = False

    def add(self, graph: ArticleGraph) -> None:
        self.articles += 1
        self.entities.update(graph.entity_types)
        self.relations += graph.relations

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "entities": dict(sorted(self.entities.items())),
            "relations": self.relations,
            "quads": self.quads,
            "failures": [f.as_dict() for f in self.failures],
        }


@lru_cache(maxsize=1)
def code_version() -> str:
    """A fingerprint of everything that decides a build's outputs: kgnews's code, data and ontology."""
    package, ontology = Path(__file__).resolve().parent, queries_dir().parent
    return digest(list(package.rglob("*")), package) + digest(list(ontology.rglob("*")), ontology)


def fingerprint(paths: list[Path], formats: Iterable[str]) -> str:
    """A digest of the inputs' bytes (named by file name), the code and the formats asked for."""
    digest = hashlib.sha256(f"{__version__}\x1f{code_version()}\x1f{','.join(sorted(formats))}".encode())
    for path in paths:
        digest.update(os.fsencode(path.name) + b"\x1f")
        with path.open("rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    return digest.hexdigest()


def _up_to_date(output: Path, key: str, formats: Iterable[str]) -> BuildReport | None:
    """The previous build's report when its inputs, pipeline and formats are the same, and its files are there."""
    try:
        manifest = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    names = [n for f in formats for n in FILES[f]]
    if manifest.get("fingerprint") != key or not all((output / n).is_file() for n in names):
        return None
    report = manifest["report"]
    return BuildReport(
        articles=report["articles"], entities=Counter(report["entities"]), relations=report["relations"],
        quads=report["quads"], failures=[IngestError(**f) for f in report["failures"]], up_to_date=True,
    )


def _articles(paths: list[Path], report: BuildReport, on_read: Callable[[Path], None]) -> Iterator[Article]:
    for item in read_inputs(paths, on_path=on_read):
        if isinstance(item, IngestError):
            report.failures.append(item)
        else:
            yield item


def _clean_up(output: Path) -> None:
    """Undo what killed builds left: the folders beside `output` that their commits were filling or emptying
    (what they hold besides outputs, such as the cache, goes back into `output` first), and inside `output`
    their staging folders and old stores."""
    output.mkdir(parents=True, exist_ok=True)
    for folder in _stale(output.parent, _beside(output)):
        _carry(folder, output)
        shutil.rmtree(folder, ignore_errors=True)
    for folder in [*_stale(output, ".build-"), *_stale(output, f".{STORE_DIR}-old-")]:
        shutil.rmtree(folder, ignore_errors=True)


def _beside(output: Path) -> str:
    """How the folders beside `output` that builds commit through are named: this, then the build's pid."""
    return f".{output.name}.build-"


def _stale(folder: Path, prefix: str) -> list[Path]:
    """The entries of `folder` named `prefix` + the id of a process that is not running (or is this one:
    an earlier process that had its id left them)."""
    pids = {p: p.name.removeprefix(prefix) for p in folder.iterdir() if p.name.startswith(prefix)}
    return [p for p, pid in pids.items() if pid.isdigit() and (int(pid) == os.getpid() or not _alive(int(pid)))]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _carry(source: Path, target: Path) -> None:
    """Move what `source` holds besides build outputs (the cache, a user's README) into `target`, but for
    names `target` already has."""
    for path in sorted(source.iterdir()):
        if path.name not in OUTPUTS and not os.path.lexists(target / path.name):
            os.replace(path, target / path.name)


def _commit(staging: Path, output: Path) -> None:
    """Put the build staged inside `output` in its place in one step.

    The staging folder moves beside `output`, takes in what `output` holds besides outputs, gets its mode,
    and the two folders are exchanged; the old one, now beside, is removed. Where that cannot be (`output`
    a mount point or holding the working directory, no `renameat2`, a file system that cannot exchange),
    the staged files are moved over the outputs one by one instead.
    """
    beside = output.parent / f"{_beside(output)}{os.getpid()}"
    with suppress(OSError):  # a mount point's staging cannot leave it (EXDEV), nor go to a read-only parent
        if not Path.cwd().is_relative_to(output):  # else the working directory would be the old, removed folder
            os.replace(staging, beside)
    if not beside.exists():
        _replace_files(staging, output)
        return
    os.chmod(beside, stat.S_IMODE(output.stat().st_mode))
    _carry(output, beside)
    try:
        atomic.exchange(beside, output)
    except OSError:  # no renameat2 here (ENOSYS), or a file system that cannot exchange (EINVAL)
        _carry(beside, output)
        _replace_files(beside, output)
    shutil.rmtree(beside, ignore_errors=True)


def _replace_files(staging: Path, output: Path) -> None:
    """Move the staged files over the outputs one by one (each rename atomic, the set not): the store last
    but one, the manifest last; outputs the build did not write (a format no longer asked for) go."""
    written = {path.name for path in staging.iterdir()}
    for path in sorted(staging.iterdir()):
        if path.is_file() and path.name != MANIFEST:
            os.replace(path, output / path.name)
    if (staging / STORE_DIR).is_dir():
        old = output / f".{STORE_DIR}-old-{os.getpid()}"
        if (output / STORE_DIR).exists():
            os.replace(output / STORE_DIR, old)
        os.replace(staging / STORE_DIR, output / STORE_DIR)
        shutil.rmtree(old, ignore_errors=True)
    for name in OUTPUTS - written:
        if (output / name).is_file():
            (output / name).unlink()
    os.replace(staging / MANIFEST, output / MANIFEST)


def _fill_store(writer: StoreWriter, files: StreamedFiles, graphs: Iterable[tuple[Article, ArticleGraph | IngestError]],
                report: BuildReport, on_extracted: Callable[[], None]) -> None:
    """Each article's graph into the store and the streamed files, then the derived graph."""
    derived = DerivedFacts()
    for article, graph in graphs:
        if isinstance(graph, IngestError):
            report.failures.append(graph)
            continue
        _add(writer, files, str(graph_iri(article.id)), graph.ntriples, graph.turtle)
        derived.add(graph.facts)
        report.add(graph)
        on_extracted()
    for chunk in batches(derived.triples(), 20_000):  # in pieces: at 100k articles it holds millions of triples
        text = graph_text(chunk, files.turtle)
        _add(writer, files, str(DERIVED_GRAPH), text.ntriples, text.turtle)
    writer.flush()
    report.quads = writer.quads


def _add(writer: StoreWriter, files: StreamedFiles, graph: str, lines: bytes, statements: bytes | None) -> None:
    quads = in_graph(lines, graph)
    writer.add_quads(quads)
    files.add(graph, lines, quads, statements)


def build_corpus(
    inputs: Iterable[str | Path],
    output: Path,
    *,
    formats: Iterable[str] = DEFAULT_FORMATS,
    jobs: int = 1,
    scheduler: str | None = None,
    cache: bool = True,
    force: bool = False,
    on_start: Callable[[int], None] = lambda files: None,
    on_read: Callable[[Path], None] = lambda path: None,
    on_extracted: Callable[[], None] = lambda: None,
) -> BuildReport:
    """Build the graph of `inputs` into `output`: graph files, `store/`, `failures.json`, `manifest.json`.

    Articles stream through extraction (cached by content hash, on `jobs` local processes or a Dask
    `scheduler`) into an on-disk Oxigraph store; files are written in a staging folder and moved
    into place at the end in one step (`_commit`), so `output` holds one build's outputs at every moment:
    a build that is killed leaves the previous outputs as they were.
    A build whose inputs, pipeline and formats are unchanged since the last one does nothing.
    """
    formats = list(dict.fromkeys(formats))
    unknown = sorted(set(formats) - set(DEFAULT_FORMATS))
    if unknown:
        raise ValueError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(DEFAULT_FORMATS)}")
    paths = expand_inputs(inputs)
    key = fingerprint(paths, formats)
    output = output.resolve()  # the folder itself, not a symbolic link to it, is exchanged
    _clean_up(output)
    if not force and (previous := _up_to_date(output, key, formats)) is not None:
        return previous
    on_start(len(paths))
    staging = output / f".build-{os.getpid()}"
    staging.mkdir()
    try:
        report = _build_into(staging, paths, formats, output / CACHE_DIR if cache else None,
                             jobs=jobs, scheduler=scheduler, on_read=on_read, on_extracted=on_extracted)
        if not report.articles:
            return report  # nothing could be read: the previous outputs stay as they were
        manifest = {"fingerprint": key, "kgnews": __version__, "pipeline": pipeline_version(), "report": report.as_dict()}
        atomic.write_text(staging / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        _commit(staging, output)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def _build_into(staging: Path, paths: list[Path], formats: list[str], cache_dir: Path | None, *, jobs: int,
                scheduler: str | None, on_read: Callable[[Path], None], on_extracted: Callable[[], None]) -> BuildReport:
    """Every output of the build, written into `staging`."""
    report = BuildReport()
    cache = ExtractionCache(cache_dir) if cache_dir is not None else None
    writer = StoreWriter(staging / STORE_DIR)
    files = StreamedFiles(staging, formats)
    try:
        graphs = run_graphs(_articles(paths, report, on_read), jobs=jobs, scheduler=scheduler, cache=cache,
                            turtle=files.turtle)
        _fill_store(writer, files, graphs, report, on_extracted)
        files.close()
        dumped = [f for f in formats if f in FORMATS and f not in StreamedFiles.FORMATS]
        write_outputs(writer.store, staging, dumped, copy=False)
        if "html" in formats:
            from kgnews.graph import to_networkx
            from kgnews.viz import render_html

            render_html(to_networkx(writer.store), staging / "graph.html")
    finally:
        files.close()
        writer.close()
        if cache is not None:
            cache.close()
    failures = json.dumps([f.as_dict() for f in report.failures], ensure_ascii=False, indent=1) + "\n"
    atomic.write_text(staging / FAILURES, failures)
    return report

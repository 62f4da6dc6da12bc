"""The `kgnews` command line: thin commands over the library's functions."""

from __future__ import annotations

import json
import signal
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kgnews import atomic
from kgnews.ingest import IngestError, read_inputs, sample_corpus
from kgnews.model import ENTITY_TYPES

app = typer.Typer(
    help="Build knowledge graphs from Vietnamese political and public-affairs news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
console = Console()
errors = Console(stderr=True)

#: Exit statuses of `build` and `extract`.
EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3

Inputs = Annotated[
    list[Path] | None,
    typer.Argument(help="Files, folders or globs of .txt pages, .html pages and .jsonl files."),
]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Local worker processes for extraction.")]
Scheduler = Annotated[str | None, typer.Option(help="A Dask scheduler (tcp://HOST:PORT) to run extraction on.")]


def _error(message: str, label: str = "[red]error[/red]") -> None:
    """Print a message on stderr; its text (paths, names from articles) is never read as markup."""
    errors.print(f"{label} {escape(message)}", highlight=False)


def _report_failure(failure: IngestError) -> None:
    _error(str(failure), "[red]skipped[/red]")


def _read(inputs: list[Path] | None, failures: list[IngestError]):
    try:
        for item in read_inputs(inputs or [sample_corpus()]):
            if isinstance(item, IngestError):
                failures.append(item)
                _report_failure(item)
            else:
                yield item
    except FileNotFoundError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILED) from exc


def _exit_status(built: int, failures: list[IngestError]) -> int:
    if not built:
        return EXIT_FAILED
    return EXIT_PARTIAL if failures else EXIT_OK


def _progress():
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
        TextColumn("{task.fields[articles]} articles, {task.fields[rate]:.1f}/s"), TimeElapsedColumn(),
        TextColumn("ETA"), TimeRemainingColumn(), console=errors, transient=True,
    )


def _build_summary(report, seconds: float) -> Table:
    table = Table(title="kgnews build" + (" (up to date: nothing to do)" if report.up_to_date else ""), show_header=False)
    table.add_row("articles", str(report.articles))
    table.add_row("failed inputs", str(len(report.failures)))
    for etype in ENTITY_TYPES:
        table.add_row(f"entities: {etype}", str(report.entities.get(etype, 0)))
    table.add_row("relations", str(report.relations))
    table.add_row("quads", str(report.quads))
    table.add_row("seconds", f"{seconds:.2f}")
    return table


@app.command()
def build(
    inputs: Inputs = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the graph files.")] = Path("outputs"),
    formats: Annotated[
        list[str] | None, typer.Option("--format", "-f", help="Formats to write (repeat); default: all and html.")
    ] = None,
    jobs: Jobs = 1,
    scheduler: Scheduler = None,
    cache: Annotated[bool, typer.Option(help="Reuse extractions of unchanged articles (OUTPUT/.kgnews-cache).")] = True,
    force: Annotated[bool, typer.Option(help="Rebuild even when nothing changed.")] = False,
) -> None:
    """Build the knowledge graph of a corpus: graph.ttl, .trig, .nq, .nt, .jsonld, .graphml, .gexf,
    nodes.csv, edges.csv, graph.html and the SPARQL store (store/), plus failures.json.

    With no INPUT, builds the bundled sample corpus. Articles stream through extraction into an
    on-disk store, so memory does not grow with the corpus; outputs are replaced only when the build
    completes. Exit status: 0 all inputs built, 3 partial success (see failures.json), 1 nothing built.

    Example: kgnews build corpus/ news.jsonl -o outputs --jobs 2
    """
    from kgnews.build import DEFAULT_FORMATS, build_corpus

    started = time.perf_counter()
    try:
        with _progress() as progress:
            task = progress.add_task("building", total=None, articles=0, rate=0.0)

            def extracted() -> None:
                done = progress.tasks[task].fields["articles"] + 1
                progress.update(task, articles=done, rate=done / max(time.perf_counter() - started, 1e-9))

            report = build_corpus(
                inputs or [sample_corpus()], output, formats=formats or DEFAULT_FORMATS, jobs=jobs,
                scheduler=scheduler, cache=cache, force=force,
                on_start=lambda files: progress.update(task, total=files),
                on_read=lambda path: progress.advance(task), on_extracted=extracted,
            )
    except (FileNotFoundError, ValueError) as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILED) from exc
    for failure in report.failures:
        _report_failure(failure)
    console.print(_build_summary(report, time.perf_counter() - started))
    raise typer.Exit(_exit_status(report.articles, report.failures))


@app.command()
def export(
    graph: Annotated[Path, typer.Argument(help="A graph.trig, graph.nq or graph.jsonld that `kgnews build` wrote.")] = Path(
        "outputs/graph.trig"
    ),
    formats: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help="turtle, trig, nquads, ntriples, jsonld, graphml, gexf or csv (repeatable; default all)."),
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the files.")] = Path("outputs"),
) -> None:
    """Write a built graph in other formats: RDF, GraphML and GEXF for Gephi, CSV nodes and edges.

    Example: kgnews export outputs/graph.trig --format graphml --format csv -o gephi/
    """
    from rdflib import Dataset

    from kgnews.export import FORMATS, write_outputs

    unknown = sorted(set(formats or ()) - set(FORMATS))
    if unknown or not graph.is_file():
        problem = f"unknown format {', '.join(unknown)}" if unknown else f"{graph}: no such file"
        _error(str(problem))
        raise typer.Exit(EXIT_FAILED)
    dataset = Dataset()
    dataset.parse(graph, format={".nq": "nquads", ".jsonld": "json-ld"}.get(graph.suffix, "trig"))
    for path in write_outputs(dataset, output, formats or tuple(FORMATS)):
        console.print(f"wrote {escape(str(path))}", highlight=False)


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Files, folders or globs of articles.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format (json).")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Folder for <id>.json files.")] = None,
    jobs: Jobs = 1,
    scheduler: Scheduler = None,
) -> None:
    """Extract entities and relations of each article as SCHEMA.md JSON.

    Without -o, prints one JSON object per line to stdout, in input order. An article that cannot be
    read or extracted is reported and skipped; the others go on (exit status as for build).

    Example: kgnews extract corpus/dev-01.txt --format json -o predictions/
    """
    from kgnews.batch import run_extraction

    if format != "json":
        _error(f"unknown format {format!r}: only 'json' is supported")
        raise typer.Exit(EXIT_FAILED)
    failures: list[IngestError] = []
    count = 0
    for extraction in run_extraction(_read(inputs, failures), jobs=jobs, scheduler=scheduler):
        if isinstance(extraction, IngestError):
            failures.append(extraction)
            _report_failure(extraction)
            continue
        count += 1
        data = extraction.as_dict()
        if output is None:
            print(json.dumps(data, ensure_ascii=False))
        else:
            text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            # The id is escaped into one file name: an id such as `../x` stays inside the folder.
            atomic.write_text(output / f"{quote(extraction.article.id, safe='')}.json", text)
    raise typer.Exit(_exit_status(count, failures))


def _load_golds(gold_dir: Path) -> dict[str, dict]:
    golds = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        golds[path.name[: -len(".gold.json")]] = json.loads(path.read_text(encoding="utf-8"))
    return golds


def _predict(gold_dir: Path, pred_dir: Path | None) -> dict[str, dict]:
    if pred_dir is not None:
        return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(pred_dir.glob("*.json"))}
    from kgnews.nlp import extract_many

    failures: list[IngestError] = []
    return {x.article.id: x.as_dict() for x in extract_many(_read(sorted(gold_dir.glob("*.txt")), failures))}


def _score_table(title: str, scores: dict[str, dict], total: dict) -> Table:
    table = Table(title=title)
    for column in ("", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if not column else "right")
    for name, s in [*scores.items(), ("all", total)]:
        row = [f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["tp"]), str(s["fp"]), str(s["fn"])]
        table.add_row(f"[bold]{name}[/bold]" if name == "all" else name, *row)
    return table


@app.command()
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.txt articles and NAME.gold.json files.")],
    pred_dir: Annotated[Path | None, typer.Argument(help="Folder of NAME.json predictions (else extract now).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score extraction against gold files: P/R/F1 per entity type and relation, metadata accuracy.

    Example: kgnews evaluate tests/gold
    """
    from kgnews.evaluate import evaluate as score

    golds = _load_golds(gold_dir)
    if not golds:
        _error(f"{gold_dir}: no *.gold.json files")
        raise typer.Exit(EXIT_FAILED)
    report = score(_predict(gold_dir, pred_dir), golds).as_dict()
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    console.print(_score_table(f"Entities ({report['articles']} articles)", report["entities"], report["entities_all"]))
    console.print(_score_table("Relations", report["relations"], report["relations_all"]))
    fields = ", ".join(f"{name} {value:.3f}" for name, value in report["metadata"].items())
    console.print(f"Metadata accuracy {report['metadata_accuracy']:.3f} ({fields})")


@app.command()
def viz(
    entity: Annotated[str | None, typer.Option("--entity", "-e", help="Show this entity's neighbourhood (name or alias).")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="How many links away from --entity to show.")] = 1,
    types: Annotated[list[str] | None, typer.Option("--type", "-t", help="Show only this type (repeatable).")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path("outputs/view.html"),
    source: Annotated[Path, typer.Option("--input", "-i", help="A build folder or a graph file.")] = Path("outputs"),
) -> None:
    """Write an interactive HTML page (offline, self-contained) of the graph or of one entity's neighbourhood.

    Reads graph.trig (else graph.nq, graph.jsonld, graph.ttl) from the folder `kgnews build` wrote.

    Example: kgnews viz --entity "Phan Trọng Nghĩa" --hops 2 --type Person --type Organization -o nghia.html
    """

    from kgnews.viz import render_html
    from kgnews.viz.source import load_graph

    try:
        graph = load_graph(source)
        render_html(graph, output, entity=entity, hops=hops, types=types)
    except (FileNotFoundError, LookupError) as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILED) from exc
    if not graph.number_of_nodes():
        errors.print(f"[yellow]warning[/yellow] {escape(str(source))}: the graph has no nodes")
    console.print(f"wrote {escape(str(output))}")


Outputs = Annotated[Path, typer.Option("--input", "-i", help="The build folder (outputs of `kgnews build`).")]


def _list_questions() -> None:
    from kgnews.query import saved_questions

    table = Table(title="Saved questions (ontology/queries)")
    for column in ("name", "answers", "parameters"):
        table.add_column(column, overflow="fold")
    for question in saved_questions().values():
        params = ", ".join(f"--{p.name}{'' if p.required else ' (optional)'}: {p.help}" for p in question.params)
        table.add_row(question.name, question.summary, params)
    console.print(table)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def query(
    ctx: typer.Context,
    question: Annotated[str | None, typer.Argument(help="A saved question's name, a .rq file, or SPARQL text.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv, json, or turtle for graphs.")] = "table",
    source: Outputs = Path("outputs"),
    endpoint: Annotated[str | None, typer.Option(help="Ask a SPARQL 1.1 endpoint instead of the built store.")] = None,
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved questions and their parameters.")] = False,
) -> None:
    """Run SPARQL 1.1 (SELECT, ASK, CONSTRUCT, DESCRIBE) over the built graph.

    Saved questions take their parameters as options; values are bound, never pasted into the query.

    Example: kgnews query who-held --post "Trưởng Ban Dân vận Trung ương" --on 2015
    """
    from kgnews.query import open_store, run_query
    from kgnews.query.remote import query_endpoint
    from kgnews.query.results import render
    from kgnews.query.saved import parse_params, resolve

    if list_saved or question is None:
        _list_questions()
        return
    try:
        params = parse_params(ctx.args)
        title, text = resolve(question, params)
        result = query_endpoint(endpoint, text, params) if endpoint else run_query(open_store(source), text, params)
        rendered = render(result, fmt)
    except (ValueError, SyntaxError, OSError) as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILED) from exc
    if isinstance(rendered, Table):
        rendered.title = title
        console.print(rendered)
    else:
        print(rendered, end="" if rendered.endswith("\n") else "\n")


@app.command()
def serve(
    source: Outputs = Path("outputs"),
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 7878,
) -> None:
    """Serve the built store as a SPARQL 1.1 Protocol endpoint on 127.0.0.1 (the Oxigraph server).

    Query it at http://127.0.0.1:PORT/query; stop it with Ctrl-C.

    Example: kgnews serve --port 7878
    """
    from kgnews.query.remote import serve as start
    from kgnews.query.store import QUADS_FILE, STORE_DIR, load_store

    store_dir = source / STORE_DIR
    if not store_dir.is_dir():
        if not (source / QUADS_FILE).is_file():
            _error(f"{source}: no store: run `kgnews build` first")
            raise typer.Exit(EXIT_FAILED)
        load_store(source / QUADS_FILE, store_dir)
    console.print(f"SPARQL endpoint: http://127.0.0.1:{port}/query")
    process = start(store_dir, port)

    def stop(*_: object) -> None:
        process.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        status = process.wait()
    except KeyboardInterrupt:
        process.terminate()
        status = process.wait()
    raise typer.Exit(0 if status in (0, -signal.SIGTERM) else status)


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")],
    source: Outputs = Path("outputs"),
) -> None:
    """Load the built graph into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

    One named graph per article, replaced (not duplicated) when pushed again. Works with Apache Jena
    Fuseki (http://host:3030/DATASET/data), GraphDB and Oxigraph servers.

    Example: kgnews push --endpoint http://127.0.0.1:7878/store
    """
    from kgnews.query import open_store
    from kgnews.query.remote import push as send

    try:
        count = send(open_store(source), endpoint)
    except OSError as exc:
        _error(f"{endpoint}: {exc}")
        raise typer.Exit(EXIT_FAILED) from exc
    console.print(f"pushed {count} named graphs to {escape(endpoint)}", highlight=False)


if __name__ == "__main__":  # pragma: no cover
    app()

__all__ = ["app"]

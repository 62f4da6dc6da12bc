"""The corpus commands: `build`, `extract` and `evaluate`."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import quote
from typing import Annotated

import typer
from rich.table import Table

from kgnews import atomic
from kgnews.cli.app import (
    EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, Inputs, Jobs, Scheduler, _error, _exit_status, _progress, _read, _report_failure, app, console,
)
from kgnews.ingest import IngestError, sample_corpus
from kgnews.model import ENTITY_TYPES


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


def _predict(gold_dir: Path, pred_dir: Path | None, failures: list[IngestError]) -> dict[str, dict]:
    """Predictions by article id. An article that cannot be read or extracted is reported, added to
    `failures` and scored as predicting nothing (its gold counts as missed): it does not stop the rest."""
    if pred_dir is not None:
        return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(pred_dir.glob("*.json"))}
    from kgnews.batch import run_extraction

    predictions = {}
    for extraction in run_extraction(_read(sorted(gold_dir.glob("*.txt")), failures)):
        if isinstance(extraction, IngestError):
            failures.append(extraction)
            _report_failure(extraction)
        else:
            predictions[extraction.article.id] = extraction.as_dict()
    return predictions


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
    errors: Annotated[bool, typer.Option("--errors", help="Also list every missed and spurious item.")] = False,
) -> None:
    """Score extraction against gold files: P/R/F1 per entity type and relation, metadata accuracy.

    An article that cannot be read or extracted is reported and counts as predicting nothing
    (exit status 3); the others are scored.

    Example: kgnews evaluate tests/gold --errors
    """
    from kgnews.evaluate import evaluate as score

    golds = _load_golds(gold_dir)
    if not golds:
        _error(f"{gold_dir}: no *.gold.json files")
        raise typer.Exit(EXIT_FAILED)
    failures: list[IngestError] = []
    scored = score(_predict(gold_dir, pred_dir, failures), golds)
    report = scored.as_dict()
    status = EXIT_PARTIAL if failures else EXIT_OK
    if as_json:
        if errors:
            report["errors"] = [e.as_dict() for e in scored.errors]
        print(json.dumps(report, ensure_ascii=False, indent=1))
        raise typer.Exit(status)
    console.print(_score_table(f"Entities ({report['articles']} articles)", report["entities"], report["entities_all"]))
    console.print(_score_table("Relations", report["relations"], report["relations_all"]))
    fields = ", ".join(f"{name} {value:.3f}" for name, value in report["metadata"].items())
    console.print(f"Metadata accuracy {report['metadata_accuracy']:.3f} ({fields})")
    if errors:
        for error in scored.errors:
            print(error.line())  # tab-separated, for grep and cut
    raise typer.Exit(status)

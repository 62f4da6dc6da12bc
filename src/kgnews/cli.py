"""The `kgnews` command line: thin commands over the library's functions."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kgnews import atomic
from kgnews.ingest import IngestError, read_inputs, sample_corpus
from kgnews.model import ENTITY_TYPES, Extraction

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


def _report_failure(failure: IngestError) -> None:
    errors.print(f"[red]skipped[/red] {failure}", highlight=False, markup=True)


def _read(inputs: list[Path] | None, failures: list[IngestError]):
    try:
        for item in read_inputs(inputs or [sample_corpus()]):
            if isinstance(item, IngestError):
                failures.append(item)
                _report_failure(item)
            else:
                yield item
    except FileNotFoundError as exc:
        errors.print(f"[red]error[/red] {exc}")
        raise typer.Exit(EXIT_FAILED) from exc


def _exit_status(built: int, failures: list[IngestError]) -> int:
    if not built:
        return EXIT_FAILED
    return EXIT_PARTIAL if failures else EXIT_OK


def _write_failures(out: Path, failures: list[IngestError]) -> None:
    report = out / "failures.json"
    if failures:
        atomic.write_text(report, json.dumps([f.as_dict() for f in failures], ensure_ascii=False, indent=1) + "\n")
    else:
        report.unlink(missing_ok=True)


def _summary(extractions: list[Extraction], failures: list[IngestError], seconds: float) -> Table:
    by_type = Counter(e.type for x in extractions for e in x.entities)
    relations = sum(len(x.relations) for x in extractions)
    table = Table(title="kgnews build", show_header=False)
    table.add_row("articles", str(len(extractions)))
    table.add_row("failed inputs", str(len(failures)))
    for etype in ENTITY_TYPES:
        table.add_row(f"entities: {etype}", str(by_type.get(etype, 0)))
    table.add_row("relations", str(relations))
    table.add_row("seconds", f"{seconds:.2f}")
    return table


@app.command()
def build(
    inputs: Inputs = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the graph files.")] = Path("outputs"),
) -> None:
    """Build the knowledge graph of a corpus and write graph.ttl and graph.html.

    With no INPUT, builds the bundled sample corpus. Exit status: 0 all inputs built,
    3 partial success (some inputs could not be read: see failures.json), 1 nothing built.

    Example: kgnews build corpus/ news.jsonl -o outputs
    """
    from kgnews.graph import build_dataset, to_networkx
    from kgnews.nlp import extract_many
    from kgnews.viz import render_html

    started = time.perf_counter()
    failures: list[IngestError] = []
    extractions = list(extract_many(_read(inputs, failures)))
    dataset = build_dataset(extractions)
    output.mkdir(parents=True, exist_ok=True)
    merged = dataset.serialize(format="turtle")  # placeholder until per-format exports land
    atomic.write_text(output / "graph.ttl", merged)
    render_html(to_networkx(dataset), output / "graph.html")
    _write_failures(output, failures)
    console.print(_summary(extractions, failures, time.perf_counter() - started))
    raise typer.Exit(_exit_status(len(extractions), failures))


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Files, folders or globs of articles.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format (json).")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Folder for <id>.json files.")] = None,
) -> None:
    """Extract entities and relations of each article as SCHEMA.md JSON.

    Without -o, prints one JSON object per line to stdout.

    Example: kgnews extract corpus/dev-01.txt --format json -o predictions/
    """
    from kgnews.nlp import extract_many

    if format != "json":
        errors.print(f"[red]error[/red] unknown format {format!r}: only 'json' is supported")
        raise typer.Exit(EXIT_FAILED)
    failures: list[IngestError] = []
    count = 0
    for extraction in extract_many(_read(inputs, failures)):
        count += 1
        data = extraction.as_dict()
        if output is None:
            print(json.dumps(data, ensure_ascii=False))
        else:
            text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            atomic.write_text(output / f"{extraction.article.id}.json", text)
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
        errors.print(f"[red]error[/red] {gold_dir}: no *.gold.json files")
        raise typer.Exit(EXIT_FAILED)
    report = score(_predict(gold_dir, pred_dir), golds).as_dict()
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    console.print(_score_table(f"Entities ({report['articles']} articles)", report["entities"], report["entities_all"]))
    console.print(_score_table("Relations", report["relations"], report["relations_all"]))
    fields = ", ".join(f"{name} {value:.3f}" for name, value in report["metadata"].items())
    console.print(f"Metadata accuracy {report['metadata_accuracy']:.3f} ({fields})")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()

__all__ = ["app"]

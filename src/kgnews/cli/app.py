"""The `kgnews` application and what its commands share: consoles, exit statuses, options, input reading."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from kgnews.ingest import IngestError, read_inputs, sample_corpus

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
    errors.print(f"{label} {escape(message)}", highlight=False, soft_wrap=True)  # one line per message, for logs


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

"""Ingest: files, folders and globs of scraped news pages, HTML and JSON Lines into `Article`s."""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kgnews.ingest.readers import IngestError, read_html_page, read_jsonl, read_text_page
from kgnews.model import Article

__all__ = ["IngestError", "expand_inputs", "read_inputs", "read_path", "sample_corpus"]

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def sample_corpus() -> Path:
    """The bundled sample corpus (the gold dev articles) shipped inside the package."""
    return Path(__file__).resolve().parent.parent / "corpus"


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named by paths, folders (recursively, readable suffixes only) and globs, sorted, unique."""
    found: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE)
        elif path.exists():
            found.add(path)
        else:
            matches = [Path(m) for m in glob.glob(str(item), recursive=True)]
            if not matches:
                raise FileNotFoundError(f"{item}: no such file, folder or glob match")
            found.update(p for p in matches if p.is_file())
    return sorted(found)


def read_path(path: Path) -> Iterator[Article | IngestError]:
    """The articles of one file, or an IngestError naming it (and the line) with the reason."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path)
        elif suffix in HTML_SUFFIXES:
            yield read_html_page(path)
        else:
            with path.open("rb") as handle:  # the head is enough to tell HTML from text
                head = handle.read(512).lstrip().lower()
            is_html = head.startswith((b"<!doctype html", b"<html"))
            yield read_html_page(path) if is_html else read_text_page(path)
    except IngestError as exc:
        yield exc
    except OSError as exc:
        yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # one broken article never stops a corpus
        yield IngestError(str(path), f"unexpected {type(exc).__name__}: {exc}")


def _duplicate(article: Article, path: Path, first: str | None) -> IngestError:
    """The error for an article whose id an earlier article (read from `first`) already has."""
    line = None
    if path.suffix.lower() in JSONL_SUFFIXES and article.origin:  # a JSON Lines origin is `<path>:<line>`
        line = int(article.origin.rpartition(":")[2])
    return IngestError(str(path), f"duplicate article id {article.id!r}: already read from {first}", line=line)


def read_inputs(
    inputs: Iterable[str | Path], on_path: Callable[[Path], None] | None = None
) -> Iterator[Article | IngestError]:
    """Every article of every input, in a stable order; unreadable ones come as IngestError.

    Ids are unique: an article whose id was already read is reported, never silently replaces the first.
    `on_path` is called with each file once it has been read (for progress).
    """
    first: dict[str, str | None] = {}
    for path in expand_inputs(inputs):
        for item in read_path(path):
            if isinstance(item, Article):
                if item.id in first:
                    item = _duplicate(item, path, first[item.id])
                else:
                    first[item.id] = item.origin
            yield item
        if on_path is not None:
            on_path(path)

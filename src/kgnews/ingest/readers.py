"""Readers for each input format: scraped-page text, HTML pages, JSON Lines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from kgnews.ingest.dates import is_date_line, parse_datetime
from kgnews.ingest.decode import decode_bytes
from kgnews.ingest.normalize import has_text, normalize_line, printable
from kgnews.ingest.page import build_body, clean_lines, parse_page, source_of
from kgnews.model import Article

#: The largest article kgnews reads (characters of text); a larger one is reported, not read.
MAX_ARTICLE_CHARS = 2_000_000
#: The longest line of a scraped-page text file; a longer one is not a page (HTML and JSONL are exempt).
MAX_LINE_CHARS = 100_000


class IngestError(Exception):
    """An input that cannot be read: names the file (and line) and says why."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = printable(path), reason, line
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {reason}")

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "reason": self.reason}


def _text_of(path: Path, limit: int | None = MAX_ARTICLE_CHARS) -> str:
    """The decoded text of a file; one longer than `limit` characters is refused."""
    data = path.read_bytes()
    text = decode_bytes(data, str(path))
    if limit is not None and len(text) > limit:
        raise IngestError(str(path), f"too large: {len(text):,} characters (the limit is {limit:,})")
    if not has_text(text):
        raise IngestError(str(path), "empty file: no text to read")
    return text


def _article_id(path: Path) -> str:
    """The file's stem as an article id: normalised like all text (a file name may hold any bytes)."""
    article_id = normalize_line(path.stem)
    if not article_id:
        raise IngestError(str(path), "the file name gives no article id")
    return article_id


def _optional(value: object) -> str | None:
    if value is None:
        return None
    text = normalize_line(str(value))
    return text or None


def read_text_page(path: Path) -> Article:
    """One article in the corpus's scraped-page text format; its id is the file's stem."""
    text = _text_of(path)
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE_CHARS:
            reason = f"line too long: {len(line):,} characters (the limit is {MAX_LINE_CHARS:,})"
            raise IngestError(str(path), reason, line=number)
    page = parse_page(text)
    if not page.body:
        raise IngestError(str(path), "no article body found after the title and date line")
    return Article(
        id=_article_id(path),
        body=page.body,
        title=page.title,
        published=page.published,
        author=page.author,
        source=page.source,
        paragraphs=page.paragraphs,
        origin=printable(str(path)),
    )


def _meta_published(html: str) -> str | None:
    pattern = (
        r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|pubdate|"
        r"og:published_time|publishdate)[\"'][^>]*content=[\"']([^\"']+)[\"']"
    )
    match = re.search(pattern, html, re.IGNORECASE) or re.search(r"\"datePublished\"\s*:\s*\"([^\"]+)\"", html)
    return parse_datetime(match.group(1)) if match else None


def _drop_header(lines: list[str], title: str | None) -> list[str]:
    """Leading lines that repeat the title or give the date belong to the page head, not the body."""
    while lines and (lines[0] == title or is_date_line(lines[0])):
        lines = lines[1:]
    return lines


def read_html_page(path: Path) -> Article:
    """One HTML page: main text and metadata by trafilatura, then the same cleaning as text pages."""
    import trafilatura

    html = _text_of(path)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        raise IngestError(str(path), "no main text found in the HTML (truncated or not an article page)")
    title = _optional(doc.title)
    lines = _drop_header(clean_lines(doc.text), title)
    body, paragraphs = build_body(lines)
    if not body:
        raise IngestError(str(path), "no article body left after removing site boilerplate")
    published = _meta_published(html) or (parse_datetime(doc.date) if doc.date else None)
    return Article(
        id=_article_id(path),
        body=body,
        title=title,
        published=published,
        author=_optional(doc.author),
        source=_optional(doc.sitename),
        url=_optional(doc.url),
        paragraphs=paragraphs,
        origin=printable(str(path)),
    )


def article_from_record(record: dict, origin: str) -> Article:
    """One JSON Lines record (`id`, `text`, optional `title`, `published`, `author`, `source`, `url`)."""
    if not isinstance(record, dict):
        raise ValueError("a line must hold a JSON object")
    missing = [key for key in ("id", "text") if not isinstance(record.get(key), str) or not record[key].strip()]
    if missing:
        raise ValueError(f"missing or empty field(s): {', '.join(missing)}")
    if len(record["text"]) > MAX_ARTICLE_CHARS:
        raise ValueError(f"text too large: {len(record['text']):,} characters (the limit is {MAX_ARTICLE_CHARS:,})")
    body, paragraphs = build_body(clean_lines(record["text"]))
    if not body:
        raise ValueError("no article body left after removing site boilerplate")
    published = _optional(record.get("published"))
    source = _optional(record.get("source"))
    return Article(
        id=normalize_line(record["id"]),
        body=body,
        title=_optional(record.get("title")),
        published=parse_datetime(published) if published else None,
        author=_optional(record.get("author")),
        source=(source_of(source) or source) if source else None,
        url=_optional(record.get("url")),
        paragraphs=paragraphs,
        origin=origin,
    )


def read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    """Each line of a JSON Lines file; a bad line is an error naming its line, the rest go on.

    The size limit is per article (per line), not per file: a file may hold any number of articles.
    """
    text = _text_of(path, limit=None)
    # Records end at "\n" only: U+2028, U+0085 and other line breaks may stand unescaped inside a JSON string.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield article_from_record(json.loads(line), printable(f"{path}:{number}"))
        except (ValueError, TypeError) as exc:
            reason = f"malformed JSON: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield IngestError(str(path), reason, line=number)

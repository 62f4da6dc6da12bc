"""Junk in a corpus: each bad input is reported with its file (and line) and reason in failures.json,
the rest builds, and the exit status tells success (0), partial success (3) and failure (1) apart.

Reader-level reasons for each kind of junk, and the input limits of README "What goes in", are in
tests/test_ingest_readers.py; here they go through `kgnews build`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgnews.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, app
from kgnews.ingest import IngestError, read_inputs

GOLD = Path(__file__).parent / "gold"
README = Path(__file__).resolve().parent.parent / "README.md"
runner = CliRunner()

GOOD_LINES = [
    {"id": "tin-1", "text": "Sáng 2/3, Ban Bí thư ban hành Chỉ thị số 12-CT/TW.", "title": "Tin một"},
    {"id": "tin-2", "text": "Đồng chí Hà Thị Khiết, Trưởng Ban Dân vận Trung ương phát biểu.", "title": "Tin hai"},
]
#: file name → (bytes, the line reported or None, a word of the reason)
JUNK = {
    "empty.txt": (b"", None, "empty"),
    "blank.txt": (" \r\n\t\n\u00a0\u200b\n".encode("utf-8"), None, "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, "binary"),
    "truncated.html": (b"<html><head><title>Tin</title></head><body><div><p", None, "no main text"),
    "one-line.txt": (b"x" * 1_048_576, 1, "line too long"),
    "news.jsonl": (
        "\n".join([json.dumps(GOOD_LINES[0], ensure_ascii=False), '{"id": "tin-x", "text": "cụt', json.dumps(GOOD_LINES[1])])
        .encode("utf-8"),
        2,
        "malformed JSON",
    ),
}


def _junk(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _, _) in JUNK.items():
        (folder / name).write_bytes(data)
    return folder


def _good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("dev-01.txt", "dev-02.txt"):
        shutil.copy(GOLD / name, folder / name)
    return folder


def _failures(out: Path) -> list[dict]:
    report = out / "failures.json"
    return json.loads(report.read_text(encoding="utf-8")) if report.exists() else []


def _article_ids(out: Path) -> set[str]:
    text = (out / "graph.nq").read_text(encoding="utf-8")
    return {line.split("> <")[0].rsplit("/", 1)[-1] for line in text.splitlines() if line.startswith("<https://kgnews.org/id/article/")}


def test_the_exit_statuses_are_documented():
    text = README.read_text(encoding="utf-8")
    assert "`0` every input was read" in text and "`3` partial success" in text and "`1` nothing could be built" in text
    assert "failures.json" in text


@pytest.mark.parametrize(
    ("folders", "status"),
    [((_good,), EXIT_OK), ((_good, _junk), EXIT_PARTIAL), ((_junk,), EXIT_PARTIAL)],
    ids=["clean", "junk-and-articles", "junk-with-good-json-lines"],
)
def test_exit_status_tells_success_from_partial_success(tmp_path, folders, status):
    corpus = tmp_path / "corpus"
    for make in folders:
        make(corpus)
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == status, result.output
    assert bool(_failures(tmp_path / "out")) == (status == EXIT_PARTIAL)


def test_a_corpus_of_junk_gives_failure_naming_every_file(tmp_path):
    corpus = tmp_path / "corpus"
    _junk(corpus)
    (corpus / "news.jsonl").write_text("{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == EXIT_FAILED, result.output
    printed = "".join(result.output.split())  # the console wraps long lines
    for name in JUNK:
        assert name in printed


def test_every_junk_file_is_reported_with_its_line_and_reason_and_the_rest_builds(tmp_path):
    corpus = _junk(_good(tmp_path / "corpus"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == EXIT_PARTIAL, result.output
    reported = {Path(f["path"]).name: (f["line"], f["reason"]) for f in _failures(out)}
    assert set(reported) == set(JUNK)
    for name, (_, line, word) in JUNK.items():
        assert reported[name][0] == line and word in reported[name][1], (name, reported[name])
    assert _article_ids(out) == {"dev-01", "dev-02", "tin-1", "tin-2"}


def test_a_build_that_reads_nothing_leaves_the_previous_outputs(tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(_good(tmp_path / "corpus")), "-o", str(out)]).exit_code == EXIT_OK
    before = (out / "graph.nq").read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    assert runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "-o", str(out)]).exit_code == EXIT_FAILED
    assert (out / "graph.nq").read_bytes() == before


def test_a_file_name_with_bytes_that_are_not_utf8_builds(tmp_path):
    corpus = _good(tmp_path / "corpus")
    shutil.copy(GOLD / "dev-03.txt", corpus / os.fsdecode(b"tin-\xff\xfe.txt"))
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert len(_article_ids(out)) == 3


def test_duplicate_article_ids_are_reported_not_merged(tmp_path):
    _good(tmp_path / "a")
    shutil.copy(GOLD / "dev-03.txt", _good(tmp_path / "b") / "dev-03.txt")
    items = list(read_inputs([tmp_path / "a", tmp_path / "b"]))
    assert sorted(i.id for i in items if not isinstance(i, IngestError)) == ["dev-01", "dev-02", "dev-03"]
    failures = [i for i in items if isinstance(i, IngestError)]
    assert [Path(f.path).parent.name for f in failures] == ["b", "b"]
    assert all("duplicate article id" in f.reason and str(tmp_path / "a") in f.reason for f in failures)


def test_a_build_reports_a_duplicate_article_id(tmp_path):
    _good(tmp_path / "a")
    shutil.copy(GOLD / "dev-01.txt", _good(tmp_path / "b") / "dev-01.txt")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out)])
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert ["duplicate article id" in f["reason"] for f in _failures(out)] == [True, True]


@pytest.mark.parametrize("case", ["unreadable-file", "missing-input"])
def test_a_path_that_reads_as_console_markup_is_reported_as_text(tmp_path, case):
    corpus = _good(tmp_path / "corpus")
    (corpus / "x[").mkdir()
    if case == "unreadable-file":
        (corpus / "x[" / "b].txt").write_bytes(b"")
    target, status = (corpus, EXIT_PARTIAL) if case == "unreadable-file" else (corpus / "x[" / "b].txt", EXIT_FAILED)
    result = runner.invoke(app, ["build", str(target), "-o", str(tmp_path / "out")])
    assert result.exit_code == status, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "x[/b].txt" in "".join(result.output.split())


def test_a_json_line_may_hold_unicode_line_separators_and_control_escapes(tmp_path):
    line = '{"id": "tin\u0085", "title": "A\u2028B", "text": "Đoạn\u2028một.\u0085Đoạn\u2029hai\\u0000\\u0007\\ud800."}'
    path = tmp_path / "news.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    [article] = read_inputs([path])
    assert not isinstance(article, IngestError), article
    assert (article.id, article.title) == ("tin", "A B")
    assert article.body == "Đoạn\n\nmột.\n\nĐoạn\n\nhai\ufffd."


SENTENCE = "Đồng chí Hà Thị Khiết, Trưởng Ban Dân vận Trung ương phát biểu tại hội nghị. "
LIMITS = {  # README "What goes in": name → (content, the reason reported, or None when it is read)
    "huge.txt": ("Tiêu đề\n\n" + (SENTENCE + "\n") * 26_000, "too large: 2,0"),
    "huge.jsonl": (json.dumps({"id": "huge", "text": SENTENCE * 26_000}, ensure_ascii=False) + "\n", "text too large"),
    "long-line.jsonl": (json.dumps({"id": "long", "text": SENTENCE * 1_500}, ensure_ascii=False) + "\n", None),
    "long-line.html": (f"<html><body><article><h1>Tin</h1><p>{SENTENCE * 1_500}</p></article></body></html>", None),
}


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_the_documented_input_limits(tmp_path, name):
    content, reason = LIMITS[name]
    assert len(content) > 100_000 and (reason is None or len(content) > 2_000_000)
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [item] = read_inputs([path])
    if reason is None:
        assert not isinstance(item, IngestError), item
        assert len(item.body) > 100_000
    else:
        assert isinstance(item, IngestError) and reason in item.reason and "the limit is 2,000,000" in item.reason
        assert item.line == (1 if name.endswith(".jsonl") else None)


def test_the_article_limit_is_per_json_line_not_per_file(tmp_path):
    path = tmp_path / "many.jsonl"
    records = [json.dumps({"id": f"tin-{n}", "text": SENTENCE * 40}, ensure_ascii=False) for n in range(700)]
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    assert len(path.read_text(encoding="utf-8")) > 2_000_000
    items = list(read_inputs([path]))
    assert len(items) == 700 and not [i for i in items if isinstance(i, IngestError)]

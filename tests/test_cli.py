"""The `kgnews` commands, run as a user runs them."""

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgnews.cli import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, app

GOLD = Path(__file__).parent / "gold"
runner = CliRunner()


def test_build_with_no_input_builds_the_sample_corpus(tmp_path):
    result = runner.invoke(app, ["build", "-o", str(tmp_path)])
    assert result.exit_code == EXIT_OK, result.output
    assert (tmp_path / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "graph.html").read_text(encoding="utf-8").lstrip().lower().startswith("<")
    assert "articles" in result.output and "11" in result.output
    assert json.loads((tmp_path / "failures.json").read_text(encoding="utf-8")) == []


def test_build_with_a_broken_file_is_a_partial_success_with_a_failures_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(GOLD / "dev-01.txt", corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x00\xff")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == EXIT_PARTIAL, result.output
    [failure] = json.loads((tmp_path / "out" / "failures.json").read_text(encoding="utf-8"))
    assert failure["path"].endswith("broken.txt") and "binary" in failure["reason"]


def test_build_of_nothing_readable_fails(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == EXIT_FAILED


def test_build_of_a_missing_path_names_it(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == EXIT_FAILED
    assert "nope" in result.output


def test_extract_prints_schema_json_per_article():
    result = runner.invoke(app, ["extract", str(GOLD / "dev-01.txt"), str(GOLD / "dev-02.txt"), "--format", "json"])
    assert result.exit_code == EXIT_OK, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["dev-01", "dev-02"]
    for record in records:
        assert set(record) >= {"id", "metadata", "entities", "relations"}
        assert set(record["metadata"]) == {"title", "published", "author", "source"}


def test_extract_writes_one_file_per_article(tmp_path):
    result = runner.invoke(app, ["extract", str(GOLD / "dev-03.txt"), "-o", str(tmp_path)])
    assert result.exit_code == EXIT_OK, result.output
    data = json.loads((tmp_path / "dev-03.json").read_text(encoding="utf-8"))
    assert data["metadata"]["source"] == "Báo Hải Phòng"


def test_extract_on_two_processes_prints_what_one_prints():
    one = runner.invoke(app, ["extract", str(GOLD)])
    two = runner.invoke(app, ["extract", str(GOLD), "--jobs", "2"])
    assert one.exit_code == two.exit_code == EXIT_OK, two.output
    assert len(one.stdout.splitlines()) == 11
    assert two.stdout == one.stdout


def test_extract_reports_an_article_that_breaks_extraction_and_goes_on(break_extraction_of):
    break_extraction_of("dev-02")
    result = runner.invoke(app, ["extract", str(GOLD / "dev-01.txt"), str(GOLD / "dev-02.txt"), str(GOLD / "dev-03.txt")])
    assert result.exit_code == EXIT_PARTIAL
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["dev-01", "dev-03"]
    [line] = [line for line in result.stderr.splitlines() if "dev-02.txt" in line]  # one line, however long
    assert line.startswith("skipped ") and line.endswith("RuntimeError: boom")


def test_evaluate_metadata_accuracy_is_perfect_on_the_dev_corpus():
    result = runner.invoke(app, ["evaluate", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 11
    assert report["metadata_accuracy"] == 1.0


def test_evaluate_scores_the_rest_when_one_article_breaks_extraction(break_extraction_of):
    break_extraction_of("dev-02")
    result = runner.invoke(app, ["evaluate", str(GOLD), "--json"])
    assert result.exit_code == EXIT_PARTIAL, result.output
    [line] = [line for line in result.stderr.splitlines() if "dev-02.txt" in line]
    assert line.endswith("RuntimeError: boom")
    report = json.loads(result.stdout)
    assert report["articles"] == 11
    missed = json.loads((GOLD / "dev-02.gold.json").read_text(encoding="utf-8"))["relations"]
    assert report["relations_all"]["fn"] == len(missed) > 0 and report["relations_all"]["fp"] == 0


def test_evaluate_reads_a_prediction_folder(tmp_path):
    for gold in GOLD.glob("*.gold.json"):
        shutil.copy(gold, tmp_path / gold.name.replace(".gold.json", ".json"))
    result = runner.invoke(app, ["evaluate", str(GOLD), str(tmp_path), "--json"])
    report = json.loads(result.stdout)
    assert report["entities_all"]["f1"] == 1.0
    assert report["relations_all"]["f1"] == 1.0


def test_evaluate_lists_errors_one_per_line(tmp_path):
    for gold in GOLD.glob("*.gold.json"):
        shutil.copy(gold, tmp_path / gold.name.replace(".gold.json", ".json"))
    prediction = json.loads((tmp_path / "dev-01.json").read_text(encoding="utf-8"))
    dropped = prediction["entities"].pop()
    (tmp_path / "dev-01.json").write_text(json.dumps(prediction, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(GOLD), str(tmp_path), "--errors"])
    assert result.exit_code == EXIT_OK, result.output
    assert f"dev-01\tmissed\t{dropped['type']} {dropped['name']}" in result.stdout.splitlines()
    as_json = json.loads(runner.invoke(app, ["evaluate", str(GOLD), str(tmp_path), "--json", "--errors"]).stdout)
    assert {"article": "dev-01", "kind": "missed", "item": dropped} in as_json["errors"]


@pytest.mark.parametrize("command", sorted(c.name or c.callback.__name__ for c in app.registered_commands))
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output

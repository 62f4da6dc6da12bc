"""The package ships everything a run needs: code, gazetteers, the sample corpus, ontology, queries."""

import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parent.parent


def test_every_source_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = set(find_packages(ROOT / "src"))
    assert found <= listed
    assert {"kgnews.ontology", "kgnews.ontology.queries"} <= listed


def test_saved_questions_and_ontology_are_found():
    from kgnews.query.saved import queries_dir

    assert any(queries_dir().glob("*.rq"))
    assert (queries_dir().parent / "kgnews.ttl").is_file()

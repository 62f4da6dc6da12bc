"""Every gold corpus in the repository is well-formed (shape, references, aliases found in the text)."""

from pathlib import Path

import pytest

from check_gold import check_file

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize("folder", ["gold", "validation", "validation2", "validation3", "validation4", "validation5", "validation6", "validation7", "validation8", "validation9", "validation10", "validation11", "validation12", "validation13", "validation14"])
def test_gold_files_pass_the_checker(folder):
    golds = sorted((TESTS / folder).glob("*.gold.json"))
    assert golds
    for path in golds:
        assert not check_file(path, False).errors, path.name

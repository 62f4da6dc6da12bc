"""Every gold corpus in the repository is well-formed (shape, references, aliases found in the text)."""

from pathlib import Path

import pytest

from check_gold import check_file

TESTS = Path(__file__).resolve().parent


@pytest.mark.parametrize("folder", ["gold", "validation", *(f"validation{n}" for n in range(2, 19))])
def test_gold_files_pass_the_checker(folder):
    golds = sorted((TESTS / folder).glob("*.gold.json"))
    assert golds
    for path in golds:
        assert not check_file(path, False).errors, path.name

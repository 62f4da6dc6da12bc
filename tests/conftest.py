"""Shared pytest options: `--regen-golden` rewrites golden files instead of comparing with them."""

import pytest


def pytest_addoption(parser):
    parser.addoption("--regen-golden", action="store_true", default=False, help="Rewrite tests/golden/* from the current code.")


def pytest_configure(config):
    config.addinivalue_line("markers", "outputs_fresh: checks that outputs/ is the build of the bundled sample corpus")


@pytest.fixture
def regen_golden(request) -> bool:
    return request.config.getoption("--regen-golden")

"""`python -m kgnews.cli`: the `kgnews` command."""

from kgnews.cli import app

app()

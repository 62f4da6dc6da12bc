"""The `kgnews` command line: thin commands over the library's functions.

`app` is the Typer application; importing this package registers every command on it.
"""

from kgnews.cli.app import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, app
from kgnews.cli import corpus, graph  # noqa: F401  (registers the commands)

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_PARTIAL", "app"]

"""kgnews: a knowledge-graph builder for Vietnamese political and public-affairs news."""

__version__ = "0.1.0"

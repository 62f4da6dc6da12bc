"""SPARQL over the built graph: an embedded Oxigraph store, saved questions, an endpoint, pushes."""

from kgnews.query.saved import SavedQuestion, load_saved, saved_questions
from kgnews.query.store import load_store, open_store, run_query

__all__ = ["SavedQuestion", "load_saved", "load_store", "open_store", "run_query", "saved_questions"]

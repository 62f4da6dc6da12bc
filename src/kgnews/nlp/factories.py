"""The kgnews spaCy components, in pipeline order (importing this registers every factory)."""

from __future__ import annotations

from kgnews.nlp import bodies, campaigns, documents, events, people, places  # noqa: F401  (registers the factories)

#: Factory names in the order `load_pipeline` adds them.
COMPONENTS = ("kgnews_bodies", "kgnews_documents", "kgnews_people", "kgnews_places", "kgnews_events", "kgnews_campaigns")

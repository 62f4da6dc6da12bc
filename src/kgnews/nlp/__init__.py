"""NLP: a spaCy pipeline that finds entities and relations in an `Article`'s body.

The contract the rest of kgnews relies on:

- `load_pipeline()` returns the `Language` (cached per process);
- `extract(article)` returns an `Extraction` (entities with canonical names, aliases, mentions
  and attributes; relations with evidence sentence and offsets into `article.body`);
- `extract_many(articles)` does the same for a stream, with `nlp.pipe`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kgnews.model import Article, Extraction
from kgnews.nlp import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)
from kgnews.nlp.extraction import to_extraction
from kgnews.nlp.factories import COMPONENTS


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """`spacy.blank("vi")` with the syllable tokenizer and the kgnews components (relations last, if installed)."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "kgnews.SyllableTokenizer.v1"}}}
    nlp = spacy.blank("vi", config=config)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    try:
        from kgnews.nlp import relations  # noqa: F401  (registers kgnews_relations)
    except ImportError:
        relations = None
    if relations is not None and "kgnews_relations" in Language.factories:
        nlp.add_pipe("kgnews_relations")
    return nlp


_WARM_UP = Article(
    id="warm-up",
    title="Hội nghị Tỉnh ủy Hà Tĩnh",
    published="2024-06-05",
    body=(
        "Sáng nay (5/6), Tỉnh ủy Hà Tĩnh tổ chức Hội nghị lần thứ 12. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, "
        "chủ trì. Theo Nghị quyết số 12-NQ/TW ngày 3/1/2024 của Bộ Chính trị về phong trào “Dân vận khéo”, "
        "UBND huyện Lệ Thủy và Sở Y tế triển khai Đề án 06; ông Trần Văn Bình, Chủ tịch UBND xã Hòa Bình, phát biểu."
    ),
)


@lru_cache(maxsize=1)
def warm_up() -> Language:
    """The pipeline, loaded and run once over a small article, so every lazily built regex is compiled.

    Once per process (later calls return at once). Call it before forking worker processes: they then
    inherit all of it instead of each paying for it (importing spaCy and compiling the gazetteers take
    ≈0.7 s of CPU per process).

    It then moves every object alive into the garbage collector's permanent generation (`gc.freeze`):
    the vocabulary, gazetteers and patterns live as long as the process, yet each full collection
    walked them all, ≈20 % of extraction time, and in a forked worker that walk also copied the
    parent's pages. Young collections run every `_GC_YOUNG` allocations instead of 700: an article
    allocates tens of thousands of short-lived objects, and collecting them seven times less often
    saves the rest of that time; memory is unchanged (the garbage is freed by reference counts)."""
    nlp = load_pipeline()
    extract(_WARM_UP)
    gc.freeze()
    gc.set_threshold(_GC_YOUNG, *gc.get_threshold()[1:])
    return nlp


#: Allocations between two young-generation garbage collections once the pipeline is warm.
_GC_YOUNG = 5_000


def extract(article: Article) -> Extraction:
    """Entities and relations of one article."""
    return next(extract_many([article]))


def extract_many(articles: Iterable[Article], batch_size: int = 64) -> Iterator[Extraction]:
    """Entities and relations of each article, in order."""
    nlp = load_pipeline()
    pairs = ((make_doc(nlp, article), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield to_extraction(doc, article)


def make_doc(nlp: Language, article: Article) -> Doc:
    """The tokenised body with `Doc._.article` set, ready for the components."""
    doc = nlp.make_doc(article.body)
    doc._.article = article
    return doc

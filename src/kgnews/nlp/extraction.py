"""From a processed `Doc` to the plain `Extraction` the later stages read."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc

from kgnews.model import ENTITY_TYPES, Article, Entity, Extraction, Mention, Relation
from kgnews.nlp.spans import mentions, raw_offsets, raw_text


def entities_of(doc: Doc) -> tuple[Entity, ...]:
    """One `Entity` per (type, canonical name), with every mention, aliases and attributes."""
    groups: dict[tuple[str, str], list] = {}
    text = raw_text(doc)
    for span in sorted(mentions(doc), key=lambda s: (s.start_char, s.end_char)):
        name = unicodedata.normalize("NFC", span.name)
        groups.setdefault((span.label_, name), []).append(span)
    entities = []
    for (label, name), spans in groups.items():
        if label not in ENTITY_TYPES:
            continue
        seen: dict[tuple[int, int], Mention] = {}
        aliases: list[str] = []
        attrs: dict[str, str] = {}
        for span in spans:
            start, end = raw_offsets(doc, span.start_char, span.end_char)
            surface = text[start:end]
            seen.setdefault((start, end), Mention(surface, start, end))
            surface = unicodedata.normalize("NFC", " ".join(surface.split()))
            if surface != name and surface not in aliases:
                aliases.append(surface)
            for key, value in (span.attrs or {}).items():
                if value and key not in attrs:
                    attrs[key] = value
        entities.append(Entity(label, name, tuple(aliases), tuple(seen.values()), attrs))
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    entities.sort(key=lambda e: (order[e.type], e.mentions[0].start if e.mentions else 0))
    return tuple(entities)


def relations_of(doc: Doc) -> tuple[Relation, ...]:
    """The relations of the relation layer, when it is installed (`kgnews.nlp.relations.relations_of`)."""
    try:
        from kgnews.nlp import relations
    except ImportError:
        return ()
    finder = getattr(relations, "relations_of", None)
    return tuple(finder(doc)) if finder else ()


def to_extraction(doc: Doc, article: Article) -> Extraction:
    """The `Extraction` of one processed article."""
    return Extraction(article=article, entities=entities_of(doc), relations=relations_of(doc))


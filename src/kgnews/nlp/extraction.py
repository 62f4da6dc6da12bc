"""From a processed `Doc` to the plain `Extraction` the later stages read."""

from __future__ import annotations

import unicodedata
from operator import itemgetter

from spacy.tokens import Doc

from kgnews.model import ENTITY_TYPES, Article, Entity, Extraction, Mention, Relation
from kgnews.nlp.gazetteer import load
from kgnews.nlp.spans import mentions, raw_text


def entities_of(doc: Doc) -> tuple[Entity, ...]:
    """One `Entity` per (type, canonical name), with every mention, aliases and attributes."""
    groups: dict[tuple[str, str], list] = {}
    text = raw_text(doc)
    normalize = unicodedata.normalize
    for record in sorted(mentions(doc), key=itemgetter(0, 1)):  # by (start_char, end_char)
        groups.setdefault((record.label_, normalize("NFC", record.name)), []).append(record)
    offsets = doc.user_data.get("kg_map")  # as `raw_offsets`, inlined: about fifty mentions an article
    surfaces: dict[str, str] = {}
    entities = []
    for (label, name), records in groups.items():
        if label not in ENTITY_TYPES:
            continue
        seen: dict[tuple[int, int], Mention] = {}
        aliases: list[str] = []
        attrs: dict[str, str] = {}
        for record in records:
            start, end = (offsets[record.start_char], offsets[record.end_char]) if offsets is not None else record[:2]
            if (start, end) not in seen:  # the same offsets give the same surface: no new alias
                surface = text[start:end]
                seen[start, end] = Mention(surface, start, end)
                alias = surfaces.get(surface)
                if alias is None:
                    alias = surfaces[surface] = normalize("NFC", " ".join(surface.split()))
                if alias != name and alias not in aliases:
                    aliases.append(alias)
            if record.attrs:
                for key, value in record.attrs.items():
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
    return Extraction(article, *_without_title_authorities(entities_of(doc), relations_of(doc)))


def _without_title_authorities(
    entities: tuple[Entity, ...], relations: tuple[Relation, ...]
) -> tuple[tuple[Entity, ...], tuple[Relation, ...]]:
    """`Thủ tướng Chính phủ` named only in a person's title (`Phó Thủ tướng Chính phủ X`) is a post, not a body:
    it is an Organization where it acts, as the issuer of a document (SCHEMA Convention 5)."""
    authorities = load("relation_titles.json")["authorities"]
    acting = {name for r in relations if r.p not in ("partOf", "holdsPosition") for name in (r.s, r.o)
              if name in authorities}
    idle = {e.name for e in entities if e.type == "Organization" and e.name in authorities} - acting
    if not idle:
        return entities, relations
    return (tuple(e for e in entities if e.type != "Organization" or e.name not in idle),
            tuple(r for r in relations if r.s not in idle and r.o not in idle))


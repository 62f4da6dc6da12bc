"""Plain data passed between the stages: articles, mentions, entities, relations, extractions."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("Person", "Organization", "LegalDocument", "Event", "Campaign", "Location")
RELATION_TYPES = (
    "holdsPosition",
    "memberOf",
    "issuedBy",
    "chairs",
    "attends",
    "directs",
    "speaksAt",
    "concerns",
    "coordinatesWith",
    "partOf",
    "quotes",
    "heldIn",
)
#: Optional attributes SCHEMA.md allows per entity type, in output order.
ENTITY_ATTRIBUTES = {
    "LegalDocument": ("doc_type", "number", "issued", "title"),
    "Event": ("date", "location"),
}


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article body: `body[start:end]`; kind is "body" or "caption"."""

    start: int
    end: int
    kind: str = "body"

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paragraph:
        return cls(int(data["start"]), int(data["end"]), data.get("kind", "body"))


@dataclass(frozen=True)
class Article:
    """One clean news article: NFC text, metadata, paragraph offsets into `body`."""

    id: str
    body: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    source: str | None = None
    url: str | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    origin: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of everything extraction reads, so a cache can key on it."""
        fields = (self.id, self.title, self.published, self.author, self.source, self.url, self.body)
        payload = "\x1f".join("" if value is None else value for value in fields)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    @property
    def metadata(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "source": self.source,
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "source": self.source,
            "url": self.url,
            "body": self.body,
            "paragraphs": [p.as_dict() for p in self.paragraphs],
            "origin": self.origin,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            id=data["id"],
            body=data["body"],
            title=data.get("title"),
            published=data.get("published"),
            author=data.get("author"),
            source=data.get("source"),
            url=data.get("url"),
            paragraphs=tuple(Paragraph.from_dict(p) for p in data.get("paragraphs", ())),
            origin=data.get("origin"),
        )


@dataclass(frozen=True)
class Mention:
    """A stretch of the article body, `body[start:end] == text`."""

    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(data["text"], int(data["start"]), int(data["end"]))


@dataclass(frozen=True)
class Entity:
    """One entity of one article under its canonical name, with every mention of it."""

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type, "name": self.name, "aliases": list(self.aliases)}
        for key in ENTITY_ATTRIBUTES.get(self.type, ()):
            if self.attrs.get(key):
                data[key] = self.attrs[key]
        data["mentions"] = [m.as_dict() for m in self.mentions]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        attrs = {k: data[k] for k in ENTITY_ATTRIBUTES.get(data["type"], ()) if data.get(k)}
        return cls(
            type=data["type"],
            name=data["name"],
            aliases=tuple(data.get("aliases", ())),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
            attrs=attrs,
        )


@dataclass(frozen=True)
class Relation:
    """A statement `s p o` between canonical names, with the sentence that states it.

    `evidence == body[start:end]`. For holdsPosition, `o` is the literal title and
    `attrs` may name the `organization` the post belongs to and carry `status`
    ("former" for `nguyên`, "acting" for `quyền`).
    """

    s: str
    p: str
    o: str
    evidence: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"s": self.s, "p": self.p, "o": self.o}
        data.update(sorted(self.attrs.items()))
        data.update({"evidence": self.evidence, "start": self.start, "end": self.end})
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        known = {"s", "p", "o", "evidence", "start", "end"}
        attrs = {k: str(v) for k, v in data.items() if k not in known}
        return cls(
            s=data["s"],
            p=data["p"],
            o=data["o"],
            evidence=data.get("evidence", ""),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            attrs=attrs,
        )


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one article; `as_dict` is the SCHEMA.md JSON shape."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.article.id,
            "metadata": self.article.metadata,
            "entities": [e.as_dict() for e in self.entities],
            "relations": [r.as_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], article: Article | None = None) -> Extraction:
        """Read a prediction or gold file; without `article`, one with an empty body is made."""
        if article is None:
            meta = data.get("metadata", {})
            article = Article(id=data["id"], body="", **{k: meta.get(k) for k in Article.__dataclass_fields__ if k in meta})
        relations = []
        for rel in data.get("relations", ()):
            obj = rel["o"]
            rel = dict(rel, o=obj[0] if isinstance(obj, list) else obj)
            relations.append(Relation.from_dict(rel))
        return cls(
            article=article,
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            relations=tuple(relations),
        )

"""Extractions for the graph tests: the gold dev corpus, and small hand-written ones with evidence offsets."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph

from kgnews.ingest import read_inputs
from kgnews.model import Article, Entity, Extraction, Mention, Relation

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "kgnews.ttl"
SEED = "seed-baohatinh-2015-07-13"


def gold_extraction(name: str) -> Extraction:
    """The gold annotation of `tests/gold/<name>.txt` as an Extraction of the ingested article."""
    article = next(iter(read_inputs([GOLD / f"{name}.txt"])))
    return Extraction.from_dict(json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8")), article)


@lru_cache(maxsize=1)
def dev_extractions() -> tuple[Extraction, ...]:
    return tuple(gold_extraction(p.name[: -len(".gold.json")]) for p in sorted(GOLD.glob("*.gold.json")))


def merged(dataset: Dataset) -> Graph:
    """The union of every graph of `dataset`, as one Graph."""
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _entity(body: str, etype: str, name: str, *forms: str, **attrs: str) -> Entity:
    mentions = tuple(Mention(f, body.index(f), body.index(f) + len(f)) for f in (name, *forms) if f in body)
    return Entity(etype, name, tuple(f for f in forms), mentions, attrs)


def _relation(body: str, s: str, p: str, o: str, sentence: str, **attrs: str) -> Relation:
    start = body.index(sentence)
    return Relation(s, p, o, sentence, start, start + len(sentence), attrs)


def hand_extractions() -> tuple[Extraction, Extraction]:
    """Two articles, a year apart, naming one person, body and document, with evidence offsets."""
    s1 = "Ngày 1/3, Trưởng Ban Dân vận Trung ương Hà Thị Khiết chủ trì hội nghị tại Hà Tĩnh."
    s2 = "Nguyên Bí thư Tỉnh ủy Hà Tĩnh Võ Kim Cự dự hội nghị."
    s3 = "Hội nghị quán triệt Chỉ thị 43-CT/TW của Ban Bí thư."
    body = f"{s1} {s2}\n\n{s3}"
    first = Article(id="hand-2015", body=body, title="Hội nghị dân vận", published="2015-03-02T08:00:00+07:00",
                    author="Mạnh Hà", source="Baohatinh.vn", url="https://baohatinh.vn/a/1")
    khiet = _entity(body, "Person", "Hà Thị Khiết")
    event = _entity(body, "Event", "Hội nghị dân vận tại Hà Tĩnh", "hội nghị", "Hội nghị", date="2015-03-01", location="Hà Tĩnh")
    one = Extraction(first, (
        khiet, _entity(body, "Person", "Võ Kim Cự"), event,
        _entity(body, "Organization", "Ban Dân vận Trung ương"), _entity(body, "Organization", "Ban Bí thư"),
        _entity(body, "Organization", "Tỉnh ủy Hà Tĩnh"), _entity(body, "Location", "Hà Tĩnh"),
        _entity(body, "LegalDocument", "Chỉ thị 43-CT/TW", doc_type="Chỉ thị", number="43-CT/TW", issued="2015-05-14"),
    ), (
        _relation(body, "Hà Thị Khiết", "holdsPosition", "Trưởng Ban Dân vận Trung ương", s1, organization="Ban Dân vận Trung ương"),
        _relation(body, "Hà Thị Khiết", "chairs", event.name, s1),
        _relation(body, event.name, "heldIn", "Hà Tĩnh", s1),
        _relation(body, "Võ Kim Cự", "holdsPosition", "Bí thư Tỉnh ủy Hà Tĩnh", s2, organization="Tỉnh ủy Hà Tĩnh", status="former"),
        _relation(body, "Võ Kim Cự", "attends", event.name, s2),
        _relation(body, event.name, "concerns", "Chỉ thị 43-CT/TW", s3),
        _relation(body, "Chỉ thị 43-CT/TW", "issuedBy", "Ban Bí thư", s3),
    ))
    t1 = "Trưởng Ban Dân vận Trung ương Hà Thị Khiết làm việc với Ban Bí thư về Chỉ thị số 43-CT/TW."
    t2 = "Quyền Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh Đặng Quốc Khánh dự."
    body = f"{t1} {t2}"
    second = Article(id="hand-2016", body=body, title="Làm việc về Chỉ thị 43", published="2016-01-10")
    two = Extraction(second, (
        _entity(body, "Person", "Hà Thị Khiết"), _entity(body, "Person", "Đặng Quốc Khánh"),
        _entity(body, "Organization", "Ban dân vận  Trung ương", "Ban Dân vận Trung ương"),
        _entity(body, "Organization", "Ban Bí thư"),
        _entity(body, "LegalDocument", "Chỉ thị 43-CT/TW", "Chỉ thị số 43-CT/TW", doc_type="Chỉ thị", number="43-CT/TW"),
    ), (
        _relation(body, "Hà Thị Khiết", "holdsPosition", "Trưởng Ban Dân vận Trung ương", t1, organization="Ban Dân vận Trung ương"),
        _relation(body, "Đặng Quốc Khánh", "holdsPosition", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", t2,
                  organization="Ủy ban nhân dân tỉnh Hà Tĩnh", status="acting"),
        _relation(body, "Chỉ thị 43-CT/TW", "issuedBy", "Ban Bí thư", t1),
    ))
    return one, two

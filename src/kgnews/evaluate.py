"""Scoring of predictions against `*.gold.json`, exactly as SCHEMA.md's Scoring section says."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kgnews.model import ENTITY_TYPES, RELATION_TYPES

METADATA_FIELDS = ("title", "published", "author", "source")
EVENT_JACCARD = 0.5


def fold(name: str) -> str:
    """The comparison key of a name: NFC, case folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _tokens(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", fold(name)))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Error:
    """One item scoring did not pair: a gold item `missed` or a predicted one `spurious` (an entity, a
    relation, or a metadata field with what was predicted and what the gold says)."""

    article: str
    kind: str  # "missed" or "spurious"; "wrong" for a metadata field
    item: Mapping[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {"article": self.article, "kind": self.kind, "item": dict(self.item)}

    def line(self) -> str:
        """`article<TAB>kind<TAB>what`: an entity as `Type name`, a relation as `s -p-> o` (alternatives joined
        by ` | `), a metadata field as `field: predicted, gold …`."""
        item = self.item
        if "p" in item:
            subject, obj = (" | ".join(v) if isinstance(v, list) else v for v in (item["s"], item["o"]))
            what = f"{subject} -{item['p']}-> {obj}"
        elif "field" in item:
            what = f"{item['field']}: {item['predicted']!r}, gold {item['gold']!r}"
        else:
            what = f"{item['type']} {item['name']}"
        return f"{self.article}\t{self.kind}\t{what}"


@dataclass
class Report:
    entities: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in ENTITY_TYPES})
    relations: dict[str, Score] = field(default_factory=lambda: {p: Score() for p in RELATION_TYPES})
    metadata: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in METADATA_FIELDS})
    articles: int = 0
    #: What was missed or spurious, article by article, for error analysis.
    errors: list[Error] = field(default_factory=list)

    def total(self, scores: Mapping[str, Score]) -> Score:
        total = Score()
        for score in scores.values():
            total.add(score)
        return total

    @property
    def metadata_accuracy(self) -> float:
        right = sum(r for r, _ in self.metadata.values())
        seen = sum(n for _, n in self.metadata.values())
        return right / seen if seen else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "entities": {t: s.as_dict() for t, s in self.entities.items()},
            "entities_all": self.total(self.entities).as_dict(),
            "relations": {p: s.as_dict() for p, s in self.relations.items()},
            "relations_all": self.total(self.relations).as_dict(),
            "metadata": {f: (r / n if n else 0.0) for f, (r, n) in self.metadata.items()},
            "metadata_accuracy": round(self.metadata_accuracy, 4),
        }


class _Side:
    """The entities of one file, indexed for matching names to entities."""

    def __init__(self, entities: Iterable[Mapping[str, Any]]):
        self.entities = list(entities)
        #: Folded name → the entities of that name (a person and a city may share one: `Hồ Chí Minh`).
        self.by_name: dict[str, list[Mapping[str, Any]]] = {}
        for entity in self.entities:
            self.by_name.setdefault(fold(entity["name"]), []).append(entity)

    def forms(self, entity: Mapping[str, Any]) -> set[str]:
        return {fold(entity["name"]), *(fold(a) for a in entity.get("aliases", ()))}


def entity_matches(pred: Mapping[str, Any], gold: Mapping[str, Any], lenient: bool = True) -> bool:
    """A predicted entity matches a gold one: same type, and name in the gold's forms (events leniently,
    unless `lenient` is false)."""
    if pred["type"] != gold["type"]:
        return False
    forms = [gold["name"], *gold.get("aliases", ())]
    if fold(pred["name"]) in {fold(f) for f in forms}:
        return True
    if gold["type"] != "Event" or not lenient:
        return False
    if pred.get("date") and gold.get("date") and pred["date"] == gold["date"]:
        return True
    tokens = _tokens(pred["name"])
    return any(_jaccard(tokens, _tokens(f)) >= EVENT_JACCARD for f in forms)


def _argument_matches(pred_value: str, gold_value: str | list[str], pred: _Side, gold: _Side, lenient: bool = True) -> bool:
    """A relation's subject or object: an entity matched as above, or a literal compared folded."""
    for value in gold_value if isinstance(gold_value, list) else [gold_value]:
        gold_entities = gold.by_name.get(fold(value))
        if gold_entities is None:
            if fold(pred_value) == fold(value):
                return True
            continue
        for gold_entity in gold_entities:
            pred_entities = pred.by_name.get(fold(pred_value), [{"type": gold_entity["type"], "name": pred_value}])
            if any(entity_matches(p, gold_entity, lenient) for p in pred_entities):
                return True
    return False


def _pair_up(preds: list, golds: list, matches) -> tuple[Score, list, list]:
    """One-to-one greedy matching, exact names first: an event matched only leniently (by its date or its
    words) must not take the gold event another prediction names exactly. `matches(pred, gold, lenient)`.
    Unmatched predictions are false positives, unmatched golds misses. Returns the score, the false
    positives and the misses."""
    used = [False] * len(golds)
    paired = [False] * len(preds)
    for lenient in (False, True):
        for n, item in enumerate(preds):
            if paired[n]:
                continue
            for index, gold in enumerate(golds):
                if not used[index] and matches(item, gold, lenient):
                    used[index] = paired[n] = True
                    break
    spurious = [item for item, done in zip(preds, paired) if not done]
    missed = [gold for gold, done in zip(golds, used) if not done]
    return Score(len(preds) - len(spurious), len(spurious), len(missed)), spurious, missed


def score_article(pred: Mapping[str, Any], gold: Mapping[str, Any], report: Report) -> None:
    """Add one article's counts to `report`."""
    report.articles += 1
    article = gold.get("id", pred.get("id", ""))
    pred_side, gold_side = _Side(pred.get("entities", ())), _Side(gold.get("entities", ()))

    def tally(scores: dict[str, Score], key: str, paired: tuple[Score, list, list]) -> None:
        score, spurious, missed = paired
        scores[key].add(score)
        report.errors += [Error(article, "missed", item) for item in missed]
        report.errors += [Error(article, "spurious", item) for item in spurious]

    for etype in ENTITY_TYPES:
        preds = [e for e in pred_side.entities if e["type"] == etype]
        golds = [e for e in gold_side.entities if e["type"] == etype]
        tally(report.entities, etype, _pair_up(preds, golds, entity_matches))

    def relation_matches(p: Mapping[str, Any], g: Mapping[str, Any], lenient: bool) -> bool:
        obj = p["o"][0] if isinstance(p["o"], list) else p["o"]  # a prediction's object is one string
        return (
            p["p"] == g["p"]
            and _argument_matches(p["s"], g["s"], pred_side, gold_side, lenient)
            and _argument_matches(obj, g["o"], pred_side, gold_side, lenient)
        )

    for ptype in RELATION_TYPES:
        preds = [r for r in pred.get("relations", ()) if r["p"] == ptype]
        golds = [r for r in gold.get("relations", ()) if r["p"] == ptype]
        tally(report.relations, ptype, _pair_up(preds, golds, relation_matches))
    for name in METADATA_FIELDS:
        want = gold.get("metadata", {}).get(name)
        got = pred.get("metadata", {}).get(name)
        report.metadata[name][0] += int(want == got)
        report.metadata[name][1] += 1
        if want != got:
            report.errors.append(Error(article, "wrong", {"field": name, "predicted": got, "gold": want}))


def evaluate(preds: Mapping[str, Mapping[str, Any]], golds: Mapping[str, Mapping[str, Any]]) -> Report:
    """Score every gold article; a gold article with no prediction counts as all misses."""
    report = Report()
    for article_id in sorted(golds):
        empty = {"id": article_id, "metadata": {}, "entities": [], "relations": []}
        score_article(preds.get(article_id, empty), golds[article_id], report)
    return report

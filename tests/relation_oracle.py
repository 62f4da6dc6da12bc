"""Gold-entity oracle: docs whose `doc.ents` are the gold names and aliases found in the text.

Measures the relation rules independently of the entity layer. Not shipped code.
Run `python tests/relation_oracle.py [--diff]` for the relation scores on the dev corpus.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kgnews.ingest import read_inputs
from kgnews.model import Article
from kgnews.nlp import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)

GOLD = Path(__file__).resolve().parent / "gold"

for _name in ("kg_name", "kg_attrs"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)


def blank():
    config = {"nlp": {"tokenizer": {"@tokenizers": "kgnews.SyllableTokenizer.v1"}}}
    return spacy.blank("vi", config=config)


def _pattern(form: str) -> re.Pattern:
    head, rest = form[0], re.escape(form[1:])
    first = f"[{re.escape(head.lower())}{re.escape(head.upper())}]"
    return re.compile(rf"(?<![\w]){first}{rest}(?![\w])")


def oracle_doc(nlp, article: Article, gold: dict) -> Doc:
    """The article's doc with the gold entities placed where their names or aliases occur."""
    doc = nlp.make_doc(article.body)
    doc._.article = article
    forms = [(f, e) for e in gold["entities"] for f in {e["name"], *e.get("aliases", ())} if f]
    forms.sort(key=lambda x: -len(x[0]))
    spans = []
    for form, ent in forms:
        for match in _pattern(form).finditer(article.body):
            span = doc.char_span(match.start(), match.end(), label=ent["type"], alignment_mode="strict")
            if span is not None:
                span._.kg_name = ent["name"]
                spans.append(span)
    doc.ents = filter_spans(spans)
    doc.spans["kg"] = list({(s.start, s.end, s.label_): s for s in spans}.values())
    for span in doc.ents:
        span._.kg_name = next(s._.kg_name for s in spans if (s.start, s.end) == (span.start, span.end))
    return doc


def oracle_docs():
    """(article, gold, doc with gold entities) for every gold article."""
    nlp = blank()
    for path in sorted(GOLD.glob("*.txt")):
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
        article = next(a for a in read_inputs([path]) if isinstance(a, Article))
        yield article, gold, oracle_doc(nlp, article, gold)


def predictions() -> dict[str, dict]:
    """SCHEMA.md predictions: gold entities, relations from the relation component over the oracle docs."""
    from kgnews.nlp.relations import RelationExtractor, relations_of

    component = RelationExtractor()
    preds = {}
    for article, gold, doc in oracle_docs():
        relations = relations_of(component(doc))
        preds[article.id] = {**gold, "relations": [r.as_dict() for r in relations]}
    return preds


def real_predictions() -> dict[str, dict]:
    """Predictions of the shipped pipeline (the entity layer's entities), as `kgnews evaluate` makes them."""
    from kgnews.nlp import extract_many

    articles = [a for a in read_inputs(sorted(GOLD.glob("*.txt"))) if isinstance(a, Article)]
    return {x.article.id: x.as_dict() for x in extract_many(articles)}


def main(diff: bool = False, real: bool = False) -> None:
    from kgnews.evaluate import _argument_matches, _Side, evaluate

    golds = {p.name[: -len(".gold.json")]: json.loads(p.read_text()) for p in GOLD.glob("*.gold.json")}
    preds = real_predictions() if real else predictions()
    report = evaluate(preds, golds).as_dict()
    for name, s in [*report["relations"].items(), ("ALL", report["relations_all"])]:
        print(f"{name:16} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}  {s['tp']}/{s['fp']}/{s['fn']}")
    if not diff:
        return
    for aid in sorted(golds):
        side, mine = _Side(golds[aid]["entities"]), _Side(preds[aid]["entities"])
        def match(p, g, mine=mine, side=side):
            same = p["p"] == g["p"]
            return same and _argument_matches(p["s"], g["s"], mine, side) and _argument_matches(p["o"], g["o"], mine, side)
        for p in preds[aid]["relations"]:
            if not any(match(p, g) for g in golds[aid]["relations"]):
                print(aid, "FP", p["s"], "|", p["p"], "|", p["o"])
        for g in golds[aid]["relations"]:
            if not any(match(p, g) for p in preds[aid]["relations"]):
                print(aid, "FN", g["s"], "|", g["p"], "|", g["o"])


if __name__ == "__main__":
    main("--diff" in sys.argv, "--real" in sys.argv)


def doc_with(text: str, entities: list[tuple]) -> Doc:
    """A doc of `text` whose mentions are the given `(type, name, *aliases)` wherever they occur."""
    gold = {"entities": [{"type": t, "name": n, "aliases": list(a)} for t, n, *a in entities]}
    return oracle_doc(blank(), Article(id="test", body=text), gold)


def triples(text: str, entities: list[tuple]) -> set[tuple[str, str, str]]:
    """The (s, p, o) relations the relation component finds in `text` over the given mentions."""
    from kgnews.nlp.relations import RelationExtractor, relations_of

    return {(r.s, r.p, r.o) for r in relations_of(RelationExtractor()(doc_with(text, entities)))}

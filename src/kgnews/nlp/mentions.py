"""The entity mentions of a doc indexed by token, its syllables, and lexicon phrases matched against them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from importlib import resources
from operator import attrgetter, itemgetter
from typing import Any

from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc, Span

from kgnews.nlp.spans import raw_text, stored_name
from kgnews.nlp.text import fold, modern_tones

PERSON, ORG, LOC = "Person", "Organization", "Location"
NESTED_GROUP, NESTED_LABELS = "kg", ("Organization", "LegalDocument")
_WORD = re.compile(r"[^\W_]+|\S")
_FORMS: dict[int, tuple[str, str, str, str]] = {}  # orth id → _forms entry, shared by every doc
_LABELS: dict[int, str] = {}  # label id → label, shared by every doc


def words(text: str) -> tuple[str, ...]:
    """The syllable tokens of a lexicon entry, as the kgnews tokenizer splits them (modern tones)."""
    return tuple(modern_tones(w) for w in _WORD.findall(text))


def load_data(name: str) -> dict:
    """A JSON data file of `kgnews.data`."""
    return json.loads(resources.files("kgnews.data").joinpath(name).read_text(encoding="utf-8"))


folded = lru_cache(maxsize=1 << 16)(fold)  # names and titles recur from sentence to sentence and article to article


def _forms(doc: Doc) -> list[tuple[str, str, str, str]]:
    """(text, text with its space, modern tones, lower case) of each token, from the orth ids (no Token objects)."""
    orths = doc.to_array(ORTH).tolist() if len(doc) else []
    if len(_FORMS) > 1 << 18:
        _FORMS.clear()
    forms = list(map(_FORMS.get, orths))
    if None in forms:
        for n, orth in enumerate(orths):
            if forms[n] is None:
                text = doc.vocab.strings[orth]
                word = modern_tones(text)
                forms[n] = _FORMS[orth] = (text, text + " ", word, word.lower())
    return forms


def label_of(span: Span) -> str:
    """`span.label_`, through the label-id table (`Span.label_` looks the label up in the string store on
    each read)."""
    label = _LABELS.get(span.label)
    if label is None:
        label = _LABELS[span.label] = span.doc.vocab.strings[span.label]
    return label


class Phrases:
    """Syllable sequences in a fixed order, indexed by their first two and their last two syllables.

    `starting`/`ending` give the sequences that can match at a token, in the same order as the whole list.
    """

    def __init__(self, seqs):
        self.seqs = list(seqs)
        self.has_empty = any(not seq for seq in self.seqs)
        nonempty = [seq for seq in self.seqs if seq]
        self.first = by_two(nonempty, lambda seq: seq)
        self.last = by_two(nonempty, lambda seq: seq[::-1])

    def __iter__(self):
        return iter(self.seqs)

    def __len__(self) -> int:
        return len(self.seqs)

    def starting(self, tokens: list[str], i: int) -> list[tuple[str, ...]]:
        """The sequences that may start at token i (all of them where the index cannot tell)."""
        if self.has_empty or not 0 <= i < len(tokens):
            return self.seqs
        return candidates(self.first, tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None)

    def ending(self, tokens: list[str], j: int) -> list[tuple[str, ...]]:
        """The sequences that may end just before token j (all of them where the index cannot tell)."""
        if self.has_empty or not 0 < j <= len(tokens):
            return self.seqs
        return candidates(self.last, tokens[j - 1], tokens[j - 2] if j > 1 else None)


def by_two(items: list, syllables: Callable[[Any], tuple[str, ...]]) -> dict[str, dict[str | None, list]]:
    """Items by their first syllable, then by their second (None: the one-syllable items), in their order.

    Under a second syllable are the items of two or more syllables that start with both, and the one-syllable
    items: those that may start where the two syllables stand.
    """
    index: dict[str, dict[str | None, list]] = {}
    for item in items:
        seq = syllables(item)
        nexts = index.setdefault(seq[0], {None: []})
        if len(seq) > 1:
            nexts.setdefault(seq[1], [])
    for item in items:
        seq = syllables(item)
        for second, found in index[seq[0]].items():
            if len(seq) == 1 or seq[1] == second:
                found.append(item)
    return index


def where(tokens: list[str], wanted) -> list[int]:
    """The indexes of the tokens in `wanted` (a set or dict), in order: one pass in C, as most tokens are not."""
    return list(compress(range(len(tokens)), map(wanted.__contains__, tokens)))


def candidates(index: dict[str, dict[str | None, list]], first: str, second: str | None) -> list:
    """The items of a `by_two` index that may stand at `first second`."""
    nexts = index.get(first)
    if nexts is None:
        return []
    found = nexts.get(second)
    return nexts[None] if found is None else found


class Mentions:
    """The entity mentions of a doc, indexed by token, with their canonical names."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.ents = sorted(doc.ents, key=attrgetter("start"))
        self.starting = {e.start: e for e in self.ents}
        labelled = [(e, label_of(e)) for e in self.ents]
        self.covering: dict[int, Span] = {}
        self.covering_label: dict[int, str] = {}  # token → the label of the mention covering it
        for e, label in labelled:
            for i in range(e.start, e.end):
                self.covering[i] = e
                self.covering_label[i] = label
        self.forms = _forms(doc)
        self.texts = list(map(itemgetter(0), self.forms))
        self.words = list(map(itemgetter(2), self.forms))
        self.low = list(map(itemgetter(3), self.forms))
        outer = {(e.start, e.end, label) for e, label in labelled}
        group = doc.spans[NESTED_GROUP] if NESTED_GROUP in doc.spans else []
        nested = []
        for s, label in ((s, label_of(s)) for s in group):
            if label in NESTED_LABELS and (s.start, s.end, label) not in outer:
                nested.append((s, label))
        nested.sort(key=lambda pair: (pair[0].start, -len(pair[0])))
        self.nested = [s for s, _ in nested]
        self.nested_orgs = [s for s, label in nested if label == ORG]
        self.label_at = {e.start: label for e, label in labelled}  # outer mention starting at a token → its label
        self.nested_at: dict[tuple[int, str], Span] = {}
        for s, label in nested:
            self.nested_at.setdefault((s.start, label), s)
        self._labelled = (labelled, labelled + nested)  # (outer mentions, outer and nested)
        self._pools: dict[tuple[str, bool], tuple[list[Span], list[int]]] = {}
        self._names: dict[tuple[int, int], str] = {}
        self._idx: list[int] | None = None
        self._text: str | None = None
        self.cache: dict = {}  # per-doc indexes built by the rules (cue hits)

    @staticmethod
    def name(span: Span) -> str:
        kg = span._.kg_name if Span.has_extension("kg_name") else None
        return kg or " ".join(span.text.split())

    def name_of(self, span: Span) -> str:
        """`name(span)`, computed once per extent (`Span._` data is keyed by the span's offsets)."""
        key = (span.start, span.end)
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = self._name(span)
        return found

    def _name(self, span: Span) -> str:
        return stored_name(self.doc, span.start_char, span.end_char) or self.name(span)

    def of(self, label: str, start: int = 0, end: int | None = None, nested: bool = False) -> list[Span]:
        """Mentions of one type inside tokens [start, end), with those nested in longer names if asked."""
        end = len(self.doc) if end is None else end
        pool = self._pools.get((label, nested))
        if pool is None:
            spans = [e for e, e_label in self._labelled[nested] if e_label == label]
            spans.sort(key=lambda e: (e.start, -len(e)))
            pool = self._pools[(label, nested)] = (spans, [e.start for e in spans], [e.end for e in spans])
        spans, starts, ends = pool
        first, last = bisect_left(starts, start), bisect_right(starts, end)
        if first == last:
            return []  # none there: the common case, without a comprehension
        return [spans[n] for n in range(first, last) if ends[n] <= end]

    def at(self, i: int, label: str) -> Span | None:
        if self.label_at.get(i) == label:
            return self.starting[i]
        return self.nested_at.get((i, label))

    def matches(self, i: int, seq: tuple[str, ...]) -> bool:
        return i + len(seq) <= len(self.low) and tuple(self.low[i : i + len(seq)]) == seq

    @property
    def doc_text(self) -> str:
        """`doc.text`, read once: the article's body when `Doc._.article` is set (no join of the tokens)."""
        if self._text is None:
            self._text = raw_text(self.doc)
        return self._text

    def text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, sliced from the doc's text."""
        if start >= end:
            return ""
        if not 0 <= start < end <= len(self.low):
            return self.doc[start:end].text
        if self._idx is None:
            self._idx = self.doc.to_array(IDX).tolist()
        return self.doc_text[self._idx[start] : self._idx[end - 1] + len(self.texts[end - 1])]

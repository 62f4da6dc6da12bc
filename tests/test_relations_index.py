"""The per-doc indexes of the relation layer give what a plain scan of the doc's tokens gives."""

import pytest
from relation_oracle import oracle_docs

from kgnews.nlp.cues import SEARCHED, cues
from kgnews.nlp.mentions import Mentions

DOCS = [doc for _, _, doc in oracle_docs()]


def scan(m, lo, hi, *kinds):
    """Cue occurrences by walking every token (the reference for `Cues.find`)."""
    options = sorted(((seq, k) for k in kinds for seq in cues().kinds[k]), key=lambda x: (-len(x[0]), x))
    found, i = [], lo
    while i < hi:
        ent = m.covering.get(i)
        hit = None
        if ent is None or ent.label_ == "Event":
            hit = next(((s, k) for s, k in options if s[0] == m.low[i] and i + len(s) <= hi and m.matches(i, s)), None)
        if hit is None:
            i += 1
            continue
        found.append((i, i + len(hit[0]), hit[1]))
        i += len(hit[0])
    return found


@pytest.mark.parametrize("kinds", [("organise",), ("speaks", "intro_blockers"), tuple(sorted(SEARCHED))])
def test_cue_index_finds_what_a_token_scan_finds(kinds):
    for doc in DOCS:
        m = Mentions(doc)
        for lo, hi in [(0, len(doc)), (len(doc) // 3, len(doc) // 2), (5, 40)]:
            hi = min(hi, len(doc))
            assert cues().find(m, lo, hi, *kinds) == scan(m, lo, hi, *kinds)


def test_mentions_of_a_type_are_the_filtered_sorted_mentions():
    for doc in DOCS:
        m = Mentions(doc)
        for label in ("Person", "Organization", "LegalDocument"):
            for nested in (False, True):
                pool = (*m.ents, *m.nested) if nested else m.ents
                for start, end in [(0, len(doc)), (10, 60), (len(doc) // 2, len(doc))]:
                    want = sorted((e for e in pool if e.label_ == label and start <= e.start and e.end <= end),
                                  key=lambda e: (e.start, -len(e)))
                    assert m.of(label, start, end, nested) == want


def test_texts_sliced_from_the_doc_text_are_the_span_texts():
    for doc in DOCS:
        m = Mentions(doc)
        assert m.doc_text == doc.text
        for start, end in [(0, 1), (3, 17), (len(doc) - 5, len(doc)), (4, 4), (9, 2)]:
            assert m.text(start, end) == doc[start:end].text

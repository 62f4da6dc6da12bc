"""The cue lexicon of `relation_cues.json`, and the cue occurrences of a doc found in one pass over it."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from kgnews.nlp.mentions import Mentions, Phrases, by_two, candidates, load_data, where, words

EVENT = "Event"
#: The cue kinds the rules look for with `Cues.find` (the other lists are word sets and phrases).
SEARCHED = frozenset({
    "organise", "chairs", "chairs_listed", "attends", "attends_listed", "visits", "attends_and_directs",
    "directs_and_speaks", "directs", "speaks", "speech_intros", "speech_of", "speech_according", "intro_blockers",
    "quotes", "quotes_taught", "issued_past", "issued_active", "concerns", "concerns_context", "coordinates",
    "coordinates_between",
})


class Cues:
    """The cue lexicon of `relation_cues.json`, each cue as a syllable sequence, longest first."""

    def __init__(self, data: dict):
        self.data = data
        self.kinds: dict[str, list[tuple[str, ...]]] = {}
        for kind, items in data.items():
            if isinstance(items, list) and items and isinstance(items[0], str):
                self.kinds[kind] = sorted({words(x.lower()) for x in items}, key=lambda seq: (-len(seq), seq))
        self.phrases = {kind: Phrases(seqs) for kind, seqs in self.kinds.items()}
        searched = sorted(((seq, k) for k in SEARCHED for seq in self.kinds[k]), key=lambda x: (-len(x[0]), x))
        self._first = by_two([(seq, kind, len(seq)) for seq, kind in searched], itemgetter(0))
        self._wanted: dict[tuple[str, ...], frozenset[str]] = {}
        self.subject_gap = set(data["subject_gap_words"]) | {",", "(", ")"}
        self.issuer_gap = set(data["issuer_gap_words"])
        self.not_presence = set(data["not_presence"])
        self.concerns_blockers = set(data["concerns_blockers"])
        self.part_units = [words(u.lower()) for u in data["part_units"]]

    def hits(self, m: Mentions) -> tuple[list[int], dict[int, list[tuple[tuple[str, ...], str, int]]], dict]:
        """Where cues start outside names (events excepted), each with its cues longest first; once per doc.

        The third item, filled by `find`, keeps the kinds of the cues in each token range asked about.
        """
        found = m.cache.get(self)
        if found is None:
            at: dict[int, list[tuple[tuple[str, ...], str, int]]] = {}
            first, label, low = self._first, m.covering_label, m.low
            last = len(low) - 1
            for i in where(low, first):
                if label.get(i, EVENT) != EVENT:
                    continue
                matched = candidates(first, low[i], low[i + 1] if i < last else None)  # read only, not copied
                if matched and matched[0][2] > 2:  # longest first: only cues of 3+ syllables need a check
                    matched = [(seq, kind, n) for seq, kind, n in matched if n <= 2 or low[i : i + n] == list(seq)]
                if matched:
                    at[i] = matched
            found = m.cache[self] = (list(at), at, {})
        return found

    def find(self, m: Mentions, lo: int, hi: int, *kinds: str) -> list[tuple[int, int, str]]:
        """Non-overlapping cue occurrences in tokens [lo, hi), longest first, outside names (events excepted)."""
        wanted = self._wanted.get(kinds)
        if wanted is None:
            wanted = frozenset(kinds)
            if not wanted <= SEARCHED:
                raise KeyError(f"not indexed for find: {sorted(wanted - SEARCHED)}")
            self._wanted[kinds] = wanted
        positions, at, kinds_in = m.cache.get(self) or self.hits(m)
        present = kinds_in.get((lo, hi))  # most calls: a range seen before, with no cue of these kinds
        if present is None:
            present = kinds_in[(lo, hi)] = _kinds_in(positions, at, lo, hi)
        if not present or wanted.isdisjoint(present):
            return []
        first = bisect_left(positions, lo)
        hi = min(hi, len(m.low))  # a window may reach past a short doc's end
        found, i = [], lo
        for n in range(first, len(positions)):
            p = positions[n]
            if p >= hi:
                break
            if p < i:
                continue
            for _, kind, length in at[p]:
                if kind in wanted and p + length <= hi:
                    found.append((p, p + length, kind))
                    i = p + length
                    break
        return found


def _kinds_in(positions: list[int], at: dict, lo: int, hi: int) -> frozenset[str]:
    """The kinds of the cues that start in tokens [lo, hi) (read once per range and doc)."""
    kinds: set[str] = set()
    for n in range(bisect_left(positions, lo), len(positions)):
        if positions[n] >= hi:
            break
        kinds.update(kind for _, kind, _ in at[positions[n]])
    return frozenset(kinds)


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = load_data("relation_cues.json")
    return Cues({**data, "visits": [*data["visits"], *_visit_verbs(data["visit_kinds"])]})


#: Nouns that open an event's name (`buổi tiếp`, `chuyến thăm`): no verb its maker says.
_EVENT_NOUNS = ("buổi ", "chuyến ", "cuộc ", "phiên ")


def _visit_verbs(kinds: list[str]) -> list[str]:
    """The verbs among the words of the events a visitor or host makes (`thăm, chúc Tết`, `tiếp Đại sứ`, `hội
    kiến`): the event's own words are the cue of its maker's attendance."""
    event_kinds = load_data("events.json")["event_kinds"]
    return [form for kind in kinds for form in event_kinds[kind] if not form.startswith(_EVENT_NOUNS)]

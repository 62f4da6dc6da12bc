"""The spaCy extensions kgnews declares and the one way components add an entity mention."""

from __future__ import annotations

import bisect
import unicodedata
from itertools import accumulate
from typing import NamedTuple

from spacy.tokens import Doc, Span

from kgnews.nlp.text import modern_tones

#: The span group holding every mention, nested ones included (`doc.ents` cannot nest).
GROUP = "kg"
_RECORDS = "kg_records"
#: Types whose long names may contain others: in `doc.ents` they give way (and are cut short).
_YIELDING = ("Event", "Campaign")


class Record(NamedTuple):
    """A mention as plain data: `doc.text[start_char:end_char]` names `name`, of type `label_`."""

    start_char: int
    end_char: int
    label_: str
    name: str
    attrs: dict


def register_extensions() -> None:
    """`Doc._.article`, `Span._.kg_name`, `Span._.kg_attrs` (idempotent)."""
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)
    for name in ("kg_name", "kg_attrs"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()


def text_of(doc: Doc) -> str:
    """The doc's text in modern tone placement (same length and offsets), computed once per `Doc`."""
    text = doc.user_data.get("kg_text")
    if text is None:
        raw = raw_text(doc)
        if not unicodedata.is_normalized("NFC", raw):
            raw, doc.user_data["kg_map"] = _nfc_with_offsets(raw)
        text = doc.user_data["kg_text"] = modern_tones(raw)
    return text


def _nfc_with_offsets(raw: str) -> tuple[str, list[int]]:
    """NFC text of `raw`, and for each NFC offset (and the end) the offset in `raw`."""
    parts: list[str] = []
    offsets: list[int] = []
    start = 0
    for index in range(1, len(raw) + 1):
        if index < len(raw) and unicodedata.combining(raw[index]):
            continue
        cluster = unicodedata.normalize("NFC", raw[start:index])
        parts.append(cluster)
        offsets.extend([start] * len(cluster))
        start = index
    offsets.append(len(raw))
    return "".join(parts), offsets


def raw_text(doc: Doc) -> str:
    """`doc.text`, read from `Doc._.article` when it is set (building it from tokens is slow)."""
    article = doc._.article
    if article is not None and len(doc):
        last = doc[-1]
        if last.idx + len(last.text_with_ws) == len(article.body):
            return article.body
    return doc.text


def mentions(doc: Doc, label: str | None = None) -> list[Record]:
    """The mentions found so far (as plain records), optionally of one entity type."""
    records = doc.user_data.get(_RECORDS, ())
    return [r if isinstance(r, Record) else Record(*r) for r in records if label is None or r[2] == label]


def mention_at(doc: Doc, start: int, label: str) -> Record | None:
    """The first mention of type `label` that starts at `start` (as `mentions(doc, label)` lists them), found
    without making the list (documents look one up for each number they read)."""
    for r in doc.user_data.get(_RECORDS, ()):
        if r[0] == start and r[2] == label:
            return r if isinstance(r, Record) else Record(*r)
    return None


def overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in ranges)


class Ranges:
    """Character ranges that answer `overlaps(start, end, ranges)` by bisection, not by a walk over all of
    them: an article has tens of people and bodies, and each of its places is tested against them."""

    def __init__(self, ranges: list[tuple[int, int]]):
        ranges = sorted(ranges)
        self._starts = [s for s, _ in ranges]
        #: the largest end among the ranges up to each one (sorted by start)
        self._reach = list(accumulate((e for _, e in ranges), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Some range starts before `end` and ends after `start`."""
        before = bisect.bisect_left(self._starts, end)  # the ranges that start before `end`
        return before > 0 and self._reach[before - 1] > start


def add(doc: Doc, start: int, end: int, label: str, name: str, attrs: dict | None = None) -> None:
    """Add one mention `doc.text[start:end]` of the entity `name` of type `label`."""
    if name and 0 <= start < end:
        doc.user_data.setdefault(_RECORDS, []).append(Record(start, end, label, name, dict(attrs or {})))


def raw_offsets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Offsets into `doc.text` of offsets into `text_of(doc)` (they differ only for non-NFC text)."""
    offsets = doc.user_data.get("kg_map")
    return (offsets[start], offsets[end]) if offsets is not None else (start, end)


def _underscore_key(name: str, span: Span) -> tuple:
    return ("._.", name, span.start_char, span.end_char)


def _keys_match_spacy() -> bool:
    """spaCy keeps `Span._.x` in `doc.user_data` under `("._.", "x", start_char, end_char)`: checked once, so
    `publish` may write the values straight there (one dict write, not an `Underscore` object per value)."""
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["a", "b", "c"])
    span = Span(doc, 1, 3)
    span._.kg_name = "probe"
    return list(doc.user_data.items()) == [(_underscore_key("kg_name", span), "probe")]


_DIRECT = _keys_match_spacy()


def _span(doc: Doc, record: Record, end: int | None = None) -> Span | None:
    start, end = raw_offsets(doc, record.start_char, end or record.end_char)
    span = doc.char_span(start, end, label=record.label_, alignment_mode="expand")
    if span is not None:
        if _DIRECT:
            data = doc.user_data
            start, end = span.start_char, span.end_char
            data[("._.", "kg_name", start, end)] = record.name
            if record.attrs:
                data[("._.", "kg_attrs", start, end)] = record.attrs
        else:
            span._.kg_name = record.name
            if record.attrs:
                span._.kg_attrs = record.attrs
    return span


def stored_name(doc: Doc, start_char: int, end_char: int) -> str | None:
    """`Span._.kg_name` of the span at these offsets, read straight from `doc.user_data` where `_span` wrote
    it (no span or `Underscore` object made); None when there is none, or spaCy keeps values elsewhere."""
    return doc.user_data.get(("._.", "kg_name", start_char, end_char)) if _DIRECT else None


def names(doc: Doc) -> dict[tuple[int, int], str]:
    """`Span._.kg_name` of every span of `doc` that has one, keyed by `(span.start_char, span.end_char)`:
    one dict for a caller that reads many names (`names(doc).get((s.start_char, s.end_char))` is `s._.kg_name`)."""
    if not _DIRECT:  # spaCy keeps extension values some other way: read those of the mentions
        return {(s.start_char, s.end_char): s._.kg_name for s in doc.spans.get(GROUP, ()) if s._.kg_name is not None}
    return {
        (key[2], key[3]): value
        for key, value in doc.user_data.items()
        if type(key) is tuple and len(key) == 4 and key[0] == "._." and key[1] == "kg_name"
    }


def publish(doc: Doc) -> None:
    """Write the records to `doc.spans["kg"]` (all) and `doc.ents` (longest, events giving way)."""
    records = mentions(doc)
    spans = [_span(doc, record) for record in records]
    doc.spans[GROUP] = [span for span in spans if span is not None]
    starts: list[int] = []  # the chosen mentions: sorted, never overlapping (so their ends are sorted too)
    ends: list[int] = []
    ents: list[Span] = []
    order = sorted(range(len(records)), key=lambda i: (records[i].label_ in _YIELDING, records[i].start_char - records[i].end_char))
    for index in order:
        record, span = records[index], spans[index]
        start, end = record.start_char, record.end_char
        clash = _clashes(starts, ends, start, end)
        if clash and record.label_ in _YIELDING:
            later = [s for s in clash if s > start]
            end = len(text_of(doc)[: min(later)].rstrip()) if later else 0
            span = _span(doc, record, end) if end > start else None
            clash = _clashes(starts, ends, start, end) if span is not None else clash
        if span is None or clash:
            continue
        at = bisect.bisect_left(starts, start)
        starts.insert(at, start)
        ends.insert(at, end)
        ents.append(span)
    doc.set_ents(sorted(ents, key=lambda s: s.start), default="outside")  # as `doc.ents = …`, without re-making the spans


def _clashes(starts: list[int], ends: list[int], start: int, end: int) -> list[int]:
    """The starts of the chosen mentions that overlap `start:end`."""
    index = bisect.bisect_right(ends, start)
    found = []
    while index < len(starts) and starts[index] < end:
        found.append(starts[index])
        index += 1
    return found


class Component:
    """Base of the kgnews entity components: `doc.ents` is written once, by the last of them."""

    #: The factory names whose mentions share `doc.spans["kg"]`.
    NAMES = ("kgnews_bodies", "kgnews_documents", "kgnews_people", "kgnews_places", "kgnews_events", "kgnews_campaigns")

    def __init__(self, nlp, name: str):
        self.nlp, self.name = nlp, name

    def __call__(self, doc: Doc) -> Doc:
        self.find(doc)
        names = self.nlp.pipe_names if self.nlp is not None else []
        later = names[names.index(self.name) + 1 :] if self.name in names else []
        if not any(n in self.NAMES for n in later):
            publish(doc)
        return doc

    def find(self, doc: Doc) -> None:
        raise NotImplementedError

"""One doc under relation analysis: its mentions, sentences, main event and the relations found so far."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from kgnews.nlp.cues import EVENT, cues
from kgnews.nlp.mentions import ORG, Mentions, load_data, where

DOCUMENT = "LegalDocument"
CAMPAIGN = "Campaign"
_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s+[\"“‘(]?(\w))")
_ABBREVIATIONS = {"tp", "gs", "ts", "pgs", "ths", "th.s", "bs", "ks", "ls", "st", "tt", "q", "p"}
_LINE = re.compile(r"[^\n]+")
_WORD_CHARS = re.compile(r"[\w.]+")


@dataclass(frozen=True)
class SpanRelation:
    """`subject predicate object` between mentions of a doc, stated by `sentence`.

    `object` is a mention, or None when `literal` is the object (a title for holdsPosition).
    """

    subject: Span
    predicate: str
    object: Span | None
    sentence: Span
    literal: str | None = None
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character offsets of the sentences of a text: split at paragraph breaks and sentence ends."""
    bounds = []
    for para in _LINE.finditer(text):
        start, line = para.start(), para.group()
        for end in _END.finditer(line):
            after = end.group(1)
            if not (after.isupper() or after.isdigit()) or _last_word(line, end.start()) in _ABBREVIATIONS:
                continue
            bounds.append((start, para.start() + end.end()))
            start = para.start() + end.end()
        bounds.append((start, para.end()))
    found = []
    for s, e in bounds:
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            start = s + len(chunk) - len(chunk.lstrip())
            found.append((start, start + len(stripped)))
    return found


def _last_word(line: str, end: int, window: int = 32) -> str:
    """The run of word characters and dots that ends at `end`, lower-cased (`TP` of `TP.`), or "".

    Read backwards from `end` over the last `window` characters only (reversing the whole line before each
    sentence end was most of the cost); a run that fills the window is read again over the whole line.
    """
    if end <= 0:
        return ""
    start = max(end - window, 0)
    run = _WORD_CHARS.match(line[end - 1 : start - 1 if start else None : -1])
    if run and start and len(run.group()) == end - start:
        run = _WORD_CHARS.match(line[end - 1 :: -1])
    return run.group()[::-1].lower() if run else ""


class Context:
    """One doc under analysis: its mentions, sentences (token ranges), main event and found relations."""

    def __init__(self, doc: Doc):
        self.doc, self.m = doc, Mentions(doc)
        self.sents = []
        for s, e in sentence_bounds(self.m.doc_text):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                self.sents.append(span)
        self.ranges = [(s.start, s.end) for s in self.sents]
        self.starts = [s.start for s in self.sents]
        self.organiser: Span | None = None
        #: The council (or the Assembly) whose session the article reports, if any.
        self.assembly: Span | None = None
        #: The event that frames the one reported (`tiếp tục chương trình Kỳ họp thứ 4, …`), if any.
        self.frame: Span | None = None
        self.posts: list = []
        self.first_title: dict[int, int] = {}  # person start → where the earliest of their titles starts
        self.main_event = _main_event(self)
        self.found: list[tuple] = []  # the fields of a `SpanRelation`, one tuple per relation
        self._events: tuple[list[int], list[Span]] | None = None

    def set_posts(self, posts: list) -> None:
        self.posts = posts
        for post in posts:
            start = post.person.start
            self.first_title[start] = min(self.first_title.get(start, post.title.start), post.title.start)

    def add(self, subj: Span | None, pred: str, obj: Span | None, sent: Span, literal: str | None = None,
            attrs: dict[str, str] | None = None) -> None:
        if subj is not None and (obj is not None or literal):
            self.found.append((subj, pred, obj, sent, literal, {} if attrs is None else attrs))


def _main_event(ctx: Context) -> Span | None:
    """The event the article reports: the one the lead `tổ chức`s, else the first one named."""
    m = ctx.m
    for sent in ctx.sents[:3]:
        for start, end, _ in cues().find(m, sent.start, sent.end, "organise"):
            event = next((e for e in m.of(EVENT, end, sent.end) if e.start < end + 6), None)
            if event is not None:
                ctx.organiser = next(reversed(m.of(ORG, sent.start, start)), None)
                return event
    events = m.of(EVENT)
    # `tiếp tục chương trình Kỳ họp thứ 4, … thảo luận tại tổ`: the session frames the event reported
    if len(events) > 1 and is_frame(ctx, events[0]):
        ctx.frame = events[0]
        return events[1]
    return events[0] if events else None


def is_frame(ctx: Context, event: Span) -> bool:
    """`tiếp tục chương trình Kỳ họp thứ 4`, `trong khuôn khổ Hội nghị`: an event named as the frame of another."""
    low = ctx.m.low
    return any(low[max(0, event.start - len(words)) : event.start] == words for words in _frame_words())


@lru_cache(maxsize=None)
def _frame_words() -> tuple[list[str], ...]:
    return tuple(phrase.split() for phrase in load_data("events.json")["frame_words"])


def event_at(ctx: Context, k: int) -> Span | None:
    """The event named at token k: a mention, or an untagged `hội nghị`/`kỳ họp` taken as the article's event."""
    m = ctx.m
    ent = m.covering.get(k)
    if ent is not None:
        return ent if ent.start == k and m.label_at[k] == EVENT else None
    if any(m.matches(k, seq) for seq in cues().phrases["event_nouns"].starting(m.low, k)):
        return ctx.main_event
    return None


def event_after(ctx: Context, j: int, hi: int, skip: int = 1) -> Span | None:
    """An event named right after a cue (`chủ trì hội nghị`, `phát biểu tại Đại hội`)."""
    k = j
    while k < min(j + skip, hi) and ctx.m.low[k] in {"tại", "trong", "cuộc"}:
        k += 1
    return event_at(ctx, k) if k < hi else None


def events_named(ctx: Context) -> tuple[list[int], list[Span]]:
    """Every token where `event_at` names an event, in order, with that event (once per doc)."""
    if ctx._events is None:
        m, nouns = ctx.m, cues().phrases["event_nouns"]
        found = {e.start: e for e in m.of(EVENT)}
        if ctx.main_event is not None:
            starts = range(len(m.low)) if nouns.has_empty else where(m.low, nouns.first)
            for k in starts:
                if k not in m.covering and any(m.matches(k, seq) for seq in nouns.starting(m.low, k)):
                    found[k] = ctx.main_event
        ctx._events = (sorted(found), [found[k] for k in sorted(found)])
    return ctx._events


def event_before(ctx: Context, lo: int, j: int) -> Span | None:
    """The last event named before token j (a mention may run past j)."""
    inside = ctx.m.covering.get(j - 1) if j > lo else None
    if inside is not None and ctx.m.covering_label[j - 1] == EVENT:
        return inside
    starts, events = events_named(ctx)
    n = bisect_left(starts, j) - 1
    return events[n] if n >= 0 and starts[n] >= lo else None


def event_in(ctx: Context, lo: int, hi: int) -> Span | None:
    """The first event named in tokens [lo, hi)."""
    starts, events = events_named(ctx)
    n = bisect_left(starts, lo)
    return events[n] if n < len(starts) and starts[n] < hi else None


def sentence_of(ctx: Context, token: int) -> int:
    """The index of the sentence holding a token (the last one starting before it, between sentences)."""
    return max(bisect_right(ctx.starts, token) - 1, 0)


def title_start(ctx: Context, person: Span) -> int:
    """Where the person's titles begin (their name, when they have none)."""
    return ctx.first_title.get(person.start, person.start)

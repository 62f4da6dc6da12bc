"""Relations between entity mentions, each with its evidence sentence: the `kgnews_relations` component."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgnews.model import Relation
from kgnews.nlp import positions
from kgnews.nlp.positions import LOC, ORG, PERSON, Mentions, load_data, words
from kgnews.nlp.text import fold

EVENT, DOCUMENT = "Event", "LegalDocument"
_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s+[\"“‘(]?(\w))")
_ABBREVIATIONS = {"tp", "gs", "ts", "pgs", "ths", "th.s", "bs", "ks", "ls", "st", "tt", "q", "p"}

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


_STORE = "kgnews.relations"


def _span_key(span: Span | None) -> list | None:
    return None if span is None else [span.start_char, span.end_char, span.label_]


def _span_of(doc: Doc, key: list | None) -> Span | None:
    return None if key is None else doc.char_span(key[0], key[1], label=key[2])


def _set_relations(doc: Doc, relations: list[SpanRelation] | None) -> None:
    """Stored as plain lists in `doc.user_data`, so docs still serialise (`nlp.pipe(n_process=…)`)."""
    doc.user_data[_STORE] = [
        [_span_key(r.subject), r.predicate, _span_key(r.object), _span_key(r.sentence), r.literal, dict(r.attrs)]
        for r in relations or ()
    ]


def _get_relations(doc: Doc) -> list[SpanRelation] | None:
    if _STORE not in doc.user_data:
        return None
    return [
        SpanRelation(_span_of(doc, s), p, _span_of(doc, o), _span_of(doc, sent), literal, attrs)
        for s, p, o, sent, literal, attrs in doc.user_data[_STORE]
    ]


if not Doc.has_extension("relations"):
    Doc.set_extension("relations", getter=_get_relations, setter=_set_relations)


class Cues:
    """The cue lexicon of `relation_cues.json`, each cue as a syllable sequence, longest first."""

    def __init__(self, data: dict):
        self.data = data
        self.kinds: dict[str, list[tuple[str, ...]]] = {}
        for kind, items in data.items():
            if isinstance(items, list) and items and isinstance(items[0], str):
                self.kinds[kind] = sorted({words(x.lower()) for x in items}, key=lambda seq: (-len(seq), seq))

    def find(self, m: Mentions, lo: int, hi: int, *kinds: str) -> list[tuple[int, int, str]]:
        """Non-overlapping cue occurrences in tokens [lo, hi), longest first, outside names (events excepted)."""
        options: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for seq, kind in sorted(((seq, k) for k in kinds for seq in self.kinds[k]), key=lambda x: (-len(x[0]), x)):
            options.setdefault(seq[0], []).append((seq, kind))
        found, i = [], lo
        while i < hi:
            ent = m.covering.get(i)
            candidates = options.get(m.low[i], ()) if ent is None or ent.label_ == EVENT else ()
            hit = next(((seq, k) for seq, k in candidates if i + len(seq) <= hi and m.matches(i, seq)), None)
            if hit is None:
                i += 1
                continue
            found.append((i, i + len(hit[0]), hit[1]))
            i += len(hit[0])
        return found


@lru_cache(maxsize=1)
def cues() -> Cues:
    return Cues(load_data("relation_cues.json"))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character offsets of the sentences of a text: split at paragraph breaks and sentence ends."""
    bounds = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for end in _END.finditer(para.group()):
            word = re.findall(r"[\w.]+$", para.group()[: end.start()])
            if not (end.group(1).isupper() or end.group(1).isdigit()) or word and word[0].lower() in _ABBREVIATIONS:
                continue
            bounds.append((start, para.start() + end.end()))
            start = para.start() + end.end()
        bounds.append((start, para.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - (len(text[s:e]) - len(text[s:e].rstrip())))
            for s, e in bounds if text[s:e].strip()]


class _Context:
    """One doc under analysis: its mentions, sentences (token ranges), main event and found relations."""

    def __init__(self, doc: Doc):
        self.doc, self.m = doc, Mentions(doc)
        self.sents = []
        for s, e in sentence_bounds(doc.text):
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None and len(span):
                self.sents.append(span)
        self.ranges = [(s.start, s.end) for s in self.sents]
        self.organiser: Span | None = None
        self.posts: list[positions.Post] = []
        self.main_event = _main_event(self)
        self.found: list[SpanRelation] = []

    def add(self, subj: Span | None, pred: str, obj: Span | None, sent: Span, **kw) -> None:
        if subj is not None and (obj is not None or kw.get("literal")):
            self.found.append(SpanRelation(subj, pred, obj, sent, **kw))


def _main_event(ctx: _Context) -> Span | None:
    """The event the article reports: the one the lead `tổ chức`s, else the first one named."""
    m = ctx.m
    for sent in ctx.sents[:3]:
        for start, end, _ in cues().find(m, sent.start, sent.end, "organise"):
            event = next((e for e in m.of(EVENT, end, sent.end) if e.start < end + 6), None)
            if event is not None:
                ctx.organiser = next(reversed(m.of(ORG, sent.start, start)), None)
                return event
    events = m.of(EVENT)
    return events[0] if events else None


def _event_at(ctx: _Context, k: int) -> Span | None:
    """The event named at token k: a mention, or an untagged `hội nghị`/`kỳ họp` taken as the article's event."""
    ent = ctx.m.covering.get(k)
    if ent is not None:
        return ent if ent.label_ == EVENT and ent.start == k else None
    if any(ctx.m.matches(k, seq) for seq in cues().kinds["event_nouns"]):
        return ctx.main_event
    return None


def _event_after(ctx: _Context, j: int, hi: int, skip: int = 1) -> Span | None:
    """An event named right after a cue (`chủ trì hội nghị`, `phát biểu tại Đại hội`)."""
    k = j
    while k < min(j + skip, hi) and ctx.m.low[k] in {"tại", "trong", "cuộc"}:
        k += 1
    return _event_at(ctx, k) if k < hi else None


def _event_before(ctx: _Context, lo: int, j: int) -> Span | None:
    """The last event named before token j (a mention may run past j)."""
    inside = ctx.m.covering.get(j - 1) if j > lo else None
    if inside is not None and inside.label_ == EVENT:
        return inside
    return next((e for k in range(j - 1, lo - 1, -1) if (e := _event_at(ctx, k)) is not None), None)


def _subjects(ctx: _Context, lo: int, cue: int, chain_end: dict[int, int]) -> list[Span]:
    """The persons whose name (and appositive titles) end just before a cue: `A và B chủ trì`."""
    m, gap = ctx.m, set(cues().data["subject_gap_words"]) | {",", "(", ")"}
    persons = m.of(PERSON, lo, cue)
    for person in reversed(persons):
        end = chain_end.get(person.start, person.end)
        if end > cue:
            continue
        head = positions.skip_back(m, _title_start(ctx, person), lo)[0]
        if head > lo and m.low[head - 1] in {"của", "lời", "cho", "tặng", "với"}:
            return []  # `lời dạy của Chủ tịch X`, `tặng quà cho ông Y`: not who speaks
        between = [i for i in range(end, cue) if i not in m.covering or m.covering[i].label_ in {ORG, LOC}]
        units = {m.covering[i].start if i in m.covering else i for i in between}
        near = len(units) <= 4 and all(m.low[i] in gap or i in m.covering for i in between)
        if not near and not _loose_apposition(m, head, end, cue, lo):
            return []
        subjects = [person]
        while subjects[0].start > lo and m.low[_title_start(ctx, subjects[0]) - 1] in {"và", ","}:
            previous = [p for p in persons if chain_end.get(p.start, p.end) == _title_start(ctx, subjects[0]) - 1]
            if not previous:
                break
            subjects.insert(0, previous[-1])
        return subjects
    return []


def _loose_apposition(m: Mentions, head: int, end: int, cue: int, lo: int) -> bool:
    """`Thượng tá X, <an apposition the title grammar did not read>, đề nghị`: a clause-initial subject."""
    return (
        (head == lo or m.low[head - 1] in {",", ";", ":"})
        and end < cue <= end + 24
        and m.low[end] == ","
        and not {";", ":", ".", "“", "\""} & set(m.low[end:cue])
        and not any(m.covering.get(i) is not None and m.covering[i].label_ == PERSON for i in range(end, cue))
    )


def _title_start(ctx: _Context, person: Span) -> int:
    return min((p.title.start for p in ctx.posts if p.person.start == person.start), default=person.start)


def _roles(ctx: _Context, sent: Span, chain_end: dict[int, int]) -> None:
    """chairs / attends / directs / speaksAt from cues, lists and intro phrases of one sentence."""
    lo, hi, c = sent.start, sent.end, cues()
    kinds = {"chairs": ("chairs",), "chairs_listed": ("chairs",), "attends": ("attends",),
             "attends_listed": ("attends",),
             "attends_and_directs": ("attends", "directs"), "directs_and_speaks": ("directs", "speaksAt"),
             "directs": ("directs",), "speaks": ("speaksAt",)}
    last: list[Span] = []
    for start, end, kind in c.find(ctx.m, lo, hi, *kinds):
        if kind == "attends" and end < hi and ctx.m.low[end] in c.data["not_presence"]:
            continue
        event = _event_after(ctx, end, hi)
        subjects = _listed(ctx, start, end, hi) if kind != "speaks" else []
        if not subjects and end + 1 < hi and ctx.m.low[end] == "của":  # `dưới sự chủ trì của đồng chí X`
            subjects = [p for p in ctx.m.of(PERSON, end + 1, hi) if p.start <= end + 4][:1]
        if kind.endswith("_listed") and not subjects:
            continue
        if not subjects:
            subjects = _subjects(ctx, lo, start, chain_end)
            before = positions.skip_back(ctx.m, _title_start(ctx, subjects[0]), lo)[0] - 1 if subjects else -1
            if subjects and before >= lo and ctx.m.low[before] == "do":
                event = _event_before(ctx, lo, before) or event
        if not subjects and start > lo and "và" in ctx.m.low[max(lo, start - 2) : start]:
            subjects = last
        event = event or ctx.main_event
        for person in subjects:
            for pred in kinds[kind]:
                ctx.add(person, pred, event, sent)
        last = subjects or last
    _intro_speakers(ctx, sent)


def _listed(ctx: _Context, start: int, end: int, hi: int) -> list[Span]:
    """`Dự hội nghị có các đồng chí: A, …; B, …`: the persons listed after `có`/`gồm`."""
    m = ctx.m
    if m.of(PERSON, _clause_start(ctx, start), start):
        return []
    for j in range(end, min(end + 12, hi)):
        if m.at(j, PERSON) is not None:
            return []
        link = next((seq for seq in cues().kinds["list_links"] if m.matches(j, seq)), None)
        if link is not None:
            return m.of(PERSON, j + len(link), hi)
    return []


def _clause_start(ctx: _Context, j: int) -> int:
    lo = ctx.ranges[_sentence_of(ctx, j)][0]
    while j > lo and ctx.m.low[j - 1] not in {";", ":"}:
        j -= 1
    return j


def _intro_speakers(ctx: _Context, sent: Span) -> None:
    """`Phát biểu tại hội nghị, đồng chí X …`: an intro phrase, then its speaker; `phát biểu của X`."""
    m, lo, hi = ctx.m, sent.start, sent.end
    for start, end, kind in cues().find(m, lo, hi, "speech_intros", "directs_and_speaks", "speech_of"):
        if kind == "speech_of":
            person = m.at(end, PERSON) or next((p for p in m.of(PERSON, end, min(end + 4, hi))), None)
            ctx.add(person, "speaksAt", ctx.main_event, sent)
            continue
        if start > lo and not (m.low[start - 1] == "," and "," in m.low[end : end + 7]):
            continue
        person = next(iter(m.of(PERSON, end, hi)), None)
        head = positions.skip_back(m, _title_start(ctx, person), end)[0] if person is not None else end
        if head <= end or m.low[head - 1] != "," or cues().find(m, end, head - 1, "speaks", "intro_blockers"):
            continue  # `Báo cáo của UBND tỉnh cho thấy, ông X …`: the intro has its own verb
        event = _event_after(ctx, end, hi) or ctx.main_event
        for pred in ("directs", "speaksAt") if kind == "directs_and_speaks" else ("speaksAt",):
            ctx.add(person, pred, event, sent)


def _quotes(ctx: _Context, sent: Span) -> None:
    """`nhắc lại lời nói của Chủ tịch Hồ Chí Minh`, `dẫn lời`, `theo lời Bác`: speaker quotes person."""
    m = ctx.m
    for start, end, _ in cues().find(m, sent.start, sent.end, "quotes"):
        quoted = next(iter(m.of(PERSON, end, min(end + 5, sent.end))), None)
        speakers = m.of(PERSON, sent.start, start)
        if quoted is not None and speakers:
            ctx.add(speakers[-1], "quotes", quoted, sent)


def _issuers(ctx: _Context, sent: Span) -> None:
    """issuedBy: `<văn bản> ngày … của <cơ quan>`, `<cơ quan> ban hành <văn bản>`, `được <cơ quan> thông qua`."""
    m, c = ctx.m, cues()
    gap = set(c.data["issuer_gap_words"])
    for doc_ent in m.of(DOCUMENT, sent.start, sent.end, nested=True):
        j = doc_ent.end
        while j < sent.end:
            if (also := _and_doc(m, j, doc_ent)) is not None:
                j = also.end
            elif (m.low[j] in gap or m.doc[j].is_digit) and j not in m.covering:
                j += 1
            else:
                break
        org = m.at(j + 1, ORG) if j < sent.end and m.low[j] == "của" else None
        if org is None and m.low[j : j + 1] == ["được"]:
            org = _passive_issuer(ctx, j + 1, sent.end)
        if org is None:
            org = _active_issuer(ctx, sent, doc_ent)
        if org is not None:
            ctx.add(doc_ent, "issuedBy", org, sent, attrs={"_rank": "cue"})
        else:
            _suffix_issuer(ctx, sent, doc_ent)


def _and_doc(m: Mentions, j: int, first: Span) -> Span | None:
    """`Nghị quyết 18-NQ/TW và Nghị quyết 19-NQ/TW của …`: a document of the same kind coordinated with `first`."""
    other = m.at(j + 1, DOCUMENT) if m.low[j] in {"và", ","} and j + 1 < len(m.low) else None
    kind = lambda span: re.sub(r"\s*(số\s*)?\d.*$", "", m.name(span))  # noqa: E731
    return other if other is not None and kind(other) == kind(first) else None


def _passive_issuer(ctx: _Context, j: int, hi: int) -> Span | None:
    """`… được Quốc hội khóa XV thông qua`: the body between `được` and an issuing verb."""
    m = ctx.m
    org = m.at(j, ORG)
    if org is None:
        return None
    k = org.end + 2 if org.end + 1 < hi and m.low[org.end] == "khóa" else org.end
    return org if any(m.matches(k, seq) for seq in cues().kinds["issued_passive"]) else None


def _active_issuer(ctx: _Context, sent: Span, doc_ent: Span) -> Span | None:
    m = ctx.m
    for start, end, _ in cues().find(m, max(sent.start, doc_ent.start - 4), doc_ent.start, "issued_active"):
        if doc_ent.start - end <= 1:
            orgs = m.of(ORG, sent.start, start)
            if orgs and start - orgs[-1].end <= 2:
                return orgs[-1]
    return None


def _suffix_issuer(ctx: _Context, sent: Span, doc_ent: Span) -> None:
    """The issuer the number names (`/QĐ-TTg` → Thủ tướng Chính phủ), if the doc mentions that body.

    The documents component's `issuer` attribute comes first; our suffix table is the fallback.
    """
    m, name = ctx.m, ctx.m.name(doc_ent)
    attrs = doc_ent._.kg_attrs if Span.has_extension("kg_attrs") else None
    candidates = [(attrs or {}).get("issuer")]
    candidates += [issuer for suffix, issuer in cues().data["issuer_suffixes"] if suffix in name][:1]
    bodies = {m.name(o): o for o in m.of(ORG, nested=True)}
    org = next((bodies[c] for c in candidates if c in bodies), None)
    if org is not None:
        ctx.add(doc_ent, "issuedBy", org, sent, attrs={"_rank": "suffix"})


def _concerns(ctx: _Context, sent: Span) -> None:
    """concerns: the event `quán triệt / triển khai / sơ kết / tổng kết / thực hiện` a document (Convention 7)."""
    m, c = ctx.m, cues()
    found = c.find(m, sent.start, sent.end, "concerns")
    if not found:
        return
    first_person = next(iter(m.of(PERSON, sent.start, sent.end)), None)
    limit = sent.end
    intro = [f for f in c.find(m, sent.start, sent.start + 4, "speech_intros") if f[0] == sent.start]
    if intro and first_person is not None:
        event, limit = ctx.main_event, first_person.start  # the topic of a talk: before its speaker
    elif c.find(m, sent.start, found[0][0], "concerns_context"):
        event = ctx.main_event
    else:
        event = _event_before(ctx, sent.start, found[0][0])
        if event is None or m.of(PERSON, event.end, found[0][0]) or ":" in m.low[event.end : found[0][0]]:
            return
    eligible: list[Span] = []
    for doc_ent in m.of(DOCUMENT, sent.start, limit, nested=True):
        cue = max((f for f in found if f[1] <= doc_ent.start), default=None, key=lambda f: f[1])
        near = cue is not None and doc_ent.start - cue[1] <= 3 and not set(m.low[cue[1] : doc_ent.start]) & set(
            c.data["concerns_blockers"]) and not _about_document(ctx, sent, cue[0])
        chained = eligible and m.low[doc_ent.start - 1] in {"và", ","} and _last_doc(ctx, sent, doc_ent) in eligible
        if near or chained:
            eligible.append(doc_ent)
            ctx.add(event, "concerns", doc_ent, sent)


def _about_document(ctx: _Context, sent: Span, cue: int) -> bool:
    """`Kết luận 01 … của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05`: the cue is a document's subject."""
    m = ctx.m
    for v in range(max(sent.start, cue - 3), cue):
        if m.low[v] == "về":
            docs = [e for e in m.of(DOCUMENT, sent.start, v, nested=True) if v - e.end <= 1]
            issuers = [e for e in m.of(ORG, sent.start, v) if v - e.end <= 1 and m.low[e.start - 1] == "của"]
            return bool(docs or issuers)
    return False


def _last_doc(ctx: _Context, sent: Span, doc_ent: Span) -> Span | None:
    before = ctx.m.of(DOCUMENT, sent.start, doc_ent.start, nested=True)
    return before[-1] if before else None


def _venues(ctx: _Context, sent: Span) -> None:
    """heldIn: `điểm cầu <nơi>`, `tại <nơi>, … tổ chức <sự kiện>`, `<sự kiện> … khai mạc … tại <nơi>`."""
    m, c = ctx.m, cues()
    organise = c.find(m, sent.start, sent.end, "organise")
    for place in m.of(LOC, sent.start, sent.end):
        k = _admin_start(ctx, place)
        lead = m.low[k - 1] if k > sent.start else ""
        bridge = any(m.matches(j, ("điểm", "cầu")) for j in range(max(sent.start, k - 5), k))
        event = None
        if bridge and (lead in {"tại", "ở", "cầu", "chính"}):
            event = _event_near(ctx, sent) or ctx.main_event
        elif lead in {"tại", "ở"}:
            later = [o for o in organise if o[0] > place.end]
            start = later[0][1] if later else sent.end
            event = next((e for k in range(start, min(start + 6, sent.end)) if (e := _event_at(ctx, k))), None)
            before = _event_before(ctx, sent.start, k)
            if event is None and before is not None and k - before.end <= 10 and "," not in m.low[before.end : k]:
                event = before
        ctx.add(event, "heldIn", place, sent)


def _event_near(ctx: _Context, sent: Span) -> Span | None:
    return next((e for k in range(sent.start, sent.end) if (e := _event_at(ctx, k)) is not None), None)


def _admin_start(ctx: _Context, place: Span) -> int:
    """Where `thành phố Vinh`, `thị trấn Kiến Giang` begins (the administrative word before the name)."""
    for adm in positions.lexicon().admin:
        if place.start - len(adm) >= 0 and ctx.m.matches(place.start - len(adm), adm):
            return place.start - len(adm)
    return place.start


def _coordination(ctx: _Context, sent: Span) -> None:
    """coordinatesWith: `<A> (đã) phối hợp với <B>, <C> và <D>`; a later `phối hợp với` keeps A."""
    m = ctx.m
    subject = None
    for start, end, _ in cues().find(m, sent.start, sent.end, "coordinates"):
        clause = _clause_start_sep(ctx, start, sent.start)
        orgs = [o for o in m.of(ORG, clause, start) if start - o.end <= 4]
        subject = orgs[-1] if orgs else subject
        for org in _partners(ctx, end, sent.end):
            ctx.add(subject, "coordinatesWith", org, sent)


def _partners(ctx: _Context, j: int, hi: int) -> list[Span]:
    """The bodies listed after `phối hợp với`: items split by `,`/`và`; generic items are passed over."""
    m, found = ctx.m, []
    while j < hi:
        org = m.at(j, ORG)
        if org is not None:
            if org.text[:1].isupper():
                found.append(org)
            j = org.end
        else:  # a generic item (`các ban, ngành`): a few lower-case words
            k = j
            while k < hi and k - j < 6 and m.low[k] not in {"và", "cùng", ","}:
                inner = m.at(k, ORG) if m.low[k - 1] in {"thuộc", "của"} else None
                if inner is None and (k in m.covering or not m.doc[k].is_lower):
                    break
                k = inner.end if inner is not None else k + 1
            if k == j or (k < hi and m.low[k] not in {",", "và", "cùng"}):
                return found
            j = k
        if j >= hi or m.low[j] not in {",", "và", "cùng"}:
            return found
        j += 1
    return found


def _clause_start_sep(ctx: _Context, j: int, lo: int) -> int:
    while j > lo and ctx.m.low[j - 1] != ";":
        j -= 1
    return j


def _part_of(ctx: _Context) -> None:
    """partOf from nested names (Convention 3): the parent's full name ends the child's name or mention."""
    m = ctx.m
    orgs = m.of(ORG, nested=True)
    names = {m.name(o): o for o in orgs}
    units = [words(u.lower()) for u in cues().data["part_units"]]
    for child in orgs:
        cname = m.name(child)
        sent = ctx.sents[_sentence_of(ctx, child.start)]
        for pname, parent in names.items():
            if pname == cname:
                continue
            suffix = " " + fold(pname)
            if fold(cname).endswith(suffix) or fold(child.text).endswith(suffix):
                ctx.add(child, "partOf", parent, sent)
        if fold(cname).startswith("đoàn đại biểu quốc hội "):  # Convention 3: Đoàn ĐBQH tỉnh X → Quốc hội
            ctx.add(child, "partOf", names.get("Quốc hội"), sent, literal="Quốc hội")
        after = child.end
        if after + 1 < len(m.low) and m.low[after] == "của" and (parent := m.at(after + 1, ORG)) is not None:
            if any(m.matches(child.start, u) for u in units):
                ctx.add(child, "partOf", parent, sent)


@Language.factory(
    "kgnews_relations",
    requires=["doc.ents"],
    assigns=["doc._.relations"],
)
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    """The relation component: reads `doc.ents` (with `Span._.kg_name`), writes `Doc._.relations`."""
    return RelationExtractor()


class RelationExtractor:
    """Finds every relation of SCHEMA.md between the entity mentions of a doc."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = _Context(doc)
        found, chain_end = positions.posts(ctx.m, ctx.ranges, _assembly(ctx))
        ctx.posts = found
        for post in found:
            sent = ctx.sents[_sentence_of(ctx, post.title.start)]
            attrs = {"organization": post.organization} if post.organization else {}
            if post.title.status:
                attrs["status"] = post.title.status
            attrs["_key"] = fold(f"{post.title.status} {post.title.head}|{post.organization or post.literal}|"
                                 f"{doc[post.title.body.end:post.title.end].text if post.title.body else ''}")
            ctx.add(post.person, "holdsPosition", None, sent, literal=post.literal, attrs=attrs)
            if post.member:
                ctx.add(post.person, "memberOf", post.title.body, sent, literal=post.organization)
        for sent in ctx.sents:
            for rule in (_quotes, _issuers, _concerns, _venues, _coordination):
                rule(ctx, sent)
            _roles(ctx, sent, chain_end)
        _part_of(ctx)
        doc._.relations = ctx.found
        return doc


def _assembly(ctx: _Context) -> str | None:
    """The people's council whose session the article reports: where a bare `Đại biểu` sits."""
    if ctx.organiser is not None and ctx.m.name(ctx.organiser).startswith("Hội đồng nhân dân"):
        return ctx.m.name(ctx.organiser)
    event = fold(ctx.m.name(ctx.main_event)) if ctx.main_event is not None else ""
    for org in ctx.m.of(ORG, nested=True):
        name = ctx.m.name(org)
        if name.startswith("Hội đồng nhân dân") and (
            fold(name) in event or fold(name.replace("Hội đồng nhân dân", "HĐND")) in event
        ):
            return name
    return None


def _sentence_of(ctx: _Context, token: int) -> int:
    """The index of the sentence holding a token (the last one starting before it, between sentences)."""
    return max((n for n, (s, _) in enumerate(ctx.ranges) if s <= token), default=0)


def relations_of(doc: Doc) -> list[Relation]:
    """The doc's relations between canonical names, one per statement, evidence = the sentence."""
    found = doc._.relations if doc.has_extension("relations") and doc._.relations is not None else []
    name, text = Mentions.name, doc.text
    best: dict[tuple[str, str, str], Relation] = {}
    issued: dict[str, str] = {}
    chairs = {(name(r.subject), name(r.object)) for r in found if r.predicate == "chairs" and r.object is not None}
    for rel in found:
        subj = name(rel.subject)
        obj = rel.literal if rel.literal else name(rel.object)
        attrs = {k: v for k, v in rel.attrs.items() if not k.startswith("_")}
        if rel.predicate == "attends" and (subj, obj) in chairs or subj == obj:
            continue  # Convention 6: a chair is not also an attendee
        if rel.predicate == "issuedBy":
            if issued.get(subj, "suffix") != "suffix" or (subj in issued and rel.attrs.get("_rank") == "suffix"):
                continue
            best = {k: v for k, v in best.items() if not (k[0] == subj and k[1] == "issuedBy")}
            issued[subj] = rel.attrs.get("_rank", "cue")
        key = (subj, rel.predicate, rel.attrs.get("_key") or fold(obj))
        if key not in best:
            s, e = rel.sentence.start_char, rel.sentence.end_char
            best[key] = Relation(subj, rel.predicate, obj, text[s:e], s, e, attrs)
    return list(best.values())


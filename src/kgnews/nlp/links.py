"""Links between bodies, documents, events and places: quotes, issuedBy, concerns, heldIn, coordinatesWith, partOf."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kgnews.nlp import positions
from kgnews.nlp.cues import cues
from kgnews.nlp.mentions import LOC, ORG, PERSON, Mentions, folded
from kgnews.nlp.relation_context import DOCUMENT, Context, event_at, event_before, event_in, sentence_of


def quotes(ctx: Context, sent: Span) -> None:
    """`nhắc lại lời nói của Chủ tịch Hồ Chí Minh`, `dẫn lời`, `theo lời Bác`: speaker quotes person."""
    m = ctx.m
    for start, end, _ in cues().find(m, sent.start, sent.end, "quotes"):
        quoted = next(iter(m.of(PERSON, end, min(end + 5, sent.end))), None)
        speakers = m.of(PERSON, sent.start, start)
        if quoted is not None and speakers:
            ctx.add(speakers[-1], "quotes", quoted, sent)


def issuers(ctx: Context, sent: Span) -> None:
    """issuedBy: `<văn bản> ngày … của <cơ quan>`, `<cơ quan> ban hành <văn bản>`, `được <cơ quan> thông qua`."""
    m, gap = ctx.m, cues().issuer_gap
    for doc_ent in m.of(DOCUMENT, sent.start, sent.end, nested=True):
        j = doc_ent.end
        while j < sent.end:
            if (also := _and_doc(m, j, doc_ent)) is not None:
                j = also.end
            elif (m.low[j] in gap or m.texts[j].isdigit()) and j not in m.covering:
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
    kind = lambda span: re.sub(r"\s*(số\s*)?\d.*$", "", m.name_of(span))  # noqa: E731
    return other if other is not None and kind(other) == kind(first) else None


def _passive_issuer(ctx: Context, j: int, hi: int) -> Span | None:
    """`… được Quốc hội khóa XV thông qua`: the body between `được` and an issuing verb."""
    m = ctx.m
    org = m.at(j, ORG)
    if org is None:
        return None
    k = org.end + 2 if org.end + 1 < hi and m.low[org.end] == "khóa" else org.end
    return org if any(m.matches(k, seq) for seq in cues().phrases["issued_passive"].starting(m.low, k)) else None


def _active_issuer(ctx: Context, sent: Span, doc_ent: Span) -> Span | None:
    m = ctx.m
    for start, end, _ in cues().find(m, max(sent.start, doc_ent.start - 4), doc_ent.start, "issued_active"):
        if doc_ent.start - end <= 1:
            orgs = m.of(ORG, sent.start, start)
            if orgs and start - orgs[-1].end <= 2:
                return orgs[-1]
    return None


def _suffix_issuer(ctx: Context, sent: Span, doc_ent: Span) -> None:
    """The issuer the number names (`/QĐ-TTg` → Thủ tướng Chính phủ), if the doc mentions that body.

    The documents component's `issuer` attribute comes first; our suffix table is the fallback.
    """
    m, name = ctx.m, ctx.m.name_of(doc_ent)
    attrs = doc_ent._.kg_attrs if Span.has_extension("kg_attrs") else None
    candidates = [(attrs or {}).get("issuer")]
    candidates += [issuer for suffix, issuer in cues().data["issuer_suffixes"] if suffix in name][:1]
    bodies = {m.name_of(o): o for o in m.of(ORG, nested=True)}
    org = next((bodies[c] for c in candidates if c in bodies), None)
    if org is not None:
        ctx.add(doc_ent, "issuedBy", org, sent, attrs={"_rank": "suffix"})


def concerns(ctx: Context, sent: Span) -> None:
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
        event = event_before(ctx, sent.start, found[0][0])
        if event is None or m.of(PERSON, event.end, found[0][0]) or ":" in m.low[event.end : found[0][0]]:
            return
    eligible: list[Span] = []
    for doc_ent in m.of(DOCUMENT, sent.start, limit, nested=True):
        cue = max((f for f in found if f[1] <= doc_ent.start), default=None, key=lambda f: f[1])
        near = cue is not None and doc_ent.start - cue[1] <= 3 and not set(m.low[cue[1] : doc_ent.start]) & (
            c.concerns_blockers) and not _about_document(ctx, sent, cue[0])
        chained = eligible and m.low[doc_ent.start - 1] in {"và", ","} and _last_doc(ctx, sent, doc_ent) in eligible
        if near or chained:
            eligible.append(doc_ent)
            ctx.add(event, "concerns", doc_ent, sent)


def _about_document(ctx: Context, sent: Span, cue: int) -> bool:
    """`Kết luận 01 … của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05`: the cue is a document's subject."""
    m = ctx.m
    for v in range(max(sent.start, cue - 3), cue):
        if m.low[v] == "về":
            docs = [e for e in m.of(DOCUMENT, sent.start, v, nested=True) if v - e.end <= 1]
            issuers = [e for e in m.of(ORG, sent.start, v) if v - e.end <= 1 and m.low[e.start - 1] == "của"]
            return bool(docs or issuers)
    return False


def _last_doc(ctx: Context, sent: Span, doc_ent: Span) -> Span | None:
    before = ctx.m.of(DOCUMENT, sent.start, doc_ent.start, nested=True)
    return before[-1] if before else None


def venues(ctx: Context, sent: Span) -> None:
    """heldIn: `điểm cầu <nơi>`, `tại <nơi>, … tổ chức <sự kiện>`, `<sự kiện> … khai mạc … tại <nơi>`."""
    m, c = ctx.m, cues()
    organise = c.find(m, sent.start, sent.end, "organise")
    for place in m.of(LOC, sent.start, sent.end):
        k = _admin_start(ctx, place)
        lead = m.low[k - 1] if k > sent.start else ""
        bridge = any(m.matches(j, ("điểm", "cầu")) for j in range(max(sent.start, k - 5), k))
        event = None
        if bridge and (lead in {"tại", "ở", "cầu", "chính"}):
            event = event_in(ctx, sent.start, sent.end) or ctx.main_event
        elif lead in {"tại", "ở"}:
            later = [o for o in organise if o[0] > place.end]
            start = later[0][1] if later else sent.end
            event = next((e for k in range(start, min(start + 6, sent.end)) if (e := event_at(ctx, k))), None)
            before = event_before(ctx, sent.start, k)
            if event is None and before is not None and k - before.end <= 10 and "," not in m.low[before.end : k]:
                event = before
        ctx.add(event, "heldIn", place, sent)


def _admin_start(ctx: Context, place: Span) -> int:
    """Where `thành phố Vinh`, `thị trấn Kiến Giang` begins (the administrative word before the name)."""
    for adm in positions.lexicon().admin.ending(ctx.m.low, place.start):
        if place.start - len(adm) >= 0 and ctx.m.matches(place.start - len(adm), adm):
            return place.start - len(adm)
    return place.start


def coordination(ctx: Context, sent: Span) -> None:
    """coordinatesWith: `<A> (đã) phối hợp với <B>, <C> và <D>`; a later `phối hợp với` keeps A."""
    m = ctx.m
    subject = None
    for start, end, _ in cues().find(m, sent.start, sent.end, "coordinates"):
        clause = _clause_start_sep(ctx, start, sent.start)
        orgs = [o for o in m.of(ORG, clause, start) if start - o.end <= 4]
        subject = orgs[-1] if orgs else subject
        for org in _partners(ctx, end, sent.end):
            ctx.add(subject, "coordinatesWith", org, sent)


def _partners(ctx: Context, j: int, hi: int) -> list[Span]:
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
                if inner is None and (k in m.covering or not m.texts[k].islower()):
                    break
                k = inner.end if inner is not None else k + 1
            if k == j or (k < hi and m.low[k] not in {",", "và", "cùng"}):
                return found
            j = k
        if j >= hi or m.low[j] not in {",", "và", "cùng"}:
            return found
        j += 1
    return found


def _clause_start_sep(ctx: Context, j: int, lo: int) -> int:
    while j > lo and ctx.m.low[j - 1] != ";":
        j -= 1
    return j


@lru_cache(maxsize=1 << 14)
def _tails(folded_name: str) -> frozenset[str]:
    """What follows each space of a folded name: `x` is in it exactly when the name ends with `" " + x`."""
    return frozenset(folded_name[k + 1 :] for k, char in enumerate(folded_name) if char == " ")


def part_of(ctx: Context) -> None:
    """partOf from nested names (Convention 3): the parent's full name ends the child's name or mention."""
    m = ctx.m
    orgs = m.of(ORG, nested=True)
    names = {m.name_of(o): o for o in orgs}
    parents = list(names.items())
    by_fold: dict[str, list[int]] = {}
    for n, (pname, _) in enumerate(parents):
        by_fold.setdefault(folded(pname), []).append(n)
    for child in orgs:
        cname = m.name_of(child)
        sent = ctx.sents[sentence_of(ctx, child.start)]
        tails = _tails(folded(cname)) | _tails(folded(m.text(child.start, child.end)))
        for n in sorted({n for tail in tails for n in by_fold.get(tail, ())}):
            if parents[n][0] != cname:
                ctx.add(child, "partOf", parents[n][1], sent)
        if folded(cname).startswith("đoàn đại biểu quốc hội "):  # Convention 3: Đoàn ĐBQH tỉnh X → Quốc hội
            ctx.add(child, "partOf", names.get("Quốc hội"), sent, literal="Quốc hội")
        after = child.end
        if after + 1 < len(m.low) and m.low[after] == "của" and (parent := m.at(after + 1, ORG)) is not None:
            if any(m.matches(child.start, u) for u in cues().part_units):
                ctx.add(child, "partOf", parent, sent)

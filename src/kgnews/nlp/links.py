"""Links between bodies and documents: issuedBy, concerns, coordinatesWith, partOf."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from kgnews.nlp.cues import cues
from kgnews.nlp.mentions import ORG, PERSON, Mentions, folded
from kgnews.nlp.relation_context import CAMPAIGN, DOCUMENT, EVENT, Context, event_before, sentence_of


def issuers(ctx: Context, sent: Span) -> None:
    """issuedBy: `<văn bản> ngày … của <cơ quan>`, `<cơ quan> ban hành <văn bản>`, `được <cơ quan> thông qua`."""
    m, gap = ctx.m, cues().issuer_gap
    documents = m.of(DOCUMENT, sent.start, sent.end, nested=True)
    passed = cues().find(m, sent.start, sent.end, "issued_past") if documents else []
    enacted: tuple[Span, Span] | None = None  # the last document `<cơ quan> ban hành`, and its issuer
    for doc_ent in documents:
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
            org = _active_issuer(ctx, sent, doc_ent) or (_passed_list(ctx, sent, doc_ent, passed) if passed else None)
            org = org or _enacted_too(m, doc_ent, enacted) or _enacted_next(ctx, sent, doc_ent, enacted)
            enacted = (doc_ent, org) if org is not None else enacted
        if org is not None:
            for issuer in [org, *_joint_issuers(m, org, sent.end)]:
                ctx.add(doc_ent, "issuedBy", issuer, sent, attrs={"_rank": "cue"})
        else:
            _suffix_issuer(ctx, sent, doc_ent)


#: What may follow the last of several issuers: the document's subject, date, or the end of its mention.
_AFTER_ISSUERS = frozenset({"về", "ngày", "năm", ",", ".", ";", ":", ")", "(", "\n"})


def _joint_issuers(m: Mentions, org: Span, hi: int) -> list[Span]:
    """`Kết luận 137-KL/TW của Bộ Chính trị, Ban Bí thư về …`: bodies listed after the first issuer, when the
    list ends where a document's mention goes on (`về`, a date, punctuation), not in a clause of its own."""
    listed, j = [], org.end
    while j + 1 < hi and m.low[j] in {",", "và"} and (other := m.at(j + 1, ORG)) is not None:
        listed.append(other)
        j = other.end
    return listed if listed and (j >= hi or m.low[j] in _AFTER_ISSUERS) else []


def _enacted_too(m: Mentions, doc_ent: Span, enacted: tuple[Span, Span] | None) -> Span | None:
    """`Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 11-CT/TU về … và Kế hoạch 47-KH/TU`, `HĐND đã thông qua …:
    Nghị quyết số 05/… quy định …; Nghị quyết số 06/…`: a document joined by `và` or `;` to the one enacted
    or passed just before it in the sentence has the same issuer."""
    if doc_ent.start == 0 or m.low[doc_ent.start - 1] not in {"và", ";"}:
        return None
    return _issuer_of(m, enacted, doc_ent.start - 1)


def _enacted_next(ctx: Context, sent: Span, doc_ent: Span, enacted: tuple[Span, Span] | None) -> Span | None:
    """`Quốc hội đã ban hành Nghị quyết số 88/2014/QH13 về …, thông qua Luật Giáo dục năm 2019`: a document right
    after a second issuing verb with no subject of its own (`, thông qua`) has the issuer of the clause before."""
    m = ctx.m
    for start in range(max(sent.start + 1, doc_ent.start - 3), doc_ent.start):
        verbs = cues().phrases["issued_passive"].starting(m.low, start)
        if m.low[start - 1] == "," and any(start + len(v) == doc_ent.start and m.matches(start, v) for v in verbs):
            return _issuer_of(m, enacted, start - 1)
    return None


def _issuer_of(m: Mentions, enacted: tuple[Span, Span] | None, joined: int) -> Span | None:
    """The issuer of the document enacted before, for one joined to it at token `joined` with no other body or
    document named between."""
    if enacted is None:
        return None
    first, issuer = enacted
    return None if m.of(ORG, first.end, joined) or m.of(DOCUMENT, first.end, joined) else issuer


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


_ISSUE_BLOCKERS = frozenset({"về", "của", "theo", "căn", "thực", "triển", "quán", "hướng", "dẫn", "sửa", "đổi", "dự",
                             "thảo", "cho", "kế", "hoạch", "chương", "trình", "đề", "án", ";", ":", "sẽ"})


def _passed_list(ctx: Context, sent: Span, doc_ent: Span, passed: list) -> Span | None:
    """`Quốc hội đã thông qua 8 luật, trong đó có Luật A, Luật B và Luật C`: the body that has passed the list."""
    m = ctx.m
    found = [f for f in passed if f[1] <= doc_ent.start and doc_ent.start - f[1] <= 40]
    if not found:
        return None
    start, end, _ = found[-1]
    orgs = m.of(ORG, sent.start, start)
    if orgs and start - orgs[-1].end <= 1:
        issuer = orgs[-1]
    elif ctx.assembly is not None and _session_before(m, sent.start, start):
        issuer = ctx.assembly  # `Kỳ họp đã thông qua 11 nghị quyết, trong đó có: …`: the council in session
    else:
        return None
    between = [i for i in range(end, doc_ent.start) if i not in m.covering and not _introduces_list(m, i)]
    return None if any(m.low[i] in _ISSUE_BLOCKERS for i in between) else issuer


def _session_before(m: Mentions, lo: int, start: int) -> bool:
    """The session (`Kỳ họp`, `Kỳ họp thứ 27`) is the subject right before token `start`."""
    event = next(reversed(m.of(EVENT, lo, start)), None)
    return (event is not None and event.end == start and m.low[event.start : event.start + 2] == ["kỳ", "họp"]
            or start - 2 >= lo and m.low[start - 2 : start] == ["kỳ", "họp"])


def _introduces_list(m: Mentions, i: int) -> bool:
    """The `:` of `trong đó có:`, `gồm:` opens the list of what was passed."""
    return m.low[i] == ":" and i > 0 and m.low[i - 1] in {"có", "gồm"}


def _named_issuer(ctx: Context, doc_ent: Span) -> Span | None:
    """`Nghị quyết Trung ương 8 khóa XI`, `Nghị quyết Hội nghị Trung ương 4`: the body named after the kind word."""
    m = ctx.m
    if m.low[doc_ent.start] in {"luật", "bộ", "pháp"}:  # `Luật Công an nhân dân`: a law's subject, not its issuer
        return None
    org = next(iter(m.of(ORG, doc_ent.start + 1, doc_ent.end, nested=True)), None)
    if org is None or not m.texts[doc_ent.start][:1].isupper():
        return None
    kind = m.low[doc_ent.start : org.start]
    kind = kind[:-2] if kind[-2:] == ["hội", "nghị"] else kind
    return org if 1 <= len(kind) <= 2 and not any(w.isdigit() for w in kind) else None


def _suffix_issuer(ctx: Context, sent: Span, doc_ent: Span) -> None:
    """The issuer the number names (`/QĐ-TTg` → Thủ tướng Chính phủ), if the doc mentions that body.

    The documents component's `issuer` attribute comes first; our suffix table is the fallback.
    """
    m, name = ctx.m, ctx.m.name_of(doc_ent)
    attrs = doc_ent._.kg_attrs if Span.has_extension("kg_attrs") else None
    candidates = [(attrs or {}).get("issuer"), *_suffix_issuers(name)]
    bodies = m.cache.get("bodies")
    if bodies is None:
        bodies = m.cache["bodies"] = {m.name_of(o): o for o in m.of(ORG, nested=True)}
    org = next((bodies[c] for c in candidates if c in bodies), None) or _named_issuer(ctx, doc_ent)
    if org is not None:
        ctx.add(doc_ent, "issuedBy", org, sent, attrs={"_rank": "suffix"})


@lru_cache(maxsize=1 << 12)
def _suffix_issuers(name: str) -> tuple[str, ...]:
    """The issuer the first suffix in the document's name names (`/QĐ-TTg` → Thủ tướng Chính phủ), if any."""
    return tuple(issuer for suffix, issuer in cues().data["issuer_suffixes"] if suffix in name)[:1]


def concerns(ctx: Context, sent: Span) -> None:
    """concerns: the event `quán triệt / triển khai / sơ kết / tổng kết / thực hiện` a document (Convention 7)."""
    m, c = ctx.m, cues()
    found = c.find(m, sent.start, sent.end, "concerns")
    if not found:
        return
    first_person = next(iter(m.of(PERSON, sent.start, sent.end)), None)
    limit = sent.end
    intro = [f for f in c.find(m, sent.start, sent.start + 4, "speech_intros") if f[0] == sent.start]
    reported = None  # `Phát biểu khai mạc, ông X nhấn mạnh, kỳ họp sẽ xem xét việc thực hiện Nghị quyết …`
    if intro and first_person is not None and found[0][0] > first_person.end:
        reported = event_before(ctx, first_person.end, found[0][0])
    if reported is not None and not m.of(PERSON, reported.end, found[0][0]):
        event = reported
    elif intro and first_person is not None:
        event, limit = ctx.main_event, first_person.start  # the topic of a talk: before its speaker
    elif c.find(m, sent.start, found[0][0], "concerns_context"):
        event = ctx.main_event
    else:
        event = event_before(ctx, sent.start, found[0][0])
        if event is None or ":" in m.low[event.end : found[0][0]]:
            return
        if m.of(PERSON, event.end, found[0][0]) and not _disseminated_at(ctx, sent, event, found):
            return
    eligible: list[Span] = []
    for doc_ent in m.of(DOCUMENT, sent.start, limit, nested=True):
        cue = max((f for f in found if f[1] <= doc_ent.start), default=None, key=lambda f: f[1])
        between = _words_between(m, cue[1], doc_ent.start) if cue is not None else []
        if _CONTENT_OF.match(" ".join(between)):  # `phổ biến những điểm mới của Luật …`: the document itself
            between = []
        near = cue is not None and len(between) <= 3 and not set(between) & c.concerns_blockers and not _about_document(
            ctx, sent, cue[0])
        chained = eligible and m.low[doc_ent.start - 1] in {"và", ",", ";"} and _last_doc(ctx, sent, doc_ent) in eligible
        if near or chained:
            eligible.append(doc_ent)
            ctx.add(event, "concerns", doc_ent, sent)


_NAMED_ON_THE_WAY = frozenset({EVENT, CAMPAIGN})
#: What a speaker presents of a document, the document's own content (`những điểm mới của`, `nội dung cơ bản của`).
_CONTENT_OF = re.compile(r"(?:những |các )?(?:điểm mới|nội dung(?: cơ bản| chính| chủ yếu)?|tinh thần) của\Z")
#: Cues that, at an event, make what is presented the event's subject.
_DISSEMINATE = frozenset({"phổ biến", "quán triệt"})


def _disseminated_at(ctx: Context, sent: Span, event: Span, found: list[tuple[int, int, str]]) -> bool:
    """`Tại hội nghị, ông X đã phổ biến Luật …`: a speaker disseminating a document (the first cue) at the event
    the sentence opens with."""
    m, (start, end, _) = ctx.m, found[0]
    return event.start == sent.start + 1 and m.low[sent.start] == "tại" and " ".join(m.low[start:end]) in _DISSEMINATE


def _words_between(m: Mentions, lo: int, hi: int) -> list[str]:
    """The words from a cue to a document, past the rest of the event's or a campaign's name and a parenthesis
    (`hội nghị sơ kết thực hiện Cuộc vận động (2009 - 2014) và Thông báo kết luận số 264-TB/TW` → `và`)."""
    words, depth, j = [], 0, lo
    while j < hi:
        if m.covering_label.get(j) in _NAMED_ON_THE_WAY:
            j = max(m.covering[j].end, j + 1)
            continue
        depth += (m.low[j] == "(") - (m.low[j] == ")")
        if not depth and m.low[j] != ")":
            words.append(m.low[j])
        j += 1
    return words


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


def coordination(ctx: Context, sent: Span) -> None:
    """coordinatesWith: `<A> (đã) phối hợp với <B>, <C> và <D>`; a later `phối hợp với` keeps A; `(quy chế) phối
    hợp giữa <A> và <B>`."""
    m = ctx.m
    subject = None
    for start, end, kind in cues().find(m, sent.start, sent.end, "coordinates", "coordinates_between"):
        if kind == "coordinates_between":  # not the subject of a document (`Nghị định … quy định việc phối hợp giữa …`)
            first = m.at(end, ORG)
            if first is not None and first.end < sent.end and m.low[first.end] in {"và", "với"} and not m.of(
                    DOCUMENT, _clause_start_sep(ctx, start, sent.start), start):
                for org in _partners(ctx, first.end + 1, sent.end):
                    ctx.add(first, "coordinatesWith", org, sent)
            continue
        if m.low[start:end] == ["phối", "hợp"] and m.at(end, ORG) is None:
            continue  # `phối hợp` without `với` coordinates only with the body right after it
        clause = _clause_start_sep(ctx, start, sent.start)
        orgs = [o for o in m.of(ORG, clause, start) if start - o.end <= 4]
        subject = orgs[-1] if orgs else _kind_anaphor(ctx, clause, start) or subject or _asked(ctx, sent.start, clause)
        for org in _partners(ctx, end, sent.end):
            ctx.add(subject, "coordinatesWith", org, sent)


_ASKING = (("đề", "nghị"), ("yêu", "cầu"), ("giao",))


def _asked(ctx: Context, lo: int, clause: int) -> Span | None:
    """`đề nghị UBND thành phố ban hành kế hoạch …; phối hợp với …`: a clause after `;` with no subject of
    its own goes on with the body the sentence asked to act."""
    m = ctx.m
    for j in range(clause - 1, lo, -1):
        for words in _ASKING:
            k = j - len(words) + 1
            if k >= lo and tuple(m.low[k : j + 1]) == words and (org := m.at(j + 1, ORG)) is not None:
                return org
    return None


_KINDS = frozenset({"Sở", "Ban", "Hội", "Bộ", "Phòng", "Cục", "Viện", "Trường", "Đoàn", "Đồn"})
#: Kinds of two words, also in lower case (`bệnh viện đã phối hợp với …`).
_KINDS_OF_TWO = frozenset({("đại", "học"), ("bệnh", "viện"), ("chi", "cục"), ("trung", "tâm")})


def _kind_anaphor(ctx: Context, lo: int, cue: int) -> Span | None:
    """`…, Sở đã phối hợp với …`, `…, bệnh viện đã phối hợp với …`: a bare kind word standing for the last body of
    that kind."""
    m, gap = ctx.m, cues().subject_gap
    j = cue
    while j > lo and m.low[j - 1] in gap and cue - j < 3:
        j -= 1
    two = j - 2 >= lo and tuple(m.low[j - 2 : j]) in _KINDS_OF_TWO
    k = j - 2 if two else j - 1
    if k < lo or any(i in m.covering for i in range(k, j)) or not (two or m.texts[k] in _KINDS):
        return None
    if k > lo and m.low[k - 1] not in {",", ";"}:
        return None
    return _last_of_kind(m, k, j)


def _last_of_kind(m: Mentions, k: int, j: int) -> Span | None:
    """The last body named before token k whose name starts with the kind words [k, j)."""
    prefix = " ".join(m.low[k:j]) + " "
    return next((o for o in reversed(m.of(ORG, 0, k)) if folded(m.name_of(o)).startswith(prefix)), None)


def _kind_named_before(ctx: Context, j: int, hi: int) -> Span | None:
    """A bare kind word at token j (`Trung tâm`, `Sở`, followed by a lower-case word) standing for the last body
    of that kind named before."""
    m = ctx.m
    two = tuple(m.low[j : j + 2]) in _KINDS_OF_TWO
    k = j + 2 if two else j + 1
    if k >= hi or not m.texts[j][:1].isupper() or not (two or m.texts[j] in _KINDS) or not m.texts[k].islower():
        return None
    return None if any(i in m.covering for i in range(j, k)) else _last_of_kind(m, j, k)


def _partners(ctx: Context, j: int, hi: int) -> list[Span]:
    """The bodies listed after `phối hợp với`: items split by `,`/`và`; generic items are passed over."""
    m, found = ctx.m, []
    while j < hi:
        org = m.at(j, ORG)
        if org is None and not found and (named := _kind_named_before(ctx, j, hi)) is not None:
            found.append(named)  # `Công an phường đã phối hợp với Trung tâm hướng dẫn …`: the centre named before
            return found
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


_SCOPE_WORDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố"})


@lru_cache(maxsize=1 << 14)
def _tails(folded_name: str) -> frozenset[str]:
    """What follows each space of a folded name: `x` is in it exactly when the name ends with `" " + x`."""
    return frozenset(folded_name[k + 1 :] for k, char in enumerate(folded_name) if char == " ")


def _under(m: Mentions, after: int) -> Span | None:
    """The body that `(thuộc X)`, `(trực thuộc X)` or a bare `thuộc X` right after a body places it under."""
    bracket = m.low[after : after + 1] == ["("]
    k = after + bracket
    k += m.low[k : k + 1] == ["trực"]
    if m.low[k : k + 1] != ["thuộc"]:
        return None
    parent = m.at(k + 1, ORG)
    return parent if parent is not None and (not bracket or m.low[parent.end : parent.end + 1] == [")"]) else None


def part_of(ctx: Context) -> None:
    """partOf from nested names (Convention 3): the parent's full name ends the child's name or mention, or
    starts a branch's (`… chi nhánh …`)."""
    m = ctx.m
    orgs = m.of(ORG, nested=True)
    for parent in m.nested_orgs:  # `Ban Chấp hành Đảng bộ xã`: a local body named, scope left implicit, at the end
        child = m.covering.get(parent.start)
        if child is None or child.end != parent.end or child.start == parent.start or m.label_at[child.start] != ORG:
            continue
        if m.low[parent.end - 1] not in _SCOPE_WORDS:
            continue  # `Ban Tuyên giáo Trung ương`: `Trung ương` there is no parent's name
        if m.name_of(child) != m.name_of(parent):
            ctx.add(child, "partOf", parent, ctx.sents[sentence_of(ctx, child.start)])
    names = {m.name_of(o): o for o in orgs}
    parents = list(names.items())
    by_fold: dict[str, list[int]] = {}
    for n, (pname, _) in enumerate(parents):
        by_fold.setdefault(folded(pname), []).append(n)
    folds = frozenset(by_fold)
    for child in orgs:
        cname = m.name_of(child)
        sent = ctx.sents[sentence_of(ctx, child.start)]
        ends = folds & (_tails(folded(cname)) | _tails(folded(m.text(child.start, child.end))))
        if len(ends) > 1:  # the nearest parent only: `Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam`, not the Front
            ends = {tail for tail in ends if not any(other != tail and other.endswith(" " + tail) for other in ends)}
        for n in sorted({n for tail in ends for n in by_fold[tail]}) if ends else ():
            if parents[n][0] != cname:
                ctx.add(child, "partOf", parents[n][1], sent)
        stem, branch, _ = cname.partition(" chi nhánh ") if " chi nhánh " in cname else cname.partition(" - Chi nhánh ")
        if branch and stem in names:  # `Ngân hàng Chính sách xã hội chi nhánh tỉnh X`: a branch is a unit of its bank
            ctx.add(child, "partOf", names[stem], sent)
        if cname.startswith("Chi nhánh ") and (stem := cname[10 : cname.rfind(" tại ")]) in names:
            ctx.add(child, "partOf", names[stem], sent)  # `Chi nhánh Phòng Thương mại … tại Hà Nội`
        if folded(cname).startswith("đoàn đại biểu quốc hội "):  # Convention 3: Đoàn ĐBQH tỉnh X → Quốc hội
            ctx.add(child, "partOf", names.get("Quốc hội"), sent, literal="Quốc hội")
        after = child.end
        if (parent := _under(m, after)) is not None:  # `Trung đoàn 737 (thuộc Bộ CHQS tỉnh)`
            ctx.add(child, "partOf", parent, sent)
        if after + 1 < len(m.low) and m.low[after] == "của" and (parent := m.at(after + 1, ORG)) is not None:
            if any(m.matches(child.start, u) for u in cues().part_units):
                ctx.add(child, "partOf", parent, sent)

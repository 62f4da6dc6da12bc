"""Event roles of persons (chairs, attends, directs, speaksAt) from cues, guest lists and intro phrases."""

from __future__ import annotations

from spacy.tokens import Span

from kgnews.nlp import positions
from kgnews.nlp.cues import cues
from kgnews.nlp.mentions import LOC, ORG, PERSON, Mentions
from kgnews.nlp.relation_context import Context, event_after, event_at, event_before, sentence_of, title_start

#: The predicates each cue kind states.
ROLE_CUES = {"chairs": ("chairs",), "chairs_listed": ("chairs",), "attends": ("attends",),
             "attends_listed": ("attends",), "visits": ("attends",),
             "attends_and_directs": ("attends", "directs"), "directs_and_speaks": ("directs", "speaksAt"),
             "directs": ("directs",), "speaks": ("speaksAt",)}


def event_roles(ctx: Context, sent: Span, chain_end: dict[int, int]) -> None:
    """chairs / attends / directs / speaksAt from cues, lists and intro phrases of one sentence."""
    lo, hi, c, m = sent.start, sent.end, cues(), ctx.m
    last: list[Span] = []
    for start, end, kind in c.find(m, lo, hi, *ROLE_CUES):
        if kind == "attends" and end < hi and m.low[end] in c.not_presence:
            continue
        event = _visit(ctx, start, end) if kind == "visits" else event_after(ctx, end, hi)
        if kind == "visits" and event is None:
            continue  # a visit that is no event of its own (`Dịp này, đoàn đến thăm …`) is not presence at another
        subjects = _listed(ctx, start, end, hi) if kind != "speaks" else []
        if not subjects and end + 1 < hi and m.low[end] == "của":  # `dưới sự chủ trì của đồng chí X`
            subjects = [p for p in m.of(PERSON, end + 1, hi) if p.start <= end + 4][:1]
        if kind.endswith("_listed") and not subjects:
            continue
        if not subjects:
            subjects = _subjects(ctx, lo, start, chain_end)
            before = positions.skip_back(m, title_start(ctx, subjects[0]), lo)[0] - 1 if subjects else -1
            if subjects and before >= lo and m.low[before] == "do":
                event = event_before(ctx, lo, before) or event
        if not subjects and start > lo and "và" in m.low[max(lo, start - 2) : start]:
            subjects = last
        event = event or ctx.main_event
        for person in subjects:
            for pred in ROLE_CUES[kind]:
                ctx.add(person, pred, event, sent)
        last = subjects or last
    _intro_speakers(ctx, sent)


def _visit(ctx: Context, start: int, end: int) -> Span | None:
    """The visit a visiting cue opens (`đến thăm, chúc Tết …`, `thăm và làm việc với …`): the event its own words
    begin, or one named right after it."""
    return next((e for k in range(start, end + 1) if (e := event_at(ctx, k)) is not None), None)


def _subjects(ctx: Context, lo: int, cue: int, chain_end: dict[int, int]) -> list[Span]:
    """The persons whose name (and appositive titles) end just before a cue: `A và B chủ trì`."""
    m, gap = ctx.m, cues().subject_gap
    persons = m.of(PERSON, lo, cue)
    for person in reversed(persons):
        end = chain_end.get(person.start, person.end)
        if end > cue:
            continue
        head = positions.skip_back(m, title_start(ctx, person), lo)[0]
        if head > lo and m.low[head - 1] in {"của", "lời", "cho", "tặng", "với"}:
            return []  # `lời dạy của Chủ tịch X`, `tặng quà cho ông Y`: not who speaks
        between = [i for i in range(end, cue) if m.covering_label.get(i) in {None, ORG, LOC}]
        units = {m.covering[i].start if i in m.covering else i for i in between}
        near = len(units) <= 4 and all(m.low[i] in gap or i in m.covering for i in between)
        if not near and not _loose_apposition(m, head, end, cue, lo):
            return []
        subjects = [person]  # and those joined before it: `A và B`, `A, B`, `A, <titles>; B, <titles> dự`
        while (joint := _joint_before(ctx, subjects[0], lo)) >= lo and m.low[joint] in {"và", ",", ";"}:
            previous = [p for p in persons if chain_end.get(p.start, p.end) == joint]
            if not previous:
                break
            subjects.insert(0, previous[-1])
        return subjects
    return []


def _joint_before(ctx: Context, person: Span, lo: int) -> int:
    """The token before a person's name, its honorific and any title before it: `A và [đồng chí] B, <titles>`."""
    return positions.skip_back(ctx.m, min(title_start(ctx, person), person.start), lo)[0] - 1


def _loose_apposition(m: Mentions, head: int, end: int, cue: int, lo: int) -> bool:
    """`Thượng tá X, <an apposition the title grammar did not read>, đề nghị`: a clause-initial subject."""
    return (
        (head == lo or m.low[head - 1] in {",", ";", ":"})
        and end < cue <= end + 24
        and m.low[end] == ","
        and not {";", ":", ".", "“", "\""} & set(m.low[end:cue])
        and not any(m.covering_label.get(i) == PERSON for i in range(end, cue))
    )


def _listed(ctx: Context, start: int, end: int, hi: int) -> list[Span]:
    """`Dự hội nghị có các đồng chí: A, …; B, …`: the persons listed after `có`/`gồm`."""
    m, links = ctx.m, cues().phrases["list_links"]
    if m.of(PERSON, _clause_start(ctx, start), start):
        return []
    for j in range(end, min(end + 12, hi)):
        if m.at(j, PERSON) is not None:
            return []
        for link in links.starting(m.low, j):
            if m.matches(j, link):
                return m.of(PERSON, j + len(link), hi)
    return []


def _clause_start(ctx: Context, j: int) -> int:
    lo = ctx.ranges[sentence_of(ctx, j)][0]
    while j > lo and ctx.m.low[j - 1] not in {";", ":"}:
        j -= 1
    return j


def _intro_speakers(ctx: Context, sent: Span) -> None:
    """`Phát biểu tại hội nghị, đồng chí X …`: an intro phrase, then its speaker; `phát biểu của X`."""
    m, lo, hi = ctx.m, sent.start, sent.end
    for start, end, kind in cues().find(m, lo, hi, "speech_intros", "directs_and_speaks", "speech_of",
                                        "speech_according"):
        if kind == "speech_according":  # `Theo ông X, …` opening a sentence: what X said at the event
            person = m.at(end, PERSON) if start == lo else None
            if person is not None and m.low[person.end : person.end + 1] == [","]:
                ctx.add(person, "speaksAt", ctx.main_event, sent)
            continue
        if kind == "speech_of":
            person = m.at(end, PERSON) or next((p for p in m.of(PERSON, end, min(end + 4, hi))), None)
            ctx.add(person, "speaksAt", ctx.main_event, sent)
            continue
        if start > lo and not (m.low[start - 1] == "," and "," in m.low[end : end + 7]):
            continue
        person = next(iter(m.of(PERSON, end, hi)), None)
        head = positions.skip_back(m, title_start(ctx, person), end)[0] if person is not None else end
        if head <= end or m.low[head - 1] != "," or cues().find(m, end, head - 1, "speaks", "intro_blockers"):
            continue  # `Báo cáo của UBND tỉnh cho thấy, ông X …`: the intro has its own verb
        event = event_after(ctx, end, hi) or ctx.main_event
        for pred in ("directs", "speaksAt") if kind == "directs_and_speaks" else ("speaksAt",):
            ctx.add(person, pred, event, sent)

"""heldIn: where an event is held (`tại <nơi>`, `điểm cầu <nơi>`, an event's `location` attribute)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span

from kgnews.nlp import positions
from kgnews.nlp.cues import EVENT, cues
from kgnews.nlp.mentions import LOC, PERSON, Mentions, folded, where
from kgnews.nlp.relation_context import Context, event_at, event_before, event_in, is_frame, sentence_of


def venues(ctx: Context, sent: Span) -> None:
    """heldIn: `điểm cầu <nơi>`, `tại <nơi>, … tổ chức <sự kiện>`, `<sự kiện> … khai mạc … tại <nơi>`."""
    m, c = ctx.m, cues()
    places = m.of(LOC, sent.start, sent.end)
    if not places:
        return
    organise = c.find(m, sent.start, sent.end, "organise")
    bridged = None
    for place in places:
        k = _admin_start(ctx, place)
        lead = m.low[k - 1] if k > sent.start else ""
        bridge = _bridge_between(m, max(sent.start, k - 5), k)
        event = None
        if bridge and (lead in {"tại", "ở", "cầu", "chính"}):
            event = event_in(ctx, sent.start, sent.end) or ctx.main_event
        elif lead in {"tại", "ở"}:
            event = _venue_of(ctx, sent, organise, place, k) or _stop_of_visit(ctx, sent, k)
        elif (building := _building_before(m, sent.start, k)) is not None:
            event = _venue_of(ctx, sent, organise, place, building)
        elif k - 3 >= sent.start and m.matches(k - 3, ("trên", "địa", "bàn")):  # `… 60 điểm cầu trên địa bàn tỉnh X`
            if bridged is None:
                bridged = _bridge_between(m, sent.start, k - 3)
            event = (event_in(ctx, sent.start, sent.end) or ctx.main_event) if bridged else None
        ctx.add(event, "heldIn", place, sent)


#: What a visit's stops are: `đoàn đã kiểm tra tại xã X`, `đoàn đến thăm … tại phường Y`.
_VISITS = ("buổi làm việc", "buổi kiểm tra", "chuyến thăm", "chuyến kiểm tra", "buổi thăm")


def _stop_of_visit(ctx: Context, sent: Span, k: int) -> Span | None:
    """`Trước đó, đoàn đã kiểm tra tại xã X`: where the delegation went is where the visit the article reports was."""
    m, event = ctx.m, ctx.main_event
    if event is None or not folded(m.name_of(event)).startswith(_VISITS):
        return None
    return event if "đoàn" in m.low[max(sent.start, k - 8) : k] and not m.of(EVENT, sent.start, sent.end) else None


def _building_before(m: Mentions, lo: int, k: int) -> int | None:
    """`tại Nhà Quốc hội, Hà Nội`, `tại Trung tâm Hội nghị Quốc gia (Hà Nội)`, `tại Quảng trường thị trấn X`: the
    place at token k follows a named building after `tại` (set apart by a comma or a bracket, or a few words
    right before it); the building's first token, else None."""
    apart = m.low[k - 1] in {",", "("}
    last = k - 1 if apart else k
    for j in range(last - 1, max(lo, last - (7 if apart else 3)), -1):
        if m.low[j - 1] == "tại":
            named = apart or not any(i in m.covering for i in range(j, k))  # words right before: no name inside
            named = named and not m.of(LOC, j, last) and not m.of(PERSON, j, last)
            return j if named and m.texts[j][:1].isupper() else None
        if not m.low[j].isalpha():
            return None
    return None


def _bridge_between(m: Mentions, lo: int, hi: int) -> bool:
    """`điểm cầu` (a linked venue) starts at a token in [lo, hi); the doc's few are found once."""
    starts = m.cache.get("bridges")
    if starts is None:
        low = m.low
        starts = m.cache["bridges"] = [j for j in where(low, {"điểm"}) if low[j + 1 : j + 2] == ["cầu"]]
    n = bisect_left(starts, lo)
    return n < len(starts) and starts[n] < hi


def _venue_of(ctx: Context, sent: Span, organise: list, place: Span, k: int) -> Span | None:
    """The event held `tại <nơi>`: organised right after it, named just before it, or introduced by the sentence."""
    m = ctx.m
    later = [o for o in organise if o[0] > place.end]
    start = later[0][1] if later else sent.end
    event = next((e for j in range(start, min(start + 6, sent.end)) if (e := event_at(ctx, j))), None)
    if event is not None:
        return event
    before = event_before(ctx, sent.start, k)
    if before is not None and is_frame(ctx, before):  # `chương trình Kỳ họp …, tại Hà Nội, Đoàn … thảo luận tại tổ`
        before = event_in(ctx, place.end, sent.end) or before
    if before is not None and k - before.end <= 10 and "," not in m.low[before.end : k]:
        return before
    held = next((o for o in reversed(organise) if o[1] < k and _dates_only(m, o[1], k - 1)), None)
    if held is not None:  # `<sự kiện> … do <cơ quan> tổ chức ngày 13/1 tại Hà Nội`, `diễn ra từ ngày … tại`
        event = event_before(ctx, sent.start, held[0])
        if event is not None and held[0] - event.end <= 20 and not (
            ";" in m.low[event.end : held[0]] or m.of(PERSON, event.end, held[0])
        ):
            return event
    if place.end + 1 < sent.end and m.low[place.end] == "," and (event := event_at(ctx, place.end + 1)) is not None:
        return event  # `Sau 2 ngày làm việc (14 - 15/10), tại thành phố X, Đại hội … bế mạc`
    if _leading(m, sent.start, k - 1):  # `Chiều 4/6, tại xã X, <chủ thể> … có buổi làm việc …`
        return event_in(ctx, place.end, sent.end)
    early = [o for o in organise if o[1] <= k]
    if early and sentence_of(ctx, sent.start) <= 1:  # the lead: `… tổ chức hội nghị quán triệt <văn bản> … tại X`
        o = early[-1]
        event = next((e for j in range(o[1], min(o[1] + 6, k)) if (e := event_at(ctx, j))), None)
        if event is not None and k - event.end <= 40 and ";" not in m.low[event.end : k]:
            return None if m.of(PERSON, event.end, k) else event
    return None


_TIME_WORDS = frozenset({"sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm", "nay", "qua", "vào", "mới", "đây",
                         "tháng", "năm", "thứ", "hai", "ba", "tư", "sáu", "bảy", "chủ", "nhật", "từ", "đến", "cuối", "đầu",
                         "/", ",", "-", "–", "(", ")"})


def _dates_only(m: Mentions, i: int, j: int) -> bool:
    """Tokens [i, j) are a date or time phrase (`ngày 13/1`, `từ ngày 20/5 đến ngày 14/6/2019`), at most 16 tokens."""
    return j - i <= 16 and all(m.low[t] in _TIME_WORDS or m.low[t].isdigit() for t in range(i, j))


def _leading(m: Mentions, lo: int, j: int) -> bool:
    """Token j opens the sentence, after at most a time phrase and a comma (`Sáng 9/9, tại …`)."""
    return j == lo or (m.low[j - 1] == "," and _dates_only(m, lo, j))


def located(ctx: Context) -> None:
    """heldIn for an event whose `location` attribute names a place the text introduces with `tại`/`ở`."""
    m = ctx.m
    venues: dict[str, Span] = {}
    for place in m.of(LOC):
        k = place.start if m.low[place.start - 1 : place.start] in (["tại"], ["ở"]) else _admin_start(ctx, place)
        if k > 0 and m.low[k - 1] in {"tại", "ở"}:
            venues.setdefault(m.name_of(place), place)
    if not venues or not Span.has_extension("kg_attrs"):
        return
    seen = set()
    for event in m.of(EVENT):
        name = m.name_of(event)
        if name in seen:
            continue
        seen.add(name)
        place = venues.get((event._.kg_attrs or {}).get("location") or "")
        if place is not None:
            ctx.add(event, "heldIn", place, ctx.sents[sentence_of(ctx, place.start)])


def _admin_start(ctx: Context, place: Span) -> int:
    """Where `thành phố Vinh`, `thị trấn Kiến Giang` begins (the administrative word before the name)."""
    for adm in positions.lexicon().admin.ending(ctx.m.low, place.start):
        if place.start - len(adm) >= 0 and ctx.m.matches(place.start - len(adm), adm):
            return place.start - len(adm)
    return place.start

"""Events: conferences, congresses, sessions, ceremonies, working sessions, with their dates."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kgnews.nlp import body_grammar as g
from kgnews.nlp.dates import DateMention, find_dates
from kgnews.nlp.gazetteer import WORD_EDGE_R, alternation, edge_alternation, load
from kgnews.nlp.spans import Component, add, mentions, text_of

LABEL = "Event"
_ORDINAL = re.compile(r"(?:lần )?thứ ([IVXLC]+|\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: \w+)?)"
                      r"|^\w+ \w+ ([IVXLC]+)(?!\w)")  # or a Roman numeral right after the kind: `Đại hội XII`
#: `.`, `!` or `?` before white space, or a line break (written to start with a character set: a fast scan).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s))")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{4})?")
_DATE_AFTER = re.compile(r"(?:,? [^.;:\n]{0,60}?)? (?:dự kiến |sẽ |đã |được )?(?:khai mạc|diễn ra|tổ chức|bắt đầu)(?: vào)? ")
_NAME_STOP = re.compile(r"[.,;:!?“”\"()\n]| - ")
#: After a stop, what still belongs to the name: a quoted subject, a term, the body in session.
_NAME_TAIL = re.compile(
    r" ?[“\"][^”\"\n]{3,200}[”\"]|,? nhiệm kỳ \d{4} ?[-–] ?\d{4}|, (?:Quốc hội|HĐND|Hội đồng nhân dân)[^,.;:\n]{0,40}? khóa [IVXLC]+"
)
#: Kinds of event a bare mention may name when the lead sentence is dated.
#: Sittings of a council's session, named without a number: mentions of the session (`tiếp tục chương trình Kỳ họp
#: thứ 2 với phiên chất vấn`), not events of their own.
_SITTINGS = frozenset({"phiên chất vấn", "phiên giải trình"})
_LEAD_KINDS = ("hội nghị", "hội thảo", "kỳ họp", "phiên họp", "lễ", "làm việc", "tọa đàm")


@dataclass
class Event:
    """An event being collected."""

    kind: str
    name: str
    ordinal: str | None = None
    org: str | None = None
    date: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: Named as the frame of the day's event (`tiếp tục chương trình Kỳ họp thứ 4`): its place is not this one's.
    frame: bool = False
    #: The lead's event, named only later (`Sáng 20/8, tại phường X, đoàn … Kết luận buổi kiểm tra, …`): the lead
    #: sentence says where it was.
    lead: bool = False


@lru_cache(maxsize=None)
def trigger_regex() -> re.Pattern:
    forms = [f for fs in load("events.json")["event_kinds"].values() for f in fs]
    forms += [f[0].upper() + f[1:] for f in forms]
    return re.compile(edge_alternation(forms) + WORD_EDGE_R)


@lru_cache(maxsize=None)
def _kind_of() -> dict[str, str]:
    return {f: kind for kind, fs in load("events.json")["event_kinds"].items() for f in fs}


def _name_end(text: str, start: int, end: int) -> int:
    """Extend a trigger over the words that name the event, up to punctuation or a stop word; a comma between
    two verbs of what the event does with a document (`Hội nghị quán triệt, triển khai thực hiện Nghị quyết …`)
    does not end it."""
    pos = _name_run(text, end)
    while text.startswith(", ", pos) and _verb_list().match(text, pos) and text[:pos].endswith(_document_verbs()):
        pos = _name_run(text, pos + 1)
    return pos


@lru_cache(maxsize=None)
def _document_verbs() -> tuple[str, ...]:
    """What an event does with a document (`quán triệt`, `triển khai`…): the cues of `concerns`."""
    return tuple(f" {verb}" for verb in load("relation_cues.json")["concerns"])


@lru_cache(maxsize=None)
def _verb_list() -> re.Pattern:
    return re.compile(rf", (?:{alternation(load('relation_cues.json')['concerns'])})(?!\w)")


def _name_run(text: str, end: int) -> int:
    """Where the words after a trigger (or a list of its verbs) that name the event end."""
    stops = _name_stops()
    stop = _NAME_STOP.search(text, end)
    limit = stop.start() if stop else len(text)
    words = text[end:limit].split(" ")
    pos = end
    for index, word in enumerate(words[1:], start=1):
        two = " ".join(words[index : index + 2])
        if word in stops or two in stops or _DAY_MONTH.fullmatch(word) and words[index - 1] != "đợt":
            break  # a date ends the name, but for the batch it names (`Lễ trao Huy hiệu Đảng đợt 7/11`)
        if trigger_regex().match(text, pos + 1):
            break
        pos += len(word) + 1
        if index >= 25:
            break
    if text[pos : pos + 10] == " (mở rộng)":
        pos += 10
    while (tail := _NAME_TAIL.match(text, pos)) is not None:
        pos = tail.end()
    return pos


@lru_cache(maxsize=None)
def _frame_before() -> re.Pattern:
    """`tiếp tục chương trình Kỳ họp …`, `trong khuôn khổ Hội nghị …`: the frame of the day's event, not dated by it."""
    return re.compile(rf"(?:{alternation(load('events.json')['frame_words'])}) $")


@lru_cache(maxsize=None)
def _name_stops() -> frozenset[str]:
    """The stop words of a name, and `ở` before an administrative level (`hội nghị sơ kết ở huyện X`: its venue),
    as the name reads them, word by word or two at a time."""
    at_level = {f"ở {level.split()[0]}" for level in g.level_words()}
    return frozenset(load("events.json")["name_stopwords"]) | at_level


@lru_cache(maxsize=8)
def _boundaries(text: str) -> tuple[list[int], list[int]]:
    marks = list(_SENTENCE_END.finditer(text))
    return [m.start() for m in marks], [m.end() for m in marks]


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`: from the last sentence end before it to the next one."""
    starts, ends = _boundaries(text)
    index = bisect.bisect_right(ends, pos)
    start = ends[index - 1] if index else 0
    later = bisect.bisect_left(starts, pos)
    return start, starts[later] if later < len(starts) else len(text)


@lru_cache(maxsize=None)
def _generic_after() -> re.Pattern:
    return re.compile(rf" (?:\S+ )?(?:{alternation(load('events.json')['generic_after'])})(?!\w)")


_PLURAL_BEFORE = re.compile(r"(?:các|những|nhiều|mỗi) $")
#: `Đây là kỳ họp chuyên đề thứ ba …`: a description of the event in hand, not another one.
_DESCRIBED = re.compile(r"(?:[Đđ]ây|[Đđ]ó) (?:cũng |sẽ )?là $")


#: `Trung tâm Hội nghị quốc gia`, `Trụ sở Tiếp công dân`, `Ban Tiếp công dân`: a building or body named after
#: the events held there.
_VENUE_BEFORE = re.compile(r"(?:Trung tâm|Cung|Nhà|Trụ sở|Ban) $")


def _is_generic(text: str, start: int, end: int) -> bool:
    """`các hội nghị`, `đại hội Đảng các cấp`: a class of events, not one; nor is the name of a building or body."""
    if _PLURAL_BEFORE.search(text[max(0, start - 8) : start]) or _VENUE_BEFORE.search(text, max(0, start - 10), start):
        return True
    return bool(_generic_after().match(text, end))


def _event_date(text: str, span: tuple[int, int], dates: list[DateMention], triggers: list[int]) -> str | None:
    """The sentence's date when this is its first event word after it, or a date after `khai mạc`."""
    start, end = span
    s_start, s_end = _sentence(text, start)
    before = [d for d in dates if s_start <= d.start < start]
    if before and not any(before[-1].end <= t < start for t in triggers):
        return before[-1].iso
    after = [d for d in dates if end <= d.start < s_end]
    if after and _DATE_AFTER.fullmatch(text[end : after[0].start]):
        return after[0].iso
    return None


def _after_document(text: str, date: DateMention, documents: list[tuple[int, int]]) -> bool:
    """A document's own date (`Chỉ thị số 30-CT/TW ngày 18/2/1998`) is not an event's."""
    return any(0 <= date.start - e <= 2 for _, e in documents)


def _same(events: list[Event], kind: str, ordinal: str | None, org: str | None, date: str | None) -> Event | None:
    for event in events:
        if event.kind != kind:
            continue
        if ordinal and event.ordinal == ordinal and (org is None or event.org == org):
            return event
        if not ordinal and date and event.date == date:
            return event
    return None


def _reference(events: list[Event], kind: str) -> Event | None:
    """What `hội nghị`, `buổi lễ`, `kỳ họp` refer to: the dated event of that kind, else the last one."""
    same = [e for e in events if e.kind == kind]
    dated = [e for e in same if e.date]
    return dated[0] if dated else (same[-1] if same else None)


_AT_BEFORE = re.compile(r"(?:tại|điểm cầu) $")
#: `tại X`, `tại phường X`: a place after `tại`, its administrative word before it or not (for the lead's event).
_AT_ADMIN_BEFORE = re.compile(r"tại (?:(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường|tỉnh) )?$")


def _location(places: list, text: str, start: int, at: re.Pattern = _AT_BEFORE) -> str | None:
    """The first place of the sentence after `tại` or `điểm cầu` (`places`: the Location mentions)."""
    s_start, s_end = _sentence(text, start)
    for span in places:
        if s_start <= span.start_char < s_end and at.search(text[max(0, span.start_char - 24) : span.start_char]):
            return span.name
    return None


def _org_inside(bodies: list, start: int, end: int) -> str | None:
    inside = [s for s in bodies if start <= s.start_char and s.end_char <= end]
    return max(inside, key=lambda r: r.end_char - r.start_char).name if inside else None


def _mention(bodies: list, text: str, m: re.Match, dates: list[DateMention], starts: list[int]) -> Event:
    """One event word read in context: its kind, name, ordinal, body, date."""
    kind = _kind_of()[m.group()[0].lower() + m.group()[1:]]
    name_end = _name_end(text, m.start(), m.end())
    name = " ".join(text[m.start() : name_end].replace("“", "").replace("”", "").replace('"', "").split())
    ordinal = _ORDINAL.search(name)
    org = _org_inside(bodies, m.start(), name_end)
    date = _event_date(text, (m.start(), name_end), dates, starts)
    number = ordinal.group(1) or ordinal.group(2) if ordinal else None
    return Event(kind, name[0].upper() + name[1:], number, org, date, [(m.start(), name_end)])


def find_events(doc: Doc, text: str) -> list[Event]:
    """The events of one article, each with every span that names it."""
    article = doc._.article
    published = article.published if article else None
    documents = [(s.start_char, s.end_char) for s in mentions(doc, "LegalDocument")]
    dates = [d for d in find_dates(text, published) if not _after_document(text, d, documents)]
    first_end = _sentence(text, 0)[1]
    lead = next((d.iso for d in dates if d.start < first_end), None)
    matches = [m for m in trigger_regex().finditer(text) if not _is_generic(text, m.start(), m.end())]
    # `tiếp tục chương trình Kỳ họp thứ 4, …, Đoàn ĐBQH thảo luận tại tổ`: the session frames the day's event
    frames = {m.start() for m in matches if _frame_before().search(text, max(0, m.start() - 24), m.start())}
    starts = [m.start() for m in matches if m.start() not in frames]
    events: list[Event] = []
    bodies = mentions(doc, "Organization")
    for m in matches:
        new = _mention(bodies, text, m, [] if m.start() in frames else dates, starts)
        initial = not text[_sentence(text, m.start())[0] : m.start()].strip()
        described = _DESCRIBED.search(text, max(0, m.start() - 14), m.start()) is not None
        named = not described and (new.ordinal or new.date or (m.group()[0].isupper() and not initial and len(new.name.split()) >= 4))
        event = _same(events, new.kind, new.ordinal, new.org, new.date)
        if event is not None:
            event.spans.extend(new.spans)
            event.date = event.date or new.date
        elif not new.ordinal and m.group().lower() in _SITTINGS and (session := _reference(events, "kỳ họp")):
            session.spans.append((m.start(), m.end()))  # `Kỳ họp thứ 2 … với phiên chất vấn`: a sitting of the session
        elif named:
            new.frame = m.start() in frames
            events.append(new)
        elif (ref := _reference(events, new.kind)) is not None:
            ref.spans.append((m.start(), m.end()))
        elif lead and new.kind in _LEAD_KINDS and not any(e.date == lead for e in events):
            # `Sáng 5/6, Tỉnh ủy họp … Tại hội nghị, …`: the lead's date is the meeting's
            name = m.group()[0].upper() + m.group()[1:]
            events.append(Event(new.kind, name, None, None, lead, [(m.start(), m.end())], lead=True))
    return events


@Language.factory("kgnews_events", assigns=["doc.ents", "doc.spans"], requires=[])
def make_events(nlp: Language, name: str) -> EventFinder:
    """Events with dates resolved against the article date; later mentions of one event joined."""
    return EventFinder(nlp, name)


class EventFinder(Component):
    """The `kgnews_events` component."""

    def find(self, doc: Doc) -> None:
        text = text_of(doc)
        places = mentions(doc, "Location")
        for event in find_events(doc, text):
            attrs = {"date": event.date} if event.date else {}
            location = None if event.frame else _location(places, text, event.spans[0][0])
            if location is None and event.lead:
                location = _location(places, text, 0, _AT_ADMIN_BEFORE)
            if location:
                attrs["location"] = location
            for start, end in event.spans:
                add(doc, start, end, LABEL, event.name, attrs)

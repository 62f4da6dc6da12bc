"""Title chains around person mentions: one post (holdsPosition) and membership (memberOf) per title."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span

from kgnews.nlp.mentions import LOC, ORG, PERSON, Mentions, Phrases, by_two, candidates, folded, load_data, words
from kgnews.nlp.post_scope import places_of, resolve

__all__ = ["LOC", "ORG", "PERSON", "Lexicon", "Mentions", "Post", "Title", "chain_after", "chain_before",
           "lexicon", "load_data", "parse_title", "posts", "resolve", "skip_back", "words"]
_CLOSERS = {",", ";", ":", ".", "(", ")", "\n"}
_STANDING = (["chuyên", "trách"], ["thường", "trực"])  # `Phó Chủ tịch thường trực`, `ĐBQH chuyên trách`


@dataclass(frozen=True)
class Title:
    """A title at tokens [start, end): a head and the body it names (if any)."""

    start: int
    end: int
    head: str
    body: Span | None = None
    status: str | None = None
    prefix: str | None = None  # literal replacing tokens [start, prefix_end) (ĐBQH, Tỉnh ủy viên)
    prefix_end: int = 0
    organization: str | None = None  # body named by the head itself (ĐBQH → Quốc hội)


@dataclass(frozen=True)
class Post:
    """A person holding a title, with the title resolved to a literal and its body's canonical name."""

    person: Span
    title: Title
    literal: str
    organization: str | None

    @property
    def member(self) -> bool:
        return self.organization is not None and self.title.status != "former"


class Lexicon:
    """The title grammar of `relation_titles.json`, as syllable sequences indexed by syllable."""

    def __init__(self, data: dict, posts: list[str] = ()):
        low = lambda items: Phrases(sorted({words(x.lower()) for x in items}, key=lambda s: (-len(s), s)))  # noqa: E731
        self.heads = sorted({words(h) for h in [*data["heads"], *posts]}, key=lambda s: (-len(s), s))
        self.heads_from = by_two(self.heads, lambda seq: seq)  # see `candidates`
        self.bare = {words(h) for h in data["bare"]}
        self.abbreviated = [(words(k), v) for k, v in data["abbreviated"].items()]
        self.authorities = data["authorities"]
        self.committees = Phrases(words(w.lower()) + ("viên",) for w in data["committee_members"])  # `Tỉnh ủy viên`
        self.status = data["status"]
        self.skippable = low(data["honorifics"] + data["ranks"])
        self.admin = low(data["admin_words"])
        self.appointment = low(data["appointment_cues"])
        cue_data = load_data("relation_cues.json")
        self.verbs = low([c for kind in ("chairs", "attends", "speaks", "directs_and_speaks") for c in cue_data[kind]])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Our title grammar, with the posts of the entity layer's titles lexicon (`titles.json`) as heads."""
    try:
        shared = load_data("titles.json").get("posts", [])
    except FileNotFoundError:
        shared = []
    return Lexicon(load_data("relation_titles.json"), shared)


def _qualifiers(m: Mentions, j: int) -> int:
    """Past the qualifiers closing a title: `khóa XV`, `chuyên trách`, `nhiệm kỳ …`, a place."""
    n = len(m.low)
    while j < n:
        if m.low[j] == "khóa" and j + 1 < n and (m.texts[j + 1].isupper() or m.texts[j + 1].isdigit()):
            j += 2
        elif m.low[j : j + 2] in _STANDING:
            j += 2
        elif m.at(j, LOC) is not None:
            j = m.at(j, LOC).end
        elif (adm := next((a for a in lexicon().admin.starting(m.low, j) if m.matches(j, a)), None)) and m.at(
            j + len(adm), LOC
        ):
            j = m.at(j + len(adm), LOC).end
        elif adm and _closes_title(m, j + len(adm)):  # `Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh;`: the bare scope word
            return j + len(adm)
        else:
            return j
    return j


def _closes_title(m: Mentions, j: int) -> bool:
    """A title may end before token j: a clause mark, the end, a name (after an honorific), or a verb of the
    roles (`… chuyên trách tỉnh cho biết`)."""
    return (j >= len(m.low) or (m.low[j] in _CLOSERS and j not in m.covering) or _names_next(m, j)
            or any(m.matches(j, verb) for verb in lexicon().verbs.starting(m.low, j)))


def _committee_member(m: Mentions, k: int) -> Title | None:
    """`Tỉnh ủy viên`, `Thành ủy viên`…: a member of the committee named before `viên`."""
    ent = m.at(k, ORG)
    if ent is not None and ent.end < len(m.low) and m.low[ent.end] == "viên":
        return Title(k, ent.end + 1, "Ủy viên", ent, prefix="Ủy viên " + m.name_of(ent), prefix_end=ent.end + 1)
    for member in lexicon().committees.starting(m.low, k):
        if m.matches(k, member):
            body = _committee_in_doc(m, " ".join(member[:-1]))
            if body is not None:
                end = k + len(member)
                return Title(k, end, "Ủy viên", prefix="Ủy viên " + body, prefix_end=end, organization=body)
    return None


def _committee_in_doc(m: Mentions, committee: str) -> str | None:
    """The canonical name of the doc's `Tỉnh ủy X` for a bare `tỉnh ủy`."""
    for ent in m.of(ORG):
        name = m.name_of(ent)
        if folded(name).startswith(committee + " "):
            return name
    return None


def parse_title(m: Mentions, i: int, until: int | None = None) -> Title | None:
    """The title starting at token i: [nguyên|quyền] head [body] qualifiers, or None.

    With `until` (where the title must end: a name, a comma), a head followed by an untagged
    capitalised body (`Giám đốc Trung tâm Y tế huyện`) is a title too, without a known body.
    """
    n, lex = len(m.low), lexicon()
    if i >= n or not may_start_title(m, i) or (i in m.covering and m.covering[i].start != i):
        return None
    status = lex.status.get(m.low[i]) if i + 1 < n else None
    k = i + 1 if status else i
    if k >= n or not m.texts[k][:1].isupper() or m.at(k, PERSON) is not None:
        return None
    for seq, (literal, org) in lex.abbreviated:
        if tuple(m.words[k : k + len(seq)]) == seq:
            end = k + len(seq)
            return Title(i, _qualifiers(m, end), literal, None, status, literal, end, org)
    deputy = m.low[k] == "phó" and k + 1 < n
    authority = m.at(k + 1 if deputy else k, ORG)
    if authority is not None and m.name_of(authority) in lex.authorities:  # `(Phó) Thủ tướng Chính phủ X`
        name = m.name_of(authority)
        post = f"Phó {name}" if deputy else name
        return Title(i, authority.end, post, None, status, post, authority.end, lex.authorities[name])
    found = _committee_member(m, k)
    if found is not None:
        return Title(
            i, _qualifiers(m, found.end), found.head, found.body, status, found.prefix, found.end, found.organization
        )
    return _headed_title(m, i, k, status, until)


def _headed_title(m: Mentions, i: int, k: int, status: str | None, until: int | None) -> Title | None:
    """A title whose head (`Bí thư`, `Giám đốc`…) starts at token k, with the body that follows it."""
    n, lex = len(m.low), lexicon()
    for seq in candidates(lex.heads_from, m.words[k], m.words[k + 1] if k + 1 < n else None):
        after = k + len(seq)
        if tuple(m.words[k:after]) != seq or any(j in m.covering for j in range(k + 1, after)):
            continue
        after += 2 if m.low[after : after + 2] in _STANDING else 0
        seq, after = _joint_head(m, seq, after)
        body = m.starting.get(after)
        body = body if body is not None and m.label_at[after] == ORG else None
        if body is not None:
            return Title(i, _qualifiers(m, body.end), " ".join(seq), body, status)
        if seq in lex.bare and (after >= n or not m.texts[after][:1].isupper() or m.at(after, PERSON)):
            return Title(i, after, " ".join(seq), None, status)
        if until is not None and _untagged_body(m, after, until):
            return Title(i, until, " ".join(seq), None, status)
    return None


def _joint_head(m: Mentions, seq: tuple[str, ...], after: int) -> tuple[tuple[str, ...], int]:
    """`Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam`: two heads of one body joined by a dash."""
    n = len(m.low)
    if after + 1 >= n or m.low[after] not in {"-", "–"}:
        return seq, after
    for other in candidates(lexicon().heads_from, m.words[after + 1], m.words[after + 2] if after + 2 < n else None):
        end = after + 1 + len(other)
        if tuple(m.words[after + 1 : end]) == other and m.label_at.get(end) == ORG:
            return (*seq, m.texts[after], *other), end
    return seq, after


def _untagged_body(m: Mentions, j: int, until: int) -> bool:
    """Tokens [j, until) read as a body's name the entity layer did not tag: capitalised, no name, no clause."""
    verbs = lexicon().verbs
    return (
        j < until <= j + 12
        and m.texts[j][:1].isupper()
        and not any(m.covering_label.get(i) == PERSON for i in range(j, until))
        and not {",", ";", ":", ".", "và", "gồm", "là"} & set(m.low[j:until])  # not `Đại hội gồm các đồng chí`
        and not any(m.matches(i, verb) for i in range(j, until) for verb in verbs.starting(m.low, i))
    )


def _boundary_before(m: Mentions, j: int, floor: int) -> int:
    """The first token of the comma segment that ends at token j (exclusive)."""
    i = j
    while i > floor and not (m.low[i - 1] in _CLOSERS and i - 1 not in m.covering):
        i -= 1
    return i


def skip_back(m: Mentions, j: int, floor: int) -> tuple[int, bool]:
    """Past honorifics and ranks just before a name; True when one was skipped (once per place and doc)."""
    key = ("skip_back", j, floor)
    found = m.cache.get(key)
    if found is None:
        found = m.cache[key] = _skip_back(m, j, floor)
    return found


def _skip_back(m: Mentions, j: int, floor: int) -> tuple[int, bool]:
    skippable = lexicon().skippable
    for seq in skippable.ending(m.low, j) if floor >= 0 else skippable:
        if j - len(seq) >= floor and m.matches(j - len(seq), seq):
            return j - len(seq), True
    return j, False


def may_start_title(m: Mentions, i: int) -> bool:
    """What every title starting at token i has, tested without parsing: a status word (`nguyên`) or a
    capital letter there (`parse_title` checks it first; `chain_before` tests it before calling)."""
    return m.texts[i][:1].isupper() or m.low[i] in lexicon().status


def chain_before(m: Mentions, person: Span, floor: int) -> list[Title]:
    """The comma chain of titles before a name (`Ủy viên Bộ Chính trị, Thường trực Ban Bí thư X`)."""
    end, skipped = skip_back(m, person.start, floor)
    apart = skipped and end > floor and m.low[end - 1] == ","
    end -= apart
    start = _boundary_before(m, end, floor)
    first = next((t for i in range(start, end) if may_start_title(m, i) and not (apart and m.low[i - 1 : i] in _ANOTHERS)
                  and (t := parse_title(m, i, end)) and t.end == end), None)
    if first is None:
        return []
    titles = [first]
    while titles[0].start - 1 > floor and m.low[titles[0].start - 1] == ",":
        seg_end = titles[0].start - 1
        seg_start = _boundary_before(m, seg_end, floor)
        starts = [seg_start, *(i for i in range(seg_start + 1, seg_end) if m.low[i - 1] in _CHAIN_OPENERS)]
        title = next((t for i in starts if (t := parse_title(m, i, seg_end)) is not None and t.end == seg_end), None)
        if title is None:
            break
        titles.insert(0, title)
    return titles


#: Words after which a title chain may open inside a clause: `đoàn công tác do Ủy viên Trung ương Đảng, Phó Thủ
#: tướng X làm trưởng đoàn`, `Dự có Ủy viên Bộ Chính trị, Bí thư Thành ủy X`.
_CHAIN_OPENERS = frozenset({"do", "có", "cùng", "với"})


_NOW = (["nay", "là"], ["hiện", "là"])
#: A title right after these, set apart from the name by a comma, is someone else's: `Thừa ủy quyền của Chủ tịch
#: nước, đồng chí X`, `Thay mặt …, đồng chí X` (but `tư tưởng của Chủ tịch Hồ Chí Minh`).
_ANOTHERS = (["của"], ["quyền"], ["mặt"])


def chain_after(m: Mentions, person: Span, ceiling: int) -> tuple[list[Title], int]:
    """The appositive titles after a name (`X, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện`) and their end."""
    titles, k = [], _skip_parenthesis(m, person.end, ceiling)
    if k + 1 < ceiling and m.low[k] in {"-", "–"}:  # `đồng chí X - Bí thư Tỉnh ủy`
        title = parse_title(m, k + 1)
        if title is None or title.end > ceiling:
            return [], k
        titles, k = [title], title.end
    while k + 1 < ceiling and m.low[k] == ",":
        now = 2 if m.low[k + 1 : k + 3] in _NOW else 0  # `nguyên Chủ tịch UBND huyện X, nay là Phó Chủ tịch …`
        title = parse_title(m, k + 1 + now, _segment_end(m, k + 1 + now, ceiling))
        if title is None or title.end > ceiling:
            org = m.at(k + 1, ORG)
            if titles and org is not None and org.end <= ceiling:  # `…, Công an tỉnh`: the body's parent
                k = org.end
                continue
            break
        if _names_next(m, title.end):  # `A, Chủ tịch nước B`: that title is B's
            break
        titles.append(title)
        k = title.end
        if m.low[k : k + 1] == ["thuộc"]:  # `Chi cục trưởng Chi cục Thủy lợi thuộc Sở cho biết`: the body's host
            host = m.at(k + 1, ORG)
            end = host.end if host is not None else next(
                (j for j in range(k + 1, min(ceiling, k + 12)) if not m.texts[j][:1].isupper()), k + 1)
            if k + 1 < end <= ceiling:
                k = end
    return titles, k


def _names_next(m: Mentions, j: int) -> bool:
    """A person's name (possibly after an honorific) starts at token j."""
    for seq in [(), *lexicon().skippable.starting(m.low, j)]:
        if m.matches(j, seq) and m.at(j + len(seq), PERSON) is not None:
            return True
    return False


def _segment_end(m: Mentions, k: int, ceiling: int) -> int | None:
    """Where an appositive segment closes (`,`, `;`, `(` or `cùng` outside names: `Giám đốc Agribank An Giang cùng
    200 hội viên`), if it does before the clause ends."""
    for j in range(k, min(ceiling, k + 14)):
        if m.low[j] in {",", ";", "cùng", "("} and j not in m.covering:
            return j
    return None


def _skip_parenthesis(m: Mentions, k: int, ceiling: int) -> int:
    if k < ceiling and m.low[k] == "(":
        close = next((j for j in range(k, min(ceiling, k + 15)) if m.low[j] == ")"), None)
        if close is not None:
            return close + 1
    return k


def _appointed(m: Mentions, person: Span, ceiling: int, chain_end: int) -> list[Title]:
    """`X được bầu lại giữ chức Chủ tịch …`, `X, Y được bầu giữ chức Phó Bí thư …`, `bổ nhiệm đồng chí X, Phó
    Trưởng Ban …, giữ chức Trưởng Ban …`: the post after an appointment cue, past the other names listed with the
    person's or past the person's present posts."""
    appointment = lexicon().appointment
    # past the name or the person's present posts, and a comma after them (`A, B được bầu`: a window of four
    # tokens from B reaches the cue even when B is not tagged as a person)
    last = chain_end
    while last + 1 < ceiling and m.low[last] in {",", "và"} and (other := m.at(last + 1, PERSON)) is not None:
        last = other.end
    last += 1 if last < ceiling and m.low[last] == "," else 0
    for j in range(last, min(last + 4, ceiling)):
        for cue in appointment.starting(m.low, j):
            if m.matches(j, cue) and (title := parse_title(m, j + len(cue))) is not None:
                return [title]
    return []


def posts(
    m: Mentions, sentences: list[tuple[int, int]], assembly: str | None = None
) -> tuple[list[Post], dict[int, int]]:
    """Every post stated for a person mention, and where each person's appositive chain ends.

    `assembly` is the council in session, the body of a bare `Đại biểu` (a delegate at its session).
    """
    places = places_of(m)
    found, used, chain_end = [], set(), {}  # used: tokens of titles already given to an earlier name
    for lo, hi in sentences:
        for person in m.of(PERSON, lo, hi):
            after, end = chain_after(m, person, hi)
            chain_end[person.start] = end
            titles = after + _appointed(m, person, hi, end if after else person.end)
            used.update(i for t in after for i in range(t.start, t.end))
            before = [t for t in chain_before(m, person, lo) if t.start not in used]
            for title in before + titles:
                literal, org = resolve(m, title, places)
                if org is None and title.head == "Đại biểu" and assembly:
                    literal, org = f"{literal} {assembly}", assembly
                found.append(Post(person, title, literal, org))
    return found, chain_end

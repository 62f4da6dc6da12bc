"""Posts a title gives beyond its own name: a title heading a list (`các ĐBQH: A, …; B, …`), a council delegate."""

from __future__ import annotations

from kgnews.nlp.mentions import PERSON, Mentions
from kgnews.nlp.positions import Post, Title, lexicon, parse_title, resolve, skip_back


def list_posts(m: Mentions, sentences: list[tuple[int, int]], assembly: str | None,
               places: dict[str, str]) -> list[Post]:
    """`có các ĐBQH: A, <titles>; B, <titles>`: the list head's title for every member; `đại biểu X` at a session."""
    found = []
    for lo, hi in sentences:
        head: Title | None = None
        names_only = False  # `các Phó Chủ tịch UBND tỉnh: A, B; đồng chí C, …`: names joined by commas, ended by `;`
        previous = None
        for person in m.of(PERSON, lo, hi):
            start = skip_back(m, person.start, lo)[0]
            before = m.low[start - 1] if start > lo else ""
            if before == ":":
                head, names_only = _list_head(m, start - 1, lo), False
            elif before == ";" and names_only:
                head, names_only = None, False
            elif before not in {";", ",", "và"}:
                head, names_only = _list_head(m, start, lo), False  # `các Phó Chủ tịch UBND tỉnh A, B`, else none
            elif before == "," and previous is not None and previous.end == start - 1:
                names_only = True
            previous = person
            title = head or _delegate(m, person, start, lo, assembly)
            if title is not None:
                literal, org = resolve(m, title, places)
                if title.head == "Đại biểu" and org is None:
                    literal, org = f"Đại biểu {assembly}", assembly
                found.append(Post(person, title, literal, org))
    return found


def _list_head(m: Mentions, colon: int, lo: int) -> Title | None:
    """`các ĐBQH:`, `các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy:`: a title right after `các`, ending at the colon
    (or at the first name of a list written without one)."""
    for i in range(colon - 1, max(lo, colon - 12) - 1, -1):
        if m.low[i] == "các":
            k = i + 1
            for seq in [(), *_honorifics(m, k)]:
                title = parse_title(m, k + len(seq), colon)
                if title is not None and title.end == colon:
                    return title
            return None
    return None


def _honorifics(m: Mentions, k: int) -> list[tuple[str, ...]]:
    return [seq for seq in lexicon().skippable.starting(m.low, k) if m.matches(k, seq)]


def _delegate(m: Mentions, person, start: int, lo: int, assembly: str | None) -> Title | None:
    """`đại biểu X` (lower case) at a people's council session: a delegate of that council."""
    if assembly is None or start != person.start or start - 2 < lo or m.low[start - 2 : start] != ["đại", "biểu"]:
        return None
    if m.texts[start - 2] != "đại":
        return None  # `Đại biểu X` is the title grammar's
    return Title(start - 2, start, "Đại biểu")

"""Posts a title gives beyond its own name: a title heading a list (`các ĐBQH: A, …; B, …`), a council delegate;
memberships a list head gives (`các đồng chí trong Ban Thường vụ Tỉnh ủy: A, …`)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kgnews.nlp.mentions import ORG, PERSON, Mentions
from kgnews.nlp.positions import Post, Title, lexicon, parse_title, resolve, skip_back


def from_lists(m: Mentions, sentences: list[tuple[int, int]], assembly: str | None,
               places: dict[str, str]) -> tuple[list[Post], list[tuple[Span, Span]]]:
    """What list heads give, in one walk of each sentence's persons: `có các ĐBQH: A, <titles>; B, <titles>`, the
    head's title for every member (and `đại biểu X` at a session); `các đồng chí trong Ban Thường vụ Tỉnh ủy: A, …`,
    `Đoàn ĐBQH tỉnh X gồm các đại biểu: A, …`, a membership of the body the head names (with no post of it)."""
    found, members = [], []
    for lo, hi in sentences:
        for person, start, head, body in _listed(m, lo, hi):
            title = head or _delegate(m, person, start, lo, assembly)
            if title is not None:
                literal, org = resolve(m, title, places)
                if title.head == "Đại biểu" and org is None:
                    literal, org = f"Đại biểu {assembly}", assembly
                found.append(Post(person, title, literal, org))
            if body is not None:
                members.append((person, body))
    return found, members


def _listed(m: Mentions, lo: int, hi: int) -> Iterator[tuple[Span, int, Title | None, Span | None]]:
    """Each person of the sentence [lo, hi) (with where its name and honorifics start) and the heads of the list
    it is in (a title, a body of members), read where a list opens: before a colon (its list goes on through `;`)
    or before the first name; names joined by commas (`A, B; đồng chí C, …`) end their list at `;`."""
    heads: tuple[Title | None, Span | None] = (None, None)
    names_only = False
    previous = None
    for person in m.of(PERSON, lo, hi):
        start = skip_back(m, person.start, lo)[0]
        before = m.low[start - 1] if start > lo else ""
        if before == ":":
            heads, names_only = _heads_ending(m, start - 1, lo), False
        elif before == ";" and names_only:
            heads, names_only = (None, None), False
        elif before not in {";", ",", "và"}:
            heads, names_only = _heads_ending(m, start, lo), False  # `các Phó Chủ tịch UBND tỉnh A, B`, else none
        elif before == "," and previous is not None and previous.end == start - 1:
            names_only = True
        previous = person
        yield person, start, *heads


def _heads_ending(m: Mentions, k: int, lo: int) -> tuple[Title | None, Span | None]:
    return _list_head(m, k, lo), _member_head(m, k, lo)


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


#: Between `các` (with its honorifics) and a body whose members are listed: `các đồng chí trong Ban Thường vụ`.
_MEMBERS_OF = (("trong",), ("thuộc",), ("là", "thành", "viên"), ("là", "ủy", "viên"))


#: `Đoàn ĐBQH tỉnh X gồm các đại biểu:`: after a body, the words that open the list of its members.
_COMPOSED_OF = (("gồm", "các", "đại", "biểu"), ("gồm", "các", "đồng", "chí"), ("gồm", "có", "các", "đồng", "chí"),
                ("gồm", "có", "các", "đại", "biểu"))


def _body_ending(m: Mentions, end: int, lo: int) -> Span | None:
    """The longest body that ends at token `end` (not the `Tỉnh ủy` inside a board's name)."""
    return next((body for i in range(max(lo, end - 12), end)
                 if (body := m.at(i, ORG)) is not None and body.end == end), None)


def _member_head(m: Mentions, end: int, lo: int) -> Span | None:
    """`các đồng chí trong Ban Thường vụ Tỉnh ủy`, `Đoàn ĐBQH tỉnh X gồm các đại biểu` ending at token `end`: the
    body."""
    for words in _COMPOSED_OF:
        k = end - len(words)
        if k > lo and tuple(m.low[k:end]) == words:
            return _body_ending(m, k, lo)
    body = _body_ending(m, end, lo)
    if body is None:
        return None
    i = body.start
    for word in _MEMBERS_OF:
        k = i - len(word)
        if k <= lo or not m.matches(k, word):
            continue
        for seq in [(), *lexicon().skippable.ending(m.low, k)]:
            j = k - len(seq)
            if j > lo and m.matches(j, seq) and m.low[j - 1] == "các":
                return body
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

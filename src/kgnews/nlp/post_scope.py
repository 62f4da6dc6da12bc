"""The literal of a post: the title as written, with the scope its body's canonical name adds (` Hà Tĩnh`)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from kgnews.nlp.mentions import LOC, ORG, Mentions, folded, load_data
from kgnews.nlp.text import modern_tones

if TYPE_CHECKING:
    from kgnews.nlp.positions import Title


_ADMIN_LAST = frozenset({"tỉnh", "phố", "huyện", "quận", "xã", "trấn", "phường"})


def places_of(m: Mentions) -> dict[str, str]:
    """Place names (canonical → as written in the article), longest first; provinces as themselves (once per doc)."""
    if "places" in m.cache:
        return m.cache["places"]
    written: dict[str, str] = {}
    for ent in m.of(LOC):
        written.setdefault(m.name_of(ent), " ".join(m.text(ent.start, ent.end).split()))
    found = m.cache["places"] = dict(_with_provinces(tuple(written.items())))
    return found


@lru_cache(maxsize=1 << 10)
def _with_provinces(written: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """The article's places, then the provinces it does not name, as themselves: longest first."""
    places = dict(written)
    for name in _province_names():
        places.setdefault(name, name)
    return tuple(sorted(places.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _province_names() -> tuple[str, ...]:
    data = load_data("provinces.json")
    return tuple(dict.fromkeys([*data.get("cities", ()), *data.get("provinces", ())]))


def _scope(surface: str, body: str, canonical: str, places: dict[str, str]) -> str:
    """What the body's canonical name adds to the written title: the scope left implicit (` Hà Tĩnh`)."""
    fb, fc = folded(body), folded(canonical)
    if fc.startswith(fb + " "):
        rest = canonical[len(body) :]  # `Sở Nội vụ` → ` tỉnh Bắc Giang`
    else:
        tail, words_c = fb.split()[-1], fc.split()
        idx = max((n for n, w in enumerate(words_c) if w == tail), default=None)
        extra = canonical.split()[idx + 1 :] if idx is not None else []
        # `Tỉnh đoàn` → `Đoàn Thanh niên … tỉnh Quảng Ninh`, `BCH Đảng bộ tỉnh` → `Tỉnh ủy Hải Dương`: only its place
        if extra and (len(extra) > 4 or extra[0].islower()):
            place = next((p for p in places if fc.endswith(" " + folded(p)) and _after_level(fc, folded(p))), None)
            extra = place.split() if place else []
        rest = " " + " ".join(extra) if extra else ""
    if not rest.strip() or folded(rest) in folded(surface):
        return ""
    for place, written in places.items():
        if place in rest:
            return rest.replace(place, written)
    return rest


def _after_level(canonical: str, place: str) -> bool:
    """The place ending a body's folded canonical name follows a level word or a committee (`… tỉnh Quảng Ninh`,
    `Tỉnh ủy Hải Dương`), not other words of a name (`Đoàn Thanh niên Cộng sản Hồ Chí Minh`)."""
    before = canonical[: -len(place) - 1].rsplit(" ", 1)[-1]
    return before in _ADMIN_LAST or before.endswith("ủy")


def resolve(m: Mentions, title: Title, places: dict[str, str]) -> tuple[str, str | None]:
    """The literal of a title (scope resolved) and the canonical name of its body."""
    surface = m.text(title.start, title.end)
    status = m.texts[title.start] + " " if title.status else ""
    if title.prefix is not None:
        rest = m.text(title.prefix_end, title.end) if title.prefix_end < title.end else ""
        organization = title.organization or (m.name_of(title.body) if title.body is not None else None)
        return " ".join(f"{status}{title.prefix} {rest}".split()), organization
    if title.body is None:
        return " ".join(surface.split()), None
    canonical = m.name_of(title.body)
    scope = _scope(surface, m.text(title.body.start, title.body.end), canonical, places)
    head = m.text(title.start, title.body.end)
    if scope:
        head = _without_parent_comma(m, title, head)
    tail = m.text(title.body.end, title.end) if title.body.end < title.end else ""
    if scope and tail and folded(scope.strip() + " ").startswith(folded(tail) + " "):
        tail = ""  # `Giám đốc Sở Tài chính tỉnh` + ` tỉnh Kiên Giang`: the scope already says it
    if not scope and tail:
        tail += _bare_scope(m, title, canonical, places)
    literal = " ".join(f"{head}{scope} {tail}".split())
    return (modern_tones(literal) if _mixed(head, scope) else literal), canonical


def _mixed(head: str, scope: str) -> bool:
    """Whether the scope writes in modern tones a word the title wrote old-style (`Uỷ viên Đoàn Chủ tịch` +
    ` Ủy ban Trung ương …`): the literal is then written in modern tones throughout, as a canonical name."""
    modern = set(scope.split())
    return any(modern_tones(word) in modern for word in head.split() if modern_tones(word) != word)


def _without_parent_comma(m: Mentions, title: Title, head: str) -> str:
    """`Phó Trưởng phòng X, Công an tỉnh` + scope: the comma before the parent body goes, as in its full name."""
    body = title.body
    comma = next((i for i in range(body.end - 2, body.start, -1) if m.low[i] == ","), None)
    parent = m.nested_at.get((comma + 1, ORG)) if comma is not None else None
    if parent is None or parent.end != body.end:
        return head
    return f"{m.text(title.start, comma)} {m.text(comma + 1, body.end)}"


def _bare_scope(m: Mentions, title: Title, canonical: str, places: dict[str, str]) -> str:
    """`… chuyên trách tỉnh` ending a title: the place the body's canonical name gives that word (` Gia Lai`)."""
    last = folded(m.texts[title.end - 1])
    if last not in _ADMIN_LAST:
        return ""
    words = canonical.split()
    for n in range(len(words) - 2, -1, -1):
        if folded(words[n]) == last:
            rest = " ".join(words[n + 1 :])
            return " " + places.get(rest, rest) if rest in places else ""
    return ""

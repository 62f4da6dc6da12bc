"""Locations: countries, provinces (gazetteer) and districts, communes, towns (by their administrative word)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kgnews.nlp import body_grammar as g
from kgnews.nlp.bodies import find_bodies
from kgnews.nlp.body_units import head_regex
from kgnews.nlp.gazetteer import WORD_EDGE_R, alternation, edge_alternation, edge_first, load, province_names, surnames
from kgnews.nlp.scope import numbered_place, place_name, scope_of
from kgnews.nlp.spans import Component, Ranges, add, mentions, overlaps, text_of
from kgnews.nlp.text import CAP, NAME_NUMBER, UPPER, canonical, modern_tones

LABEL = "Location"
_ADMIN = "huyện đảo|đặc khu|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|tỉnh|thủ đô|Huyện đảo|Đặc khu|Huyện|Quận|Thị xã|Thành phố|Xã|Phường|Thị trấn|Tỉnh|TP\\.|TP"


_CAPITAL_AFTER = re.compile(rf" {CAP}")
#: What makes an administrative word plural: `các`, `những`, a count in digits or words (not `năm`: also a year).
_COUNT = r"(?:[Cc]ác|[Nn]hững|\d+|[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)"
_PLURAL = re.compile(rf"(?<![\w]){_COUNT} $")
_LIST_ITEM = re.compile(rf"(?:, | và )(?P<name>{CAP}(?: {CAP}){{0,3}})(?![^\W_])")


@lru_cache(maxsize=None)
def gazetteer_regex() -> re.Pattern:
    """Provinces, cities and countries, longest first (`Lào Cai` before `Lào`)."""
    names = list(province_names()) + load("provinces.json")["countries"]
    return re.compile(edge_alternation(names, UPPER) + WORD_EDGE_R)


@lru_cache(maxsize=None)
def admin_regex() -> re.Pattern:
    return re.compile(rf"(?:{edge_first(_ADMIN.split('|'))}) ?(?P<name>\d+|{CAP}(?: (?:- )?{CAP}){{0,4}}{NAME_NUMBER}?)")


@lru_cache(maxsize=None)
def _foreign_regex() -> re.Pattern:
    """A foreign country right after a province's name: `tỉnh Hủa Phăn (Lào)`, `tỉnh X, Campuchia`."""
    return re.compile(rf"(?: \(| \(nước bạn |, | của | thuộc | nước bạn )(?:{alternation(load('provinces.json')['countries'])})(?![\w])")


@lru_cache(maxsize=None)
def _former() -> frozenset[str]:
    return frozenset(load("provinces.json")["former"])


def _not_a_country(text: str, m: re.Match) -> bool:
    """A country word that is part of a longer name (`Lào Cai`) or a common word (`Pháp lệnh`)."""
    data = load("provinces.json")
    if m.group() not in data["countries"]:
        return False
    if _CAPITAL_AFTER.match(text, m.end()):
        return True
    follow = text[m.end() :].split(" ", 2)[1:2] if text[m.end() : m.end() + 1] == " " else []
    return bool(follow and follow[0] in data["country_blockers"].get(m.group(), ()))


def _listed(text: str, pos: int, plural: bool = True, area: bool = False) -> list[tuple[int, int, str]]:
    """The other names of a list after a plural (`các huyện Đồng Văn, Mèo Vạc và Yên Minh`), or after a
    singular administrative word (`ở huyện Cần Giuộc, Cần Đước đã xuống cấp`) when each name has two words
    or more (`Lễ hội` is no place), ends where a list item does (punctuation, `và`, a lower-case word) and
    no body or person starts there (`_names_other`)."""
    found = []
    while (m := _LIST_ITEM.match(text, pos)) is not None:
        words = place_name(m.group("name").split())
        if not words:
            break
        name = " ".join(words)
        end = m.start("name") + len(name)
        if not plural and not (len(words) > 1 and _ITEM_END.match(text, end)
                               and not _names_other(text, m.start("name"), area)):
            break
        found.append((m.start("name"), end, canonical(name)))
        pos = end
    return found


#: Where a name in a list ends: punctuation, `và`, or a lower-case word.
_ITEM_END = re.compile(rf"$|[.,;:)]| và | [^\W\d_{UPPER}]")


def _names_other(text: str, pos: int, area: bool = False) -> bool:
    """A body (`Hội Nông dân`, `Ban Dân vận`) or a person starts at `pos`, not a place; in a list of an area
    (`các huyện vùng cao Mù Cang Chải, Trạm Tấu, Quan Sơn`) only a body read whole, not a name opening with a
    surname or a body's head word."""
    if not area and text[pos : text.find(" ", pos)] in surnames():
        return True
    whole = (g.local_regex(), g.central_regex(), g.sub_regex(), g.named_regex())
    return any(r.match(text, pos) for r in (whole if area else (*whole, head_regex())))


@lru_cache(maxsize=None)
def _area_words() -> tuple[str, ...]:
    return tuple(load("provinces.json")["area_words"]["words"])


@lru_cache(maxsize=None)
def _area_list_regex() -> re.Pattern:
    """`các huyện miền núi như Bá Thước, …`, `các xã biên giới Thông Thụ, …`: a plural administrative word, words
    of the kind of area, then the first name of the list; or what the places share, in lower case, then `là` or
    `gồm` (`3 xã đạt chuẩn nông thôn mới là Tiền Phong, …`)."""
    levels, areas = alternation(list(g.level_words())), alternation(list(_area_words()))
    shared = rf"(?: (?!là )(?![{UPPER}])[^\W\d_]+){{1,8}}? (?:là|gồm)"  # `đạt chuẩn nông thôn mới là`
    return re.compile(rf"(?<![\w]){_COUNT} (?:{levels})(?:(?: (?:{areas}))+(?: như| là| gồm)?|{shared}):?"
                      rf" (?P<name>{CAP}(?: {CAP}){{0,3}})(?![^\W_])")


def _area_lists(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The places listed after a plural administrative word and the kind of area (`_area_list_regex`); the names
    after the first are read as a list after a singular word is (two words or more, no body), though they may
    open with a surname (`Quan Sơn`)."""
    listed: list[tuple[int, int, str]] = []
    for m in _area_list_regex().finditer(text):
        words = place_name(m.group("name").split())
        if not words:
            continue
        start = m.start("name")
        end = start + len(" ".join(words))
        for place in [(start, end, canonical(" ".join(words))), *_listed(text, end, plural=False, area=True)]:
            if not any(place[0] < e and s < place[1] for s, e, _ in found + listed):
                listed.append((place[0], place[1], province_names().get(place[2], place[2])))
    return listed


def find_places(text: str, bodies: Ranges | None = None) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every place named in `text` (modern tone placement).

    With `bodies` (where body mentions are), a person-shaped name after an administrative word outside any body
    is the place's whole name (`sắp xếp phường Phùng Chí Kiên và xã X`: a ward named after a person)."""
    found: list[tuple[int, int, str]] = []
    for m in gazetteer_regex().finditer(text):
        if not _not_a_country(text, m):
            found.append((m.start(), m.end(), province_names().get(m.group(), m.group())))
    for m in admin_regex().finditer(text):
        numbered = m.group("name").isdigit()
        words = [m.group("name")] if numbered else numbered_place(m.group("name").split())
        if not numbered and bodies is not None and len(words) < len(run := m.group("name").split()) <= 4:
            if not bodies.overlaps(m.start(), m.start("name")) and _ITEM_END.match(text, m.end("name")):
                words = run
        name = " ".join(words)
        start, end = (m.start(), m.end("name")) if numbered else (m.start("name"), m.start("name") + len(name))
        province_level = m.group().lower().startswith("tỉnh")
        foreign = province_level and name not in province_names() and _foreign_regex().match(text, end)
        known = foreign or province_level and name in _former()  # or a province of the past: `tỉnh Bình Trị Thiên`
        if words and not numbered and (words[-1].isdigit() or len(words) > 1):
            # `phường Hà Giang 1` is not the province Hà Giang, `xã Thiện Mỹ` not the country Mỹ
            found = [p for p in found if not (start <= p[0] and p[1] <= end and (p[0], p[1]) != (start, end))]
        if words and not (province_level and name not in province_names() and not known) and not any(start < e and s < end for s, e, _ in found):
            found.append((start, end, text[start:end] if numbered else province_names().get(name, canonical(name))))
            plural = _PLURAL.search(text[max(0, m.start() - 8) : m.start()]) is not None
            if not numbered:
                found.extend(p for p in _listed(text, end, plural) if not any(p[0] < e and s < p[1] for s, e, _ in found))
    return sorted(found + _area_lists(text, found))


def _bare(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Later mentions of a place already named, without its administrative word (`của Lệ Thủy`)."""
    hits = sorted((start, -len(name), name) for name in names for start in _occurrences(text, name))
    found: list[tuple[int, int, str]] = []
    taken_ranges = Ranges(taken)
    for start, size, name in hits:
        end = start - size
        if (not found or start >= found[-1][1]) and not taken_ranges.overlaps(start, end):
            found.append((start, end, name))
    return found


def _occurrences(text: str, name: str) -> list[int]:
    """Where `name` stands as whole words in `text` (a few names per article: `str.find`, no regex to build)."""
    starts, pos = [], text.find(name)
    while pos >= 0:
        before, after = text[pos - 1 : pos] if pos else "", text[pos + len(name) : pos + len(name) + 1]
        if not _word_char(before) and not _word_char(after):
            starts.append(pos)
        pos = text.find(name, pos + 1)
    return starts


def _word_char(char: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_" or char in "'’")


def _title_places(title: str, scope) -> set[str]:
    """Places the title names outside any body's name."""
    title = modern_tones(title)
    inside = [(b.start, b.end) for b in find_bodies(title, scope)]
    return {n for s, e, n in find_places(title) if not overlaps(s, e, inside)}


@Language.factory("kgnews_places", assigns=["doc.ents", "doc.spans"], requires=[])
def make_places(nlp: Language, name: str) -> PlaceFinder:
    """Locations named on their own, or in the title, never only inside a body's name."""
    return PlaceFinder(nlp, name)


class PlaceFinder(Component):
    """The `kgnews_places` component."""

    def find(self, doc: Doc) -> None:
        text = text_of(doc)
        people = [(s.start_char, s.end_char) for s in mentions(doc, "Person")]
        bodies = [(s.start_char, s.end_char) for s in mentions(doc, "Organization")]
        article = doc._.article
        in_title = _title_places(article.title or "", scope_of(doc)) if article else set()
        people_ranges, body_ranges = Ranges(people), Ranges(bodies)
        places = [p for p in find_places(text, body_ranges) if not people_ranges.overlaps(p[0], p[1])]
        names = {n for _, _, n in places} | in_title
        places += [p for p in _bare(text, names, people + [(s, e) for s, e, _ in places])]
        standalone = {n for s, e, n in places if not body_ranges.overlaps(s, e)}
        for start, end, name in places:
            if name in standalone or name in in_title:
                add(doc, start, end, LABEL, name)

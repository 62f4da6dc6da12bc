"""Bodies outside the gazetteer: a head noun (`Ban`, `Hội`, `Phòng`, `Vụ`…) and a description, ended by a
level and scope (`Ban Dân tộc tỉnh X`), a named host body (`Phòng … Công an tỉnh X`) or a proper name (`Đại học Huế`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from kgnews.nlp import body_grammar as g
from kgnews.nlp.gazetteer import alternation, edge_first, load, surnames
from kgnews.nlp.scope import place_name
from kgnews.nlp.text import CAP, NAME_NUMBER, SYL, UPPER

#: A quoted name inside a description (`Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh X`): one word.
_QUOTED = r"“[^”\n]{1,100}”"
_WORD = re.compile(rf"{_QUOTED}|[Pp]hòng, chống|{SYL}|-")
_SCOPE = re.compile(rf" (?:\d{{1,2}}(?![\w/.,]\d)|{CAP}(?: (?:- )?{CAP}){{0,4}}{NAME_NUMBER}?)")
_ROMAN = re.compile(r"[IVXLC]+")
_LEADING_CLASS = re.compile(r"\[([^\W\d_]+)\](.*)", re.S)
#: After `xã`, the words that make it a common noun (`xã hội`, `xã viên`), not the commune level.
_NOT_A_COMMUNE = re.compile(r" (?:hội|viên|giao)(?!\w)")
#: `Trung ương` opening a parent's name (`Trung ương Đảng`, `Trung ương Hội …`), not a central board's level.
_CENTRAL_PARTY = re.compile(r"Trung ương (?:Đảng|Hội|Đoàn|Mặt trận|MTTQ)(?!\w)")
#: A place word right before a head makes it part of a place's name (`huyện Vụ Bản`, `thôn Hội Xuân`).
_PLACE_BEFORE = re.compile(r"(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|tỉnh|thôn|bản|làng|buôn|ấp|xóm|đường|phố) $")


class Found(NamedTuple):
    """A described body: `text[start:end]`, its name, and the host body named inside it (if any)."""

    start: int
    end: int
    name: str
    host: object | None = None


@lru_cache(maxsize=None)
def _data() -> dict:
    return load("bodies.json")["described"]


@lru_cache(maxsize=None)
def head_regex() -> re.Pattern:
    """A head noun, then a description: a first word with a capital, then words, `-` and `phòng, chống`."""
    data = _data()
    heads = sorted({*data["level"], *data["unit"], *data["named"]}, key=len, reverse=True)
    alternatives = [a for a in _plain_first(heads) if a[0] in UPPER + "pđ"]
    return re.compile(rf"(?P<head>{edge_first(alternatives)}) (?=[Pp]hòng, chống|{CAP})")


def _plain_first(forms: list[str]) -> list[str]:
    """The forms with a leading class of letters written out (`[Pp]hòng` → `Phòng`, `phòng`): each starts with
    a plain letter, for `edge_first`; the same matches, in the same order of preference."""
    plain = []
    for form in forms:
        m = _LEADING_CLASS.match(form)
        plain += [char + m.group(2) for char in m.group(1)] if m else [form]
    return plain


@lru_cache(maxsize=None)
def _desc_regex() -> re.Pattern:
    rest = rf"(?:,? (?:{_QUOTED}|[Pp]hòng, chống|-|{SYL}(?:-{SYL})?)){{0,{_data()['max_words']}}}"  # `COVID-19`
    return re.compile(rf"(?:[Pp]hòng, chống|{CAP}){rest}")


@lru_cache(maxsize=None)
def _kinds(section: str) -> re.Pattern:
    return re.compile("|".join(sorted(_data()[section], key=len, reverse=True)))


@lru_cache(maxsize=None)
def _level_regex() -> re.Pattern:
    levels = "|".join(sorted((re.escape(k) for k in g.levels()), key=len, reverse=True))
    return re.compile(rf"(?:{levels})(?![\w'’])")


def _is_a(section: str, text: str, start: int) -> bool:
    """The body at `start` begins with a head of `section` (`level`, `unit`, `named`, `host_first`, `provincial`)."""
    m = _kinds(section).match(text, start)
    return m is not None and text[m.end() : m.end() + 1] == " "


def find_described(text: str, known: set[int], body_at: Callable[[int], object | None], unit_at) -> list[Found]:
    """Every described body in `text` that does not start where a known body starts.

    `body_at(pos)` is the gazetteer body starting at `pos` (a `Body`, or None); `unit_at(level, run)` resolves a
    level and its following run to (unit name, characters used), as for gazetteer bodies.
    """
    found = []
    for m in head_regex().finditer(text):
        if m.start() in known or m.group("head")[0] == "p" and not text.endswith("rưởng ", 0, m.start()):
            continue  # lower-case `phòng` only after `Trưởng`
        if _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        result = _described_at(text, m, body_at, unit_at)
        if result is not None:
            found.append(result)
    return found


def _described_at(text: str, m: re.Match, body_at, unit_at) -> Found | None:
    desc = _desc_regex().match(text, m.end())
    words = [(w.start() + desc.start(), w.group()) for w in _WORD.finditer(desc.group())]
    if words[0][1] in _data()["not_first"].get(m.group("head").split()[0], ()):
        return None
    return _read(text, m.start(), words, body_at, unit_at)


@lru_cache(maxsize=None)
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that end a description, and the compounds a stop word may end (`nông thôn mới`)."""
    return frozenset(_data()["stopwords"]), frozenset(_data()["compounds"])


def _read(text: str, start: int, words: list[tuple[int, str]], body_at, unit_at) -> Found | None:
    """Walk the description to its level, host or final proper name; a comma ends it, except inside
    `phòng, chống …, …` (`Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh`)."""
    unit_ok, level_ok = _is_a("unit", text, start), _is_a("level", text, start)
    stop, compounds = _stop_words()
    listing = False
    for index, (pos, word) in enumerate(words):
        listing = listing or word.endswith("chống")
        if text.startswith(", ", pos - 2) and not (listing and word.islower()):
            host = body_at(pos) if _is_a("comma_unit", text, start) else None
            return _unit(text, start, pos, host) if host is not None else _named(text, start, words[:index])
        if word == "các" and _level_regex().match(text, pos + 4):
            return None  # `các tỉnh`, `các cấp`: a class, not a body
        if word in stop and not (index and f"{words[index - 1][1].lower()} {word}" in compounds):
            # but `nông thôn mới`, `An toàn giao thông` are a name's
            return _named(text, start, words[:index]) or _provincial(text, start, words[:index], unit_at)
        if index == 0 and not _is_a("host_first", text, start):
            continue
        if index and word == "Trung" and text.startswith("Trung ương", pos) and not _CENTRAL_PARTY.match(text, pos):
            end = pos + len("Trung ương")  # `Ban Chỉ đạo phòng, chống lụt, bão Trung ương`: the level, not its parent
            return Found(start, end, _surface(text, start, end))
        if unit_ok and word[0].isupper() and (host := body_at(pos)) is not None:
            return _unit(text, start, pos, host)
        if index > 0 and word[0].isupper() and (inner := head_regex().match(text, pos)):
            # another head: the host of a unit (`Ban Thường vụ Đảng ủy Quân sự tỉnh`), else the next of a list
            host = _described_at(text, inner, body_at, unit_at) if unit_ok and words[index - 1][1] != "và" else None
            if host is not None:
                return _unit(text, start, pos, host)
            return _named(text, start, words[: index - 1] if words[index - 1][1] == "và" else words[:index])
        if level_ok and index > 0 and (level := _level_regex().match(text, pos)):
            if level.group() == "xã" and _NOT_A_COMMUNE.match(text, level.end()):
                continue  # `xã hội`
            return _leveled(text, start, pos, level, unit_at)
    return _named(text, start, words) or _provincial(text, start, words, unit_at)


def _provincial(text: str, start: int, words: list, unit_at) -> Found | None:
    """`Chi cục Thủy lợi thuộc Sở`: a head that only a province has (`provincial`), described with no level,
    is the article's province's."""
    if not words or not _is_a("provincial", text, start) or not words[0][1][0].isupper():
        return None
    unit, _ = unit_at("tỉnh", None)
    if unit is None:
        return None
    end = words[-1][0] + len(words[-1][1])
    return Found(start, end, f"{_surface(text, start, end)} tỉnh {unit}")


def _surface(text: str, start: int, end: int) -> str:
    surface = text[start:end].rstrip(", ").replace("“", "").replace("”", "")
    surface = _abbreviation_regex().sub(lambda m: _data()["abbreviations"][m.group()], surface)
    return surface[0].upper() + surface[1:]


@lru_cache(maxsize=None)
def _abbreviation_regex() -> re.Pattern:
    """The abbreviations a description may hold (`MTQG`), each a whole word."""
    return re.compile(rf"(?<![\w-])(?:{alternation(list(_data()['abbreviations']))})(?![\w-])")


def _unit(text: str, start: int, host_start: int, host) -> Found:
    return Found(start, host.end, f"{_surface(text, start, host_start)} {host.name}", host)


def _leveled(text: str, start: int, pos: int, level: re.Match, unit_at) -> Found | None:
    scope = _SCOPE.match(text, level.end())
    unit, used = unit_at(level.group(), scope.group()[1:] if scope else None)
    if unit is None:
        return None
    end = level.end() + 1 + used if used else level.end()
    level_word = g.levels()[level.group()]
    return Found(start, end, f"{_surface(text, start, pos)} {level_word} {unit}")


def _named(text: str, start: int, words: list) -> Found | None:
    """`Đại học Huế`, `Ban Quản lý rừng phòng hộ Ia Grai`: a named head, words, then a proper name."""
    kind = _kinds("named").match(text, start)
    if not words or kind is None or text[kind.end() : kind.end() + 1] != " ":
        return None
    words = [(p, w) for p, w in words if p > kind.end()]
    capital = [i for i, (_, w) in enumerate(words) if w[0].isupper()]
    if not capital:
        return None
    # `Ban Quản lý` + description + the last proper name; the others: the proper name right after the head
    first = capital[-1] if text.startswith("Ban", start) else 0
    while text.startswith("Ban", start) and first > 0 and (words[first - 1][1][0].isupper() or words[first - 1][1] == "-"):
        first -= 1
    last = first
    while last < len(words) and (words[last][1][0].isupper() or words[last][1] == "-"
                                 or words[last][1].isdigit() and words[last - 1][1] == "-"):  # `COVID-19`
        last += 1
    names = [w for _, w in words[first:last]]
    if text.startswith("Ban", start):
        names = place_name(names)
    else:
        names = _before_a_person(names, 2 if text.startswith("Trường", start) else 1)
    while names and names[-1] == "-":
        names.pop()
    if not names or names[0] == "-":
        return None
    end = words[first + len(names) - 1][0] + len(names[-1])  # `COVID-19`: words joined without spaces too
    return Found(start, end, _surface(text, start, end))


def _before_a_person(words: list[str], least: int) -> list[str]:
    """`Vinh Nguyễn Văn A` → `Vinh`: a name stops where a person's full name (surname and two words) begins."""
    for index in range(least, len(words) - 2):
        if words[index] in surnames() and not _ROMAN.fullmatch(words[index]):
            return words[:index]
    return words

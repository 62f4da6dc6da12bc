"""Bodies: Party, State, Front and mass-organisation names, scope resolved, abbreviations expanded."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kgnews.nlp import body_grammar as g
from kgnews.nlp.body_units import find_described
from kgnews.nlp.gazetteer import WORD_EDGE_R, alternation, edge_first, load, province_kind, province_names, surnames
from kgnews.nlp.scope import Scope, numbered_place, scope_of
from kgnews.nlp.spans import Component, add, text_of
from kgnews.nlp.text import UPPER, modern_tones

LABEL = "Organization"
_PARTY_COMMITTEE = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy"}
#: Below the district (and everywhere after 2025) a Party committee is named `Đảng ủy <level> X`.
_COMMUNE_LEVELS = ("xã", "phường", "thị trấn", "đặc khu")
_GENERIC_AFTER = re.compile(r" (?:các|cấp)\b")
#: A post word that makes a following `Thường trực` part of the post (`Phó Chủ tịch Thường trực UBND tỉnh`,
#: `Thứ trưởng Thường trực Bộ Y tế`, `Phó trưởng ban Thường trực`).
_POST_BEFORE = re.compile(r"(?:Bí thư|Chủ tịch|Ủy viên|Trưởng [Bb]an|Trưởng Đoàn|Chủ nhiệm|Giám đốc|[Tt]rưởng) $")
_LIST_SEPARATOR = re.compile(r"(?:,| và| -) ")
#: A source credit (`(Báo Lai Châu)`, `Theo Báo X`): the source goes in metadata, it is not an entity.
_CREDIT_BEFORE = re.compile(r"(?:\(|\(Theo |Theo |Nguồn: ?)$")
_STANDING = re.compile(r"(?:Ban )?Thường trực ")
#: `Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh X`: the full-time qualifier of a post between a delegation and its province.
_FULL_TIME = re.compile(r" chuyên trách (?P<level>tỉnh|thành phố) (?P<scope>\w+(?: \w+){0,3})")
#: Between two posts of one person: `Bí thư Đảng ủy, Chủ tịch HĐND xã X` (the Party committee is the commune's).
_NEXT_POST = re.compile(r", (?:Phó )?(?:Bí thư|Chủ tịch|Chủ nhiệm|Trưởng [Bb]an|Trưởng|Chánh|Phó) ")
_INNER_ASSEMBLY = re.compile(r"Quốc hội|ĐBQH")
#: The next post of a title chain, up to its body: `Ủy viên Ban Thường vụ, Chủ nhiệm ` + `Ủy ban Kiểm tra Huyện ủy`.
_CHAINED_POST = re.compile(_NEXT_POST.pattern + r"(?:[^\W\d][\w]* ){0,2}")
_PARTY_COMMITTEES = tuple(f"{word} " for word in (*_PARTY_COMMITTEE.values(), "Đảng ủy"))


@dataclass(frozen=True)
class Body:
    """One body mention: `text[start:end]`, its canonical name, and its parent named inside it."""

    start: int
    end: int
    name: str
    parent: tuple[int, int, str] | None = None
    #: The parent as a body, when it has a parent of its own (`Vụ …, Ban Tổ chức Tỉnh ủy X`).
    inner: Body | None = None
    #: Named by its head alone, its scope taken from the article (`Đảng ủy` in a commune's article).
    implicit: bool = False


def _scope_name(level: str, run: str | None, scope: Scope) -> tuple[str | None, int]:
    """The unit named after a level word (or the article's own), and how many characters of `run` it uses."""
    if run:
        if level in ("tỉnh", "thành phố"):
            split, provinces = run.split(), province_names()
            for size in range(min(len(split), 5), 0, -1):
                words = " ".join(split[:size])
                if words in provinces and not _name_after(split, size):
                    return provinces[words], len(words)
            if level == "tỉnh":
                return scope.unit(level), 0
        words = numbered_place(run.split()) if not run.isdigit() else [run]
        if words:
            text = " ".join(words)
            return province_names().get(text, text), len(text)
    return scope.unit(level), 0


def _name_after(words: list[str], size: int) -> bool:
    """`Tỉnh ủy Hà Nam Khánh`: a surname-province followed by one word is a person's name."""
    return len(words) - size == 1 and words[0] in surnames()


def _subs(surface: str) -> tuple[list[str], int]:
    """Canonical names of the leading sub-units of a match, and the length they take."""
    names, pos = [], 0
    while True:
        match = g.sub_regex().match(surface, pos)
        if not match or match.end() >= len(surface) or surface[match.end()] != " ":
            return names, pos
        entry = g.entry_of(match.group(), g.subunits())
        names.append(entry.name)
        pos = match.end() + 1


def _host(m: re.Match, scope: Scope) -> tuple[str | None, int, g.Entry | None]:
    """The canonical host name and where it ends in the text."""
    if m.group("committee"):
        word = m.group("committee")
        level = load("bodies.json")["committees"][word]
        unit, used = _scope_name(level, m.group("cscope"), scope)
        end = m.start("cscope") + used if used else m.end("committee")
        return (_committee(word, unit) if unit else None), end, None
    if m.group("youth"):
        level = load("bodies.json")["youth_committees"][m.group("youth")]
        unit, used = _scope_name(level, m.group("yscope"), scope)
        end = m.start("yscope") + used if used else m.end("youth")
        return (f"Đoàn Thanh niên Cộng sản Hồ Chí Minh {level} {unit}" if unit else None), end, None
    if m.group("dept"):
        return _department(m, scope)
    return _head(m, scope)


def _department(m: re.Match, scope: Scope) -> tuple[str | None, int, None]:
    """`Sở Y tế` (scope of the article's province), `Bộ Nội vụ`, `Phòng Nội vụ huyện`."""
    kind, dept = m.group("dept"), m.group("deptname")
    dept = load("bodies.json")["department_abbreviations"].get(dept, dept)
    if kind == "Bộ":
        return f"Bộ {dept}", m.end("deptname"), None
    level = g.levels()[m.group("dlevel")] if m.group("dlevel") else None
    if level is None:
        level = "huyện" if kind == "Phòng" else (province_kind(scope.province) if scope.province else "tỉnh")
        unit, end = scope.unit(level), m.end("deptname")
    else:
        unit, used = _scope_name(level, m.group("dscope"), scope)
        end = m.start("dscope") + used if used else m.end("dlevel")
    return (f"{kind} {dept} {level} {unit}" if unit else None), end, None


def _head(m: re.Match, scope: Scope) -> tuple[str | None, int, g.Entry | None]:
    """A head with `Việt Nam` (national) or a level and scope (`UBND huyện X`, `Hội LHPN tỉnh`)."""
    entry = g.entry_of(m.group("head"), g.heads())
    if entry is None:
        return None, m.end(), None
    head = m.group("head")
    if head != entry.name and head.startswith(entry.name + " ") and head[len(entry.name) + 1 :].isdigit():
        entry = g.Entry(head, entry.pattern, entry.parent, entry.bare)
    if m.group("vn"):
        name = entry.name if entry.name.endswith("Việt Nam") else f"{entry.name} Việt Nam"
        return name, m.end("vn"), entry
    if m.group("level"):
        level = g.levels()[m.group("level")]
        unit, used = _scope_name(level, m.group("scope"), scope)
        end = m.start("scope") + used if used else m.end("level")
        return (f"{entry.name} {level} {unit}" if unit else None), end, entry
    if m.group("blevel") or m.group("bunit"):
        return _branch(m, entry, scope)
    if entry.bare == "party":
        level, unit = _party_unit(m, scope)
        return (f"{entry.name} {level} {unit}" if unit else None), m.end("head"), entry
    if entry.bare == "tỉnh" and (full_time := _FULL_TIME.match(m.string, m.end())):
        unit, _ = _scope_name(g.levels()[full_time.group("level")], full_time.group("scope"), scope)
        if unit is not None:  # the province named after the post's qualifier; the mention stays the head
            return f"{entry.name} {g.levels()[full_time.group('level')]} {unit}", m.end("head"), entry
    if entry.bare and scope.unit(entry.bare):
        level = province_kind(scope.province) if entry.bare == "tỉnh" else entry.bare
        return f"{entry.name} {level} {scope.unit(level)}", m.end("head"), entry
    return None, m.end(), entry


#: The higher commands a numbered unit is written with after a comma (`Sư đoàn 5, Quân khu 7`).
_COMMANDS = ("Quân khu", "Quân đoàn", "Quân chủng", "Binh chủng", "Bộ Tư lệnh", "Bộ Chỉ huy")
_NUMBERED_UNIT = re.compile(r"(?:Trung đoàn|Sư đoàn|Lữ đoàn|Tiểu đoàn|Hải đoàn|Binh đoàn) \d+\Z")


def _units_of_commands(text: str, kept: list[Body]) -> list[Body]:
    """`Sư đoàn 5, Quân khu 7`: a numbered unit and the command after its comma are one body, a unit of the command;
    the unit named alone elsewhere in the article is that body."""
    out: list[Body] = []
    full: dict[str, str] = {}
    for body in kept:
        unit = out[-1] if out else None
        if (unit is not None and _NUMBERED_UNIT.match(unit.name) and body.start == unit.end + 2
                and text.startswith(", ", unit.end) and body.name.startswith(_COMMANDS)):
            full[unit.name] = f"{unit.name} {body.name}"
            out[-1] = Body(unit.start, body.end, full[unit.name], (body.start, body.end, body.name), inner=body)
            continue
        out.append(body)
    return [replace(b, name=full[b.name]) if b.name in full else b for b in out] if full else out


def _banks_of_provinces(text: str) -> list[Body]:
    """`Agribank An Giang`: a bank's short name and a province's is the bank's branch there (`… chi nhánh tỉnh X`),
    a unit of the bank."""
    found = []
    for m in _bank_province_regex().finditer(text):
        if _CAPITAL_NEXT.match(text, m.end()):
            continue
        entry = g.entry_of(m.group("bank"), g.heads())
        place = province_names()[m.group("province")]
        name = f"{entry.name} chi nhánh {province_kind(place)} {place}"
        found.append(Body(m.start(), m.end(), name, (m.start(), m.end("bank"), entry.name)))
    return found


def _as_named_in_full(kept: list[Body]) -> list[Body]:
    """A branch named short (`Agribank An Giang`) takes the name the article gives it in full (`Ngân hàng Nông
    nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh An Giang`)."""
    dash = " Việt Nam - Chi nhánh "
    full = {b.name.replace(dash, " chi nhánh "): b for b in kept if dash in b.name}
    return [replace(b, name=full[b.name].name, parent=(*b.parent[:2], full[b.name].parent[2]))
            if b.name in full and b.parent is not None and b is not full[b.name] else b for b in kept]


_CAPITAL_NEXT = re.compile(rf" [{UPPER}]")


@lru_cache(maxsize=None)
def _bank_province_regex() -> re.Pattern:
    """A bank that has branches, by a short name, then a province's name (`Agribank An Giang`)."""
    banks = alternation([e.pattern.pattern for e in g.heads() if e.branches], escape=False)
    provinces = alternation(list(province_names()))
    return re.compile(rf"(?<![^\W_])(?P<bank>{banks}) (?P<province>{provinces})" + WORD_EDGE_R)


def _branch(m: re.Match, entry: g.Entry, scope: Scope) -> tuple[str | None, int, g.Entry | None]:
    """`Ngân hàng Chính sách xã hội chi nhánh tỉnh X`, `… chi nhánh Cao Bằng`: a branch of a head that has
    branches, named as written with its scope resolved; after a bare `chi nhánh` only a province names one."""
    if not entry.branches:
        return None, m.end(), entry
    branch = f"{entry.name} Việt Nam - Chi nhánh" if m.group("bdash") else f"{entry.name} chi nhánh"
    if m.group("blevel"):
        level = g.levels()[m.group("blevel")]
        unit, used = _scope_name(level, m.group("bscope"), scope)
        end = m.start("bscope") + used if used else m.end("blevel")
        return (f"{branch} {level} {unit}" if unit else None), end, entry
    unit, used = _scope_name("tỉnh", m.group("bunit"), scope)
    return (f"{branch} {unit}" if used else None), m.start("bunit") + used, entry


def _party_committee(subs: list[str], host: str) -> tuple[list[str], str] | None:
    """`Ban Chấp hành Đảng bộ tỉnh X` is `Tỉnh ủy X`; `Ban Thường vụ Đảng bộ tỉnh X` its standing board."""
    if not subs or subs[0] not in ("Ban Chấp hành", "Ban Thường vụ") or not host.startswith("Đảng bộ "):
        return None
    level_unit = host[len("Đảng bộ ") :]
    rest = subs[1:] if subs[0] == "Ban Chấp hành" else subs
    for level in _COMMUNE_LEVELS:
        if level_unit.startswith(level + " "):
            return rest, f"Đảng ủy {level_unit}"
    for level, word in _PARTY_COMMITTEE.items():
        if level_unit.startswith(level + " "):
            return rest, _committee(word, level_unit[len(level) + 1 :])
    return None


def _committee(word: str, unit: str) -> str:
    """`Tỉnh ủy Hà Tĩnh`, `Thành ủy Cần Thơ`; a city written in full in body names: `Thành ủy Thành phố Hồ Chí Minh`."""
    return f"{word} {load('provinces.json')['in_full'].get(unit, unit)}"


def _local(m: re.Match, scope: Scope) -> Body | None:
    """A body of the local grammar: sub-units + host, with its host as the parent named inside it."""
    host, end, entry = _host(m, scope)
    if host is None:
        return None
    subs, _ = _subs(m.group("subs"))
    host_start = m.start() + len(m.group("subs"))
    parent = (host_start, end, host) if subs else None
    committee = _party_committee(subs, host)
    if committee is not None:
        subs, host = committee
    elif entry is not None and entry.branches and (m.group("blevel") or m.group("bunit")):
        # a branch is a unit of its bank (SCHEMA Convention 3)
        national = f"{entry.name} Việt Nam" if m.group("bdash") else entry.name
        parent = (m.start("head"), m.end("head"), national)
    elif entry is not None and entry.parent and not subs:
        inner = _INNER_ASSEMBLY.search(m.group("head"))
        if inner:
            parent = (m.start("head") + inner.start(), m.start("head") + inner.end(), entry.parent)
    implicit = end == m.end("head") and m.group("head") == "Đảng ủy"
    return Body(m.start(), end, " ".join([*subs, host]), parent, implicit=implicit)


def _shared_level(text: str, m: re.Match, scope: Scope) -> Body | None:
    """`HĐND, UBND tỉnh` / `Hội Chữ thập đỏ, Hội Khuyến học và Hội Nông dân huyện X`: heads without a level
    borrow the level of the first head of the list that has one."""
    if not m.group("head") or m.group("level") or m.group("vn"):
        return None
    following = m
    for _ in range(5):
        sep = _LIST_SEPARATOR.match(text, following.end())
        following = g.local_regex().match(text, sep.end()) if sep else None
        if following is None or not following.group("head") or following.group("level") or following.group("vn"):
            break
    if following is None or not following.group("level"):
        return None
    entry = g.entry_of(m.group("head"), g.heads())
    level = g.levels()[following.group("level")]
    unit, _ = _scope_name(level, following.group("scope"), scope)
    if entry is None or unit is None:
        return None
    host = f"{entry.name} {level} {unit}"
    subs, _ = _subs(m.group("subs"))
    parent = (m.start("head"), m.end(), host) if subs else None
    return Body(m.start(), m.end(), " ".join([*subs, host]), parent)


def _party_unit(m: re.Match, scope: Scope) -> tuple[str | None, str | None]:
    """The level and unit of a bare `Đảng ủy`: the commune of the person's next post (`Bí thư Đảng ủy, Chủ tịch
    UBND xã X`, `Đảng ủy viên, Phó Chủ tịch UBND phường X`), else the article's commune when the article is about
    one; only a commune-level unit has a Party committee called `Đảng ủy` (a district's is the `Huyện ủy`)."""
    after = m.end() + len(" viên") if m.string.startswith(" viên", m.end()) else m.end()  # `Đảng ủy viên, …`
    post = _NEXT_POST.match(m.string, after)
    following = g.local_regex().match(m.string, post.end()) if post else None
    level = g.levels().get(following.group("level")) if following and following.group("level") else None
    if level in _COMMUNE_LEVELS and (unit := _scope_name(level, following.group("scope"), scope)[0]):
        return level, unit
    if scope.party and (unit := scope.unit(scope.party)):
        return scope.party, unit
    return None, None


def _unit_before(text: str, body: Body) -> Body:
    """`Thường trực Ban Chỉ đạo Trung ương về …`, `Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam`: a unit written
    before a central body is a body of its own, partOf it; not in a post (`Phó Trưởng Ban Thường trực Ban …`,
    `Thường trực Ban Bí thư`), but for `Ủy viên Thường vụ Quân ủy Trung ương` (a member of the unit)."""
    unit = _central_unit_regex().search(text, max(0, body.start - 20), body.start)
    if unit is None:
        return body
    post = _POST_BEFORE.search(text, max(0, unit.start() - 16), unit.start())
    if post is not None and not (unit.group(1) == "Thường vụ" and post.group() == "Ủy viên "):  # a member of it
        return body
    if text.startswith(_posts_opening_with_units(), unit.start()):
        return body
    return Body(unit.start(), body.end, f"{unit.group(1)} {body.name}", (body.start, body.end, body.name), inner=body)


def _branch_in(text: str, body: Body) -> Body:
    """`Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tại Hà Nội`: a national body's branch in a
    province is a body of its own, partOf it."""
    m = _branch_place_regex().match(text, body.end)
    if m is None:
        return body
    start = body.start - len("Chi nhánh ")
    place = re.sub(r"^TP\.? ", "Thành phố ", text[m.start("place") : m.end()])
    return Body(start, m.end(), f"Chi nhánh {body.name} tại {place}", (body.start, body.end, body.name), inner=body)


@lru_cache(maxsize=None)
def _branch_place_regex() -> re.Pattern:
    provinces = alternation(list(province_names()))
    place = rf"(?P<place>(?:(?:tỉnh|thành phố|TP\.?) )?(?:{provinces}))"
    return re.compile(rf"(?: \([A-ZĐ]{{2,8}}\))? tại {place}" + WORD_EDGE_R)


@lru_cache(maxsize=None)
def _central_unit_regex() -> re.Pattern:
    return re.compile(rf"(?<![^\W_])({alternation(load('bodies.json')['central_units']['units'])}) $")


@lru_cache(maxsize=None)
def _posts_opening_with_units() -> tuple[str, ...]:
    """Posts whose first words are a unit's (`Thường trực Ban Bí thư`)."""
    units = tuple(f"{unit} " for unit in load("bodies.json")["central_units"]["units"])
    return tuple(post for post in load("titles.json")["posts"] if post.startswith(units))


def _parent_inside(m: re.Match, entry: g.Entry) -> tuple[int, int, str] | None:
    """The parent a central body's name ends with, in any of its written forms (`Quốc hội` in `Ủy ban Pháp luật
    của Quốc hội`, `MTTQ Việt Nam` in `Ủy ban Trung ương MTTQ Việt Nam`): named inside, it is an entity of its
    own (SCHEMA Convention 2); an abbreviation of the whole (`UBTVQH`) names none."""
    if entry.parent is None:
        return None
    parent = _central_named(entry.parent)
    written = m.group()
    for space in (k for k, char in enumerate(written) if char == " "):
        if parent.pattern.fullmatch(written, space + 1) if parent else _national(written, space + 1) == entry.parent:
            return m.start() + space + 1, m.end(), entry.parent
    return None


def _national(text: str, pos: int) -> str | None:
    """The name of a national mass organisation written from `pos` to the end (`Hội CCB Việt Nam`, `Đoàn TNCS Hồ
    Chí Minh`: one whose name does not end with the country's), if it is one."""
    m = g.local_regex().fullmatch(text, pos)
    if m is None or not m.group("head") or not (m.group("vn") or m.end("head") == m.end()):
        return None
    entry = g.entry_of(m.group("head"), g.heads())
    if entry is None or not m.group("vn"):
        return entry.name if entry is not None and " Hồ Chí Minh" in entry.name else None
    return entry.name if entry.name.endswith("Việt Nam") else f"{entry.name} Việt Nam"


@lru_cache(maxsize=None)
def _central_named(name: str) -> g.Entry | None:
    return next((e for e in g.central() if e.name == name), None)


#: `Trưởng ban Dân vận Tỉnh ủy`: a common spelling of `Trưởng Ban …`, read as it (one letter, offsets kept).
_LOWER_BAN = re.compile(rf"(?<=[Tt]rưởng )ban(?= [{UPPER}])")


def find_bodies(text: str, scope: Scope) -> list[Body]:
    """Every body named in `text` (already in modern tone placement), longest first, no overlaps."""
    if "rưởng ban " in text:
        text = _LOWER_BAN.sub("Ban", text)
    found: list[Body] = []
    posts: set[int] = set()
    for m in g.local_regex().finditer(text):
        standing = _STANDING.match(m.group("subs"))
        if standing and _POST_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            posts.add(m.start())
            m = g.local_regex().match(text, m.start() + standing.end())  # `Phó Bí thư Thường trực` is a post
        body = _local(m, scope) or _shared_level(text, m, scope)
        if body and not _GENERIC_AFTER.match(text, body.end):
            found.append(body)
    # a bare sub-unit ended by a comma (`Ban Xây dựng Đảng, Đảng ủy phường X`) is neither described nor host to a body inside it
    ended = {m.start(): m.end() for m in g.sub_regex().finditer(text) if text.startswith(", ", m.end())}
    for m in g.central_regex().finditer(text):
        entry = g.entry_of(m.group(), g.central(), text, m.start())
        if entry and not any(start < m.start() < end for start, end in ended.items()):
            body = _unit_before(text, Body(m.start(), m.end(), entry.name, _parent_inside(m, entry)))
            found.append(_branch_in(text, body) if text.endswith("Chi nhánh ", 0, m.start()) else body)
    for m in g.named_regex().finditer(text):
        if not _CREDIT_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not g.after_honorific(text, m.start()):
            found.append(Body(m.start(), m.end(), g.company_name(m.group())))
    found += _banks_of_provinces(text)
    found += _described(text, scope, posts | set(ended) | {b.start for b in found if not b.implicit})
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    kept: list[Body] = []
    for body in found:
        if not kept or body.start >= kept[-1].end:
            kept.append(body)
    kept = _lengthened(kept)
    if ", Quân" in text or ", Bộ" in text:
        kept = _units_of_commands(text, kept)
    if " Chi nhánh " in text:
        kept = _as_named_in_full(kept)
    if "Đảng " in text:
        kept = _foreign_organs(text, kept)
    if scope.province:
        kept = _placed_there(text, kept, scope.province)
    return kept + _bridged(text, kept, scope) if "điểm cầu" in text else kept


def _bridged(text: str, kept: list[Body], scope: Scope) -> list[Body]:
    """At another province's bridge of an online conference (`Tại điểm cầu thành phố Cần Thơ, đồng chí X, Phó Bí
    thư Thành ủy, Chủ tịch UBND thành phố`), the bodies the article's own province could not name (`Thành ủy` in
    a province's article, anything in a national one) are that province's."""
    extra: list[Body] = []
    for m in _there_regex().finditer(text):
        if not m.group("bridge") or province_names()[m.group("province")] == scope.province:
            continue
        end = (stop.start() if (stop := _SENTENCE_END.search(text, m.end())) else len(text))
        there = Scope(province=province_names()[m.group("province")])  # none of the article's own districts
        shift = m.start()
        for body in find_bodies(text[shift:end], there):
            start, stop_at = body.start + shift, body.end + shift
            if not any(b.start < stop_at and start < b.end for b in kept + extra):
                parent = (body.parent[0] + shift, body.parent[1] + shift, body.parent[2]) if body.parent else None
                extra.append(replace(body, start=start, end=stop_at, parent=parent, inner=None))
    return extra


def _level_split(name: str) -> tuple[str, str]:
    """`Ban Chỉ đạo Cuộc vận động tỉnh Bạc Liêu` → (`Ban Chỉ đạo Cuộc vận động`, ` tỉnh Bạc Liêu`)."""
    at = max(name.rfind(f" {level} ") for level in g.level_words())
    return (name[:at], name[at:]) if at > 0 else (name, "")


@lru_cache(maxsize=None)
def _shortened_heads() -> tuple[str, ...]:
    return tuple(f"{head} " for head in load("bodies.json")["described"]["shortened"])


def _lengthened(kept: list[Body]) -> list[Body]:
    """`Ban Chỉ đạo Cuộc vận động tỉnh X`, `Ban Chỉ đạo tỉnh X` after `Ban Chỉ đạo Cuộc vận động “…” tỉnh X`:
    a shortened head's name, when the words before its level start exactly one longer name of the article
    with that level and scope, is that name."""
    heads = _shortened_heads()
    if not any(b.name.startswith(heads) for b in kept):
        return kept
    split = [_level_split(b.name) for b in kept]
    shortened = [n for n, (stem, tail) in enumerate(split) if tail and (stem + " ").startswith(heads)]
    stems: dict[str, set[str]] = {}
    for stem, tail in split:
        stems.setdefault(tail, set()).add(stem)
    for n in shortened:
        stem, tail = split[n]
        longer = [s for s in stems[tail] if s.startswith(stem + " ")]
        longer = [s for s in longer if not any(t.startswith(s + " ") for t in longer)]  # shortened ones go too
        if len(longer) == 1:
            kept[n] = replace(kept[n], name=longer[0] + tail)
    return kept


#: The central organs of a communist party, written before its name (`Bộ Chính trị Đảng Nhân dân Cách mạng Lào`);
#: `Trung ương` alone is its Central Committee (`Ủy viên Trung ương Đảng Cộng sản Cuba`).
_ORGANS = re.compile(r"(?<![^\W_])(?:(Bộ Chính trị|Ban Bí thư(?: Trung ương)?|Ban Chấp hành Trung ương"
                     r"|(?:Ủy ban|Ban) Kiểm tra Trung ương)|(Trung ương)) $")
_OWN_PARTY = "Đảng Cộng sản Việt Nam"


def _foreign_organs(text: str, kept: list[Body]) -> list[Body]:
    """An organ written before another country's party (`Bộ Chính trị Đảng Nhân dân Cách mạng Lào`, `Trung ương
    Đảng Cộng sản Cuba`) is that party's, partOf it, not the organ of Vietnam's party its first words name."""
    out: list[Body] = []
    for body in kept:
        organ = None
        if body.name.startswith("Đảng ") and body.name != _OWN_PARTY and body.parent is None:
            organ = _ORGANS.search(text, max(0, body.start - 32), body.start)
        if organ is None or (out and out[-1].end > organ.start() and out[-1].start < organ.start()):
            out.append(body)
            continue
        if out and out[-1].start >= organ.start():
            out.pop()  # `Bộ Chính trị`, read as Vietnam's
        name = organ.group(1) or f"Ban Chấp hành {organ.group(2)}"
        out.append(Body(organ.start(), body.end, f"{name} {body.name}", (body.start, body.end, body.name), inner=body))
    return [_organ_of_next(text, body, out[n + 1]) if n + 1 < len(out) else body for n, body in enumerate(out)]


def _organ_of_next(text: str, body: Body, following: Body) -> Body:
    """`Ủy viên Bộ Chính trị, Trưởng Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào`: a bare organ in a chain
    of posts whose next body is another country's party's organ is that party's too."""
    party = following.parent
    if (body.name not in ("Bộ Chính trị", "Ban Bí thư") or party is None or not party[2].startswith("Đảng ")
            or party[2] == _OWN_PARTY or not text.startswith(", ", body.end)):
        return body
    between = text[body.end : following.start]
    if len(between) > 48 or any(mark in between for mark in ";.:"):
        return body
    return replace(body, name=f"{body.name} {party[2]}", parent=party)


@lru_cache(maxsize=None)
def _there_regex() -> re.Pattern:
    """`tại Trà Vinh`, `ở tỉnh Trà Vinh`, `tại điểm cầu tỉnh Ninh Bình` (a bridge of an online conference): where
    the rest of a sentence takes place."""
    return re.compile(rf"(?:{edge_first(['tại', 'ở', 'Tại', 'Ở'])}) (?P<bridge>điểm cầu )?(?:tỉnh |thành phố )?"
                      rf"(?P<province>{alternation(list(province_names()))})" + WORD_EDGE_R)


_SENTENCE_MARKS = ".;!?\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_MARKS)}]")


def _placed_there(text: str, kept: list[Body], home: str) -> list[Body]:
    """In an article about one province, `Hội LHPN tỉnh Trà Vinh …, tại Trà Vinh, Hội LHPN tỉnh đã phối hợp với
    Công an tỉnh Trà Vinh`: a body whose province the article supplied (not written) belongs to the province
    the sentence has just said it is in, when the sentence also names that province's bodies (`tại Hà Nội`
    alone, where a delegation meets, moves nothing) or the place is a province's bridge of an online conference
    (`Tại điểm cầu tỉnh Ninh Bình, đồng chí X, Chủ tịch UBND tỉnh`)."""
    there = [(m.start(), province_names()[m.group("province")], bool(m.group("bridge")))
             for m in _there_regex().finditer(text)]
    there = [item for item in there if item[1] != home]
    if not there:
        return kept
    starts = [pos for pos, _, _ in there]
    placed = []
    for body in kept:
        at = bisect.bisect_left(starts, body.start) - 1
        if at >= 0 and body.name.endswith(" " + home) and home not in text[body.start : body.end]:
            pos, province, bridge = there[at]
            same_sentence = not _SENTENCE_END.search(text, pos, body.start)
            if same_sentence and (bridge or _names_bodies_of(text, kept, pos, province)):
                body = _moved(body, home, province)
        placed.append(body)
    return placed


def _names_bodies_of(text: str, kept: list[Body], pos: int, province: str) -> bool:
    """Whether the sentence around `pos` names a body of `province` in writing."""
    start = max(text.rfind(mark, 0, pos) for mark in _SENTENCE_MARKS) + 1
    end = (m.start() if (m := _SENTENCE_END.search(text, pos)) else len(text))
    return any(start <= b.start and b.end <= end and b.name.endswith(" " + province)
               and province in text[b.start : b.end] for b in kept)


def _moved(body: Body, home: str, province: str) -> Body:
    """`body`, and its parent, in `province` instead of `home` (`tỉnh`/`thành phố` as the province is)."""
    def move(name: str) -> str:
        if not name.endswith(" " + home):
            return name
        stem = name[: -len(home) - 1]
        for kind in ("tỉnh", "thành phố"):
            if stem.endswith(" " + kind):
                stem = f"{stem[: -len(kind) - 1]} {province_kind(province)}"
        return f"{stem} {province}"

    parent = (body.parent[0], body.parent[1], move(body.parent[2])) if body.parent else None
    return replace(body, name=move(body.name), parent=parent)


def _body_at(text: str, pos: int, scope: Scope) -> Body | None:
    """The gazetteer body that starts at `pos`, if any."""
    m = g.local_regex().match(text, pos)
    body = _local(m, scope) if m else None
    if body is None and (m := g.central_regex().match(text, pos)):
        entry = g.entry_of(m.group(), g.central(), text, pos)
        body = Body(pos, m.end(), entry.name) if entry else None
    return body


def _described(text: str, scope: Scope, known: set[int]) -> list[Body]:
    """Bodies named by a head noun and a description (`body_units`), with their host as parent."""
    found = find_described(text, known, lambda pos: _body_at(text, pos, scope), lambda level, run: _scope_name(g.levels()[level], run, scope))
    return [_as_body(f) for f in found]


def _as_body(found) -> Body:
    """A `Body` of a described body (`body_units.Found`), its host (a `Body` or another `Found`) as parent."""
    if found.host is None or isinstance(found.host, Body):
        host = found.host
    else:
        host = _as_body(found.host)
    parent = (host.start, host.end, host.name) if host is not None else None
    return Body(found.start, found.end, found.name, parent, host)


def _bare_subunits(text: str, kept: list[Body]) -> list[Body]:
    """`Ban Dân vận` alone: the sub-unit of the Party committee the person's next post names (`Ủy viên Ban
    Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy`), else the last body named before it whose name starts
    the same way."""
    extra = []
    for m, at in _alone(g.sub_regex(), text, kept):
        entry = g.entry_of(m.group(), g.subunits())
        prefix = entry.name + " "
        committee = _committee_of_next_post(text, m.end(), kept[at] if at < len(kept) else None, entry.hosts)
        prior = _named_before(kept[:at], prefix)
        if committee is not None:
            extra.append(Body(m.start(), m.end(), prefix + committee))
        elif prior is not None:
            extra.append(Body(m.start(), m.end(), prior))
    return extra


#: A head written alone for the body of that head named last before it: `Sở` after `Giám đốc` (`Phó Giám đốc Sở cho
#: biết`), `Ban Chỉ đạo` or `BCĐ` (`Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì`, `thuộc diện BCĐ theo dõi`), `Ban
#: Chỉ huy` (`Trưởng Ban Chỉ huy chủ trì`).
_BARE_HEAD = re.compile(rf"(?:Sở(?<=Giám đốc Sở)|(?<![^\W_])(?:Ban Chỉ đạo|BCĐ|Ban Chỉ huy))"
                        rf"(?= [^\W\d_{UPPER}]|[,.;:)]|$)")


def _bare_heads(text: str, kept: list[Body]) -> list[Body]:
    """Each head of `_BARE_HEAD` alone: the body named last before it, with a unit written before it (`Chánh Văn
    phòng Ban Chỉ đạo`)."""
    extra = []
    for m, at in _alone(_BARE_HEAD, text, kept):
        prior = _named_before(kept[:at], "Ban Chỉ đạo " if m.group() == "BCĐ" else m.group() + " ")
        if prior is not None:
            extra.append(_unit_before(text, Body(m.start(), m.end(), prior)))
    return extra


def _alone(pattern: re.Pattern, text: str, kept: list[Body]) -> Iterator[tuple[re.Match, int]]:
    """The matches of `pattern` outside the bodies kept (sorted, not overlapping) and not of a class (`Ban Dân vận
    các cấp`), each with how many kept bodies start at or before it."""
    starts = [b.start for b in kept]
    for m in pattern.finditer(text):
        at = bisect.bisect_right(starts, m.start())
        if not (at and m.start() < kept[at - 1].end or _GENERIC_AFTER.match(text, m.end())):
            yield m, at


def _named_before(before: list[Body], prefix: str) -> str | None:
    """The last name starting with a bare head (`Ban Dân vận `, `Sở `) among the bodies named before it and the
    parents named inside them (`Ban Chỉ đạo …` in `Thường trực Ban Chỉ đạo …`)."""
    named = (name for b in reversed(before) for name in (b.name, b.parent[2] if b.parent else ""))
    return next((name for name in named if name.startswith(prefix)), None)


def _committee_of_next_post(text: str, end: int, following: Body | None, hosts: tuple[str, ...] = ()) -> str | None:
    """The Party committee (or another of the sub-unit's `hosts`) of the post after a bare sub-unit (`…, Chủ nhiệm
    Ủy ban Kiểm tra Huyện ủy` → the `Huyện ủy`), or the committee named right after it (`Ban Xây dựng Đảng, Đảng
    ủy phường X`); a post in another body (`UBND`) names none."""
    if following is None or not (text.startswith(", ", end) and following.start == end + 2
                                 or _CHAINED_POST.fullmatch(text, end, following.start)):
        return None
    for name in (following.name, following.parent[2] if following.parent else ""):
        if name.startswith(hosts or _PARTY_COMMITTEES):
            return name
    return None


def resolve_body(surface: str, doc: Doc) -> str:
    """The canonical name of a body surface (`Ban Dân vận Tỉnh ủy` → `Ban Dân vận Tỉnh ủy Hà Tĩnh`).

    Scope left implicit is resolved from the article of `doc`; abbreviations are expanded.
    A surface that names no known body comes back in canonical spelling.
    """
    text = modern_tones(surface.strip())
    bodies = find_bodies(text, scope_of(doc))
    whole = [b for b in bodies if b.start == 0]
    return whole[0].name if whole else text


@Language.factory("kgnews_bodies", assigns=["doc.ents", "doc.spans"], requires=[])
def make_bodies(nlp: Language, name: str) -> BodyFinder:
    """Organizations: central organs, local bodies with scope resolved, mass organisations."""
    return BodyFinder(nlp, name)


class BodyFinder(Component):
    """The `kgnews_bodies` component."""

    def find(self, doc: Doc) -> None:
        text = text_of(doc)
        kept = find_bodies(text, scope_of(doc))
        for body in kept + _bare_subunits(text, kept) + _bare_heads(text, kept):
            add(doc, body.start, body.end, LABEL, body.name)
            if body.parent:
                add(doc, body.parent[0], body.parent[1], LABEL, body.parent[2])
            if body.inner is not None and body.inner.parent:
                add(doc, body.inner.parent[0], body.inner.parent[1], LABEL, body.inner.parent[2])

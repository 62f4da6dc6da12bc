"""The grammar of body names: central organs, and sub-units + head + level + scope for the rest."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kgnews.nlp.gazetteer import (
    CAPITAL_AHEAD, PLAIN_CHAR, WORD_EDGE_L, WORD_EDGE_R, alternation, edge_alternation, edge_first, load,
)
from kgnews.nlp.text import CAP, NAME_NUMBER, UPPER

#: A form that is plain text (no regex syntax).
_PLAIN = re.compile(PLAIN_CHAR + "+")
_RUN = rf"(?:\d+|{CAP}(?: (?:- )?{CAP}){{0,4}}{NAME_NUMBER}?)"


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: its canonical name and a full-match regex of its surface forms."""

    name: str
    pattern: re.Pattern
    parent: str | None = None
    bare: str | None = None
    #: Its branches are named after it (`… chi nhánh tỉnh X`), each a unit of it.
    branches: bool = False
    #: A sub-unit's possible hosts when it is written alone before a post (`Đoàn Chủ tịch, Trưởng Ban … Ủy ban
    #: Trung ương MTTQ`: a Front committee); none given: a Party committee.
    hosts: tuple[str, ...] = ()


#: Where an Assembly committee's name may end without `của Quốc hội`: before a person's name or a mark.
_NAME_OR_MARK_AHEAD = r"(?=[,.;:)]| (?!Trung ương)[A-ZĐÂÔƠƯỨ])"


def _entries(section: str) -> tuple[Entry, ...]:
    items = load("bodies.json")[section]
    return tuple(
        Entry(i["name"], re.compile(alternation(_forms_of(i), escape=False)), i.get("parent"), i.get("bare"),
              i.get("branches", False), tuple(i.get("hosts", ())))
        for i in items
    )


def _forms_of(item: dict) -> list[str]:
    """An entry's surface forms; one named `… của <parent>` (an Assembly committee) is also named without it, where
    a name or a punctuation mark follows (`Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh`)."""
    owned = f" của {item['parent']}" if item.get("parent") else None
    if owned is None or not item["name"].endswith(owned):
        return item["forms"]
    return [*item["forms"], re.escape(item["name"].removesuffix(owned)) + _NAME_OR_MARK_AHEAD]


@lru_cache(maxsize=None)
def central() -> tuple[Entry, ...]:
    return _entries("central") + _central_committees()


def _central_committees() -> tuple[Entry, ...]:
    """The central committee of each national association (`Trung ương Hội Nông dân Việt Nam`), partOf it."""
    associations = [i for i in load("bodies.json")["mass_organisations"] if i["name"].startswith("Hội ")]
    entries = []
    for item in associations:
        forms = alternation(item["forms"], escape=False)
        name = f"Trung ương {item['name']} Việt Nam"
        entries.append(Entry(name, re.compile(f"Trung ương (?:{forms}) Việt Nam"), parent=f"{item['name']} Việt Nam"))
    return tuple(entries)


@lru_cache(maxsize=None)
def heads() -> tuple[Entry, ...]:
    return _entries("local_heads") + _entries("mass_organisations")


@lru_cache(maxsize=None)
def subunits() -> tuple[Entry, ...]:
    return _entries("subunits")


#: `entry_of` without look-arounds, by (id of the entries, surface) → (the entries, the entry): the entries are
#: kept with the answer, so their id stays theirs (hashing the tuple itself would cost more than the search).
_FULL: dict[tuple[int, str], tuple[tuple[Entry, ...], Entry | None]] = {}


def entry_of(surface: str, entries: tuple[Entry, ...], text: str | None = None, start: int = 0) -> Entry | None:
    """The entry whose forms match all of `surface` (read in `text` at `start`, for look-arounds)."""
    if text is None:
        cached = _FULL.get((id(entries), surface))
        if cached is None or cached[0] is not entries:
            if len(_FULL) > 50_000:
                _FULL.clear()
            entry = next((e for e in entries if e.pattern.fullmatch(surface)), None)
            cached = _FULL[id(entries), surface] = (entries, entry)
        return cached[1]
    end = start + len(surface)
    for entry in entries:
        match = entry.pattern.match(text, start)
        if match and match.end() == end:
            return entry
    return None


def _forms(entries: tuple[Entry, ...]) -> str:
    return "|".join(sorted((e.pattern.pattern for e in entries), key=len, reverse=True))


@lru_cache(maxsize=None)
def levels() -> dict[str, str]:
    return load("bodies.json")["levels"]


@lru_cache(maxsize=None)
def level_words() -> tuple[str, ...]:
    """The administrative levels as body names write them (`tỉnh`, `thành phố`, `xã`…)."""
    return tuple(dict.fromkeys(levels().values()))


@lru_cache(maxsize=None)
def central_regex() -> re.Pattern:
    return re.compile(f"(?=[{UPPER}]|mttq)" + WORD_EDGE_L + f"(?:{_forms(central())})" + WORD_EDGE_R)


@lru_cache(maxsize=None)
def sub_regex() -> re.Pattern:
    """A bare sub-unit (`Ban Dân vận`, `Ban Thường vụ`) standing alone.

    Its forms are plain text starting with a capital letter: each is written to start with that letter (its
    word-edge check right after it), so the regex engine skips fast to where one may start; a form written
    otherwise keeps the look-ahead on a capital letter."""
    forms = _forms(subunits())
    alternatives = forms.split("|")
    if all(a[:1] in UPPER and _PLAIN.fullmatch(a) for a in alternatives):
        return re.compile(f"(?:{edge_first(alternatives)})" + WORD_EDGE_R)
    return re.compile(CAPITAL_AHEAD + WORD_EDGE_L + f"(?:{forms})" + WORD_EDGE_R)


#: An honorific right before: what follows is a person (`đồng chí Báo Thị Mỹ Dung`: a Chăm surname), not a newspaper.
_HONORIFIC_BEFORE = re.compile(r"(?:đồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị) $")


def after_honorific(text: str, pos: int) -> bool:
    """An honorific (`đồng chí`, `ông`, `bà`…) stands right before `pos`."""
    return _HONORIFIC_BEFORE.search(text, max(0, pos - 9), pos) is not None
#: A word's start, or a board written fused to the member word before it (`UVBTV Tỉnh ủy`: `UV` + `BTV Tỉnh ủy`).
_EDGE_OR_FUSED = rf"(?:{WORD_EDGE_L}|(?<=(?<![\w'’])UV)(?=B))"


@lru_cache(maxsize=None)
def local_regex() -> re.Pattern:
    """Sub-units, then a committee, youth committee, department or head, then level and scope."""
    data = load("bodies.json")
    level = alternation(list(levels()))
    committees = alternation(list(data["committees"]))
    youth = alternation(list(data["youth_committees"]))
    depts = alternation(data["ministries"] + list(data["department_abbreviations"]))
    pattern = (
        f"(?=[{UPPER}]|đoàn|mttq|mặt)"
        + _EDGE_OR_FUSED
        + rf"(?P<subs>(?:(?:{_forms(subunits())}) )*)"
        + rf"(?:(?P<committee>{committees})(?: (?:Thành phố |TP\.? ?)?(?P<cscope>{_RUN}))?"
        + rf"|(?P<youth>{youth})(?: (?P<yscope>{_RUN}))?"
        + rf"|(?P<dept>Sở|Bộ|Phòng) (?P<deptname>{depts})(?: (?P<dlevel>{level})(?: (?P<dscope>{_RUN}))?)?"
        + rf"|(?P<head>{_forms(heads())})(?P<abbr> \([A-ZĐ]{{2,8}}\))?"
        + rf"(?:(?P<bdash> Việt Nam -)? [Cc]hi nhánh (?:(?P<blevel>{level})(?: (?P<bscope>{_RUN}))?|(?P<bunit>{_RUN}))"
        + rf"| (?P<vn>Việt Nam)| (?P<level>{level})(?: (?P<scope>{_RUN}))?)?)"
        + WORD_EDGE_R
    )
    return re.compile(pattern)


@lru_cache(maxsize=None)
def named_regex() -> re.Pattern:
    """Bodies named as written: a kind word then a proper name (`Báo Thanh Hóa`, `Trường Chính trị Trần Phú`), or
    a numbered unit (`Trung đoàn 737`, `Bệnh viện Quân y 268`)."""
    data = load("bodies.json")
    prefixes = edge_alternation(data["named_prefixes"], UPPER)
    units = edge_alternation(data["numbered_units"], UPPER)
    numbered = rf"{units} \d{{1,3}}(?![\d/.,]\d)"
    return re.compile(rf"(?:{_company()}|{prefixes} {CAP}(?: {CAP}){{1,4}}|{numbered})" + WORD_EDGE_R)


def _company() -> str:
    """An enterprise or cooperative: kind, legal form, then capitalised words, which a trade's lowercase words may
    join (`Công ty TNHH May xuất khẩu Tam Thăng`); at least two words after the kind."""
    data = load("bodies.json")["companies"]
    kinds, forms = edge_alternation(list(data["kinds"]), UPPER), alternation(data["legal_forms"])
    trade = alternation(data["trade_words"])
    return (rf"(?<!Liên minh ){kinds}(?: (?:{forms}))?(?! Việt Nam\b)(?= {CAP}(?: (?:{trade}))* {CAP}) {CAP}"
            rf"(?:(?: (?:{trade})){{0,3}} {CAP}){{0,7}}")


def company_name(written: str) -> str:
    """The canonical name of a company or cooperative written `written` (`HTX X` → `Hợp tác xã X`)."""
    kinds = load("bodies.json")["companies"]["kinds"]
    kind = next((k for k in kinds if written.startswith(k + " ")), None)
    return written if kind is None else kinds[kind] + written[len(kind) :]

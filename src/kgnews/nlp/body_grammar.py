"""The grammar of body names: central organs, and sub-units + head + level + scope for the rest."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kgnews.nlp.gazetteer import CAPITAL_AHEAD, WORD_EDGE_L, WORD_EDGE_R, alternation, edge_alternation, edge_first, load
from kgnews.nlp.text import CAP, NAME_NUMBER, UPPER

#: A form that is plain text (no regex syntax).
_PLAIN = re.compile(r"[^\\\[\](){}.?*+|^$]+")
_RUN = rf"(?:\d+|{CAP}(?: (?:- )?{CAP}){{0,4}}{NAME_NUMBER}?)"


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: its canonical name and a full-match regex of its surface forms."""

    name: str
    pattern: re.Pattern
    parent: str | None = None
    bare: str | None = None


def _entries(section: str) -> tuple[Entry, ...]:
    items = load("bodies.json")[section]
    return tuple(
        Entry(i["name"], re.compile(alternation(i["forms"], escape=False)), i.get("parent"), i.get("bare"))
        for i in items
    )


@lru_cache(maxsize=None)
def central() -> tuple[Entry, ...]:
    return _entries("central")


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
def central_regex() -> re.Pattern:
    forms = _forms(central())
    alternatives = _edge_led(_top_level(forms), ("mttq",))
    if alternatives is not None:  # each starts with a plain letter, so the regex engine skips fast
        return re.compile(f"(?:{_by_first(alternatives)})" + WORD_EDGE_R)
    return re.compile(f"(?=[{UPPER}]|mttq)" + WORD_EDGE_L + f"(?:{forms})" + WORD_EDGE_R)


_EDGE = r"(?<![\w'’].)"
_LOOK_BEHIND = re.compile(r"\(\?<=([^()\\\[\]|.?*+{}^$]+)\)")


def _edge_led(alternatives: list[str], lower: tuple[str, ...]) -> list[str] | None:
    """Regex alternatives that had `(?=[UPPER]|lower…)` + `WORD_EDGE_L` before them, the same matches written
    to start with a plain letter, its word-edge check right after it (as `edge_first`): `(?:A|B)x` becomes
    `Ax`, `Bx`; `(?<=của )Chủ` becomes `C(?<=của C)hủ`; `(?i:MTTQ)` becomes `M(?i:TTQ)`, `m(?=ttq)(?i:TTQ)`.
    None when an alternative starts in another way (the caller keeps the look-ahead)."""
    written: list[str] = []
    for alt in alternatives:
        if alt[:1].isalpha() and not _quantified(alt, 1):
            written += _led_by(alt[0], alt[1:], lower)
        elif alt.startswith("(?:") and (close := _closing(alt)) is not None and not _quantified(alt, close + 1):
            inner = _edge_led([a + alt[close + 1 :] for a in _top_level(alt[3:close])], lower)
            if inner is None:
                return None
            written += inner
        elif (m := _LOOK_BEHIND.match(alt)) and alt[m.end() : m.end() + 1].isalpha() and not _quantified(alt, m.end() + 1):
            char, behind = alt[m.end()], f"(?<={re.escape(m.group(1))}{alt[m.end()]})"
            written += [w.replace(_EDGE, _EDGE + behind, 1) for w in _led_by(char, alt[m.end() + 1 :], lower)]
        elif _plain_case_group(alt):
            written += [w for case in _cases(alt[4], lower) for w in _led_by(case, "(?i:" + alt[5:], lower)]
        else:
            return None
    return written


def _quantified(pattern: str, index: int) -> bool:
    """A quantifier stands at `index` (it applies to what comes before it)."""
    return pattern[index : index + 1] in ("?", "*", "+", "{")


def _plain_case_group(alt: str) -> bool:
    """`alt` opens with `(?i:` and a letter, the group one alternative and not quantified (`(?i:MTTQ)…`)."""
    close = _closing(alt) if alt.startswith("(?i:") else None
    return (
        close is not None and alt[4].isalpha() and not _quantified(alt, 5)
        and len(_top_level(alt[4:close])) == 1 and not _quantified(alt, close + 1)
    )


def _by_first(alternatives: list[str]) -> str:
    """`_edge_led` alternatives grouped by their first letter (`Bx|Ty|Bz` → `B…(?:x|z)|T…y`), each group in
    their order: the same matches (one letter starts a match), each letter tried once per position."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        head, rest = alt.split(_EDGE, 1)
        groups.setdefault(head, []).append(rest)
    return "|".join(f"{head}{_EDGE}(?:{'|'.join(rests)})" for head, rests in groups.items())


def _led_by(char: str, rest: str, lower: tuple[str, ...]) -> list[str]:
    """`char` + word-edge check + `rest`, when the look-ahead lets a match start with `char` (a capital, or the
    first letter of one of the `lower` words, the rest of that word then required); else nothing."""
    if char in UPPER:
        return [re.escape(char) + _EDGE + rest]
    tails = [word[1:] for word in lower if word[0] == char]
    return [re.escape(char) + _EDGE + f"(?={'|'.join(map(re.escape, tails))})" + rest] if tails else []


def _cases(char: str, lower: tuple[str, ...]) -> list[str]:
    """The letters a match may start with (capitals, first letters of `lower`) that `(?i:char)` matches."""
    pattern = re.compile(f"(?i:{re.escape(char)})")
    return [c for c in dict.fromkeys(UPPER + "".join(w[0] for w in lower)) if pattern.fullmatch(c)]


def _top_level(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its top level (split at the `|` outside groups and classes)."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = pattern.index("]", index + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*parts, pattern[start:]]


def _closing(pattern: str) -> int | None:
    """The index of the `)` that closes the group opening `pattern`."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = pattern.index("]", index + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


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
        + WORD_EDGE_L
        + rf"(?P<subs>(?:(?:{_forms(subunits())}) )*)"
        + rf"(?:(?P<committee>{committees})(?: (?P<cscope>{_RUN}))?"
        + rf"|(?P<youth>{youth})(?: (?P<yscope>{_RUN}))?"
        + rf"|(?P<dept>Sở|Bộ|Phòng) (?P<deptname>{depts})(?: (?P<dlevel>{level})(?: (?P<dscope>{_RUN}))?)?"
        + rf"|(?P<head>{_forms(heads())})(?P<abbr> \([A-ZĐ]{{2,8}}\))?"
        + rf"(?: (?P<vn>Việt Nam)| (?P<level>{level})(?: (?P<scope>{_RUN}))?)?)"
        + WORD_EDGE_R
    )
    return re.compile(pattern)


@lru_cache(maxsize=None)
def named_regex() -> re.Pattern:
    """Bodies named as written: a kind word then a proper name (`Báo Thanh Hóa`, `Trường Chính trị Trần Phú`)."""
    prefixes = edge_alternation(load("bodies.json")["named_prefixes"], UPPER)
    return re.compile(rf"{prefixes} {CAP}(?: {CAP}){{1,4}}" + WORD_EDGE_R)

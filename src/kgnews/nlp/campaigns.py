"""Campaigns: named movements, emulation drives, đề án and national programmes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kgnews.nlp.gazetteer import (
    LEAD, PLAIN_CHAR, WORD_EDGE_L, WORD_EDGE_R, alternation, edge_alternation, lead_ahead, load,
)
from kgnews.nlp.spans import Component, add, mentions, overlaps, text_of
from kgnews.nlp.text import fold

LABEL = "Campaign"
_QUOTE = r"[“\"]([^”\"\n]{3,200})[”\"]"
#: `Đề án 06`, and national programmes known by a number (`Chương trình 135`), not numbered documents.
#: (Each branch starts with a plain letter, its word-edge check on the character before it right after.)
_NUMBERED = re.compile(
    r"Đ(?<![\w(].)ề án (?:số )?\d+(?:/[\w-]+)?(?![\w/])"
    r"|C(?<![\w(].)hương trình \d+[a-z]?(?![\w/.,-]\d|[\w/-])"
)
#: Words every `_NUMBERED` match contains: a text without them is not scanned.
_NUMBERED_WORDS = ("Đề án ", "Chương trình ")
_ABBREVIATION = re.compile(r" \((Đề án|Chương trình|Đề án số) (\d+)\)")
#: A place's or a force's own movement for the new countryside, named after a trigger (`phong trào Quảng Bình chung
#: sức xây dựng nông thôn mới`, `phong trào thi đua Quân đội chung sức …`): its name as written.
_JOINT = re.compile(r"(?<=[Pp]hong trào )(?:thi đua )?(?P<name>[^\W\d_]+(?: [^\W\d_]+){0,4}? chung (?:sức|tay) xây dựng"
                    r" nông thôn mới)")


@lru_cache(maxsize=None)
def quoted_regex() -> re.Pattern:
    triggers = edge_alternation(load("events.json")["campaign_triggers"])
    return re.compile(rf"(?P<trigger>{triggers}) {_QUOTE}")


@lru_cache(maxsize=None)
def programme_regex() -> re.Pattern:
    """National programmes and movements by name; group `p<i>` tells which one matched."""
    groups = "|".join(
        f"(?P<p{i}>{alternation(p['forms'], escape=False)})" for i, p in enumerate(load("events.json")["programmes"])
    )
    national = "(?:" + "|".join(_NATIONAL) + ")?"
    ahead = lead_ahead(["[CcPp]"] + [f for p in load("events.json")["programmes"] for f in p["forms"]])
    return re.compile(ahead + WORD_EDGE_L + national + f"(?:{groups})" + r"(?: giai đoạn \d{4} ?- ?\d{4})?" + WORD_EDGE_R)


#: The words that may come before a programme's name in `programme_regex` (each `[Cc]` one character).
_NATIONAL = (_TARGET := r"[Cc]hương trình mục tiêu quốc gia ", r"[Cc]hương trình ", "phong trào ", "[Pp]hong trào ")
#: A form's lead (look-behind, first character or class), then plain text `(2)` and what follows it `(3)`.
_FORM_HEAD = re.compile(LEAD + f"({PLAIN_CHAR}+)(.?)")


def _national_widths() -> tuple[int, ...]:
    """How many characters each of the `_NATIONAL` words takes in a text, and 0 (none)."""
    return (0, *(len(re.sub(r"\[\w+\]", "x", word)) for word in _NATIONAL))


@lru_cache(maxsize=None)
def _programme_clues() -> tuple[str, ...] | None:
    """For each programme form, the plain text every match of it has one character after its start
    (`[Xx]ây dựng nông thôn mới(?!…)` → `ây dựng nông thôn mới`). None when a form is not read this way
    (an alternation at its top level, a quantifier on the last letter read)."""
    clues = []
    for form in (f for p in load("events.json")["programmes"] for f in p["forms"]):
        m = _FORM_HEAD.match(form)
        if m is None or m.group(3) in ("?", "*", "+", "{") or _top_level_bar(form):
            return None
        clues.append(m.group(2))
    return tuple(clues)


def _top_level_bar(pattern: str) -> bool:
    """`pattern` has a `|` outside its groups (a form that is two alternatives)."""
    depth, escaped = 0, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _programmes(text: str) -> Iterator[re.Match]:
    """`programme_regex().finditer(text)`, trying the regex only where a match may start: one character
    before a form's clue, less the width of one of the `_NATIONAL` words (or none); the leftmost matches that
    do not overlap, as `finditer` gives them. A scan of the whole text is slow (the regex may start at
    common letters), and most articles name no programme."""
    clues = _programme_clues()
    if clues is None:
        yield from programme_regex().finditer(text)
        return
    starts = set()
    for clue in clues:
        at = text.find(clue)
        while at >= 0:
            form = at - 1
            starts.update(form - width for width in _national_widths() if form >= width)
            at = text.find(clue, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := programme_regex().match(text, start)) is not None:
            yield m
            end = m.end()


def _programme_name(m: re.Match) -> str:
    """A programme's name; as written, with its period, for one named so (`as_written`: `Chương trình tổng thể cải
    cách hành chính nhà nước giai đoạn 2011 - 2020`)."""
    entry = load("events.json")["programmes"][int(m.lastgroup[1:])]
    return _canonical(m.group()) if entry.get("as_written") else entry["name"]


def _target_in_full(m: re.Match) -> bool:
    """A national target programme (`target` in events.json) written after `Chương trình mục tiêu quốc gia`."""
    target = load("events.json")["programmes"][int(m.lastgroup[1:])].get("target", False)
    return target and re.match(_TARGET, m.group()) is not None


def _whole_quote(text: str, m: re.Match) -> bool:
    """The quoted name of a `mô hình “Dân vận khéo”` is the movement itself."""
    return text[m.start() - 1 : m.start()] in "“\"" and text[m.end() : m.end() + 1] in "”\""


def _canonical(name: str) -> str:
    name = " ".join(name.strip(" .,;").split())
    return name[0].upper() + name[1:] if name else name


@Language.factory("kgnews_campaigns", assigns=["doc.ents", "doc.spans"], requires=[])
def make_campaigns(nlp: Language, name: str) -> CampaignFinder:
    """Campaigns: quoted names after `phong trào`, `cuộc vận động`, `Đề án`…; national programmes."""
    return CampaignFinder(nlp, name)


class CampaignFinder(Component):
    """The `kgnews_campaigns` component."""

    def find(self, doc: Doc) -> None:
        text = text_of(doc)
        names: dict[str, str] = {}
        quoted: list[tuple[int, int]] = []
        blocked = [(s.start_char, s.end_char) for s in mentions(doc) if s.label_ in ("Event", "LegalDocument")]
        for m in quoted_regex().finditer(text) if "“" in text or '"' in text else ():
            name = names.setdefault(fold(m.group(2)), _canonical(m.group(2)))
            add(doc, m.start(), m.end(), LABEL, name)
            quoted.append((m.start(), m.end()))
            short = _ABBREVIATION.match(text, m.end())
            if short:
                add(doc, short.start() + 2, short.end() - 1, LABEL, name)
        for m in _JOINT.finditer(text) if " xây dựng nông thôn mới" in text else ():
            name = names.setdefault(fold(m.group("name")), _canonical(m.group("name")))
            add(doc, m.start("name"), m.end(), LABEL, name)
            quoted.append((m.start("name"), m.end()))
        for m in _NUMBERED.finditer(text) if any(w in text for w in _NUMBERED_WORDS) else ():
            if not overlaps(m.start(), m.end(), quoted + blocked):
                add(doc, m.start(), m.end(), LABEL, names.setdefault(fold(m.group()), m.group()))
        found = list(_programmes(text))
        # a national target programme written in full (`Chương trình mục tiêu quốc gia giảm nghèo bền vững giai
        # đoạn 2021 - 2025`) is named so, its other mentions with it
        written = {m.lastgroup: _canonical(m.group()) for m in reversed(found) if _target_in_full(m)}
        for m in found:
            if overlaps(m.start(), m.end(), quoted + blocked) and not _whole_quote(text, m):
                continue
            canonical = written.get(m.lastgroup) or _programme_name(m)
            add(doc, m.start(), m.end(), LABEL, names.setdefault(fold(canonical), canonical))

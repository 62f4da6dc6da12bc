"""People: names after titles, honorifics and ranks, in appositions and lists; short later mentions."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kgnews.nlp import body_grammar as g
from kgnews.nlp.gazetteer import (
    alternation, country_regex, edge_alternation, edge_branches, load, province_names, province_regex, surnames,
)
from kgnews.nlp.spans import Component, add, mentions, text_of
from kgnews.nlp.scope import city_before, place_name
from kgnews.nlp.text import CAP

LABEL = "Person"
#: A capitalised run; a word may join syllables with hyphens (`Xổm-phăn Vông-khăm-xay`: Lao names as the Vietnamese
#: press writes them).
_RUN = re.compile(rf"{CAP}(?:-[^\W\d_]+)*(?: {CAP}(?:-[^\W\d_]+)*)*")
_TITLE_LIKE_BODIES = ("Thủ tướng Chính phủ", "Chủ tịch nước")
_COMMON_MIDDLE = {"Thị", "Văn"}
#: A word that makes the following name a place (`phường Võ Thị Sáu`, `đường Lê Lợi`).
_PLACE_WORD = re.compile(r"(?:phường|xã|quận|huyện|thị trấn|thị xã|thành phố|tỉnh|đường|phố|cầu|chùa|đền|trường|Trường)\s$")
#: A hamlet word: `thôn Lũng Táo` is a place, but `trưởng thôn Vàng Seo Páo` a person.
_HAMLET_WORD = re.compile(r"(?:thôn|bản|làng|buôn|ấp|xóm|tổ dân phố|khu phố|plei|sóc)\s$")
#: A photo or source credit before a name: the writer or photographer, not an entity.
_CREDIT = re.compile(r"(?:Ảnh|Ảnh minh họa|Nguồn|Theo|Video|Clip|Bài|Tin|Bài và ảnh|Tin, ảnh)\s*:?\s*\(?$")


@lru_cache(maxsize=None)
def posts() -> tuple[str, ...]:
    """The post lexicon (`Bí thư`, `Phó Chủ tịch`…), longest first."""
    return tuple(sorted(load("titles.json")["posts"], key=len, reverse=True))


@lru_cache(maxsize=None)
def _triggers() -> re.Pattern:
    """Honorifics and ranks that come right before a name (the match ends where the name starts)."""
    data = load("people.json")
    # `(?:WORD_EDGE_L(?:words)|Chủ tịch|Tổng Bí thư)`, each alternative starting with a plain letter
    words = edge_branches(data["honorifics"] + data["ranks"])
    return re.compile(rf"(?:{'|'.join([*words, 'Chủ tịch', 'Tổng Bí thư'])})(?:\s*:)?\s")


@lru_cache(maxsize=None)
def _post_before() -> re.Pattern:
    """A post; the match ends where a name or the body of the post starts."""
    forms = [*posts(), *(p[0].lower() + p[1:] for p in posts())]
    return re.compile(rf"{edge_alternation(forms)}(?: \(\w+\))? ?")


@lru_cache(maxsize=None)
def _post_at_end() -> re.Pattern:
    return re.compile(_post_before().pattern + "$")


def _post_ends_at(text: str, pos: int) -> bool:
    """A post ends right at `pos` (`Trưởng` before `Ban Dân vận Tỉnh ủy`, not only `Trưởng Ban`)."""
    if _post_at_end().search(text, max(0, pos - _POST_WINDOW), pos):
        return True
    # A post found in the whole text and ending at `pos` lies in the window above, unless it is longer: then
    # it ends with its `(…)` part (and maybe a space), and only then is the scan of the whole text needed.
    if _longest_post() + 1 < _POST_WINDOW and not text.endswith((")", ") "), 0, pos):
        return False
    return pos in _post_ends(text)


#: How far before a position `_post_ends_at` looks for a post ending there.
_POST_WINDOW = 60


@lru_cache(maxsize=None)
def _longest_post() -> int:
    """The length of the longest post form (`_post_before` without its `(…)` part)."""
    return max(len(p) for p in posts())


def _ends(pattern: re.Pattern, text: str) -> frozenset[int]:
    """Where the matches of `pattern` end in `text`."""
    return frozenset(m.end() for m in pattern.finditer(text))


# Cached by text alone: hashing a compiled pattern hashes its whole code, microseconds for these large ones.
@lru_cache(maxsize=8)
def _post_ends(text: str) -> frozenset[int]:
    """Where the posts end in `text` (computed once per text)."""
    return _ends(_post_before(), text)


@lru_cache(maxsize=8)
def _trigger_ends(text: str) -> frozenset[int]:
    """Where the honorifics and ranks before a name end in `text` (computed once per text)."""
    return _ends(_triggers(), text)


@lru_cache(maxsize=None)
def _post_after() -> re.Pattern:
    qualifiers = alternation(list(load("titles.json")["qualifiers"]))
    forms = list(posts()) + load("people.json")["ranks"]
    titles = alternation(forms + [f[0].lower() + f[1:] for f in forms])
    return re.compile(rf"(?:,| [-–]| \()\s*(?:(?:{qualifiers}|{qualifiers.title()}) )?(?:{titles})(?![^\W_])")


@lru_cache(maxsize=None)
def _leading_words() -> frozenset[str]:
    data = load("people.json")
    return frozenset(w for w in data["honorifics"] + data["ranks"] if " " not in w)


def _free_pieces(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised runs with the characters of other mentions cut out."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(taken):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    taken, starts = merged, [s for s, _ in merged]
    pieces = []
    count = len(taken)
    for m in _RUN.finditer(text):
        start, run_end = m.span()
        index = max(0, bisect.bisect_right(starts, start) - 1)
        while index < count:
            s, e = taken[index]
            if s >= run_end:
                break
            index += 1
            if e <= start:
                continue
            if s > start:
                pieces.append((start, s))
            start = max(start, e)
        if start < run_end:
            pieces.append((start, run_end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading honorific or rank words and white space from a piece."""
    while True:
        while start < end and text[start] == " ":
            start += 1
        while end > start and text[end - 1] == " ":
            end -= 1
        first = text[start:end].split(" ", 1)[0]
        if first in _leading_words() and " " in text[start:end]:
            start += len(first) + 1
            continue
        # `… chuyên trách tỉnh Quảng Ngãi Đinh Thị Hồng Minh`, `Thủ tướng Lào Sonexay Siphandone`
        place = province_regex().match(text, start, end) or country_regex().match(text, start, end)
        if place is not None and _TWO_WORDS_AFTER.match(text, place.end(), end):
            start = place.end() + 1
            continue
        return start, end


def _after_post_and_country(text: str, start: int) -> bool:
    """A post and its country stand right before `start` (`Tổng thống Pháp Emmanuel Macron`)."""
    return any(m.end() == start - 1 and _post_ends_at(text, m.start())
               for m in country_regex().finditer(text, max(0, start - 24), start))


#: Two capitalised words after a province opening a run: the person named after a title's place.
_TWO_WORDS_AFTER = re.compile(rf" {CAP} {CAP}")


def _context(doc: Doc, text: str, start: int, end: int, bodies: dict[int, object]) -> bool:
    """A name-giving context before or after the piece."""
    if start in _trigger_ends(text) or _post_ends_at(text, start) or _after_post_and_country(text, start):
        return True
    pos = start - 1 if start and text[start - 1] == " " else start
    pos = pos - 1 if text[pos - 1 : pos] == ":" else pos  # `các Phó Chủ tịch UBND tỉnh: A, B`
    body = bodies.get(pos)
    while body is not None:
        if body.name in _TITLE_LIKE_BODIES or _post_ends_at(text, body.start_char):
            return True
        pos = body.start_char - 1
        body = bodies.get(pos)
    return bool(_post_after().match(text, end))


@lru_cache(maxsize=None)
def _not_name_starts() -> frozenset[str]:
    return frozenset(load("people.json")["not_name_starts"])


def _byline(text: str, start: int, end: int) -> bool:
    """A name alone on its line is the writer's byline, not a person of the story."""
    return text[max(0, start - 1) : start] in ("", "\n") and text[end : end + 1] in ("", "\n")


def _name_shaped(words: list[str]) -> bool:
    return len(words) >= 3 and words[0] in surnames() and words[1] in _COMMON_MIDDLE


@Language.factory("kgnews_people", assigns=["doc.ents", "doc.spans"], requires=[])
def make_people(nlp: Language, name: str) -> PersonFinder:
    """Persons named after titles, honorifics and ranks, in appositions and lists; short mentions linked."""
    return PersonFinder(nlp, name)


class PersonFinder(Component):
    """The `kgnews_people` component."""

    def find(self, doc: Doc) -> None:
        text = text_of(doc)
        taken = [(s.start_char, s.end_char) for s in mentions(doc)]
        full, short = _split_short(_candidates(doc, text, taken))
        full += _historical(text, taken, full)
        names = [n for _, _, n in full]
        for start, end, name in full:
            add(doc, start, end, LABEL, name)
        for start, end, piece in short:
            target = _resolve_short(piece, names)
            if target:
                add(doc, start, end, LABEL, target)


def _candidates(doc: Doc, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Capitalised runs outside other mentions that a context (or their shape) marks as names."""
    bodies: dict[int, object] = {}
    for span in mentions(doc, "Organization"):
        if span.end_char not in bodies or span.start_char < bodies[span.end_char].start_char:
            bodies[span.end_char] = span
    found: list[tuple[int, int, str]] = []
    for start, end in _free_pieces(text, taken):
        start, end = _trim(text, start, end)
        words = text[start:end].split()
        after_body = start - 1 in bodies or start in bodies
        if not words or len(words) > 5 or _not_a_name(text, start, words, after_body):
            continue
        shaped = _name_shaped(words) and not _byline(text, start, end)
        if (shaped or _listed_after(text, start, words, found) or _context(doc, text, start, end, bodies)) \
                and not _named_place(text, words):
            found.append((start, end, " ".join(words)))
    return found


def _listed_after(text: str, start: int, words: list[str], found: list[tuple[int, int, str]]) -> bool:
    """`các đồng chí Lê Thị Dung và Phạm Quốc Bảo`: a surname-led run joined by `,` or `và` to the name found
    just before it is the next name of the list."""
    return (bool(found) and text[found[-1][1] : start] in (", ", " và ") and 2 <= len(words) <= 4
            and words[0] in surnames())


@lru_cache(maxsize=None)
def _admin_words() -> tuple[str, ...]:
    return tuple(f"{word} " for word in g.level_words())


@lru_cache(maxsize=None)
def _former_provinces() -> frozenset[str]:
    return frozenset(load("provinces.json")["former"])


def _named_place(text: str, words: list[str]) -> bool:
    """`cử tri Vĩnh Châu` where the article also writes `thị xã Vĩnh Châu`: the place, not a person (a name
    that opens with a surname, `Trần Phú`, may be both, and stays a name; `A Lăng Thị Hoa` is no place's)."""
    if words[0] in surnames() or place_name(words) != words:
        return False
    name = " ".join(words)
    pos = text.find(name)
    while pos >= 0:
        after = text[pos + len(name) : pos + len(name) + 1]
        if text.endswith(_admin_words(), max(0, pos - 11), pos) and not (after.isalnum() or after in ("'", "’")):
            if not text.endswith("tỉnh ", 0, pos) or name in province_names() or name in _former_provinces():
                return True  # not `UBND tỉnh Thông Minh Quang`: after `tỉnh`, a province's name only
        pos = text.find(name, pos + 1)
    return False


def _split_short(found: list[tuple[int, int, str]]) -> tuple[list, list]:
    """Full names, and short mentions: one word, or the first or last words of a longer name found."""
    longer = {n for _, _, n in found}
    full, short = [], []
    for item in found:
        name = item[2]
        part = any(n != name and (n.startswith(name + " ") or n.endswith(" " + name)) for n in longer)
        (short if " " not in name or part else full).append(item)
    return full, short


def _not_a_name(text: str, start: int, words: list[str], after_body: bool = False) -> bool:
    """A place, an acronym, the start of a body's name, or a photo credit (cheapest tests first). A first word
    that usually opens something else (`Thông`, `Báo`: also Chăm surnames) opens a name of three words when a post
    follows (`Thông Thanh Phú, nguyên Chủ tịch UBND huyện`) or a body precedes (`Chủ tịch UBND tỉnh Thông Minh
    Quang`)."""
    if any(len(w) > 1 and w.isupper() for w in words):
        return True
    if words[0] in _not_name_starts() and not (len(words) >= 3 and (
            after_body or _post_after().match(text, start + len(" ".join(words))))):
        return True
    name = " ".join(words)
    if name in province_names() or country_regex().fullmatch(name):
        return True
    before = text[max(0, start - 12) : start]
    if _CREDIT.search(before):
        return True
    if _HAMLET_WORD.search(before) and words[0] not in surnames():
        return True
    if not after_body and _PLACE_WORD.search(before):
        return True
    named = g.named_regex().match(text, start) and not g.after_honorific(text, start)
    return bool(g.sub_regex().match(text, start) or g.central_regex().match(text, start) or named
                or g.local_regex().match(text, start))  # `Giám đốc Agribank An Giang`


def _historical(text: str, taken: list[tuple[int, int]], full: list) -> list[tuple[int, int, str]]:
    """National historical leaders named without a title (`tư tưởng Hồ Chí Minh`, `Bác Hồ`), not a city."""
    found = []
    for literal, form, name in _historical_forms():
        if literal not in text:  # a substring test in C, before the regex
            continue
        for m in form.finditer(text):
            if any(s <= m.start() < e for s, e in taken) or any(s <= m.start() < e for s, e, _ in full):
                continue
            if city_before(text, m.start()):
                continue
            found.append((m.start(), m.end(), name))
    return found


@lru_cache(maxsize=None)
def _historical_forms() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(form, regex of the form, canonical name) of the historical leaders, in the data's order."""
    data = load("people.json")
    forms = {name: name for name in data["historical"]} | data["historical_aliases"]
    return tuple((form, re.compile(re.escape(form) + r"(?![^\W_])"), name) for form, name in forms.items())


def _resolve_short(piece: str, names: list[str]) -> str | None:
    """`Sình` → `Vàng Seo Sình`; `Y Dhăm` → `Y Dhăm Ênuôl`: the one full name it ends or starts."""
    if piece in names:
        return piece
    ends = {n for n in names if n.endswith(" " + piece)}
    starts = {n for n in names if n.startswith(piece + " ")}
    if len(ends) == 1:
        return ends.pop()
    if len(starts) == 1 and not ends:
        return starts.pop()
    return None

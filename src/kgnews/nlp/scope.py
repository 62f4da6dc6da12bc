"""The article's own place: its province and districts, used to resolve `Tỉnh ủy`, `UBND huyện`…"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from kgnews.nlp.gazetteer import edge_first, load, province_names, province_regex, surnames
from kgnews.nlp.spans import text_of
from kgnews.nlp.text import CAP, NAME_NUMBER, modern_tones

_LOCAL_WORDS = "huyện đảo|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu|Huyện ủy|Quận ủy|Thị ủy|Thành ủy|Huyện|Quận|Thị xã|Thành phố|Xã|Phường|Thị trấn"
#: `(?<!\w)(<local word>) (<name>)`, each word's check on the character before it right after its first letter;
#: `Thành ủy Thành phố X` names no place `Thành`.
_LOCAL = re.compile("(" + edge_first(_LOCAL_WORDS.split("|"), r"\w") + rf") ({CAP}(?: {CAP}){{0,3}}{NAME_NUMBER}?|\d+)(?![\w'’]| phố)")
_KIND = {"huyện đảo": "huyện", "huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã", "thành ủy": "thành phố"}
#: A Party body with its level: commune-level ones (`Đảng ủy xã`, `Đảng bộ phường`) against the others.
_PARTY = re.compile(
    "(?:"
    + edge_first(
        [r"Đảng (?:ủy|bộ) (?P<commune>xã|phường|thị trấn|đặc khu)", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy",
         r"Đảng (?:ủy|bộ) (?:tỉnh|thành phố|huyện|quận|thị xã)"],
        r"\w",
    )
    + r")(?!\w)"
)


#: After a province's name: it names the province before a merger (`tỉnh Bắc Kạn cũ`, `(cũ)`, `trước đây`).
_FORMER_AFTER = re.compile(r" ?\(?(?:cũ|trước đây)(?![\w'’])")
#: `hợp nhất với tỉnh Y`, `sáp nhập vào tỉnh Y`: the province an article written after a merger is about.
_MERGED_INTO = re.compile(r"(?:hợp nhất|sáp nhập|nhập) (?:với|vào) (?:tỉnh |thành phố )?")


@dataclass(frozen=True)
class Scope:
    """The province (`Hà Tĩnh`) and the districts by kind (`{"huyện": "Lệ Thủy"}`) an article is about."""

    province: str | None = None
    districts: dict[str, str] = field(default_factory=dict, hash=False)
    #: The commune level (`xã`, `phường`…) of the Party body the article is about, if it is one.
    party: str | None = None

    def unit(self, level: str) -> str | None:
        """The name of the article's own unit at `level` (`tỉnh`, `thành phố`, `huyện`…), if known."""
        from kgnews.nlp.gazetteer import cities

        if level == "tỉnh":
            return self.province
        if level == "thành phố" and self.province in cities():
            return self.province
        return self.districts.get(level)


def place_name(words: list[str]) -> list[str]:
    """The leading words of a capitalised run that name a place, not a following person.

    `Tả Phìn Giàng Seo Phử` → `Tả Phìn`; `Nguyễn Văn An`, `Lê Thành Long` (a common surname, or surname and middle name) → nothing;
    `Hoàng Su Phì` (a surname, but no middle name) → kept. `Thị` after the first word is a woman's
    middle name, never part of a place: `Phan Thị Kiều Oanh`, `A Lăng Thị Hoa` → nothing (`Thị Cầu` is kept).
    Two names joined by a dash are one place, each read alone (`Phan Rang - Tháp Chàm`).
    """
    if "-" in words[1:-1]:
        dash = words.index("-")
        left, right = place_name(words[:dash]), place_name(words[dash + 1 :])
        return [*left, "-", *right] if left == words[:dash] and right else left
    if "Thị" in words[1:]:
        middle = words.index("Thị", 1)
        words = words[: middle - 1 if words[middle - 1] in surnames() else max(middle - 2, 0)]
    for index in range(2, len(words)):
        if words[index] in surnames() and len(words) - index >= 2:
            return words[:index]
    if len(words) >= 3 and words[0] in surnames() and (words[1] in middle_names() or words[0] in common_surnames()):
        return []
    return words[:3]


def numbered_place(words: list[str]) -> list[str]:
    """`place_name`, keeping a final number when the whole name before it is kept (`Hà Giang 1`)."""
    if len(words) > 1 and words[-1].isdigit():
        head = place_name(words[:-1])
        return head + words[-1:] if head == words[:-1] else head
    return place_name(words)


@lru_cache(maxsize=None)
def common_surnames() -> frozenset[str]:
    return frozenset(load("people.json")["common_surnames"])


@lru_cache(maxsize=None)
def middle_names() -> frozenset[str]:
    return frozenset(load("people.json")["middle_names"])


def compute_scope(title: str, body: str, source: str = "", toned: bool = False) -> Scope:
    """Count province and district names in the title, body and source; the most frequent win."""
    extra = modern_tones(" \n ".join((title, title, source)))
    text = " \n ".join((extra, body if toned else modern_tones(body)))
    provinces = Counter(province_names()[m.group()] for m in province_regex().finditer(text) if _counts(text, m))
    for m in _MERGED_INTO.finditer(text):  # `sau khi tỉnh X hợp nhất với tỉnh Y`: the article is in Y now
        if (merged := province_regex().match(text, m.end())) is not None:
            provinces[province_names()[merged.group()]] += 2
    province = provinces.most_common(1)[0][0] if provinces else None
    districts: dict[str, Counter] = {}
    for match in _LOCAL.finditer(text):
        kind = match.group(1).lower()
        kind = _KIND.get(kind, kind)
        words = [match.group(2)] if match.group(2).isdigit() else numbered_place(match.group(2).split())
        name = " ".join(words)
        if not name or name in province_names():
            continue
        districts.setdefault(kind, Counter())[name] += 1
    return Scope(province, {k: c.most_common(1)[0][0] for k, c in districts.items()}, _party_level(text))


#: Right before a city named after a person: the city's level word (`TP Hồ Chí Minh`, `thành phố Hồ Chí Minh`).
_CITY_BEFORE = re.compile(r"(?:[Tt]hành phố|TP\.?) ?$")


def city_before(text: str, pos: int) -> bool:
    """The level word of a city stands right before `pos`: `Hồ Chí Minh` there is the city, not the leader."""
    return _CITY_BEFORE.search(text, max(0, pos - 11), pos) is not None


def _counts(text: str, m: re.Match) -> bool:
    """Whether a province's name counts for the article's own: not a province before a merger, and a city also
    named after a person (`Hồ Chí Minh` in `tư tưởng Hồ Chí Minh`) only when written as the city."""
    if _FORMER_AFTER.match(text, m.end()):
        return False
    return m.group() not in load("provinces.json")["in_full"] or city_before(text, m.start())


def _party_level(text: str) -> str | None:
    """The commune level when commune-level Party bodies outnumber the others (title counted twice)."""
    communes: Counter = Counter()
    others = 0
    for m in _PARTY.finditer(text):
        if m.group("commune"):
            communes[m.group("commune")] += 1
        else:
            others += 1
    if communes and sum(communes.values()) > others:
        return communes.most_common(1)[0][0]
    return None


def scope_of(doc: Doc) -> Scope:
    """The article's scope, computed once per `Doc` from `Doc._.article` (or the text alone)."""
    cached = doc.user_data.get("kg_scope")  # plain data, so the Doc stays serialisable
    if cached is None:
        article = doc._.article if Doc.has_extension("article") else None
        title = (article.title or "") if article else ""
        source = (article.source or "") if article else ""
        scope = compute_scope(title, text_of(doc), source, toned=True)
        cached = doc.user_data["kg_scope"] = [scope.province, scope.districts, scope.party]
    return Scope(cached[0], dict(cached[1]), cached[2])

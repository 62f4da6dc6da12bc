"""Legal documents: numbered Party and State documents, named laws, short later mentions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kgnews.nlp.bodies import resolve_body
from kgnews.nlp.gazetteer import CAPITAL_AHEAD, WORD_EDGE_L, alternation, edge_alternation, load, province_kind
from kgnews.nlp.scope import scope_of
from kgnews.nlp.spans import Component, add, mention_at, mentions, overlaps, text_of
from kgnews.nlp.text import CAP, UPPER, resolve_date

LABEL = "LegalDocument"
_CODE = r"[A-ZĐ][A-Za-zĐ0-9]{0,9}(?![^\W_])"
NUMBER = rf"\d+[a-z]?(?:/\d{{4}})?(?: ?- ?|/){_CODE}(?:[-/]{_CODE})*"
_DATE = r"(?: |, ?)(?:ban hành )?ngày (?:(\d{1,2})[/-](\d{1,2})[/-](\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4}))"
_ISSUED = re.compile(_DATE)
_SAME_DAY = re.compile(r",? cùng ngày")
_NUMBER_PARTS = re.compile(r"[-/]")
_SPACES = re.compile(r"\s+")
_LAW_WORDS = re.compile(r"(,? )([^\W_]+)")
_FINAL_YEAR_WORD = re.compile(r" năm$")
_FINAL_YEAR = re.compile(r",? (?:năm )?\d{4}$")
_OF = re.compile(r",? (?:do |của )")
_QUOTED = re.compile(r",? (?:về )?[“\"]([^”\"]{3,300})[”\"]")
_ABOUT = re.compile(r",? về ([^;.,:()“”\"]{3,300})")


@dataclass
class DocumentInfo:
    """A document being collected: kind, number, attributes."""

    kind: str
    number: str | None
    name: str
    attrs: dict[str, str] = field(default_factory=dict)


def _kinds(names: list[str]) -> list[str]:
    """The kind names as written at a sentence's start and inside it."""
    return names + [n[0].lower() + n[1:] for n in names]


@lru_cache(maxsize=None)
def numbered_regex() -> re.Pattern:
    """A kind and its number (`Chỉ thị số 30-CT/TW`); each kind starts with a plain letter, its word-edge check
    right after it, so the regex engine skips fast to where one may start."""
    kinds = edge_alternation(_kinds(load("documents.json")["kinds"]))
    return re.compile(rf"(?P<kind>{kinds}) (?:số )?(?P<number>{NUMBER})")


#: How every number of `NUMBER` starts: a match of `numbered_regex` holds one, right after a space.
#: (`\d\d*`, not `\d+`: a regex that starts with a character class skips fast to where it may match.)
_NUMBER_HEAD = re.compile(r"\d\d*[a-z]?(?:/\d{4})?(?: ?- ?|/)[A-ZĐ]")


@lru_cache(maxsize=None)
def _kind_widths() -> tuple[int, ...]:
    """How far before its number a match of `numbered_regex` starts: a kind and a space, or `số ` too."""
    widths = {len(kind) for kind in load("documents.json")["kinds"]}
    return tuple(sorted({w + 1 for w in widths} | {w + len(" số ") for w in widths}))


def numbered(text: str) -> Iterator[re.Match]:
    """`numbered_regex().finditer(text)`, trying the regex only where a match may start: a kind's width
    before a number that follows a space; the leftmost matches that do not overlap, as `finditer` gives them.
    Numbers are few, and the kinds' first letters common ones, so the scan of the whole text is slower.
    (A `_NUMBER_HEAD` match holds no space before a digit, so it never hides a later number.)"""
    starts = set()
    for m in _NUMBER_HEAD.finditer(text):
        at = m.start()
        if text[at - 1 : at] == " ":
            starts.update(at - width for width in _kind_widths() if at >= width)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := numbered_regex().match(text, start)) is not None:
            yield m
            end = m.end()


@lru_cache(maxsize=None)
def short_regex() -> re.Pattern:
    kinds = edge_alternation(load("documents.json")["kinds"], UPPER)
    return re.compile(rf"(?P<kind>{kinds}) (?:số )?(?P<number>\d+[a-z]?)(?![\w/-]|\.\d|,\d)")


@lru_cache(maxsize=None)
def named_regex() -> re.Pattern:
    kinds = alternation(load("documents.json")["named_kinds"])
    resolution = (
        r"Nghị quyết (?:(?:Hội nghị )?Trung ương (?:\d+|[a-zà-ỹ]+)(?: \(khóa [IVXLC]+\)| khóa [IVXLC]+)?"
        r"|Đại hội (?:đại biểu )?(?:toàn quốc |Đảng bộ [^,.;:()]{0,30}?)?(?:lần thứ )?[IVXLC]+"
        r"(?: của Đảng| (?:Công đoàn|Hội|Mặt trận|Đoàn|Liên hiệp|Tổng Liên đoàn)[^,.;:()]{0,40}? Việt Nam(?!\w))?)"
    )
    return re.compile(CAPITAL_AHEAD + WORD_EDGE_L + rf"(?:{resolution}|(?P<kind>{kinds})(?P<rest>(?: {CAP})?(?:,? [^\W\d_]+| năm \d{{4}}| \d{{4}}(?![\d/]))*)(?P<amended> \(sửa đổi(?:, bổ sung)?\)(?: năm \d{{4}}(?![\d/]))?)?)")


@lru_cache(maxsize=None)
def _named_starts() -> tuple[str, ...]:
    """What every match of `named_regex` starts with: a text with none of them is not scanned."""
    return ("Nghị quyết ", *load("documents.json")["named_kinds"])


def _issued(text: str, pos: int, previous: str | None) -> tuple[str | None, int]:
    match = _ISSUED.match(text, pos)
    if match:
        day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else match.group(4, 5, 6)
        return resolve_date(int(day), int(month), int(year), None), match.end()
    same = _SAME_DAY.match(text, pos)
    if same and previous:
        return previous, same.end()
    return None, pos


def _suffix_issuer(number: str) -> str | None:
    issuers = load("documents.json")["suffix_issuers"]
    for piece in reversed(_NUMBER_PARTS.split(number)):
        key = piece.rstrip("0123456789")
        if key in issuers:
            return issuers[key]
    return None


def _issuer(doc: Doc, pos: int, number: str | None) -> tuple[str | None, int]:
    match = _OF.match(text_of(doc), pos)
    if match and (span := mention_at(doc, match.end(), "Organization")) is not None:
        return span.name, span.end_char
    suffix = _suffix_issuer(number) if number else None
    if suffix == "Tỉnh ủy" and province_kind(scope_of(doc).province or "") == "thành phố":
        suffix = "Thành ủy"
    return (resolve_body(suffix, doc) if suffix else None), pos


def _title(text: str, pos: int) -> str | None:
    match = _QUOTED.match(text, pos) or _ABOUT.match(text, pos)
    if not match:
        return None
    title = match.group(1).strip()
    return title[3:] if title.lower().startswith("về ") and match.re is _QUOTED else title


def _describe(doc: Doc, text: str, kind: str, number: str, end: int, previous: str | None) -> DocumentInfo:
    kind = kind[0].upper() + kind[1:]
    number = _SPACES.sub("", number)
    attrs = {"doc_type": kind, "number": number}
    issued, pos = _issued(text, end, previous)
    if issued:
        attrs["issued"] = issued
    issuer, pos = _issuer(doc, pos, number)
    if issuer:
        attrs["issuer"] = issuer
    title = _title(text, pos)
    if title:
        attrs["title"] = title
    return DocumentInfo(kind, number, f"{kind} {number}", attrs)


def _law_name(kind: str, rest: str, number_after: bool = False) -> str | None:
    """`Luật Đất đai năm 2013`, `Luật Phòng, chống tác hại của rượu, bia`: the kind, a capitalised word, then
    words up to a clause boundary (a stop word, a comma or ` và ` that opens a clause, the year)."""
    if kind == "Luật" and (amending := _AMENDING.match(rest)) is not None:
        return _amending_law(rest, amending)
    pieces = _LAW_WORDS.findall(rest)
    if kind != "Hiến pháp" and not (pieces and pieces[0][1][0].isupper()):
        return None
    if kind == "Luật" and (known := _known_law(rest)) is not None:
        return f"{kind} {known}"
    if number_after:  # `theo Luật Dân quân tự vệ, đạt tỷ lệ 1,8%`: the words before a number are no list's end
        pieces.append((" ", "0"))
    out: list[str] = []
    for index, (sep, word) in enumerate(pieces):
        if sep == ", " and word != "chống" and not _list_goes_on(pieces, index):
            out += _before_next_law(rest, pieces, index, "".join(out))
            break
        if word.isdigit() or word == "năm" and not _year_after(pieces, index):
            out += [sep + word] if sep == " " and len(word) == 4 and word.isdigit() else []
            break
        if word in _stop() and not (word == "của" and _owned_noun(pieces, index) or word == "và" and _list_goes_on(pieces, index + 1)):
            break
        out.append(sep + word)
    return _FINAL_YEAR_WORD.sub("", kind + "".join(out))


#: An amending law: `Luật sửa đổi, bổ sung một số điều của` the law (or laws) it amends.
_AMENDING = re.compile(r" sửa đổi, bổ sung (?:một số điều của |một số điều, khoản của )?")
#: The law an amending law's name ends with, and its kind.
_AMENDED = re.compile(r"^Luật sửa đổi, bổ sung .*? của ((Bộ luật|Luật) .+)$")
#: Laws amended together, named by their subject: `các luật về thuế`, `các luật có liên quan đến quy hoạch`.
_LAWS_ON = re.compile(r"các luật (?:về|có liên quan đến|liên quan đến)(?: (?!và |để |nhằm |có )[^\W\d_A-ZĐ]+){1,4}")


def _amending_law(rest: str, amending: re.Match) -> str | None:
    """`Luật sửa đổi, bổ sung một số điều của Luật Đất đai`, `… của các luật về thuế`: named with what it amends."""
    target = rest[amending.end() :]
    head = "Luật" + amending.group()
    if (laws := _LAWS_ON.match(target)) is not None:
        return head + laws.group()
    for kind in ("Bộ luật", "Luật"):
        if target.startswith(kind + " "):
            amended = _law_name(kind, target[len(kind) :])
            return head + amended if amended else None
    return None


def _before_next_law(rest: str, pieces: list[tuple[str, str]], index: int, written: str) -> list[str]:
    """In a list of laws, lower-case words joined by commas up to the next `Luật` belong to the name before it
    (`Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ, Luật Trợ giúp pháp lý`)."""
    for end in range(index, min(len(pieces), index + 16)):
        word = pieces[end][1]
        if word == "Luật":
            tail = [sep + w for sep, w in pieces[index:end]]
            name = written + "".join(tail)
            return tail if rest.startswith(name + ", Luật ") else []
        if not word.islower() or word in _stop() and word != "và":
            return []
    return []


@lru_cache(maxsize=None)
def _known_laws() -> re.Pattern:
    """Law names whose commas or `và` reading by shape would cut: longest first, each ending a word."""
    return re.compile(" (" + alternation(load("documents.json")["law_names"]) + r")(?![^\W_])")


def _known_law(rest: str) -> str | None:
    """The known law name `rest` starts with, and its year if one follows (`Tín ngưỡng, tôn giáo năm 2016`)."""
    match = _known_laws().match(rest)
    if match is None:
        return None
    year = _LAW_YEAR.match(rest, match.end())
    return match.group(1) + (year.group() if year else "")


_LAW_YEAR = re.compile(r"(?: năm)? \d{4}(?!\d)")


def _year_after(pieces: list[tuple[str, str]], index: int) -> bool:
    return index + 1 < len(pieces) and pieces[index + 1][0] == " " and pieces[index + 1][1].isdigit()


@lru_cache(maxsize=None)
def _stop() -> frozenset[str]:
    return frozenset(load("documents.json")["name_stopwords"])


def _owned_noun(pieces: list[tuple[str, str]], index: int) -> bool:
    """`tác hại của rượu`: `của` inside a name, before a lower-case noun that is not an owner (`của tỉnh`)."""
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    owners = load("documents.json")["owner_words"]
    return bool(following and following[0] == " " and following[1].islower() and following[1] not in _stop() and following[1] not in owners)


def _list_goes_on(pieces: list[tuple[str, str]], index: int) -> bool:
    """A comma or `và` inside a name joins one to three lower-case words, then the name ends (`rượu, bia và`,
    `Bảo vệ và phát triển rừng năm 2004`); before a capital, a stop word or a longer clause it ends the name."""
    for size in range(3):
        if index + size >= len(pieces):
            return True
        sep, word = pieces[index + size]
        if size and sep == ", " or word in ("và", "năm"):
            return size > 0
        if not word.islower() or word in _stop():
            return False
    return index + 3 >= len(pieces) or pieces[index + 3][0] == ", " or pieces[index + 3][1] in ("và", "năm")


def _implied_issuer(doc: Doc, m: re.Match, info: DocumentInfo) -> None:
    """Convention 5: `NĐ-CP` decrees are issued by `Chính phủ`, `QĐ-TTg` decisions by `Thủ tướng Chính phủ`,
    `QH` resolutions and laws by `Quốc hội`, even when the text does not name them: the number's suffix is
    then a mention of the issuer."""
    issuer = info.attrs.get("issuer")
    suffix = load("documents.json")["implied_issuers"].get(issuer or "")
    if not suffix or any(s.name == issuer for s in mentions(doc, "Organization")):
        return
    found = re.search(rf"(?<![A-Za-z]){suffix}(?![A-Za-z])", m.group("number"))
    if found:
        add(doc, m.start("number") + found.start(), m.start("number") + found.end(), "Organization", issuer)


@Language.factory("kgnews_documents", assigns=["doc.ents", "doc.spans"], requires=[])
def make_documents(nlp: Language, name: str) -> DocumentFinder:
    """LegalDocuments: numbered documents with kind, number, date, issuer, subject; named laws."""
    return DocumentFinder(nlp, name)


class DocumentFinder(Component):
    """The `kgnews_documents` component."""

    def find(self, doc: Doc) -> None:
        text = text_of(doc)
        found: dict[str, DocumentInfo] = {}
        taken: list[tuple[int, int]] = []
        previous = None
        for m in numbered(text):
            info = _describe(doc, text, m.group("kind"), m.group("number"), m.end(), previous)
            previous = info.attrs.get("issued", previous)
            known = found.setdefault(info.name, info)
            for key, value in info.attrs.items():
                known.attrs.setdefault(key, value)
            add(doc, m.start(), m.end(), LABEL, info.name, known.attrs)
            taken.append((m.start(), m.end()))
            _implied_issuer(doc, m, info)
        self._short(doc, text, found, taken)
        self._named(doc, text, taken)

    def _short(self, doc: Doc, text: str, found: dict[str, DocumentInfo], taken: list) -> None:
        for m in short_regex().finditer(text):
            if overlaps(m.start(), m.end(), taken):
                continue
            kind, number = m.group("kind"), m.group("number")
            same = [d for d in found.values() if d.kind == kind and re.match(rf"{number}(?!\w)", d.number or "")]
            if same:
                add(doc, m.start(), m.end(), LABEL, same[0].name, same[0].attrs)
                taken.append((m.start(), m.end()))

    def _named(self, doc: Doc, text: str, taken: list) -> None:
        if not any(kind in text for kind in _named_starts()):
            return
        names: dict[str, str] = {}
        pos = 0
        while (m := named_regex().search(text, pos)) is not None:
            kind = m.group("kind") or "Nghị quyết"
            number_after = text[m.end("rest") + 1 : m.end("rest") + 2].isdigit()
            name = _law_name(kind, m.group("rest"), number_after) if m.group("kind") else m.group()
            pos = m.start() + (len(name) if name else len(kind))
            if not name or overlaps(m.start(), pos, taken):
                continue
            if m.group("amended") and name == kind + m.group("rest") and not _FINAL_YEAR.search(name):
                # `Luật X (sửa đổi) năm 2018` is named so; after the year (`Luật X năm 2018 (sửa đổi, bổ sung)`)
                # the brackets say the law is being amended, not its name
                name += m.group("amended")
                pos = m.start() + len(name)
            canonical = names.setdefault(_FINAL_YEAR.sub("", name), name)
            add(doc, m.start(), pos, LABEL, canonical, {"doc_type": kind})
            taken.append((m.start(), pos))
            for amended in _AMENDED.finditer(name):  # `Luật sửa đổi, bổ sung … của Luật Đất đai`: that law is named too
                inner = names.setdefault(_FINAL_YEAR.sub("", amended.group(1)), amended.group(1))
                add(doc, m.start() + amended.start(1), pos, LABEL, inner, {"doc_type": amended.group(2)})

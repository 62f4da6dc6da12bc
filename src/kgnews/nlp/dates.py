"""Dates in running text (`sáng nay (22/7)`, `chiều ngày 5-3`, `từ ngày 3 đến 5/11`), resolved to ISO."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgnews.nlp.text import resolve_date

_PART = r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm)"
#: The date patterns, each with a piece of text its matches contain (a window without it is not scanned).
_PATTERNS = (
    # sáng nay (22/7), sáng thứ Hai (15/7), hôm qua (14/3), trong 2 ngày (20 - 21/10)
    ("(", re.compile(rf"(?:{_PART}(?: nay| qua| mai| thứ \w+| [Cc]hủ nhật)? |ngày )?\((?P<d>\d{{1,2}})(?: ?- ?\d{{1,2}}(?=/))?[/-](?P<m>\d{{1,2}})(?:[/-](?P<y>\d{{4}}))?\)")),
    # từ ngày 3 đến 5/11, từ 3 - 5/11
    ("ừ ", re.compile(r"(?:[Tt]ừ )(?:ngày )?(?P<d>\d{1,2})(?: ?- ?| đến (?:ngày )?)\d{1,2}[/-](?P<m>\d{1,2})(?:[/-](?P<y>\d{4}))?")),
    # ngày 14 tháng 3 năm 2022
    (" tháng ", re.compile(rf"(?:{_PART} )?(?:ngày )?(?P<d>\d{{1,2}}) tháng (?P<m>\d{{1,2}})(?: năm (?P<y>\d{{4}}))?")),
    # sáng 29/5, chiều ngày 3-11, ngày 20 - 21/10, ngày 20 và 21/10, 25/3/2021
    (None, re.compile(rf"(?:{_PART} )(?:ngày )?(?P<d>\d{{1,2}})(?:(?: ?- ?| và )\d{{1,2}}(?=/))?[/.-](?P<m>\d{{1,2}})(?:[/.-](?P<y>\d{{4}}))?(?![\d/]|\.\d)")),
)
#: Where a date may be (written `\d\d?`, not `\d{1,2}`, so the regex engine scans fast for a digit).
_CANDIDATE = re.compile(r"\d\d?(?: tháng |[/.-])\d")

#: `sáng nay`, `hôm nay`: found from the rarer ` nay` (a literal the regex engine finds fast), then the word before.
_NAY = re.compile(r" nay(?! \()")
_PART_WORD = re.compile(_PART)
_NOT_EVENT = re.compile(r"(?:trước|đến|hiệu lực từ|từ|sau|hết|hạn|kể từ|thông qua|ban hành) $")


@dataclass(frozen=True)
class DateMention:
    """A date in the text: `text[start:end]`, resolved to `iso`."""

    start: int
    end: int
    iso: str


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every day-level date of `text`; the year comes from `published` when the text omits it."""
    found: list[DateMention] = []
    windows = [(max(0, m.start() - 24), m.end() + 16) for m in _CANDIDATE.finditer(text)]
    for needed, pattern in _PATTERNS:
        scanned = [(s, e) for s, e in windows if needed is None or text.find(needed, s, e) >= 0]
        for m in (m for s, e in scanned for m in pattern.finditer(text, s, e)):
            if any(d.start <= m.start() < d.end or m.start() <= d.start < m.end() for d in found):
                continue
            year = int(m.group("y")) if m.group("y") else None
            iso = resolve_date(int(m.group("d")), int(m.group("m")), year, published)
            if iso and not _NOT_EVENT.search(text[max(0, m.start() - 16) : m.start()]):
                found.append(DateMention(m.start(), m.end(), iso))
    if published:
        for start, end in _today(text):
            if not any(d.start <= start < d.end for d in found):
                found.append(DateMention(start, end, published[:10]))
    return sorted(found, key=lambda d: d.start)


def _today(text: str):
    """(start, end) of each `<part of day> nay` (`sáng nay`, not `sáng nay (22/7)`): no part is the end of
    another, so at most one ends right before a ` nay`."""
    for m in _NAY.finditer(text):
        for size in (3, 4, 5):
            if m.start() >= size and _PART_WORD.fullmatch(text, m.start() - size, m.start()):
                yield m.start() - size, m.end()
                break

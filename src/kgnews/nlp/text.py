"""Text helpers shared by the components: tone placement, NFC, capitalised runs, dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

_TONED_A = "àáảãạ"
_TONED_E = "èéẻẽẹ"
_TONED_Y = "ỳýỷỹỵ"
_PLAIN_O = "òóỏõọ"
_PLAIN_U = "ùúủũụ"
# Old-style tone placement on the second vowel of an open syllable: oà → òa, uỷ → ủy (never after q).
# It starts with a plain character class, so the regex engine skips fast to the next `o` or `u`.
_OLD_TONES = re.compile(
    rf"[oOuU](?:(?<=[oO])[{_TONED_A}{_TONED_E}{_TONED_A.upper()}{_TONED_E.upper()}]"
    rf"|(?<=[uU])(?<![qQ].)[{_TONED_Y}{_TONED_Y.upper()}])(?!\w)"
)
_BASE = {c: i for i, c in enumerate(_TONED_A)} | {c: i for i, c in enumerate(_TONED_E)} | {c: i for i, c in enumerate(_TONED_Y)}
_UNTONE = {"a": _TONED_A, "e": _TONED_E, "y": _TONED_Y}

#: Every capital letter of Vietnamese (and Latin) text.
UPPER = "".join(chr(c) for c in range(0x41, 0x1EFF) if chr(c).isupper() and chr(c).isalpha())
#: One syllable that starts with a capital letter (`H'Liên`, `Bh'riu`, `Ênuôl`).
CAP = rf"[{UPPER}][^\W_]*(?:['’][^\W_]+)?"
#: One syllable of any case.
SYL = r"[^\W_]+(?:['’][^\W_]+)?"
#: A one-digit number ending a unit's name (`phường Hà Giang 1`), not a date or a count's digits.
NAME_NUMBER = r"(?: [1-9](?![\w/.,:-]))"


def _untoned(char: str) -> tuple[str, int]:
    low = char.lower()
    for base, row in _UNTONE.items():
        if low in row:
            plain = base.upper() if char.isupper() else base
            return plain, row.index(low)
    return char, -1


def _move(vowel: str, toned: str) -> str:
    plain, tone = _untoned(toned)
    row = _PLAIN_O if vowel.lower() == "o" else _PLAIN_U
    moved = row[tone].upper() if vowel.isupper() else row[tone]
    return moved + plain


def _fix(match: re.Match) -> str:
    vowel, toned = match.group()
    return _move(vowel, toned)


def modern_tones(text: str) -> str:
    """Modern tone placement (`Thuỷ` → `Thủy`, `Hoà` → `Hòa`); keeps the length, so offsets still hold."""
    if not text.isascii():
        text = _OLD_TONES.sub(_fix, text)
    return text


def canonical(text: str) -> str:
    """A canonical surface: NFC, modern tone placement, single spaces."""
    return " ".join(modern_tones(unicodedata.normalize("NFC", text)).split())


def fold(text: str) -> str:
    """A comparison key: canonical and case folded."""
    return canonical(text).casefold()


def resolve_date(day: int, month: int, year: int | None, published: str | None) -> str | None:
    """An ISO date; the year comes from the publication date when the text omits it."""
    pub = _published(published)
    if year is None:
        if pub is None:
            return None
        year = pub.year
        try:
            if date(year, month, day) > pub + timedelta(days=62):
                year -= 1
        except ValueError:
            return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None

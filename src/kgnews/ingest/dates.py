"""Date lines of Vietnamese news pages, read into ISO 8601 (`+07:00` when no zone is given)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))

_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})(?!\d)")
_DMY_WORDS = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+(?:tháng|thg)\s*(?P<m>\d{1,2})\s*(?:,|năm)?\s*(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?<![\d/.\-])(?P<H>\d{1,2})\s*(?::|h|giờ)\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s*(?P<ampm>AM|PM|SA|CH))?(?![\d/])",
    re.IGNORECASE,
)
_ZONE = re.compile(r"(?:GMT|UTC)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?", re.IGNORECASE)

#: How long a line may be and still be a page's date line.
MAX_DATE_LINE = 80


def _zone(text: str) -> timezone | None:
    match = _ZONE.search(text)
    if not match:
        return None
    minutes = int(match["h"]) * 60 + int(match["m"] or 0)
    return timezone(timedelta(minutes=-minutes if match["sign"] == "-" else minutes))


def _iso_zone(value: str) -> timezone:
    if value == "Z":
        return timezone.utc
    sign = -1 if value[0] == "-" else 1
    digits = value[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _time_of(text: str) -> tuple[int, int, int] | None:
    match = _TIME.search(text)
    if not match:
        return None
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    ampm = (match["ampm"] or "").upper()
    if ampm in ("PM", "CH") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def parse_datetime(text: str) -> str | None:
    """The ISO 8601 date-time a date line gives, or None when it holds no valid date.

    A line with a date and no (valid) time gives the start of that day (`2015-07-13T00:00:00+07:00`),
    so every published value is a date-time with its zone.
    """
    if len(text) > MAX_DATE_LINE * 4:
        return None
    iso = _ISO.search(text)
    if iso:
        match, rest = iso, text[: iso.start()] + " " + text[iso.end():]
    else:
        match = _DMY.search(text) or _DMY_WORDS.search(text)
        if not match:
            return None
        rest = text[: match.start()] + " " + text[match.end():]
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if iso and iso["H"] is not None:
        clock = (int(iso["H"]), int(iso["M"]), int(iso["S"] or 0))
        zone = _iso_zone(iso["tz"]) if iso["tz"] else _zone(rest) or VIETNAM
    else:
        clock = _time_of(rest)
        zone = _zone(rest) or VIETNAM
    if clock is None:
        clock = (0, 0, 0)  # a date alone: the start of that day, in the page's zone
    try:
        moment = datetime(day.year, day.month, day.day, *clock, tzinfo=zone)
    except ValueError:
        return None
    return moment.isoformat()


def is_date_line(line: str) -> bool:
    """True for a short line that is mostly a date (a page's date line, not a body sentence)."""
    return len(line) <= MAX_DATE_LINE and parse_datetime(line) is not None and not line.endswith(".")

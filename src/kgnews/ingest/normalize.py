"""Text normalisation done once, at ingest: NFC, invisible characters, white space."""

from __future__ import annotations

import re
import unicodedata

# Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Every kind of horizontal space (NBSP, thin, ideographic, tabs…) becomes one ASCII space.
_SPACES = re.compile(r"[^\S\n]+")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def normalize_text(text: str) -> str:
    """NFC, invisible characters dropped, line ends unified to `\\n`, spaces collapsed per line."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _LINE_ENDS.sub("\n", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def normalize_line(text: str) -> str:
    """`normalize_text` for a value that must be one line (a title, an author)."""
    return _SPACES.sub(" ", normalize_text(text).replace("\n", " ")).strip()

"""Text normalisation done once, at ingest: NFC, invisible characters, white space."""

from __future__ import annotations

import re
import unicodedata

# Characters dropped: those that carry no text (zero-width space/joiners, word joiner, BOM, soft
# hyphen), control characters and the noncharacters U+FFFE/U+FFFF, which are not allowed in XML
# (GraphML, GEXF); tab, line ends and the separators U+001C-U+001F are white space, handled below.
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff"
_DROP = re.compile(f"[{_DROPPED}]")
# A character that survives normalisation: neither dropped nor white space.
_KEPT = re.compile(f"[^\\s{_DROPPED}]")
# A lone surrogate (a JSON `\\ud800` escape) cannot be written as UTF-8: it becomes U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def printable(text: str) -> str:
    """`text` that can be written as UTF-8: lone surrogates (undecodable file-name bytes) become U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def normalize_text(text: str) -> str:
    """NFC, invisible and control characters dropped, line ends unified to `\\n`, spaces collapsed per line."""
    text = unicodedata.normalize("NFC", printable(text))
    text = _DROP.sub("", text)
    text = _LINE_ENDS.sub("\n", text)
    # Every run of white space in a line (NBSP, thin, ideographic, tabs…) becomes one ASCII space, none
    # at either end: `str.split` does it at C speed (two regex passes took half of ingest).
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def has_text(text: str) -> bool:
    """Whether `normalize_text(text)` holds anything: a search that stops at the first such character
    instead of normalising a whole file to find out."""
    return _KEPT.search(text) is not None


def normalize_line(text: str) -> str:
    """`normalize_text` for a value that must be one line (a title, an author)."""
    return " ".join(normalize_text(text).split())

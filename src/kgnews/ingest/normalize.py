"""Text normalisation done once, at ingest: NFC, invisible characters, white space."""

from __future__ import annotations

import re
import unicodedata

# Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters and the noncharacters U+FFFE/U+FFFF carry no text and are not allowed in XML
# (GraphML, GEXF); tab, line ends and the separators U+001C-U+001F are white space, handled below.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff]")
# A lone surrogate (a JSON `\\ud800` escape) cannot be written as UTF-8: it becomes U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def printable(text: str) -> str:
    """`text` that can be written as UTF-8: lone surrogates (undecodable file-name bytes) become U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def normalize_text(text: str) -> str:
    """NFC, invisible and control characters dropped, line ends unified to `\\n`, spaces collapsed per line."""
    text = unicodedata.normalize("NFC", printable(text))
    text = _CONTROLS.sub("", _INVISIBLE.sub("", text))
    text = _LINE_ENDS.sub("\n", text)
    # Every run of white space in a line (NBSP, thin, ideographic, tabs…) becomes one ASCII space, none
    # at either end: `str.split` does it at C speed (two regex passes took half of ingest).
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def normalize_line(text: str) -> str:
    """`normalize_text` for a value that must be one line (a title, an author)."""
    return " ".join(normalize_text(text).split())

"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1258, TCVN3 and VNI; binary input is refused."""

from __future__ import annotations

import codecs
import unicodedata

from kgnews.ingest.legacy import from_tcvn3, from_vni, oddness, syllable_validity

#: Above this share of stray non-letters, decoded text is taken to be in a legacy encoding.
ODD_THRESHOLD = 0.2
#: Below this share of well-formed syllables, no decoding is trusted.
MIN_VALIDITY = 0.6


def _error(path: str, reason: str) -> Exception:
    from kgnews.ingest.readers import IngestError

    return IngestError(path, reason)


def _most_vietnamese(candidates: dict[str, str]) -> tuple[str, str]:
    """The decoding with the most well-formed syllables and the fewest stray symbols."""
    order = list(candidates)
    name = min(order, key=lambda n: (-syllable_validity(candidates[n]), oddness(candidates[n]), order.index(n)))
    return name, candidates[name]


def repair_legacy(text: str) -> str:
    """Text whose letters are TCVN3 or VNI bytes shown as Latin-1/Windows-1252, converted to Unicode."""
    if oddness(text) <= ODD_THRESHOLD:
        return text
    _, best = _most_vietnamese({"as is": text, "TCVN3": from_tcvn3(text), "VNI": from_vni(text)})
    return best


def _decode_8bit(data: bytes, path: str) -> str:
    candidates = {
        "Windows-1258": unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")),
        "TCVN3": from_tcvn3(data.decode("latin-1")),
        "VNI": from_vni(data.decode("cp1252", errors="replace")),
    }
    name, text = _most_vietnamese(candidates)
    if syllable_validity(text) < MIN_VALIDITY:
        raise _error(path, f"not UTF-8, and no Vietnamese encoding fits (closest: {name})")
    return text


def decode_bytes(data: bytes, path: str = "<bytes>") -> str:
    """Decode an article file; raise IngestError naming `path` when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return repair_legacy(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return repair_legacy(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise _error(path, f"invalid UTF-16 text: {exc.reason}") from exc
    if b"\x00" in data[:4096]:
        raise _error(path, "binary file (NUL bytes): not a text, HTML or JSON Lines article")
    try:
        return repair_legacy(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _decode_8bit(data, path)

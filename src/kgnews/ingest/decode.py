"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1258; binary input is refused with a reason."""

from __future__ import annotations

import codecs


def _error(path: str, reason: str) -> Exception:
    from kgnews.ingest.readers import IngestError

    return IngestError(path, reason)


def decode_bytes(data: bytes, path: str = "<bytes>") -> str:
    """Decode an article file; raise IngestError naming `path` when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _error(path, f"invalid UTF-16 text: {exc.reason}") from exc
    if b"\x00" in data[:4096]:
        raise _error(path, "binary file (NUL bytes): not a text, HTML or JSON Lines article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1258 (old Vietnamese pages) keeps tone marks as combining characters: NFC comes later.
        return data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise _error(path, "not UTF-8, UTF-16 or Windows-1258 text") from exc

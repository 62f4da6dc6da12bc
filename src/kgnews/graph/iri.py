"""Instance IRIs minted from canonical keys: deterministic, never from raw text unescaped."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

BASE = "https://kgnews.org/id/"


def ascii_fold(text: str) -> str:
    """Vietnamese text without diacritics, lower case: `Hà Thị Khiết` → `ha thi khiet`."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def slug(text: str) -> str:
    """An IRI-safe slug of a canonical key: ASCII-folded, `-` between word runs."""
    folded = re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")
    return quote(folded or "x", safe="-")


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}article/{quote(article_id, safe='')}")


def canonical_key(text: str) -> str:
    """The identity key of a canonical name: NFC, case folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def entity_iri(entity_type: str, key: str) -> URIRef:
    """`<type>/<ascii-slug>-<hash>`: readable, and distinct for names that differ only in tone marks."""
    key = canonical_key(key)
    digest = hashlib.sha1(f"{entity_type}\x1f{key}".encode()).hexdigest()[:10]
    return URIRef(f"{BASE}{entity_type.lower()}/{slug(key)}-{digest}")

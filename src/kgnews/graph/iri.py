"""Instance IRIs minted by one function from canonical keys: deterministic, raw text always escaped."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

from rdflib import URIRef

BASE = "https://kgnews.org/id/"
#: Kinds whose key is already an identifier (article id, ISO date, offsets): kept readable, %-escaped.
VERBATIM_KINDS = frozenset({"article", "graph", "derived", "evidence", "date"})
#: Kinds whose key is a name: `<slug>-<hash>`, the hash over the full canonical key.
NAMED_KINDS = frozenset(
    {
        "person", "organization", "document", "event", "campaign", "location",
        "post", "dockind", "membership", "statement", "author", "publisher", "interval",
    }
)
#: Every kind, in the order of their prefixes in serialisations.
KINDS = (
    "article", "graph", "derived", "person", "organization", "document", "event", "campaign", "location",
    "post", "dockind", "membership", "statement", "evidence", "interval", "date", "author", "publisher",
)
_SLUG_MAX = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NUMBER_NOISE = re.compile(r"^(?:số|so)\s+", re.IGNORECASE)


_PUNCTUATION = str.maketrans({"–": "-", "—": "-", "‑": "-", "“": '"', "”": '"', "‘": "'", "’": "'", "…": "..."})


@lru_cache(maxsize=1 << 16)
def ascii_fold(text: str) -> str:
    """Vietnamese text as lower-case ASCII, for search and slugs: `Hà Thị Khiết` → `ha thi khiet`."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D").translate(_PUNCTUATION))
    text = text.encode("ascii", "ignore").decode("ascii")
    return " ".join(text.casefold().split())


@lru_cache(maxsize=1 << 16)
def canonical_key(text: str) -> str:
    """The identity key of a canonical name: NFC, case folded, white space collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def slug(text: str) -> str:
    """An IRI-safe slug: ASCII-folded, `-` between word runs, cut at a word boundary."""
    folded = _NOT_SLUG.sub("-", ascii_fold(text)).strip("-")
    if len(folded) > _SLUG_MAX:
        folded = folded[:_SLUG_MAX].rsplit("-", 1)[0]
    return folded or "x"


@lru_cache(maxsize=1 << 17)
def mint(kind: str, *key: str) -> URIRef:
    """The one minting function: `BASE<kind>/<key>` for identifiers, `BASE<kind>/<slug>-<hash>` for names.

    Named keys are compared after `canonical_key`, so case and spacing never split an entity;
    the hash keeps names that differ only in tone marks apart; the slug keeps the IRI readable.
    """
    if kind in VERBATIM_KINDS:
        local = "/".join(quote(part, safe="") for part in key)
        if local.endswith("."):  # Turtle writes a final `.` of a prefixed name as `\.`, which rdflib cannot read
            local = local[:-1] + "%2E"
        return URIRef(BASE + kind + "/" + local)
    if kind not in NAMED_KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}")
    parts = [canonical_key(part) for part in key]
    digest = hashlib.sha1("\x1f".join([kind, *parts]).encode("utf-8")).hexdigest()[:10]
    return URIRef(f"{BASE}{kind}/{slug(parts[0] if parts else '')}-{digest}")


def document_key(name: str, doc_type: str | None = None, number: str | None = None) -> str:
    """A legal document's key, `<kind> <number>` (`Chỉ thị 43-CT/TW`), else its name as written."""
    if not number:
        return name
    number = "".join(_NUMBER_NOISE.sub("", number.strip()).split())
    kind = doc_type or (name.split(number)[0] if number in name else "")
    kind = re.sub(r"\s+(?:số|so)$", "", kind.strip(), flags=re.IGNORECASE)
    if not kind:
        return name
    return f"{kind} {number}".strip()


def event_kind(name: str) -> str:
    """The kind of an event from its name's head words: `Hội nghị trực tuyến …` → `hội nghị`."""
    words = canonical_key(name).split()
    return " ".join(words[:2]) if words else "event"

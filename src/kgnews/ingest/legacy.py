"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI-Windows) converted to Unicode."""

from __future__ import annotations

import re
import unicodedata

# TCVN3 (ABC), read as Latin-1: one byte per lower-case letter; capitals with tone marks are
# written as the plain capital plus the lower-case tone byte (rendered with an upper-case font).
_TCVN3_LOWER = (
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî" "ïóñòô" "\xadõøö÷ù" "úýûüþ"
)
_UNICODE_LOWER = (
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ" "ưừứửữự" "ỳýỷỹỵ"
)
_TCVN3_CAPITALS = {"¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư"}
TCVN3 = {**dict(zip(_TCVN3_LOWER, _UNICODE_LOWER, strict=True)), **_TCVN3_CAPITALS}

# VNI-Windows, read as Windows-1252: a base letter followed by a mark byte.
#: The five tone marks, as combining characters.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": ("\u0302", ""), "á": ("\u0302", "\u0301"), "à": ("\u0302", "\u0300"), "å": ("\u0302", "\u0309"),
            "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323")}
_VNI_BREVE = {"ê": ("\u0306", ""), "é": ("\u0306", "\u0301"), "è": ("\u0306", "\u0300"), "ú": ("\u0306", "\u0309"),
              "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323")}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in "aeouy":
        for mark, tone in _VNI_TONES.items():
            table[base + mark] = base + tone
    for base, marks in (("a", _VNI_HAT), ("e", _VNI_HAT), ("o", _VNI_HAT), ("a", _VNI_BREVE)):
        for mark, (shape, tone) in marks.items():
            if base != "a" and marks is _VNI_BREVE:
                continue
            table[base + mark] = base + shape + tone
    for single, letter in _VNI_SINGLE.items():
        table[single] = letter
    for horned, letter in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _VNI_TONES.items():
            table[horned + mark] = letter + tone
    upper = {k.upper(): v.upper() for k, v in table.items()}
    mixed = {k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in table.items() if len(k) == 2}
    return {k: unicodedata.normalize("NFC", v) for k, v in {**table, **mixed, **upper}.items()}


VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(VNI, key=len, reverse=True)))


def from_tcvn3(text: str) -> str:
    """Text that was TCVN3 bytes read as Latin-1, in Unicode NFC."""
    out = "".join(TCVN3.get(ch, ch) for ch in text)
    # A capital vowel followed by the same vowel, toned and lower-case, stands for the toned capital.
    return unicodedata.normalize("NFC", _TONED_CAPITAL.sub(_merge_capital, out))

_TONED_CAPITAL = re.compile("([AĂÂEÊIOÔƠUƯY])([^\\W\\d_])")


def _merge_capital(match: re.Match[str]) -> str:
    capital, letter = match.groups()
    parts = unicodedata.normalize("NFD", letter)
    tones = "".join(c for c in parts if c in _TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
    if tones and base == capital.lower():
        return capital + tones
    return match.group(0)


def from_vni(text: str) -> str:
    """Text that was VNI-Windows bytes read as Windows-1252, in Unicode NFC."""
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: VNI[m.group(0)], text))


_VIETNAMESE_LETTERS = "".join(
    sorted({unicodedata.normalize("NFC", base + mark) for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
            for mark in ("", *_TONES)} | set("đĐ"))
)
# Non-ASCII characters that are neither Vietnamese letters nor common typographic punctuation.
_ODD = re.compile(f"[^\\x00-\\x7f{_VIETNAMESE_LETTERS}\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00ab\u00bb\u00b0]")


def oddness(text: str) -> float:
    """Share of non-ASCII characters that are not Vietnamese letters: high for mis-decoded text."""
    if _ODD.search(text) is None:  # well-formed text: one scan, nothing counted
        return 0.0
    foreign = len(text) - len(text.encode("ascii", "ignore"))
    return len(_ODD.findall(text)) / foreign


_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ "
    "ưa ưi ươ ưu uy ya yê iêu oai oay oeo uây uôi ươi ươu uyê uya uyu yêu"
).split()
_SYLLABLE = re.compile(
    f"{_ONSET}(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")
#: How much text the encoding guess reads.
SAMPLE_CHARS = 20_000


def _untoned(word: str) -> tuple[str, int]:
    parts = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in parts if c in _TONES)
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)), tones


def syllable_validity(text: str) -> float:
    """Share of the words with non-ASCII letters that are well-formed Vietnamese syllables."""
    checked = valid = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text[:SAMPLE_CHARS])):
        if word.isascii():
            continue
        checked += 1
        bare, tones = _untoned(word)
        valid += tones <= 1 and _SYLLABLE.fullmatch(bare) is not None
    return valid / checked if checked else 1.0

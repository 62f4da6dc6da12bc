"""One article in every encoding and dirt a corpus holds gives the same extraction, end to end.

tests/test_ingest_readers.py checks the decoded text of short lines; here a whole page (people, bodies,
a numbered document, an event) goes through `read_inputs` and `kgnews.nlp.extract`.
"""

from __future__ import annotations

import unicodedata

import pytest
from test_ingest_readers import LEGACY_TCVN3, LEGACY_VNI, TONE_MARKS, to_cp1258

from kgnews.ingest import IngestError, read_inputs
from kgnews.ingest.legacy import TCVN3, VNI
from kgnews.nlp import extract

PAGE = """Hà Tĩnh quán triệt Chỉ thị về công tác dân vận

Thứ hai - 13/07/2015 10:14
Sáng 9/7, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị trực tuyến quán triệt Chỉ thị số 43-CT/TW \
ngày 14/5/2015 của Ban Bí thư. Đồng chí Hà Thị Khiết, Bí thư Trung ương Đảng, Trưởng Ban Dân vận \
Trung ương dự và chỉ đạo hội nghị.

Phó Bí thư Thường trực Tỉnh ủy Nguyễn Đình Chuyến chủ trì hội nghị tại thành phố Hà Tĩnh. Ủy ban \
Mặt trận Tổ quốc tỉnh phối hợp với Ban Dân vận Tỉnh ủy triển khai phong trào thi đua "Dân vận khéo".

Mạnh Hà
(Theo: Baohatinh.vn)
"""

_TO_TCVN3 = {letter: byte for byte, letter in TCVN3.items()}
# VNI writes a capital as the capital base letter and the lower-case mark byte (`Ñoàng`): prefer that form.
_TO_VNI: dict[str, str] = {}
for _key, _letter in sorted(VNI.items(), key=lambda kv: (kv[0][1:] != kv[0][1:].lower(), kv[0])):
    _TO_VNI.setdefault(_letter, _key)


def to_tcvn3(text: str) -> bytes:
    """TCVN3 (ABC) bytes; a toned capital is its capital base then the toned lower-case byte."""
    out = []
    for char in text:
        if char.isascii() or char in _TO_TCVN3:
            out.append(_TO_TCVN3.get(char, char))
            continue
        base = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", char) if c not in TONE_MARKS))
        out.append(_TO_TCVN3.get(base, base) + _TO_TCVN3[char.lower()])
    return "".join(out).encode("latin-1")


def to_vni(text: str) -> bytes:
    return "".join(_TO_VNI.get(char, char) for char in text).encode("cp1252")


def dirty(text: str) -> str:
    """Invisible and non-breaking characters inside names, as copied from web pages."""
    return (
        text.replace("Hà Thị Khiết", "Hà\u00a0Thị\u200b Khiết")
        .replace("Nguyễn Đình Chuyến", "Nguyễn\u00a0Đình Chu\u00adyến")
        .replace("Ban Bí thư", "Ban\u2060 Bí\u200c thư\ufeff")
        .replace("43-CT/TW", "43-CT/\u200dTW")
    )


VARIANTS = {
    "utf-8.txt": lambda t: t.encode("utf-8"),
    "utf-8-bom.txt": lambda t: t.encode("utf-8-sig"),
    "utf-16-le.txt": lambda t: t.encode("utf-16"),
    "utf-16-be.txt": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "windows-1258.txt": to_cp1258,
    "nfd.txt": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "tcvn3.txt": to_tcvn3,
    "vni.txt": to_vni,
    "vni-read-as-utf8.txt": lambda t: to_vni(t).decode("cp1252").encode("utf-8"),
    "dirty-crlf.txt": lambda t: dirty(t).replace("\n", "\r\n").encode("utf-8"),
    "dirty-cr-utf16.txt": lambda t: dirty(t).replace("\n", "\r").encode("utf-16"),
    # Windows-1258 has NBSP (A0) and the soft hyphen (AD) but no zero-width characters.
    "nbsp-shy-cr-1258.txt": lambda t: to_cp1258(
        t.replace("Hà Thị Khiết", "Hà\u00a0Thị Khi\u00adết").replace("Chuyến", "Chu\u00adyến").replace("\n", "\r")
    ),
}


def test_the_test_encoders_match_the_known_legacy_samples():
    text = "Tiêu đề\n\n13/07/2015 10:14\nĐồng chí Hà Thị Khiết phát biểu tại hội nghị.\n"
    assert to_tcvn3(text) == LEGACY_TCVN3.encode("latin-1")
    assert to_vni(text) == LEGACY_VNI.encode("cp1252")


def _shape(extraction) -> dict:
    data = extraction.as_dict()
    del data["id"]
    return data


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("reference") / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_inputs([path])
    return _shape(extract(article))


def test_the_reference_article_has_people_bodies_a_document_and_an_event(reference):
    names = {(e["type"], e["name"]) for e in reference["entities"]}
    assert {
        ("Person", "Hà Thị Khiết"),
        ("Person", "Nguyễn Đình Chuyến"),
        ("Organization", "Ban Bí thư"),
        ("Organization", "Ban Dân vận Trung ương"),
        ("LegalDocument", "Chỉ thị 43-CT/TW"),
    } <= names
    assert {e["type"] for e in reference["entities"]} >= {"Event", "Location", "Campaign"}
    assert reference["relations"] and reference["metadata"]["author"] == "Mạnh Hà"


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_every_encoding_and_dirt_gives_the_same_extraction(tmp_path, reference, name):
    path = tmp_path / name
    path.write_bytes(VARIANTS[name](PAGE))
    [article] = read_inputs([path])
    assert not isinstance(article, IngestError), article
    assert unicodedata.is_normalized("NFC", article.body)
    assert _shape(extract(article)) == reference


def test_bytes_of_no_known_encoding_are_reported_naming_it(tmp_path):
    path = tmp_path / "koi8.txt"
    path.write_bytes("Заголовок\n\nГосударственная дума приняла закон о бюджете.\n".encode("koi8-r"))
    [failure] = read_inputs([path])
    assert isinstance(failure, IngestError) and failure.path == str(path)
    assert "no Vietnamese encoding fits" in failure.reason

"""Instance IRIs: one minting function, canonical keys, stable across builds, raw text always escaped."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from rdflib.term import _is_valid_uri

from kgnews.graph.build import entity_iri
from kgnews.graph.iri import BASE, ascii_fold, document_key, mint
from kgnews.model import Entity


def test_a_document_iri_is_the_same_in_every_build():
    assert mint("document", "Chỉ thị 43-CT/TW") == URIRef(f"{BASE}document/chi-thi-43-ct-tw-5e337a716a")


@pytest.mark.parametrize(
    "entity",
    [
        Entity("LegalDocument", "Chỉ thị 43-CT/TW"),
        Entity("LegalDocument", "Chỉ thị 43-CT/TW", attrs={"doc_type": "Chỉ thị", "number": "43-CT/TW"}),
        Entity("LegalDocument", "Chỉ thị số 43-CT/TW", attrs={"doc_type": "Chỉ thị", "number": "số 43 - CT/TW"}),
        Entity("LegalDocument", "chỉ thị  43-ct/tw"),
    ],
)
def test_documents_are_identified_by_kind_and_number(entity):
    assert entity_iri(entity, "any-article") == mint("document", "Chỉ thị 43-CT/TW")


def test_document_key_keeps_a_name_without_number():
    assert document_key("Luật Đất đai năm 2013") == "Luật Đất đai năm 2013"
    assert document_key("Quyết định 439/QĐ-TTg", None, "439/QĐ-TTg") == "Quyết định 439/QĐ-TTg"


@pytest.mark.parametrize(
    ("first", "second"),
    [("Hà Thị Khiết", "hà thị  khiết"), ("Ban Bí thư", "BAN BÍ THƯ"), ("Hà Thị Khiết", "Ha\u0300 Thị Khiết")],
)
def test_case_spacing_and_unicode_form_never_split_a_name(first, second):
    assert mint("person", first) == mint("person", second)


@pytest.mark.parametrize(("first", "second"), [("Hà Thị Khiết", "Hạ Thị Khiết"), ("Đảng", "Dang")])
def test_names_that_differ_only_in_tone_marks_are_different_nodes(first, second):
    assert mint("person", first) != mint("person", second)
    assert str(mint("person", first)).rsplit("-", 1)[0] == str(mint("person", second)).rsplit("-", 1)[0]


def test_the_same_name_of_two_types_is_two_nodes():
    assert mint("person", "Hồ Chí Minh") != mint("location", "Hồ Chí Minh")


def test_events_are_identified_by_kind_date_and_article():
    a = Entity("Event", "Hội nghị trực tuyến quán triệt Chỉ thị 43", attrs={"date": "2015-07-09"})
    b = Entity("Event", "Hội nghị trực tuyến sơ kết", attrs={"date": "2015-07-09"})
    assert entity_iri(a, "seed") == entity_iri(b, "seed")
    assert entity_iri(a, "seed") != entity_iri(a, "other")
    assert entity_iri(a, "seed") != entity_iri(Entity("Event", a.name, attrs={"date": "2015-07-10"}), "seed")


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("person", 'Robert"); DROP <x> {} | ^ `\\ \n\t#?'),
        ("article", 'a b/c?d#e<f>"g'),
        ("evidence", "id with spaces.1-2"),
        ("organization", "  "),
        ("post", "Chủ tịch <script>alert(1)</script>"),
    ],
)
def test_raw_text_never_reaches_an_iri_unescaped(kind, key):
    iri = mint(kind, key)
    assert _is_valid_uri(str(iri))
    assert all(33 <= ord(ch) < 127 and ch not in '<>"{}|\\^`' for ch in str(iri))
    ox.NamedNode(str(iri))


def test_minting_an_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="unknown IRI kind"):
        mint("thing", "x")


def test_ascii_fold_gives_ascii_for_search():
    assert ascii_fold("Đại hội 2011 – 2015 “Dân vận khéo”") == 'dai hoi 2011 - 2015 "dan van kheo"'

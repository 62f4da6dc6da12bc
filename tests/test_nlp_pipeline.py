"""The pipeline contract: entry points, `extract` / `extract_many`, offsets, NFC, `doc.ents`."""

import json
import subprocess
import sys
import unicodedata

import pytest

from kgnews.model import ENTITY_TYPES, Article
from kgnews.nlp import extract, extract_many, load_pipeline, make_doc
from kgnews.nlp.factories import COMPONENTS

BODY = (
    "Sáng 12/5, Ban Thường vụ Tỉnh uỷ Tuyên Quang tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày "
    "14/6/2024 của Bộ Chính trị. Đồng chí Lò Thị Dịu, Phó Bí thư Tỉnh ủy chủ trì hội nghị tại thành phố "
    "Tuyên Quang. Các cấp tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”."
)


def article(body=BODY):
    return Article(id="a", body=body, title="Tuyên Quang", published="2025-05-13T08:00:00+07:00")


def test_each_factory_loads_from_its_entry_point_in_a_fresh_interpreter():
    script = (
        "import spacy, json\n"
        f"names = {list(COMPONENTS)!r}\n"
        "nlp = spacy.blank('vi')\n"
        "for name in names: nlp.add_pipe(name)\n"
        "doc = nlp('Sáng 2/3, Ban Bí thư ban hành Chỉ thị số 12-CT/TW.')\n"
        "print(json.dumps([nlp.pipe_names, [(e.label_, e._.kg_name) for e in doc.ents]]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd="/")
    names, ents = json.loads(out.stdout)
    assert names == list(COMPONENTS)
    assert ["LegalDocument", "Chỉ thị 12-CT/TW"] in ents and ["Organization", "Ban Bí thư"] in ents


def test_mentions_are_offsets_into_the_body():
    extraction = extract(article())
    assert {e.type for e in extraction.entities} <= set(ENTITY_TYPES)
    for entity in extraction.entities:
        assert entity.mentions
        for mention in entity.mentions:
            assert BODY[mention.start : mention.end] == mention.text


def test_expected_entities_of_a_small_article():
    names = {(e.type, e.name) for e in extract(article()).entities}
    assert {
        ("Organization", "Ban Thường vụ Tỉnh ủy Tuyên Quang"),
        ("Organization", "Tỉnh ủy Tuyên Quang"),
        ("Organization", "Bộ Chính trị"),
        ("LegalDocument", "Chỉ thị 35-CT/TW"),
        ("Person", "Lò Thị Dịu"),
        ("Location", "Tuyên Quang"),
        ("Campaign", "Dân vận khéo"),
    } <= names
    [event] = [e for e in extract(article()).entities if e.type == "Event"]
    assert event.attrs["date"] == "2025-05-12"


def test_nfd_input_gives_nfc_names_and_raw_offsets():
    body = unicodedata.normalize("NFD", BODY)
    for entity in extract(article(body)).entities:
        assert unicodedata.is_normalized("NFC", entity.name)
        for mention in entity.mentions:
            assert body[mention.start : mention.end] == mention.text


def test_extract_many_keeps_order():
    bodies = [f"Đồng chí Hà Văn {name}, Bí thư Huyện ủy phát biểu." for name in ("An", "Bình", "Chi")]
    results = list(extract_many(Article(id=str(i), body=b) for i, b in enumerate(bodies)))
    assert [x.article.id for x in results] == ["0", "1", "2"]
    assert [x.entities[0].name for x in results] == ["Hà Văn An", "Hà Văn Bình", "Hà Văn Chi"]


def test_doc_ents_carry_canonical_names_and_do_not_overlap():
    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, article()))
    assert all(e._.kg_name for e in doc.ents)
    assert any(e.label_ == "Organization" and e._.kg_name == "Tỉnh ủy Tuyên Quang" for e in doc.spans["kg"])
    assert doc._.article.id == "a"


@pytest.mark.parametrize("body", ["", "   ", "Không có thực thể nào ở đây."])
def test_empty_and_plain_bodies(body):
    assert extract(article(body)).entities == ()


def test_warm_up_moves_the_warm_pipeline_out_of_the_garbage_collectors_reach():
    """Full collections walked every long-lived object of the pipeline (~20 % of extraction time);
    after `warm_up` they are frozen, and young collections run less often. Once per process."""
    probe = ("import gc; from kgnews.nlp import warm_up; nlp = warm_up(); frozen = gc.get_freeze_count();"
             "assert warm_up() is nlp and gc.get_freeze_count() == frozen; print(frozen, gc.get_threshold()[0])")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    frozen, young = map(int, result.stdout.split())
    assert frozen > 50_000 and young > 700

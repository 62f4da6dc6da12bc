"""The `kgnews_relations` component: registered factory, entry point, the `Doc._.relations` extension."""

import subprocess
import sys

import pytest
from relation_oracle import doc_with

from kgnews.nlp.relations import RelationExtractor, SpanRelation, relations_of, sentence_bounds

TEXT = "Sáng 2/3, Tỉnh ủy Phú Yên tổ chức hội nghị. Bí thư Tỉnh ủy Cao Thị Hòa chủ trì hội nghị."
ENTS = [("Event", "Hội nghị tổng kết năm 2024", "hội nghị"), ("Person", "Cao Thị Hòa"),
        ("Organization", "Tỉnh ủy Phú Yên", "Tỉnh ủy"), ("Location", "Phú Yên")]


def test_the_factory_is_found_through_the_entry_point_in_a_fresh_interpreter():
    code = ("import spacy; nlp = spacy.blank('vi'); nlp.add_pipe('kgnews_relations'); "
            "doc = nlp('Hôm nay trời đẹp.'); print(nlp.pipe_names, doc._.relations)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "['kgnews_relations'] []" in out


def test_relations_ride_on_the_doc_as_spans():
    doc = RelationExtractor()(doc_with(TEXT, ENTS))
    found = doc._.relations
    assert found and all(isinstance(r, SpanRelation) for r in found)
    chair = next(r for r in found if r.predicate == "chairs")
    assert chair.subject.text == "Cao Thị Hòa" and chair.object._.kg_name == "Hội nghị tổng kết năm 2024"
    assert chair.sentence.text == "Bí thư Tỉnh ủy Cao Thị Hòa chủ trì hội nghị."


def test_a_doc_with_relations_still_serialises():
    doc = RelationExtractor()(doc_with(TEXT, ENTS))
    doc._.article = None  # the article object is not ours to serialise
    again = type(doc)(doc.vocab).from_bytes(doc.to_bytes())
    assert [r.predicate for r in again._.relations] == [r.predicate for r in doc._.relations]


def test_relations_of_gives_model_relations_with_the_sentence_as_evidence():
    doc = RelationExtractor()(doc_with(TEXT, ENTS))
    for rel in relations_of(doc):
        assert TEXT[rel.start : rel.end] == rel.evidence
        assert (rel.start, rel.end) in sentence_bounds(TEXT)
    assert ("Cao Thị Hòa", "holdsPosition", "Bí thư Tỉnh ủy Phú Yên") in {(r.s, r.p, r.o) for r in relations_of(doc)}


def test_a_doc_without_the_component_has_no_relations():
    assert relations_of(doc_with(TEXT, ENTS)) == []


def test_sentences_split_at_ends_and_paragraphs_but_not_after_abbreviations():
    text = "Sáng nay, tại TP. Vinh, hội nghị khai mạc. Có 120 đại biểu dự!\n\nẢnh: Minh Đức"
    assert [text[s:e] for s, e in sentence_bounds(text)] == [
        "Sáng nay, tại TP. Vinh, hội nghị khai mạc.", "Có 120 đại biểu dự!", "Ảnh: Minh Đức"]


def test_docs_without_mentions_or_text_give_no_relations():
    assert relations_of(RelationExtractor()(doc_with("", []))) == []
    assert relations_of(RelationExtractor()(doc_with("Trời mưa to. Nước dâng cao.", []))) == []


@pytest.mark.parametrize(
    "second", ["Đoàn công tác về dự.", "Ủy ban tỉnh họp.", "Ơn nghĩa được đền đáp.", "“Đoàn kết” là khẩu hiệu."]
)
def test_a_sentence_may_start_with_any_vietnamese_capital(second):
    text = f"Hội nghị khai mạc. {second}"
    assert [text[s:e] for s, e in sentence_bounds(text)] == ["Hội nghị khai mạc.", second]

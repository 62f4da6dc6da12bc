"""Text helpers: tone placement, the syllable tokenizer, date resolution."""

import unicodedata

import pytest
import spacy

from kgnews.nlp.dates import find_dates
from kgnews.nlp.text import canonical, modern_tones
from kgnews.nlp.tokenizer import SyllableTokenizer


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Thuỷ", "Thủy"),
        ("Hoà Bình", "Hòa Bình"),
        ("Uỷ ban", "Ủy ban"),
        ("Khánh Hoà", "Khánh Hòa"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("Tuỵ", "Tụy"),
        ("hoàn thành", "hoàn thành"),  # closed syllable: tone stays
        ("quý", "quý"),  # qu + y: tone stays
        ("Hoàng", "Hoàng"),
    ],
)
def test_modern_tone_placement_keeps_length(old, new):
    assert modern_tones(old) == new
    assert len(modern_tones(old)) == len(old)


def test_canonical_is_nfc_even_for_nfd_input():
    assert canonical(unicodedata.normalize("NFD", "Huyện uỷ Mường Tè")) == "Huyện ủy Mường Tè"


@pytest.mark.parametrize(
    "text",
    ["Chỉ thị 12-CT/TW, ngày 3/4.", "H'Bia Niê  và\n\nY Moan", "  lề trái", "", "Đảng,Nhà nước"],
)
def test_syllable_tokenizer_round_trips_and_splits_punctuation(text):
    doc = SyllableTokenizer(spacy.blank("vi").vocab)(text)
    assert doc.text == text
    assert all(len(t.text) == 1 for t in doc if not t.text[0].isalnum() and not t.is_space)


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("Sáng nay (18/9), Hội đồng", "2024-09-18T08:00:00+07:00", "2024-09-18"),
        ("Chiều ngày 7-4, Ban", "2021-04-08", "2021-04-07"),
        ("Từ ngày 12 đến 14/6, tại", "2019-06-15", "2019-06-12"),
        ("Trong 2 ngày 27 - 28/11, hội nghị", "2018-11-29", "2018-11-27"),
        ("Ngày 2 tháng 9 năm 2017, tại", "2017-09-05", "2017-09-02"),
        ("Sáng thứ Ba (6/8), đoàn", "2024-08-07", "2024-08-06"),
        ("Sáng 30/12, Huyện ủy", "2023-01-02", "2022-12-30"),  # year from the date line, rolled back
        ("Chiều 14.9, tại", "2024-09-15", "2024-09-14"),
    ],
)
def test_dates_resolve_against_the_article_date(text, published, iso):
    assert find_dates(text, published)[0].iso == iso


@pytest.mark.parametrize("text", ["hoàn thành trước ngày 15/12", "có hiệu lực từ ngày 1/1/2025", "tăng 5.6% so với"])
def test_deadlines_are_not_event_dates(text):
    assert find_dates(text, "2024-06-01") == []


@pytest.mark.parametrize(("text", "tokens"), [("UVBTV Tỉnh ủy", ["UV", "BTV", "Tỉnh", "ủy"]),
                                              ("UVBCH,", ["UV", "BCH", ","]), ("UVBTVX", ["UVBTVX"])])
def test_a_member_word_fused_to_its_board_is_a_token_of_its_own(text, tokens):
    tokenizer = SyllableTokenizer(spacy.blank("vi").vocab)
    assert [t.text for t in tokenizer(text)] == tokens
    assert [t.text for t in tokenizer("  " + text)][1:] == tokens  # the regex path (double spaces) too

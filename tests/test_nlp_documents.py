"""Legal documents: numbering styles, kinds, dates, issuers, subjects, named laws, short mentions."""

import pytest

from kgnews.model import Article
from kgnews.nlp import extract


def documents(body, title="Tin Sóc Trăng", published="2024-03-10T09:00:00+07:00"):
    article = Article(id="t", body=body, title=title, published=published)
    return {e.name: e for e in extract(article).entities if e.type == "LegalDocument"}


@pytest.mark.parametrize(
    ("surface", "name", "number"),
    [
        ("Chỉ thị 27-CT/TW", "Chỉ thị 27-CT/TW", "27-CT/TW"),
        ("Kết luận số 215 - KL/TW", "Kết luận 215-KL/TW", "215-KL/TW"),
        ("Quyết định 114 - QĐ/TW", "Quyết định 114-QĐ/TW", "114-QĐ/TW"),
        ("Kế hoạch số 17-KH/TU", "Kế hoạch 17-KH/TU", "17-KH/TU"),
        ("Quy định số 05-QĐi/TW", "Quy định 05-QĐi/TW", "05-QĐi/TW"),
        ("Quyết định số 1528/QĐ-TTg", "Quyết định 1528/QĐ-TTg", "1528/QĐ-TTg"),
        ("Nghị định số 24/2021/NĐ-CP", "Nghị định 24/2021/NĐ-CP", "24/2021/NĐ-CP"),
        ("Nghị quyết số 88/2019/QH14", "Nghị quyết 88/2019/QH14", "88/2019/QH14"),
        ("Nghị quyết 16a/2010/NQ-CP", "Nghị quyết 16a/2010/NQ-CP", "16a/2010/NQ-CP"),
        ("Công văn số 512/UBND-VX", "Công văn 512/UBND-VX", "512/UBND-VX"),
        ("Thông tư số 07/2023/TT-BNV", "Thông tư 07/2023/TT-BNV", "07/2023/TT-BNV"),
        ("Hướng dẫn số 12-HD/BTGTW", "Hướng dẫn 12-HD/BTGTW", "12-HD/BTGTW"),
        ("Thông báo kết luận số 85-TB/TW", "Thông báo kết luận 85-TB/TW", "85-TB/TW"),
    ],
)
def test_every_numbering_style_gives_kind_and_number(surface, name, number):
    found = documents(f"Các cấp ủy tiếp tục thực hiện {surface} trong thời gian tới.")
    assert list(found) == [name]
    assert found[name].attrs["number"] == number
    assert found[name].attrs["doc_type"] == name.rsplit(" ", 1)[0]


def test_date_issuer_and_quoted_subject():
    body = 'Quán triệt Chỉ thị số 27-CT/TW ngày 8/6/2019 của Bộ Chính trị về "tăng cường công tác dân vận".'
    attrs = documents(body)["Chỉ thị 27-CT/TW"].attrs
    assert attrs["issued"] == "2019-06-08"
    assert attrs["issuer"] == "Bộ Chính trị"
    assert attrs["title"] == "tăng cường công tác dân vận"


@pytest.mark.parametrize(
    ("surface", "issuer"),
    [
        ("Quyết định số 1528/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("Nghị định số 24/2021/NĐ-CP", "Chính phủ"),
        ("Nghị quyết số 88/2019/QH14", "Quốc hội"),
        ("Kế hoạch số 17-KH/TU", "Tỉnh ủy Sóc Trăng"),
    ],
)
def test_issuer_from_the_number_suffix(surface, issuer):
    [doc] = documents(f"Thực hiện {surface}, tỉnh đã rà soát.").values()
    assert doc.attrs["issuer"] == issuer


def test_provincial_suffix_in_a_centrally_run_city_is_its_city_committee():
    found = documents("Thực hiện Kế hoạch số 40-KH/TU của thành phố.", title="Hải Phòng: tin hoạt động")
    assert found["Kế hoạch 40-KH/TU"].attrs["issuer"] == "Thành ủy Hải Phòng"


def test_short_later_mention_is_the_same_document():
    body = "Tỉnh ủy ban hành Kết luận số 215-KL/TW. Sau một năm thực hiện Kết luận 215, nhiều việc đã chuyển biến."
    found = documents(body)
    assert list(found) == ["Kết luận 215-KL/TW"]
    assert "Kết luận 215" in found["Kết luận 215-KL/TW"].aliases


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Tuyên truyền Luật Phòng, chống ma túy và các văn bản.", "Luật Phòng, chống ma túy"),
        ("theo quy định của Luật Đất đai năm 2024, người dân", "Luật Đất đai năm 2024"),
        ("Pháp lệnh Dân số được ban hành", "Pháp lệnh Dân số"),
        ("Bộ luật Hình sự (sửa đổi), Luật Thanh niên;", "Bộ luật Hình sự (sửa đổi)"),
        ("thông qua Luật Giáo dục đại học (sửa đổi) năm 2018 và Luật Giáo dục năm 2019",
         "Luật Giáo dục đại học (sửa đổi) năm 2018"),
        ("thi hành Hiến pháp năm 2013.", "Hiến pháp năm 2013"),
        ("hướng dẫn Luật Phòng, chống tham nhũng năm 2018 (sửa đổi, bổ sung) và", "Luật Phòng, chống tham nhũng năm 2018"),
        ("đưa Nghị quyết Đại hội XIII Hội Nông dân Việt Nam vào cuộc sống", "Nghị quyết Đại hội XIII Hội Nông dân Việt Nam"),
        ("thực hiện Nghị quyết Đại hội XIV của Đảng", "Nghị quyết Đại hội XIV của Đảng"),
    ],
)
def test_named_laws_without_numbers(body, name):
    assert name in documents(body)


@pytest.mark.parametrize("body", ["Luật sư Trần Văn Hòa cho biết", "các nghị quyết, chỉ thị của Đảng"])
def test_no_document_in_generic_words(body):
    assert documents(body) == {}


@pytest.mark.parametrize(("text", "names"), [
    ("Ông Dũng giới thiệu Luật sửa đổi, bổ sung một số điều của các luật về thuế và cho biết như vậy.",
     {"Luật sửa đổi, bổ sung một số điều của các luật về thuế"}),
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Đất đai.",
     {"Luật sửa đổi, bổ sung một số điều của Luật Đất đai", "Luật Đất đai"}),
    ("Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn và Luật Thanh niên.",
     {"Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam", "Luật Mặt trận Tổ quốc Việt Nam",
      "Luật Công đoàn", "Luật Thanh niên"}),
])
def test_an_amending_law_is_named_with_what_it_amends_and_the_amended_law_is_named_too(text, names):
    assert set(documents(text)) == names

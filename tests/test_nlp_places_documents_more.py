"""Places with digits, foreign provinces, countries inside body names; named laws with commas; implied issuers."""

import pytest

from kgnews.model import Article
from kgnews.nlp import extract


def extraction(body, title="Tin tức"):
    return extract(Article(id="t", body=body, title=title, published="2025-09-10T08:00:00+07:00"))


def entities(body, kind, title="Tin tức"):
    return {e.name: e for e in extraction(body, title).entities if e.type == kind}


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Cử tri phường Long Xuyên 2 kiến nghị.", {"Long Xuyên 2"}),
        ("tại phường Rạch Giá 1 và xã Kiên Lương", {"Rạch Giá 1", "Kiên Lương"}),
        ("Tỉnh kết nghĩa với tỉnh Xiêng Khoảng (Lào).", {"Xiêng Khoảng", "Lào"}),
        ("hợp tác với tỉnh Mondulkiri, Campuchia", {"Mondulkiri", "Campuchia"}),
    ],
)
def test_places_with_digits_and_foreign_provinces(body, names):
    assert set(entities(body, "Location")) == names


def test_a_date_after_a_place_is_not_part_of_its_name():
    assert set(entities("Xã Tân Phú 15/8 tổ chức lễ.", "Location")) == {"Tân Phú"}


@pytest.mark.parametrize(
    "body",
    [
        "Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức lễ kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
        "Hội Hữu nghị Việt Nam - Campuchia tỉnh An Giang và Liên hiệp các tổ chức hữu nghị Việt Nam gặp mặt.",
    ],
)
def test_a_country_only_inside_a_body_name_is_not_a_location(body):
    found = entities(body, "Location")
    assert "Việt Nam" not in found and "Campuchia" not in found


def test_a_country_inside_a_body_and_alone_is_a_location():
    body = "Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An đón đoàn. Quan hệ Việt Nam - Lào ngày càng bền chặt."
    assert {"Việt Nam", "Lào"} <= set(entities(body, "Location"))


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Tuyên truyền Luật Phòng, chống tác hại của thuốc lá và Luật Trẻ em.", {"Luật Phòng, chống tác hại của thuốc lá", "Luật Trẻ em"}),
        ("thông qua Luật Cán bộ, công chức và Luật Viên chức.", {"Luật Cán bộ, công chức", "Luật Viên chức"}),
        ("thực hiện Luật Thi đua, khen thưởng năm 2022.", {"Luật Thi đua, khen thưởng năm 2022"}),
        ("Theo Luật Đất đai, người dân được cấp giấy chứng nhận.", {"Luật Đất đai"}),
        ("Luật Khám bệnh, chữa bệnh (sửa đổi) có hiệu lực.", {"Luật Khám bệnh, chữa bệnh (sửa đổi)"}),
        ("Luật Đất đai của Quốc hội đã đi vào cuộc sống.", {"Luật Đất đai"}),
        ("trong đó có Luật Thủy lợi, Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ, Luật Trợ giúp pháp lý.",
         {"Luật Thủy lợi", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Luật Trợ giúp pháp lý"}),
        ("tuyên truyền Luật Nghĩa vụ quân sự, tham gia tuần tra, giữ gìn an ninh trật tự.", {"Luật Nghĩa vụ quân sự"}),
        ("được xây dựng theo Luật Dân quân tự vệ, đạt tỷ lệ 1,8% dân số.", {"Luật Dân quân tự vệ"}),
        ("tiếp cận hỗ trợ theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa. Doanh nghiệp phản ánh.",
         {"Luật Hỗ trợ doanh nghiệp nhỏ và vừa"}),
        ("tuyên truyền Luật Tín ngưỡng, tôn giáo năm 2016 đến chức sắc, chức việc.", {"Luật Tín ngưỡng, tôn giáo năm 2016"}),
    ],
)
def test_named_laws_end_at_a_clause_boundary(body, names):
    assert set(entities(body, "LegalDocument")) == names


@pytest.mark.parametrize(
    ("number", "issuer"),
    [("Nghị định 73/2023/NĐ-CP", "Chính phủ"), ("Nghị quyết 12/2024/NQ-CP", "Chính phủ")],
)
def test_the_government_is_the_issuer_implied_by_a_decree_number(number, issuer):
    result = extraction(f"Tỉnh triển khai {number} quy định về khuyến khích cán bộ năng động.")
    names = {e.name for e in result.entities if e.type == "Organization"}
    assert issuer in names
    assert (number, "issuedBy", issuer) in {(r.s, r.p, r.o) for r in result.relations}


def test_an_implied_issuer_named_in_the_text_is_one_entity():
    result = extraction("Nghị định 73/2023/NĐ-CP của Chính phủ đã có hiệu lực.")
    assert [e.name for e in result.entities if e.type == "Organization"] == ["Chính phủ"]


def test_a_party_document_number_implies_no_issuer_entity():
    result = extraction("Tỉnh quán triệt Quy định 144-QĐ/TW về chuẩn mực đạo đức.")
    assert [e.name for e in result.entities if e.type == "Organization"] == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("các xã thuộc Chương trình 134 được hỗ trợ.", {"Chương trình 134"}),
        ("Tỉnh ủy ban hành Chương trình số 12-CTr/TU.", set()),
        ("Chương trình 25-CTr/TU của Tỉnh ủy", set()),
    ],
)
def test_a_national_programme_known_by_its_number_is_a_campaign(body, names):
    assert set(entities(body, "Campaign")) == names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Luật Bảo vệ và phát triển rừng năm 2004 đã hết hiệu lực.", "Luật Bảo vệ và phát triển rừng năm 2004"),
        ("triển khai Luật Thanh niên và tổ chức các hoạt động hè", "Luật Thanh niên"),
        ("Luật Đất đai và các văn bản hướng dẫn", "Luật Đất đai"),
    ],
)
def test_a_conjunction_inside_a_law_name_joins_only_a_short_phrase(body, name):
    assert set(entities(body, "LegalDocument")) == {name}

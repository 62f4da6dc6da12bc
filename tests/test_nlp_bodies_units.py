"""Bodies outside the gazetteer: a head noun with a description, a level or host, commune-level Party bodies."""

import pytest

from kgnews.model import Article
from kgnews.nlp import extract


def entities(body, title="Tin tức", kind="Organization"):
    article = Article(id="t", body=body, title=title, published="2024-05-06T08:00:00+07:00")
    return {e.name: e for e in extract(article).entities if e.type == kind}


def relations(body, title="Tin tức"):
    article = Article(id="t", body=body, title=title, published="2024-05-06T08:00:00+07:00")
    return {(r.s, r.p, r.o) for r in extract(article).relations}


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Ban Chỉ đạo công tác giảm nghèo bền vững tỉnh", "Ban Chỉ đạo công tác giảm nghèo bền vững tỉnh Cao Bằng"),
        ("Ban Chỉ đạo phòng, chống thiên tai tỉnh", "Ban Chỉ đạo phòng, chống thiên tai tỉnh Cao Bằng"),
        ("Ban Chỉ đạo các chương trình MTQG tỉnh", "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Cao Bằng"),
        ("Ban An toàn giao thông tỉnh", "Ban An toàn giao thông tỉnh Cao Bằng"),
        ("Ban Chỉ đạo ATGT tỉnh", "Ban Chỉ đạo an toàn giao thông tỉnh Cao Bằng"),
        ("Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19", "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19"),
        ("Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh Cao Bằng"),
        ("Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh Cao Bằng"),
        ("Ban Thi đua - Khen thưởng tỉnh", "Ban Thi đua - Khen thưởng tỉnh Cao Bằng"),
        ("Hội Người mù tỉnh", "Hội Người mù tỉnh Cao Bằng"),
        ("Hội Đông y huyện Bảo Lạc", "Hội Đông y huyện Bảo Lạc"),
        ("Hội Hữu nghị Việt Nam - Campuchia tỉnh", "Hội Hữu nghị Việt Nam - Campuchia tỉnh Cao Bằng"),
        ("Liên hiệp các tổ chức hữu nghị tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh Cao Bằng"),
        ("Liên hiệp các tổ chức hữu nghị Việt Nam", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ("Ban Quản lý rừng đặc dụng Phia Oắc", "Ban Quản lý rừng đặc dụng Phia Oắc"),
        ("Đại học Thái Nguyên", "Đại học Thái Nguyên"),
        ("Trường Tiểu học Kim Đồng", "Trường Tiểu học Kim Đồng"),
    ],
)
def test_a_head_noun_with_a_description_and_a_scope_is_a_body(surface, name):
    found = entities(f"Sáng 5/5, {surface} đã tổ chức hội nghị tại tỉnh Cao Bằng.", title="Cao Bằng: tin hoạt động")
    assert name in found


@pytest.mark.parametrize(
    ("surface", "name", "parent"),
    [
        ("Vụ Địa phương III, Ban Dân vận Trung ương", "Vụ Địa phương III Ban Dân vận Trung ương", "Ban Dân vận Trung ương"),
        ("Cục Cảnh sát giao thông, Bộ Công an", "Cục Cảnh sát giao thông Bộ Công an", "Bộ Công an"),
        ("Phòng Cảnh sát kinh tế Công an tỉnh", "Phòng Cảnh sát kinh tế Công an tỉnh Bình Định", "Công an tỉnh Bình Định"),
        ("Đảng ủy UBND tỉnh", "Đảng ủy Ủy ban nhân dân tỉnh Bình Định", "Ủy ban nhân dân tỉnh Bình Định"),
        ("Đảng ủy Công an tỉnh", "Đảng ủy Công an tỉnh Bình Định", "Công an tỉnh Bình Định"),
    ],
)
def test_a_unit_of_a_named_body_carries_its_parent(surface, name, parent):
    found = entities(f"Đại diện {surface} phát biểu tại hội nghị.", title="Bình Định: hội nghị")
    assert name in found and parent in found


def test_head_of_a_section_names_the_section_of_the_body_after_it():
    body = "Trung tá Lê Văn Tâm, Trưởng phòng Cảnh sát môi trường và phòng, chống buôn lậu, Công an tỉnh báo cáo."
    found = entities(body, title="Bình Định: hội nghị")
    assert "Phòng Cảnh sát môi trường và phòng, chống buôn lậu Công an tỉnh Bình Định" in found


def test_standing_board_of_a_front_committee_keeps_its_leading_word():
    found = entities("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành kế hoạch.", title="Yên Bái: tin Mặt trận")
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái" in found
    assert "Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái" not in found


def test_standing_deputy_head_is_a_post_not_a_standing_board():
    found = entities("Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự họp.", title="Yên Bái: tin Mặt trận")
    assert set(found) == {"Ban Dân vận Tỉnh ủy Yên Bái", "Tỉnh ủy Yên Bái"}


@pytest.mark.parametrize(
    "body",
    [
        "Hội Nông dân các cấp trong tỉnh đã vào cuộc.",
        "Hội nghị tỉnh đã thống nhất.",
        "Trưởng Ban Quản lý dự án Nguyễn Văn Hùng cho biết.",
        "Phòng họp trực tuyến của tỉnh đã sẵn sàng.",
    ],
)
def test_no_body_from_a_head_word_without_a_name(body):
    found = entities(body, title="Yên Bái")
    assert not [n for n in found if n.startswith(("Hội", "Ban", "Phòng"))]


def test_commune_party_committee_by_its_executive_committee():
    body = "Đại hội đã bầu Ban Chấp hành Đảng bộ phường Tân Thịnh gồm 25 đồng chí. Đảng ủy phường Tân Thịnh ra mắt."
    found = entities(body, title="Đại hội Đảng bộ phường Tân Thịnh")
    assert "Đảng ủy phường Tân Thịnh" in found
    assert "Ban Chấp hành Đảng bộ phường Tân Thịnh" not in found


def test_bare_party_committee_in_a_commune_article_is_the_communes():
    body = (
        "Ngày 2/5, Đảng bộ xã Quảng Lạc tổ chức Đại hội. Ông Hoàng Văn Thái, Bí thư Tỉnh ủy dự. "
        "Bà Lý Thị Hoa, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã báo cáo. Đảng ủy xã đã lãnh đạo tốt."
    )
    found = entities(body, title="Đại hội Đảng bộ xã Quảng Lạc nhiệm kỳ 2025 - 2030")
    assert "Ban Thường vụ Đảng ủy xã Quảng Lạc" in found
    assert "Ban Thường vụ Tỉnh ủy Lạng Sơn" not in found


def test_bare_party_committee_in_a_provincial_article_is_not_resolved_to_a_commune():
    body = "Tỉnh ủy Lạng Sơn họp. Tỉnh ủy đã chỉ đạo Đảng ủy xã Quảng Lạc. Tỉnh ủy yêu cầu Ban Thường vụ Đảng ủy các xã rà soát."
    found = entities(body, title="Lạng Sơn: Tỉnh ủy họp")
    assert "Ban Thường vụ Đảng ủy xã Quảng Lạc" not in found


@pytest.mark.parametrize(
    ("body", "orgs", "people"),
    [
        ("Ban Quản lý Khu kinh tế cửa khẩu Lao Bảo cho biết.", {"Ban Quản lý Khu kinh tế cửa khẩu Lao Bảo"}, set()),
        ("Giám đốc Đại học Đà Nẵng Trần Văn Hòa phát biểu.", {"Đại học Đà Nẵng"}, {"Trần Văn Hòa"}),
        ("Trường THCS Chu Văn An đạt chuẩn quốc gia.", {"Trường THCS Chu Văn An"}, set()),
        ("Tàu cá ra quần đảo Trường Sa.", set(), set()),
    ],
)
def test_a_named_institution_ends_with_its_proper_name(body, orgs, people):
    assert set(entities(body, title="Quảng Trị")) == orgs
    assert set(entities(body, title="Quảng Trị", kind="Person")) == people


def test_a_comma_lists_bodies_unless_it_joins_a_unit_to_its_host_or_a_prevention_phrase():
    body = "Ban Dân vận, MTTQ và Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh họp."
    found = entities(body, title="Quảng Trị")
    assert "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Quảng Trị" in found
    assert not [n for n in found if n.startswith("Ban Dân vận")]


@pytest.mark.parametrize(
    "body",
    ["Đoàn về huyện Vụ Bản, Ban Dân vận Tỉnh ủy cùng đi.", "Hội Khỏe Phù Đổng tỉnh khai mạc.", "Hội Chợ xuân tỉnh mở cửa."],
)
def test_a_head_word_inside_a_place_or_festival_name_is_no_body(body):
    found = entities(body, title="Nam Định")
    assert not [n for n in found if n.startswith(("Vụ", "Hội"))]


def test_a_list_of_heads_shares_the_level_of_its_last_member():
    found = entities("Hội Chữ thập đỏ, Hội Khuyến học và Hội Nông dân tỉnh trao quà.", title="Bắc Kạn")
    assert {"Hội Chữ thập đỏ tỉnh Bắc Kạn", "Hội Khuyến học tỉnh Bắc Kạn", "Hội Nông dân tỉnh Bắc Kạn"} == set(found)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Ban Đại diện Hội Người cao tuổi tỉnh", "Ban Đại diện Hội Người cao tuổi tỉnh Bắc Kạn"),
        ("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Kạn"),
        ("Phòng Văn hóa và Thông tin huyện Ba Bể", "Phòng Văn hóa và Thông tin huyện Ba Bể"),
    ],
)
def test_religious_and_representative_boards_and_district_offices(surface, name):
    assert name in entities(f"Sáng 2/9, {surface} tổ chức gặp mặt.", title="Bắc Kạn")


def test_a_board_of_a_described_body_has_it_as_parent():
    found = entities("Ban Thường vụ Đảng ủy Quân sự tỉnh họp phiên thường kỳ.", title="Nghệ An")
    assert {"Ban Thường vụ Đảng ủy Quân sự tỉnh Nghệ An", "Đảng ủy Quân sự tỉnh Nghệ An"} <= set(found)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh Cao Bằng"),
        ("Bệnh viện Y học cổ truyền tỉnh", "Bệnh viện Y học cổ truyền tỉnh Cao Bằng"),
        ("Bệnh viện Trung ương Thái Nguyên", "Bệnh viện Trung ương Thái Nguyên"),
        ("Hội đồng Nghĩa vụ quân sự huyện Bảo Lạc", "Hội đồng Nghĩa vụ quân sự huyện Bảo Lạc"),
        ("Trung đoàn 852", "Trung đoàn 852"),
        ("Lữ đoàn 382", "Lữ đoàn 382"),
        ("Bộ Tư lệnh Quân khu 1", "Bộ Tư lệnh Quân khu 1"),
        ("Ban Chỉ đạo phòng, chống thiên tai Trung ương", "Ban Chỉ đạo phòng, chống thiên tai Trung ương"),
    ],
)
def test_hospitals_military_units_and_central_boards_described_by_their_level(surface, name):
    assert name in entities(f"Tỉnh Cao Bằng biểu dương {surface} vì đã có nhiều thành tích.")


@pytest.mark.parametrize(
    ("body", "force"),
    [("Đồng chí yêu cầu lực lượng Công an nhân dân bảo đảm an ninh.", "Công an nhân dân"),
     ("Cán bộ, chiến sĩ Bộ đội Biên phòng luôn gắn bó với đồng bào.", "Bộ đội Biên phòng")],
)
def test_the_national_forces_named_without_a_level(body, force):
    assert force in entities(body)


@pytest.mark.parametrize("body", ["Lực lượng Công an nhân dân tỉnh Cao Bằng ra quân.",
                                  "Hội nghị quán triệt Luật Công an nhân dân năm 2018."])
def test_a_provincial_force_or_a_law_is_not_the_national_force(body):
    assert "Công an nhân dân" not in entities(body)


def test_a_unit_placed_under_a_body_in_brackets_is_part_of_it():
    found = relations("Trung đoàn 852 (thuộc Bộ CHQS tỉnh Cao Bằng) nhận 120 tân binh; Đồn Biên phòng Lý Vạn (trực "
                      "thuộc Bộ Chỉ huy BĐBP tỉnh Cao Bằng) tham gia.")
    assert ("Trung đoàn 852", "partOf", "Bộ Chỉ huy Quân sự tỉnh Cao Bằng") in found
    assert ("Đồn Biên phòng Lý Vạn", "partOf", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng") in found


def test_military_and_border_guard_posts():
    found = relations("Dự có Thiếu tướng Hà Minh Tú, Phó Tư lệnh, Tham mưu trưởng Bộ đội Biên phòng; Thiếu tá Đàm Văn "
                      "Tùng, Đồn trưởng Đồn Biên phòng Lý Vạn.")
    assert ("Hà Minh Tú", "holdsPosition", "Tham mưu trưởng Bộ đội Biên phòng") in found
    assert ("Đàm Văn Tùng", "memberOf", "Đồn Biên phòng Lý Vạn") in found


@pytest.mark.parametrize("org", ["Chữ thập đỏ", "Người cao tuổi", "Khuyến học"])
def test_the_central_committee_of_a_national_association_is_part_of_it(org):
    found = relations(f"Dự có bà Lâm Thị Hoa, Phó Chủ tịch Trung ương Hội {org} Việt Nam.")
    assert ("Lâm Thị Hoa", "memberOf", f"Trung ương Hội {org} Việt Nam") in found
    assert (f"Trung ương Hội {org} Việt Nam", "partOf", f"Hội {org} Việt Nam") in found


def test_a_sub_department_with_no_level_is_the_provinces_and_its_host_does_not_break_the_sentence():
    body = ("Sáng 5/10, Hội nghị tổng kết công tác thủy lợi năm 2024 được tổ chức. Ông Lò Văn Tâm, Chi cục trưởng Chi cục "
            "Thủy lợi thuộc Sở cho biết, nhiều công trình đã xuống cấp.")
    found = relations(body, title="Cao Bằng: tổng kết công tác thủy lợi")
    assert ("Lò Văn Tâm", "memberOf", "Chi cục Thủy lợi tỉnh Cao Bằng") in found
    assert any(s == "Lò Văn Tâm" and p == "speaksAt" for s, p, o in found)


def test_a_body_under_another_named_after_thuoc_is_part_of_it():
    found = relations("Trung đoàn 852 thuộc Bộ CHQS tỉnh Cao Bằng nhận 120 tân binh.")
    assert ("Trung đoàn 852", "partOf", "Bộ Chỉ huy Quân sự tỉnh Cao Bằng") in found

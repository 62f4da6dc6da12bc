"""Campaigns (movements, drives, programmes) and locations (countries, provinces, districts, communes)."""

import pytest

from kgnews.model import Article
from kgnews.nlp import extract


def entities(body, etype, title="Tin tức"):
    article = Article(id="t", body=body, title=title, published="2022-06-01T08:00:00+07:00")
    return {e.name: e for e in extract(article).entities if e.type == etype}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('đẩy mạnh phong trào thi đua "Đồng khởi mới" trong toàn tỉnh', "Đồng khởi mới"),
        ("hưởng ứng cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.", "Người Việt Nam ưu tiên dùng hàng Việt Nam"),
        ("triển khai Đề án “Phát triển du lịch cộng đồng giai đoạn 2021 - 2025” của tỉnh", "Phát triển du lịch cộng đồng giai đoạn 2021 - 2025"),
        ("tham gia xây dựng nông thôn mới ở các xã", "Xây dựng nông thôn mới"),
        ("Chương trình mục tiêu quốc gia giảm nghèo bền vững đạt kết quả", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
        ("sản phẩm đạt chuẩn OCOP 4 sao", "Mỗi xã một sản phẩm"),
        ("thực hiện Đề án 06 về dữ liệu dân cư", "Đề án 06"),
        ("ra mắt mô hình “Dân vận khéo” ở thôn", "Dân vận khéo"),
        ("gắn với phong trào thi đua Quyết thắng trong lực lượng vũ trang", "Quyết thắng"),
        ("đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc ở cơ sở", "Toàn dân bảo vệ an ninh Tổ quốc"),
        ("các phần việc như tuyến phố sạch, “Ngày Chủ nhật xanh”, góp phần", "Ngày Chủ nhật xanh"),
        ("hỗ trợ Chương trình phục hồi và phát triển kinh tế - xã hội", "Chương trình phục hồi và phát triển kinh tế - xã hội"),
        ("Quỹ “Vì người nghèo” của phường vận động được 200 triệu đồng", "Vì người nghèo"),
        ("hưởng ứng Ngày vì người nghèo", "Vì người nghèo"),
        ("thực hiện Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam", "Người Việt Nam ưu tiên dùng hàng Việt Nam"),
        ("và cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư.",
         "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"),
        ("Cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh được hưởng ứng",
         "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"),
        ("Tháng Công nhân năm 2024 có chủ đề", "Tháng Công nhân"),
        ("phong trào thi đua Quảng Bình chung sức xây dựng nông thôn mới", "Quảng Bình chung sức xây dựng nông thôn mới"),
        ("phong trào Quân đội chung sức xây dựng nông thôn mới", "Quân đội chung sức xây dựng nông thôn mới"),
        ("Cuộc vận động Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
         "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"),
        ("Chương trình “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”",
         "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"),
    ],
)
def test_campaigns(body, name):
    assert name in entities(body, "Campaign")


def test_following_uncle_hos_example_is_a_campaign_only_when_named_as_one():
    """`Cuộc vận động Học tập và làm theo tấm gương đạo đức Hồ Chí Minh` names the campaign; `đẩy mạnh việc học tập
    và làm theo tấm gương …` says what to do."""
    assert entities("tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh.", "Campaign") == {}


def test_a_places_own_movement_for_the_new_countryside_is_not_the_national_one():
    assert set(entities("phong trào Quảng Bình chung sức xây dựng nông thôn mới", "Campaign")) == {
        "Quảng Bình chung sức xây dựng nông thôn mới"}


def test_the_farmers_movement_is_one_campaign_even_unquoted():
    body = "Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững được đẩy mạnh."
    assert list(entities(body, "Campaign")) == [
        "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững"]


def test_a_programme_inside_a_quoted_campaign_is_not_separate():
    body = 'cuộc vận động "Toàn dân chung sức xây dựng nông thôn mới, đô thị văn minh"'
    assert list(entities(body, "Campaign")) == ["Toàn dân chung sức xây dựng nông thôn mới, đô thị văn minh"]


def test_an_events_quoted_subject_is_not_a_campaign():
    body = 'Ngày 5/5, Tỉnh đoàn tổ chức hội thảo khoa học "Thanh niên với chuyển đổi số".'
    assert entities(body, "Campaign") == {}


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("tại huyện Mường Tè, tỉnh Lai Châu", {"Mường Tè", "Lai Châu"}),
        ("ở xã Ea Tu và phường Tân Lợi", {"Ea Tu", "Tân Lợi"}),
        ("về thị trấn Phong Thổ và thị xã Buôn Hồ", {"Phong Thổ", "Buôn Hồ"}),
        ("hợp tác với Lào và Campuchia", {"Lào", "Campuchia"}),
        ("đoàn công tác TP.HCM và thành phố Cần Thơ", {"Hồ Chí Minh", "Cần Thơ"}),
        ("tại xã Hoà Thuỷ", {"Hòa Thủy"}),
        ("Các huyện Si Ma Cai, Mường Khương và Bát Xát đã về đích", {"Si Ma Cai", "Mường Khương", "Bát Xát"}),
        ("cử tri phường 5, quận 10", {"phường 5", "quận 10"}),
        ("đến huyện Hoàng Su Phì", {"Hoàng Su Phì"}),
        ("ra huyện đảo Cô Tô và đặc khu Phú Quốc", {"Cô Tô", "Phú Quốc"}),
        ("công trình ở huyện Cần Giuộc, Cần Đước đã xuống cấp", {"Cần Giuộc", "Cần Đước"}),
        ("cử tri ở huyện Tri Tôn, Tịnh Biên kiến nghị", {"Tri Tôn", "Tịnh Biên"}),
        ("tại xã Tân Hòa, Hội Nông dân xã tổ chức hội thi", {"Tân Hòa"}),
        ("về huyện Kỳ Sơn, Nguyễn Văn An cho biết", {"Kỳ Sơn"}),
        ("tại xã Ea Kao, Ban Dân vận Huyện ủy phối hợp", {"Ea Kao"}),
        ("tại thị trấn Phong Thổ, Lễ hội Then Kin Pang diễn ra", {"Phong Thổ"}),
        ("trên cơ sở sắp xếp phường Đức Xuân, phường Phùng Chí Kiên và xã Xuất Hóa", {"Đức Xuân", "Phùng Chí Kiên", "Xuất Hóa"}),
        ("sắp xếp các phường Lương Khánh Thiện, Minh Khai, Hai Bà Trưng và Quang Trung",
         {"Lương Khánh Thiện", "Minh Khai", "Hai Bà Trưng", "Quang Trung"}),
        ("UBND phường Đức Xuân tổ chức hội nghị. Chủ tịch UBND phường Phùng Chí Kiên phát biểu", set()),
        ("cử tri Lê Văn Tám (xã Thiện Mỹ) và cử tri xã Tân Hòa Bình kiến nghị", {"Thiện Mỹ", "Tân Hòa Bình"}),
        ("đoàn đã sang Mỹ và về thành phố Điện Biên Phủ", {"Mỹ", "Điện Biên Phủ"}),
        ("Ở các huyện miền núi như Bá Thước, Quan Sơn, Mường Lát, Hội đã hỗ trợ đồng bào",
         {"Bá Thước", "Quan Sơn", "Mường Lát"}),
        ("giúp đồng bào các xã biên giới Thông Thụ, Tri Lễ giữ vững an ninh", {"Thông Thụ", "Tri Lễ"}),
        ("ở các huyện biên giới Lộc Ninh, Bù Đốp, Đoàn Thanh niên phối hợp", {"Lộc Ninh", "Bù Đốp"}),
        ("các xã biên giới đã thực hiện Nghị quyết của Đảng", set()),
        ("các tỉnh miền núi như Lào Cai, Hà Giang đã phối hợp", {"Lào Cai", "Hà Giang"}),
        ("có thêm 3 xã đạt chuẩn nông thôn mới là Tiền Phong, Mường Nọc, Châu Kim; mỗi năm giảm 5% hộ nghèo",
         {"Tiền Phong", "Mường Nọc", "Châu Kim"}),
        ("các xã được công nhận gồm: Hòa Bắc, Hòa Ninh và Hòa Phú", {"Hòa Bắc", "Hòa Ninh", "Hòa Phú"}),
        ("các xã đạt chuẩn là một trong những điểm sáng", set()),
        ("đến các huyện vùng cao Mù Cang Chải, Trạm Tấu, Văn Chấn để kiểm tra", {"Mù Cang Chải", "Trạm Tấu", "Văn Chấn"}),
    ],
)
def test_locations_by_gazetteer_and_administrative_word(body, names):
    assert set(entities(body, "Location")) == names


def test_place_only_inside_a_body_is_not_a_location():
    assert entities("Ban Dân vận Huyện ủy Phong Thổ đã họp.", "Location") == {}


def test_place_inside_a_body_and_in_the_title_is_a_location():
    found = entities("Ban Dân vận Huyện ủy Phong Thổ đã họp.", "Location", title="Huyện Phong Thổ: sơ kết")
    assert "Phong Thổ" in found


@pytest.mark.parametrize("body", ["theo Pháp lệnh Dân số", "Lào Cai đón khách", "Anh cho biết thêm"])
def test_country_words_inside_other_words_are_not_countries(body):
    assert "Pháp" not in entities(body, "Location") and "Lào" not in entities(body, "Location")
    assert "Anh" not in entities(body, "Location")


@pytest.mark.parametrize(
    ("body", "names"),
    [("Tỉnh được tái lập từ tỉnh Bình Trị Thiên năm 1989.", {"Bình Trị Thiên"}),
     ("Bác sĩ về hỗ trợ hai huyện miền núi Hướng Hóa, Gio Linh và Cam Lộ.", {"Hướng Hóa", "Gio Linh", "Cam Lộ"})],
)
def test_a_former_province_and_a_list_after_a_count_in_words_are_places(body, names):
    assert names <= set(entities(body, "Location"))


def test_a_province_outside_the_gazetteer_and_the_past_is_still_no_place():
    assert "Hoa Lan" not in entities("Đoàn đến thăm tỉnh Hoa Lan của nước bạn.", "Location")


@pytest.mark.parametrize(
    ("body", "name"),
    [("Xã thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 hiệu quả.",
      "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"),
     ("Chương trình mục tiêu quốc gia giảm nghèo bền vững được triển khai.",
      "Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
     ("thực hiện 3 chương trình mục tiêu quốc gia: giảm nghèo bền vững, xây dựng nông thôn mới.", "Giảm nghèo bền vững"),
     ("thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.", "Xây dựng nông thôn mới")],
)
def test_a_national_target_programme_written_in_full_is_named_so_but_the_new_countryside(body, name):
    found = set(entities(body, "Campaign"))
    assert name in found and not any(other.endswith("giảm nghèo bền vững") for other in found - {name})


def test_a_city_named_by_two_names_joined_by_a_dash_is_one_place():
    article = Article(id="t", body="Ngày 22/3, tại thành phố Phan Rang - Tháp Chàm, UBND tỉnh tổ chức hội nghị.",
                      title="Ninh Thuận: hội nghị", published="2013-03-23T08:00:00+07:00")
    extraction = extract(article)
    assert "Phan Rang - Tháp Chàm" in {e.name for e in extraction.entities if e.type == "Location"}
    assert ("heldIn", "Phan Rang - Tháp Chàm") in {(r.p, r.o) for r in extraction.relations}


def test_the_master_programme_of_administrative_reform_is_named_as_written_with_its_period():
    body = ("Thực hiện Nghị quyết số 30c/NQ-CP của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà "
            "nước giai đoạn 2011 - 2020, tỉnh đã rút ngắn thời gian giải quyết thủ tục.")
    assert "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020" in entities(body, "Campaign")

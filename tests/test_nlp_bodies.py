"""Bodies: gazetteer of the political system, scope resolution, abbreviations, nested parents."""

import pytest

from kgnews.model import Article
from kgnews.nlp import extract, load_pipeline, make_doc
from kgnews.nlp.bodies import resolve_body


def bodies(body, title="Tin tức", published="2023-04-02T08:00:00+07:00"):
    article = Article(id="t", body=body, title=title, published=published)
    return {e.name: e for e in extract(article).entities if e.type == "Organization"}


def relations_of(body, title="Tin tức", published="2023-04-02T08:00:00+07:00"):
    article = Article(id="t", body=body, title=title, published=published)
    return {(r.s, r.p, r.o) for r in extract(article).relations}


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Bộ Chính trị", "Bộ Chính trị"),
        ("Ban Bí thư", "Ban Bí thư"),
        ("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương"),
        ("Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương"),
        ("Ban Chấp hành Trung ương Đảng khóa XIII", "Ban Chấp hành Trung ương Đảng"),
        ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
        ("Bộ Tài chính", "Bộ Tài chính"),
        ("MTTQ Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
        ("Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam"),
        ("Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"),
        ("Ủy ban Dân tộc", "Ủy ban Dân tộc"),
        ("Ban Tôn giáo Chính phủ", "Ban Tôn giáo Chính phủ"),
        ("Ban Thi đua - Khen thưởng Trung ương", "Ban Thi đua - Khen thưởng Trung ương"),
        ("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư lệnh Bộ đội Biên phòng"),
        ("Tổng cục Chính trị", "Tổng cục Chính trị Quân đội nhân dân Việt Nam"),
        ("Viện Hàn lâm Khoa học xã hội Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt Nam"),
        ("Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội"),
        ("Đảng bộ Quân đội", "Đảng bộ Quân đội"),
        ("Đảng bộ Công an Trung ương", "Đảng bộ Công an Trung ương"),
        ("Đại học Quốc gia TP. Hồ Chí Minh", "Đại học Quốc gia Thành phố Hồ Chí Minh"),
    ],
)
def test_central_bodies(surface, name):
    assert name in bodies(f"Ông cho biết {surface} đã chỉ đạo sát sao.")


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Tỉnh ủy", "Tỉnh ủy Kon Tum"),
        ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Kon Tum"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Kon Tum"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh Kon Tum"),
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"),
        ("Đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội tỉnh Kon Tum"),
        ("Công an tỉnh", "Công an tỉnh Kon Tum"),
        ("Sở Y tế", "Sở Y tế tỉnh Kon Tum"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo tỉnh Kon Tum"),
        ("HLHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Kon Tum"),
        ("BTC Tỉnh ủy", "Ban Tổ chức Tỉnh ủy Kon Tum"),
        ("BDV Tỉnh ủy", "Ban Dân vận Tỉnh ủy Kon Tum"),
        ("BTG Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Kon Tum"),
        ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Kon Tum"),
        ("Tỉnh đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Kon Tum"),
        ("BTV Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy Kon Tum"),
        ("UBKT Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy Kon Tum"),
    ],
)
def test_implicit_scope_is_the_articles_province(surface, name):
    found = bodies(f"Sáng 1/4, {surface} đã làm việc tại tỉnh Kon Tum.", title="Kon Tum: tin hoạt động")
    assert name in found


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Huyện ủy", "Huyện ủy Sa Thầy"),
        ("UBND huyện", "Ủy ban nhân dân huyện Sa Thầy"),
        ("Ban Dân vận Huyện uỷ", "Ban Dân vận Huyện ủy Sa Thầy"),
        ("Hội Cựu chiến binh huyện", "Hội Cựu chiến binh huyện Sa Thầy"),
    ],
)
def test_implicit_scope_is_the_articles_district(surface, name):
    body = f"Tại huyện Sa Thầy, tỉnh Kon Tum, {surface} đã chỉ đạo."
    assert name in bodies(body, title="Huyện Sa Thầy ra quân")


def test_city_scope_and_explicit_scope():
    found = bodies("Thành ủy phối hợp với UBND thành phố và Sở Tư pháp thành phố Đà Nẵng.", title="Đà Nẵng")
    assert {"Thành ủy Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng", "Sở Tư pháp thành phố Đà Nẵng"} <= set(found)


def test_parent_named_inside_a_body_is_an_entity():
    found = bodies("Ban Thường vụ Huyện ủy Đắk Hà họp.", title="Kon Tum")
    assert {"Ban Thường vụ Huyện ủy Đắk Hà", "Huyện ủy Đắk Hà"} <= set(found)


def test_party_executive_committee_of_a_province_is_its_committee():
    found = bodies("BCH Đảng bộ tỉnh Gia Lai họp phiên thường kỳ.", title="Gia Lai")
    assert {"Tỉnh ủy Gia Lai", "Đảng bộ tỉnh Gia Lai"} <= set(found)


def test_a_name_after_a_scope_word_is_not_the_scope():
    found = bodies("Chủ tịch UBND huyện Nguyễn Thanh Tùng phát biểu.", title="huyện Sa Thầy")
    assert "Ủy ban nhân dân huyện Sa Thầy" in found


def test_two_heads_share_one_level():
    found = bodies("Thường trực HĐND, UBND tỉnh và HĐND - UBND huyện Đắk Tô đã họp.", title="Kon Tum")
    assert {
        "Hội đồng nhân dân tỉnh Kon Tum",
        "Ủy ban nhân dân tỉnh Kon Tum",
        "Hội đồng nhân dân huyện Đắk Tô",
        "Ủy ban nhân dân huyện Đắk Tô",
    } <= set(found)


def test_a_body_followed_by_a_list_is_still_a_body():
    found = bodies("phối hợp với Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội", title="Kon Tum")
    assert list(found) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"]


def test_standing_committee_is_a_body_unless_part_of_a_post():
    found = bodies("Thường trực Tỉnh ủy làm việc với Phó Bí thư Thường trực Huyện ủy Kon Plông.", title="Kon Tum")
    assert {"Thường trực Tỉnh ủy Kon Tum", "Tỉnh ủy Kon Tum", "Huyện ủy Kon Plông"} == set(found)


def test_source_credit_is_not_a_body():
    assert bodies("Tin cuối bài.\n\n(Báo Kon Tum)", title="Kon Tum") == {}


@pytest.mark.parametrize("phrase", ["63 tỉnh, thành phố trực thuộc Trung ương", "các bộ, ban, ngành Trung ương",
                                    "từ Trung ương đến địa phương", "ở cấp Trung ương"])
def test_the_centre_as_a_level_is_not_the_central_committee(phrase):
    assert "Ban Chấp hành Trung ương Đảng" not in bodies(f"Hội nghị kết nối {phrase} đã thành công.")


def test_party_of_another_country_is_not_the_communist_party_of_viet_nam():
    assert "Đảng Cộng sản Việt Nam" not in bodies("đoàn đại biểu Đảng Nhân dân Cách mạng Lào thăm tỉnh")


def test_a_unit_of_another_countrys_party_is_that_partys():
    """`Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào`: not Viet Nam's `Trung ương Đảng`."""
    found = bodies("Đoàn đại biểu Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào thăm Việt Nam.")
    assert {"Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào", "Đảng Nhân dân Cách mạng Lào"} <= set(found)
    assert "Ban Chấp hành Trung ương Đảng" not in found


@pytest.mark.parametrize(
    "body",
    ["các tỉnh ủy, thành ủy và các cấp ủy đảng", "Ban Dân vận các tỉnh đã phối hợp", "Hội Cựu chiến binh các cấp"],
)
def test_generic_plurals_are_not_bodies(body):
    assert bodies(body, title="Kon Tum") == {}


def test_bare_subunit_joins_the_last_full_body():
    found = bodies("Ban Tuyên giáo Trung ương chủ trì. Ban Tuyên giáo đã đề nghị các địa phương.")
    assert "Ban Tuyên giáo" in found["Ban Tuyên giáo Trung ương"].aliases


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy Cà Mau"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Cà Mau"),
        ("Bộ Chính trị", "Bộ Chính trị"),
        ("Ủy ban MTTQ Việt Nam huyện Năm Căn", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Năm Căn"),
        ("một tổ chức lạ", "một tổ chức lạ"),
    ],
)
def test_resolve_body_helper(surface, name):
    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, Article(id="t", body="Tin từ tỉnh Cà Mau.", title="Cà Mau")))
    assert resolve_body(surface, doc) == name


def test_a_bare_party_committee_takes_the_commune_of_the_persons_next_post():
    """`Bí thư Đảng ủy, Chủ tịch HĐND xã X`: the two posts share the commune, so the committee is `Đảng ủy xã X`,
    even in an article mostly about the province (whose own scope would not say which commune)."""
    body = ("Tỉnh ủy Điện Biên và Ban Tổ chức Tỉnh ủy kiểm tra xã Mường Pồn. Ông Lò Văn Páo, Bí thư Đảng ủy, "
            "Chủ tịch HĐND xã Mường Pồn báo cáo; bà Quàng Thị Dung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã phát biểu.")
    article = Article(id="t", body=body, title="Kiểm tra tại Mường Pồn", published="2025-10-02T08:00:00+07:00")
    extraction = extract(article)
    assert "Đảng ủy xã Mường Pồn" in {e.name for e in extraction.entities if e.type == "Organization"}
    members = {(r.s, r.o) for r in extraction.relations if r.p == "memberOf"}
    assert {("Lò Văn Páo", "Đảng ủy xã Mường Pồn"), ("Quàng Thị Dung", "Đảng ủy xã Mường Pồn")} <= members


def test_a_bare_party_committee_before_a_district_post_stays_unresolved():
    """A district's Party committee is the `Huyện ủy`: `Đảng ủy` before `Chủ tịch UBND huyện` is not the district's."""
    names = bodies("Ông Lò Văn Páo, Bí thư Đảng ủy, Chủ tịch UBND huyện Điện Biên Đông phát biểu.")
    assert not [name for name in names if name.startswith("Đảng ủy huyện")]


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Trung tâm Y tế huyện Quỳnh Lưu", "Trung tâm Y tế huyện Quỳnh Lưu"),
        ("Trung tâm Phục vụ hành chính công phường Vinh Phú", "Trung tâm Phục vụ hành chính công phường Vinh Phú"),
        ("Quân khu 4", "Quân khu 4"),
        ("Bộ Tư lệnh Thủ đô", "Bộ Tư lệnh Thủ đô Hà Nội"),
        ("UBND huyện đảo Cồn Cỏ", "Ủy ban nhân dân huyện Cồn Cỏ"),
        ("UBND đặc khu Côn Đảo", "Ủy ban nhân dân đặc khu Côn Đảo"),
        ("Trường Cao đẳng nghề Hà Nam", "Trường Cao đẳng nghề Hà Nam"),
        ("Trường Trung cấp nghề Bắc Kạn", "Trường Trung cấp nghề Bắc Kạn"),
    ],
)
def test_service_centres_military_regions_and_island_units(surface, name):
    assert name in bodies(f"Ông cho biết {surface} đã chỉ đạo sát sao.")


def test_a_commune_level_word_before_a_verb_takes_the_articles_commune():
    """`Trung tâm … xã đã tiếp nhận`: `xã` followed by a verb is the article's commune (only `xã hội`, `xã viên`
    and `xã giao` are common nouns)."""
    names = bodies("Tại xã Thông Nông, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 900 hồ sơ. "
                   "Các vấn đề xã hội được quan tâm.", title="Xã Thông Nông vận hành bộ máy mới")
    assert "Trung tâm Phục vụ hành chính công xã Thông Nông" in names
    assert not [name for name in names if "xã hội" in name]


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế của Quốc hội"),
        ("Ủy ban Tài chính, Ngân sách của Quốc hội", "Ủy ban Tài chính, Ngân sách của Quốc hội"),
        ("Ủy ban Văn hóa và Xã hội thuộc Quốc hội", "Ủy ban Văn hóa và Xã hội của Quốc hội"),
        ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
    ],
)
def test_a_national_assembly_body_names_the_assembly_inside_it(surface, name):
    """SCHEMA Conventions 2 and 3: the parent named inside a body's name is an entity, and the body is partOf it."""
    article = Article(id="t", body=f"Đại biểu cho rằng {surface} cần giám sát chặt chẽ.", title="Tin tức",
                      published="2023-04-02T08:00:00+07:00")
    extraction = extract(article)
    assert {name, "Quốc hội"} <= {e.name for e in extraction.entities if e.type == "Organization"}
    assert (name, "Quốc hội") in {(r.s, r.o) for r in extraction.relations if r.p == "partOf"}


def test_an_abbreviation_names_no_parent_inside_it():
    assert "Quốc hội" not in bodies("Theo Nghị quyết của UBTVQH, tỉnh sắp xếp các đơn vị hành chính.")


def _relations(body, title, published="2022-10-28T08:00:00+07:00"):
    return {(r.s, r.p, r.o) for r in extract(Article(id="t", body=body, title=title, published=published)).relations}


def test_a_body_left_implicit_after_tai_another_province_is_that_provinces():
    """In an article about Sóc Trăng, `tại Bạc Liêu, Hội Nông dân tỉnh … Công an tỉnh Bạc Liêu` is Bạc Liêu's."""
    body = ("Đoàn ĐBQH tỉnh Sóc Trăng và Đoàn ĐBQH tỉnh Bạc Liêu thảo luận tại tổ. Đại biểu Lâm Văn Mẫn cho biết, "
            "tại Bạc Liêu, Hội Nông dân tỉnh đã phối hợp với Công an tỉnh Bạc Liêu tuyên truyền pháp luật.")
    found = _relations(body, "Đoàn ĐBQH tỉnh Sóc Trăng thảo luận tổ về dự án luật")
    assert ("Hội Nông dân tỉnh Bạc Liêu", "coordinatesWith", "Công an tỉnh Bạc Liêu") in found
    assert not [t for t in found if "Hội Nông dân tỉnh Sóc Trăng" in t]


def test_tai_ha_noi_alone_moves_no_body():
    """Where a provincial delegation meets (`tại Hà Nội`) says nothing of which province its bodies are."""
    body = ("Chiều 27/10, tại Hà Nội, Đoàn ĐBQH tỉnh thảo luận tại tổ về dự án Luật Thanh tra (sửa đổi). "
            "Đồng chí Lâm Văn Mẫn, Trưởng Đoàn ĐBQH tỉnh Sóc Trăng chủ trì.")
    names = bodies(body, title="Đoàn ĐBQH tỉnh Sóc Trăng thảo luận tổ")
    assert "Đoàn đại biểu Quốc hội tỉnh Sóc Trăng" in names
    assert not [n for n in names if n.endswith("Hà Nội")]


def test_a_full_time_deputy_head_of_a_delegation_is_in_the_delegation_of_the_province_named():
    body = "Đồng chí Thạch Phước Bình, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Trà Vinh phát biểu."
    found = _relations(body, "Đoàn ĐBQH tỉnh Vĩnh Long thảo luận tổ")
    assert ("Thạch Phước Bình", "memberOf", "Đoàn đại biểu Quốc hội tỉnh Trà Vinh") in found


def test_a_bare_delegate_at_a_national_assembly_session_is_a_member_of_the_assembly():
    body = ("Chiều 27/10, tiếp tục chương trình Kỳ họp thứ 4, Quốc hội khóa XV, Đoàn ĐBQH tỉnh Sóc Trăng thảo luận "
            "tại tổ. Đại biểu Lâm Văn Mẫn (Đoàn ĐBQH tỉnh Sóc Trăng) đề nghị bổ sung cơ chế phối hợp.")
    found = _relations(body, "Đoàn ĐBQH tỉnh Sóc Trăng thảo luận tổ")
    assert ("Lâm Văn Mẫn", "memberOf", "Quốc hội") in found


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Thành ủy Thành phố Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh"),
        ("Ban Tổ chức Thành ủy TP.HCM", "Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh"),
        ("Thành ủy TP Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh"),
        ("UBND Thành phố Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("Thành ủy Thành phố Cần Thơ", "Thành ủy Cần Thơ"),
    ],
)
def test_a_city_written_with_its_level_word_inside_a_body_name(surface, name):
    """`Thành phố` before a city's name in a body's name is the level, not a place `Thành`; Hồ Chí Minh City keeps
    `Thành phố` in its committee's name (its bare name is also a person's)."""
    names = bodies(f"Ông cho biết {surface} đã chỉ đạo sát sao.", title="Tin tức")
    assert name in names
    assert not [n for n in names if n.endswith(" Thành")]


def test_a_bare_board_followed_by_its_party_committee_after_a_comma_is_that_committees():
    """`Ban Xây dựng Đảng, Đảng ủy phường X` (the ward Party committee's board since 2025): the board of the
    committee named after the comma, not a described `Ban Xây dựng` of the Party."""
    body = "Theo báo cáo của Ban Xây dựng Đảng, Đảng ủy phường Gia Định, Đảng bộ phường có 58 tổ chức cơ sở đảng."
    extraction = extract(Article(id="t", body=body, title="Đảng ủy phường Gia Định", published="2025-11-07T08:00:00+07:00"))
    names = {e.name for e in extraction.entities if e.type == "Organization"}
    assert "Ban Xây dựng Đảng Đảng ủy phường Gia Định" in names and "Đảng Cộng sản Việt Nam" not in names
    assert ("Ban Xây dựng Đảng Đảng ủy phường Gia Định", "partOf", "Đảng ủy phường Gia Định") in {
        (r.s, r.p, r.o) for r in extraction.relations}


def test_a_quoted_campaign_inside_a_bodys_name_and_its_shortened_mentions_are_one_body():
    body = ("Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh Bạc Liêu tổ chức hội nghị. "
            "Bà Dương Thị Kim Thoa, Trưởng Ban Chỉ đạo Cuộc vận động tỉnh chủ trì. "
            "Ông đề nghị Ban Chỉ đạo tỉnh hỗ trợ doanh nghiệp.")
    full = "Ban Chỉ đạo Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam tỉnh Bạc Liêu"
    found = bodies(body, title="Bạc Liêu sơ kết Cuộc vận động", published="2014-07-23T08:00:00+07:00")
    assert set(found) == {full} and len(found[full].mentions) == 3


def test_a_shortened_head_before_two_longer_names_stays_as_written():
    body = ("Ban Chỉ đạo phòng, chống thiên tai tỉnh Bạc Liêu và Ban Chỉ đạo Chương trình giảm nghèo tỉnh Bạc Liêu "
            "họp. Ban Chỉ đạo tỉnh giao nhiệm vụ.")
    assert "Ban Chỉ đạo tỉnh Bạc Liêu" in bodies(body, title="Bạc Liêu", published="2014-07-23T08:00:00+07:00")


@pytest.mark.parametrize("surface", ["Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"])
def test_the_fronts_central_committee_names_the_front_inside_it_in_either_spelling(surface):
    article = Article(id="t", body=f"Ông Kha Văn Phú, Phó Chủ tịch {surface} dự hội nghị.", title="Tin tức",
                      published="2014-07-23T08:00:00+07:00")
    extraction = extract(article)
    front = next(e for e in extraction.entities if e.name == "Mặt trận Tổ quốc Việt Nam")
    assert front.mentions[0].text == surface.split("Trung ương ")[1]
    assert ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "partOf", "Mặt trận Tổ quốc Việt Nam") in {
        (r.s, r.p, r.o) for r in extraction.relations}


@pytest.mark.parametrize(
    ("surface", "name", "parent"),
    [("Trung ương Hội CCB Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh Việt Nam"),
     ("Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam"),
     ("Trung ương Hội LHPN Việt Nam", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam")],
)
def test_the_central_committee_of_a_mass_organisation_names_it_inside(surface, name, parent):
    article = Article(id="t", body=f"Ông Nguyễn Văn Đạo, Phó Chủ tịch {surface} dự lễ.", title="Tin Hà Nam",
                      published="2014-12-06T08:00:00+07:00")
    extraction = extract(article)
    assert {name, parent} <= {e.name for e in extraction.entities if e.type == "Organization"}
    assert {(name, "partOf", parent), ("Nguyễn Văn Đạo", "memberOf", name)} <= {(r.s, r.p, r.o) for r in extraction.relations}


@pytest.mark.parametrize(
    "body",
    ["Đảng bộ phường gồm xã Xuất Hóa của thành phố Bắc Kạn trước đây; sau khi tỉnh Bắc Kạn hợp nhất với tỉnh "
     "Thái Nguyên, Tỉnh ủy giao chỉ tiêu cho các xã vùng cao thuộc tỉnh Bắc Kạn cũ.",
     "Sau khi sáp nhập vào tỉnh Thái Nguyên, các xã của tỉnh Bắc Kạn (cũ) và tỉnh Bắc Kạn trước đây được Tỉnh ủy giao chỉ tiêu."],
)
def test_after_a_merger_the_article_is_in_the_province_merged_into(body):
    """A province named as it was before a merger (`cũ`, `trước đây`) does not count; `hợp nhất với tỉnh Y` does."""
    assert "Tỉnh ủy Thái Nguyên" in bodies(body, title="Đảng ủy phường Đức Xuân", published="2026-02-24T08:00:00+07:00")


def test_the_presidents_name_is_not_the_city_the_article_is_about():
    body = ("Huyện ủy Quế Phong (Nghệ An) phát động phong trào thi đua, gắn với học tập và làm theo tư tưởng, đạo đức "
            "Hồ Chí Minh. Nhắc lại lời dạy của Chủ tịch Hồ Chí Minh, Phó Chủ tịch UBND tỉnh đề nghị huyện quyết tâm.")
    found = bodies(body, title="Quế Phong phát động phong trào thi đua")
    assert "Ủy ban nhân dân tỉnh Nghệ An" in found and not any(name.endswith("Hồ Chí Minh") for name in found)
    city = bodies("Đoàn đã làm việc với UBND TP Hồ Chí Minh. UBND thành phố Hồ Chí Minh đã báo cáo.", title="Tin tức")
    assert "Ủy ban nhân dân thành phố Hồ Chí Minh" in city


@pytest.mark.parametrize(
    ("body", "name"),
    [("Bà Triệu Thị Mai, Trưởng Trạm Y tế phường cho biết.", "Trạm Y tế phường Đức Xuân"),
     ("Ông Nguyễn Đức Tiệp, Chánh Văn phòng Điều phối nông thôn mới tỉnh cho biết.",
      "Văn phòng Điều phối nông thôn mới tỉnh Thái Nguyên"),
     ("Đảng bộ Khối các cơ quan tỉnh hiện có 86 tổ chức cơ sở đảng.", "Đảng bộ Khối các cơ quan tỉnh Thái Nguyên"),
     ("Đảng bộ Quân sự tỉnh được tặng cờ thi đua.", "Đảng bộ Quân sự tỉnh Thái Nguyên")],
)
def test_a_station_an_office_and_a_party_organisation_described_with_their_level(body, name):
    text = "Đảng ủy phường Đức Xuân, tỉnh Thái Nguyên tổ chức hội nghị. " + body
    assert name in bodies(text, title="Phường Đức Xuân", published="2026-02-24T08:00:00+07:00")


@pytest.mark.parametrize(
    ("surface", "name"),
    [("Chủ tịch Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội Doanh nghiệp tỉnh Trà Vinh"),
     ("Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Trà Vinh"),
     ("Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam")],
)
def test_business_and_religious_bodies(surface, name):
    found = bodies(f"Dự hội nghị có ông Thạch Sok Xane, {surface}.", title="Tin Trà Vinh", published="2023-07-14T08:00:00+07:00")
    assert name in found


def test_the_sanghas_executive_council_names_the_sangha_inside_it():
    article = Article(id="t", body="Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam dự.",
                      title="Tin Trà Vinh", published="2023-07-14T08:00:00+07:00")
    assert ("Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "partOf", "Giáo hội Phật giáo Việt Nam") in {
        (r.s, r.p, r.o) for r in extract(article).relations}


@pytest.mark.parametrize(
    ("surface", "name", "bank"),
    [("Ngân hàng Chính sách xã hội chi nhánh tỉnh Lạng Sơn", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lạng Sơn",
      "Ngân hàng Chính sách xã hội"),
     ("NHCSXH chi nhánh tỉnh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lạng Sơn", "Ngân hàng Chính sách xã hội"),
     ("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Lạng Sơn",
      "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Lạng Sơn", "Ngân hàng Nông nghiệp và Phát triển nông thôn")],
)
def test_a_banks_branch_is_a_unit_of_the_bank(surface, name, bank):
    article = Article(id="t", body=f"Hội Nông dân tỉnh đã phối hợp với {surface} hỗ trợ vốn cho 300 hộ.",
                      title="Tin Lạng Sơn", published="2021-05-04T08:00:00+07:00")
    extraction = extract(article)
    assert {name, bank} <= {e.name for e in extraction.entities if e.type == "Organization"}
    assert {(name, "partOf", bank), ("Hội Nông dân tỉnh Lạng Sơn", "coordinatesWith", name)} <= {
        (r.s, r.p, r.o) for r in extraction.relations}


@pytest.mark.parametrize("text", ["Hội đã phối hợp với Ngân hàng Chính sách xã hội tỉnh cho vay vốn.",
                                  "Hội đã phối hợp với Ngân hàng Chính sách xã hội chi nhánh Mường Khương cho vay vốn."])
def test_a_bank_named_by_level_or_a_branch_not_a_province_is_no_branch(text):
    article = Article(id="t", body=text, title="Tin Lạng Sơn", published="2021-05-04T08:00:00+07:00")
    extraction = extract(article)
    assert not any(r.p == "partOf" for r in extraction.relations)
    assert not any(" chi nhánh " in e.name for e in extraction.entities)


def test_the_border_guard_and_its_command_are_two_bodies_as_written():
    found = bodies("Bộ Chỉ huy Quân sự tỉnh đã phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Bộ đội Biên phòng tỉnh "
                   "tiếp tục giúp đồng bào; Bộ Chỉ huy BĐBP tỉnh báo cáo.", title="Tin Nghệ An")
    assert {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An", "Bộ đội Biên phòng tỉnh Nghệ An"} <= set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Đồng chí Lương Văn Khiêm, Chủ tịch HND tỉnh chủ trì hội nghị.", "Hội Nông dân tỉnh An Giang"),
     ("Dự có đồng chí Néang Sô Phi, Bí thư Đặc khu ủy Phú Quốc.", "Đặc khu ủy Phú Quốc"),
     ("TS Đỗ Minh Châu, Thứ trưởng Thường trực Bộ Y tế nhấn mạnh yêu cầu.", "Bộ Y tế")],
)
def test_a_farmers_union_abbreviation_a_special_zones_party_committee_and_a_standing_deputy_minister(text, name):
    article = Article(id="t", body=text, title="Tin An Giang", published="2026-03-06T08:00:00+07:00")
    extraction = extract(article)
    assert {e.name for e in extraction.entities if e.type == "Organization"} == {name}
    assert any(r.p == "memberOf" and r.o == name for r in extraction.relations)


def test_the_bodies_named_at_a_provinces_bridge_of_an_online_conference_are_that_provinces():
    body = ("Sáng 4/10, tại Hà Nội, Bộ Chính trị tổ chức Hội nghị toàn quốc. Dự có Bí thư Thành ủy Hà Nội Bùi Văn An. "
            "Tại điểm cầu tỉnh Ninh Bình, đồng chí Trương Thị Mai Hương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh điều hành.")
    found = bodies(body, title="Hội nghị toàn quốc tại Hà Nội")
    assert {"Tỉnh ủy Ninh Bình", "Ủy ban nhân dân tỉnh Ninh Bình"} <= set(found)
    assert "Tỉnh ủy Hà Nội" not in found


def test_a_border_post_is_named_and_a_conference_centre_is_no_body():
    found = bodies("Công an xã đã phối hợp với Đồn Biên phòng Canh Liên giữ vững an ninh. Phó Thủ tướng khảo sát "
                   "khu vực xây dựng Trung tâm Hội nghị quốc tế và tuyến đường trục phía Nam.", title="Tin Gia Lai")
    assert set(found) == {"Đồn Biên phòng Canh Liên"}


def test_a_provinces_merged_newspaper_and_broadcaster_is_one_body():
    found = bodies("Ban Chỉ đạo đã chỉ đạo Báo và Phát thanh, Truyền hình Hưng Yên mở chuyên mục.", title="Tin Hưng Yên")
    assert "Báo và Phát thanh, Truyền hình Hưng Yên" in found


@pytest.mark.parametrize(("surface", "name"), [
    ("Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh", "Ủy ban Kinh tế của Quốc hội"),
    ("Chủ nhiệm Ủy ban Pháp luật, Hoàng Thanh Tùng,", "Ủy ban Pháp luật của Quốc hội"),
    ("Ủy viên Ủy ban Kinh tế và Tài chính Lê Văn Ba", "Ủy ban Kinh tế và Tài chính của Quốc hội"),
])
def test_a_national_assembly_committee_named_bare_before_a_name(surface, name):
    found = bodies(f"Trước đó, {surface} trình bày báo cáo thẩm tra dự án luật.", title="Quốc hội thảo luận")
    assert name in found


def test_a_committee_named_bare_before_a_lower_case_word_is_not_the_assemblys():
    assert "Ủy ban Kinh tế của Quốc hội" not in bodies("Ủy ban Kinh tế tỉnh đã họp.", title="Tin Lạng Sơn")


def test_a_communes_youth_union_is_named_by_the_union_and_the_commune():
    """`Bí thư Đoàn xã Đak Ơ`: the commune's Youth Union, not a bare place; `Đoàn xã` alone is the article's commune's."""
    article = Article(id="t", title="Đại hội Đoàn xã Đak Ơ", published="2023-04-02T08:00:00+07:00",
                      body="Anh Điểu Văn Bình, Bí thư Đoàn xã Đak Ơ, huyện Bù Gia Mập chia sẻ kinh nghiệm. "
                           "Đoàn xã phối hợp với Hội Nông dân xã tổ chức ra quân.")
    extraction = extract(article)
    union = "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Đak Ơ"
    assert union in {e.name for e in extraction.entities if e.type == "Organization"}
    assert ("Điểu Văn Bình", "memberOf", union) in {(r.s, r.p, r.o) for r in extraction.relations}
    assert "Đak Ơ" not in {e.name for e in extraction.entities if e.type == "Location"}


@pytest.mark.parametrize(
    ("surface", "unit", "parent"),
    [
        ("Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
         "Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
         "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"),
        ("Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
         "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
         "Tổng Liên đoàn Lao động Việt Nam"),
    ],
)
def test_a_unit_written_before_a_central_body_is_a_body_part_of_it(surface, unit, parent):
    extraction = extract(Article(id="t", title="Tin", body=f"Sáng 6/1, {surface} đã họp.",
                                 published="2026-01-06T08:00:00+07:00"))
    assert {unit, parent} <= {e.name for e in extraction.entities if e.type == "Organization"}
    assert (unit, "partOf", parent) in {(r.s, r.p, r.o) for r in extraction.relations}


def test_a_post_opening_with_a_units_words_is_no_unit():
    """`Thường trực Ban Bí thư` is a post; `Phó Trưởng Ban Thường trực Ban …` a post before a body."""
    extraction = extract(Article(id="t", title="Tin", published="2026-01-06T08:00:00+07:00",
                                 body="Đồng chí Trần Văn An, Thường trực Ban Bí thư, dự hội nghị."))
    assert {e.name for e in extraction.entities if e.type == "Organization"} == {"Ban Bí thư"}
    assert ("Trần Văn An", "holdsPosition", "Thường trực Ban Bí thư") in {(r.s, r.p, r.o) for r in extraction.relations}


def test_a_steering_committee_by_its_head_alone_is_the_one_named_before():
    """`Phó Trưởng Ban Thường trực Ban Chỉ đạo`, `Chánh Văn phòng Ban Chỉ đạo`: the steering committee named before
    (here as the parent of a unit), and its office."""
    steering = "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"
    extraction = extract(Article(id="t", title="Tin", published="2026-01-06T08:00:00+07:00", body=(
        f"Chiều 6/1, Thường trực {steering} họp. Đồng chí Nguyễn Thanh Phong, Phó Trưởng Ban Thường trực Ban Chỉ đạo "
        "chủ trì cuộc họp. Đồng chí Vương Quốc Bảo, Chánh Văn phòng Ban Chỉ đạo báo cáo.")))
    found = {(r.s, r.p, r.o) for r in extraction.relations}
    assert ("Nguyễn Thanh Phong", "memberOf", steering) in found
    assert ("Vương Quốc Bảo", "memberOf", f"Văn phòng {steering}") in found
    assert (f"Văn phòng {steering}", "partOf", steering) in found


def test_a_bare_presidium_is_that_of_the_front_committee_the_next_post_names():
    """`Ủy viên Đoàn Chủ tịch, Trưởng Ban Phong trào Ủy ban Trung ương MTTQ Việt Nam`: the presidium is the Front
    committee's (not a person `Đoàn Chủ`); `Tổng Liên đoàn` alone is the Vietnam General Confederation of Labour."""
    presidium = "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    extraction = extract(Article(id="t", title="Tin", published="2024-01-06T08:00:00+07:00", body=(
        "Cùng đi có đồng chí Lương Văn Tường, Ủy viên Đoàn Chủ tịch, Trưởng Ban Phong trào Ủy ban Trung ương MTTQ "
        "Việt Nam. Các đồng chí Đỗ Thị Thu Hằng và Phan Văn Lực được bầu làm Phó Chủ tịch Tổng Liên đoàn.")))
    found = {(r.s, r.p, r.o) for r in extraction.relations}
    assert ("Lương Văn Tường", "memberOf", presidium) in found
    assert (presidium, "partOf", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") in found
    assert ("Phan Văn Lực", "memberOf", "Tổng Liên đoàn Lao động Việt Nam") in found
    assert "Đoàn Chủ" not in {e.name for e in extraction.entities}


def test_a_congress_presidium_listing_its_members_gives_them_no_post():
    extraction = extract(Article(id="t", title="Tin", published="2024-01-06T08:00:00+07:00",
                                 body="Đoàn Chủ tịch Đại hội gồm các đồng chí Lê Văn An, Trần Văn Bình."))
    assert not [r for r in extraction.relations if r.p == "holdsPosition"]


def test_the_prime_minister_is_a_body_only_as_an_issuer():
    """SCHEMA Convention 5: `Thủ tướng Chính phủ` issues `…/QĐ-TTg` decisions; in a person's title (`Phó Thủ tướng
    Chính phủ X`) it is the post, not an Organization."""
    def organizations(body):
        article = Article(id="t", title="Tin", body=body, published="2024-01-06T08:00:00+07:00")
        return {e.name for e in extract(article).entities if e.type == "Organization"}

    assert "Thủ tướng Chính phủ" not in organizations("Phó Thủ tướng Chính phủ Trần Hồng Hà dự và chỉ đạo hội nghị.")
    assert "Thủ tướng Chính phủ" in organizations(
        "Phó Thủ tướng Chính phủ Trần Hồng Hà dự hội nghị triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.")


def test_bodies_at_another_provinces_bridge_are_that_provinces():
    """A national online conference: at `điểm cầu thành phố Cần Thơ`, `Thành ủy` and `UBND thành phố` are Cần Thơ's,
    though the article is about no one province (or about another)."""
    extraction = extract(Article(id="t", title="Chính phủ họp trực tuyến với các địa phương",
                                 published="2021-12-02T08:00:00+07:00", body=(
        "Sáng 2/12, Thủ tướng chủ trì hội nghị trực tuyến toàn quốc với các địa phương. Tại điểm cầu thành phố Cần "
        "Thơ, đồng chí Đỗ Minh Tân, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố điều hành điểm cầu; tại điểm cầu "
        "tỉnh Bình Dương có đồng chí Võ Thành Nhân, Chủ tịch UBND tỉnh Bình Dương.")))
    found = {(r.s, r.p, r.o) for r in extraction.relations}
    assert ("Đỗ Minh Tân", "memberOf", "Thành ủy Cần Thơ") in found
    assert ("Đỗ Minh Tân", "memberOf", "Ủy ban nhân dân thành phố Cần Thơ") in found


def test_the_army_named_inside_its_general_department_is_its_parent():
    extraction = extract(Article(id="t", title="Tin", published="2024-01-06T08:00:00+07:00",
                                 body="Ông Phạm Quang Thái, Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân "
                                      "Việt Nam phát biểu."))
    assert ("Tổng cục Chính trị Quân đội nhân dân Việt Nam", "partOf", "Quân đội nhân dân Việt Nam") in {
        (r.s, r.p, r.o) for r in extraction.relations}


def test_a_disaster_command_committee_by_its_abbreviation_or_its_head_alone():
    extraction = extract(Article(id="t", title="Yên Bái họp khẩn ứng phó bão số 3", published="2024-09-08T08:00:00+07:00",
                                 body=("Chiều 8/9, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh họp khẩn. "
                                       "Đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy chủ trì. Ban Chỉ huy "
                                       "PCTT&TKCN huyện Lục Yên đã sơ tán 200 hộ dân.")))
    command = "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn"
    assert f"{command} huyện Lục Yên" in {e.name for e in extraction.entities}
    assert ("Trần Huy Tuấn", "memberOf", f"{command} tỉnh Yên Bái") in {(r.s, r.p, r.o) for r in extraction.relations}


@pytest.mark.parametrize(("written", "organ", "party"), [
    ("Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào", "Bộ Chính trị Đảng Nhân dân Cách mạng Lào",
     "Đảng Nhân dân Cách mạng Lào"),
    ("Ủy viên Trung ương Đảng Cộng sản Cuba", "Ban Chấp hành Trung ương Đảng Cộng sản Cuba", "Đảng Cộng sản Cuba"),
    ("Bí thư Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc", "Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc",
     "Đảng Cộng sản Trung Quốc"),
    ("Ủy viên Bộ Chính trị, Trưởng Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào",
     "Bộ Chính trị Đảng Nhân dân Cách mạng Lào", "Đảng Nhân dân Cách mạng Lào"),
])
def test_an_organ_written_before_another_countrys_party_is_that_partys(written, organ, party):
    text = (f"Đoàn do đồng chí Xổm-phăn Vông-khăm-xay, {written} dẫn đầu. Đồng chí Lê Văn Hòa, Ủy viên Bộ Chính trị, "
            "tiếp đoàn.")
    relations = relations_of(text, title="Tiếp đoàn", published="2012-04-02T08:00:00+07:00")
    assert ("Xổm-phăn Vông-khăm-xay", "memberOf", organ) in relations
    assert (organ, "partOf", party) in relations
    assert ("Lê Văn Hòa", "memberOf", "Bộ Chính trị") in relations  # Vietnam's own, after a full stop


def test_a_member_of_the_standing_unit_of_a_central_committee_is_a_member_of_that_unit():
    found = bodies("Dự có Thượng tướng Đặng Quốc Huy, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục "
                   "Chính trị; Phó Trưởng Ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực.")
    assert "Thường vụ Quân ủy Trung ương" in found and "Quân ủy Trung ương" in found
    standing = "Ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"
    assert standing not in found  # a post


def test_an_industrial_zones_board_has_its_abbreviation_expanded():
    found = bodies("Ông Lê Quang Thành, Trưởng Ban Quản lý các KCN tỉnh cho biết, Ban Quản lý KKT tỉnh đã phối hợp.",
                   title="Ninh Thuận: hội nghị xúc tiến đầu tư")
    assert {"Ban Quản lý các khu công nghiệp tỉnh Ninh Thuận", "Ban Quản lý khu kinh tế tỉnh Ninh Thuận"} <= set(found)
    assert "Ban Quản lý các KCN tỉnh Ninh Thuận" not in found


def test_a_national_bodys_branch_in_a_province_is_a_unit_of_it():
    text = ("UBND tỉnh phối hợp với Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức hội nghị. Dự có Giám đốc "
            "Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tại Hà Nội Lương Văn Trung; Chi nhánh VCCI tại "
            "TP. Hồ Chí Minh.")
    extraction = extract(Article(id="t", body=text, title="Hà Nam: đối thoại", published="2019-04-02T08:00:00+07:00"))
    relations = {(r.s, r.p, r.o) for r in extraction.relations}
    hanoi = "Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam tại Hà Nội"
    assert ("Lương Văn Trung", "memberOf", hanoi) in relations
    assert (hanoi, "partOf", "Phòng Thương mại và Công nghiệp Việt Nam") in relations
    assert ("Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam tại Thành phố Hồ Chí Minh", "partOf",
            "Phòng Thương mại và Công nghiệp Việt Nam") in relations
    assert "Hà Nội" not in {e.name for e in extraction.entities if e.type == "Location"}  # only inside the name


@pytest.mark.parametrize(("written", "name"), [
    ("Công ty cổ phần Muối Biển Nam Trung Bộ", "Công ty cổ phần Muối Biển Nam Trung Bộ"),
    ("Công ty TNHH May xuất khẩu Tam Thăng", "Công ty TNHH May xuất khẩu Tam Thăng"),
    ("Công ty Điện lực Ninh Thuận", "Công ty Điện lực Ninh Thuận"),
    ("HTX Dịch vụ nông nghiệp Tân Long", "Hợp tác xã Dịch vụ nông nghiệp Tân Long"),
])
def test_a_company_or_cooperative_is_named_with_its_legal_form_and_trade(written, name):
    found = bodies(f"Bà Trần Thị Hạnh, Giám đốc {written} phối hợp với Liên minh HTX Việt Nam tổ chức hội nghị.")
    assert name in found
    assert "Hợp tác xã Việt Nam" not in found  # inside the alliance's name


def test_the_customs_department_of_a_province_and_the_general_departments():
    found = bodies("Ông Lê Văn Thọ, Phó Cục trưởng Cục Hải quan tỉnh; Cục Thuế tỉnh đã phối hợp với Cục Hải quan tỉnh. "
                   "Tổng cục Hải quan, Tổng cục Thuế và Tổng cục Thống kê hướng dẫn.", title="Quảng Nam: đối thoại")
    assert {"Cục Hải quan tỉnh Quảng Nam", "Cục Thuế tỉnh Quảng Nam", "Tổng cục Hải quan", "Tổng cục Thuế",
            "Tổng cục Thống kê"} <= set(found)


def test_the_youth_unions_central_committee_is_named_as_the_partys_is():
    text = ("Dự có đồng chí Nguyễn Anh Khoa, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam. Ban Chấp hành "
            "Trung ương Đoàn TNCS Hồ Chí Minh đã phát động phong trào.")
    relations = relations_of(text, title="Đại hội Tỉnh đoàn", published="2012-04-02T08:00:00+07:00")
    central = "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    assert ("Nguyễn Anh Khoa", "memberOf", central) in relations
    assert ("Nguyễn Anh Khoa", "holdsPosition", "Bí thư Trung ương Đoàn") in relations  # no `Hồ Chí Minh` scope
    assert (central, "partOf", "Đoàn Thanh niên Cộng sản Hồ Chí Minh") in relations


def test_the_national_trade_union_and_its_sector_unions():
    found = bodies("Nghị quyết về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam. Công đoàn Y tế Việt Nam tặng "
                   "Cờ thi đua cho Công đoàn ngành Y tế tỉnh.", title="Quảng Trị: kỷ niệm")
    assert {"Công đoàn Việt Nam", "Công đoàn Y tế Việt Nam"} <= set(found)


def test_a_banks_provincial_branch_written_with_a_dash_and_by_its_short_name_is_one_body_of_the_bank():
    text = ("Hội Nông dân tỉnh ký kết chương trình phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn Việt "
            "Nam - Chi nhánh tỉnh An Giang (Agribank An Giang). Ông Nguyễn Quốc Khánh, Giám đốc Agribank An Giang phát "
            "biểu. Agribank Hà Nội cũng tham gia.")
    relations = relations_of(text, title="An Giang: ký kết", published="2022-06-14T08:00:00+07:00")
    branch = "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh An Giang"
    assert ("Nguyễn Quốc Khánh", "memberOf", branch) in relations
    assert (branch, "partOf", "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam") in relations
    assert ("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh thành phố Hà Nội", "partOf",
            "Ngân hàng Nông nghiệp và Phát triển nông thôn") in relations


def test_a_numbered_unit_written_with_its_command_after_a_comma_is_a_unit_of_it():
    text = ("Sư đoàn 5, Quân khu 7 nhận 70 tân binh. Đại tá Lê Văn Bình, Sư đoàn trưởng Sư đoàn 5 phát biểu; Trung "
            "đoàn trưởng Trung đoàn 737 Nguyễn Văn Hùng cho biết.")
    extraction = extract(Article(id="t", body=text, title="Long An: giao quân", published="2018-02-27T08:00:00+07:00"))
    relations = {(r.s, r.p, r.o) for r in extraction.relations}
    assert ("Sư đoàn 5 Quân khu 7", "partOf", "Quân khu 7") in relations
    assert ("Lê Văn Bình", "memberOf", "Sư đoàn 5 Quân khu 7") in relations  # the unit named alone later
    assert ("Nguyễn Văn Hùng", "holdsPosition", "Trung đoàn trưởng Trung đoàn 737") in relations
    assert "Sư đoàn 5" not in {e.name for e in extraction.entities}

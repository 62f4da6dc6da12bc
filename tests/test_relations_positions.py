"""holdsPosition / memberOf from title chains (SCHEMA.md Convention 9), on examples written for the tests."""

import pytest
from relation_oracle import doc_with, triples

from kgnews.nlp.relations import RelationExtractor, relations_of

YB = [("Location", "Yên Bái")]


def posts(triple_set, person):
    return {o for s, p, o in triple_set if s == person and p == "holdsPosition"}


def members(triple_set, person):
    return {o for s, p, o in triple_set if s == person and p == "memberOf"}


def test_a_chain_before_a_name_gives_one_post_per_title():
    text = "Sáng 3/4, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Lò Văn Pấng chủ trì hội nghị."
    found = triples(text, [("Person", "Lò Văn Pấng"), ("Organization", "Bộ Chính trị"),
                           ("Organization", "Ban Tổ chức Trung ương"), ("Event", "hội nghị")])
    assert posts(found, "Lò Văn Pấng") == {"Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"}
    assert members(found, "Lò Văn Pấng") == {"Bộ Chính trị", "Ban Tổ chức Trung ương"}


def test_titles_after_the_name_in_an_apposition_are_scoped_to_the_article():
    text = "Đồng chí Ksor Phước, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Ia Pa phát biểu."
    found = triples(text, [
        ("Person", "Ksor Phước"), ("Organization", "Huyện ủy Ia Pa", "Huyện ủy"),
        ("Organization", "Ủy ban nhân dân huyện Ia Pa", "UBND huyện Ia Pa"), ("Location", "Ia Pa"),
    ])
    assert posts(found, "Ksor Phước") == {"Phó Bí thư Huyện ủy Ia Pa", "Chủ tịch UBND huyện Ia Pa"}
    assert members(found, "Ksor Phước") == {"Huyện ủy Ia Pa", "Ủy ban nhân dân huyện Ia Pa"}


def test_an_implicit_scope_is_added_after_the_body_as_the_article_writes_the_place():
    text = "Tại huyện Văn Chấn, Chủ tịch HĐND tỉnh Đinh Công Sử kiểm tra. Tỉnh Yên Bái có 9 huyện."
    found = triples(text, [("Person", "Đinh Công Sử"), ("Organization", "Hội đồng nhân dân tỉnh Yên Bái", "HĐND tỉnh"), *YB])
    assert posts(found, "Đinh Công Sử") == {"Chủ tịch HĐND tỉnh Yên Bái"}


def test_a_list_of_guests_gives_each_person_their_own_titles():
    text = ("Cùng dự có các đồng chí: Trần Thị Mỹ Lệ, Phó Chủ tịch UBND tỉnh; Hoàng Văn Bảy, Ủy viên Ban Thường vụ "
            "Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.")
    found = triples(text, [
        ("Person", "Trần Thị Mỹ Lệ"), ("Person", "Hoàng Văn Bảy"),
        ("Organization", "Ủy ban nhân dân tỉnh Yên Bái", "UBND tỉnh"),
        ("Organization", "Ban Thường vụ Tỉnh ủy Yên Bái", "Ban Thường vụ Tỉnh ủy"),
        ("Organization", "Ban Dân vận Tỉnh ủy Yên Bái", "Ban Dân vận Tỉnh ủy"), *YB,
    ])
    assert posts(found, "Trần Thị Mỹ Lệ") == {"Phó Chủ tịch UBND tỉnh Yên Bái"}
    assert posts(found, "Hoàng Văn Bảy") == {"Ủy viên Ban Thường vụ Tỉnh ủy Yên Bái", "Trưởng Ban Dân vận Tỉnh ủy Yên Bái"}
    assert members(found, "Hoàng Văn Bảy") == {"Ban Thường vụ Tỉnh ủy Yên Bái", "Ban Dân vận Tỉnh ủy Yên Bái"}


def test_membership_points_at_the_most_specific_body_of_the_title():
    text = "Ủy viên Ban Thường vụ Thành ủy Vũ Minh Khôi cho biết."
    found = triples(text, [("Person", "Vũ Minh Khôi"), ("Organization", "Thành ủy Hạ Long", "Thành ủy"),
                           ("Organization", "Ban Thường vụ Thành ủy Hạ Long", "Ban Thường vụ Thành ủy")])
    assert members(found, "Vũ Minh Khôi") == {"Ban Thường vụ Thành ủy Hạ Long"}


def test_former_posts_give_no_membership_and_acting_posts_give_both():
    text = ("Ông Lê Văn Tám, nguyên Phó Chủ tịch UBND huyện Mường La, có mặt. "
            "Bà Đỗ Thị Hoa, quyền Giám đốc Sở Tư pháp, báo cáo.")
    ents = [("Person", "Lê Văn Tám"), ("Person", "Đỗ Thị Hoa"),
            ("Organization", "Ủy ban nhân dân huyện Mường La", "UBND huyện Mường La"),
            ("Organization", "Sở Tư pháp tỉnh Sơn La", "Sở Tư pháp"), ("Location", "Sơn La")]
    found = triples(text, ents)
    assert posts(found, "Lê Văn Tám") == {"nguyên Phó Chủ tịch UBND huyện Mường La"}
    assert members(found, "Lê Văn Tám") == set()
    assert posts(found, "Đỗ Thị Hoa") == {"quyền Giám đốc Sở Tư pháp tỉnh Sơn La"}
    assert members(found, "Đỗ Thị Hoa") == {"Sở Tư pháp tỉnh Sơn La"}
    statuses = {r.attrs.get("status") for r in relations_of(RelationExtractor()(doc_with(text, ents)))}
    assert {"former", "acting"} <= statuses


@pytest.mark.parametrize("rank", ["Đại tá", "Thượng tá", "TS", "Hòa thượng", "đồng chí", "ông", "bà"])
def test_ranks_and_honorifics_are_not_posts(rank):
    text = f"{rank} Phạm Quốc Vinh, Giám đốc Công an tỉnh, phát biểu."
    found = triples(text, [("Person", "Phạm Quốc Vinh"), ("Organization", "Công an tỉnh Cao Bằng", "Công an tỉnh"),
                           ("Location", "Cao Bằng")])
    assert posts(found, "Phạm Quốc Vinh") == {"Giám đốc Công an tỉnh Cao Bằng"}


def test_a_committee_member_title_names_its_committee():
    text = "Đồng chí Mai Thị Lan, Tỉnh ủy viên, Bí thư Huyện ủy Trạm Tấu dự."
    found = triples(text, [("Person", "Mai Thị Lan"), ("Organization", "Tỉnh ủy Yên Bái", "Tỉnh ủy"),
                           ("Organization", "Huyện ủy Trạm Tấu"), *YB])
    assert posts(found, "Mai Thị Lan") == {"Ủy viên Tỉnh ủy Yên Bái", "Bí thư Huyện ủy Trạm Tấu"}
    assert members(found, "Mai Thị Lan") == {"Tỉnh ủy Yên Bái", "Huyện ủy Trạm Tấu"}


def test_a_deputy_of_the_national_assembly_is_a_member_of_it():
    text = "Tham gia có ĐBQH Nông Thị Hà, Phó Trưởng Đoàn ĐBQH tỉnh Bắc Kạn."
    found = triples(text, [("Person", "Nông Thị Hà"), ("Organization", "Quốc hội"),
                           ("Organization", "Đoàn đại biểu Quốc hội tỉnh Bắc Kạn", "Đoàn ĐBQH tỉnh Bắc Kạn")])
    assert posts(found, "Nông Thị Hà") == {"Đại biểu Quốc hội", "Phó Trưởng Đoàn ĐBQH tỉnh Bắc Kạn"}
    assert members(found, "Nông Thị Hà") == {"Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Bắc Kạn"}


def test_a_bare_title_before_a_name_is_a_post_without_a_body():
    found = triples("Chủ tịch Tôn Đức Thắng từng dạy.", [("Person", "Tôn Đức Thắng")])
    assert posts(found, "Tôn Đức Thắng") == {"Chủ tịch"}
    assert members(found, "Tôn Đức Thắng") == set()


def test_a_ministers_bare_rank_before_another_post_is_a_post_of_its_own():
    """`Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ X`: a minister-ranked head of the Government Office."""
    found = triples("Cùng dự có Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Nguyễn Hoàng Tùng.",
                    [("Person", "Nguyễn Hoàng Tùng"), ("Organization", "Văn phòng Chính phủ")])
    assert posts(found, "Nguyễn Hoàng Tùng") == {"Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"}


def test_an_election_gives_the_post_named_after_the_cue():
    text = "Đồng chí Hà Văn Khởi được bầu giữ chức Chủ tịch Hội Nông dân huyện khóa X."
    found = triples(text, [("Person", "Hà Văn Khởi"), ("Organization", "Hội Nông dân huyện Lục Yên", "Hội Nông dân huyện"),
                           ("Location", "Lục Yên")])
    assert posts(found, "Hà Văn Khởi") == {"Chủ tịch Hội Nông dân huyện Lục Yên khóa X"}


def test_one_post_mentioned_twice_is_one_relation():
    text = "Bí thư Tỉnh ủy Giàng A Tông dự. Phát biểu, đồng chí Giàng A Tông, Bí thư Tỉnh ủy Yên Bái nhấn mạnh."
    found = triples(text, [("Person", "Giàng A Tông"), ("Organization", "Tỉnh ủy Yên Bái", "Tỉnh ủy"), *YB])
    assert len(posts(found, "Giàng A Tông")) == 1


def test_holds_position_carries_the_organization_of_the_post():
    doc = doc_with("Phó Giám đốc Sở Y tế Vi Thị Nga kiểm tra.", [
        ("Person", "Vi Thị Nga"), ("Organization", "Sở Y tế tỉnh Lạng Sơn", "Sở Y tế"), ("Location", "Lạng Sơn")])
    rel = next(r for r in relations_of(RelationExtractor()(doc)) if r.p == "holdsPosition")
    assert rel.o == "Phó Giám đốc Sở Y tế tỉnh Lạng Sơn"
    assert rel.attrs == {"organization": "Sở Y tế tỉnh Lạng Sơn"}


def test_a_title_after_a_dash_is_an_apposition():
    text = "Dự có đồng chí Bùi Văn Nam - Phó Chủ tịch UBND tỉnh Hòa Bình."
    found = triples(text, [("Person", "Bùi Văn Nam"), ("Organization", "Ủy ban nhân dân tỉnh Hòa Bình", "UBND tỉnh Hòa Bình")])
    assert posts(found, "Bùi Văn Nam") == {"Phó Chủ tịch UBND tỉnh Hòa Bình"}


def test_a_qualifier_between_the_head_and_the_body():
    text = "Bà Siu Kim, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh, phát biểu."
    found = triples(text, [("Person", "Siu Kim"), ("Organization", "Đoàn đại biểu Quốc hội tỉnh Kon Tum", "Đoàn ĐBQH tỉnh"),
                           ("Location", "Kon Tum")])
    assert posts(found, "Siu Kim") == {"Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Kon Tum"}
    assert members(found, "Siu Kim") == {"Đoàn đại biểu Quốc hội tỉnh Kon Tum"}


def test_the_prime_minister_named_as_an_authority_is_a_post_in_the_government():
    text = "Thủ tướng Chính phủ Lê Văn Khải ký quyết định."
    found = triples(text, [("Person", "Lê Văn Khải"), ("Organization", "Thủ tướng Chính phủ"), ("Organization", "Chính phủ")])
    assert posts(found, "Lê Văn Khải") == {"Thủ tướng Chính phủ"}
    assert members(found, "Lê Văn Khải") == {"Chính phủ"}


def test_a_body_the_entity_layer_missed_still_gives_the_post_but_no_membership():
    found = triples("Giám đốc Trung tâm Y tế huyện Bảo Yên Hà Thị Duyên cho biết.", [("Person", "Hà Thị Duyên")])
    assert posts(found, "Hà Thị Duyên") == {"Giám đốc Trung tâm Y tế huyện Bảo Yên"}
    assert members(found, "Hà Thị Duyên") == set()


def test_an_untagged_body_does_not_swallow_the_verb_after_it():
    found = triples("Hội nghị khai mạc. Ông Hà Văn Lộc, Giám đốc Trung tâm Y tế huyện phát biểu, sau đó ra về.",
                    [("Person", "Hà Văn Lộc"), ("Event", "Hội nghị y tế", "Hội nghị")])
    assert posts(found, "Hà Văn Lộc") == set()
    assert ("Hà Văn Lộc", "speaksAt", "Hội nghị y tế") in found


def test_a_title_right_before_the_next_name_belongs_to_that_name():
    text = "Tổng Bí thư Đỗ Mười, Chủ tịch nước Lê Đức Anh dự lễ."
    found = triples(text, [("Person", "Đỗ Mười"), ("Person", "Lê Đức Anh")])
    assert posts(found, "Đỗ Mười") == {"Tổng Bí thư"}
    assert posts(found, "Lê Đức Anh") == {"Chủ tịch nước"}


def test_a_deputy_prime_minister_is_a_member_of_the_government_and_a_later_bare_title_is_the_same_post():
    text = ("Đoàn công tác do đồng chí Lê Văn Khải, Phó Thủ tướng Chính phủ làm trưởng đoàn. "
            "Kết luận buổi làm việc, Phó Thủ tướng Lê Văn Khải đánh giá cao tỉnh.")
    found = triples(text, [("Person", "Lê Văn Khải"), ("Organization", "Thủ tướng Chính phủ"), ("Organization", "Chính phủ")])
    assert posts(found, "Lê Văn Khải") == {"Phó Thủ tướng Chính phủ"}
    assert members(found, "Lê Văn Khải") == {"Chính phủ"}


def test_an_election_of_two_people_gives_the_first_the_post_though_the_second_name_is_untagged():
    text = "Các đồng chí Ma Thị Kiêng, Chu Văn Khoa được bầu giữ chức Phó Bí thư Tỉnh ủy."
    found = triples(text, [("Person", "Ma Thị Kiêng"), ("Organization", "Tỉnh ủy Bắc Kạn", "Tỉnh ủy")])
    assert posts(found, "Ma Thị Kiêng") == {"Phó Bí thư Tỉnh ủy Bắc Kạn"}


def test_an_election_of_several_people_gives_each_the_post():
    text = "Các đồng chí Ma Thị Kiêng, Chu Văn Khoa được bầu giữ chức Phó Bí thư Tỉnh ủy."
    found = triples(text, [("Person", "Ma Thị Kiêng"), ("Person", "Chu Văn Khoa"),
                           ("Organization", "Tỉnh ủy Bắc Kạn", "Tỉnh ủy")])
    for person in ("Ma Thị Kiêng", "Chu Văn Khoa"):
        assert posts(found, person) == {"Phó Bí thư Tỉnh ủy Bắc Kạn"}


def test_an_election_of_three_people_gives_the_first_the_post_too():
    text = "Các đồng chí Ngọ Duy Thành, Đỗ Thị Thu Hằng và Phan Văn Lực được bầu làm Phó Bí thư Tỉnh ủy."
    names = ("Ngọ Duy Thành", "Đỗ Thị Thu Hằng", "Phan Văn Lực")
    found = triples(text, [*(("Person", n) for n in names), ("Organization", "Tỉnh ủy Bắc Kạn", "Tỉnh ủy")])
    for person in names:
        assert posts(found, person) == {"Phó Bí thư Tỉnh ủy Bắc Kạn"}


@pytest.mark.parametrize("cue", ["giữ chức", ", được bổ nhiệm giữ chức", " được điều động giữ chức"])
def test_an_appointment_after_the_persons_present_post_gives_the_new_post_too(cue):
    text = ("Ban Thường vụ Tỉnh ủy quyết định điều động, bổ nhiệm đồng chí Trần Thị Lan, Phó Trưởng Ban Dân vận "
            f"Tỉnh ủy{'' if cue.startswith((',', ' ')) else ' '}{cue} Trưởng Ban Dân vận Tỉnh ủy.")
    found = triples(text, [("Person", "Trần Thị Lan"), ("Organization", "Ban Thường vụ Tỉnh ủy Bình Thuận", "Ban Thường vụ Tỉnh ủy"),
                           ("Organization", "Ban Dân vận Tỉnh ủy Bình Thuận", "Ban Dân vận Tỉnh ủy")])
    assert posts(found, "Trần Thị Lan") == {"Phó Trưởng Ban Dân vận Tỉnh ủy Bình Thuận", "Trưởng Ban Dân vận Tỉnh ủy Bình Thuận"}


def test_a_post_without_its_term_is_the_post_the_person_was_elected_to():
    text = ("Đồng chí Hà Đức Tường được bầu giữ chức Bí thư Tỉnh ủy khóa XI. Phát biểu bế mạc, tân Bí thư Tỉnh ủy "
            "Hà Đức Tường cảm ơn các đại biểu.")
    found = triples(text, [("Person", "Hà Đức Tường"), ("Organization", "Tỉnh ủy Bắc Kạn", "Tỉnh ủy")])
    assert posts(found, "Hà Đức Tường") == {"Bí thư Tỉnh ủy Bắc Kạn khóa XI"}


@pytest.mark.parametrize("now", ["nay là", "hiện là"])
def test_a_former_post_then_the_current_one(now):
    text = f"Dự có bà Phạm Thị Duyên, nguyên Chủ tịch UBND huyện Kim Bảng, {now} Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Ninh Bình"
    found = triples(text, [("Person", "Phạm Thị Duyên"), ("Organization", "Ủy ban nhân dân huyện Kim Bảng", "UBND huyện Kim Bảng"),
                           ("Organization", front, "Ủy ban MTTQ Việt Nam tỉnh"), ("Location", "Ninh Bình")])
    assert posts(found, "Phạm Thị Duyên") == {"nguyên Chủ tịch UBND huyện Kim Bảng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Ninh Bình"}
    assert members(found, "Phạm Thị Duyên") == {front}


def test_two_heads_of_one_body_joined_by_a_dash_are_one_post():
    text = "Đồng chí Lê Quang Vịnh, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam phát biểu."
    committee = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    found = triples(text, [("Person", "Lê Quang Vịnh"), ("Organization", committee, "Ủy ban Trung ương MTTQ Việt Nam")])
    assert posts(found, "Lê Quang Vịnh") == {"Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"}
    assert members(found, "Lê Quang Vịnh") == {committee}


@pytest.mark.parametrize("member", ["Đảng ủy viên", "Bí thư Đảng ủy"])
def test_a_bare_party_committee_is_the_one_of_the_next_posts_commune_before_the_articles(member):
    from kgnews.model import Article
    from kgnews.nlp import extract

    body = ("Ủy ban Kiểm tra Đảng ủy xã Bắc Thanh Miện họp. Đề nghị thi hành kỷ luật đảng viên Trần Quốc Hưng, "
            f"{member}, Phó Chủ tịch UBND phường Đồ Sơn. Đồng chí Lê Văn Ân, Phó Bí thư Đảng ủy xã dự.")
    extraction = extract(Article(id="t", body=body, title="Hải Phòng: kỳ họp", published="2025-11-21T08:00:00+07:00"))
    members = {(r.s, r.o) for r in extraction.relations if r.p == "memberOf"}
    assert ("Trần Quốc Hưng", "Đảng ủy phường Đồ Sơn") in members
    assert ("Lê Văn Ân", "Đảng ủy xã Bắc Thanh Miện") in members


@pytest.mark.parametrize("opening", ["Đoàn công tác của Chính phủ do", "Dự buổi làm việc có"])
def test_a_title_chain_opening_inside_a_clause_gives_every_title(opening):
    text = f"{opening} Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ Nguyễn Thành Luân làm trưởng đoàn."
    found = triples(text, [("Person", "Nguyễn Thành Luân"), ("Organization", "Ban Chấp hành Trung ương Đảng", "Trung ương Đảng"),
                           ("Organization", "Chính phủ"), ("Organization", "Thủ tướng Chính phủ")])
    assert posts(found, "Nguyễn Thành Luân") == {"Ủy viên Trung ương Đảng", "Phó Thủ tướng Chính phủ"}


@pytest.mark.parametrize(("title", "post", "body"), [
    ("Trưởng ban Dân vận Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy Bình Thuận", "Ban Dân vận Tỉnh ủy Bình Thuận"),
    ("Phó trưởng ban Tuyên giáo Tỉnh ủy", "Phó trưởng ban Tuyên giáo Tỉnh ủy Bình Thuận", "Ban Tuyên giáo Tỉnh ủy Bình Thuận"),
    ("Phó trưởng ban Thường trực Ban Chỉ đạo 35 tỉnh", "Phó trưởng ban Thường trực Ban Chỉ đạo 35 tỉnh Bình Thuận",
     "Ban Chỉ đạo 35 tỉnh Bình Thuận"),
])
def test_a_board_written_with_a_small_letter_after_its_head_is_the_board(title, post, body):
    from kgnews.model import Article
    from kgnews.nlp import extract

    text = f"Dự hội nghị có đồng chí Nguyễn Văn Bình, {title}."
    extraction = extract(Article(id="t", body=text, title="Tin Bình Thuận", published="2024-05-02T08:00:00+07:00"))
    found = {(r.p, r.o) for r in extraction.relations if r.s == "Nguyễn Văn Bình"}
    assert found == {("holdsPosition", post), ("memberOf", body)}


def test_a_title_written_old_style_and_scoped_by_a_canonical_body_is_written_in_modern_tones():
    from kgnews.model import Article
    from kgnews.nlp import extract

    text = ("Cùng đi có đồng chí Lương Văn Tường, Uỷ viên Đoàn Chủ tịch, Trưởng Ban Phong trào Uỷ ban Trung ương "
            "MTTQ Việt Nam; đồng chí Hà Văn Sơn, Phó Bí thư Tỉnh uỷ.")
    extraction = extract(Article(id="t", body=text, title="Tin Hà Giang", published="2019-05-02T08:00:00+07:00"))
    found = {r.o for r in extraction.relations if r.p == "holdsPosition"}
    assert "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in found  # not `Uỷ viên … Ủy ban`
    assert "Trưởng Ban Phong trào Uỷ ban Trung ương MTTQ Việt Nam" in found  # as written: one spelling already
    assert "Phó Bí thư Tỉnh uỷ Hà Giang" in found

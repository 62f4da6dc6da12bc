"""General cues and title grammar beyond the dev corpus: venues, quotes, speech intros, list titles, issuers.

Invented examples (other provinces, other people), written for these tests.
"""

import pytest
from relation_oracle import triples

EV = "Hội nghị tổng kết công tác dân vận năm 2024"
MEETING = [("Event", EV, "hội nghị", "Hội nghị")]


def of(found, pred):
    return {(s, o) for s, p, o in found if p == pred}


# heldIn

@pytest.mark.parametrize("admin", ["xã", "phường", "huyện", "thành phố"])
def test_a_leading_venue_clause_places_the_event_the_sentence_introduces(admin):
    text = (f"Chiều 4/6, tại {admin} Tân Lập, đoàn công tác của tỉnh do đồng chí Hà Văn Lực làm trưởng đoàn "
            "đã có buổi làm việc với Đảng ủy xã Tân Lập.")
    session = "Buổi làm việc của đoàn công tác với Đảng ủy xã Tân Lập"
    found = triples(text, [("Event", session, "buổi làm việc"), ("Location", "Tân Lập"), ("Person", "Hà Văn Lực"),
                           ("Organization", "Đảng ủy xã Tân Lập")])
    assert of(found, "heldIn") == {(session, "Tân Lập")}


def test_a_place_in_the_business_discussed_is_still_not_the_venue():
    text = "Tại hội nghị, các đại biểu thảo luận việc cấp đất cho 40 hộ tại xã Phú Lâm."
    assert of(triples(text, [*MEETING, ("Location", "Phú Lâm")]), "heldIn") == set()


@pytest.mark.parametrize("tail", ["diễn ra từ ngày 3/5 đến ngày 9/6/2023 tại Hà Nội",
                                  "do Bộ Chính trị, Ban Bí thư tổ chức ngày 12/2 tại Hà Nội"])
def test_an_event_organised_or_held_at_a_named_place(tail):
    other = "Hội nghị toàn quốc học tập Nghị quyết Đại hội XIII"
    text = f"Hội nghị được tổ chức ngay sau {other} {tail}."
    found = triples(text, [*MEETING, ("Event", other), ("Location", "Hà Nội"), ("Organization", "Bộ Chính trị"),
                           ("Organization", "Ban Bí thư")])
    assert of(found, "heldIn") == {(other, "Hà Nội")}


@pytest.mark.parametrize("building", ["tại Trung tâm Hội nghị tỉnh, thành phố Vinh,", "tại Nhà Văn hóa tỉnh (Vinh),",
                                      "tại Trụ sở Tỉnh ủy ở Vinh,", "tại Quảng trường thành phố Vinh,"])
def test_the_city_of_a_named_building_is_where_the_event_is_held(building):
    text = f"Chiều 12/3, {building} Ban Dân vận Tỉnh ủy tổ chức {EV.lower().replace('hội nghị', 'Hội nghị')}."
    found = triples(text, [*MEETING, ("Location", "Vinh"), ("Organization", "Ban Dân vận Tỉnh ủy Nghệ An", "Ban Dân vận Tỉnh ủy")])
    assert of(found, "heldIn") == {(EV, "Vinh")}


def test_the_area_of_the_bridge_points_is_where_an_online_event_is_held():
    text = "Hội nghị được kết nối trực tuyến đến 60 điểm cầu các xã, phường trên địa bàn tỉnh Hòa Bình."
    assert of(triples(text, [*MEETING, ("Location", "Hòa Bình")]), "heldIn") == {(EV, "Hòa Bình")}


# quotes

def test_a_bare_comrade_after_the_quotation_is_the_subject_of_the_sentence_before():
    text = ("Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Đạo biểu dương các tập thể. Nhắc lại lời dạy của Chủ tịch "
            "Hồ Chí Minh: “Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công”, đồng chí đề "
            "nghị các cấp ủy đảng tiếp tục lãnh đạo.")
    found = triples(text, [("Person", "Hồ Chí Minh"), ("Person", "Nguyễn Văn Đạo")])
    assert of(found, "quotes") == {("Nguyễn Văn Đạo", "Hồ Chí Minh")}


def test_a_speaker_named_after_the_quotation():
    text = ("Nhắc lại lời dạy của Chủ tịch Hồ Chí Minh: “Dễ trăm lần không dân cũng chịu. Khó vạn lần dân liệu cũng "
            "xong”, ông Nguyễn Văn Đạo đề nghị cán bộ gần dân.")
    found = triples(text, [("Person", "Hồ Chí Minh"), ("Person", "Nguyễn Văn Đạo")])
    assert of(found, "quotes") == {("Nguyễn Văn Đạo", "Hồ Chí Minh")}


def test_a_sentence_whose_subject_is_a_pronoun_quotes_for_the_previous_speaker():
    text = ("Phát biểu chỉ đạo, đồng chí Lê Quang Tùng ghi nhận kết quả của huyện. Đồng chí nhấn mạnh, theo lời Bác, "
            "“cán bộ là cái gốc của mọi công việc”.")
    found = triples(text, [("Person", "Lê Quang Tùng"), ("Person", "Hồ Chí Minh", "Bác")])
    assert of(found, "quotes") == {("Lê Quang Tùng", "Hồ Chí Minh")}


def test_following_the_teaching_of_a_leader_named_with_a_title_quotes_him():
    text = ("Bí thư Tỉnh ủy Trương Văn Khải đề nghị bệnh viện nêu cao y đức, làm theo lời dạy của Chủ tịch Hồ Chí Minh: "
            "“Lương y phải như từ mẫu”.")
    found = triples(text, [("Person", "Trương Văn Khải"), ("Person", "Hồ Chí Minh")])
    assert of(found, "quotes") == {("Trương Văn Khải", "Hồ Chí Minh")}


def test_as_uncle_ho_taught():
    text = "Như Bác Hồ đã dạy, “việc gì có lợi cho dân thì hết sức làm”, bà Đặng Thị Hoa đề nghị các cấp lắng nghe dân."
    found = triples(text, [("Person", "Hồ Chí Minh", "Bác Hồ"), ("Person", "Đặng Thị Hoa")])
    assert of(found, "quotes") == {("Đặng Thị Hoa", "Hồ Chí Minh")}


# speaksAt / attends / chairs

@pytest.mark.parametrize("intro", ["Phát biểu tiếp thu", "Phát biểu kết luận", "Phát biểu giải trình",
                                   "Trình bày tham luận"])
def test_a_compound_speech_intro_makes_the_next_person_a_speaker(intro):
    text = f"Hội nghị khai mạc sáng 5/3. {intro}, đồng chí Vi Văn Sơn cam kết khắc phục hạn chế."
    found = triples(text, [*MEETING, ("Person", "Vi Văn Sơn")])
    assert {(s, p) for s, p, o in found if o == EV} == {("Vi Văn Sơn", "speaksAt")}


def test_people_who_accompany_the_delegation_attend():
    text = "Hội nghị khai mạc sáng 5/3. Cùng đi có các đồng chí: Lâm Văn Bé, Trưởng Ban Dân tộc tỉnh; Thạch Sa Rươl."
    found = triples(text, [*MEETING, ("Person", "Lâm Văn Bé"), ("Person", "Thạch Sa Rươl"),
                           ("Organization", "Ban Dân tộc tỉnh Sóc Trăng", "Ban Dân tộc tỉnh")])
    assert of(found, "attends") == {("Lâm Văn Bé", EV), ("Thạch Sa Rươl", EV)}


def test_two_co_chairs_joined_by_and_both_chair():
    text = ("Phó Bí thư Tỉnh ủy Hoàng Thị Lụa và đồng chí Nông Văn Dũng, Chủ tịch Hội Nông dân tỉnh "
            "đồng chủ trì hội nghị.")
    found = triples(text, [*MEETING, ("Person", "Hoàng Thị Lụa"), ("Person", "Nông Văn Dũng"),
                           ("Organization", "Tỉnh ủy Cao Bằng", "Tỉnh ủy"),
                           ("Organization", "Hội Nông dân tỉnh Cao Bằng", "Hội Nông dân tỉnh")])
    assert of(found, "chairs") == {("Hoàng Thị Lụa", EV), ("Nông Văn Dũng", EV)}


# issuedBy

def test_laws_the_assembly_has_passed_are_issued_by_it():
    text = ("Quốc hội đã thông qua 10 luật, trong đó có Luật Thủ đô (sửa đổi), Luật Đường bộ và "
            "Luật Lưu trữ (sửa đổi); cho ý kiến 5 dự án luật khác.")
    laws = ["Luật Thủ đô (sửa đổi)", "Luật Đường bộ", "Luật Lưu trữ (sửa đổi)"]
    found = triples(text, [("Organization", "Quốc hội"), *[("LegalDocument", law) for law in laws]])
    assert of(found, "issuedBy") == {(law, "Quốc hội") for law in laws}


def test_a_second_issuing_verb_of_the_same_subject_issues_what_follows_it():
    text = ("Quốc hội đã ban hành Nghị quyết số 88/2014/QH13 về đổi mới chương trình, sách giáo khoa, thông qua "
            "Luật Giáo dục nghề nghiệp năm 2014 và Luật Trẻ em năm 2016; Chính phủ ban hành Nghị quyết số 44/NQ-CP.")
    docs = ["Nghị quyết 88/2014/QH13", "Luật Giáo dục nghề nghiệp năm 2014", "Luật Trẻ em năm 2016", "Nghị quyết 44/NQ-CP"]
    found = triples(text, [("Organization", "Quốc hội"), ("Organization", "Chính phủ"),
                           *[("LegalDocument", doc, doc.replace("quyết ", "quyết số ")) for doc in docs]])
    assert of(found, "issuedBy") == {*((doc, "Quốc hội") for doc in docs[:3]), (docs[3], "Chính phủ")}


def test_a_plenum_resolution_is_issued_by_the_central_committee():
    text = "Các cấp gắn việc này với Nghị quyết Trung ương 8 khóa XI về bảo vệ Tổ quốc."
    found = triples(text, [("LegalDocument", "Nghị quyết Trung ương 8 khóa XI"),
                           ("Organization", "Ban Chấp hành Trung ương Đảng", "Trung ương")])
    assert of(found, "issuedBy") == {("Nghị quyết Trung ương 8 khóa XI", "Ban Chấp hành Trung ương Đảng")}


# titles

def test_a_title_heading_a_list_is_every_members_post():
    text = ("Tham gia tiếp xúc có các ĐBQH: Hà Thị Lan, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh; "
            "Thiếu tướng Lò Văn Chiến, Phó Tư lệnh Quân khu 2.")
    found = triples(text, [("Person", "Hà Thị Lan"), ("Person", "Lò Văn Chiến"), ("Organization", "Quốc hội", "ĐBQH"),
                           ("Organization", "Đoàn đại biểu Quốc hội tỉnh Lai Châu", "Đoàn ĐBQH"),
                           ("Location", "Lai Châu")])
    for person in ("Hà Thị Lan", "Lò Văn Chiến"):
        assert (person, "holdsPosition", "Đại biểu Quốc hội") in found
        assert (person, "memberOf", "Quốc hội") in found
    posts = {o for s, p, o in found if s == "Hà Thị Lan" and p == "holdsPosition"}
    assert "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Lai Châu" in posts


def test_a_parent_body_after_a_comma_loses_the_comma_when_the_scope_is_added():
    text = "Trung tá Lê Văn Hòa, Phó Trưởng phòng Cảnh sát giao thông, Công an tỉnh đề nghị siết chặt kỷ luật."
    found = triples(text, [("Person", "Lê Văn Hòa"), ("Organization", "Công an tỉnh Nam Định", "Công an tỉnh"),
                           ("Organization", "Phòng Cảnh sát giao thông Công an tỉnh Nam Định",
                            "Phòng Cảnh sát giao thông, Công an tỉnh"), ("Location", "Nam Định")])
    posts = {o for s, p, o in found if s == "Lê Văn Hòa" and p == "holdsPosition"}
    assert posts == {"Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh Nam Định"}


def test_a_bare_delegate_at_a_council_session_is_a_council_delegate():
    council = "Hội đồng nhân dân tỉnh Điện Biên"
    text = ("Sáng 8/7, HĐND tỉnh Điện Biên khai mạc kỳ họp thứ 12. Thảo luận tại kỳ họp, đại biểu Lò Thị Xuân "
            "(tổ đại biểu huyện Tủa Chùa) đề nghị tỉnh bố trí vốn.")
    found = triples(text, [("Organization", council, "HĐND tỉnh Điện Biên"), ("Person", "Lò Thị Xuân"),
                           ("Event", "Kỳ họp thứ 12 HĐND tỉnh Điện Biên", "kỳ họp thứ 12", "kỳ họp"),
                           ("Location", "Điện Biên"), ("Location", "Tủa Chùa")])
    assert ("Lò Thị Xuân", "memberOf", council) in found
    assert any(s == "Lò Thị Xuân" and p == "holdsPosition" and o.startswith("Đại biểu") for s, p, o in found)


def test_a_lowercase_delegate_outside_a_council_session_is_no_post():
    text = "Hội nghị khai mạc sáng 5/3. Đại diện cử tri, đại biểu Lò Thị Xuân phát biểu."
    found = triples(text, [*MEETING, ("Person", "Lò Thị Xuân")])
    assert not any(p == "holdsPosition" for s, p, o in found)


# coordinatesWith and partOf

def test_a_body_referred_to_by_its_kind_word_coordinates():
    text = ("Đồng chí Lê Văn An, Giám đốc Sở Y tế cho biết, năm 2023, Sở đã phối hợp với Công an tỉnh "
            "kiểm tra 40 cơ sở.")
    found = triples(text, [("Person", "Lê Văn An"), ("Organization", "Sở Y tế tỉnh Hà Nam", "Sở Y tế"),
                           ("Organization", "Công an tỉnh Hà Nam", "Công an tỉnh")])
    assert of(found, "coordinatesWith") == {("Sở Y tế tỉnh Hà Nam", "Công an tỉnh Hà Nam")}


def test_a_unit_whose_written_name_ends_with_another_body_is_part_of_it():
    text = "Ban Chấp hành Đảng bộ phường gồm 15 đồng chí. Đảng bộ phường có 30 chi bộ."
    found = triples(text, [("Organization", "Đảng ủy phường Tân An", "Ban Chấp hành Đảng bộ phường"),
                           ("Organization", "Đảng bộ phường Tân An", "Đảng bộ phường")])
    assert of(found, "partOf") == {("Đảng ủy phường Tân An", "Đảng bộ phường Tân An")}


def test_a_plan_issued_to_carry_out_a_directive_does_not_make_its_issuer_the_directives():
    text = "UBND tỉnh đã ban hành kế hoạch triển khai Chỉ thị 05-CT/TW trên địa bàn."
    found = triples(text, [("Organization", "Ủy ban nhân dân tỉnh Bình Phước", "UBND tỉnh"),
                           ("LegalDocument", "Chỉ thị 05-CT/TW")])
    assert of(found, "issuedBy") == set()


def test_a_body_named_inside_a_laws_subject_is_not_its_issuer():
    text = "Các cấp tuyên truyền Luật Công an nhân dân năm 2018."
    found = triples(text, [("LegalDocument", "Luật Công an nhân dân năm 2018"),
                           ("Organization", "Công an nhân dân")])
    assert of(found, "issuedBy") == set()


@pytest.mark.parametrize("closer", [",", ";", "."])
def test_a_bare_province_word_after_a_body_is_not_written_twice(closer):
    text = f"Ông Danh Hùng, Giám đốc Sở Tài chính tỉnh{closer} Tỉnh An Giang có 11 huyện."
    found = triples(text, [("Person", "Danh Hùng"), ("Organization", "Sở Tài chính tỉnh An Giang", "Sở Tài chính"),
                           ("Location", "An Giang")])
    assert {o for s, p, o in found if p == "holdsPosition"} == {"Giám đốc Sở Tài chính tỉnh An Giang"}


def test_a_list_headed_by_a_committee_title_gives_it_to_each_member():
    text = "Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lê Văn Sáu, Trần Thị Bảy."
    found = triples(text, [("Person", "Lê Văn Sáu"), ("Person", "Trần Thị Bảy"),
                           ("Organization", "Ban Thường vụ Tỉnh ủy Đồng Tháp", "Ban Thường vụ Tỉnh ủy")])
    for person in ("Lê Văn Sáu", "Trần Thị Bảy"):
        assert (person, "memberOf", "Ban Thường vụ Tỉnh ủy Đồng Tháp") in found


@pytest.mark.parametrize("colon", [":", ""])
def test_a_plural_title_over_names_joined_by_commas_ends_at_the_semicolon(colon):
    """`các Phó Chủ tịch UBND tỉnh: A, B; đồng chí C, <his own title>`: A and B hold the listed post, C does not."""
    text = (f"Dự phiên họp có các Phó Chủ tịch UBND tỉnh{colon} Lê Văn Sáu, Trần Thị Bảy; đồng chí Vương Đình Thể, "
            "Chủ tịch Ủy ban MTTQ tỉnh.")
    ubnd, front = "Ủy ban nhân dân tỉnh Đồng Tháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp"
    found = triples(text, [("Person", "Lê Văn Sáu"), ("Person", "Trần Thị Bảy"), ("Person", "Vương Đình Thể"),
                           ("Organization", ubnd, "UBND tỉnh"), ("Organization", front, "Ủy ban MTTQ tỉnh")])
    assert {(s, o) for s, p, o in found if p == "memberOf"} == {
        ("Lê Văn Sáu", ubnd), ("Trần Thị Bảy", ubnd), ("Vương Đình Thể", front)}


@pytest.mark.parametrize("between", ["trong", "thuộc", "là thành viên"])
def test_a_list_of_the_members_of_a_board_gives_each_membership_and_no_post(between):
    """`các đồng chí trong Ban Thường vụ Tỉnh ủy: A, <posts>; B, <posts>`: each is a member of the board."""
    text = (f"Cùng dự có các đồng chí {between} Ban Thường vụ Tỉnh ủy: Lê Văn Sáu, Phó Bí thư Tỉnh ủy; "
            "Trần Thị Bảy, Trưởng Ban Tổ chức Tỉnh ủy. Đồng chí Vương Đình Thể chủ trì hội nghị.")
    board = "Ban Thường vụ Tỉnh ủy Đồng Tháp"
    found = triples(text, [*MEETING, ("Person", "Lê Văn Sáu"), ("Person", "Trần Thị Bảy"), ("Person", "Vương Đình Thể"),
                           ("Organization", board, "Ban Thường vụ Tỉnh ủy"),
                           ("Organization", "Tỉnh ủy Đồng Tháp", "Tỉnh ủy"),
                           ("Organization", "Ban Tổ chức Tỉnh ủy Đồng Tháp", "Ban Tổ chức Tỉnh ủy")])
    assert {s for s, o in of(found, "memberOf") if o == board} == {"Lê Văn Sáu", "Trần Thị Bảy"}
    assert not any(o.startswith("Ban Thường vụ") for s, p, o in found if p == "holdsPosition")


def test_a_delegation_listing_its_members_gives_each_membership():
    """`Đoàn ĐBQH tỉnh X gồm các đại biểu: A, <posts>; B, <posts>`: each listed deputy is in the delegation."""
    text = ("Đoàn ĐBQH tỉnh Đồng Tháp gồm các đại biểu: Lê Văn Sáu, Phó Trưởng Đoàn chuyên trách; Trần Thị Bảy, "
            "Phó Chủ tịch UBND tỉnh đã tiếp xúc cử tri.")
    delegation = "Đoàn đại biểu Quốc hội tỉnh Đồng Tháp"
    found = triples(text, [*MEETING, ("Person", "Lê Văn Sáu"), ("Person", "Trần Thị Bảy"),
                           ("Organization", delegation, "Đoàn ĐBQH tỉnh Đồng Tháp"),
                           ("Organization", "Ủy ban nhân dân tỉnh Đồng Tháp", "UBND tỉnh")])
    assert {s for s, o in of(found, "memberOf") if o == delegation} == {"Lê Văn Sáu", "Trần Thị Bảy"}


def test_a_body_named_in_a_list_without_its_members_cue_gives_no_membership():
    text = "Dự hội nghị có đại diện các ban, ngành của Ban Thường vụ Tỉnh ủy: Lê Văn Sáu, Trần Thị Bảy."
    found = triples(text, [*MEETING, ("Person", "Lê Văn Sáu"), ("Person", "Trần Thị Bảy"),
                           ("Organization", "Ban Thường vụ Tỉnh ủy Đồng Tháp", "Ban Thường vụ Tỉnh ủy")])
    assert of(found, "memberOf") == set()


def test_a_plain_guest_list_gives_no_list_title():
    text = "Dự hội nghị có các đồng chí: Lê Văn Sáu; Trần Thị Bảy."
    found = triples(text, [*MEETING, ("Person", "Lê Văn Sáu"), ("Person", "Trần Thị Bảy")])
    assert not any(p in {"holdsPosition", "memberOf"} for s, p, o in found)


def test_a_leading_venue_without_an_event_places_nothing():
    text = "Chiều 4/6, tại xã Tân Lập, đồng chí Hà Văn Lực đã thăm và tặng quà các hộ nghèo."
    found = triples(text, [*MEETING, ("Location", "Tân Lập"), ("Person", "Hà Văn Lực")])
    assert of(found, "heldIn") == set()


def test_an_events_location_attribute_gives_its_venue_where_the_text_says_tai():
    from relation_oracle import doc_with

    from kgnews.nlp.relations import RelationExtractor, relations_of

    text = "Hội nghị diễn ra trong hai ngày, với hơn 500 đại biểu dự, tại thành phố Đà Nẵng."
    doc = doc_with(text, [*MEETING, ("Location", "Đà Nẵng")])
    for ent in doc.ents:
        if ent.label_ == "Event":
            ent._.kg_attrs = {"location": "Đà Nẵng"}
    found = {(r.s, r.p, r.o) for r in relations_of(RelationExtractor()(doc))}
    assert of(found, "heldIn") == {(EV, "Đà Nẵng")}


def test_as_president_ho_chi_minh_said_with_a_title_between():
    text = "Như Chủ tịch Hồ Chí Minh từng nói: “Đoàn kết là sức mạnh”, Bí thư Huyện ủy Giàng Seo Chử nhấn mạnh."
    found = triples(text, [("Person", "Hồ Chí Minh"), ("Person", "Giàng Seo Chử"),
                           ("Organization", "Huyện ủy Si Ma Cai", "Huyện ủy")])
    assert of(found, "quotes") == {("Giàng Seo Chử", "Hồ Chí Minh")}


def test_a_person_named_inside_the_quotation_is_not_the_speaker():
    text = "Nhắc lại lời dạy của Bác Hồ: “Nước lấy dân làm gốc”, các đại biểu thống nhất. Ông Lò Văn Hoan phát biểu."
    found = triples(text, [("Person", "Hồ Chí Minh", "Bác Hồ"), ("Person", "Lò Văn Hoan")])
    assert of(found, "quotes") == set()


def test_the_lead_places_its_event_after_a_long_document_title():
    text = ("Sáng 16/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
            "Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo tại thành phố Lạng Sơn.")
    found = triples(text, [*MEETING, ("Location", "Lạng Sơn"), ("Organization", "Bộ Chính trị"),
                           ("Organization", "Ban Thường vụ Tỉnh ủy Lạng Sơn", "Ban Thường vụ Tỉnh ủy"),
                           ("LegalDocument", "Nghị quyết 57-NQ/TW", "Nghị quyết số 57-NQ/TW")])
    assert of(found, "heldIn") == {(EV, "Lạng Sơn")}


def test_a_place_later_in_the_body_after_an_organised_event_is_not_its_venue():
    text = ("Hội nghị khai mạc sáng 5/3. Đại biểu cho biết. Năm qua, Hội Nông dân tổ chức hội nghị "
            "chuyên đề về chuyển đổi số và kỹ năng bán hàng trực tuyến cho nông dân tại xã Yên Trạch.")
    found = triples(text, [*MEETING, ("Location", "Yên Trạch"), ("Organization", "Hội Nông dân tỉnh", "Hội Nông dân")])
    assert of(found, "heldIn") == set()


@pytest.mark.parametrize("link", ["là đồng chí", "là ông"])
def test_a_chair_named_after_is(link):
    text = f"Hội nghị khai mạc sáng 5/3. Chủ trì hội nghị {link} Lù Văn Cò, Bí thư Huyện ủy."
    found = triples(text, [*MEETING, ("Person", "Lù Văn Cò"), ("Organization", "Huyện ủy Mường Khương", "Huyện ủy")])
    assert of(found, "chairs") == {("Lù Văn Cò", EV)}


def test_a_short_central_alias_ending_a_name_is_no_parent():
    text = "Ban Tuyên giáo Trung ương và Ban Chấp hành Trung ương Đảng."
    found = triples(text, [("Organization", "Ban Tuyên giáo Trung ương"),
                           ("Organization", "Ban Chấp hành Trung ương Đảng", "Trung ương")])
    assert of(found, "partOf") == set()


@pytest.mark.parametrize(("kind", "body"), [("Đồn", "Đồn Biên phòng Lý Vạn"), ("bệnh viện", "Bệnh viện Đa khoa tỉnh Cao Bằng"),
                                            ("Đại học", "Đại học Thái Nguyên")])
def test_a_bare_kind_of_one_or_two_words_stands_for_the_body_named_before(kind, body):
    text = (f"Ông Lò Văn Tâm, Giám đốc {body} cho biết, năm qua, {kind} đã phối hợp với Công an tỉnh Cao Bằng "
            "tổ chức nhiều hoạt động.")
    found = triples(text, [("Person", "Lò Văn Tâm"), ("Organization", body), ("Organization", "Công an tỉnh Cao Bằng")])
    assert of(found, "coordinatesWith") == {(body, "Công an tỉnh Cao Bằng")}

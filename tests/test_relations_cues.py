"""issuedBy, concerns, coordinatesWith, partOf, quotes and heldIn from their cues, on invented examples."""

import pytest
from relation_oracle import triples

EV = "Hội nghị quán triệt Nghị quyết 22-NQ/TW"
MEETING = [("Event", EV, "hội nghị", "Hội nghị")]


def of(found, pred):
    return {(s, o) for s, p, o in found if p == pred}


# issuedBy (Convention 5)

@pytest.mark.parametrize("gap", ["", " ngày 5/6/2019", ", ngày 5/6/2019,", " số 7 ngày 5/6/2019"])
def test_a_document_of_a_body_is_issued_by_it(gap):
    text = f"Các cấp thực hiện Chỉ thị 12-CT/TW{gap} của Ban Bí thư về công tác tôn giáo."
    found = triples(text, [("LegalDocument", "Chỉ thị 12-CT/TW"), ("Organization", "Ban Bí thư")])
    assert of(found, "issuedBy") == {("Chỉ thị 12-CT/TW", "Ban Bí thư")}


def test_a_body_that_issues_a_document_is_its_issuer():
    text = "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 31-KH/TU để triển khai."
    found = triples(text, [("LegalDocument", "Kế hoạch 31-KH/TU", "Kế hoạch số 31-KH/TU"),
                           ("Organization", "Ban Thường vụ Tỉnh ủy Sơn La", "Ban Thường vụ Tỉnh ủy")])
    assert of(found, "issuedBy") == {("Kế hoạch 31-KH/TU", "Ban Thường vụ Tỉnh ủy Sơn La")}


@pytest.mark.parametrize("joint", [", ", " và "])
def test_a_document_of_two_bodies_is_issued_by_both(joint):
    text = f"Tỉnh triển khai Kết luận số 21-KL/TW ngày 4/3/2024 của Bộ Chính trị{joint}Ban Bí thư về công tác cán bộ."
    found = triples(text, [("LegalDocument", "Kết luận 21-KL/TW", "Kết luận số 21-KL/TW"),
                           ("Organization", "Bộ Chính trị"), ("Organization", "Ban Bí thư")])
    assert of(found, "issuedBy") == {("Kết luận 21-KL/TW", "Bộ Chính trị"), ("Kết luận 21-KL/TW", "Ban Bí thư")}


def test_a_body_after_the_issuer_that_starts_a_clause_is_not_an_issuer():
    text = "Theo Kế hoạch số 12/KH-UBND của UBND tỉnh, Sở Nội vụ hướng dẫn các huyện rà soát."
    found = triples(text, [("LegalDocument", "Kế hoạch 12/KH-UBND", "Kế hoạch số 12/KH-UBND"),
                           ("Organization", "Ủy ban nhân dân tỉnh Sơn La", "UBND tỉnh"),
                           ("Organization", "Sở Nội vụ tỉnh Sơn La", "Sở Nội vụ")])
    assert of(found, "issuedBy") == {("Kế hoạch 12/KH-UBND", "Ủy ban nhân dân tỉnh Sơn La")}


def test_a_document_joined_to_one_a_body_enacted_shares_its_issuer():
    text = ("Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 08-CT/TU về công tác dân vận vùng đồng bào "
            "dân tộc và Kế hoạch số 52-KH/TU thực hiện Quy chế dân chủ.")
    found = triples(text, [("LegalDocument", "Chỉ thị 08-CT/TU", "Chỉ thị số 08-CT/TU"),
                           ("LegalDocument", "Kế hoạch 52-KH/TU", "Kế hoạch số 52-KH/TU"),
                           ("Organization", "Ban Thường vụ Tỉnh ủy Sơn La", "Ban Thường vụ Tỉnh ủy")])
    assert of(found, "issuedBy") == {("Chỉ thị 08-CT/TU", "Ban Thường vụ Tỉnh ủy Sơn La"),
                                     ("Kế hoạch 52-KH/TU", "Ban Thường vụ Tỉnh ủy Sơn La")}


def test_a_law_passed_by_the_assembly_is_issued_by_it():
    text = "Luật Thanh niên được Quốc hội khóa XIV thông qua năm 2020."
    found = triples(text, [("LegalDocument", "Luật Thanh niên"), ("Organization", "Quốc hội")])
    assert of(found, "issuedBy") == {("Luật Thanh niên", "Quốc hội")}


def test_a_law_only_debated_has_no_issuer():
    text = "Quốc hội sẽ xem xét, thông qua Luật Đất đai (sửa đổi)."
    found = triples(text, [("LegalDocument", "Luật Đất đai (sửa đổi)"), ("Organization", "Quốc hội")])
    assert of(found, "issuedBy") == set()


@pytest.mark.parametrize("number, issuer", [("Quyết định 88/QĐ-TTg", "Thủ tướng Chính phủ"),
                                            ("Nghị định 45/2021/NĐ-CP", "Chính phủ"),
                                            ("Nghị quyết 30/2021/QH15", "Quốc hội")])
def test_the_number_names_the_issuer_when_the_text_does_not(number, issuer):
    text = f"Tỉnh triển khai {number} và báo cáo {issuer}."
    found = triples(text, [("LegalDocument", number), ("Organization", issuer)])
    assert of(found, "issuedBy") == {(number, issuer)}


def test_an_explicit_issuer_wins_over_the_number():
    text = "Tỉnh thực hiện Nghị quyết 22-NQ/TW của Bộ Chính trị, theo tinh thần Ban Chấp hành Trung ương Đảng."
    found = triples(text, [("LegalDocument", "Nghị quyết 22-NQ/TW"), ("Organization", "Bộ Chính trị"),
                           ("Organization", "Ban Chấp hành Trung ương Đảng")])
    assert of(found, "issuedBy") == {("Nghị quyết 22-NQ/TW", "Bộ Chính trị")}


# concerns (Convention 7)

@pytest.mark.parametrize("cue", ["quán triệt", "triển khai", "sơ kết 3 năm thực hiện", "tổng kết 10 năm thực hiện"])
def test_an_event_that_disseminates_a_document_concerns_it(cue):
    text = f"Sáng 9/9, Tỉnh ủy tổ chức hội nghị {cue} Nghị quyết số 22-NQ/TW ngày 1/2/2023 của Bộ Chính trị."
    found = triples(text, [*MEETING, ("LegalDocument", "Nghị quyết 22-NQ/TW", "Nghị quyết số 22-NQ/TW"),
                           ("Organization", "Bộ Chính trị")])
    assert of(found, "concerns") == {(EV, "Nghị quyết 22-NQ/TW")}


def test_documents_joined_by_and_are_all_concerned():
    text = ("Hội nghị tổng kết 5 năm thực hiện Kết luận số 5-KL/TW của Ban Bí thư về Đề án “Nâng cao đời sống "
            "công nhân” và Quyết định số 40/QĐ-TTg của Thủ tướng Chính phủ.")
    ents = [*MEETING, ("LegalDocument", "Kết luận 5-KL/TW", "Kết luận số 5-KL/TW"), ("Organization", "Ban Bí thư"),
            ("LegalDocument", "Quyết định 40/QĐ-TTg", "Quyết định số 40/QĐ-TTg"), ("Organization", "Thủ tướng Chính phủ")]
    assert of(triples(text, ents), "concerns") == {(EV, "Kết luận 5-KL/TW"), (EV, "Quyết định 40/QĐ-TTg")}


def test_a_document_that_another_is_about_is_not_concerned():
    text = "Hội nghị quán triệt Kết luận số 5-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 9-CT/TW."
    ents = [*MEETING, ("LegalDocument", "Kết luận 5-KL/TW", "Kết luận số 5-KL/TW"),
            ("LegalDocument", "Chỉ thị 9-CT/TW", "Chỉ thị số 9-CT/TW"), ("Organization", "Ban Bí thư")]
    assert of(triples(text, ents), "concerns") == {(EV, "Kết luận 5-KL/TW")}


def test_a_document_only_mentioned_in_a_speakers_report_is_not_concerned():
    text = ("Hội nghị khai mạc sáng 9/9. Báo cáo tại hội nghị, đồng chí Lý Văn Hùng cho biết: qua 5 năm thực hiện "
            "Chỉ thị số 7-CT/TW, nhận thức đã chuyển biến.")
    found = triples(text, [*MEETING, ("Person", "Lý Văn Hùng"), ("LegalDocument", "Chỉ thị 7-CT/TW", "Chỉ thị số 7-CT/TW")])
    assert of(found, "concerns") == set()


def test_a_talk_whose_topic_is_carrying_out_a_document_concerns_it():
    text = "Hội nghị khai mạc sáng 9/9. Trình bày kế hoạch thực hiện Nghị quyết số 22-NQ/TW, đồng chí Lý Văn Hùng cho biết."
    found = triples(text, [*MEETING, ("Person", "Lý Văn Hùng"),
                           ("LegalDocument", "Nghị quyết 22-NQ/TW", "Nghị quyết số 22-NQ/TW")])
    assert of(found, "concerns") == {(EV, "Nghị quyết 22-NQ/TW")}



def test_an_event_the_opening_speaker_says_will_review_a_document_concerns_it():
    text = ("Phát biểu khai mạc, ông Lý Văn Hùng nhấn mạnh, kỳ họp sẽ xem xét việc thực hiện Nghị quyết số "
            "20/2016/NQ-HĐND ngày 14/12/2016 của HĐND tỉnh.")
    session = ("Event", "Kỳ họp thứ 5 HĐND tỉnh", "kỳ họp")
    found = triples(text, [session, ("Person", "Lý Văn Hùng"), ("Organization", "Hội đồng nhân dân tỉnh An Giang", "HĐND tỉnh"),
                           ("LegalDocument", "Nghị quyết 20/2016/NQ-HĐND", "Nghị quyết số 20/2016/NQ-HĐND")])
    assert of(found, "concerns") == {("Kỳ họp thứ 5 HĐND tỉnh", "Nghị quyết 20/2016/NQ-HĐND")}


def test_a_review_of_a_campaign_and_a_document_concerns_the_document():
    text = ("Ban Chỉ đạo tổ chức hội nghị sơ kết 5 năm thực hiện Cuộc vận động (2009 - 2014) và Thông báo kết luận "
            "số 264-TB/TW ngày 31/7/2009 của Bộ Chính trị.")
    review = ("Event", "Hội nghị sơ kết 5 năm thực hiện Cuộc vận động", "hội nghị sơ kết 5 năm thực hiện Cuộc vận động")
    found = triples(text, [review, ("Organization", "Bộ Chính trị"),
                           ("LegalDocument", "Thông báo kết luận 264-TB/TW", "Thông báo kết luận số 264-TB/TW")])
    assert of(found, "concerns") == {("Hội nghị sơ kết 5 năm thực hiện Cuộc vận động", "Thông báo kết luận 264-TB/TW")}


# coordinatesWith

@pytest.mark.parametrize("ask", ["đề nghị", "yêu cầu", "giao"])
def test_a_clause_without_a_subject_coordinates_the_body_the_sentence_asked_to_act(ask):
    text = (f"Đồng chí Lý Văn Hùng {ask} UBND tỉnh khẩn trương ban hành kế hoạch triển khai; phối hợp với Ủy ban MTTQ "
            "Việt Nam tỉnh tuyên truyền chính sách mới.")
    found = triples(text, [("Person", "Lý Văn Hùng"), ("Organization", "Ủy ban nhân dân tỉnh Trà Vinh", "UBND tỉnh"),
                           ("Organization", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh", "Ủy ban MTTQ Việt Nam tỉnh")])
    assert of(found, "coordinatesWith") == {("Ủy ban nhân dân tỉnh Trà Vinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh")}


def test_a_coordination_between_two_bodies_links_them_but_not_a_documents_subject():
    ents = [("Organization", "Ban Dân vận Tỉnh ủy Trà Vinh", "Ban Dân vận Tỉnh ủy"),
            ("Organization", "Công an tỉnh Trà Vinh", "Công an tỉnh"),
            ("LegalDocument", "Nghị định 03/2019/NĐ-CP", "Nghị định số 03/2019/NĐ-CP")]
    found = triples("Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và Công an tỉnh được thực hiện tốt.", ents)
    assert of(found, "coordinatesWith") == {("Ban Dân vận Tỉnh ủy Trà Vinh", "Công an tỉnh Trà Vinh")}
    found = triples("Nghị định số 03/2019/NĐ-CP quy định việc phối hợp giữa Ban Dân vận Tỉnh ủy và Công an tỉnh.", ents)
    assert of(found, "coordinatesWith") == set()


def test_coordinating_without_voi_needs_the_partner_right_after():
    ents = [("Organization", "Hội Cựu chiến binh tỉnh Trà Vinh", "Hội Cựu chiến binh tỉnh"),
            ("Organization", "Công an tỉnh Trà Vinh", "Công an tỉnh")]
    found = triples("Hội Cựu chiến binh tỉnh phối hợp Công an tỉnh tổ chức hội thao.", ents)
    assert of(found, "coordinatesWith") == {("Hội Cựu chiến binh tỉnh Trà Vinh", "Công an tỉnh Trà Vinh")}
    found = triples("Hội Cựu chiến binh tỉnh phối hợp tổ chức hội thao cùng Công an tỉnh.", ents)
    assert of(found, "coordinatesWith") == set()


def test_coordination_links_the_subject_with_each_partner_once():
    text = ("Hội Nông dân tỉnh đã phối hợp với Sở Công Thương và Ngân hàng Chính sách xã hội tỉnh hỗ trợ vốn; "
            "phối hợp với Liên đoàn Lao động tỉnh giới thiệu việc làm.")
    ents = [("Organization", "Hội Nông dân tỉnh Trà Vinh", "Hội Nông dân tỉnh"),
            ("Organization", "Sở Công Thương tỉnh Trà Vinh", "Sở Công Thương"),
            ("Organization", "Ngân hàng Chính sách xã hội tỉnh Trà Vinh", "Ngân hàng Chính sách xã hội tỉnh"),
            ("Organization", "Liên đoàn Lao động tỉnh Trà Vinh", "Liên đoàn Lao động tỉnh")]
    found = of(triples(text, ents), "coordinatesWith")
    subject = "Hội Nông dân tỉnh Trà Vinh"
    assert found == {(subject, "Sở Công Thương tỉnh Trà Vinh"), (subject, "Ngân hàng Chính sách xã hội tỉnh Trà Vinh"),
                     (subject, "Liên đoàn Lao động tỉnh Trà Vinh")}


def test_generic_partners_in_lowercase_are_not_bodies():
    text = "Ban Dân vận Tỉnh ủy phối hợp với tỉnh ủy, các ban, ngành, Mặt trận Tổ quốc tổ chức giao ban."
    ents = [("Organization", "Ban Dân vận Tỉnh ủy Trà Vinh", "Ban Dân vận Tỉnh ủy"),
            ("Organization", "Tỉnh ủy Trà Vinh", "tỉnh ủy"), ("Organization", "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc")]
    assert of(triples(text, ents), "coordinatesWith") == {("Ban Dân vận Tỉnh ủy Trà Vinh", "Mặt trận Tổ quốc Việt Nam")}


# partOf (Convention 3)

def test_a_body_named_inside_another_is_its_parent():
    text = "Ban Tuyên giáo Huyện ủy Cầu Ngang và Ủy ban Kiểm tra Huyện ủy Cầu Ngang làm việc với Huyện ủy Cầu Ngang."
    ents = [("Organization", "Ban Tuyên giáo Huyện ủy Cầu Ngang"), ("Organization", "Ủy ban Kiểm tra Huyện ủy Cầu Ngang"),
            ("Organization", "Huyện ủy Cầu Ngang")]
    assert of(triples(text, ents), "partOf") == {("Ban Tuyên giáo Huyện ủy Cầu Ngang", "Huyện ủy Cầu Ngang"),
                                                 ("Ủy ban Kiểm tra Huyện ủy Cầu Ngang", "Huyện ủy Cầu Ngang")}


def test_a_local_front_committee_is_not_part_of_the_national_front():
    text = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh và Mặt trận Tổ quốc Việt Nam."
    ents = [("Organization", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh"), ("Organization", "Mặt trận Tổ quốc Việt Nam")]
    assert of(triples(text, ents), "partOf") == set()


def test_of_between_bodies_and_the_provincial_delegation_rule():
    text = "Ủy ban Pháp luật của Quốc hội và Đoàn ĐBQH tỉnh Trà Vinh giám sát."
    ents = [("Organization", "Ủy ban Pháp luật", "Ủy ban Pháp luật"), ("Organization", "Quốc hội"),
            ("Organization", "Đoàn đại biểu Quốc hội tỉnh Trà Vinh", "Đoàn ĐBQH tỉnh Trà Vinh")]
    assert of(triples(text, ents), "partOf") == {("Ủy ban Pháp luật", "Quốc hội"),
                                                 ("Đoàn đại biểu Quốc hội tỉnh Trà Vinh", "Quốc hội")}


# quotes

@pytest.mark.parametrize("cue", ["nhắc lại lời dạy của Chủ tịch", "dẫn lời Chủ tịch", "nhắc lại lời nói của"])
def test_a_speaker_quoting_a_person(cue):
    text = f"Phát biểu, đồng chí Thạch Phước Bình {cue} Hồ Chí Minh: “Đoàn kết là sức mạnh”."
    found = triples(text, [("Person", "Thạch Phước Bình"), ("Person", "Hồ Chí Minh")])
    assert of(found, "quotes") == {("Thạch Phước Bình", "Hồ Chí Minh")}


def test_according_to_uncle_ho():
    text = "Đồng chí Thạch Phước Bình nói, theo lời Bác, cán bộ phải gần dân."
    found = triples(text, [("Person", "Thạch Phước Bình"), ("Person", "Hồ Chí Minh", "Bác")])
    assert of(found, "quotes") == {("Thạch Phước Bình", "Hồ Chí Minh")}


# heldIn

def test_a_bridge_point_is_where_the_event_is_held():
    text = "Hội nghị được kết nối từ điểm cầu chính tại thành phố Trà Vinh tới các huyện."
    found = triples(text, [*MEETING, ("Location", "Trà Vinh")])
    assert of(found, "heldIn") == {(EV, "Trà Vinh")}


def test_a_place_before_the_organiser_is_the_venue():
    text = "Sáng 9/9, tại thị trấn Cầu Kè, Hội Cựu chiến binh huyện tổ chức hội nghị."
    veterans = ("Organization", "Hội Cựu chiến binh huyện Cầu Kè", "Hội Cựu chiến binh huyện")
    found = triples(text, [*MEETING, ("Location", "Cầu Kè"), veterans])
    assert of(found, "heldIn") == {(EV, "Cầu Kè")}


def test_a_place_in_the_business_discussed_is_not_the_venue():
    text = ("Tại hội nghị, Ủy ban Kiểm tra đã xem xét việc giao đất của nhiều hộ trong nhiều năm qua, không đúng quy định, "
            "tại xã Long Sơn.")
    found = triples(text, [*MEETING, ("Location", "Long Sơn")])
    assert of(found, "heldIn") == set()


def test_documents_joined_by_and_share_their_issuer():
    text = "Tỉnh quán triệt Nghị quyết 18-NQ/TW và Nghị quyết 19-NQ/TW của Ban Chấp hành Trung ương Đảng."
    found = triples(text, [("LegalDocument", "Nghị quyết 18-NQ/TW"), ("LegalDocument", "Nghị quyết 19-NQ/TW"),
                           ("Organization", "Ban Chấp hành Trung ương Đảng")])
    assert of(found, "issuedBy") == {("Nghị quyết 18-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
                                     ("Nghị quyết 19-NQ/TW", "Ban Chấp hành Trung ương Đảng")}


def test_a_working_session_on_carrying_out_a_document_concerns_it():
    session = "Buổi làm việc của Đoàn công tác với Ban Thường vụ Tỉnh ủy Sóc Trăng"
    text = ("Đoàn công tác đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng về kết quả thực hiện "
            "Chỉ thị số 17-CT/TW của Ban Bí thư.")
    found = triples(text, [("Event", session, "buổi làm việc"), ("Organization", "Ban Thường vụ Tỉnh ủy Sóc Trăng"),
                           ("LegalDocument", "Chỉ thị 17-CT/TW", "Chỉ thị số 17-CT/TW"), ("Organization", "Ban Bí thư")])
    assert of(found, "concerns") == {(session, "Chỉ thị 17-CT/TW")}


def test_documents_listed_after_what_a_body_passed_are_issued_by_it():
    text = ("HĐND tỉnh đã biểu quyết thông qua 15 nghị quyết, trong đó có: Nghị quyết số 05/2026/NQ-HĐND quy định "
            "chính sách hỗ trợ cán bộ công tác tại các xã miền núi; Nghị quyết số 06/2026/NQ-HĐND quy định mức hỗ trợ "
            "học phí cho học sinh; Nghị quyết số 21/NQ-HĐND về phân bổ vốn đầu tư công.")
    numbers = ["05/2026/NQ-HĐND", "06/2026/NQ-HĐND", "21/NQ-HĐND"]
    found = triples(text, [*[("LegalDocument", f"Nghị quyết {n}", f"Nghị quyết số {n}") for n in numbers],
                           ("Organization", "Hội đồng nhân dân tỉnh Sơn La", "HĐND tỉnh")])
    assert of(found, "issuedBy") == {(f"Nghị quyết {n}", "Hội đồng nhân dân tỉnh Sơn La") for n in numbers}


@pytest.mark.parametrize("subject", ["Kỳ họp", "Kỳ họp thứ 27"])
def test_documents_a_councils_session_passed_are_issued_by_the_council(subject):
    text = ("Sáng 30/1, HĐND thành phố tổ chức Kỳ họp thứ 27. "
            f"{subject} đã biểu quyết thông qua 11 nghị quyết, trong đó có: Nghị quyết số 01/2026/NQ-HĐND quy định "
            "chính sách hỗ trợ; Nghị quyết số 05/NQ-HĐND về kế hoạch đầu tư công.")
    numbers = ["01/2026/NQ-HĐND", "05/NQ-HĐND"]
    council = "Hội đồng nhân dân thành phố Cần Thơ"
    found = triples(text, [("Event", "Kỳ họp thứ 27", "Kỳ họp thứ 27"), ("Organization", council, "HĐND thành phố"),
                           *[("LegalDocument", f"Nghị quyết {n}", f"Nghị quyết số {n}") for n in numbers]])
    assert of(found, "issuedBy") == {(f"Nghị quyết {n}", council) for n in numbers}


def test_a_document_after_a_semicolon_with_another_body_between_is_not_the_first_issuers():
    text = ("Tỉnh ủy đã ban hành Chỉ thị số 08-CT/TU về công tác dân vận; UBND tỉnh cũng triển khai "
            "Kế hoạch số 52/KH-UBND thực hiện Quy chế dân chủ.")
    found = triples(text, [("LegalDocument", "Chỉ thị 08-CT/TU", "Chỉ thị số 08-CT/TU"),
                           ("LegalDocument", "Kế hoạch 52/KH-UBND", "Kế hoạch số 52/KH-UBND"),
                           ("Organization", "Tỉnh ủy Sơn La", "Tỉnh ủy"),
                           ("Organization", "Ủy ban nhân dân tỉnh Sơn La", "UBND tỉnh")])
    assert ("Kế hoạch 52/KH-UBND", "Tỉnh ủy Sơn La") not in of(found, "issuedBy")


def test_an_event_that_opens_the_clause_after_its_place_is_held_there():
    text = ("Sau 2 ngày làm việc khẩn trương (14 - 15/10), tại thành phố Bắc Kạn, Đại hội đại biểu Đảng bộ tỉnh "
            "Bắc Kạn lần thứ XI đã bế mạc.")
    congress = "Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XI"
    found = triples(text, [("Event", congress), ("Location", "Bắc Kạn")])
    assert of(found, "heldIn") == {(congress, "Bắc Kạn")}


def test_a_body_is_part_of_its_nearest_parent_named_in_it_only():
    text = "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam ban hành hướng dẫn."
    found = triples(text, [("Organization", "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                            "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
                           ("Organization", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam"),
                           ("Organization", "Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam")])
    assert of(found, "partOf") == {
        ("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam")}


def test_documents_listed_after_semicolons_are_all_concerned():
    text = ("Hội nghị quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị về phát triển giáo dục; Nghị quyết số "
            "72-NQ/TW của Bộ Chính trị về chăm sóc sức khỏe Nhân dân.")
    ents = [*MEETING, ("LegalDocument", "Nghị quyết 71-NQ/TW", "Nghị quyết số 71-NQ/TW"), ("Organization", "Bộ Chính trị"),
            ("LegalDocument", "Nghị quyết 72-NQ/TW", "Nghị quyết số 72-NQ/TW")]
    assert of(triples(text, ents), "concerns") == {(EV, "Nghị quyết 71-NQ/TW"), (EV, "Nghị quyết 72-NQ/TW")}


DIALOGUE = [("Event", "Hội nghị đối thoại với doanh nghiệp năm 2014", "hội nghị"), ("Person", "Lê Văn Thọ"),
            ("LegalDocument", "Luật Hải quan năm 2014")]


@pytest.mark.parametrize("what", ["Luật Hải quan năm 2014", "những điểm mới của Luật Hải quan năm 2014",
                                  "nội dung cơ bản của Luật Hải quan năm 2014"])
def test_a_speaker_disseminating_a_document_at_the_event_the_sentence_opens_with(what):
    text = (f"Tại hội nghị, ông Lê Văn Thọ đã phổ biến {what}, trong đó có việc thực hiện thủ tục hải quan điện tử.")
    found = triples(text, DIALOGUE)
    assert of(found, "concerns") == {("Hội nghị đối thoại với doanh nghiệp năm 2014", "Luật Hải quan năm 2014")}


def test_a_speaker_reporting_what_was_carried_out_does_not_make_the_event_about_it():
    text = "Tại hội nghị, ông Lê Văn Thọ cho biết tỉnh đã triển khai Luật Hải quan năm 2014."
    found = triples(text, DIALOGUE)
    assert of(found, "concerns") == set()


def test_a_bare_kind_after_coordinating_stands_for_the_body_of_that_kind_named_before():
    text = ("Trung tâm Phục vụ hành chính công phường Long Xuyên đã tiếp nhận 3.200 hồ sơ. Công an phường Long Xuyên "
            "đã phối hợp với Trung tâm hướng dẫn người dân.")
    centre, police = "Trung tâm Phục vụ hành chính công phường Long Xuyên", "Công an phường Long Xuyên"
    found = triples(text, [("Organization", centre), ("Organization", police)])
    assert of(found, "coordinatesWith") == {(police, centre)}

"""Events: kinds, dates resolved against the article date, one event for its several mentions."""

import pytest

from kgnews.model import Article
from kgnews.nlp import extract


def events(body, published="2024-10-23T10:00:00+07:00", title="Tin Phú Yên"):
    article = Article(id="t", body=body, title=title, published=published)
    return [e for e in extract(article).entities if e.type == "Event"]


@pytest.mark.parametrize(
    ("lead", "published", "date"),
    [
        ("Sáng nay (23/10), Tỉnh ủy Phú Yên tổ chức hội nghị sơ kết công tác dân vận.", "2024-10-23", "2024-10-23"),
        ("Ngày 17/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban khối dân vận.", "2024-10-19", "2024-10-17"),
        ("Chiều ngày 8-10, Hội Nông dân tỉnh tổ chức lễ kỷ niệm ngày truyền thống.", "2024-10-09", "2024-10-08"),
        ("Từ ngày 14 đến 16/10, Đảng bộ tỉnh tổ chức Đại hội đại biểu lần thứ XVIII.", "2024-10-17", "2024-10-14"),
        ("Trong hai ngày 21 - 22/10, HĐND tỉnh tổ chức Kỳ họp thứ 12.", "2024-10-23", "2024-10-21"),
        ("Ngày 3 tháng 9 năm 2024, Hội Cựu chiến binh tỉnh tổ chức hội thảo khoa học.", "2024-10-23", "2024-09-03"),
    ],
)
def test_the_lead_event_takes_the_lead_date(lead, published, date):
    [event] = events(lead, published)
    assert event.attrs["date"] == date


def test_several_mentions_of_one_conference_are_one_event():
    body = (
        "Sáng 20/10, Tỉnh ủy Phú Yên tổ chức hội nghị trực tuyến quán triệt nghị quyết. "
        "Phát biểu tại hội nghị, đồng chí Cao Thị Hòa Anh nhấn mạnh. Kết luận hội nghị, Bí thư Tỉnh ủy đề nghị."
    )
    [event] = events(body)
    assert len(event.mentions) == 3 and event.attrs["date"] == "2024-10-20"


def test_named_events_with_ordinals_are_distinct():
    body = (
        "Sáng 9/10, HĐND tỉnh khai mạc Kỳ họp thứ 20. Kỳ họp thảo luận kết quả Hội nghị lần thứ mười "
        "Ban Chấp hành Trung ương Đảng khóa XIII và chuẩn bị cho Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."
    )
    found = {e.name: e for e in events(body)}
    assert len(found) == 3
    assert found["Kỳ họp thứ 20"].attrs["date"] == "2024-10-09"


def test_session_date_after_opening_verb():
    body = "Cử tri kiến nghị trước Kỳ họp thứ 8, Quốc hội khóa XV. Kỳ họp thứ 8 dự kiến khai mạc ngày 21/10 tại Hà Nội."
    [event] = events(body, published="2024-10-02")
    assert event.attrs["date"] == "2024-10-21"


def test_working_session_with_its_own_date():
    body = "Ngày 20/10, UBKT Tỉnh ủy họp. Trước đó, ngày 12/10, đoàn kiểm tra đã có buổi làm việc với Huyện ủy."
    dates = sorted(e.attrs.get("date") for e in events(body))
    assert dates == ["2024-10-12"]


def test_a_dated_working_visit_is_an_event_and_later_mentions_join_it():
    body = "Sáng 18/10, đoàn công tác của Tỉnh ủy đã làm việc với Huyện ủy Sông Hinh. Tại buổi làm việc, đoàn đề nghị."
    [event] = events(body)
    assert event.attrs["date"] == "2024-10-18" and "buổi làm việc" in event.aliases


def test_a_bare_meeting_mention_takes_the_dated_lead():
    [event] = events("Chiều 21/10, Ban Thường vụ Tỉnh ủy họp. Tại cuộc họp, các ý kiến thống nhất cao.")
    assert event.attrs["date"] == "2024-10-21"


@pytest.mark.parametrize("body", ["chuẩn bị đại hội Đảng các cấp", "tổ chức các hội nghị định kỳ", "Hội nghị đã thông qua", "Cán bộ làm việc với tinh thần trách nhiệm."])
def test_generic_mentions_make_no_event(body):
    assert events(body) == []


def test_a_described_event_is_the_one_in_hand_not_another():
    body = ("Chiều 16/1, HĐND thành phố Đà Nẵng tổ chức Kỳ họp thứ 34 (kỳ họp chuyên đề). "
            "Đây là kỳ họp chuyên đề thứ ba của HĐND thành phố kể từ khi hợp nhất.")
    [event] = events(body, published="2026-01-16")
    assert (event.name, event.attrs["date"], len(event.mentions)) == ("Kỳ họp thứ 34", "2026-01-16", 3)


@pytest.mark.parametrize("verb", ["nêu rõ", "khẳng định", "chỉ rõ"])
def test_a_speaking_verb_ends_an_events_name(verb):
    body = (f"Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XI khai mạc. Đại hội {verb}, nhiệm kỳ 2010 - 2015 "
            "tỉnh đạt nhiều kết quả.")
    assert [e.name for e in events(body, published="2015-10-16")] == ["Đại hội đại biểu Đảng bộ tỉnh lần thứ XI"]


def test_the_great_national_unity_day_is_an_event():
    body = ("Sáng 15/11, Ủy ban MTTQ Việt Nam phường Phủ Lý tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025. "
            "Về dự Ngày hội có đồng chí Vũ Đình Khiêm.")
    [event] = events(body, published="2025-11-15")
    assert event.name.startswith("Ngày hội Đại đoàn kết toàn dân tộc") and event.attrs["date"] == "2025-11-15"
    assert len(event.mentions) == 2


def test_the_session_that_frames_a_group_discussion_is_not_the_days_event():
    """`Chiều 27/10, tiếp tục chương trình Kỳ họp thứ 4, …, tại Hà Nội, Đoàn ĐBQH tỉnh thảo luận tại tổ`: the group
    discussion is the dated event held in Hà Nội, its speakers speak at it; the session is named without a date."""
    body = ("Chiều 27/10, tiếp tục chương trình Kỳ họp thứ 4, Quốc hội khóa XV, tại Hà Nội, Đoàn đại biểu Quốc hội "
            "tỉnh Vĩnh Long thảo luận tại tổ về dự án Luật Thanh tra (sửa đổi). Góp ý vào dự án luật, ĐBQH Nguyễn Thị "
            "Mỹ Xuyên cho rằng cần quy định rõ thời hạn.")
    extraction = extract(Article(id="t", body=body, title="Đoàn ĐBQH tỉnh Vĩnh Long thảo luận tổ", published="2022-10-28"))
    dates = {e.name: e.attrs.get("date") for e in extraction.entities if e.type == "Event"}
    discussion = next(name for name, date in dates.items() if date == "2022-10-27")
    assert discussion.startswith("Thảo luận tại tổ") and dates["Kỳ họp thứ 4, Quốc hội khóa XV"] is None
    found = {(r.s, r.p, r.o) for r in extraction.relations}
    assert ("Nguyễn Thị Mỹ Xuyên", "speaksAt", discussion) in found and (discussion, "heldIn", "Hà Nội") in found
    assert not any(p == "heldIn" and s.startswith("Kỳ họp") for s, p, o in found)


def test_words_after_a_congress_that_are_no_part_of_its_name():
    body = ("Sáng 14/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết. Hội nghị đề ra nhiệm vụ tuyên truyền Nghị quyết "
            "Đại hội XIV của Đảng ngay sau khi Đại hội thành công.")
    names = {e.name for e in events(body, published="2026-01-15")}
    assert not any(name.endswith((" ngay", " thành công")) for name in names), names


def test_a_batch_named_by_its_date_stays_in_the_ceremonys_name():
    found = events("Sáng 6/11, Tỉnh ủy tổ chức Lễ trao Huy hiệu Đảng đợt 7/11 cho 112 đảng viên lão thành.")
    assert [e.name for e in found] == ["Lễ trao Huy hiệu Đảng đợt 7/11"]
    assert [e.name for e in events("Sáng 6/11, Tỉnh ủy tổ chức hội nghị 3/2 tại hội trường.")] != ["Hội nghị 3/2"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [("Sáng 4/10, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết số 71-NQ/TW.",
      "Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết số 71-NQ/TW"),
     ("Sáng 4/10, Tỉnh ủy tổ chức hội nghị học tập, quán triệt Nghị quyết Trung ương 4.",
      "Hội nghị học tập, quán triệt Nghị quyết Trung ương 4"),
     ("Sáng 4/10, Tỉnh ủy tổ chức hội nghị tổng kết, khen thưởng các điển hình.", "Hội nghị tổng kết")],
)
def test_a_comma_between_two_verbs_of_what_the_event_does_with_a_document_stays_in_its_name(lead, name):
    assert [e.name for e in events(lead)] == [name]


def test_a_conference_centre_is_the_venue_not_an_event():
    found = events("Sáng 4/10, tại Trung tâm Hội nghị quốc gia ở Hà Nội, Bộ Chính trị tổ chức Hội nghị toàn quốc.")
    assert [e.name for e in found] == ["Hội nghị toàn quốc"]


@pytest.mark.parametrize(
    "visit",
    ["đã đến thăm, chúc Tết các gia đình chính sách", "thăm và làm việc với Ban Thường vụ Huyện ủy Bát Xát",
     "đến thăm, tặng quà các hộ nghèo", "làm việc với Ban Thường vụ Huyện ủy Bát Xát"],
)
def test_a_dated_visit_is_an_event_and_the_visitor_attends_it(visit):
    """A visit or working trip opened by its verb (`đến thăm, chúc Tết …`), with no event noun, is the day's event;
    whoever makes it attends it."""
    article = Article(id="t", title="Lãnh đạo tỉnh thăm huyện Bát Xát", published="2019-01-28T10:00:00+07:00",
                      body=f"Sáng 28/1, đồng chí Đỗ Văn Hùng, Phó Bí thư Tỉnh ủy Lào Cai {visit} tại huyện Bát Xát. "
                           "Phát biểu tại buổi thăm, đồng chí Đỗ Văn Hùng ghi nhận nỗ lực của địa phương.")
    extraction = extract(article)
    [event] = [e for e in extraction.entities if e.type == "Event"]
    assert event.attrs["date"] == "2019-01-28"
    found = {(r.s, r.p, r.o) for r in extraction.relations}
    assert {("Đỗ Văn Hùng", "attends", event.name), ("Đỗ Văn Hùng", "speaksAt", event.name)} <= found


def test_a_visit_noun_without_a_date_or_event_is_no_event():
    assert events("Nhân dịp này, đoàn đã trao quà cho các hộ nghèo. Các chuyến thăm được duy trì hằng năm.") == []


def test_a_special_zone_after_tai_is_the_venue_of_the_event_before_it():
    """`Hội nghị … tổ chức tại đặc khu Phú Quốc`: `đặc khu` is an administrative word, like `huyện`."""
    article = Article(id="t", title="Chuẩn bị hội nghị", published="2026-03-06T10:00:00+07:00",
                      body="Ngày 6/3, đoàn công tác đã đến thăm và làm việc tại An Giang về tiến độ các công trình "
                           "phục vụ Hội nghị Cấp cao APEC 2027 tổ chức tại đặc khu Phú Quốc.")
    held = {(r.s, r.o) for r in extract(article).relations if r.p == "heldIn"}
    assert any(s.startswith("Hội nghị Cấp cao APEC 2027") and o == "Phú Quốc" for s, o in held)


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        ("Chiều 12/3, tại Hà Nội, Chủ tịch nước Lương Cường đã tiếp Đại sứ Nhật Bản đến chào từ biệt.", "Lương Cường"),
        ("Sáng 4/6, Bí thư Tỉnh ủy Nguyễn Văn Gấu tiếp công dân định kỳ tại Trụ sở Tiếp công dân tỉnh.",
         "Nguyễn Văn Gấu"),
        ("Ngày 9/9, Phó Thủ tướng Trần Hồng Hà hội kiến Bộ trưởng Ngoại giao Lào.", "Trần Hồng Hà"),
        ("Sáng 21/3, Bí thư Quận ủy Long Biên Đinh Văn Hùng đối thoại với nhân dân phường Phúc Đồng.", "Đinh Văn Hùng"),
        ("Chiều 18/7, đồng chí Đinh Văn Khiêm đã tiếp Đoàn đại biểu Ban Kiểm tra Trung ương Đảng Nhân dân Cách mạng Lào.",
         "Đinh Văn Khiêm"),
    ],
)
def test_a_dated_reception_or_dialogue_is_an_event_its_host_attends(sentence, host):
    """Receptions (`tiếp Đại sứ`, `tiếp công dân`), talks (`hội kiến`, `hội đàm`) and dialogues (`đối thoại với`)
    are events of the day like meetings."""
    extraction = extract(Article(id="t", title="Tin hoạt động", body=sentence, published="2024-10-23T10:00:00+07:00"))
    [event] = [e for e in extraction.entities if e.type == "Event"]
    assert event.attrs["date"].startswith("2024-")
    assert (host, "attends", event.name) in {(r.s, r.p, r.o) for r in extraction.relations}


def test_a_congress_numbered_right_after_its_kind_is_one_event_with_its_longer_name():
    """`Đại hội XII Công đoàn Việt Nam` is the `Đại hội XII …, nhiệm kỳ 2018 - 2023` of the lead: a Roman numeral
    right after the kind numbers the event as `lần thứ XII` does."""
    found = events("Chiều 26/9, tại Hà Nội, Đại hội XII Công đoàn Việt Nam, nhiệm kỳ 2018 - 2023 đã bế mạc. "
                   "Đại hội đã thông qua Nghị quyết Đại hội XII Công đoàn Việt Nam.", published="2018-09-26T17:40:00+07:00")
    assert [e.name for e in found] == ["Đại hội XII Công đoàn Việt Nam, nhiệm kỳ 2018 - 2023"]


def test_an_events_name_ends_before_where_it_is_held():
    """`… hội nghị sơ kết ở huyện Bắc Yên`: the place is the venue, not the name (as after `tại`)."""
    [event] = events("Sáng 5/3, Hội Nông dân tỉnh Sơn La tổ chức hội nghị sơ kết ở huyện Bắc Yên.")
    assert event.name == "Hội nghị sơ kết"


def test_a_question_sitting_of_a_council_session_is_that_session_and_its_delegates_sit_in_that_council():
    body = ("Chiều 13/7, tại thành phố Cao Lãnh, HĐND tỉnh Đồng Tháp khóa VIII tiếp tục chương trình Kỳ họp thứ 2 với "
            "phiên chất vấn và trả lời chất vấn. Dự phiên chất vấn có đồng chí Phan Minh Tiến, Bí thư Tỉnh ủy. Mở đầu "
            "phiên chất vấn, đại biểu Nguyễn Văn Bé Tư đặt câu hỏi với Giám đốc Sở Xây dựng.")
    extraction = extract(Article(id="t", body=body, title="Đồng Tháp: chất vấn", published="2011-07-14T08:00:00+07:00"))
    assert [e.name for e in extraction.entities if e.type == "Event"] == ["Kỳ họp thứ 2"]
    relations = {(r.s, r.p, r.o) for r in extraction.relations}
    assert ("Phan Minh Tiến", "attends", "Kỳ họp thứ 2") in relations
    assert ("Nguyễn Văn Bé Tư", "holdsPosition", "Đại biểu Hội đồng nhân dân tỉnh Đồng Tháp") in relations
    assert ("Nguyễn Văn Bé Tư", "memberOf", "Hội đồng nhân dân tỉnh Đồng Tháp") in relations


def test_a_conference_opening_a_sentence_after_a_quote_is_the_conference_not_a_new_event():
    body = ("Ngày 22/3, UBND tỉnh tổ chức Hội nghị xúc tiến đầu tư tỉnh Ninh Thuận năm 2013 với chủ đề “Ninh Thuận - "
            "Tiềm năng và cơ hội”. Hội nghị thu hút hơn 400 đại biểu là đại diện các bộ, ngành.")
    assert [e.name for e in events(body, title="Ninh Thuận: xúc tiến đầu tư")] == [
        "Hội nghị xúc tiến đầu tư tỉnh Ninh Thuận năm 2013"]


def test_an_inspection_named_later_is_the_leads_event_held_where_the_lead_says():
    body = ("Chiều 20/8, đồng chí Lâm Quốc Thái, Chủ tịch UBND tỉnh An Giang làm trưởng đoàn kiểm tra việc thực hiện "
            "thủ tục hành chính tại phường Long Xuyên. Tiếp đoàn có đồng chí Võ Minh Chánh, Bí thư Đảng ủy phường.\n"
            "Kết luận buổi kiểm tra, đồng chí Lâm Quốc Thái ghi nhận phường đã vận hành thông suốt.")
    extraction = extract(Article(id="t", body=body, title="An Giang: kiểm tra", published="2025-08-21T08:00:00+07:00"))
    found = [e for e in extraction.entities if e.type == "Event"]
    assert [(e.name, e.attrs.get("date")) for e in found] == [("Buổi kiểm tra", "2025-08-20")]
    relations = {(r.s, r.p, r.o) for r in extraction.relations}
    assert ("Buổi kiểm tra", "heldIn", "Long Xuyên") in relations
    assert ("Võ Minh Chánh", "attends", "Buổi kiểm tra") in relations


def test_where_the_delegation_stopped_before_is_a_place_of_the_visit():
    body = ("Chiều 20/8, đồng chí Lâm Quốc Thái, Chủ tịch UBND tỉnh An Giang làm trưởng đoàn kiểm tra tại phường Long "
            "Xuyên.\nTrước đó, đoàn đã kiểm tra tại xã Mỹ Hòa Hưng.\nKết luận buổi kiểm tra, đồng chí Lâm Quốc Thái "
            "ghi nhận phường đã vận hành thông suốt.")
    extraction = extract(Article(id="t", body=body, title="An Giang: kiểm tra", published="2025-08-21T08:00:00+07:00"))
    held = {r.o for r in extraction.relations if r.p == "heldIn"}
    assert held == {"Long Xuyên", "Mỹ Hòa Hưng"}
